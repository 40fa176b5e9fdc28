"""Merging the review log of another annotator database (a reviewer's own copy)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from annotator.errors import BadReviewFile
from annotator.store import postgres
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
    if str(other) == store.path or (
            not postgres.is_url(str(other)) and _same_file(Path(other), Path(store.path))):
        raise BadReviewFile(
            f"{other} is the database being merged into (-d {store.path}); "
            "give another reviewer's copy"
        )
    if postgres.is_url(str(other)):
        from annotator.store.db import Store

        team = Store.open(str(other))
        try:
            rows, unit_rows = team.all_events()
        finally:
            team.close()
    else:
        rows, unit_rows = read_other_reviews(Path(other))
    report = MergeReport(events=len(rows) + len(unit_rows))
    articles: dict[tuple[str, str], tuple[int, dict[tuple[int, int], int]] | None] = {}

    def locate(row: dict, start: str, end: str) -> tuple[int, int | None] | None:
        """(article id, unit id here) of the unit the row's offsets name: a unit
        as corrected here, else one corrected away (its verdicts stay with it)."""
        key = (row["slug"], row["sha256"])
        if key not in articles:
            article = store.article_with_text(*key)
            if article is None:
                articles[key] = None
            else:
                units = sorted(store.units(article["id"], retired=True),
                               key=lambda u: u["retired_by"] is None)
                articles[key] = (article["id"], {(u["start"], u["end"]): u["id"] for u in units})
        if articles[key] is None:
            return None
        article_id, units = articles[key]
        return article_id, units.get((row[start], row[end]))

    def unmatched(row: dict) -> None:
        report.unmatched[row["slug"]] = report.unmatched.get(row["slug"], 0) + 1

    # Unit events first, in rounds: a correction may name a unit that an earlier
    # one creates (a piece of a split), which exists here only once that is applied.
    event_columns = set(store.db["unit_events"].columns_dict)
    pending, added, matched = list(unit_rows), [], 0
    while pending:
        ready, waiting = [], []
        for row in pending:
            found = locate(row, "unit_start", "unit_end")
            other = locate(row, "other_start", "other_end") if row["other_unit_id"] else None
            if found is None or found[1] is None or (other is not None and other[1] is None):
                waiting.append(row)
                continue
            ready.append({k: v for k, v in row.items() if k in event_columns} | {
                "article_id": found[0], "unit_id": found[1],
                "other_unit_id": other[1] if other else None,
            })
        if not ready:
            break
        added += store.insert_unit_events(ready)
        matched += len(ready)
        articles.clear()  # corrections may have made new units
        pending = waiting
    for row in pending:
        unmatched(row)

    columns = set(store.db["reviews"].columns_dict)
    fresh = []
    for row in rows:
        found = locate(row, "unit_start", "unit_end")
        if found is None or found[1] is None:
            unmatched(row)
            continue
        fresh.append({k: v for k, v in row.items() if k in columns} | {"unit_id": found[1]})
    added += store.insert_review_events(fresh)
    matched += len(fresh)
    report.added, report.present = len(added), matched - len(added)
    return report


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)  # also through symbolic and hard links
    except OSError:  # either does not exist (yet)
        return False
