"""Duplicates, verdict suggestions and conflict rules on small made-up articles.

Each article is segmented as ingest would (so the lemmas come from the same
parse); the pipeline is loaded once for the session.
"""

import dataclasses
import math
from collections import Counter
from pathlib import Path

import pytest

from annotator.consistency import cues, quantities
from annotator.consistency.conflicts import (
    EXTRA_REASONS,
    MAX_PER_UNIT,
    Candidate,
    _finding,
    find_conflicts,
    rule_conflicts,
)
from annotator.consistency.repeats import find_duplicates, suggest_prior_verdicts
from annotator.nlp.segmenter import segment


@pytest.fixture(scope="session")
def nlp():
    from annotator.nlp.model import load

    return load()


def units_of(nlp, *paragraphs):
    return segment("\n\n".join(paragraphs) + "\n", nlp)


def conflicts(nlp, *paragraphs, published=None):
    """What the parse rules prove; the pairs the cues add on top (to be read
    together, not proved) are tested in test_cues.py."""
    units = units_of(nlp, *paragraphs)
    return [
        (c.reason, units[c.a].text, units[c.b].text, c.detail)
        for c in rule_conflicts(units, published, nlp=nlp)
    ]


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        # opposite direction on the same thing
        ("Coffee raises blood pressure.", "Coffee lowers blood pressure.", "opposite"),
        ("Vitamin D is safe.", "Vitamin D is dangerous.", "opposite"),
        ("Aspirin has few side effects.", "Aspirin has many side effects.", "opposite"),
        ("Sumatriptan is approved for migraine.",
         "Sumatriptan is still being researched for migraine.", "opposite"),
        ("Esketamine was approved by the FDA in 2019.", "Esketamine is an experimental drug.",
         "opposite"),
        ("Melatonin works by increasing serotonin.", "Melatonin works by blocking serotonin.",
         "opposite"),
        # negation of the same predicate
        ("Zinc is effective against colds.", "Zinc is not effective against colds.", "negation"),
        ("Ketamine can cause addiction.", "Ketamine does not cause addiction.", "negation"),
        ("Ketamine relieves depression without side effects.",
         "Ketamine has side effects such as nausea.", "negation"),
        # what a thing is, and the bare noun denied in a clause set against another
        ("Lactose intolerance is a food allergy.",
         "Although lactose intolerance is not an allergy, it causes bloating.", "negation"),
        # incompatible quantities of one kind on the same predicate
        ("Ibuprofen starts working within minutes.",
         "Ibuprofen takes about two hours to start working.", "quantity"),
        ("Half of patients respond to lithium.", "About 90% of patients respond to lithium.",
         "quantity"),
        ("Symptoms usually start at 20 years old.", "Symptoms usually start at 60 years old.",
         "quantity"),
        ("The trial enrolled three groups of patients.",
         "The trial enrolled five groups of patients.", "quantity"),
        # different answers to one question
        ("Caffeine is a stimulant.", "Caffeine is a depressant.", "different-answer"),
        ("Aspirin works by blocking enzymes.", "Aspirin works by thinning the blood.",
         "different-answer"),
    ],
)
def test_rule_flags(nlp, first, second, reason):
    found = conflicts(nlp, first, second)
    assert [(r, a, b) for r, a, b, _ in found] == [(reason, first, second)]
    assert found[0][3]  # every candidate says why


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # X increases Y / X increases Z, and opposites said of different things
        ("Coffee raises blood pressure.", "Coffee raises heart rate."),
        ("Coffee raises blood pressure.", "Coffee lowers cholesterol."),
        # the same claim repeated
        ("Coffee raises blood pressure.", "Coffee raises blood pressure."),
        # two opposites cancel out
        ("Vitamin D is safe at low doses.", "Vitamin D is dangerous at high doses."),
        ("Ketamine is safe when used in low doses.", "High doses of ketamine are dangerous."),
        # a hypothetical says nothing about the present
        ("If approved, esketamine would be the first new treatment.",
         "Esketamine is an investigational drug."),
        # different predicates, different senses
        ("The drug takes effect within minutes.", "The effects last up to four hours."),
        ("Ketamine does not work for everyone.", "Ketamine works by blocking NMDA receptors."),
        ("Ketamine works by blocking NMDA receptors.",
         "Esketamine works by blocking NMDA receptors."),
        # compatible amounts
        ("About 50% of patients respond to lithium.", "Half of patients respond to lithium."),
        # a description of a noun is not what the claim asserts
        ("Ketamine helps patients who have not benefited from antidepressants.",
         "Many patients benefit from antidepressants."),
        # denying a kind of a thing leaves the thing; a time set before the sentence
        ("Lactose intolerance is not a food allergy.", "Lactose intolerance is an allergy."),
        ("When zinc is not a cure, rest helps.", "Zinc is a cure."),
        # "people without depression" says who, not what they have
        ("People with depression have low serotonin.",
         "People without depression have normal serotonin."),
    ],
)
def test_rule_does_not_flag(nlp, first, second):
    assert conflicts(nlp, first, second) == []


