"""The claim store: the only module that speaks SQL.

Opening a store validates the file, applies pending migrations and sets the
connection up for several reviewers on one file (WAL, foreign keys, a busy
timeout). Every write goes through :meth:`Store.write`, one ``BEGIN IMMEDIATE``
transaction, so an interrupted command leaves nothing half-written.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
import uuid
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from annotator.errors import NoSuchArticle, NotADatabase, ReadOnlyDatabase, StoreError
from annotator.store import postgres, schema
from annotator.store.conflicts import ConflictQueries
from annotator.store.fingerprint import fingerprint
from annotator.store.migrations import migrations
from annotator.store.reports import ReportQueries
from annotator.store.review_io import ReviewIOQueries
from annotator.store.reviews import ReviewQueries
from annotator.store.unit_events import UnitEventQueries
from annotator.store.units import UnitQueries, row_id

SQLITE_HEADER = b"SQLite format 3\x00"


def busy_timeout() -> float:
    """Seconds a command waits for another one's write lock before giving up
    (env ANNOTATOR_BUSY_TIMEOUT, default 30)."""
    try:
        return max(float(os.environ.get("ANNOTATOR_BUSY_TIMEOUT", "30")), 0.0)
    except ValueError:
        return 30.0

# Deterministic ids for review events copied to a new revision, so that two
# copies of a database that both ingested the revision merge without duplicates.
CARRY_NAMESPACE = uuid.UUID("6f1c2a52-3f0e-4d7e-9a59-7f3f2b8f0c11")
# What an ingest may say about an article besides its text.
METADATA = ("title", "url", "published", "author", "publisher")
# Where it came from: a path or URL, the content type, its time, the bytes' sha256.
SOURCE = ("source_path", "source_type", "source_modified", "source_sha256")
# The columns ingest fills, in the order add_article gives them.
_UNIT_COLUMNS = ("article_id", "seq", "start", "end", "text", "kind", "section", "hedged",
                 "lemmas", "parse", "fingerprint", "previous_unit_id")
STATUSES = ("unreviewed", "reviewed", "supported", "contradictory", "unsupported")


@dataclass(frozen=True)
class IngestResult:
    article_id: int
    slug: str
    revision: int
    status: str  # "new", "revised" or "unchanged"
    units: int
    claims: int
    carried_reviews: int = 0
    # Filled in by consistency analysis after a new or revised article is stored.
    duplicates: int = 0
    conflicts: int = 0
    suggestions: int = 0


class Store(UnitQueries, ReviewQueries, ReviewIOQueries, ConflictQueries, ReportQueries,
            UnitEventQueries):
    def __init__(self, db: Database, path: str, read_only: bool = False,
                 engine: str = "sqlite"):
        self.db = db
        self.path = path
        self.read_only = read_only
        self.engine = engine  # "sqlite" or "postgresql"

    @classmethod
    def open(cls, path: str | Path, create: bool = True) -> Store:
        """Open (and with ``create``, create) a database, applying pending
        migrations. A file that is not SQLite, or whose schema is newer than this
        code, is refused without being touched. A ``postgresql://`` URL opens
        the team database (:mod:`annotator.store.postgres`), whose schema
        ``annotator team init`` creates."""
        path = str(path)
        if postgres.is_url(path):
            return cls._open_postgres(path)
        _check_file(path, create)
        read_only = _read_only(path)
        try:
            timeout = busy_timeout()
            if read_only:
                # SQLite itself refuses writes too, whoever runs the command (root).
                uri = Path(path).absolute().as_uri() + "?mode=ro"
                conn = sqlite3.connect(uri, timeout=timeout, uri=True)
            else:
                conn = sqlite3.connect(path, timeout=timeout)
            db = schema.database(conn)
            db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            db.execute("PRAGMA foreign_keys = ON")
            schema.check_schema(db, path)
            store = cls(db, path, read_only)
            if migrations.pending(db):
                if read_only:
                    raise ReadOnlyDatabase(path, "it needs an upgrade to this annotator's schema")
                _enable_wal(db, timeout)
                # Under the write lock, and checked again once it is held: several
                # commands opening a new database at once migrate it exactly once.
                with store.write():
                    if migrations.pending(db):
                        migrations.apply(db)
        except sqlite3.OperationalError as error:
            if "unable to open" in str(error):
                raise StoreError(f"cannot open {path}: {error}") from None
            raise
        except sqlite3.DatabaseError as error:
            if "not a database" in str(error) or "malformed" in str(error):
                raise NotADatabase(path) from None
            raise
        return store

    @classmethod
    def _open_postgres(cls, url: str) -> Store:
        db = postgres.connect(url)
        try:
            held = postgres.schema_version(db)
            wanted = postgres.migration_names()
            where = postgres.redacted(url)
            if held is None:
                raise StoreError(f"{where} has no annotator schema: "
                                 f"run `annotator team init {where}` first")
            if set(held) - set(wanted):
                raise StoreError(f"{where} was set up by a newer annotator; upgrade annotator")
            if held != wanted:
                raise StoreError(f"{where} holds an older annotator schema; upgrading a team "
                                 "database is not supported yet")
        except BaseException:
            db.close()
            raise
        return cls(db, where, engine="postgresql")

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def many_writes(self) -> Iterator[None]:
        """Many short write transactions in a row (ingest commits each article
        on its own). On SQLite their commits do not wait for the disk
        (``synchronous = NORMAL``: in WAL mode the database stays consistent,
        and only the last commits can be undone by a power cut); the write-ahead
        log is synced once at the end, by a checkpoint. Nothing changes on
        PostgreSQL."""
        if self.engine == "postgresql" or self.read_only:
            yield
            return
        self.db.execute("PRAGMA synchronous = NORMAL")
        try:
            yield
        finally:
            self.db.execute("PRAGMA synchronous = FULL")
            self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One transaction; nested calls become savepoints. ``BEGIN IMMEDIATE``
        takes the write lock up front, so a second writer waits (busy timeout)
        instead of failing half-way. On PostgreSQL, a transaction-level
        advisory lock does the same: writers take turns, as on SQLite."""
        if self.engine == "postgresql":
            with self.db.conn.transaction():
                self.db.conn.execute("SELECT pg_advisory_xact_lock(%s)", [postgres.WRITE_LOCK])
                yield self.db
            return
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        if self.read_only:
            raise ReadOnlyDatabase(self.path)
        try:
            try:
                # (inside: a Ctrl-C that lands as BEGIN returns still rolls it back)
                conn.execute("BEGIN IMMEDIATE")
                yield self.db
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.OperationalError as error:
            # A full disk or a file made read-only meanwhile can surface at COMMIT,
            # when WAL pages are written: the transaction is rolled back whole.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            reason = write_failure(error)
            if reason is None:
                raise
            raise StoreError(f"{self.path}: {reason}; nothing was changed") from None

    def backup(self, target: str | Path) -> dict:
        """Copy the database to ``target`` with SQLite's online backup API: one
        read transaction, so the copy is the database as it was at one moment even
        while another command writes (WAL readers do not block writers). The copy
        is written beside ``target``, checked, and renamed into place, so a failed
        or interrupted backup leaves no half-written file under that name."""
        if self.engine == "postgresql":
            raise StoreError("back up the team database with PostgreSQL's own pg_dump")
        target = Path(target)
        if target.exists() and target.resolve() == Path(self.path).resolve():
            raise StoreError(f"{target} is the database itself; back it up to another file")
        if not target.parent.is_dir():
            raise StoreError(f"cannot write {target}: no folder {target.parent}")
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            copy = sqlite3.connect(partial)
            try:
                self.db.conn.backup(copy)
                # One self-contained file: no -wal beside it to forget when moving it.
                copy.execute("PRAGMA journal_mode = DELETE")
                if copy.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    raise StoreError(f"the copy of {self.path} failed its integrity check")
                counts = {
                    table: copy.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                    for table in ("articles", "units", "reviews", "unit_events")
                    if copy.execute("SELECT 1 FROM sqlite_master WHERE name = ?",
                                    [table]).fetchone()
                }
            finally:
                copy.close()
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        return {"database": self.path, "backup": str(target),
                "bytes": target.stat().st_size, **counts}

    def query(self, sql: str, params: Iterable[Any] | dict = ()) -> list[dict]:
        return list(self.db.query(sql, params))

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        if self.engine == "postgresql":
            self.db.executemany(sql, rows)
        else:
            self.db.conn.executemany(sql, rows)

    def insert_row(self, table: str, row: dict) -> int:
        """Insert one row; its id. (sqlite-utils' ``insert`` looks the table up in
        the schema first, three queries for one row: ingest inserts many.)"""
        if self.engine == "postgresql":
            return self.db[table].insert(row).last_pk
        columns = ", ".join(f'"{key}"' for key in row)
        marks = ", ".join("?" for _ in row)
        return self.db.conn.execute(
            f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(row.values())
        ).lastrowid

    def insert_rows(self, table: str, columns: tuple[str, ...],
                    rows: Iterable[Iterable[Any]]) -> None:
        """Insert `rows` (values in the order of `columns`), read as they are
        inserted: a generator's rows are never all held at once."""
        names = ", ".join(f'"{column}"' for column in columns)
        marks = ", ".join("?" for _ in columns)
        self.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)

    # Articles ------------------------------------------------------------

    def latest_revision(self, slug: str) -> dict | None:
        rows = self.query(
            "SELECT * FROM articles WHERE slug = ? ORDER BY revision DESC LIMIT 1", [slug]
        )
        return rows[0] if rows else None

    def review_event_count(self, article_ids: list[int]) -> int:
        """Review events, unit events and conflict decisions on these articles."""
        marks = ", ".join("?" for _ in article_ids)
        return self.query(
            f"""SELECT (SELECT count(*) FROM reviews r JOIN units u ON u.id = r.unit_id
                        WHERE u.article_id IN ({marks}))
                     + (SELECT count(*) FROM unit_events WHERE article_id IN ({marks}))
                     + (SELECT count(*) FROM conflict_decisions d
                        JOIN conflicts c ON c.id = d.conflict_id
                        WHERE c.article_id IN ({marks})) AS n""",
            article_ids * 3,
        )[0]["n"]

    def remove_articles(self, article_ids: list[int]) -> int:
        """Delete articles (revisions) with everything that hangs on them, in one
        transaction: units, their review and unit events, conflicts and their
        decisions, suggestions made from or for them. The event logs refuse
        deletes (triggers); the triggers are set aside inside the transaction
        and restored before it commits. Returns the units deleted."""
        marks = ", ".join("?" for _ in article_ids)
        units = f"SELECT id FROM units WHERE article_id IN ({marks})"
        with self.write():
            if self.engine == "postgresql":
                # The append-only triggers let this transaction delete.
                self.db.execute("SET LOCAL annotator.removing = 'on'")
                triggers = []
            else:
                triggers = _append_only_triggers(self.db)
            for name, _ in triggers:
                self.db.execute(f'DROP TRIGGER "{name}"')
            for statement in (
                f"DELETE FROM suggestions WHERE unit_id IN ({units}) "
                f"OR source_unit_id IN ({units}) OR source_article_id IN ({marks})",
                f"DELETE FROM conflict_decisions WHERE conflict_id IN "
                f"(SELECT id FROM conflicts WHERE article_id IN ({marks}))",
                f"DELETE FROM conflicts WHERE article_id IN ({marks})",
                f"DELETE FROM reviews WHERE unit_id IN ({units})",
                f"DELETE FROM unit_events WHERE article_id IN ({marks})",
                # A later revision kept of the same slug no longer has these to follow.
                f"UPDATE units SET previous_unit_id = NULL WHERE previous_unit_id IN ({units})",
                f"UPDATE units SET duplicate_of = NULL WHERE duplicate_of IN ({units})",
            ):
                self.db.execute(statement, article_ids * statement.count(marks))
            count = self.db.execute(f"DELETE FROM units WHERE article_id IN ({marks})",
                                    article_ids).rowcount
            self.db.execute(f"DELETE FROM articles WHERE id IN ({marks})", article_ids)
            for _, sql in triggers:
                self.db.execute(sql)
        return count

    def _slug_like(self, ref: str) -> dict | None:
        """The article whose slug is `ref` written another way: other case,
        ``_`` or spaces for ``-``, accents decomposed (``my_article``, ``Café``)."""
        import unicodedata

        wanted = re.sub(r"[\s_-]+", "-", unicodedata.normalize("NFC", ref).strip().lower())
        if not wanted:
            return None
        for row in self.query("SELECT DISTINCT slug FROM articles"):
            slug = unicodedata.normalize("NFC", row["slug"]).lower()
            if re.sub(r"[\s_-]+", "-", slug) == wanted:
                return self.latest_revision(row["slug"])
        return None

    def _close_slugs(self, ref: str) -> list[str]:
        import difflib

        slugs = [row["slug"] for row in self.query("SELECT DISTINCT slug FROM articles")]
        return difflib.get_close_matches(ref.strip().lower(), slugs, n=3, cutoff=0.6)

    def article(self, ref: str | int) -> dict:
        """An article by id, or the latest revision of a slug."""
        ref_text = str(ref).strip()
        if (number := row_id(ref_text)) is not None:
            rows = self.query("SELECT * FROM articles WHERE id = ?", [number])
            if rows:
                return rows[0]
        found = self.latest_revision(ref_text) or self._slug_like(ref_text)
        if found is None:
            raise NoSuchArticle(ref_text, self._close_slugs(ref_text))
        return found

    def add_article(
        self, *, slug: str, text: str, sha256: str, units: list, model: str, **meta: Any
    ) -> IngestResult:
        """Store an article and its units in one transaction.

        Identical text under the same slug is a no-op. Changed text becomes a new
        revision: units whose text is unchanged keep their reviewers' current
        verdicts (copied as new events); the others wait for review."""
        with self.write():
            latest = self.latest_revision(slug)
            if latest is not None and latest["sha256"] == sha256:
                return self._result(latest, "unchanged")
            row = {
                "slug": slug,
                "text": text,
                "sha256": sha256,
                "revision": latest["revision"] + 1 if latest else 1,
                "previous_id": latest["id"] if latest else None,
                "model": model,
                "ingested_at": schema.utcnow(),
                **{key: meta.get(key) for key in (*METADATA, *SOURCE)},
            }
            article_id = self.insert_row("articles", row)
            previous = self._previous_units(latest["id"]) if latest else {}

            def rows() -> Iterator[tuple]:
                # Made as they are inserted: a long article's rows are never all
                # held at once.
                for seq, unit in enumerate(units, 1):
                    matches = previous.get(unit.text)
                    yield (article_id, seq, unit.start, unit.end, unit.text, unit.kind,
                           unit.section, int(unit.hedged), unit.lemmas, unit.parse,
                           fingerprint(unit.text), matches.popleft() if matches else None)

            self.insert_rows("units", _UNIT_COLUMNS, rows())
            carried = self._carry_reviews(article_id, sha256) if latest else 0
            if latest:
                self._carry_unit_events(article_id, sha256)
            return IngestResult(
                article_id, slug, row["revision"], "revised" if latest else "new",
                len(units), sum(unit.kind == "claim" for unit in units), carried,
            )

    def unchanged(self, slug: str, sha256: str) -> IngestResult | None:
        """The stored article if its latest revision already has this text."""
        latest = self.latest_revision(slug)
        if latest is not None and latest["sha256"] == sha256:
            return self._result(latest, "unchanged")
        return None

    def update_metadata(self, slug: str, sha256: str, values: dict[str, str]) -> list[str]:
        """Set title, url, published, author or publisher on the stored article
        whose latest revision has this text; returns the names of the fields that
        changed."""
        with self.write():
            latest = self.latest_revision(slug)
            if latest is None or latest["sha256"] != sha256:
                return []
            changed = {
                key: value for key, value in values.items()
                if key in METADATA and latest[key] != value
            }
            if changed:
                self.db["articles"].update(latest["id"], changed)
            return sorted(changed)

    def _previous_units(self, article_id: int) -> dict[str, deque[int]]:
        by_text: dict[str, deque[int]] = defaultdict(deque)
        for row in self.query(
            "SELECT id, text FROM units WHERE article_id = ? ORDER BY seq", [article_id]
        ):
            by_text[row["text"]].append(row["id"])
        return by_text

    def _carry_reviews(self, article_id: int, sha256: str) -> int:
        events = self.query(
            """
            SELECT u.id AS new_unit_id, cr.*
            FROM units u JOIN current_reviews cr ON cr.unit_id = u.previous_unit_id
            WHERE u.article_id = ?
            """,
            [article_id],
        )
        copies = []
        for event in events:
            copy = {k: v for k, v in event.items() if k not in ("new_unit_id", "rank")}
            copy["id"] = str(uuid.uuid5(CARRY_NAMESPACE, f"{event['id']}:{sha256}"))
            copy["unit_id"] = event["new_unit_id"]
            copy["carried_from"] = event["id"]
            copy["supersedes"] = None
            copies.append(copy)
        self.db["reviews"].insert_all(copies, ignore=True)
        return len(copies)

    def _carry_unit_events(self, article_id: int, sha256: str) -> int:
        """Corrections and conflict links of the previous revision whose units
        are unchanged here (every unit they name has a successor), copied onto
        the successors: a later revision keeps them, as it keeps verdicts."""
        successor = {
            row["previous_unit_id"]: row
            for row in self.query(
                "SELECT id, start, previous_unit_id FROM units "
                "WHERE article_id = ? AND previous_unit_id IS NOT NULL", [article_id])
        }
        if not successor:
            return 0
        marks = ", ".join("?" for _ in successor)
        events = self.query(
            f"""SELECT e.*, u.start AS unit_start FROM unit_events e
                JOIN units u ON u.id = e.unit_id
                WHERE e.action != 'retract' AND e.unit_id IN ({marks})
                  AND NOT EXISTS (SELECT 1 FROM unit_events undo
                                  WHERE undo.supersedes = e.id AND undo.action = 'retract')
                ORDER BY e.created_at, e.id""",
            list(successor),
        )
        copies = []
        for event in events:
            other = event["other_unit_id"]
            if other is not None and other not in successor:
                continue  # the unit it joins or links to changed
            new = successor[event["unit_id"]]
            value = event["value"]
            if event["action"] == "split":
                value = str(int(value) - event["unit_start"] + new["start"])
            copies.append({
                **{k: v for k, v in event.items() if k != "unit_start"},
                "id": str(uuid.uuid5(CARRY_NAMESPACE, f"{event['id']}:{sha256}")),
                "article_id": article_id, "unit_id": new["id"],
                "other_unit_id": successor[other]["id"] if other is not None else None,
                "value": value,
            })
        self.db["unit_events"].insert_all(copies, ignore=True)
        if copies:
            self.refresh_corrections(article_id)
            self.refresh_reviewer_conflicts(article_id)
        return len(copies)

    def _result(self, article: dict, status: str, carried: int = 0) -> IngestResult:
        counts = self.query(
            "SELECT count(*) AS units, count(*) FILTER (WHERE kind = 'claim') AS claims "
            "FROM units WHERE article_id = ?",
            [article["id"]],
        )[0]
        return IngestResult(
            article["id"], article["slug"], article["revision"], status,
            counts["units"], counts["claims"], carried,
        )

