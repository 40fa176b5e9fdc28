"""What every store module shares: the clock of stored events and the check that
a database's schema is one this code knows."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from sqlite_utils import Database

from annotator.errors import ForeignDatabase, SchemaTooNew
from annotator.store.migrations import migrations


def utcnow() -> str:
    """The time stored with every event: UTC, ISO 8601, microseconds."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def database(conn: sqlite3.Connection) -> Database:
    """sqlite-utils over `conn`, without its plugins: finding them scans every
    installed package's entry points (about 25 ms, a tenth of a command's
    start-up), and none has a say in annotator's connection."""
    return Database(conn, execute_plugins=False)


def check_schema(db: Database, path: str) -> None:
    """Refuse a database another program made (tables, but none of annotator's
    migrations), or one with migrations this code does not know (written by a
    newer annotator), before anything touches it."""
    tables = [name for name in db.table_names() if not name.startswith("sqlite_")]
    if tables and "_sqlite_migrations" not in tables:
        raise ForeignDatabase(path, tables)
    if "_sqlite_migrations" in tables and not migrations.applied(db) and len(tables) > 1:
        raise ForeignDatabase(path, [t for t in tables if t != "_sqlite_migrations"])
    known = {migration.name for migration in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise SchemaTooNew(path, unknown)
