"""Run the consistency checks on a stored article and store what they find:
the glue between :mod:`annotator.consistency` (pure) and the store (SQL).

Ingest calls :func:`analyse_article` after storing a new or revised article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .consistency import find_conflicts, find_duplicates, suggest_prior_verdicts

if TYPE_CHECKING:
    from spacy.language import Language

    from .store import Store


# What a suggestion copies of the verdict it offers.
_COPIED = ("verdict", "reasons", "rationale", "evidence", "reviewer")


@dataclass(frozen=True)
class Analysis:
    article_id: int
    duplicates: int  # units linked to an earlier unit saying the same
    conflicts: int  # candidates stored
    suggestions: int  # verdicts offered from other articles


def analyse_article(store: Store, article_id: int, nlp: Language | None = None) -> Analysis:
    """Link the article's repeated claims, store its conflict candidates (top
    25) and offer verdicts of matching claims already reviewed elsewhere; in
    one transaction. Running it again refreshes duplicates and candidates and
    keeps reviewers' decisions. Claims are read from the parse stored with
    them at ingest, so this needs no spaCy; `nlp` (a parsing pipeline; default
    :func:`annotator.nlp.load`, loaded only then) parses the claims of
    candidate pairs stored without one (ingested before migration m005). A
    blank pipeline cannot parse: pairs with such claims are then left out."""
    from .store import utcnow

    article = store.article(article_id)
    units = store.consistency_units(article["id"])
    links = [(units[i]["id"], units[j]["id"]) for i, j in find_duplicates(units)]
    candidates = find_conflicts(units, article["published"], nlp=nlp)
    reviewed = store.reviewed_claims(exclude_slug=article["slug"])
    now = utcnow()
    offers = [
        {
            "unit_id": units[m.unit]["id"],
            "source_unit_id": reviewed[m.other]["unit_id"],
            "source_review_id": reviewed[m.other]["review_id"],
            "source_article_id": reviewed[m.other]["article_id"],
            **{key: reviewed[m.other][key] for key in _COPIED},
            "score": m.score,
            "created_at": now,
        }
        for m in suggest_prior_verdicts(units, reviewed)
    ]
    with store.write():
        store.set_duplicates(article["id"], links)
        stored = store.replace_conflicts(
            article["id"],
            [
                {"unit_a": units[c.a]["id"], "unit_b": units[c.b]["id"], "reason": c.reason,
                 "detail": c.detail, "score": c.score}
                for c in candidates
            ],
        )
        store.add_suggestions(offers)
    return Analysis(article["id"], len(links), stored, len(offers))
