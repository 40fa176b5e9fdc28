"""Reviews in and out: JSON-lines files (import, export) and other databases (merge).

A review line quotes the article (``quote``, or ``start``/``end``) and says
``verdict``, ``rationale``, ``evidence`` (the format of the shared reference
review). Export adds what the log knows (reviewer, role, time, reasons,
correction and the ``events`` with their UUIDs), so that export → import is
lossless. Event ids of plain review lines are derived from their content
(uuid5), so importing the same file twice adds nothing.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .errors import AnnotatorError, BadReviewFile
from .evidence import from_dict
from .quotes import covered_units, locate
from .verdicts import NOTE, RETRACT, ROLES, TAG, parse_reasons, parse_verdict

IMPORT_NAMESPACE = uuid.UUID("0b7f3c1e-8d2a-4f55-9c61-3e2d7a9b4f10")
LINE_FIELDS = ("quote", "start", "end", "verdict", "rationale", "evidence")


@dataclass
class ImportReport:
    lines: int = 0
    matched: int = 0
    added: int = 0
    present: int = 0
    unmatched: list[tuple[int, str]] = field(default_factory=list)  # (line number, why)


def read_lines(path: str | Path) -> list[tuple[int, dict]]:
    """Numbered JSON objects of a JSON-lines file; blank lines are skipped."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise BadReviewFile(f"cannot read {path}: {error}") from None
    records = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise BadReviewFile(f"{path}:{number}: not JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise BadReviewFile(f"{path}:{number}: expected a JSON object")
        records.append((number, record))
    return records


def check_line(record: dict) -> dict:
    """The line's review fields, validated; raises :class:`AnnotatorError`."""
    action = record.get("action", TAG)
    if action not in (TAG, NOTE, RETRACT):
        raise AnnotatorError(f"unknown action {action!r}")
    if record.get("role", "reviewer") not in ROLES:
        raise AnnotatorError(f"unknown role {record.get('role')!r}")
    if action == RETRACT and not record.get("events"):
        raise AnnotatorError("a retract line needs the events it undoes")
    verdict = record.get("verdict")
    if action == TAG and (not isinstance(verdict, str) or parse_verdict(verdict) != verdict):
        raise AnnotatorError(
            f"verdict must be supported, contradictory or unsupported, not {verdict!r}"
        )
    for key in ("rationale", "correction", "quote"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise AnnotatorError(f"{key} must be text")
    reasons, evidence = record.get("reasons"), record.get("evidence")
    if reasons is not None and tuple(reasons) != parse_reasons(reasons):
        raise AnnotatorError(f"reasons must be known tags in canonical order: {reasons!r}")
    if evidence is not None:
        if not isinstance(evidence, list):
            raise AnnotatorError("evidence must be a list of {kind, value, note}")
        for item in evidence:
            from_dict(item)
    created_at = record.get("created_at")
    if created_at is not None:
        try:
            moment = datetime.fromisoformat(created_at)
        except (TypeError, ValueError):
            raise AnnotatorError(f"created_at {created_at!r} is not an ISO 8601 time") from None
        if moment.tzinfo is None:
            raise AnnotatorError(f"created_at {created_at!r} has no time zone")
        # The log is ordered by this text: one format, in UTC.
        created_at = moment.astimezone(UTC).isoformat(timespec="microseconds")
    if action == TAG:  # a tag is a complete snapshot: absent lists are empty
        reasons, evidence = reasons or [], evidence or []
    return {
        "action": action, "role": record.get("role", "reviewer"), "verdict": verdict,
        "reasons": None if reasons is None else json.dumps(reasons),
        "rationale": record.get("rationale"),
        "evidence": None if evidence is None else json.dumps(evidence, ensure_ascii=False),
        "correction": record.get("correction"), "created_at": created_at,
    }


def import_reviews(
    store, path: str | Path, *, reviewer: str, article: str | None = None, strict: bool = False
) -> ImportReport:
    """Record the reviews of a JSON-lines file, all in one transaction.

    Lines without a ``reviewer`` are recorded under ``reviewer``. The article is
    ``article``, else the line's ``article`` slug (the revision with its
    ``sha256`` when stored), else the file name before its first dot, else the
    only article in the database. Quotes matching no unit are reported, or
    with ``strict`` abort the import with nothing written."""
    records = read_lines(path)
    checked = []
    for number, record in records:
        try:
            checked.append((number, record, check_line(record)))
        except AnnotatorError as error:
            raise BadReviewFile(f"{path}:{number}: {error}") from None
    chosen = store.article(article) if article else None  # NoSuchArticle before anything
    fallback = None if chosen else _default_article(store, Path(path))
    report = ImportReport(lines=len(records))
    units: dict[int, list[dict]] = {}  # article id: its units
    with store.write():
        for number, record, fields in checked:
            target = chosen or _target(store, record, fallback)
            if target is None:
                report.unmatched.append((number, "no article to put it in (pass --article)"))
                continue
            if target["id"] not in units:
                units[target["id"]] = store.units(target["id"])
            events = _events_for(store, target, units[target["id"]], record, fields, reviewer)
            if not events:
                report.unmatched.append((number, f"no unit matches {_excerpt(record)}"))
                continue
            report.matched += 1
            for event in events:
                if store.existing_review_ids([event["id"]]):
                    report.present += 1
                    continue
                if event["action"] == TAG and "supersedes" not in event:
                    # Imported work amends, never silently replaces, the reviewer's own.
                    state = store.reviewer_state(event["unit_id"], event["reviewer"])
                    event["supersedes"] = state.event_id
                report.added += len(store.insert_review_events([event]))
        if strict and report.unmatched:
            number, why = report.unmatched[0]
            raise BadReviewFile(f"{path}:{number}: {why}; nothing imported")
    return report


def _default_article(store, path: Path) -> str | None:
    stem = path.name.split(".")[0]
    if store.latest_revision(stem):
        return stem
    latest = store.articles()
    return str(latest[0]["id"]) if len(latest) == 1 else None


def _target(store, record: dict, fallback: str | None) -> dict | None:
    slug, sha256 = record.get("article"), record.get("sha256")
    if slug and sha256:
        exact = store.article_with_text(slug, sha256)
        if exact:
            return exact
    for ref in (slug, fallback):
        if ref:
            try:
                return store.article(ref)
            except AnnotatorError:
                continue
    return None


def _events_for(
    store, article: dict, units: list[dict], record: dict, fields: dict, reviewer: str
) -> list[dict]:
    common = {**fields, "reviewer": record.get("reviewer") or reviewer}
    created_at = common.pop("created_at")
    stored_events = record.get("events")
    if stored_events and record.get("sha256") == article["sha256"]:
        # Exported from this very text: every event goes back to its unit, as it was.
        by_span = {(u["start"], u["end"]): u["id"] for u in units}
        rows = []
        for item in stored_events:
            unit_id = by_span.get((item.get("unit_start"), item.get("unit_end")))
            if unit_id is None or not item.get("id"):
                return []
            rows.append({
                **common, "id": item["id"], "unit_id": unit_id,
                "created_at": created_at, "supersedes": item.get("supersedes"),
                "carried_from": item.get("carried_from"),
                "quote": item["quote"] if "quote" in item else record.get("quote"),
            })
        return rows
    span = locate(article["text"], record.get("quote"), record.get("start"), record.get("end"))
    if span is None or fields["action"] == RETRACT:  # a retraction needs its own revision
        return []
    quote = article["text"][span[0]:span[1]]
    basis = json.dumps(
        [sorted(e.get("id", "") for e in stored_events or []), common, quote],
        sort_keys=True, ensure_ascii=False,
    )
    created_at = created_at or store.review_timestamp(common["reviewer"])
    return [
        {
            **common, "unit_id": unit["id"], "created_at": created_at, "quote": quote,
            "id": str(uuid.uuid5(
                IMPORT_NAMESPACE, f"{basis}|{article['sha256']}|{unit['start']}|{unit['end']}"
            )),
        }
        for unit in covered_units(units, span)
    ]


def _excerpt(record: dict) -> str:
    quote = record.get("quote") or f"offsets {record.get('start')}-{record.get('end')}"
    return repr(quote if len(quote) <= 60 else quote[:57] + "...")


def export_reviews(
    store, *, article_id: int | None = None, reviewer: str | None = None,
    slug: str | None = None,
) -> list[dict]:
    """The review log as review lines, oldest first: one line per key press or
    ``tag``, and one per imported quote, however many units it covers. Feeding
    the lines to :func:`import_reviews` recreates the same events."""
    groups: dict[tuple, list[dict]] = {}
    for event in store.review_events(article_id, reviewer, slug):
        key: tuple = (event["id"],)
        if event["quote"] is not None:
            # The events one key press or one imported line made share all of these.
            key = tuple(
                json.dumps(event[name], sort_keys=True) for name in (
                    "article_id", "reviewer", "role", "action", "created_at", "verdict",
                    "reasons", "rationale", "evidence", "correction", "quote",
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
