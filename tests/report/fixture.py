"""A tiny made-up article with reviews and conflicts, built by code for the report
tests. Its claims are invented for testing and are not health advice.

Review events go through the store API (``record_review``, ``retract_review``)
under a fake clock, so every timestamp, and so every report, is the same on
every run. Unit ids are 1, 2, ... in article order (a fresh database)."""

from __future__ import annotations

import hashlib
import itertools
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest

from annotator.evidence import recognise
from annotator.nlp.segmenter import Unit
from annotator.store import reviews as store_reviews
from annotator.store import schema
from annotator.store.db import Store

TITLE = "Coffee and your heart"
URL = "https://news.example.org/health/coffee-heart"
PUBLISHED = "2025-02-20"
SIDE = "What about side effects?"
TEXT = f"""{TITLE}

By Staff Writer

Coffee *cures* heart disease, a 2019 study found.
Three cups a day cut the risk of stroke by 50%.
The FDA has approved coffee as a treatment for arrhythmia.
Moderate coffee intake is linked to lower mortality in large cohort studies.

{SIDE}

Coffee never raises blood pressure.
Caffeine raises blood pressure for a few hours after a cup.
Up to 400 mg of caffeine a day is safe for most adults | see [1] & <ref>.

Subscribe to our newsletter for more tips!
"""
# (text, kind, section); unit ids follow this order.
UNITS = [
    (TITLE, "heading", None),
    ("By Staff Writer", "meta", TITLE),
    ("Coffee *cures* heart disease, a 2019 study found.", "claim", TITLE),  # 3
    ("Three cups a day cut the risk of stroke by 50%.", "claim", TITLE),  # 4
    ("The FDA has approved coffee as a treatment for arrhythmia.", "claim", TITLE),  # 5
    ("Moderate coffee intake is linked to lower mortality in large cohort studies.",
     "claim", TITLE),  # 6
    (SIDE, "heading", None),  # 7
    ("Coffee never raises blood pressure.", "claim", SIDE),  # 8
    ("Caffeine raises blood pressure for a few hours after a cup.", "claim", SIDE),  # 9
    ("Up to 400 mg of caffeine a day is safe for most adults | see [1] & <ref>.",
     "claim", SIDE),  # 10
    ("Subscribe to our newsletter for more tips!", "promo", SIDE),
]
CLAIM_IDS = [3, 4, 5, 6, 8, 9, 10]
ANA, BEN, CARLA = "Ana Lima", "Ben Okafor", "Carla Diaz"
START = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


@contextmanager
def frozen_clock(step: timedelta = timedelta(minutes=7)):
    """Timestamps of review events and conflict decisions from START, one
    ``step`` per event."""
    ticks = itertools.count()

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return START + step * next(ticks)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store_reviews, "datetime", Clock)
        patch.setattr(schema, "utcnow",
                      lambda: Clock.now().isoformat(timespec="microseconds"))
        yield


def units_of(text: str, spec: list[tuple[str, str, str | None]]) -> list[Unit]:
    """Units at the first occurrence of each text after the previous unit."""
    units, cursor = [], 0
    for piece, kind, section in spec:
        start = text.index(piece, cursor)
        cursor = start + len(piece)
        units.append(Unit(start, cursor, kind, piece, section, hedged=False))
    return units


def add_article(store: Store, text: str, spec, **meta) -> int:
    sha = hashlib.sha256(text.encode()).hexdigest()
    result = store.add_article(
        text=text, sha256=sha, units=units_of(text, spec), model="test", **meta
    )
    return result.article_id


def evidence(*typed: str):
    return tuple(recognise(item) for item in typed)


