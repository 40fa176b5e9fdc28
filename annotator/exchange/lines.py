"""The review line: one JSON object a line, read and validated.

A review line quotes the article (``quote``, or ``start``/``end``) and says
``verdict``, ``rationale``, ``evidence`` (the format of the shared reference
review). Export adds what the log knows (reviewer, role, time, reasons,
correction and the ``events`` with their UUIDs), so that export → import is
lossless (:mod:`annotator.exchange.exports`, :mod:`annotator.exchange.imports`).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from annotator.errors import AnnotatorError, BadReviewFile, NoReviewer
from annotator.evidence import from_dict
from annotator.identity import clean_name, clean_text
from annotator.verdicts import NOTE, RETRACT, ROLES, TAG, parse_reasons, parse_verdict

# The fields of the shared reference review; every other field is optional.
LINE_FIELDS = ("quote", "start", "end", "verdict", "rationale", "evidence")


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
    for key in ("rationale", "correction", "claim_text", "rating_text", "quote", "article",
                "sha256"):
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
    if evidence:  # stored like typed text: no escape sequences or control characters
        evidence = [{key: clean_text(value) if key in ("value", "note") and
                     isinstance(value, str) else value for key, value in item.items()}
                    for item in evidence]
    return {
        "reviewer": reviewer,
        "action": action, "role": record.get("role", "reviewer"), "verdict": verdict,
        "reasons": None if reasons is None else json.dumps(reasons),
        "rationale": _cleaned(record.get("rationale")),
        "evidence": None if evidence is None else json.dumps(evidence, ensure_ascii=False),
        "correction": _cleaned(record.get("correction")), "created_at": created_at,
        "claim_text": _cleaned(record.get("claim_text")),
        "rating_text": _cleaned(record.get("rating_text")),
    }


def _cleaned(text: str | None) -> str | None:
    return None if text is None else clean_text(text)


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

