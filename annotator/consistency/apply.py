"""Run the consistency checks on an article and store what they find: the glue
between :mod:`annotator.consistency.repeats` and :mod:`annotator.consistency.conflicts`
(pure) and the store (SQL).

Two steps, so that the write lock is never held while anything is computed:
:func:`plan_analysis` reads and computes (no transaction; ingest runs it on the
units it has just segmented, before the article is stored) and
:func:`apply_plan` writes the plan in the caller's transaction, or in a short
one of its own. :func:`analyse_article` does both for a stored article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotator.consistency.conflicts import Candidate, find_conflicts
from annotator.consistency.repeats import find_duplicates, suggest_prior_verdicts

if TYPE_CHECKING:
    from annotator.nlp.model import Language
    from annotator.store.db import Store


# What a suggestion copies of the verdict it offers.
_COPIED = ("verdict", "reasons", "rationale", "evidence", "reviewer")


@dataclass(frozen=True)
class Analysis:
    article_id: int
    duplicates: int  # units linked to an earlier unit saying the same
    conflicts: int  # candidates stored
    suggestions: int  # verdicts offered from other articles


@dataclass(frozen=True)
class Plan:
    """What the analysis of one article found, by unit position: the index
    into the units analysed, in article order (``seq - 1`` once stored)."""

    units: int  # how many units were analysed
    duplicates: list[tuple[int, int]]  # (position, position of the first saying the same)
    conflicts: list[Candidate]  # a and b are positions
    # The verdicts offered: "unit" (a position), then the suggestions row's
    # source_unit_id, source_review_id, source_article_id, the fields of
    # _COPIED and score.
    suggestions: list[dict[str, Any]]


def plan_analysis(
    units: Sequence[Any], published: str | None, reviewed: Sequence[dict],
    nlp: Language | None = None,
) -> Plan:
    """Find the article's repeated claims, its conflict candidates (top 25)
    and the verdicts of matching claims already reviewed elsewhere
    (`reviewed`: :meth:`~annotator.store.Store.reviewed_claims`). `units` are
    the article's units in order: ``segment.Unit`` objects or store rows.
    Claims are read from the parse made at segmentation, so this needs no
    spaCy; `nlp` (a parsing pipeline; default :func:`annotator.nlp.model.load`,
    loaded only then) parses the claims of candidate pairs that have none
    (stored before migration m005). A blank pipeline cannot parse: pairs with
    such claims are then left out. Reads and writes nothing."""
    duplicates = find_duplicates(units)
    conflicts = find_conflicts(units, published, nlp=nlp, duplicates=duplicates)
    offers = [
        {
            "unit": m.unit,
            "source_unit_id": reviewed[m.other]["unit_id"],
            "source_review_id": reviewed[m.other]["review_id"],
            "source_article_id": reviewed[m.other]["article_id"],
            **{key: reviewed[m.other][key] for key in _COPIED},
            "score": m.score,
        }
        for m in suggest_prior_verdicts(units, reviewed)
    ]
    return Plan(len(units), duplicates, conflicts, offers)


def apply_plan(
    store: Store, article_id: int, plan: Plan, unit_ids: Sequence[int] | None = None
) -> Analysis:
    """Store a plan for the article whose units are `unit_ids` (by position;
    default: the article's units by seq), in one transaction, or in the
    caller's. Applying it again refreshes duplicates and candidates and keeps
    reviewers' decisions. Only writes: nothing is computed here."""
    from annotator.store.schema import utcnow

    with store.write():
        if unit_ids is None:
            unit_ids = store.unit_ids(article_id)
        if len(unit_ids) != plan.units:
            raise ValueError(f"a plan for {plan.units} units, not {len(unit_ids)}")
        links = [(unit_ids[i], unit_ids[j]) for i, j in plan.duplicates]
        store.set_duplicates(article_id, links)
        stored = store.replace_conflicts(
            article_id,
            [
                {"unit_a": unit_ids[c.a], "unit_b": unit_ids[c.b], "reason": c.reason,
                 "detail": c.detail, "score": c.score}
                for c in plan.conflicts
            ],
        )
        now = utcnow()
        offers = [
            {"unit_id": unit_ids[offer["unit"]],
             **{k: v for k, v in offer.items() if k != "unit"}, "created_at": now}
            for offer in plan.suggestions
        ]
        store.add_suggestions(offers)
    return Analysis(article_id, len(links), stored, len(offers))


def analyse_article(store: Store, article_id: int, nlp: Language | None = None) -> Analysis:
    """Analyse a stored article again (:func:`plan_analysis`, reading the
    units and the reviewed claims of other articles) and store what it finds
    (:func:`apply_plan`). Running it again refreshes duplicates and candidates
    and keeps reviewers' decisions."""
    article = store.article(article_id)
    units = store.consistency_units(article["id"])
    reviewed = store.reviewed_claims(exclude_slug=article["slug"])
    plan = plan_analysis(units, article["published"], reviewed, nlp=nlp)
    return apply_plan(store, article["id"], plan, [unit["id"] for unit in units])
