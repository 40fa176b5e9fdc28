import hashlib
import itertools
import json
import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

# On CI (the CI variable set, as CI services do) the property tests draw the same
# examples every run, so that a submission's CI does not fail on an example no run
# had met before; a developer's runs keep drawing new ones (a dash opening a
# sentence crashed the segmenter that way).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data"
SEED = CORPUS / "ketamine-depression.txt"

# The Ctrl-C tests press Ctrl-C in the commands they start, as a user at a terminal
# would. A test run started where SIGINT is ignored (a background job of a shell
# without job control) would hand that on to every command it starts (an ignored
# signal stays ignored across exec): the commands get the usual handling back.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    # Tests never see the developer's own database, reviewer or model settings.
    for name in ("ANNOTATOR_DB", "ANNOTATOR_REVIEWER", "ANNOTATOR_MODEL", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def db_path(tmp_path):
    """A new database: a path on SQLite; on PostgreSQL (tests/engines.py) a
    fresh database with the schema."""
    from tests.engines import empty_database

    return empty_database(tmp_path / "claims.db")


@pytest.fixture(scope="session")
def seed_text():
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold_units():
    with (DATA / "ketamine-depression.units.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


_SEED_TEMPLATE: list[Path] = []


def ingested_seed(tmp_path_factory) -> Path:
    """The seed article ingested once per test session through the real
    `annotator ingest`; tests that write take a copy (see `seeded`)."""
    if not _SEED_TEMPLATE:
        from annotator.cli.main import cli

        path = tmp_path_factory.mktemp("seed") / "claims.db"
        result = CliRunner().invoke(cli, ["ingest", str(SEED), "-d", str(path)])
        assert result.exit_code == 0, result.output
        _SEED_TEMPLATE.append(path)
    return _SEED_TEMPLATE[0]


@pytest.fixture
def seeded(tmp_path_factory, tmp_path):
    """A fresh copy of the ingested seed database (on the test's engine)."""
    from tests.engines import seeded_copy

    return seeded_copy(tmp_path_factory, tmp_path / "claims.db")


def pytest_collection_modifyitems(config, items):
    from tests.engines import deselect_sqlite_only

    deselect_sqlite_only(config, items)


def invoke(runner, *args, input=None, env=None):
    """Run the CLI in-process; arguments may be paths or numbers."""
    from annotator.cli.main import cli

    return runner.invoke(cli, [str(a) for a in args], input=input, env=env,
                         catch_exceptions=False)


def digest(path: Path | str) -> str:
    """The file's sha256: equal before and after means untouched. On the team
    database (a URL): the sha256 of every row of every table, in order."""
    if isinstance(path, str) and path.startswith("postgresql://"):
        from tests.pg import table_digest

        return table_digest(path)
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def assert_one_line_error(result, fragment: str, code: int = 1) -> None:
    """One ``Error: …`` line on stderr naming ``fragment``, exit ``code``, no traceback."""
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ") and fragment in lines[0], lines[0]
    assert "Traceback" not in result.output


@pytest.fixture
def recorded_sql(monkeypatch):
    """(sql, parameters) of every statement run while the test runs."""
    import sqlite3

    from tests.recording import RECORDED, RecordingConnection

    connect = sqlite3.connect

    def recording_connect(*args, **kwargs):
        kwargs.setdefault("factory", RecordingConnection)
        return connect(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", recording_connect)
    RECORDED.clear()
    yield RECORDED
    RECORDED.clear()


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL server (tests/pg.py), started the first time a
    test asks for it and stopped at the end of the session."""
    from tests.pg import Cluster

    cluster = Cluster().start()
    yield cluster
    cluster.stop()


_PG_DATABASES = itertools.count(1)


@pytest.fixture
def make_pg_database(pg_cluster):
    """Creates fresh databases on the session's server, ``make_pg_database()``
    an empty one and ``make_pg_database(template=name)`` a copy of ``name``;
    each returns its libpq URL, and all are dropped after the test."""
    names = []

    def make(template=None):
        name = f"t_{next(_PG_DATABASES)}"
        names.append(name)
        return pg_cluster.create_database(name, template=template)

    yield make
    for name in names:
        pg_cluster.drop_database(name)


@pytest.fixture
def pg_url(make_pg_database):
    """The libpq URL of a fresh, empty database on the session's server,
    dropped after the test."""
    return make_pg_database()
