"""Shared by the review tests: the seed article ingested once per test session
through the real `annotator ingest`, copied for every test that writes to it."""

from __future__ import annotations

from pathlib import Path

from annotator.store.db import Store
from tests import engines
from tests.conftest import (  # noqa: F401 - re-exported for the review tests
    DATA,
    assert_one_line_error,
    digest,
    ingested_seed,
    invoke,
)

SLUG = "ketamine-depression"
REFERENCE = DATA / "ketamine-depression.review.jsonl"


def seeded_copy(tmp_path_factory, target: Path) -> Path | str:
    """A fresh copy of the ingested seed database at ``target`` (on
    PostgreSQL, a database of its own: tests/engines.py)."""
    return engines.seeded_copy(tmp_path_factory, target)


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


