"""SQL that reads articles and units: listings with review progress, units of an
article by kind and status, full-text search, lookups by id. Mixed into
:class:`annotator.store.Store`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from annotator.errors import NoSuchUnit
from annotator.store import postgres


def row_id(ref: str | int) -> int | None:
    """``ref`` as an SQLite row id, or None when it cannot be one (text, negative,
    or beyond SQLite's 64-bit integers)."""
    text = str(ref).strip()
    if not text.isdigit() or not text.isascii():
        return None
    number = int(text)
    return number if number < 2**63 else None


class UnitQueries:
    """Reads on ``articles`` and ``units``; methods use ``self.db`` and
    ``self.query()`` of :class:`~annotator.store.Store`."""

    def articles(self, all_revisions: bool = False) -> list[dict]:
        """Articles with unit counts and review progress (latest revisions only,
        unless ``all_revisions``)."""
        where = "" if all_revisions else (
            "WHERE a.revision = (SELECT max(revision) FROM articles b WHERE b.slug = a.slug)"
        )
        return self.query(
            f"""
            SELECT a.id, a.slug, a.revision, a.title, a.url, a.published,
              (SELECT count(*) FROM units u
                 WHERE u.article_id = a.id AND u.retired_by IS NULL) AS units,
              (SELECT count(*) FROM units u WHERE u.article_id = a.id
                 AND u.kind = 'claim' AND u.retired_by IS NULL) AS claims,
              (SELECT count(DISTINCT u.id) FROM units u
                 JOIN current_reviews cr ON cr.unit_id = u.id
                 WHERE u.article_id = a.id AND u.kind = 'claim'
                   AND u.retired_by IS NULL) AS reviewed,
              a.ingested_at, a.author, a.publisher, a.source_path, a.source_type,
              a.source_modified, a.source_sha256
            FROM articles a {where}
            ORDER BY a.slug, a.revision
            """
        )

    def units(
        self, article_id: int, kinds: Iterable[str] | None = None, status: str | None = None,
        retired: bool = False,
    ) -> list[dict]:
        """Units of an article in order, of the given ``kinds`` and review
        ``status`` (``unreviewed``, ``reviewed`` or a verdict, by any reviewer):
        the units as reviewers corrected them, and with ``retired`` also those
        they split or joined (their verdicts stay with them)."""
        return list(self.iter_units(article_id, kinds, status, retired))

    def iter_units(
        self, article_id: int, kinds: Iterable[str] | None = None, status: str | None = None,
        retired: bool = False,
    ) -> Iterator[dict]:
        """:meth:`units`, one row at a time from the cursor: ``claims --csv`` of a
        huge article streams instead of holding every row."""
        clauses, params = ["u.article_id = :article"], {"article": article_id}
        if not retired:
            clauses.append("u.retired_by IS NULL")
        if kinds is not None:
            clauses.append(_kind_clause(kinds, params))
        reviewed = "EXISTS (SELECT 1 FROM current_reviews cr WHERE cr.unit_id = u.id{})"
        if status == "unreviewed":
            clauses.append("NOT " + reviewed.format(""))
        elif status == "reviewed":
            clauses.append(reviewed.format(""))
        elif status is not None:
            clauses.append(reviewed.format(" AND cr.verdict = :verdict"))
            params["verdict"] = status
        for row in self.db.query(
            f"""
            SELECT u.id, u.seq, u.start, u.end, u.kind, u.text, u.hedged, u.section,
              u.duplicate_of, u.previous_unit_id, u.segmented_kind, u.created_by, u.retired_by
            FROM units u WHERE {' AND '.join(clauses)} ORDER BY u.start, u.seq
            """,
            params,
        ):
            yield _flagged(row)

    def search(
        self, query: str, article_id: int | None = None, kinds: Iterable[str] | None = None,
        limit: int = 50,
    ) -> list[dict]:
        """Units matching a full-text query, best first (FTS5 rank), in the latest
        revision of each article unless ``article_id`` names one. Every word of the
        query is quoted, so ``not`` or ``-`` are words, not operators."""
        if not re.search(r"\w", query):
            return []
        clauses = ["u.retired_by IS NULL"]
        params: dict[str, Any] = {"limit": limit}
        if article_id is not None:
            clauses.append("u.article_id = :article")
            params["article"] = article_id
        else:
            clauses.append(
                "a.revision = (SELECT max(revision) FROM articles b WHERE b.slug = a.slug)"
            )
        if kinds is not None:
            clauses.append(_kind_clause(kinds, params))
        where = " AND ".join(clauses)
        if self.engine == "postgresql":
            params["query"] = query
            return self._best(params, postgres.SEARCH.format(where=where))
        phrase = self.db.quote_fts(query)
        params["phrase"] = phrase
        # FTS5 ranks inside the full-text table first (ORDER BY rank LIMIT there
        # needs no join per match); the window widens until enough of the best
        # matches pass the filters (other revisions, kinds, another article). A
        # word in more units than RANK_ALL (ranking half a million matches takes
        # most of a second) is ranked among its most recently stored matches.
        matches = self._matches(phrase, RANK_ALL + 1)
        newest = "ORDER BY rowid DESC" if matches > RANK_ALL else "ORDER BY rank"
        window = RANK_ALL if matches > RANK_ALL else limit * 4
        while True:
            params["window"] = window
            rows = self._best(params, f"""
                SELECT u.id, hit.rank, a.slug, u.seq
                FROM (SELECT rowid, rank FROM units_fts WHERE units_fts MATCH :phrase
                      {newest} LIMIT :window) AS hit
                JOIN units u ON u.id = hit.rowid
                JOIN articles a ON a.id = u.article_id
                WHERE {where}
                ORDER BY hit.rank, a.slug, u.seq LIMIT :limit""")
            if len(rows) >= limit or window >= matches:
                return rows
            window *= 8
            if window > RANK_ALL:
                matches = self._matches(phrase)

    def _best(self, params: dict[str, Any], best: str) -> list[dict]:
        """The units `best` selects (id, rank, slug, seq; best first), with their
        columns and reviewer counts."""
        return _with_flags(self.query(
            f"""
            WITH best AS ({best})
            SELECT u.id, best.slug AS article, u.seq, u.start, u.end, u.kind, u.text,
              u.hedged, u.section,
              (SELECT count(*) FROM current_reviews cr WHERE cr.unit_id = u.id) AS reviewers
            FROM best JOIN units u ON u.id = best.id
            ORDER BY best.rank, best.slug, best.seq
            """,
            params,
        ))

    def _matches(self, phrase: str, at_most: int = -1) -> int:
        """How many units match, counting no further than `at_most` (-1: all)."""
        return self.query(
            "SELECT count(*) AS n FROM (SELECT rowid FROM units_fts "
            "WHERE units_fts MATCH ? LIMIT ?)", [phrase, at_most])[0]["n"]

    def unit(self, ref: str | int) -> dict:
        ref_text = str(ref).strip()
        number = row_id(ref_text)
        rows = self.query("SELECT * FROM units WHERE id = ?", [number]) if number else []
        if not rows:
            raise NoSuchUnit(ref_text)
        return rows[0]


# Above this many matching units, search ranks the most recently stored ones.
RANK_ALL = 5_000


def _kind_clause(kinds: Iterable[str], params: dict[str, Any]) -> str:
    """``u.kind IN (…)`` with one named parameter per kind, added to ``params``."""
    names = list(kinds)
    params.update({f"kind{i}": name for i, name in enumerate(names)})
    return f"u.kind IN ({', '.join(f':kind{i}' for i in range(len(names)))})"


def _flagged(row: dict) -> dict:
    row["hedged"] = bool(row["hedged"])
    return row


def _with_flags(rows: list[dict]) -> list[dict]:
    """SQLite stores ``hedged`` as 0/1; callers and JSON output want a boolean."""
    return [_flagged(row) for row in rows]
