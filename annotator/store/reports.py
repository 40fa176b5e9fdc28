"""SQL that only reports need, batched so that a report reads the store a fixed
number of times however many claims it shows. Mixed into
:class:`annotator.store.Store`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from annotator.verdicts import decode


class ReportQueries:
    """Reads for :mod:`annotator.report.data`; methods use ``self.query()`` of
    :class:`~annotator.store.Store`."""

    def histories(self, unit_ids: Iterable[int]) -> dict[int, list[dict]]:
        """``{unit_id: events}`` for each of ``unit_ids``: what
        :meth:`~annotator.store.reviews.ReviewQueries.unit_history` gives for
        one unit (every event on it and, through ``previous_unit_id``, on the
        same text in earlier revisions; oldest first, each with the
        ``article_id`` and ``revision`` it was made on), in one query."""
        wanted = list(dict.fromkeys(unit_ids))
        found: dict[int, list[dict]] = {unit_id: [] for unit_id in wanted}
        if not wanted:
            return found
        # The ids travel as one JSON array: no limit on SQL variables to meet.
        rows = self.query(
            """WITH RECURSIVE chain(history_of, unit_id, previous_unit_id) AS (
                   SELECT id, id, previous_unit_id FROM units
                   WHERE id IN (SELECT value FROM json_each(?))
                   UNION ALL
                   SELECT chain.history_of, u.id, u.previous_unit_id
                   FROM units u JOIN chain ON u.id = chain.previous_unit_id
               )
               SELECT chain.history_of, r.*, u.article_id, a.revision
               FROM chain JOIN reviews r ON r.unit_id = chain.unit_id
               JOIN units u ON u.id = r.unit_id JOIN articles a ON a.id = u.article_id
               ORDER BY chain.history_of, a.revision, r.created_at, r.id""",
            [json.dumps(wanted)],
        )
        for row in rows:
            found[row.pop("history_of")].append(decode(row))
        return found

    def first_actions(self, article_id: int) -> list[dict]:
        """When each person first acted on the article in each role: one row
        per (reviewer, role) with the ``created_at`` and ``id`` of their first
        event, what :class:`annotator.report.data.People` numbers people by,
        without reading every event."""
        rows = self.query(
            """SELECT r.reviewer,
                 CASE WHEN r.role = 'editor' THEN 'editor' ELSE 'reviewer' END AS role,
                 min(r.created_at || char(31) || r.id) AS first
               FROM reviews r JOIN units u ON u.id = r.unit_id
               WHERE u.article_id = ? GROUP BY 1, 2""",
            [article_id],
        )
        return [{"reviewer": row["reviewer"], "role": row["role"],
                 **dict(zip(("created_at", "id"), row["first"].split("\x1f", 1), strict=True))}
                for row in rows]

    def iter_units_with_opinions(self, article_id: int) -> Iterator[tuple[dict, list[dict]]]:
        """Every unit of the article (split or joined ones too), in article
        order, with the current tag event of each reviewer on it (decoded, oldest
        first): two cursors walked side by side, so that a report of a million
        units never holds more than one unit's verdicts."""
        # The order of iter_units ((start, seq) is unique in an article).
        opinions = self.db.query(
            """SELECT cr.* FROM current_reviews cr JOIN units u ON u.id = cr.unit_id
               WHERE u.article_id = ? ORDER BY u.start, u.seq, cr.created_at, cr.id""",
            [article_id],
        )
        pending = next(opinions, None)
        for unit in self.iter_units(article_id, retired=True):
            found = []
            while pending is not None and pending["unit_id"] == unit["id"]:
                found.append(decode(pending))
                pending = next(opinions, None)
            yield unit, found
