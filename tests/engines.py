"""The database engine a test runs on, and its databases there.

The store (search included), review, exchange and report tests run on both
engines: their folders' conftest.py use :func:`engine`, an autouse fixture with
one parameter per engine; so do the conflict tests of tests/consistency and
tests/cli/test_tag.py, which import it. On PostgreSQL, databases are copies
(``CREATE DATABASE … TEMPLATE``) of two made once per session on the throwaway
server of ``pg_cluster``: one with the schema only, one with the seed ingested
through the real ``annotator ingest``. Tests that read the SQLite file itself
(its bytes, pragmas, locks, query plans) carry ``@pytest.mark.sqlite_only`` and
run on SQLite only.
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

ENGINES = ("sqlite", "postgresql")
CURRENT: dict = {"engine": "sqlite", "cluster": None, "made": []}
_TEMPLATES: dict[str, str] = {}
_NAMES = itertools.count(1)


def on_postgresql() -> bool:
    return CURRENT["engine"] == "postgresql"


def empty_database(target: Path) -> Path | str:
    """Where a test's new database goes: the SQLite path (created on first
    use), or a fresh PostgreSQL database with the schema (`team init`)."""
    return _copy_of("schema") if on_postgresql() else target


def seeded_copy(tmp_path_factory, target: Path) -> Path | str:
    """A fresh copy of the database holding the ingested seed."""
    if on_postgresql():
        return _copy_of("seed")
    from tests.conftest import ingested_seed

    shutil.copy(ingested_seed(tmp_path_factory), target)
    return target


def _copy_of(kind: str) -> str:
    cluster = CURRENT["cluster"]
    if kind not in _TEMPLATES:
        _TEMPLATES[kind] = _make_template(cluster, kind)
    name = f"t_{kind}_{next(_NAMES)}"
    url = cluster.create_database(name, template=_TEMPLATES[kind])
    CURRENT["made"].append(name)
    return url


def _make_template(cluster, kind: str) -> str:
    from click.testing import CliRunner

    from annotator.cli.main import cli
    from tests.conftest import SEED

    name = f"template_{kind}"
    url = cluster.create_database(name)
    result = CliRunner().invoke(cli, ["team", "init", url])
    assert result.exit_code == 0, result.output
    if kind == "seed":
        result = CliRunner().invoke(cli, ["ingest", str(SEED), "-d", url])
        assert result.exit_code == 0, result.output
    return name


@pytest.fixture(params=ENGINES, autouse=True)
def engine(request):
    """Runs the test once per engine (see the module's docstring)."""
    if request.param == "postgresql":
        CURRENT.update(engine="postgresql", cluster=request.getfixturevalue("pg_cluster"))
    try:
        yield request.param
    finally:
        made, CURRENT["made"] = CURRENT["made"], []
        for name in made:
            CURRENT["cluster"].drop_database(name)
        CURRENT.update(engine="sqlite")


def deselect_sqlite_only(config, items) -> None:
    """Leave out the PostgreSQL run of tests marked sqlite_only (reported as
    deselected, not skipped: there is nothing to run)."""
    keep, drop = [], []
    for item in items:
        engine = getattr(item, "callspec", None) and item.callspec.params.get("engine")
        if engine == "postgresql" and item.get_closest_marker("sqlite_only"):
            drop.append(item)
        else:
            keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def execute_raw(db: Path | str, sql: str) -> None:
    """Run `sql` on the database behind the store's back (a raw connection),
    committing it: what someone with a database client could do."""
    if isinstance(db, str) and db.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(db) as conn:
            conn.execute(sql)
        return
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute(sql)
    finally:
        conn.close()


def refused_by_trigger() -> type[Exception]:
    """What the engine raises when an append-only trigger refuses a change."""
    if on_postgresql():
        import psycopg

        return psycopg.errors.RaiseException
    import sqlite3

    return sqlite3.IntegrityError
