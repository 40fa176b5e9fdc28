"""Verdicts, reason tags and the meaning of the review event log. Pure: no SQL.

A reviewer's events on one unit, read in order, give their current state:

- ``tag`` is a complete snapshot (verdict, reasons, rationale, evidence,
  correction); amending a verdict appends a new ``tag`` that ``supersedes`` the
  current one, so earlier work stays in the log.
- ``note`` holds rationale, evidence, correction or reasons typed *before* a
  verdict: written at once so that Ctrl-C cannot lose it, folded into the next
  ``tag``, and never counted as a verdict (``current_reviews`` reads only tags).
- ``retract`` undoes the event it ``supersedes``; the state falls back to what
  the remaining events say (undoing an amendment restores the previous verdict).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from annotator.errors import BadReason, BadVerdict
from annotator.evidence import Evidence, from_dict

VERDICTS = ("supported", "contradictory", "unsupported")
VERDICT_KEYS = {"s": "supported", "c": "contradictory", "u": "unsupported"}
REASONS = (
    "overstated-certainty", "animal-or-lab-only", "correlation-as-causation", "outdated",
    "misquoted-source", "missing-context", "regulatory-status", "dosage",
    "internal-inconsistency",
)
ROLES = ("reviewer", "editor")
TAG, NOTE, RETRACT = "tag", "note", "retract"
# Free text a reviewer gives with a verdict: why, what the article should say,
# the claim restated so that it stands alone (``It is safe`` → ``Ketamine is
# safe``, for fact-check feeds) and the rating as readers should see it.
TEXT_FIELDS = ("rationale", "correction", "claim_text", "rating_text")
FIELDS = ("verdict", "reasons", "rationale", "evidence", "correction", "claim_text",
          "rating_text")
TEXT_NAMES = {"rationale": "rationale", "correction": "correction",
              "claim_text": "restated claim", "rating_text": "rating text"}


def parse_verdict(text: str) -> str:
    """A verdict from its name or its key (``s``, ``c``, ``u``), any case."""
    key = text.strip().lower()
    if key in VERDICT_KEYS:
        return VERDICT_KEYS[key]
    if key in VERDICTS:
        return key
    raise BadVerdict(text)


def parse_reasons(values: Iterable[str]) -> tuple[str, ...]:
    """Reason tags from names, unique prefixes or their numbers in :data:`REASONS`
    (1-based), separated by commas or spaces; in the canonical order, no repeats."""
    chosen = set()
    for value in values:
        for word in re.split(r"[,\s]+", value.strip().lower()):
            if not word:
                continue
            if word.isdigit() and 1 <= int(word) <= len(REASONS):
                chosen.add(REASONS[int(word) - 1])
                continue
            matches = [r for r in REASONS if r == word] or [
                r for r in REASONS if r.startswith(word)
            ]
            if len(matches) != 1:
                raise BadReason(word, REASONS)
            chosen.add(matches[0])
    return tuple(reason for reason in REASONS if reason in chosen)


@dataclass(frozen=True)
class ReviewState:
    """What one reviewer currently says about one unit."""

    verdict: str | None = None
    reasons: tuple[str, ...] = ()
    rationale: str | None = None
    evidence: tuple[Evidence, ...] = ()
    correction: str | None = None
    claim_text: str | None = None
    rating_text: str | None = None
    # The current `tag` event (the one a new tag supersedes) and its role: the
    # same verdict given again as an editor is an adjudication, not a repeat.
    event_id: str | None = None
    role: str | None = None

    @property
    def is_blank(self) -> bool:
        return not (self.verdict or self.reasons or self.evidence
                    or any(getattr(self, name) for name in TEXT_FIELDS))

    def columns(self) -> dict:
        """The state as ``reviews`` columns (JSON for the lists)."""
        return {
            "verdict": self.verdict,
            "reasons": json.dumps(list(self.reasons)),
            "rationale": self.rationale,
            "evidence": dumps_evidence(self.evidence),
            **{name: getattr(self, name) for name in TEXT_FIELDS if name != "rationale"},
        }


def dumps_evidence(items: Iterable[Evidence]) -> str:
    return json.dumps([item.as_dict() for item in items], ensure_ascii=False)


def decode(row: dict) -> dict:
    """A ``reviews`` row with ``reasons`` and ``evidence`` as lists (None when a
    note left them unset)."""
    event = {key: value for key, value in row.items() if key != "rank"}  # view internals
    for key in ("reasons", "evidence"):
        value = event.get(key)
        if value is not None:
            event[key] = [] if value == "[]" else json.loads(value)
    return event


def state_fields(event: dict) -> dict:
    """The fields a decoded event sets, as :class:`ReviewState` values."""
    fields = {}
    for key in FIELDS:
        value = event.get(key)
        if value is None:
            continue
        if key == "reasons":
            value = tuple(value)
        elif key == "evidence":
            value = tuple(from_dict(item) for item in value)
        elif key in TEXT_FIELDS:
            value = value or None  # a note stores "" for "cleared"
        fields[key] = value
    return fields


def fold(events: Iterable[dict]) -> ReviewState:
    """The state after decoded events of ONE reviewer on ONE unit, oldest first."""
    events = list(events)
    retracted = {e["supersedes"] for e in events if e["action"] == RETRACT}
    state = ReviewState()
    for event in events:
        if event["id"] in retracted or event["action"] == RETRACT:
            continue
        if event["action"] == TAG:
            state = ReviewState(**state_fields(event), event_id=event["id"], role=event["role"])
        elif event["action"] == NOTE:
            state = replace(state, **state_fields(event))
    return state


def describe(before: ReviewState, after: ReviewState) -> str:
    """What changed between two states, in words, for ``history``."""
    changes = []
    if before.verdict != after.verdict:
        if before.verdict is None:
            changes.append(f"verdict {after.verdict}")
        elif after.verdict is None:
            changes.append(f"verdict {before.verdict} removed")
        else:
            changes.append(f"verdict {before.verdict} → {after.verdict}")
    added = [r for r in after.reasons if r not in before.reasons]
    dropped = [r for r in before.reasons if r not in after.reasons]
    if added or dropped:
        changes.append("reasons " + " ".join([f"+{r}" for r in added] + [f"-{r}" for r in dropped]))
    for name in TEXT_FIELDS:
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            verb = "added" if old is None else "removed" if new is None else "changed"
            changes.append(f"{TEXT_NAMES[name]} {verb}")
    new_items = [e.label() for e in after.evidence if e not in before.evidence]
    gone = [e.label() for e in before.evidence if e not in after.evidence]
    if new_items or gone:
        marks = [f"+{e}" for e in new_items] + [f"-{e}" for e in gone]
        changes.append("evidence " + " ".join(marks))
    return "; ".join(changes) or "no change"


def final_verdict(unit_id: int, opinions: list[dict]) -> dict:
    """One unit's final verdict from its reviewers' current tags (see
    :meth:`annotator.store.reviews.ReviewQueries.final_verdicts`)."""
    votes = {op["reviewer"]: op["verdict"] for op in opinions}
    final = {
        "unit_id": unit_id, "verdict": "disagreement", "reasons": [], "rationale": None,
        "correction": None, "claim_text": None, "rating_text": None, "evidence": [],
        "decided_by": [], "role": None,
        "reviewers": sorted(votes), "votes": votes, "opinions": opinions,
        "decided_at": max(op["created_at"] for op in opinions),
    }
    editors = [op for op in opinions if op["role"] == "editor"]
    if editors:
        deciding, role = [max(editors, key=lambda op: (op["created_at"], op["id"]))], "editor"
        # What supports an adjudication: the editor's own reasons, rationale,
        # evidence and correction, each else those of the reviewers who gave
        # the verdict the editor chose.
        backers = [op for op in opinions
                   if op["role"] != "editor" and op["verdict"] == deciding[0]["verdict"]]
        support = {field: deciding if any(op.get(field) for op in deciding) else backers
                   for field in SUPPORT_FIELDS}
    elif len(set(votes.values())) == 1:
        deciding, role = opinions, "reviewer"
        support = dict.fromkeys(SUPPORT_FIELDS, deciding)
    else:
        return final
    evidence: list[dict] = []
    for op in support["evidence"]:
        evidence += [item for item in op["evidence"] or [] if item not in evidence]
    final.update(
        verdict=deciding[0]["verdict"], role=role, evidence=evidence,
        decided_by=sorted({op["reviewer"] for op in deciding}),
        decided_at=max(op["created_at"] for op in deciding),
        reasons=sorted({r for op in support["reasons"] for r in op["reasons"] or []},
                       key=_reason_order),
        rationale=_joined(op["rationale"] for op in support["rationale"]),
        correction=_joined(op["correction"] for op in support["correction"]),
        # One claim and one rating are published: the latest given stands.
        claim_text=_latest(support["claim_text"], "claim_text"),
        rating_text=_latest(support["rating_text"], "rating_text"),
    )
    return final


SUPPORT_FIELDS = ("reasons", "rationale", "evidence", "correction", "claim_text", "rating_text")


def _latest(opinions: list[dict], field: str) -> str | None:
    given = [op for op in opinions if op.get(field)]
    return max(given, key=lambda op: (op["created_at"], op["id"]))[field] if given else None


def _reason_order(reason: str) -> tuple[int, str]:
    return (REASONS.index(reason) if reason in REASONS else len(REASONS), reason)


def _joined(texts: Iterable[str | None]) -> str | None:
    distinct = list(dict.fromkeys(text for text in texts if text))
    return "\n\n".join(distinct) or None


def explain(events: list[dict]) -> list[dict]:
    """Decoded events (oldest first) each with ``change``: what it changed in
    its reviewer's state on its unit, in words."""
    seen: dict[tuple[int, str], list[dict]] = {}
    explained = []
    for event in events:
        mine = seen.setdefault((event["unit_id"], event["reviewer"]), [])
        before = fold(mine)
        mine.append(event)
        change = describe(before, fold(mine))
        if event["action"] == RETRACT:
            change = f"undo: {change}"
        elif event["action"] == NOTE:
            change = f"before a verdict: {change}"
        if event.get("carried_from"):
            change += " (kept from the previous revision)"
        explained.append({**event, "change": change})
    return explained
