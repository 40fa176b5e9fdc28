"""The store on PostgreSQL: the team database (psycopg 3).

Everything that differs between the engines lives here, so that the store's
queries are written once:

- :func:`translate` rewrites the store's SQL (written for SQLite, in the
  dialect both engines share) for PostgreSQL: ``?`` and ``:name``
  placeholders, a literal ``%``, and the two SQLite functions the store uses.
- :class:`PgDatabase` offers the part of ``sqlite_utils.Database`` the store
  calls (``query``, ``execute``, ``db[table].insert/insert_all/update``), so
  the query logic runs unchanged on both.
- :func:`schema_statements` derives the PostgreSQL schema from the SQLite
  migrations (applied to a database in memory): one schema, one set of
  migrations. What SQLite does with triggers of its own (full-text search,
  append-only logs, a conflict's status) is written here for PostgreSQL
  (a GIN index on ``to_tsvector``, PL/pgSQL triggers), with the roles of
  ``annotator team init``.

psycopg is imported only when a PostgreSQL URL is opened.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from annotator.errors import StoreError

SCHEMES = ("postgresql://", "postgres://")
# Roles `annotator team init` creates (NOLOGIN: people log in as themselves).
REVIEWER_ROLE = "annotator_reviewer"
EDITOR_ROLE = "annotator_editor"
ROLES = {"reviewer": REVIEWER_ROLE, "editor": EDITOR_ROLE}
# The append-only logs: no role may UPDATE or DELETE them (and triggers refuse it).
EVENT_TABLES = ("reviews", "unit_events", "conflict_decisions")
# The column of each that names who acted.
EVENT_ACTORS = {"reviews": "reviewer", "unit_events": "reviewer",
                "conflict_decisions": "decided_by"}
# What a reviewer may add to besides the event logs: corrections split and join
# units (new rows, the old ones marked retired) and keep conflicts' state.
REVIEWER_WRITES = {"units": "INSERT, UPDATE", "conflicts": "INSERT, UPDATE"}
VERSION_TABLE = "annotator_schema"
# The advisory lock every write transaction takes (writers take turns, as on SQLite).
WRITE_LOCK = 0x616E6E6F


def is_url(target: str) -> bool:
    return str(target).startswith(SCHEMES)


def redacted(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[1]}"))


# SQL ------------------------------------------------------------------------

# Full-text search (SQLite: FTS5 in UnitQueries.search): the English stems of
# every word (plainto_tsquery: no operators), through the GIN index on
# to_tsvector('english', text); best first as rank ascending, like FTS5's.
SEARCH = """
    SELECT u.id, -ts_rank(to_tsvector('english', u.text), q) AS rank, a.slug, u.seq
    FROM units u JOIN articles a ON a.id = u.article_id,
      plainto_tsquery('english', :query) AS q
    WHERE to_tsvector('english', u.text) @@ q AND {where}
    ORDER BY rank, a.slug, u.seq LIMIT :limit"""

_TOKENS = re.compile(r"""('(?:[^']|'')*'|"(?:[^"]|"")*")|(::)|(\?)|:([A-Za-z_]\w*)|(%)""")
_REWRITES = [
    # A list of ids travelling as one JSON array.
    (re.compile(r"SELECT value FROM json_each\((%s|%\(\w+\)s)\)"),
     r"SELECT value::bigint FROM json_array_elements_text(\1::json) AS j(value)"),
    (re.compile(r"\bchar\(31\)"), "chr(31)"),
    # SQLite's IS / IS NOT compare any two values, NULL or not.
    (re.compile(r"\bIS NOT (%s|%\(\w+\)s)"), r"IS DISTINCT FROM \1"),
    (re.compile(r"\bIS (%s|%\(\w+\)s)"), r"IS NOT DISTINCT FROM \1"),
]


@cache
def translate(sql: str) -> str:
    """The store's SQL for psycopg: ``?`` → ``%s``, ``:name`` → ``%(name)s``,
    ``%`` → ``%%``, outside string literals and quoted names."""

    def swap(match: re.Match) -> str:
        quoted, cast, question, name, _ = match.groups()
        if quoted:
            return quoted.replace("%", "%%")
        if cast:
            return cast
        if question:
            return "%s"
        if name:
            return f"%({name})s"
        return "%%"

    out = _TOKENS.sub(swap, sql)
    for pattern, replacement in _REWRITES:
        out = pattern.sub(replacement, out)
    return out


class _Inserted:
    def __init__(self, last_pk: Any):
        self.last_pk = last_pk


