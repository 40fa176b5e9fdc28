"""Whether two claims about the same topic may contradict each other: each
claim is read once (:func:`read_claim`: parse, what it says of what, its
quantities), then pairs are compared (:func:`compare`). The rules themselves
are in :mod:`annotator.consistency.polarity` (opposite, negation, different answers) and
:mod:`annotator.consistency.measures` (quantities).
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.consistency.measures import Measured, measured, quantity_conflicts
from annotator.consistency.polarity import (
    Answers,
    Sayings,
    answers,
    different_answers,
    opposites_said,
    polarity_flips,
    predicates_said,
)
from annotator.nlp.parse import Parse

# How much each finding alone suggests a contradiction (the score before the
# topic, hedge and subject factors applied in annotator.consistency.conflicts).
# A number is the most checkable disagreement; two "works by" answers may both
# be true.
STRENGTH = {
    "quantity": 0.85,
    "opposite": 0.8,
    "negation": 0.75,
    "category": 0.7,
    "mechanism": 0.45,
}


@dataclass(frozen=True)
class Finding:
    reason: str  # "opposite", "negation", "quantity" or "different-answer"
    detail: str
    strength: float
    sure: bool = True  # both subjects were explicit


@dataclass(frozen=True)
class Claim:
    """One claim as the rules see it, read once however many pairs it is in."""

    parse: Parse
    said: Sayings
    measured: list[Measured]
    answers: Answers


def read_claim(parse: Parse, text: str, published: str | None = None) -> Claim:
    return Claim(
        parse,
        (opposites_said(parse), predicates_said(parse)),
        measured(parse, text, published),
        answers(parse),
    )


def compare(a: Claim, b: Claim) -> Finding | None:
    """The strongest reason to think the two claims contradict each other, if any."""
    findings = [
        Finding("quantity", detail, STRENGTH["quantity"] + 0.1 * min(gap, 1.0), sure)
        for detail, gap, sure in quantity_conflicts(a.measured, b.measured)
    ]
    findings += [
        Finding(reason, detail, STRENGTH[reason], sure)
        for reason, detail, sure in polarity_flips(a.parse, a.said, b.parse, b.said)
    ]
    findings += [
        Finding("different-answer", detail, STRENGTH[kind], sure)
        for kind, detail, sure in different_answers(a.parse, a.answers, b.parse, b.answers)
    ]
    return max(findings, key=lambda f: (f.strength, f.sure)) if findings else None
