"""What an article says twice, says against itself, or was already checked.

Pure functions over units (``annotator.segment.Unit`` objects or store rows:
anything with ``text``, ``lemmas`` and optionally ``kind``, ``start``, ``end``,
``hedged`` and the parse made at segmentation, ``tokens`` on a Unit or
``parse`` in a row). Nothing here speaks SQL (see
:mod:`annotator.consistency_store`) or imports spaCy at module level; only
:func:`find_conflicts` reads parses, of the units of the strongest candidate
pairs, and it parses again (spaCy) only a unit stored without its parse.
"""

from __future__ import annotations

import heapq
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from . import quantities
from .claimkeys import ClaimKey, claim_key, lexicon, question_pairs, topic_partners, topics
from .contradiction import STRENGTH, compare, read_claim
from .parse import Parse

if TYPE_CHECKING:
    from spacy.language import Language

REVIEWED_KINDS = ("claim",)
# Two claims say the same thing when their keys are equal, or when one only
# reorders the other's words or adds a word that just names what the article is
# about ("drug", "treatment": data/claim_words.json), and rapidfuzz's
# token_sort_ratio is at least this. Chosen on the shared corpus (5 articles,
# 546 claims): the one true rewording ("used for decades as an anesthetic" / "a
# drug that has been used as an anesthetic for decades") scores 92.3; the closest
# pair that is not the same claim ("SNRIs such as duloxetine (Cymbalta)" /
# "Cymbalta (duloxetine)") 86.4. Any other added or changed word ("pros" /
# "cons", 89.2; "in children"; "may"; "not"; a number) makes another claim.
SAME_CLAIM_SCORE = 90
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
# A claim said in many reviewed articles is offered the verdicts of a few: the
# best matches, those reviewed first among equals.
MAX_SUGGESTIONS = 5
# A reviewer sees a claim's strongest candidates; more pairs with the same claim
# mostly repeat one finding.
MAX_PER_UNIT = 3
# A hedged claim ("may") rarely contradicts anything outright; a claim without a
# subject ("Relatively safe") may not be about the same thing at all.
HEDGE_FACTOR = 0.85
UNSURE_SUBJECT_FACTOR = 0.9


@dataclass(frozen=True)
class Candidate:
    """Claims ``a`` and ``b`` (indexes into the units given) may contradict each other."""

    a: int
    b: int
    reason: str  # "opposite", "negation", "quantity" or "different-answer"
    detail: str
    score: float


@dataclass(frozen=True)
class Match:
    """Unit ``unit`` says what ``other`` says (in the other list, or the same one)."""

    unit: int
    other: int
    score: float


def _get(unit: Any, name: str, default: Any = None) -> Any:
    if isinstance(unit, dict):
        return unit.get(name, default)
    return getattr(unit, name, default)


def _reviewed(units: Sequence[Any]) -> list[int]:
    return [i for i, u in enumerate(units) if _get(u, "kind", "claim") in REVIEWED_KINDS]


def _keys(units: Sequence[Any], indexes: list[int]) -> list[ClaimKey]:
    return [claim_key(_get(units[i], "lemmas") or "") for i in indexes]


def _rewords(shorter: str, longer: str) -> bool:
    """`longer` has every word of `shorter` and adds only generic names of the
    subject ("a drug that ...")."""
    small, large = Counter(shorter.split()), Counter(longer.split())
    if small - large or sum(small.values()) < 2:
        return False
    return all(w in lexicon().refer_to_subject for w in large - small)


# Duplicate search never looks at all pairs. Whether two keys say the same
# thing depends only on their words, not on their order (token_sort_ratio sorts
# them; _rewords counts them), so equal keys up to order are one *form*, found
# with a dict. Two different forms can only match when one adds names of the
# subject to the other (_rewords), so both have the same words once those names
# are left out: the form's *core*. Only forms with one core are compared, and
# only those whose lengths allow a score of SAME_CLAIM_SCORE: the cost grows
# with the claims, not with their square, and the pairs found are exactly the
# ones a comparison of every pair finds.
Scorer = Callable[..., float]


def _too_long(shorter: str, longer: str) -> bool:
    """`longer` is too long to score SAME_CLAIM_SCORE against `shorter`: an Indel
    similarity s needs it at most (2 - s) / s times as long (in integers, so
    that the bound is exact)."""
    return len(longer) * SAME_CLAIM_SCORE > len(shorter) * (200 - SAME_CLAIM_SCORE)


def _forms(keys: Sequence[str]) -> dict[str, list[int]]:
    """Indexes of the non-empty keys by their words in sorted order, first seen first."""
    forms: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        if key:
            forms[" ".join(sorted(key.split()))].append(i)
    return forms


