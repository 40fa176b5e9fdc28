"""SQL for what reviewers say about units rather than about claims: conflicts
they link by hand (``link``) and the undo of any of these (``retract``).
Mixed into :class:`annotator.store.Store`.

``unit_events`` is append-only and keyed by UUID, like ``reviews``, so that
logs merge. What the log means is derived here in the same transaction as
each write: a live link (not retracted) is a ``conflicts`` row with reason
``reviewer``, status ``confirmed``, the reviewer's reason as its detail; a link
whose every event was undone is ``withdrawn``. The analysis never replaces
those rows (:meth:`~annotator.store.conflicts.ConflictQueries.replace_conflicts`).
"""

from __future__ import annotations

import uuid

from annotator.errors import AnnotatorError, NothingToUndo
from annotator.identity import clean_name
from annotator.store import schema

LINK, RETRACT = "link", "retract"
REVIEWER_REASON = "reviewer"
# A reviewer's link is as sure as a confirmed candidate: listed first.
REVIEWER_SCORE = 1.0

_LIVE = """e.id NOT IN (SELECT supersedes FROM unit_events
                         WHERE action = 'retract' AND supersedes IS NOT NULL)"""


class BadLink(AnnotatorError):
    """Two units that cannot be linked as a conflict."""


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
        why = " ".join(why.split())
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
            self.refresh_reviewer_conflicts(done["article_id"])
        return event

    def latest_live_unit_event(
        self, article_id: int, reviewer: str, unit_id: int | None = None
    ) -> dict | None:
        """The reviewer's newest unit event on the article (or naming `unit_id`)
        that is not undone: what ``undo`` and ``z`` take back."""
        unit_clause = "AND :unit IN (e.unit_id, e.other_unit_id)" if unit_id is not None else ""
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
        return [e["id"] for e in fresh]