def test_a_clause_set_against_another_after_while_asserts(nlp):
    found = conflicts(nlp, "Lactose intolerance is a food allergy.",
                      "A milk allergy is an immune reaction, while lactose intolerance is "
                      "not an allergy.")
    assert [(r, b) for r, _, b, _ in found] == [
        ("negation", "while lactose intolerance is not an allergy.")]
    # Must not change: "while" opening a sentence without a comma before it is a time.
    assert conflicts(nlp, "Zinc is a cure.", "While zinc is not a cure you can still use it.") \
        == []


def test_halves_of_one_sentence_are_not_paired(nlp):
    # The writer set the two halves side by side on purpose.
    units = units_of(nlp, "Ketamine is safe at low doses; high doses of ketamine are dangerous.")
    assert len([u for u in units if u.kind == "claim"]) == 2
    assert find_conflicts(units, nlp=nlp) == []


@pytest.mark.parametrize(
    ("published", "flagged"),
    [("2020-06-01", False), ("2000-06-01", True), (None, False)],
)
def test_since_a_year_is_compared_with_a_duration_at_the_article_date(nlp, published, flagged):
    found = conflicts(
        nlp, "Lithium has been used since 1990.", "Lithium has been used for 30 years.",
        published=published,
    )
    assert bool(found) is flagged
    if flagged:
        assert found[0][0] == "quantity" and "before 2000-06-01" in found[0][3]


@pytest.mark.parametrize(("published", "flagged"), [("2022-11-08", True), ("2008-01-01", False)])
def test_since_the_1950s_against_more_than_50_years(nlp, published, flagged):
    # "more than 50 years" reads as 50 to 60: in 2022, the 1950s are 63 to 73 years back.
    found = conflicts(
        nlp, "Ketamine has been in use since the 1950s.",
        "Ketamine has been used for more than 50 years.", published=published,
    )
    assert bool(found) is flagged


def test_quantities_read_as_intervals():
    def one(text, published=None):
        (found,) = quantities.extract(text, published)
        return found.kind, round(found.low, 2), round(found.high, 2)

    assert one("it takes effect within minutes") == ("duration", 0, 30)
    assert one("It takes about an hour") == ("duration", 40, 90)
    year = quantities.MINUTES_PER_YEAR
    assert one("used for more than 50 years") == ("duration", 50 * year, 60 * year)
    kind, low, high = one("used for decades")
    assert kind == "duration" and low == 20 * year and math.isinf(high)
    assert one("in use since the 1950s") == ("start-year", 1950, 1960)
    assert one("patients aged 65 and older") == ("age", 65, 120)
    # "about" widens a share by points (5, or a tenth), not by half again as a time
    assert one("about half of people") == ("percent", 45, 55)
    assert one("five signs of abuse") == ("count:sign", 5, 5)
    # How often, not how long.
    assert [q.kind for q in quantities.extract("take it three times a day")] == ["frequency"]
    assert one("eat two eggs a day") == ("frequency", 2, 2)
    # People a year are how many, not how often (not 100/365 times a day).
    assert one("around 100 people a year are bitten") == ("count:person", 66.67, 150)
    assert one("40,000 children a year end up in A&E") == ("count:child", 40000, 40000)
    assert quantities.extract("in recent years") == []
    # For life: at least twenty years, no end; "life-threatening" names no time.
    for said in ("take it for the rest of your life", "most people need it for life",
                 "a lifelong condition"):
        kind, low, high = one(said)
        assert kind == "duration" and low == 20 * year and math.isinf(high)
    assert quantities.extract("a life-threatening reaction") == []
    # Said to be permanent, as a state: for life too; not a kind, nor how much.
    for said in ("whitening results are permanent", "the hearing loss is usually permanent"):
        kind, low, high = one(said)
        assert kind == "duration" and low == 20 * year and math.isinf(high)
    for named in ("a permanent form of birth control", "it can permanently damage hearing",
                  "Vasectomy should be considered permanent"):
        assert quantities.extract(named) == []
    # Where a thing is kept: the temperature kept there, a measure of its own.
    assert one("Store it in the refrigerator.") == ("storage temperature", 2, 8)
    assert one("Keep it at room temperature.") == ("storage temperature", 15, 25)
    # Two places: a thing moved between them, no one place said.
    assert quantities.extract("Thaw food from the freezer in the fridge.") == []


