"""What an article says twice, or says of a claim already checked elsewhere.

Pure functions over units (``annotator.nlp.segmenter.Unit`` objects or store rows:
anything with ``lemmas`` and optionally ``kind``), and the helpers that read
either kind of unit. What an article says against itself is in
:mod:`annotator.consistency.conflicts`; nothing here speaks SQL (see
:mod:`annotator.consistency.apply`) or imports spaCy.
"""

from __future__ import annotations

import heapq
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from annotator.nlp.claimkeys import ClaimKey, claim_key, lexicon

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
# A claim said in many reviewed articles is offered the verdicts of a few: the
# best matches, those reviewed first among equals.
MAX_SUGGESTIONS = 5


@dataclass(frozen=True)
class Match:
    """Unit ``unit`` says what ``other`` says (in the other list, or the same one)."""

    unit: int
    other: int
    score: float


def unit_value(unit: Any, name: str, default: Any = None) -> Any:
    """A field of a unit, whether a ``Unit`` or a store row."""
    if isinstance(unit, dict):
        return unit.get(name, default)
    return getattr(unit, name, default)


def reviewed_indexes(units: Sequence[Any]) -> list[int]:
    """Indexes of the units of a reviewed kind (a unit without a kind is a claim)."""
    return [i for i, u in enumerate(units) if unit_value(u, "kind", "claim") in REVIEWED_KINDS]


# Run-in labels under which the article states what it refutes: "Myth: The vaccine
# causes infertility." is not the article's claim.
_REFUTED_LABELS = {"myth", "fiction", "false", "misconception", "rumor", "rumour", "claim"}


def refuted(units: Sequence[Any]) -> set[int]:
    """Indexes of the units the article labels as what it refutes: a unit right
    after a run-in label such as ``Myth:`` on its line."""
    found = set()
    for i in range(1, len(units)):
        label = (unit_value(units[i - 1], "text") or "").strip()
        end, start = unit_value(units[i - 1], "end"), unit_value(units[i], "start")
        if unit_value(units[i - 1], "kind") == "heading" and label.endswith(":") \
                and end is not None and start is not None and 0 <= start - end <= 1 \
                and re.sub(r"[\s#\d.:]+$", "", label[:-1]).strip().lower() in _REFUTED_LABELS:
            found.add(i)
    return found


def claim_keys(units: Sequence[Any], indexes: list[int]) -> list[ClaimKey]:
    """The claim key of each unit of `indexes`, from its lemmas."""
    return [claim_key(unit_value(units[i], "lemmas") or "") for i in indexes]


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
    indexes = reviewed_indexes(units)
    keys = [k.key for k in claim_keys(units, indexes)]
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
    indexes = reviewed_indexes(units)
    keys = [k.key for k in claim_keys(units, indexes)]
    others = [claim_key(unit_value(r, "lemmas") or "").key for r in reviewed]
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
