"""SQL for the review event log (verdicts, undo, history, and what reports read).
Mixed into :class:`annotator.store.Store`; only the store modules speak SQL.
Import, export and merge are in :mod:`annotator.store.review_io`.

``reviews`` is append-only: these methods insert events and never update or
delete one. What an event log *means* (current state, amendments, undo) lives in
:mod:`annotator.verdicts`; the read API for reports is :meth:`final_verdicts`
(with :meth:`current_reviews`).
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from annotator.errors import NothingToUndo, OldRevision
from annotator.evidence import Evidence
from annotator.identity import clean_name, clean_text
from annotator.verdicts import (
    NOTE,
    RETRACT,
    TAG,
    TEXT_FIELDS,
    ReviewState,
    decode,
    dumps_evidence,
    final_verdict,
    fold,
)

# Not undone: no retract supersedes it (through the index on supersedes; a
# `NOT IN (SELECT supersedes …)` would read every retract in the database).
_LIVE = """NOT EXISTS (SELECT 1 FROM reviews undo
                       WHERE undo.supersedes = r.id AND undo.action = 'retract')"""


def _clean_evidence(item: Evidence) -> Evidence:
    note = None if item.note is None else clean_text(item.note)
    return replace(item, value=clean_text(item.value), note=note)


class ReviewQueries:
    """Queries and writes on ``reviews``; methods use ``self.db``, ``self.write()``
    and ``self.query()`` of :class:`~annotator.store.Store`."""

    def known_reviewer(self, name: str) -> str:
        """One person whatever the case: the name as first written in this
        database when one matches `name` ignoring case, else `name`."""
        rows = self.query(
            """SELECT reviewer FROM (
                 SELECT reviewer, created_at FROM reviews WHERE lower(reviewer) = lower(:name)
                 UNION ALL SELECT reviewer, created_at FROM unit_events
                   WHERE lower(reviewer) = lower(:name)
                 UNION ALL SELECT decided_by, decided_at FROM conflict_decisions
                   WHERE lower(decided_by) = lower(:name)) AS names
               ORDER BY created_at LIMIT 1""",
            {"name": name},
        )
        return rows[0]["reviewer"] if rows else name

    # Writes ----------------------------------------------------------------

    def record_review(
        self, unit_id: int, reviewer: str, *, role: str = "reviewer",
        verdict: str | None = None, reasons: tuple[str, ...] | None = None,
        rationale: str | None = None, evidence: tuple[Evidence, ...] | None = None,
        correction: str | None = None, add_evidence: tuple[Evidence, ...] = (),
        claim_text: str | None = None, rating_text: str | None = None,
    ) -> dict | None:
        """Append what a reviewer just said about a unit, in one transaction.

        With a verdict, or when the reviewer already has one, this appends a
        ``tag``: their current state with the given fields replaced (``None``
        keeps a field, ``""``/``()`` clears it), superseding their current tag.
        Without either, it appends a ``note`` holding just the given fields.
        ``add_evidence`` appends to the evidence already cited (no repeats).
        Returns the decoded event, or ``None`` when nothing would change.

        Raises :class:`OldRevision` for a unit of a revision that is no longer
        its article's latest (a verdict there would count nowhere)."""
        clean_name(reviewer)  # no control characters in the log
        # Typed text is stored without terminal escapes or control characters.
        if rationale is not None:
            rationale = clean_text(rationale)
        if correction is not None:
            correction = clean_text(correction)
        if claim_text is not None:
            claim_text = " ".join(clean_text(claim_text).split())
        if rating_text is not None:
            rating_text = " ".join(clean_text(rating_text).split())
        if evidence is not None:
            evidence = tuple(_clean_evidence(e) for e in evidence)
        add_evidence = tuple(_clean_evidence(e) for e in add_evidence)
        changes = {
            key: value for key, value in (
                ("reasons", reasons), ("rationale", rationale),
                ("evidence", evidence), ("correction", correction),
                ("claim_text", claim_text), ("rating_text", rating_text),
            ) if value is not None
        }
        with self.write():
            # NoSuchUnit, OldRevision, or a unit corrected away, before anything is written.
            unit = self._active_unit(unit_id)
            state = self.reviewer_state(unit_id, reviewer)
            if add_evidence:
                cited = changes.get("evidence", state.evidence)
                changes["evidence"] = cited + tuple(e for e in add_evidence if e not in cited)
            if verdict is None and state.verdict is None:
                if not changes:
                    return None
                row = {"action": NOTE, **_note_columns(changes)}
            else:
                cleared = {k: (v or None) if k in TEXT_FIELDS else v
                           for k, v in changes.items()}
                after = replace(state, verdict=verdict or state.verdict, role=role, **cleared)
                if after == state:
                    return None
                row = {"action": TAG, **after.columns(), "supersedes": state.event_id}
            return self._append(unit_id, reviewer, role, {**row, "quote": unit["text"]})

    def retract_review(
        self, unit_id: int, reviewer: str, *, role: str | None = None,
        event_id: str | None = None,
    ) -> dict:
        """Undo the reviewer's latest live event on a unit (or ``event_id``) by
        appending a ``retract`` that supersedes it, in the role of the undone
        event unless ``role`` is given. Raises :class:`NothingToUndo`, and
        :class:`OldRevision` as :meth:`record_review` does."""
        with self.write():
            unit = self.unit(unit_id)
            self.require_latest_revision(unit)
            events = self.reviewer_events(unit_id, reviewer)
            retracted = {e["supersedes"] for e in events if e["action"] == RETRACT}
            live = [e for e in events if e["action"] != RETRACT and e["id"] not in retracted]
            if event_id is not None:
                live = [e for e in live if e["id"] == event_id]
            if not live:
                raise NothingToUndo(reviewer, f"unit {unit_id}")
            row = {"action": RETRACT, "supersedes": live[-1]["id"], "quote": unit["text"]}
            return self._append(unit_id, reviewer, role or live[-1]["role"], row)

    def _append(self, unit_id: int, reviewer: str, role: str, row: dict) -> dict:
        event = {
            "id": str(uuid.uuid4()), "unit_id": unit_id, "reviewer": reviewer, "role": role,
            "created_at": self.review_timestamp(reviewer), **row,
        }
        self.db["reviews"].insert(event)
        return decode(self.query("SELECT * FROM reviews WHERE id = ?", [event["id"]])[0])

    def review_timestamp(self, reviewer: str) -> str:
        """UTC now, but strictly after this reviewer's latest event: the log's order is
        its meaning, and two key presses can fall within one clock tick."""
        return timestamp_after(self.query(
            "SELECT max(created_at) AS at FROM reviews WHERE reviewer = ?", [reviewer]
        )[0]["at"])

    # Revisions -------------------------------------------------------------------

    def require_latest_revision(self, unit: dict) -> None:
        """Raise :class:`OldRevision` unless ``unit`` belongs to the latest
        revision of its article, naming the unit that carries the same text
        there, if any."""
        article = self.query(
            "SELECT id, slug, revision FROM articles WHERE id = ?", [unit["article_id"]]
        )[0]
        later = self.query(
            "SELECT id, revision FROM articles WHERE slug = ? AND revision > ? ORDER BY revision",
            [article["slug"], article["revision"]],
        )
        if not later:
            return
        raise OldRevision(unit["id"], article["slug"], article["revision"], later[-1],
                          self._successor(unit["id"], later))

    def _successor(self, unit_id: int, later: list[dict]) -> int | None:
        """The unit of the last of ``later`` (revisions, in order) that carries the
        text of ``unit_id`` unchanged, following ``previous_unit_id`` forward."""
        current = unit_id
        for revision in later:
            rows = self.query(
                "SELECT id FROM units WHERE article_id = ? AND previous_unit_id = ?",
                [revision["id"], current],
            )
            if not rows:
                return None
            current = rows[0]["id"]
        return current

    # One reviewer ------------------------------------------------------------

    def reviewer_events(self, unit_id: int, reviewer: str) -> list[dict]:
        """One reviewer's events on one unit (decoded), in log order."""
        return [decode(row) for row in self.query(
            "SELECT * FROM reviews WHERE unit_id = ? AND reviewer = ? ORDER BY created_at, id",
            [unit_id, reviewer],
        )]

    def reviewer_state(self, unit_id: int, reviewer: str) -> ReviewState:
        """What ``reviewer`` currently says about a unit: their verdict with its
        details, or the notes typed before a verdict."""
        return fold(self.reviewer_events(unit_id, reviewer))

    def reviewer_verdicts(self, article_id: int, reviewer: str) -> dict[int, dict]:
        """``{unit_id: current tag event}`` of one reviewer on an article."""
        rows = self.query(
            """SELECT cr.* FROM current_reviews cr JOIN units u ON u.id = cr.unit_id
               WHERE u.article_id = ? AND cr.reviewer = ?""",
            [article_id, reviewer],
        )
        return {row["unit_id"]: decode(row) for row in rows}

    def latest_live_event(
        self, article_id: int, reviewer: str, role: str | None = None
    ) -> dict | None:
        """The reviewer's newest tag or note on the article that is not undone,
        in ``role`` when given: what the review loop's ``z`` undoes (an editor's
        ``z`` never reaches back into their own verdicts as a reviewer)."""
        role_clause = "AND r.role = :role" if role else ""
        rows = self.query(
            f"""SELECT r.* FROM reviews r JOIN units u ON u.id = r.unit_id
                WHERE u.article_id = :article AND r.reviewer = :reviewer
                  AND r.action IN ('tag', 'note') {role_clause} AND {_LIVE}
                ORDER BY r.created_at DESC, r.id DESC LIMIT 1""",
            {"article": article_id, "reviewer": reviewer, "role": role},
        )
        return decode(rows[0]) if rows else None

    # Units -----------------------------------------------------------------------

    def unit_history(self, unit_id: int) -> list[dict]:
        """Every event on a unit and, through ``previous_unit_id``, on the same
        text in earlier revisions; oldest first, each with the ``article_id`` and
        ``revision`` it was made on."""
        chain, current = [], self.unit(unit_id)
        while current is not None:
            chain.insert(0, current["id"])
            previous = current["previous_unit_id"]
            current = self.unit(previous) if previous else None
        marks = ", ".join("?" for _ in chain)
        rows = self.query(
            f"""SELECT r.*, u.article_id, a.revision FROM reviews r
                JOIN units u ON u.id = r.unit_id JOIN articles a ON a.id = u.article_id
                WHERE r.unit_id IN ({marks}) ORDER BY a.revision, r.created_at, r.id""",
            chain,
        )
        return [decode(row) for row in rows]

    # Articles: the read API for reports -----------------------------------------

    def current_reviews(self, article_id: int) -> dict[int, list[dict]]:
        """``{unit_id: [current tag event of each reviewer]}`` for an article."""
        rows = self.query(
            """SELECT cr.* FROM current_reviews cr JOIN units u ON u.id = cr.unit_id
               WHERE u.article_id = ? ORDER BY u.seq, cr.created_at, cr.id""",
            [article_id],
        )
        by_unit: dict[int, list[dict]] = defaultdict(list)
        for row in rows:
            by_unit[row["unit_id"]].append(decode(row))
        return dict(by_unit)

    def unit_opinions(self, unit_id: int) -> list[dict]:
        """The current tag event of each reviewer on one unit: one unit's entry
        of :meth:`current_reviews`."""
        return [decode(row) for row in self.query(
            "SELECT * FROM current_reviews WHERE unit_id = ? ORDER BY created_at, id",
            [unit_id],
        )]

    def final_verdicts(self, article_id: int) -> dict[int, dict]:
        """The verdict that stands for each reviewed unit of an article.

        An editor's current verdict wins (the latest editor's, if several);
        otherwise the reviewers' verdict where they all agree; otherwise
        ``"disagreement"``. Units nobody has tagged are absent. Each value::

            {"unit_id", "verdict", "reasons": [...], "rationale", "correction",
             "evidence": [{kind, value, note}], "decided_by": [names],
             "role": "editor" | "reviewer" | None, "reviewers": [names],
             "votes": {name: verdict}, "opinions": [current tag events],
             "decided_at"}

        For agreeing reviewers, reasons and evidence are the union, rationale and
        correction the distinct texts joined by a blank line. On disagreement
        the details stay in ``opinions`` only."""
        return {unit_id: final_verdict(unit_id, opinions)
                for unit_id, opinions in self.current_reviews(article_id).items()}


def timestamp_after(latest: str | None) -> str:
    """UTC now, or one microsecond after ``latest`` (a stored ``created_at``)
    when the clock has not passed it."""
    now = datetime.now(UTC)
    if latest:
        now = max(now, datetime.fromisoformat(latest) + timedelta(microseconds=1))
    return now.isoformat(timespec="microseconds")


def _note_columns(changes: dict) -> dict:
    columns = {}
    for key, value in changes.items():
        if key == "reasons":
            columns[key] = json.dumps(list(value))
        elif key == "evidence":
            columns[key] = dumps_evidence(value)
        else:
            columns[key] = value  # "" records that the reviewer cleared it
    return columns

