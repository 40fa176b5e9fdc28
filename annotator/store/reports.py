"""SQL that only reports need, batched so that a report reads the store a fixed
number of times however many claims it shows. Mixed into
:class:`annotator.store.Store`."""

from __future__ import annotations

import json
from collections.abc import Iterable

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
