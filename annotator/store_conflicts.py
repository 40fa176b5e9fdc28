"""SQL for consistency findings: duplicate links, conflict candidates and the
decisions reviewers make about them. Mixed into :class:`annotator.store.Store`."""

from __future__ import annotations


class ConflictQueries:
    """Queries and writes on ``conflicts`` and ``units.duplicate_of``; methods use
    ``self.db``, ``self.write()`` and ``self.query()`` of :class:`~annotator.store.Store`."""
