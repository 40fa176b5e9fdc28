"""SQL for the review event log (verdicts, undo, history, import/export, merge).
Mixed into :class:`annotator.store.Store`; only the store modules speak SQL."""

from __future__ import annotations


class ReviewQueries:
    """Queries and writes on ``reviews``; methods use ``self.db``, ``self.write()``
    and ``self.query()`` of :class:`~annotator.store.Store`."""