def build(path, conflicts: bool = True) -> Store:
    """The coffee article, reviewed; ``conflicts`` adds one confirmed, one open
    and one dismissed conflict candidate."""
    store = Store.open(path)
    add_article(store, TEXT, UNITS, slug="coffee-heart", title=TITLE, url=URL,
                published=PUBLISHED)
    with frozen_clock():
        # 3: both reviewers say contradictory: final by agreement, evidence merged.
        store.record_review(
            3, ANA, verdict="contradictory",
            reasons=("overstated-certainty", "correlation-as-causation"),
            rationale="Cohort studies show an association with lower risk, not a cure.",
            evidence=evidence("PMID 29167102 - umbrella review"),
            correction="Observational studies link moderate coffee drinking to a slightly "
            "lower risk of heart disease; they do not show that coffee cures it.",
        )
        store.record_review(3, BEN, verdict="contradictory", reasons=("overstated-certainty",),
                            evidence=evidence("https://doi.org/10.1136/bmj.j5024"))
        # 4: the reviewers disagree; their rationales are drafts for outsiders.
        store.record_review(4, ANA, verdict="unsupported", reasons=("overstated-certainty",),
                            rationale="No trial shows a 50% cut; the cohorts show far less.")
        store.record_review(4, BEN, verdict="supported",
                            rationale="A meta-analysis reports a lower risk.")
        # 5: a reviewer says unsupported, the editor adjudicates contradictory.
        store.record_review(5, ANA, verdict="unsupported", reasons=("regulatory-status",))
        store.record_review(
            5, CARLA, role="editor", verdict="contradictory", reasons=("regulatory-status",),
            rationale="The FDA has approved no food as a treatment for arrhythmia.\n\n"
            "Coffee is regulated as a food.",
            evidence=evidence("https://www.fda.gov/drugs/development-approval-process-drugs",
                              "FDA approvals database, searched 2025-03-01"),
            correction="Coffee is not an approved treatment for arrhythmia.",
        )
        # 6: supported by one reviewer.
        store.record_review(6, ANA, verdict="supported",
                            evidence=evidence("doi:10.1146/annurev-nutr-071816-064941"))
        # 8: Ana first says supported, then amends; both end on unsupported.
        store.record_review(8, ANA, verdict="supported")
        store.record_review(
            8, BEN, verdict="unsupported", reasons=("overstated-certainty",),
            rationale="Caffeine *acutely* raises blood pressure; see [trial] | table 2.",
            correction="Caffeine can raise blood pressure for a few hours, especially in "
            "people who rarely drink it.",
        )
        store.record_review(8, ANA, verdict="unsupported")
        # 9: Ben tags and undoes; then only a note: unreviewed, with a draft.
        store.record_review(9, BEN, verdict="supported")
        store.retract_review(9, BEN)
        store.record_review(9, BEN, rationale="Probably true; check the 2018 meta-analysis.")
        # 10: nobody yet.
        if conflicts:
            store.replace_conflicts(1, [
                {"unit_a": 8, "unit_b": 9, "reason": "negation",
                 "detail": "never raises / raises", "score": 0.91},
                {"unit_a": 3, "unit_b": 6, "reason": "opposite",
                 "detail": "cures / linked to lower mortality", "score": 0.42},
                {"unit_a": 4, "unit_b": 5, "reason": "quantity", "detail": "50% / none",
                 "score": 0.2},
            ])
            store.decide_conflict(1, 1, "confirmed", ANA)
            store.decide_conflict(1, 3, "dismissed", BEN)
    return store


# Smaller articles for what the coffee article does not show ----------------------

SMALL_URL = "https://news.example.org/health/small"


def unit_ids(store: Store, article_id: int) -> list[int]:
    """Unit ids of an article in article order (1-based numbering: ``[0]`` unused)."""
    return [0] + [unit["id"] for unit in store.units(article_id)]


def build_two_roles(store: Store) -> None:
    """QA's case: Ana reviews one claim, adjudicates two as editor (one of them
    Ben reviewed first), and Ben reviews one more; slug ``two-roles``, units
    1-5 of a fresh database (a heading, then four claims)."""
    text = "Two roles\n\nClaim one.\nClaim two.\nClaim three.\nClaim four.\n"
    unit = unit_ids(store, add_article(store, text, [("Two roles", "heading", None)] + [
        (f"Claim {n}.", "claim", "Two roles") for n in ("one", "two", "three", "four")
    ], slug="two-roles", url=SMALL_URL))
    with frozen_clock():
        store.record_review(unit[2], ANA, verdict="unsupported", rationale="Ana, reviewing.")
        store.record_review(unit[3], ANA, role="editor", verdict="contradictory",
                            rationale="Ana, deciding.")
        store.record_review(unit[4], BEN, verdict="supported")
        store.record_review(unit[4], ANA, role="editor", verdict="contradictory")
        store.record_review(unit[5], BEN, verdict="contradictory", rationale="Ben, reviewing.")


def build_tagged_non_claims(store: Store) -> None:
    """Verdicts on units that are not claims (``review --all-kinds``). Slug
    ``headings`` (units 1-4 of a fresh database): a heading tagged contradictory
    with a correction, a byline the reviewers disagree on, and two claims, one
    supported and one not reviewed. Slug ``heading-only`` (unit 5): one heading,
    tagged supported."""
    text = "Coffee cures cancer\n\nBy Staff Writer\n\nCoffee is popular.\nIt is brewed hot.\n"
    unit = unit_ids(store, add_article(store, text, [
        ("Coffee cures cancer", "heading", None),
        ("By Staff Writer", "meta", "Coffee cures cancer"),
        ("Coffee is popular.", "claim", "Coffee cures cancer"),
        ("It is brewed hot.", "claim", "Coffee cures cancer"),
    ], slug="headings", url=SMALL_URL))
    (heading,) = unit_ids(store, add_article(
        store, "Only a heading\n", [("Only a heading", "heading", None)],
        slug="heading-only", url=SMALL_URL))[1:]
    with frozen_clock():
        store.record_review(unit[1], ANA, verdict="contradictory",
                            reasons=("overstated-certainty",),
                            correction="Coffee does not cure cancer.")
        store.record_review(unit[2], ANA, verdict="supported")
        store.record_review(unit[2], BEN, verdict="unsupported")
        store.record_review(unit[3], ANA, verdict="supported")
        store.record_review(heading, ANA, verdict="supported")
