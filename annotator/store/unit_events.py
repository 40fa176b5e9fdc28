"""SQL for what reviewers say about units rather than about claims: conflicts
they link by hand (``link``), corrections of the segmenter (``relabel``,
``split``, ``join``) and the undo of any of these (``retract``).
Mixed into :class:`annotator.store.Store`.

``unit_events`` is append-only and keyed by UUID, like ``reviews``, so that
logs merge. What the log means is derived here in the same transaction as
each write: a live link (not retracted) is a ``conflicts`` row with reason
``reviewer``, status ``confirmed``, the reviewer's reason as its detail; a link
whose every event was undone is ``withdrawn``. The analysis never replaces
those rows (:meth:`~annotator.store.conflicts.ConflictQueries.replace_conflicts`).

Corrections are replayed the same way (:meth:`refresh_corrections`): every
unit starts as the segmenter made it, then each live correction applies in log
order. A split or joined unit is *retired* (``retired_by``), never deleted, so
the verdicts given on it stay attached to it; its pieces are units of their
own, created once per event and retired again if the event is undone.
"""

from __future__ import annotations

import uuid

from annotator.errors import AnnotatorError, NothingToUndo
from annotator.identity import clean_name, clean_text
from annotator.store import schema

LINK, RETRACT = "link", "retract"
RELABEL, SPLIT, JOIN = "relabel", "split", "join"
CORRECTIONS = (RELABEL, SPLIT, JOIN)
UNDONE = "undone"  # retired_by of a unit whose correction was undone
# The segmenter's kinds (annotator.nlp.segmenter.KINDS; a test keeps them equal).
UNIT_KINDS = ("claim", "heading", "question", "advice", "promo", "meta")
REVIEWER_REASON = "reviewer"
# A reviewer's link is as sure as a confirmed candidate: listed first.
REVIEWER_SCORE = 1.0

# Not undone: no retract supersedes it (correlated, through the supersedes index).
_LIVE = """NOT EXISTS (SELECT 1 FROM unit_events undo
                       WHERE undo.supersedes = e.id AND undo.action = 'retract')"""


class BadLink(AnnotatorError):
    """Two units that cannot be linked as a conflict."""


class BadCorrection(AnnotatorError):
    """A correction of a unit that cannot be made as asked."""


