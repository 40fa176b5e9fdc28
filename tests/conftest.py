import json
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
