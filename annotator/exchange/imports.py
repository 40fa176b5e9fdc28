"""Importing review lines (:mod:`annotator.exchange.lines`) into the log.

Import never overwrites a reviewer's work it does not know about: where the
reviewer's current verdict on a unit differs from what the file would make it,
and the file does not hold every event the reviewer has on that unit (it is not
a later export of the same work), the unit is kept as it is and reported, unless
``replace`` is given (then the file's version is appended on top; nothing is
updated).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

from annotator.errors import AnnotatorError, BadReviewFile
from annotator.exchange.lines import check_line, read_lines
from annotator.exchange.match import default_article, events_for, excerpt, target_article
from annotator.store.reviews import timestamp_after
from annotator.verdicts import TAG, ReviewState, decode, fold


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
    fallback, why = (None, None) if chosen else default_article(store, Path(path))
    report = ImportReport(lines=len(records))
    units: dict[int, list[dict]] = {}  # article id: its units
    with store.write():
        lines: list[_Line] = []
        fell_back = 0
        for number, record, fields in checked:
            if chosen:
                target = chosen
            else:
                target, used = target_article(store, record, fallback)
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
            events, warning = events_for(
                store, target, units[target["id"]], record, fields, reviewer
            )
            if not events:
                report.unmatched.append((number, f"no unit matches {excerpt(record)}"))
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
        stored = store.existing_review_ids(
            [event["id"] for line in lines for event in line.events]
        )
        # The stored events of every (unit, reviewer) the file speaks of, read once.
        histories = store.reviewer_histories({
            (event["unit_id"], event["reviewer"]) for line in lines for event in line.events
        })
        skip = _decide(lines, stored, histories, report, replace)
        report.added = _insert(store, lines, stored | skip, histories)
    return report


def _decide(
    lines: list[_Line], stored: set[str], histories: dict[tuple[int, str], list[dict]],
    report: ImportReport, replace_them: bool,
) -> set[str]:
    """Which events not to insert: the new events on each (unit, reviewer) whose
    current state they would change without knowing it (kept unless
    ``replace_them``), and plain lines saying what the reviewer already says.
    ``stored`` are the file's event ids already in the log, ``histories`` the
    stored events of each key. Fills ``report.kept``/``report.replaced`` and
    counts what is present."""
    known: dict[tuple[int, str], set[str]] = {}  # every event id the file has per key
    new: dict[tuple[int, str], list[tuple[int, bool, dict]]] = {}
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
        existing = histories[key]
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
    _moved_on(lines, known, new, histories, report, replace_them)
    for ids in (*report.kept.values(), *report.replaced.values()):
        ids.sort()
    return skip


def _moved_on(
    lines: list[_Line], known: dict[tuple[int, str], set[str]],
    new: dict[tuple[int, str], list], histories: dict[tuple[int, str], list[dict]],
    report: ImportReport, replace_them: bool,
) -> None:
    """A file imported before, whose reviewer has since changed their verdict on
    some units: those units are kept (and listed), or with ``replace_them`` the
    file's review lines are appended again, as new events, on top."""
    for key, ids in known.items():
        existing = histories.get(key, [])
        if key in new or not existing:
            continue  # decided above: the file brings events of its own
        last = max(index for index, event in enumerate(existing) if event["id"] in ids)
        if _content(fold(existing)) == _content(fold(existing[: last + 1])):
            continue  # nothing of theirs came after the file's events
        if not replace_them:
            report.kept.setdefault(key[1], []).append(key[0])
            continue
        report.replaced.setdefault(key[1], []).append(key[0])
        for line in lines:
            if not line.plain:
                continue  # exported events keep their own history
            again = [event for event in line.events
                     if (event["unit_id"], event["reviewer"]) == key]
            for event in again:
                copy = {k: v for k, v in event.items() if k not in ("created_at", "supersedes")}
                line.events.append({**copy, "id": str(uuid.uuid4())})


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


def _insert(
    store, lines: list[_Line], done: set[str], histories: dict[tuple[int, str], list[dict]]
) -> int:
    """Insert, in one batch, the events of ``lines`` whose ids are not in ``done``
    (stored already, or skipped); returns how many. What each line needs from the
    log (its reviewer's latest time, the tag its tags supersede) is worked out
    from ``histories``, which grows line by line as the database would."""
    done = set(done)
    latest = store.latest_review_times(event["reviewer"] for line in lines for event in line.events)
    rows: list[dict] = []
    for line in lines:
        fresh = []
        for event in line.events:
            if event["id"] not in done:  # an id given twice in the file is added once
                done.add(event["id"])
                fresh.append(event)
        if not fresh:
            continue
        if line.plain:
            # Stamped at insertion, one time per line: strictly after the reviewer's
            # latest event, so that a line amends what came before it.
            stamp = fresh[0].get("created_at") or timestamp_after(latest.get(fresh[0]["reviewer"]))
            for event in fresh:
                event["created_at"] = stamp
        for event in fresh:
            history = histories.setdefault((event["unit_id"], event["reviewer"]), [])
            if event["action"] == TAG and "supersedes" not in event:
                # Appended on top: it amends, never rewrites, the reviewer's own.
                event["supersedes"] = fold(sorted(history, key=_log_order)).event_id
            history.append(decode(event))  # arriving rows hold reasons and evidence as JSON
            at = event["created_at"]
            if at and at > latest.get(event["reviewer"], ""):
                latest[event["reviewer"]] = at
        rows.extend(fresh)
    return len(store.insert_review_events(rows))


def _log_order(event: dict) -> tuple[str, str]:
    """Where the log (``ORDER BY created_at, id``) puts a decoded event."""
    return event["created_at"] or "", event["id"]
