"""Shared by the review tests: the seed article ingested once per test session
through the real `annotator ingest`, copied for every test that writes to it."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from annotator.cli import cli
from annotator.store import Store

from .conftest import DATA, ingested_seed

SLUG = "ketamine-depression"
REFERENCE = DATA / "ketamine-depression.review.jsonl"


def seeded_copy(tmp_path_factory, target: Path) -> Path:
    """A fresh copy of the ingested seed database at ``target``."""
    shutil.copy(ingested_seed(tmp_path_factory), target)
    return target


def invoke(runner, *args, input=None, env=None):
    return runner.invoke(cli, [str(a) for a in args], input=input, env=env,
                         catch_exceptions=False)


def claims(db: Path, kinds=("claim",)) -> list[dict]:
    store = Store.open(db)
    try:
        return store.units(store.article(SLUG)["id"], kinds=kinds)
    finally:
        store.close()


def verdicts(db: Path, reviewer: str = "ana") -> dict[int, dict]:
    store = Store.open(db)
    try:
        return store.reviewer_verdicts(store.article(SLUG)["id"], reviewer)
    finally:
        store.close()


def rows(db: Path) -> list[dict]:
    """The whole review log, in log order."""
    store = Store.open(db)
    try:
        return store.query("SELECT * FROM reviews ORDER BY created_at, id")
    finally:
        store.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line_error(result, fragment: str, code: int = 1) -> None:
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ") and fragment in lines[0], lines[0]
    assert "Traceback" not in result.output