def test_candidates_are_ranked_and_capped(nlp):
    units = units_of(
        nlp,
        "Ketamine is safe. Ketamine is dangerous. Ketamine is not safe.",
        "Ketamine raises blood pressure. Ketamine reduces blood pressure.",
        "Ketamine works by blocking receptors. Ketamine works by activating receptors.",
        "Ketamine takes effect within minutes. Ketamine takes about an hour to take effect.",
    )
    every = find_conflicts(units, nlp=nlp)
    assert len(every) >= 4
    scores = [c.score for c in every]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= 1 for s in scores)
    for index in range(len(units)):
        assert sum(index in (c.a, c.b) for c in every) <= MAX_PER_UNIT
    assert find_conflicts(units, nlp=nlp, top=2) == every[:2]


def test_past_its_cap_a_unit_is_shown_only_for_a_finding_new_to_it():
    assert _finding(Candidate(0, 1, "measure", "both give duration, of different things", 0.1)) \
        == "measure duration"
    assert _finding(Candidate(0, 1, "measure", "150 mg a day (two 25mg tablets) vs at most "
                              "100 mg a day (100mg)", 0.1)) == "measure dose"
    assert _finding(Candidate(0, 1, "caveat", "safe for / not for: pregnant", 0.1)) == "caveat"
    text = ("Pityriasis rosea\n\nPityriasis rosea is safe in pregnancy and the rash usually "
            "lasts 6 to 12 weeks.\n\nThe rash of pityriasis rosea can last up to 5 months.\n\n"
            "The rash of pityriasis rosea usually fades within 2 to 3 weeks.\n\n"
            "In children the rash of pityriasis rosea lasts about 4 weeks.\n\n"
            "Pityriasis rosea during pregnancy can harm the baby.")
    units = segment(text)
    every = find_conflicts(units)
    # the first claim is shown with three durations, and then for pregnancy too
    assert [_finding(c) for c in every if 1 in (c.a, c.b)] == ["measure duration"] * 3 + ["caveat"]
    for index in range(len(units)):
        shown = [_finding(c) for c in every if index in (c.a, c.b)]
        assert len(shown) <= MAX_PER_UNIT + EXTRA_REASONS
        assert all(finding not in shown[:k] for k, finding in enumerate(shown) if k >= MAX_PER_UNIT)


# Duplicates and suggestions ------------------------------------------------------


def test_duplicates_link_rewordings_to_the_first(nlp):
    units = units_of(
        nlp,
        "Ketamine has been used for decades as an anesthetic.",
        "Pros to using ketamine include speed.",
        "Ketamine is a drug that has been used as an anesthetic for decades.",
        "Cons to using ketamine include speed.",
        "Ketamine has been used for decades as an anesthetic.",
    )
    assert find_duplicates(units) == [(2, 0), (4, 0)]


@pytest.mark.parametrize(
    "other",
    [
        "Ketamine may cause serious side effects.",  # a hedge added
        "Ketamine does not cause serious side effects.",  # a negation
        "Ketamine causes rare side effects.",  # an opposites word
        "Ketamine causes 12 serious side effects.",  # a number
        "Ketamine causes serious side effects in children.",  # one word changed
    ],
)
def test_a_changed_meaning_is_not_a_duplicate(nlp, other):
    assert find_duplicates(units_of(nlp, "Ketamine causes serious side effects.", other)) == []


def test_prior_verdicts_are_suggested_for_the_same_claim(nlp):
    new = units_of(
        nlp,
        "Ketamine has been used for decades as an anesthetic.",
        "Ketamine cures depression.",
    )
    reviewed = [
        {"lemmas": u.lemmas, "verdict": verdict}
        for u, verdict in zip(
            units_of(nlp, "Ketamine is a drug that has been used as an anesthetic for decades.",
                     "Ketamine cures anxiety."),
            ("supported", "unsupported"),
            strict=True,
        )
    ]
    (match,) = suggest_prior_verdicts(new, reviewed)
    assert (match.unit, match.other) == (0, 0) and 0.9 <= match.score <= 1


# The parse stored at segmentation, and parsing again ------------------------------

