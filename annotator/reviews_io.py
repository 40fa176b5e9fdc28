"""Reviews in and out: JSON-lines files (import, export) and other databases (merge).

A review line quotes the article (``quote``, or ``start``/``end``) and says
``verdict``, ``rationale``, ``evidence`` (the format of the shared reference
review). Export adds what the log knows (reviewer, role, time, reasons,
correction and the ``events`` with their UUIDs), so that export → import is
lossless. Event ids of plain review lines are derived from their content
(uuid5), so importing the same file twice adds nothing.

Import never overwrites a reviewer's work it does not know about: where the
reviewer's current verdict on a unit differs from what the file would make it,
and the file does not hold every event the reviewer has on that unit (it is not
a later export of the same work), the unit is kept as it is and reported, unless
``replace`` is given (then the file's version is appended on top; nothing is
updated).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from .errors import AnnotatorError, BadReviewFile, NoReviewer
from .evidence import from_dict
from .identity import clean_name
from .quotes import MIN_OVERLAP, covered_units, locate, shared_length
from .verdicts import (
    NOTE,
    RETRACT,
    ROLES,
    TAG,
    ReviewState,
    decode,
    fold,
    parse_reasons,
    parse_verdict,
)

IMPORT_NAMESPACE = uuid.UUID("0b7f3c1e-8d2a-4f55-9c61-3e2d7a9b4f10")
LINE_FIELDS = ("quote", "start", "end", "verdict", "rationale", "evidence")


@dataclass
class ImportReport:
    lines: int = 0
    matched: int = 0
    added: int = 0
    # Events already stored, and lines saying exactly what the reviewer already says.
    present: int = 0
    unmatched: list[tuple[int, str]] = field(default_factory=list)  # (line number, why)
    # Where the reviewer's current verdict differs from the file's and was kept
    # (or, with ``replace``, replaced): {reviewer: [unit ids]}.
    kept: dict[str, list[int]] = field(default_factory=dict)
    replaced: dict[str, list[int]] = field(default_factory=dict)
    # (line number or None for the whole file, what): imported, but worth a look.
    warnings: list[tuple[int | None, str]] = field(default_factory=list)


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
    for key in ("rationale", "correction", "quote", "article", "sha256"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise AnnotatorError(f"{key} must be text")
    for key in ("start", "end"):
        value = record.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise AnnotatorError(f"{key} must be a character offset (an integer), not {value!r}")
    reviewer = _line_reviewer(record.get("reviewer"))
    _check_events(record.get("events"))
    reasons, evidence = record.get("reasons"), record.get("evidence")
    if isinstance(reasons, str):
        reasons = [reasons]  # one reason given as it is, not as a list
    if reasons is not None:
        if not isinstance(reasons, list) or not all(isinstance(r, str) for r in reasons):
            raise AnnotatorError(f"reasons must be a list of reason tags, not {reasons!r}")
        if tuple(reasons) != parse_reasons(reasons):
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
        "reviewer": reviewer,
        "action": action, "role": record.get("role", "reviewer"), "verdict": verdict,
        "reasons": None if reasons is None else json.dumps(reasons),
        "rationale": record.get("rationale"),
        "evidence": None if evidence is None else json.dumps(evidence, ensure_ascii=False),
        "correction": record.get("correction"), "created_at": created_at,
    }


def _line_reviewer(value) -> str | None:
    if value is None:
        return None  # recorded under -r
    if not isinstance(value, str):
        raise AnnotatorError(f"reviewer must be a non-empty name, not {value!r}")
    try:
        return clean_name(value)
    except NoReviewer:
        raise AnnotatorError(f"reviewer must be a non-empty name, not {value!r}") from None


def _check_events(events) -> None:
    if events is None:
        return
    if not isinstance(events, list) or not all(isinstance(item, dict) for item in events):
        raise AnnotatorError("events must be a list of objects (as export-reviews writes them)")
    for item in events:
        if not isinstance(item.get("id"), str) or not item["id"]:
            raise AnnotatorError("every item of events needs its id")
        for key in ("supersedes", "carried_from", "quote"):
            if item.get(key) is not None and not isinstance(item[key], str):
                raise AnnotatorError(f"{key} of event {item['id']!r} must be text")


@dataclass
class _Line:
    number: int
    events: list[dict]
    plain: bool  # a review line (ids derived from it), not exported events


def import_reviews(
    store, path: str | Path, *, reviewer: str, article: str | None = None, strict: bool = False,
    replace: bool = False,
) -> ImportReport:
    """Record the reviews of a JSON-lines file, all in one transaction.

    Lines without a ``reviewer`` are recorded under ``reviewer``. The article is
    ``article``, else the line's ``article`` slug (the revision with its
    ``sha256`` when stored), else the file name before its first dot, else the
    only article in the database (with a warning). Quotes matching no unit are
    reported, or with ``strict`` abort the import with nothing written. A quote
    that covers less than half of a unit it is mapped to, or that maps to no
    claim (only headings, questions, advice, promo or meta lines), is imported
    with a warning.

    Where a reviewer's current verdict (or notes) on a unit differs from what
    the file would make it, and the file does not hold every event they have
    on that unit, the unit is left alone and listed in ``kept``; with
    ``replace`` the file's version is appended and the unit listed in
    ``replaced``. A line saying exactly what the reviewer already says adds
    nothing (counted as present)."""
    records = read_lines(path)
    checked = []
    for number, record in records:
        try:
            checked.append((number, record, check_line(record)))
        except AnnotatorError as error:
            raise BadReviewFile(f"{path}:{number}: {error}") from None
    # NoSuchArticle before anything is written.
    chosen = store.article(article) if article is not None else None
    fallback, why = (None, None) if chosen else _default_article(store, Path(path))
    report = ImportReport(lines=len(records))
    units: dict[int, list[dict]] = {}  # article id: its units
    with store.write():
        lines: list[_Line] = []
        fell_back = 0
        for number, record, fields in checked:
            if chosen:
                target = chosen
            else:
                target, used = _target(store, record, fallback)
                if used and record.get("article"):
                    report.warnings.append((number, (
                        f"no article {record['article']!r} here; put into "
                        f"{target['slug']} (id {target['id']}) instead"
                    )))
                elif used and why:
                    fell_back += 1
            if target is None:
                report.unmatched.append((number, "no article to put it in (pass --article)"))
                continue
            if target["id"] not in units:
                units[target["id"]] = store.units(target["id"])
            events, warning = _events_for(
                store, target, units[target["id"]], record, fields, reviewer
            )
            if not events:
                report.unmatched.append((number, f"no unit matches {_excerpt(record)}"))
                continue
            report.matched += 1
            if warning:
                report.warnings.append((number, warning))
            # Exported events keep their ids and links; a review line's are derived.
            plain = all("supersedes" not in event for event in events)
            lines.append(_Line(number, events, plain))
        if fell_back:
            noun = "line" if fell_back == 1 else "lines"
            report.warnings.insert(0, (None, f"{fell_back} {noun} put into {why}"))
        if strict and report.unmatched:
            number, reason = report.unmatched[0]
            raise BadReviewFile(f"{path}:{number}: {reason}; nothing imported")
        skip = _decide(store, lines, report, replace)
        for line in lines:
            _insert_line(store, line, skip, report)
    return report


def _decide(store, lines: list[_Line], report: ImportReport, replace_them: bool) -> set:
    """Which events not to insert: the new events on each (unit, reviewer) whose
    current state they would change without knowing it (kept unless
    ``replace_them``), and plain lines saying what the reviewer already says.
    Fills ``report.kept``/``report.replaced`` and counts what is present."""
    known: dict[tuple[int, str], set[str]] = {}  # every event id the file has per key
    new: dict[tuple[int, str], list[tuple[int, bool, dict]]] = {}
    stored = store.existing_review_ids(
        [event["id"] for line in lines for event in line.events]
    )
    for index, line in enumerate(lines):
        for event in line.events:
            key = (event["unit_id"], event["reviewer"])
            known.setdefault(key, set()).add(event["id"])
            if event["id"] in stored:
                report.present += 1
            else:
                new.setdefault(key, []).append((index, line.plain, event))
    skip: set[str] = set()
    for key, arriving in new.items():
        existing = store.reviewer_events(*key)
        before = _content(fold(existing))
        if before == _content(ReviewState()):
            continue  # nothing of theirs to overwrite
        after = _content(fold(_ordered(existing, arriving)))
        ids = {event["id"] for _, _, event in arriving}
        if after == before:
            if all(plain for _, plain, _ in arriving):  # says what they already say
                skip |= ids
                report.present += len(ids)
            continue  # older history, or a later export of the same work
        if {event["id"] for event in existing} <= known[key]:
            continue  # the file holds all their events on the unit: it continues them
        (report.replaced if replace_them else report.kept).setdefault(key[1], []).append(key[0])
        if not replace_them:
            skip |= ids
    for ids in (*report.kept.values(), *report.replaced.values()):
        ids.sort()
    return skip


def _content(state: ReviewState) -> ReviewState:
    return replace(state, event_id=None)


def _ordered(existing: list[dict], arriving: list[tuple[int, bool, dict]]) -> list[dict]:
    """The decoded events of one key in the order the log will have them: stored
    and dated events by time, plain lines after everything (they are stamped
    now), in file order."""
    keyed = [((0, event["created_at"], 0, event["id"]), event) for event in existing]
    for index, plain, row in arriving:
        event = decode(row)  # arriving rows hold reasons and evidence as JSON
        if plain or not event.get("created_at"):
            keyed.append(((1, "", index, event["id"]), event))
        else:
            keyed.append(((0, event["created_at"], 0, event["id"]), event))
    return [event for _, event in sorted(keyed, key=lambda item: item[0])]


def _insert_line(store, line: _Line, skip: set, report: ImportReport) -> None:
    fresh = [event for event in line.events
             if event["id"] not in skip and not store.existing_review_ids([event["id"]])]
    if not fresh:
        return
    if line.plain:
        # Stamped at insertion, one time per line: strictly after the reviewer's
        # latest event, so that a line amends what came before it.
        stamp = None
        for event in fresh:
            stamp = stamp or event.get("created_at") or store.review_timestamp(event["reviewer"])
            event["created_at"] = stamp
    for event in fresh:
        if event["action"] == TAG and "supersedes" not in event:
            # Appended on top: it amends, never rewrites, the reviewer's own.
            event["supersedes"] = store.reviewer_state(event["unit_id"], event["reviewer"]).event_id
        report.added += len(store.insert_review_events([event]))


def _default_article(store, path: Path) -> tuple[str | None, str | None]:
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


def _target(store, record: dict, fallback: str | None) -> tuple[dict | None, bool]:
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


def _events_for(
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
            # created_at stays None for now: stamped when inserted (_insert_line).
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
    than half (:data:`~annotator.quotes.MIN_OVERLAP`) of a unit it is mapped to;
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