class PgTable:
    """``db[name]`` of :class:`PgDatabase`: the inserts and updates the store makes."""

    def __init__(self, db: PgDatabase, name: str):
        self.db = db
        self.name = name

    @property
    def columns_dict(self) -> dict[str, str]:
        """Column names (the types as PostgreSQL names them)."""
        return {row["column_name"]: row["data_type"] for row in self.db.query(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            [self.name])}

    @property
    def count(self) -> int:
        return next(self.db.query(f'SELECT count(*) AS n FROM "{self.name}"'))["n"]

    def insert(self, row: dict) -> _Inserted:
        columns = ", ".join(f'"{key}"' for key in row)
        values = ", ".join(["%s"] * len(row))
        cursor = self.db.conn.execute(
            f'INSERT INTO "{self.name}" ({columns}) VALUES ({values}) RETURNING id',
            list(row.values()),
        )
        return _Inserted(cursor.fetchone()["id"])

    def insert_all(self, rows: Iterable[dict], ignore: bool = False,
                   batch_size: int = 500) -> PgTable:
        # `batch_size` rows at a time, as sqlite-utils does: a generator of a long
        # article's units is never held whole.
        conflict = " ON CONFLICT DO NOTHING" if ignore else ""
        rows = iter(rows)
        while batch := list(itertools.islice(rows, batch_size)):
            keys = list(dict.fromkeys(key for row in batch for key in row))
            columns = ", ".join(f'"{key}"' for key in keys)
            values = ", ".join(["?"] * len(keys))
            self.db.executemany(
                f'INSERT INTO "{self.name}" ({columns}) VALUES ({values}){conflict}',
                ([row.get(key) for key in keys] for row in batch), batch_size,
            )
        return self

    def update(self, pk: Any, values: dict) -> PgTable:
        if values:
            sets = ", ".join(f'"{key}" = %s' for key in values)
            self.db.conn.execute(f'UPDATE "{self.name}" SET {sets} WHERE id = %s',
                                 [*values.values(), pk])
        return self


class PgDatabase:
    """The part of ``sqlite_utils.Database`` the store uses, on psycopg."""

    def __init__(self, conn: Any):
        self.conn = conn

    def query(self, sql: str, params: Iterable[Any] | dict = ()) -> Iterator[dict]:
        cursor = self.conn.execute(translate(sql), _params(params))
        yield from cursor

    def execute(self, sql: str, params: Iterable[Any] | dict = ()) -> Any:
        return self.conn.execute(translate(sql), _params(params))

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]], batch_size: int = 500) -> None:
        # `batch_size` rows at a time: a generator's rows are never all held at once.
        sql, rows = translate(sql), iter(rows)
        with self.conn.cursor() as cursor:
            while batch := [list(row) for row in itertools.islice(rows, batch_size)]:
                cursor.executemany(sql, batch)

    def __getitem__(self, name: str) -> PgTable:
        return PgTable(self, name)

    @contextmanager
    def atomic(self) -> Iterator[PgDatabase]:
        with self.conn.transaction():
            yield self

    def close(self) -> None:
        self.conn.close()

    def __del__(self) -> None:
        # Like an SQLite connection, one dropped without close() closes quietly.
        conn = getattr(self, "conn", None)
        if conn is not None and not conn.closed:
            conn.close()


def failure(error: Exception) -> str:
    """One line for what the team database refused or could not do; the
    transaction was rolled back whole."""
    first = (str(error).strip().splitlines() or [type(error).__name__])[0]
    sqlstate = getattr(error, "sqlstate", None) or ""
    if sqlstate == "42501":  # insufficient_privilege
        return f"the team database refused: {first} (not allowed to your role); nothing was changed"
    if sqlstate.startswith("08") or type(error).__name__ == "OperationalError":
        return f"lost the team database: {first}; nothing was changed"
    return f"the team database refused: {first}; nothing was changed"


def _params(params: Iterable[Any] | dict) -> Any:
    return params if isinstance(params, dict) else list(params)


def connect(url: str) -> PgDatabase:
    """A connection in autocommit mode (the store opens its own transactions),
    rows as dicts. libpq reads PGPASSWORD, ~/.pgpass and PGSERVICE."""
    try:
        import psycopg
        from psycopg.rows import dict_row
    except ImportError:  # pragma: no cover - psycopg is a dependency
        raise StoreError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from None
    try:
        # Parameters bound on the client, as SQLite binds them: `? IS NULL` needs
        # no type for the server to infer.
        conn = psycopg.connect(url, autocommit=True, row_factory=dict_row,
                               cursor_factory=psycopg.ClientCursor)
    except psycopg.OperationalError as error:
        reason = " ".join(str(error).split())
        raise StoreError(f"cannot connect to {redacted(url)}: {reason}") from None
    except psycopg.ProgrammingError as error:
        raise StoreError(f"not a PostgreSQL URL {redacted(url)}: {error}") from None
    return PgDatabase(conn)