class UnitEventQueries:
    """Queries and writes on ``unit_events``; methods use ``self.db``,
    ``self.write()`` and ``self.query()`` of :class:`~annotator.store.Store`."""

    def link_conflict(
        self, article_id: int, first: str | int, second: str | int, why: str, reviewer: str,
        role: str = "reviewer",
    ) -> dict:
        """Record that two units of the article contradict each other, with why
        (a ``link`` event), and list the pair as a confirmed conflict. Either
        unit may be given first; the stored pair is in article order."""
        clean_name(reviewer)
        why = " ".join(clean_text(why).split())
        if not why:
            raise BadLink("--why is empty: say in a few words why the two contradict each other")
        with self.write():
            a, b = self.unit(first), self.unit(second)
            for unit in (a, b):
                if unit["article_id"] != article_id:
                    slug = self.article(article_id)["slug"]
                    raise BadLink(f"unit {unit['id']} is not in {slug} "
                                  f"(see `annotator claims {slug}`)")
                self.require_latest_revision(unit)
            if a["id"] == b["id"]:
                raise BadLink(f"unit {a['id']} cannot contradict itself: give two units")
            a, b = sorted((a, b), key=lambda u: u["seq"])
            event = {
                "id": str(uuid.uuid4()), "article_id": article_id, "unit_id": a["id"],
                "other_unit_id": b["id"], "action": LINK, "value": why,
                "reviewer": reviewer, "role": role, "created_at": schema.utcnow(),
                "supersedes": None,
            }
            self.db["unit_events"].insert(event)
            self.refresh_reviewer_conflicts(article_id)
        return event

    def retract_unit_event(self, event_id: str, reviewer: str) -> dict:
        """Undo one of the reviewer's live unit events by appending a ``retract``."""
        with self.write():
            rows = self.query(
                f"SELECT e.* FROM unit_events e WHERE e.id = ? AND e.action != 'retract' "
                f"AND {_LIVE}",
                [event_id],
            )
            if not rows or rows[0]["reviewer"] != reviewer:
                raise NothingToUndo(reviewer, f"event {event_id}")
            done = rows[0]
            event = {
                "id": str(uuid.uuid4()), "article_id": done["article_id"],
                "unit_id": done["unit_id"], "other_unit_id": done["other_unit_id"],
                "action": RETRACT, "value": None, "reviewer": reviewer, "role": done["role"],
                "created_at": schema.utcnow(), "supersedes": done["id"],
            }
            self.db["unit_events"].insert(event)
            # Only what the undone event shaped is derived again.
            if done["action"] == LINK:
                self.refresh_reviewer_conflicts(done["article_id"])
            else:
                self.refresh_corrections(done["article_id"])
        return event

    def latest_live_unit_event(
        self, article_id: int, reviewer: str, unit_id: int | None = None
    ) -> dict | None:
        """The reviewer's newest unit event on the article (or naming `unit_id`,
        or creating it: a piece of a split) that is not undone: what ``undo``
        and ``z`` take back."""
        unit_clause = """AND (:unit IN (e.unit_id, e.other_unit_id) OR EXISTS (
            SELECT 1 FROM units c WHERE c.id = :unit AND c.created_by LIKE e.id || ':%'))""" \
            if unit_id is not None else ""
        rows = self.query(
            f"""SELECT e.* FROM unit_events e
                WHERE e.article_id = :article AND e.reviewer = :reviewer
                  AND e.action != 'retract' {unit_clause} AND {_LIVE}
                ORDER BY e.created_at DESC, e.id DESC LIMIT 1""",
            {"article": article_id, "reviewer": reviewer, "unit": unit_id},
        )
        return rows[0] if rows else None

    def live_links(self, article_id: int) -> list[dict]:
        """Every link not undone, oldest first."""
        return self.query(
            f"""SELECT e.* FROM unit_events e
                WHERE e.article_id = ? AND e.action = 'link' AND {_LIVE}
                ORDER BY e.created_at, e.id""",
            [article_id],
        )

    def refresh_reviewer_conflicts(self, article_id: int) -> None:
        """Make the article's ``reviewer`` conflicts match its live links: a pair
        linked by anyone is confirmed (the latest link's reason and reviewer);
        a pair whose links were all undone is withdrawn. Call inside a write."""
        live: dict[tuple[int, int], dict] = {}
        for link in self.live_links(article_id):
            live[(link["unit_id"], link["other_unit_id"])] = link  # the latest stands
        rows = {
            (row["unit_a"], row["unit_b"]): row
            for row in self.query(
                "SELECT * FROM conflicts WHERE article_id = ? AND reason = ?",
                [article_id, REVIEWER_REASON],
            )
        }
        for pair, link in live.items():
            values = {"detail": link["value"], "score": REVIEWER_SCORE, "status": "confirmed",
                      "decided_by": link["reviewer"], "decided_at": link["created_at"]}
            if pair in rows:
                # Another reviewer's decision on a linked pair (dismissed) stands;
                # a link made again after all were undone confirms it again.
                row = rows[pair]
                changes = {"detail": values["detail"]} if row["detail"] != values["detail"] else {}
                if row["status"] == "withdrawn":
                    changes = values
                if changes:
                    self.db["conflicts"].update(row["id"], changes)
            else:
                self.db["conflicts"].insert({"article_id": article_id, "unit_a": pair[0],
                                             "unit_b": pair[1], "reason": REVIEWER_REASON,
                                             **values})
        for pair, row in rows.items():
            if pair not in live and row["status"] != "withdrawn":
                self.db["conflicts"].update(row["id"], {"status": "withdrawn"})

    def insert_unit_events(self, events: list[dict]) -> list[str]:
        """Insert events from another log (merge), skipping those present; the
        derived conflicts of every article touched are refreshed. Returns the
        ids inserted."""
        with self.write():
            present = set()
            ids = [e["id"] for e in events]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                present.update(r["id"] for r in self.query(
                    f"SELECT id FROM unit_events WHERE id IN ({marks})", chunk))
            fresh = [e for e in events if e["id"] not in present]
            self.db["unit_events"].insert_all(fresh)
            for article_id in sorted({e["article_id"] for e in fresh}):
                self.refresh_reviewer_conflicts(article_id)
                self.refresh_corrections(article_id)
        return [e["id"] for e in fresh]

    # Corrections of the segmenter ---------------------------------------------

    def _active_unit(self, ref: str | int) -> dict:
        unit = self.unit(ref)
        self.require_latest_revision(unit)
        if unit["retired_by"] == UNDONE:
            made = self.query("SELECT * FROM unit_events WHERE id = ?",
                              [unit["created_by"].split(":")[0]])[0]
            parents = " and ".join(str(u) for u in (made["unit_id"], made["other_unit_id"]) if u)
            raise BadCorrection(f"unit {unit['id']} came from a {made['action']} that was "
                                f"undone: use unit {parents}")
        if unit["retired_by"]:
            pieces = self.query(
                "SELECT id FROM units WHERE created_by LIKE ? AND retired_by IS NULL "
                "ORDER BY start",
                [unit["retired_by"] + ":%"],
            )
            now = ", ".join(str(p["id"]) for p in pieces) or "nothing"
            raise BadCorrection(f"unit {unit['id']} was corrected away (split or joined); "
                                f"it is now unit {now}")
        return unit

    def _correct(self, unit: dict, action: str, value: str | None, reviewer: str, role: str,
                 other: int | None = None) -> dict:
        clean_name(reviewer)
        event = {
            "id": str(uuid.uuid4()), "article_id": unit["article_id"], "unit_id": unit["id"],
            "other_unit_id": other, "action": action, "value": value, "reviewer": reviewer,
            "role": role, "created_at": schema.utcnow(), "supersedes": None,
        }
        self.db["unit_events"].insert(event)
        self.refresh_corrections(unit["article_id"])
        return event

    def relabel_unit(self, ref: str | int, kind: str, reviewer: str,
                     role: str = "reviewer") -> dict:
        """Give a unit another kind (``claim`` brings a hidden claim into review)."""
        if kind not in UNIT_KINDS:
            raise BadCorrection(f"unknown kind {kind!r} (one of: {', '.join(UNIT_KINDS)})")
        with self.write():
            unit = self._active_unit(ref)
            if unit["kind"] == kind:
                raise BadCorrection(f"unit {unit['id']} is already {kind}")
            return self._correct(unit, RELABEL, kind, reviewer, role)

    def split_unit(self, ref: str | int, before: str, reviewer: str,
                   role: str = "reviewer") -> dict:
        """Split a unit where `before` first occurs in it: the second piece
        starts there."""
        with self.write():
            unit = self._active_unit(ref)
            at = unit["text"].find(before) if before.strip() else -1
            if at < 0:
                raise BadCorrection(f"{before!r} is not in unit {unit['id']}: "
                                    "give text it contains")
            if not unit["text"][:at].strip() or not unit["text"][at:].strip():
                raise BadCorrection(f"splitting unit {unit['id']} before {before!r} leaves an "
                                    "empty piece: give text from its middle")
            return self._correct(unit, SPLIT, str(unit["start"] + at), reviewer, role)

    def join_unit(self, ref: str | int, reviewer: str, role: str = "reviewer") -> dict:
        """Join a unit with the next unit of the same block (no blank line between)."""
        with self.write():
            unit = self._active_unit(ref)
            following = self.query(
                """SELECT * FROM units WHERE article_id = ? AND retired_by IS NULL AND start >= ?
                   AND id != ? ORDER BY start, seq LIMIT 1""",
                [unit["article_id"], unit["end"], unit["id"]],
            )
            text = self.article(unit["article_id"])["text"]
            if not following or "\n\n" in text[unit["end"] : following[0]["start"]]:
                raise BadCorrection(f"unit {unit['id']} ends its paragraph: no next unit to join")
            return self._correct(unit, JOIN, None, reviewer, role, other=following[0]["id"])

    def refresh_corrections(self, article_id: int) -> None:
        """Make the article's units match its live corrections (see the module
        doc). Call inside a write."""
        rows = {row["id"]: row for row in self.query(
            "SELECT * FROM units WHERE article_id = ? ORDER BY seq", [article_id])}
        created = {row["created_by"]: row for row in rows.values() if row["created_by"]}
        state = {
            uid: {"kind": row["segmented_kind"] or row["kind"],
                  "retired_by": UNDONE if row["created_by"] else None}
            for uid, row in rows.items()
        }
        events = self.query(
            f"""SELECT e.* FROM unit_events e
                WHERE e.article_id = ? AND e.action IN ('relabel', 'split', 'join') AND {_LIVE}
                ORDER BY e.created_at, e.id""",
            [article_id],
        )
        text = None
        for event in events:
            unit = state.get(event["unit_id"])
            if unit is None or unit["retired_by"] is not None:
                continue  # corrected away before this event: it no longer applies
            if event["action"] == RELABEL:
                unit["kind"] = event["value"]
                continue
            parent = rows[event["unit_id"]]
            if event["action"] == SPLIT:
                at = int(event["value"])
                parts = {"left": (parent["start"], at), "right": (at, parent["end"])}
            else:
                other = state.get(event["other_unit_id"])
                if other is None or other["retired_by"] is not None:
                    continue
                parts = {"join": (parent["start"], rows[event["other_unit_id"]]["end"])}
                other["retired_by"] = event["id"]
            unit["retired_by"] = event["id"]
            for part, (start, end) in parts.items():
                key = f"{event['id']}:{part}"
                if key not in created:
                    text = text if text is not None else self.article(article_id)["text"]
                    row = self._new_unit(parent, key, text, start, end, len(rows) + len(created))
                    created[key] = rows[row["id"]] = row
                state[created[key]["id"]] = {"kind": unit["kind"], "retired_by": None}
        for uid, want in state.items():
            row = rows[uid]
            changes = {}
            if want["kind"] != row["kind"]:
                changes["kind"] = want["kind"]
                if row["segmented_kind"] is None:
                    changes["segmented_kind"] = row["kind"]
            if want["retired_by"] != row["retired_by"]:
                changes["retired_by"] = want["retired_by"]
            if changes:
                self.db["units"].update(uid, changes)

    def _new_unit(self, parent: dict, key: str, text: str, start: int, end: int,
                  count: int) -> dict:
        """A unit made by a correction: ``text[start:end]`` less the white space
        around it, the parent's section and hedge, placed after every seq."""
        from annotator.store.fingerprint import fingerprint

        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        seq = self.query("SELECT coalesce(max(seq), 0) + 1 AS seq FROM units WHERE article_id = ?",
                         [parent["article_id"]])[0]["seq"]
        quote = text[start:end]
        row = {
            "article_id": parent["article_id"], "seq": seq, "start": start, "end": end,
            "text": quote, "kind": parent["kind"], "hedged": parent["hedged"],
            "section": parent["section"], "lemmas": " ".join(quote.lower().split()),
            "fingerprint": fingerprint(quote), "created_by": key, "retired_by": None,
        }
        row["id"] = self.db["units"].insert(row).last_pk
        return row

    def unit_event_history(self, unit_id: int) -> list[dict]:
        """Every unit event naming the unit, or creating it (a piece of a split or
        a join), and the undo of each; oldest first."""
        return self.query(
            """WITH mine AS (
                 SELECT e.id FROM unit_events e
                 WHERE :unit IN (e.unit_id, e.other_unit_id) OR EXISTS (
                   SELECT 1 FROM units c WHERE c.id = :unit AND c.created_by LIKE e.id || ':%'))
               SELECT e.* FROM unit_events e
               WHERE e.id IN (SELECT id FROM mine) OR e.supersedes IN (SELECT id FROM mine)
               ORDER BY e.created_at, e.id""",
            {"unit": unit_id},
        )
