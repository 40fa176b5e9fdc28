"""What an article says against itself: pairs of its claims that may
contradict each other, found on lemmas and read on their parse.

Pure functions over units (``annotator.nlp.segmenter.Unit`` objects or store rows:
anything with ``text``, ``lemmas`` and optionally ``kind``, ``start``, ``end``,
``hedged`` and ``parse``, the parse made at segmentation). Nothing here speaks
SQL (see :mod:`annotator.consistency.apply`) or imports spaCy at module level;
only :func:`find_conflicts` reads parses, of the units of the strongest
candidate pairs, and it parses again (spaCy) only a unit stored without its parse.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotator.consistency import quantities
from annotator.consistency.contradiction import STRENGTH, compare, read_claim
from annotator.consistency.cues import (
    LIFT,
    PAIRED_KINDS,
    Cued,
    conditions,
    cue_candidates,
    different_speakers,
    side_by_side,
    speakers,
)
from annotator.consistency.repeats import (
    claim_keys,
    find_duplicates,
    refuted,
    reviewed_indexes,
    unit_value,
)
from annotator.nlp.claimkeys import ClaimKey, question_pairs, topic_partners, topics
from annotator.nlp.parse import Parse

if TYPE_CHECKING:
    from annotator.nlp.model import Language

# Reading a claim's parse is the expensive step: at most this many claims are
# read, those of the pairs with the strongest lemma-level evidence. The seed has
# 132 claims. Parsing 240 claims again takes about 0.3 s with en_core_web_sm
# here, which kept a 1,000-claim article well under 2 s when every claim was
# parsed again (benchmarks/bench_conflicts.py); with the parse stored at
# segmentation only units stored without one (databases ingested before
# migration m005) are parsed, and the same bound keeps the findings identical.
MAX_PARSED_UNITS = 240
# The pairs ranked for reading: far more than MAX_PARSED_UNITS claims can be in
# (the synthetic 1,000-claim article of benchmarks/bench_conflicts.py has about
# 28,000; the corpus's articles at most 390), so that the cap only bounds the
# memory of very long articles.
MAX_CANDIDATE_PAIRS = 100_000
# A reviewer sees a claim's strongest candidates; more pairs with the same claim
# mostly repeat one finding.
MAX_PER_UNIT = 3
# ... and past it, this many more for reasons it is not yet shown for (a claim shown
# with three durations may still say "safe in pregnancy" against a warning).
EXTRA_REASONS = 2
# A hedged claim ("may") rarely contradicts anything outright; a claim without a
# subject ("Relatively safe") may not be about the same thing at all.
HEDGE_FACTOR = 0.85
UNSURE_SUBJECT_FACTOR = 0.9


# Proved on the parse (annotator.consistency.contradiction), then cued
# (annotator.consistency.cues: a shared topic and a cue, no proof).
RULE_REASONS = ("opposite", "negation", "quantity", "different-answer")
REASONS = RULE_REASONS + tuple(LIFT)


@dataclass(frozen=True)
class Candidate:
    """Claims ``a`` and ``b`` (indexes into the units given) may contradict each other."""

    a: int
    b: int
    reason: str  # one of REASONS
    detail: str
    score: float


def _prior(a: ClaimKey, b: ClaimKey, qa: frozenset[str], qb: frozenset[str]) -> float:
    """Lemma-level evidence for a pair, before any parse: the strongest rule
    that could fire."""
    # Strongest first: the first rule that could fire gives the prior.
    if qa & qb:
        return STRENGTH["quantity"]
    odd = (a.negations - b.negations) % 2
    if a.sides and b.sides:
        groups_a = {group for group, _ in a.sides}
        for group, side in b.sides:
            if group in groups_a and (odd or (group, 1 - side) in a.sides):
                return STRENGTH["opposite"]
    if a.negations or b.negations:
        # Parity over a whole claim is only a hint: "not" may sit in another clause.
        return STRENGTH["negation"] * (1.0 if odd else 0.7)
    if a.categories & b.categories:
        return STRENGTH["category"]
    if a.mechanism and b.mechanism:
        return STRENGTH["mechanism"]
    return 0.0


def _parser(nlp: Language | None) -> Language | None:
    from annotator.nlp.model import is_blank, load  # lazily: spaCy only when something is parsed

    nlp = nlp or load()
    return None if is_blank(nlp) else nlp


def read_parses(
    units: Sequence[Any], indexes: Sequence[int], subject: str | None, nlp: Language | None = None
) -> dict[int, Parse]:
    """The parse of each unit of `indexes`: the one stored at segmentation, or
    (a unit stored without one) `nlp` parsing its text again, loaded only
    then. A unit left without a parse (a blank pipeline) is not in the result."""
    parses = {}
    missing = []
    for i in indexes:
        stored = unit_value(units[i], "parse")
        if stored:
            parses[i] = Parse.decode(stored, subject, unit_value(units[i], "text"))
        else:
            missing.append(i)
    if missing and (parser := _parser(nlp)) is not None:
        docs = parser.pipe(unit_value(units[i], "text") for i in missing)
        for i, doc in zip(missing, docs, strict=True):
            parses[i] = Parse.from_doc(doc, subject)
    return parses


def candidate_pairs(
    units: Sequence[Any], published: str | None = None,
    duplicates: Sequence[tuple[int, int]] | None = None,
) -> tuple[list[tuple[float, int, int, float]], str | None]:
    """Pairs worth parsing, strongest first, at most MAX_CANDIDATE_PAIRS:
    (prior, i, j, topic similarity), as indexes into `units`; and the article's
    main subject. Duplicates (:func:`~annotator.consistency.repeats.find_duplicates`,
    found again unless given) stand for their first occurrence. No parse: lemmas and an inverted
    topic index."""
    if duplicates is None:
        duplicates = find_duplicates(units)
    left_out = {i for i, _ in duplicates} | refuted(units) | conditions(units)
    indexes = [i for i in reviewed_indexes(units) if i not in left_out]
    keys = claim_keys(units, indexes)
    topic = topics(keys)
    kinds = [quantities.kinds(unit_value(units[i], "text"), published) for i in indexes]
    weight = [topic.weight(k.topic) for k in keys]
    questions: dict[int, set[int]] = defaultdict(set)
    for x, y in question_pairs(keys, topic):
        questions[x].add(y)
    split = side_by_side(units, indexes)
    # The strongest pairs so far, weakest on top (a lower score, then a later pair).
    kept: list[tuple[float, int, int, float]] = []
    for x, shared in enumerate(topic_partners(keys, topic)):
        for y in shared.keys() | questions.get(x, set()):
            prior = _prior(keys[x], keys[y], kinds[x], kinds[y])
            if prior and (indexes[x], indexes[y]) not in split:
                # Shared topic weight over the smaller claim's, 0..1.
                smaller = min(weight[x], weight[y])
                similarity = shared.get(y, 0.0) / smaller if smaller else 0.0
                pair = (prior * (0.5 + 0.5 * similarity), -indexes[x], -indexes[y], similarity)
                if len(kept) < MAX_CANDIDATE_PAIRS:
                    heapq.heappush(kept, pair)
                elif pair > kept[0]:
                    heapq.heapreplace(kept, pair)
    pairs = sorted(((p, -i, -j, s) for p, i, j, s in kept), key=lambda p: (-p[0], p[1], p[2]))
    return pairs, topic.subject


def find_conflicts(
    units: Sequence[Any], published: str | None = None, top: int = 25,
    nlp: Language | None = None, duplicates: Sequence[tuple[int, int]] | None = None,
) -> list[Candidate]:
    """Pairs of claims of one article that may contradict each other, strongest
    first, at most `top` (and at most MAX_PER_UNIT per claim, or EXTRA_REASONS more for
    what it is not yet shown for: see :func:`_finding`). `published`
    (ISO date) lets "since the 1950s" be compared with "for 50 years". Claims
    are read from the parse stored at segmentation; `nlp` (default
    :func:`annotator.nlp.model.load`) parses only claims stored without one.
    `duplicates` saves finding them again (see :func:`candidate_pairs`)."""
    if duplicates is None:
        duplicates = find_duplicates(units)
    said = speakers(units)  # read once, for the rules and the cues
    ranked = rule_conflicts(units, published, top, nlp, duplicates, said)
    # Then the pairs that share a topic and a cue (annotator.consistency.cues),
    # claims and advice alike, below every rule candidate.
    # A repeated claim stays in: the same words in another list ("Vilazodone
    # (Viibryd)" under "approved" and under "not approved") say something else.
    # Not what the article refutes ("Myth: The vaccine causes infertility.").
    myths = refuted(units)
    pool = [i for i, u in enumerate(units)
            if unit_value(u, "kind", "claim") in PAIRED_KINDS and i not in myths]
    taken = {(c.a, c.b) for c in ranked}
    shown = Counter(i for c in ranked for i in (c.a, c.b))
    # the reasons each unit is shown for: past the cap, only a reason new to it
    told = defaultdict(set)
    for c in ranked:
        told[c.a].add(_finding(c))
        told[c.b].add(_finding(c))
    for cued in cue_candidates(units, pool, published, duplicates, said) \
            if len(ranked) < top else ():
        finding = _finding(cued)
        if (cued.a, cued.b) in taken or any(
                shown[i] >= MAX_PER_UNIT and (shown[i] >= MAX_PER_UNIT + EXTRA_REASONS
                                              or finding in told[i])
                for i in (cued.a, cued.b)):
            continue
        shown.update((cued.a, cued.b))
        told[cued.a].add(finding)
        told[cued.b].add(finding)
        ranked.append(Candidate(cued.a, cued.b, cued.reason, cued.detail, cued.score))
        if len(ranked) == top:
            break
    return ranked


def _finding(candidate: Candidate | Cued) -> str:
    """What a candidate finds, for the cap on a unit's candidates: its reason, and for
    numbers what they measure ("both give duration"; a dose against a limit is a dose)."""
    if candidate.reason != "measure":
        return candidate.reason
    words = candidate.detail.split()
    return "measure " + (words[2].rstrip(",") if candidate.detail.startswith("both give")
                         else "dose")


def rule_conflicts(
    units: Sequence[Any], published: str | None = None, top: int = 25,
    nlp: Language | None = None, duplicates: Sequence[tuple[int, int]] | None = None,
    said: Sequence[str | None] | None = None,
) -> list[Candidate]:
    """The candidates the parse-level rules prove (contradiction.compare),
    strongest first: the head of :func:`find_conflicts`' list, without the
    pairs the cues add. `said`: :func:`speakers` of the units, if known."""
    pairs, subject = candidate_pairs(units, published, duplicates)
    chosen: list[tuple[int, int, float]] = []
    to_read: dict[int, None] = {}
    for _prior_score, i, j, similarity in pairs:
        if len(to_read) + (i not in to_read) + (j not in to_read) > MAX_PARSED_UNITS:
            continue  # later pairs among claims already read still fit
        to_read.update(dict.fromkeys((i, j)))
        chosen.append((i, j, similarity))
    if not chosen:
        return []
    claims = {
        i: read_claim(parse, unit_value(units[i], "text"), published)
        for i, parse in read_parses(units, list(to_read), subject, nlp).items()
    }

    found = []
    said = speakers(units) if said is None else said
    for i, j, similarity in chosen:
        if i not in claims or j not in claims:
            continue  # no parse to read (a blank pipeline)
        finding = compare(claims[i], claims[j])
        if finding is None or different_speakers(said[i], said[j]):
            continue
        score = finding.strength * (0.75 + 0.25 * similarity)
        if unit_value(units[i], "hedged") or unit_value(units[j], "hedged"):
            score *= HEDGE_FACTOR
        if not finding.sure:
            score *= UNSURE_SUBJECT_FACTOR
        found.append(Candidate(i, j, finding.reason, finding.detail, round(score, 3)))
    found.sort(key=lambda c: (-c.score, c.a, c.b))

    shown: Counter[int] = Counter()
    ranked = []
    for candidate in found:
        if shown[candidate.a] >= MAX_PER_UNIT or shown[candidate.b] >= MAX_PER_UNIT:
            continue
        shown.update((candidate.a, candidate.b))
        ranked.append(candidate)
        if len(ranked) == top:
            break
    return ranked