# Schema ---------------------------------------------------------------------

_TYPES = {"INTEGER": "BIGINT", "TEXT": "TEXT", "REAL": "DOUBLE PRECISION",
          "FLOAT": "DOUBLE PRECISION", "BLOB": "BYTEA"}


def migration_names() -> list[str]:
    """The migrations a schema made now holds, in order (``team init`` records
    them; every command opening the team database compares), read from the
    migrations module's names without applying anything."""
    from annotator.store import migrations

    return sorted(name for name in vars(migrations) if re.fullmatch(r"m\d{3}_\w+", name))


@cache
def schema_statements() -> tuple[str, ...]:
    """CREATE statements of the PostgreSQL schema: the tables, indexes and views
    the SQLite migrations give (read from a database migrated in memory), then
    what PostgreSQL does its own way."""
    from annotator.store.migrations import migrations
    from annotator.store.schema import database

    memory = database(sqlite3.connect(":memory:"))
    migrations.apply(memory)
    conn = memory.conn
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'units_fts%' "
        "AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY rowid")]
    statements, keys = [], []
    for table in tables:
        columns = []
        for _, name, kind, notnull, default, pk in conn.execute(
                f"PRAGMA table_info('{table}')"):
            pg = _TYPES[kind.upper()]
            if pk and pg == "BIGINT":
                columns.append(f'"{name}" BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY')
                continue
            column = f'"{name}" {pg}'
            if pk:
                column += " PRIMARY KEY"
            if notnull:
                column += " NOT NULL"
            if default is not None:
                column += f" DEFAULT {default}"
            columns.append(column)
        statements.append(f'CREATE TABLE "{table}" ({", ".join(columns)})')
        for row in conn.execute(f"PRAGMA foreign_key_list('{table}')"):
            keys.append(f'ALTER TABLE "{table}" ADD FOREIGN KEY ("{row[3]}") '
                        f'REFERENCES "{row[2]}" ("{row[4]}")')
    statements += keys
    for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type IN ('index', 'view') AND sql IS NOT NULL "
            "AND tbl_name NOT LIKE '\\_%' ESCAPE '\\' AND tbl_name NOT LIKE 'units_fts%' "
            "ORDER BY type, rowid"):
        statements.append(sql)
    memory.close()
    return (*statements, *_OWN_WAY)