def _cores(forms: Iterable[str]) -> dict[str, list[str]]:
    """Forms by their words other than names of the subject, shortest first."""
    refer = lexicon().refer_to_subject
    cores: dict[str, list[str]] = defaultdict(list)
    for form in sorted(forms, key=len):
        cores[" ".join(w for w in form.split() if w not in refer)].append(form)
    return cores


def _matching_forms(
    forms: dict[str, list[int]], keys: Sequence[str],
    other_forms: dict[str, list[int]] | None = None, others: Sequence[str] | None = None,
    scorer: Scorer = fuzz.token_sort_ratio,
) -> Iterator[tuple[str, str, float]]:
    """(form, other form, score 0..100) for every two different forms that say
    the same thing; within `forms` each pair once (`other_forms` None), else a
    form of `forms` with one of `other_forms` (equal forms included, score
    100). `scorer` is called with a key of each form, the first seen."""
    within = other_forms is None
    theirs_by_core = _cores(forms) if within else _cores(other_forms)
    other_forms, others = (forms, keys) if within else (other_forms, others)
    for core, mine in _cores(forms).items():
        theirs = theirs_by_core.get(core)
        if not theirs:
            continue
        for x, form in enumerate(mine):
            for other in theirs[x + 1 :] if within else theirs:
                if form == other:  # only across lists: forms within one are distinct
                    yield form, other, 100.0
                    continue
                if len(other) < len(form):
                    if _too_long(other, form):
                        continue
                    short, long = other, form
                elif _too_long(form, other):
                    break  # shortest first: every later form is longer still
                else:
                    short, long = form, other
                if not _rewords(short, long):
                    continue
                score = scorer(keys[forms[form][0]], others[other_forms[other][0]],
                               score_cutoff=SAME_CLAIM_SCORE)
                if score >= SAME_CLAIM_SCORE:
                    yield form, other, score


def _as_score(value: float) -> float:
    # As the scores came out of rapidfuzz's cdist (float32), so they stay what they were.
    return round(array("f", [value])[0] / 100, 3)


def same_claims(
    keys: Sequence[str], others: Sequence[str] | None = None,
    scorer: Scorer = fuzz.token_sort_ratio,
) -> list[Match]:
    """Pairs of keys that say the same thing: equal, or one rewords the other
    (see SAME_CLAIM_SCORE), in order. Within one list (``others`` None) only
    i < j. Every pair is listed, so many copies of one key make many matches;
    :func:`find_duplicates` and :func:`suggest_prior_verdicts` work on forms."""
    forms = _forms(keys)
    found: list[Match] = []
    if others is None:
        for members in forms.values():
            found += [Match(i, j, 1.0) for x, i in enumerate(members) for j in members[x + 1 :]]
        for form, other, score in _matching_forms(forms, keys, scorer=scorer):
            found += [
                Match(min(i, j), max(i, j), _as_score(score))
                for i in forms[form] for j in forms[other]
            ]
    else:
        other_forms = _forms(others)
        for form, other, score in _matching_forms(forms, keys, other_forms, others, scorer):
            found += [
                Match(i, j, _as_score(score)) for i in forms[form] for j in other_forms[other]
            ]
    return sorted(found, key=lambda m: (m.unit, m.other))


