"""Every statement annotator sends to SQLite, with its parameters: the
``recorded_sql`` fixture (tests/conftest.py) swaps in a connection class that
records before it runs. For tests about the SQL itself (built only from
parameters; reaching tables through indexes)."""

from __future__ import annotations

import sqlite3

RECORDED: list[tuple[str, object]] = []


class Recording:
    def execute(self, sql, parameters=(), /):
        RECORDED.append((sql, parameters))
        return super().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        RECORDED.append((sql, None))
        return super().executemany(sql, parameters)

    def executescript(self, sql, /):
        RECORDED.append((sql, None))
        return super().executescript(sql)


class RecordingCursor(Recording, sqlite3.Cursor):
    pass


class RecordingConnection(Recording, sqlite3.Connection):
    def cursor(self, factory=RecordingCursor):
        return super().cursor(factory)
