import hashlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data"
SEED = CORPUS / "ketamine-depression.txt"


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
    return tmp_path / "claims.db"


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
    """A fresh copy of the ingested seed database."""
    path = tmp_path / "claims.db"
    shutil.copy(ingested_seed(tmp_path_factory), path)
    return path


def invoke(runner, *args, input=None, env=None):
    """Run the CLI in-process; arguments may be paths or numbers."""
    from annotator.cli.main import cli

    return runner.invoke(cli, [str(a) for a in args], input=input, env=env,
                         catch_exceptions=False)


def digest(path: Path) -> str:
    """The file's sha256: equal before and after means untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