# One article per rule, each with something to find.
ARTICLES = [
    ("Coffee raises blood pressure.", "Coffee lowers blood pressure."),
    ("Esketamine was approved by the FDA in 2019.", "Esketamine is an experimental drug."),
    ("Zinc is effective against colds.", "Zinc is not effective against colds."),
    ("Ketamine relieves depression without side effects.",
     "Ketamine has side effects such as nausea."),
    ("Ibuprofen starts working within minutes.",
     "Ibuprofen takes about two hours to start working."),
    ("Ketamine has been in use since the 1950s.",
     "Ketamine has been used for more than 50 years."),
    ("Melatonin is a hormone. Melatonin is a vitamin.",),
    ("Ketamine is safe. Ketamine is dangerous. Ketamine is not safe.",),
    # Clauses cut from their sentences: their parse is a piece of the sentence's.
    ("Ketamine is old, but it works by blocking receptors in the brain.",
     "Ketamine works by activating receptors in the brain.",
     "Ketamine is cheap; it is not safe for children.", "Ketamine is safe for children."),
]


class NoParser:
    """A pipeline that fails if anything asks it to parse."""

    def __getattr__(self, name):
        raise AssertionError(f"parsed again (nlp.{name})")


def without_parse(units, keep=lambda index: False):
    """The units as a database ingested before the parse was stored has them."""
    return [u if keep(k) else dataclasses.replace(u, packed=b"") for k, u in enumerate(units)]


@pytest.mark.parametrize("paragraphs", ARTICLES, ids=[a[0][:24] for a in ARTICLES])
def test_the_stored_parse_finds_what_parsing_again_finds(nlp, paragraphs):
    units = units_of(nlp, *paragraphs)
    stored = find_conflicts(units, "2022-11-08", nlp=NoParser())
    assert stored
    assert find_conflicts(without_parse(units), "2022-11-08", nlp=nlp) == stored
    # Some units with their parse, some without (only those are parsed).
    mixed = without_parse(units, keep=lambda index: index % 2 == 0)
    assert find_conflicts(mixed, "2022-11-08", nlp=nlp) == stored


def test_store_rows_are_read_by_their_parse_column(nlp):
    units = units_of(nlp, *ARTICLES[0])
    # As the store holds them: the parse unpacked, in its column.
    rows = [{**dataclasses.asdict(u), "parse": u.parse} for u in units]
    assert all(row["parse"].startswith("[[") for row in rows if row["kind"] == "claim")
    assert find_conflicts(rows, nlp=NoParser()) == find_conflicts(units, nlp=NoParser())


def test_a_blank_pipeline_cannot_parse_what_was_stored_without_a_parse(nlp):
    from annotator.nlp.model import load

    units = without_parse(units_of(nlp, *ARTICLES[0]))
    assert rule_conflicts(units, nlp=load("blank")) == []
    # The cues read lemmas, not the parse: they still pair what they can.
    assert all(c.reason in cues.LIFT for c in find_conflicts(units, nlp=load("blank")))


def test_two_sorts_of_the_articles_subject_are_not_one_thing(nlp):
    title = "Pink eye in children"
    common = "Pink eye is very common in children and is usually mild."
    allergic = "Allergic pink eye causes itchy, watery eyes and is not contagious."
    viral = "Viral pink eye is contagious for as long as the eye is red."
    # Each subject has an adjective the other lacks: two sorts, no negation between them.
    assert conflicts(nlp, title, common, allergic, viral) == []
    # Must still pair: the thing itself against one of its sorts.
    plain = "Pink eye is not contagious."
    assert [(r, a, b) for r, a, b, _ in conflicts(nlp, title, common, plain, viral)] == [
        ("negation", plain, viral)]


def test_each_reader_gate_lets_through_every_text_its_pattern_matches():
    # The readers of times, days, periods and ages first look for a word every match
    # holds; a text the pattern matches must always pass that look. Checked on every
    # paragraph of the made-up texts kept in the repository and the corpus.
    root = Path(__file__).resolve().parents[2]
    paths = sorted((root / "benchmarks" / "made_up").glob("*/*/*.txt"))
    paths += sorted((root / "corpus").glob("*.txt"))
    gates = [
        (quantities.DURATION, quantities._NAMES_A_UNIT),
        (quantities.DAYS_PER, quantities._NAMES_A_DAY),
        (quantities.FREQUENCY, quantities._NAMES_A_PERIOD),
        (quantities._MORNING_AND_EVENING, quantities._NAMES_A_PERIOD),
        (quantities.AGE, quantities._NAMES_AN_AGE),
        (quantities._ROW_AGE, quantities._NAMES_AN_AGE),
        (quantities.NO_AGE_LIMIT, quantities._NAMES_AN_AGE),
    ]
    matched = Counter()
    for path in paths:
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            for pattern, gate in gates:
                for m in pattern.finditer(paragraph):
                    matched[pattern.pattern] += 1
                    assert gate.search(m.group(0)), (path.name, m.group(0))
    assert len(paths) > 600 and all(matched[p.pattern] > 0 for p, _ in gates)
