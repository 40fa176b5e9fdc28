"""Merging the review log of another annotator database (a reviewer's own copy)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from annotator.errors import BadReviewFile
from annotator.store.review_io import read_other_reviews


@dataclass
class MergeReport:
    events: int = 0
    added: int = 0
    present: int = 0
    unmatched: dict[str, int] = field(default_factory=dict)  # slug: events without a unit


def merge_database(store, other: str | Path) -> MergeReport:
    """Copy the review events of another annotator database into this one.

    Units are matched by article slug, text sha256 and offsets, so both copies
    must have ingested the same text. Events keep their UUIDs: merging twice,
    or in either direction, converges on the same log. The other file is opened
    read-only and never changed. Refused: the database itself (a mistaken
    path, not a copy), and a file written by a newer annotator."""
    if _same_file(Path(other), Path(store.path)):
        raise BadReviewFile(
            f"{other} is the database being merged into (-d {store.path}); "
            "give another reviewer's copy"
        )
    rows = read_other_reviews(Path(other))
    columns = set(store.db["reviews"].columns_dict)
    report = MergeReport(events=len(rows))
    units: dict[tuple[str, str], dict[tuple[int, int], int] | None] = {}
    fresh = []
    for row in rows:
        key = (row["slug"], row["sha256"])
        if key not in units:
            article = store.article_with_text(*key)
            units[key] = None if article is None else {
                (u["start"], u["end"]): u["id"] for u in store.units(article["id"])
            }
        unit_id = (units[key] or {}).get((row["unit_start"], row["unit_end"]))
        if unit_id is None:
            report.unmatched[row["slug"]] = report.unmatched.get(row["slug"], 0) + 1
            continue
        fresh.append({k: v for k, v in row.items() if k in columns} | {"unit_id": unit_id})
    added = store.insert_review_events(fresh)
    report.added, report.present = len(added), len(fresh) - len(added)
    return report


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)  # also through symbolic and hard links
    except OSError:  # either does not exist (yet)
        return False
