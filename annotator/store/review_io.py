"""SQL for moving review events in and out: JSON-lines import and export
(:mod:`annotator.exchange.imports`, :mod:`annotator.exchange.exports`) and merging
another database (:mod:`annotator.exchange.merge`). Mixed into
:class:`annotator.store.Store`; only the store modules speak SQL.

Events arrive complete, with their UUIDs, and are inserted only when their id
is not stored yet: the log stays append-only and the same event arriving twice
is stored once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from annotator.errors import BadReviewFile
from annotator.store.schema import check_schema, database
from annotator.verdicts import decode

# SQLite's limit on variables in one statement (999 before 3.32).
_CHUNK = 500


class ReviewIOQueries:
    """Bulk reads and writes on ``reviews``; methods use ``self.db``,
    ``self.write()`` and ``self.query()`` of :class:`~annotator.store.Store`."""

    def insert_review_events(self, events: Iterable[dict]) -> list[str]:
        """Insert complete event rows whose id is not stored yet (import, merge).
        Ids are UUIDs, so the same event arriving twice is stored once, whatever
        the order. Returns the ids actually added."""
        rows = list(events)
        with self.write() as db:
            known = self.existing_review_ids([row["id"] for row in rows])
            fresh = [row for row in rows if row["id"] not in known]
            db["reviews"].insert_all(fresh, ignore=True, batch_size=_CHUNK)
        return [row["id"] for row in fresh]

    def existing_review_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are stored already."""
        found: set[str] = set()
        for chunk in _chunks(list(ids)):
            marks = ", ".join("?" for _ in chunk)
            found |= {row["id"] for row in self.query(
                f"SELECT id FROM reviews WHERE id IN ({marks})", chunk
            )}
        return found

    def reviewer_histories(
        self, keys: Iterable[tuple[int, str]]
    ) -> dict[tuple[int, str], list[dict]]:
        """``{(unit_id, reviewer): that reviewer's events on that unit}`` (decoded,
        in log order, ``[]`` when none) for many keys at once: what
        :meth:`~annotator.store.reviews.ReviewQueries.reviewer_events` answers
        for one."""
        histories: dict[tuple[int, str], list[dict]] = {key: [] for key in keys}
        unit_ids = sorted({unit_id for unit_id, _ in histories})
        for chunk in _chunks(unit_ids):
            marks = ", ".join("?" for _ in chunk)
            for row in self.query(
                f"SELECT * FROM reviews WHERE unit_id IN ({marks}) ORDER BY created_at, id",
                chunk,
            ):
                events = histories.get((row["unit_id"], row["reviewer"]))
                if events is not None:
                    events.append(decode(row))
        return histories

    def latest_review_times(self, reviewers: Iterable[str]) -> dict[str, str]:
        """``{reviewer: created_at of their newest event}``, for those with any."""
        latest: dict[str, str] = {}
        for chunk in _chunks(sorted(set(reviewers))):
            marks = ", ".join("?" for _ in chunk)
            for row in self.query(
                f"""SELECT reviewer, max(created_at) AS at FROM reviews
                    WHERE reviewer IN ({marks}) GROUP BY reviewer""",
                chunk,
            ):
                latest[row["reviewer"]] = row["at"]
        return latest

    def review_events(
        self, article_id: int | None = None, reviewer: str | None = None,
        slug: str | None = None,
    ) -> list[dict]:
        """Every event (decoded) with where it lands: ``slug``, ``sha256`` and
        ``article_id`` of its article, ``unit_start``/``unit_end`` of its unit;
        in article and log order. Filters: one article revision, every revision
        of a slug, one reviewer."""
        clauses, params = [], {}
        if article_id is not None:
            clauses.append("u.article_id = :article")
            params["article"] = article_id
        if slug is not None:
            clauses.append("a.slug = :slug")
            params["slug"] = slug
        if reviewer is not None:
            clauses.append("r.reviewer = :reviewer")
            params["reviewer"] = reviewer
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return [decode(row) for row in self.query(
            f"""SELECT r.*, a.id AS article_id, a.slug, a.sha256, u.start AS unit_start,
                  u.end AS unit_end
                FROM reviews r JOIN units u ON u.id = r.unit_id
                JOIN articles a ON a.id = u.article_id
                {where} ORDER BY a.slug, a.revision, r.created_at, r.id""",
            params,
        )]

    def all_events(self) -> tuple[list[dict], list[dict]]:
        """What :func:`read_other_reviews` reads of a file, read of this store."""
        return self.query(_OTHER_REVIEWS), self.query(_OTHER_UNIT_EVENTS)

    def article_with_text(self, slug: str, sha256: str) -> dict | None:
        """The revision of ``slug`` whose text has this hash, if stored."""
        rows = self.query(
            "SELECT * FROM articles WHERE slug = ? AND sha256 = ? ORDER BY revision DESC",
            [slug, sha256],
        )
        return rows[0] if rows else None


# What another database's events are matched by: slug, sha256 and offsets.
_OTHER_REVIEWS = """SELECT r.*, a.slug, a.sha256, u.start AS unit_start, u.end AS unit_end
    FROM reviews r JOIN units u ON u.id = r.unit_id
    JOIN articles a ON a.id = u.article_id
    ORDER BY r.created_at, r.id"""
_OTHER_UNIT_EVENTS = """SELECT e.*, a.slug, a.sha256, u.start AS unit_start,
      u.end AS unit_end, o.start AS other_start, o.end AS other_end
    FROM unit_events e JOIN units u ON u.id = e.unit_id
    JOIN articles a ON a.id = u.article_id
    LEFT JOIN units o ON o.id = e.other_unit_id
    ORDER BY e.created_at, e.id"""


def read_other_reviews(path: Path) -> tuple[list[dict], list[dict]]:
    """Every review event and every unit event (conflict links) of another
    annotator database file (opened read-only), with the slug, sha256 and
    offsets that locate their units (the team database's: ``Store.all_events``)."""
    if not path.is_file():
        raise BadReviewFile(f"{path} does not exist")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise BadReviewFile(f"{path} is not an SQLite database")
    # Read-only: merging must never touch the other reviewer's file.
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        # Columns and meanings this code does not know would be dropped silently.
        check_schema(database(conn), str(path))
        return [dict(row) for row in conn.execute(_OTHER_REVIEWS)], _unit_events(conn)
    except sqlite3.DatabaseError as error:
        raise BadReviewFile(f"{path} is not an annotator database ({error})") from None
    finally:
        conn.close()


def _unit_events(conn: sqlite3.Connection) -> list[dict]:
    """The other database's unit events with what locates their units (none
    before it had the table, migration m006)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'unit_events'").fetchone():
        return []
    return [dict(row) for row in conn.execute(_OTHER_UNIT_EVENTS)]


def _chunks(values: list) -> Iterable[list]:
    for offset in range(0, len(values), _CHUNK):
        yield values[offset:offset + _CHUNK]
