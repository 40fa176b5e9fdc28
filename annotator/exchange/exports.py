"""The review log written as review lines (:mod:`annotator.exchange.lines`):
one line per key press or ``tag``, and one per imported quote, with the events
and their UUIDs, so that :func:`~annotator.exchange.imports.import_reviews`
recreates the same events."""

from __future__ import annotations

import json

from annotator.exchange.quotes import locate


def export_reviews(
    store, *, article_id: int | None = None, reviewer: str | None = None,
    slug: str | None = None,
) -> list[dict]:
    """The review log as review lines, oldest first: one line per key press or
    ``tag``, and one per imported quote, however many units it covers. Feeding
    the lines to :func:`~annotator.exchange.imports.import_reviews` recreates the
    same events."""
    groups: dict[tuple, list[dict]] = {}
    for event in store.review_events(article_id, reviewer, slug):
        key: tuple = (event["id"],)
        if event["quote"] is not None:
            # The events one key press or one imported line made share all of these.
            key = tuple(
                json.dumps(event[name], sort_keys=True) for name in (
                    "article_id", "reviewer", "role", "action", "created_at", "verdict",
                    "reasons", "rationale", "evidence", "correction", "claim_text",
                    "rating_text", "quote",
                )
            )
        groups.setdefault(key, []).append(event)
    texts: dict[int, str] = {}
    lines = []
    for members in groups.values():
        first = members[0]
        if first["article_id"] not in texts:
            texts[first["article_id"]] = store.article(first["article_id"])["text"]
        quote, start, end = _quote_span(texts[first["article_id"]], first["quote"], members)
        lines.append({
            "quote": quote, "start": start, "end": end, "verdict": first["verdict"],
            "rationale": first["rationale"], "evidence": first["evidence"],
            "reasons": first["reasons"], "correction": first["correction"],
            **{name: first[name] for name in ("claim_text", "rating_text") if first[name]},
            "action": first["action"], "reviewer": first["reviewer"], "role": first["role"],
            "created_at": first["created_at"], "article": first["slug"],
            "sha256": first["sha256"],
            "events": [_event_item(event, quote) for event in members],
        })
    return lines


def _event_item(event: dict, quote: str) -> dict:
    item = {key: event[key] for key in ("id", "unit_start", "unit_end", "supersedes",
                                        "carried_from")}
    if event["quote"] != quote:
        item["quote"] = event["quote"]  # an event stored without one (before m002)
    return item


def _quote_span(text: str, quote: str | None, members: list[dict]) -> tuple[str, int, int]:
    low = min(event["unit_start"] for event in members)
    high = max(event["unit_end"] for event in members)
    if quote is None:
        return text[low:high], low, high
    span = locate(text, quote, low, low + len(quote))
    if span is None or span[1] <= low or span[0] >= high:
        return quote, low, high  # the quote no longer appears beside its units
    return quote, span[0], span[1]