def _enable_wal(db: Database, timeout: float) -> None:
    """Switch to WAL, retrying while another connection holds the file: changing
    the journal mode may answer "locked" at once instead of waiting for the busy
    timeout (seen with several commands opening a new database together)."""
    deadline = time.monotonic() + timeout
    while db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        try:
            db.enable_wal()
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _read_only(path: str) -> bool:
    """A database nobody may write: no write permission for this user, or no
    write bit at all (a file someone protected with chmod -w, even from root)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return False
    return not os.access(path, os.W_OK) or not mode & 0o222


def write_failure(error: sqlite3.OperationalError) -> str | None:
    """What a user can do about SQLite failing to write, or None if not that."""
    message = str(error)
    if "full" in message:
        return "the disk is full (or the file reached its size limit)"
    if "readonly" in message:
        return "the database cannot be written (read-only file or folder)"
    if "disk I/O error" in message:
        return ("writing to the disk failed (disk I/O error: a full disk, a file size limit "
                "or a failing disk)")
    return None


def _check_file(path: str, create: bool) -> None:
    """Refuse, without touching it, a file that exists but is not SQLite; and,
    unless ``create``, a database that does not exist yet."""
    target = Path(path)
    if not target.exists():
        if not create:
            raise StoreError(f"no database at {path}: ingest an article first, or pass -d")
        if not target.parent.is_dir():
            raise StoreError(f"cannot create {path}: no folder {target.parent}")
        return
    if target.is_dir():
        raise NotADatabase(path)
    with target.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise NotADatabase(path)
    if not header and not create:
        raise StoreError(f"{path} is empty, not an annotator database")


def _append_only_triggers(db: Database) -> list[tuple[str, str]]:
    """(name, SQL) of the triggers that refuse deletes on the event logs."""
    return [(row[0], row[1]) for row in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_no_delete'"
    ).fetchall()]