def find_duplicates(
    units: Sequence[Any], scorer: Scorer = fuzz.token_sort_ratio
) -> list[tuple[int, int]]:
    """(unit index, index of the first unit saying the same thing), for every
    reviewed unit that repeats an earlier one."""
    indexes = _reviewed(units)
    keys = [k.key for k in _keys(units, indexes)]
    parent = list(range(len(indexes)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(x: int, y: int) -> None:
        first, second = sorted((root(x), root(y)))
        parent[second] = first

    forms = _forms(keys)
    for members in forms.values():
        for x in members[1:]:
            join(members[0], x)
    for form, other, _score in _matching_forms(forms, keys, scorer=scorer):
        join(forms[form][0], forms[other][0])
    return [(indexes[x], indexes[root(x)]) for x in range(len(indexes)) if root(x) != x]


def suggest_prior_verdicts(
    units: Sequence[Any], reviewed: Sequence[Any], scorer: Scorer = fuzz.token_sort_ratio
) -> list[Match]:
    """Units (of a newly ingested article) that say what an already reviewed
    claim says: ``Match(unit index, index into reviewed, score)``, in order, at
    most MAX_SUGGESTIONS per unit (the best, the first reviewed first). What
    the reviewer said is the caller's to attach; nothing is recorded here."""
    if not reviewed:
        return []
    indexes = _reviewed(units)
    keys = [k.key for k in _keys(units, indexes)]
    others = [claim_key(_get(r, "lemmas") or "").key for r in reviewed]
    forms, other_forms = _forms(keys), _forms(others)
    offered: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for form, other, score in _matching_forms(forms, keys, other_forms, others, scorer):
        offered[form].append((_as_score(score), other))
    found = []
    for form, matches in offered.items():
        best = heapq.nsmallest(
            MAX_SUGGESTIONS,
            ((-score, j) for score, other in matches for j in other_forms[other][:MAX_SUGGESTIONS]),
        )
        found += [Match(indexes[i], j, -score) for i in forms[form] for score, j in best]
    return sorted(found, key=lambda m: (m.unit, m.other))


# Conflicts --------------------------------------------------------------------


def _same_sentence(units: Sequence[Any], i: int, j: int) -> bool:
    """Two halves of one sentence ("few side effects at low doses; high doses can
    ..."): the writer set them side by side on purpose. A split leaves "; " or
    ", " between the halves and no full stop at the end of the first."""
    end, start = _get(units[i], "end"), _get(units[j], "start")
    if end is None or start is None or not 0 <= start - end <= 2:
        return False
    return not _get(units[i], "text").rstrip("\"'”’)]").endswith((".", "!", "?"))


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
    from .nlp import is_blank, load  # lazily: spaCy only when something is parsed

    nlp = nlp or load()
    return None if is_blank(nlp) else nlp


def _stored_parse(unit: Any) -> str:
    """The parse stored with a unit at segmentation ("" if it has none)."""
    return _get(unit, "tokens") or _get(unit, "parse") or ""


def read_parses(
    units: Sequence[Any], indexes: Sequence[int], subject: str | None, nlp: Language | None = None
) -> dict[int, Parse]:
    """The parse of each unit of `indexes`: the one stored at segmentation, or
    (a unit stored without one) `nlp` parsing its text again, loaded only
    then. A unit left without a parse (a blank pipeline) is not in the result."""
    parses = {}
    missing = []
    for i in indexes:
        stored = _stored_parse(units[i])
        if stored:
            parses[i] = Parse.decode(stored, subject, _get(units[i], "text"))
        else:
            missing.append(i)
    if missing and (parser := _parser(nlp)) is not None:
        docs = parser.pipe(_get(units[i], "text") for i in missing)
        for i, doc in zip(missing, docs, strict=True):
            parses[i] = Parse.from_doc(doc, subject)
    return parses


def candidate_pairs(
    units: Sequence[Any], published: str | None = None,
    duplicates: Sequence[tuple[int, int]] | None = None,
) -> tuple[list[tuple[float, int, int, float]], str | None]:
    """Pairs worth parsing, strongest first, at most MAX_CANDIDATE_PAIRS:
    (prior, i, j, topic similarity), as indexes into `units`; and the article's
    main subject. Duplicates (:func:`find_duplicates`, found again unless
    given) stand for their first occurrence. No parse: lemmas and an inverted
    topic index."""
    if duplicates is None:
        duplicates = find_duplicates(units)
    repeated = {i for i, _ in duplicates}
    indexes = [i for i in _reviewed(units) if i not in repeated]
    keys = _keys(units, indexes)
    topic = topics(keys)
    kinds = [quantities.kinds(_get(units[i], "text"), published) for i in indexes]
    weight = [topic.weight(k.topic) for k in keys]
    questions: dict[int, set[int]] = defaultdict(set)
    for x, y in question_pairs(keys, topic):
        questions[x].add(y)
    # The strongest pairs so far, weakest on top (a lower score, then a later pair).
    kept: list[tuple[float, int, int, float]] = []
    for x, shared in enumerate(topic_partners(keys, topic)):
        for y in shared.keys() | questions.get(x, set()):
            prior = _prior(keys[x], keys[y], kinds[x], kinds[y])
            if prior and not _same_sentence(units, indexes[x], indexes[y]):
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
    first, at most `top` (and at most MAX_PER_UNIT per claim). `published`
    (ISO date) lets "since the 1950s" be compared with "for 50 years". Claims
    are read from the parse stored at segmentation; `nlp` (default
    :func:`annotator.nlp.load`) parses only claims stored without one.
    `duplicates` saves finding them again (see :func:`candidate_pairs`)."""
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
        i: read_claim(parse, _get(units[i], "text"), published)
        for i, parse in read_parses(units, list(to_read), subject, nlp).items()
    }

    found = []
    for i, j, similarity in chosen:
        if i not in claims or j not in claims:
            continue  # no parse to read (a blank pipeline)
        finding = compare(claims[i], claims[j])
        if finding is None:
            continue
        score = finding.strength * (0.75 + 0.25 * similarity)
        if _get(units[i], "hedged") or _get(units[j], "hedged"):
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
