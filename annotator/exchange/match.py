"""Where a review line lands: its article, the units its quote covers, and
the events it makes there. Event ids of plain review lines are derived from
their content (uuid5), so importing the same file twice adds nothing."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from annotator.errors import AnnotatorError
from annotator.exchange.quotes import MIN_OVERLAP, covered_units, locate, shared_length
from annotator.verdicts import RETRACT

IMPORT_NAMESPACE = uuid.UUID("0b7f3c1e-8d2a-4f55-9c61-3e2d7a9b4f10")


def default_article(store, path: Path) -> tuple[str | None, str | None]:
    """The article for lines that name none: the file's name before its first
    dot, else the only article stored. Returns ``(ref, why)``, ``why`` saying
    how an article was picked when the file name did not say it."""
    stem = path.name.split(".")[0]
    if store.latest_revision(stem):
        return stem, None
    latest = store.articles()
    if len(latest) != 1:
        return None, None
    only = latest[0]
    return str(only["id"]), (
        f"{only['slug']} (id {only['id']}), the only article here: the file name "
        f"{path.name!r} names none (pass --article to choose)"
    )


def target_article(store, record: dict, fallback: str | None) -> tuple[dict | None, bool]:
    """The article a line goes into, and whether it is the fallback."""
    slug, sha256 = record.get("article"), record.get("sha256")
    if slug and sha256:
        exact = store.article_with_text(slug, sha256)
        if exact:
            return exact, False
    for ref, used in ((slug, False), (fallback, True)):
        if ref:
            try:
                return store.article(ref), used
            except AnnotatorError:
                continue
    return None, False


def events_for(
    store, article: dict, units: list[dict], record: dict, fields: dict, reviewer: str
) -> tuple[list[dict], str | None]:
    """The events a line makes (none when it matches no unit), and a warning
    about how its quote matched, if it deserves one."""
    common = {**fields, "reviewer": fields["reviewer"] or reviewer}
    created_at = common.pop("created_at")
    stored_events = record.get("events")
    if stored_events and record.get("sha256") == article["sha256"]:
        # Exported from this very text: every event goes back to its unit, as it was.
        by_span = {(u["start"], u["end"]): u["id"] for u in units}
        rows = []
        for item in stored_events:
            unit_id = by_span.get((item.get("unit_start"), item.get("unit_end")))
            if unit_id is None or not item.get("id"):
                return [], None
            rows.append({
                **common, "id": item["id"], "unit_id": unit_id,
                "created_at": created_at, "supersedes": item.get("supersedes"),
                "carried_from": item.get("carried_from"),
                "quote": item["quote"] if "quote" in item else record.get("quote"),
            })
        return rows, None
    span = locate(article["text"], record.get("quote"), record.get("start"), record.get("end"))
    if span is None or fields["action"] == RETRACT:  # a retraction needs its own revision
        return [], None
    quote = article["text"][span[0]:span[1]]
    basis = json.dumps(
        [sorted(e.get("id", "") for e in stored_events or []), common, quote],
        sort_keys=True, ensure_ascii=False,
    )
    covered = covered_units(units, span)
    events = [
        {
            # created_at stays None for now: stamped when inserted (reviews_import).
            **common, "unit_id": unit["id"], "created_at": created_at, "quote": quote,
            "id": str(uuid.uuid5(
                IMPORT_NAMESPACE, f"{basis}|{article['sha256']}|{unit['start']}|{unit['end']}"
            )),
        }
        for unit in covered
    ]
    return events, _match_warning(quote, span, covered)


def _match_warning(quote: str, span: tuple[int, int], covered: list[dict]) -> str | None:
    """Why a quote's match deserves a look, if it does: the quote covers less
    than half (:data:`~annotator.exchange.quotes.MIN_OVERLAP`) of a unit it is mapped to;
    or it maps only to units that are not claims, without covering them whole
    (a whole promo line quoted on purpose is fine, a word of the title is not)."""
    if not covered:
        return None
    no_claim = all(unit["kind"] != "claim" for unit in covered)
    parts = []
    for unit in covered:
        length, shared = unit["end"] - unit["start"], shared_length(unit, span)
        if shared < MIN_OVERLAP * length or (no_claim and shared < length):
            parts.append(f"unit {unit['id']}, a {unit['kind']} ({shared} of {length} characters)")
    if not parts:
        return None
    excerpt = quote if len(quote) <= 40 else quote[:37] + "..."
    tail = " and matches no claim" if no_claim else ""
    return (f"the quote {excerpt!r} is only part of {', '.join(parts)}{tail}; "
            "imported anyway, check it")


def excerpt(record: dict) -> str:
    quote = record.get("quote") or f"offsets {record.get('start')}-{record.get('end')}"
    return repr(quote if len(quote) <= 60 else quote[:57] + "...")