# What SQLite does with triggers of its own, done PostgreSQL's way.
_OWN_WAY = (
    # Full-text search: a GIN index on the English stems (SQLite: FTS5, Porter).
    "CREATE INDEX units_text_search ON units USING gin (to_tsvector('english', text))",
    # A decision on a conflict sets the conflict's current status.
    """CREATE FUNCTION annotator_conflict_status() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE conflicts SET status = NEW.status, decided_by = NEW.decided_by,
        decided_at = NEW.decided_at WHERE id = NEW.conflict_id;
      RETURN NEW;
    END $$""",
    """CREATE TRIGGER conflict_decisions_status AFTER INSERT ON conflict_decisions
    FOR EACH ROW EXECUTE FUNCTION annotator_conflict_status()""",
    # The event logs are append-only, whoever connects (the roles have no right to
    # change them either).
    # `annotator remove` (the owner: no role may DELETE) sets annotator.removing.
    """CREATE FUNCTION annotator_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' AND current_setting('annotator.removing', true) = 'on' THEN
        RETURN OLD;
      END IF;
      RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
    END $$""",
    *(f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
    FOR EACH ROW EXECUTE FUNCTION annotator_append_only()""" for table in EVENT_TABLES),
    # On the team database, a reviewer's events carry their own login: nobody
    # writes as someone else. Editors may (merge and ingest copy others' events).
    """CREATE FUNCTION annotator_own_name() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      event jsonb := to_jsonb(NEW);
      name text := event ->> TG_ARGV[0];  -- the column naming who acted
    BEGIN
      IF pg_has_role(current_user, 'annotator_reviewer', 'MEMBER')
         AND NOT pg_has_role(current_user, 'annotator_editor', 'MEMBER') THEN
        IF name IS DISTINCT FROM current_user THEN
          RAISE EXCEPTION 'a reviewer records events under their own login (%), not as %',
            current_user, name USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF event ->> 'role' = 'editor' THEN
          RAISE EXCEPTION 'only an editor adjudicates (% is a reviewer)', current_user
            USING ERRCODE = 'insufficient_privilege';
        END IF;
      END IF;
      RETURN NEW;
    END $$""",
    *(f"""CREATE TRIGGER {table}_own_name BEFORE INSERT ON {table}
    FOR EACH ROW EXECUTE FUNCTION annotator_own_name('{column}')"""
      for table, column in EVENT_ACTORS.items()),
)


def _grants() -> list[str]:
    """What each role may do (granted once per database; the roles themselves
    exist once per server)."""
    return [
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {REVIEWER_ROLE}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {REVIEWER_ROLE}",
        *(f"GRANT INSERT ON {table} TO {REVIEWER_ROLE}" for table in EVENT_TABLES),
        *(f"GRANT {rights} ON {table} TO {REVIEWER_ROLE}"
          for table, rights in REVIEWER_WRITES.items()),
        f"GRANT {REVIEWER_ROLE} TO {EDITOR_ROLE}",
        f"GRANT INSERT, UPDATE ON articles, units, conflicts, suggestions TO {EDITOR_ROLE}",
    ]


def schema_version(db: PgDatabase) -> list[str] | None:
    """The migrations the database holds, or None if it has no annotator schema."""
    found = list(db.query("SELECT to_regclass(?) AS t", [VERSION_TABLE]))
    if found[0]["t"] is None:
        return None
    return [row["name"] for row in db.query(f"SELECT name FROM {VERSION_TABLE} ORDER BY name")]


def set_up(db: PgDatabase) -> bool:
    """`team init`, in one transaction: the schema (recorded with the migrations
    it holds) if the database has none, the roles that do not exist yet, and
    their rights. Returns whether the schema was created; again, it changes
    nothing."""
    with db.atomic():
        created = schema_version(db) is None
        for role in (REVIEWER_ROLE, EDITOR_ROLE):
            if not list(db.query("SELECT 1 FROM pg_roles WHERE rolname = ?", [role])):
                db.conn.execute(f"CREATE ROLE {role} NOLOGIN")
        if created:
            for statement in schema_statements():
                db.conn.execute(statement)
            db.conn.execute(f"CREATE TABLE {VERSION_TABLE} (name TEXT PRIMARY KEY)")
            db[VERSION_TABLE].insert_all([{"name": name} for name in migration_names()])
        for statement in _grants():
            db.conn.execute(statement)
    return created


def add_person(db: PgDatabase, name: str, role: str, password: str | None) -> bool:
    """A login for `name` in `role` (reviewer or editor); returns False when the
    login existed (its role is then set to `role`). The password goes into the
    statement as a literal psycopg quotes; it is never printed."""
    from psycopg import sql

    member = ROLES[role]
    other = ROLES["editor" if role == "reviewer" else "reviewer"]
    with db.atomic():
        exists = list(db.query("SELECT 1 FROM pg_roles WHERE rolname = ?", [name]))
        login = sql.Identifier(name)
        if not exists:
            statement = sql.SQL("CREATE ROLE {} LOGIN").format(login)
            if password is not None:
                statement = sql.SQL("{} PASSWORD {}").format(statement, sql.Literal(password))
            db.conn.execute(statement)
        elif password is not None:
            db.conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                login, sql.Literal(password)))
        db.conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), login))
        db.conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(member), login))
    return not exists


def team(db: PgDatabase) -> list[dict]:
    """Who may log in to review or edit: name and role."""
    return list(db.query(
        """SELECT m.rolname AS name,
             CASE WHEN pg_has_role(m.oid, ?, 'MEMBER') THEN 'editor' ELSE 'reviewer' END AS role
           FROM pg_roles m WHERE m.rolcanlogin AND pg_has_role(m.oid, ?, 'MEMBER')
           ORDER BY m.rolname""", [EDITOR_ROLE, REVIEWER_ROLE]))


def may_act_for_others(db: PgDatabase) -> bool:
    """Whether this login may record events under other names: an editor, or
    the database's owner (what the server's own-name trigger allows)."""
    row = next(db.query(
        "SELECT pg_has_role(current_user, ?, 'MEMBER') AS reviewer, "
        "pg_has_role(current_user, ?, 'MEMBER') AS editor", [REVIEWER_ROLE, EDITOR_ROLE]))
    return row["editor"] or not row["reviewer"]


def login(db: PgDatabase) -> str:
    return next(db.query("SELECT current_user AS name"))["name"]
