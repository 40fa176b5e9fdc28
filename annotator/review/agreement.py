"""Agreement between reviewers: Cohen's κ, Krippendorff's α and the disagreement
queue. Pure: no SQL, no spaCy.

Reliability data are ``{unit: {rater: label}}``: each rater's current verdict on
the units they tagged; a rater absent from a unit did not tag it (missing data).
Labels are nominal (compared for equality only), so any hashable value works.

Degenerate cases, decided here once (``None`` means "undefined", never 0 or 1):

- No unit tagged by two raters: nothing to compare, κ and α are ``None``.
- One label throughout (every value that can be paired is, say, "supported"):
  chance agreement is then perfect too, so κ = (1 - 1) / (1 - 1) and
  α = 1 - 0 / 0. Both are undefined and returned as ``None``. This is the
  formulas' own answer and Krippendorff's reading: data without variation say
  nothing about whether raters can tell labels apart. Implementations differ
  (the ``krippendorff`` package raises ValueError; NLTK and R's ``irr`` return
  1.0): we do not report perfect reliability that the data cannot show. The
  plain share of units agreed on (100% there) is always reported next to them.
- Perfect agreement with two or more labels in use: κ = α = 1.0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import combinations
from typing import Any

Units = Mapping[Hashable, Mapping[Hashable, Hashable]]


def cohen_kappa(pairs: Iterable[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's κ for two raters: ``pairs`` holds (first rater's label, second
    rater's label), one pair per unit both tagged.

    κ = (p_o - p_e) / (1 - p_e), p_o the share of units on which they agree and
    p_e the agreement expected from each rater's own label frequencies. ``None``
    without pairs, or when both raters used one and the same label throughout."""
    pairs = list(pairs)
    n = len(pairs)
    if n == 0:
        return None
    agreed = sum(a == b for a, b in pairs)
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    # In counts rather than shares (multiplied through by n²), so that the
    # undefined case is an exact zero and not a float that happens to be tiny.
    chance = sum(first[label] * second[label] for label in first)
    if chance == n * n:
        return None
    return float(Fraction(n * agreed - chance, n * n - chance))


def krippendorff_alpha(units: Units) -> float | None:
    """Krippendorff's α for nominal labels, any number of raters, missing data
    allowed (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").

    Each unit with m ≥ 2 values adds every ordered pair of its values (from
    different raters) to a coincidence matrix with weight 1 / (m - 1); units
    with a single value cannot be paired and are left out. With n_c the
    marginals and n = Σ n_c the number of pairable values::

        α = 1 - D_o / D_e = 1 - (n - 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k

    ``None`` when no unit has two values, or when only one label occurs."""
    coincidences: Counter[tuple[Hashable, Hashable]] = Counter()
    for ratings in units.values():
        values = Counter(ratings.values())
        m = sum(values.values())
        if m < 2:
            continue
        for c, count_c in values.items():
            for k, count_k in values.items():
                pairs = count_c * (count_k - 1) if c == k else count_c * count_k
                if pairs:
                    coincidences[c, k] += Fraction(pairs, m - 1)
    marginals: Counter[Hashable] = Counter()
    for (c, _), weight in coincidences.items():
        marginals[c] += weight
    n = sum(marginals.values())
    if n == 0:
        return None
    observed = sum(weight for (c, k), weight in coincidences.items() if c != k)
    expected = n * n - sum(count * count for count in marginals.values())  # Σ_{c≠k} n_c n_k
    if expected == 0:
        return None
    return float(1 - (n - 1) * observed / expected)


@dataclass(frozen=True)
class PairAgreement:
    """Two raters on the units both tagged."""

    raters: tuple[Hashable, Hashable]
    shared: int
    agreed: int
    kappa: float | None

    @property
    def observed(self) -> float | None:
        return self.agreed / self.shared if self.shared else None


def pairwise_kappa(units: Units, min_shared: int = 1) -> list[PairAgreement]:
    """Cohen's κ of every pair of raters who tagged at least ``min_shared``
    units in common; pairs in rater order (sorted), each rater first in the
    pair ordered before the second."""
    raters = sorted({rater for ratings in units.values() for rater in ratings})
    found = []
    for a, b in combinations(raters, 2):
        pairs = [(ratings[a], ratings[b]) for ratings in units.values()
                 if a in ratings and b in ratings]
        if pairs and len(pairs) >= min_shared:
            found.append(PairAgreement(
                (a, b), len(pairs), sum(x == y for x, y in pairs), cohen_kappa(pairs),
            ))
    return found


@dataclass(frozen=True)
class Disagreement:
    """A unit whose raters gave different labels, with every rater's label."""

    unit: Hashable
    votes: dict[Hashable, Hashable]


def disagreements(units: Units) -> list[Disagreement]:
    """Units (in the given order) tagged by two or more raters who differ."""
    return [Disagreement(unit, dict(ratings)) for unit, ratings in units.items()
            if len(set(ratings.values())) > 1]


@dataclass(frozen=True)
class Agreement:
    """Everything ``annotator agreement`` shows about one article."""

    raters: dict[Hashable, int]  # units each rater tagged
    units: int  # units tagged by anyone
    shared: int  # units tagged by two or more
    agreed: int  # of those, units on which all agree
    alpha: float | None
    pairs: list[PairAgreement]
    disagreements: list[Disagreement]  # every unit on which raters differ
    queue: list[Disagreement] = field(default_factory=list)  # those still undecided

    @property
    def observed(self) -> float | None:
        return self.agreed / self.shared if self.shared else None


def summarise(units: Units, decided: Iterable[Hashable] = (), min_shared: int = 1) -> Agreement:
    """The agreement of raters over ``units``; ``decided`` units (adjudicated)
    stay in every measure but leave the queue."""
    shared = [ratings for ratings in units.values() if len(ratings) > 1]
    counts = Counter(rater for ratings in units.values() for rater in ratings)
    found = disagreements(units)
    done = set(decided)
    return Agreement(
        raters=dict(sorted(counts.items())), units=len(units), shared=len(shared),
        agreed=sum(len(set(ratings.values())) == 1 for ratings in shared),
        alpha=krippendorff_alpha(units), pairs=pairwise_kappa(units, min_shared),
        disagreements=found, queue=[d for d in found if d.unit not in done],
    )


# From the review log ------------------------------------------------------------
# Current tag events as ``Store.current_reviews`` returns them: {unit_id: [event]}.


def reviewer_votes(current: Mapping[int, list[dict[str, Any]]]) -> dict[int, dict[str, str]]:
    """``{unit_id: {reviewer: verdict}}`` of the ``reviewer`` role only: editors
    adjudicate, they are not raters. Units without a reviewer's verdict are left out."""
    votes = {}
    for unit_id, events in current.items():
        mine = {e["reviewer"]: e["verdict"] for e in events if e["role"] == "reviewer"}
        if mine:
            votes[unit_id] = mine
    return votes


def adjudicated(current: Mapping[int, list[dict[str, Any]]]) -> set[int]:
    """Units on which an editor's verdict stands (the final verdict there)."""
    return {unit_id for unit_id, events in current.items()
            if any(e["role"] == "editor" for e in events)}


def review_agreement(current: Mapping[int, list[dict[str, Any]]],
                     min_shared: int = 1) -> Agreement:
    """:func:`summarise` over an article's current verdicts; the queue is what
    awaits an editor: reviewers differ and no editor has decided yet."""
    return summarise(reviewer_votes(current), adjudicated(current), min_shared)
