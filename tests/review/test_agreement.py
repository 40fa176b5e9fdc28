"""Agreement between reviewers: κ and α against textbook numbers, the
`agreement` command on real review events, and `adjudicate` walking exactly the
disagreement queue."""

import json
import re

import pytest

from annotator.review.agreement import (
    PairAgreement,
    cohen_kappa,
    disagreements,
    krippendorff_alpha,
    pairwise_kappa,
    review_agreement,
    reviewer_votes,
    summarise,
)
from annotator.review.screen import View, render
from annotator.store.db import Store
from annotator.verdicts import ReviewState
from tests.reviewing import SLUG, assert_one_line_error, claims, invoke


def matrix(rows: dict[str, str]) -> dict[int, dict[str, str]]:
    """Reliability data written as in the literature: one row per rater, one
    column per unit, '.' where the rater gave no value."""
    units: dict[int, dict[str, str]] = {}
    for rater, row in rows.items():
        for unit, value in enumerate(row.split(), 1):
            units.setdefault(unit, {})
            if value != ".":
                units[unit][rater] = value
    return units


# Textbook examples ----------------------------------------------------------------


def test_krippendorffs_nominal_example_four_coders_missing_data():
    """Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", C: nominal
    data, 4 observers, 12 units, missing values; α = 0.743.

    By hand: unit 12 has one value and cannot be paired; the other 11 units hold
    n = 40 pairable values. Off-diagonal coincidences (weight 1/(m-1) per ordered
    pair of values from different observers): unit 2 (2,2,3,2) gives 6/3 = 2,
    unit 6 (1,2,3,4) gives 12/3 = 4, unit 8 (1,1,2,1) gives 6/3 = 2: Σ o_ck = 8.
    Value totals n_c: 1→9, 2→13, 3→10, 4→5, 5→3, so Σ n_c² = 384 and
    Σ_{c≠k} n_c n_k = 40² - 384 = 1216. α = 1 - 39·8/1216 = 113/152 = 0.7434."""
    units = matrix({
        "A": "1 2 3 3 2 1 4 1 2 . . .",
        "B": "1 2 3 3 2 2 4 1 2 5 . 3",
        "C": ". 3 3 3 2 3 4 2 2 5 1 .",
        "D": "1 2 3 3 2 4 4 1 2 5 1 .",
    })
    alpha = krippendorff_alpha(units)
    assert alpha == pytest.approx(113 / 152, abs=1e-12)
    assert round(alpha, 3) == 0.743


def test_krippendorffs_binary_example_two_coders_and_cohens_kappa_on_it():
    """Krippendorff (2011), A: binary data, two observers, 10 units; α = 0.095.

    α by hand: 20 values; the coders agree on 0 in 5 units and on 1 in unit 2
    and differ in 4 units, so o_01 = 4, n_0 = 14, n_1 = 6:
    α = 1 - (20 - 1)·4 / (14·6) = 1 - 76/84 = 2/21 = 0.0952.
    κ by hand: p_o = 6/10; A says 1 twice, B four times:
    p_e = 0.2·0.4 + 0.8·0.6 = 0.56; κ = (0.6 - 0.56)/(1 - 0.56) = 1/11 = 0.0909.
    κ < α here: κ credits each coder's own preference as chance agreement."""
    a, b = "0 1 0 0 0 0 0 0 1 0", "1 1 1 0 0 1 0 0 0 0"
    alpha = krippendorff_alpha(matrix({"A": a, "B": b}))
    assert alpha == pytest.approx(2 / 21, abs=1e-12) and round(alpha, 3) == 0.095
    pairs = zip(a.split(), b.split(), strict=True)
    assert cohen_kappa(pairs) == pytest.approx(1 / 11, abs=1e-12)


def test_cohens_kappa_computed_by_hand():
    """50 proposals read by two editors: both yes 20, A yes/B no 5, A no/B yes
    10, both no 15. p_o = (20 + 15)/50 = 0.70. A says yes 25 times (0.5), B 30
    times (0.6): p_e = 0.5·0.6 + 0.5·0.4 = 0.50. κ = (0.70 - 0.50)/(1 - 0.50) = 0.40.

    Three labels, 8 units (the seed demo below): A = s s c c u u s c,
    B = s u c c u s s c. They agree on 6: p_o = 6/8. Both say s 3 times, c 3
    times, u twice: p_e = (3·3 + 3·3 + 2·2)/64 = 22/64.
    κ = (48 - 22)/(64 - 22) = 26/42 = 13/21 = 0.619."""
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert cohen_kappa(pairs) == pytest.approx(0.4, abs=1e-12)
    a, b = "s s c c u u s c", "s u c c u s s c"
    assert cohen_kappa(zip(a.split(), b.split(), strict=True)) == pytest.approx(13 / 21)


def test_alpha_on_the_same_three_label_data():
    """A = s s c c u u s c, B = s u c c u s s c: 16 values; coincidences
    o_ss = 4, o_cc = 6, o_uu = 2, o_su = o_us = 2; n_s = 6, n_c = 6, n_u = 4.
    α = 1 - 15·4 / (16² - (36 + 36 + 16)) = 1 - 60/168 = 9/14 = 0.643."""
    units = matrix({"A": "s s c c u u s c", "B": "s u c c u s s c"})
    assert krippendorff_alpha(units) == pytest.approx(9 / 14, abs=1e-12)


# Degenerate cases -----------------------------------------------------------------


def test_no_overlap_is_undefined():
    assert cohen_kappa([]) is None
    assert krippendorff_alpha({}) is None
    # Two raters, never on the same unit: nothing can be paired.
    assert krippendorff_alpha({1: {"a": "s"}, 2: {"b": "c"}}) is None
    assert pairwise_kappa({1: {"a": "s"}, 2: {"b": "c"}}) == []


def test_one_label_throughout_is_undefined_not_perfect():
    same = [("s", "s")] * 5
    assert cohen_kappa(same) is None
    assert krippendorff_alpha({u: {"a": "s", "b": "s", "c": "s"} for u in range(5)}) is None
    # The plain share agreed on is still 100%.
    assert summarise({u: {"a": "s", "b": "s"} for u in range(5)}).observed == 1.0


def test_perfect_agreement_with_variation_is_one_and_systematic_disagreement_negative():
    assert cohen_kappa([("s", "s"), ("c", "c")]) == 1.0
    assert krippendorff_alpha({1: {"a": "s", "b": "s"}, 2: {"a": "c", "b": "c"}}) == 1.0
    assert cohen_kappa([("s", "c"), ("c", "s")]) == -1.0
    # 4 values, o_sc = o_cs = 2, n_s = n_c = 2: α = 1 - 3·4/(16 - 8) = -0.5
    assert krippendorff_alpha({1: {"a": "s", "b": "c"}, 2: {"a": "c", "b": "s"}}) == -0.5
    # κ is defined when only one rater varies: A always s, B s then c.
    assert cohen_kappa([("s", "s"), ("s", "c")]) == 0.0


def test_pairwise_kappa_every_pair_with_enough_shared_units():
    units = matrix({
        "ana": "s s c u .",
        "ben": "s c c u s",
        "cy": ". . . u s",
    })
    pairs = pairwise_kappa(units)
    assert [(p.raters, p.shared, p.agreed) for p in pairs] == [
        (("ana", "ben"), 4, 3), (("ana", "cy"), 1, 1), (("ben", "cy"), 2, 2),
    ]
    # ana/ben: p_o = 3/4; ana s2 c1 u1, ben s1 c2 u1: p_e = (2 + 2 + 1)/16;
    # κ = (12 - 5)/(16 - 5) = 7/11. ana/cy: one label throughout: undefined.
    assert pairs[0].kappa == pytest.approx(7 / 11) and pairs[1].kappa is None
    assert pairs[2].kappa == 1.0 and pairs[0].observed == 0.75
    assert [p.raters for p in pairwise_kappa(units, min_shared=2)] == [
        ("ana", "ben"), ("ben", "cy"),
    ]
    assert isinstance(pairs[0], PairAgreement)


def test_disagreements_keep_order_and_votes():
    units = matrix({"ana": "s s c .", "ben": "s c u s"})
    found = disagreements(units)
    assert [(d.unit, d.votes) for d in found] == [
        (2, {"ana": "s", "ben": "c"}), (3, {"ana": "c", "ben": "u"}),
    ]


def _event(reviewer, verdict, role="reviewer"):
    return {"reviewer": reviewer, "verdict": verdict, "role": role}


def test_editors_are_not_raters_and_their_decision_empties_the_queue():
    current = {
        1: [_event("ana", "s"), _event("ben", "c")],
        2: [_event("ana", "s"), _event("ben", "u"), _event("eve", "u", "editor")],
        3: [_event("ana", "c"), _event("eve", "s", "editor")],
        4: [_event("eve", "s", "editor")],
    }
    assert reviewer_votes(current) == {
        1: {"ana": "s", "ben": "c"}, 2: {"ana": "s", "ben": "u"}, 3: {"ana": "c"},
    }
    result = review_agreement(current)
    assert result.raters == {"ana": 3, "ben": 2}
    assert (result.units, result.shared, result.agreed) == (3, 2, 0)
    assert [d.unit for d in result.disagreements] == [1, 2]
    assert [d.unit for d in result.queue] == [1]


# The commands on the seed article ---------------------------------------------------

ANA = "s s c c u u s c s u"  # claims 1-10
BEN = "s u c c u s s c"  # claims 1-8: differs on claims 2 and 6


@pytest.fixture
def tagged(seeded, runner):
    """The seed database with two reviewers' verdicts recorded by `annotator tag`;
    returns (database, the first ten claims)."""
    units = claims(seeded)[:10]
    for unit, verdict in zip(units, ANA.split(), strict=False):
        invoke(runner, "tag", unit["id"], verdict, "-r", "ana", "-d", seeded)
    for number, (unit, verdict) in enumerate(zip(units, BEN.split(), strict=False), 1):
        invoke(runner, "tag", unit["id"], verdict, "-r", "ben", "-d", seeded,
               "--reason", "dosage", "--rationale", f"Ben on claim {number}.",
               "--evidence", f"PMID: 3110920{number}")
    return seeded, units


def test_agreement_human_output(tagged, runner):
    db, units = tagged
    result = invoke(runner, "agreement", SLUG, "-d", db)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:8] == [
        f"{SLUG} (revision 1): 2 reviewers, 10 units tagged",
        "  ana  10 units",
        "  ben  8 units",
        "Tagged by two or more reviewers: 8 units; all agree on 6 (75%)",
        "Krippendorff's α (nominal, all reviewers): 0.643",
        "Cohen's κ by pair:",
        "  ana · ben: 8 shared, 6 agree (75%), κ 0.619",
        "Disagreements awaiting adjudication (2)",
    ]
    for line, unit in ((lines[8], units[1]), (lines[10], units[5])):
        assert line.startswith(f"  {'#' + str(unit['id']):>6}  {unit['text'][:30]}")
    assert lines[9] == " " * 15 + "ana: supported · ben: unsupported"
    assert lines[11] == " " * 15 + "ana: unsupported · ben: supported"
    assert len(lines) == 12 and all(len(line) <= 80 for line in lines)
    assert result.stderr == f"Decide them with: annotator adjudicate {SLUG} -r NAME\n"
    assert "\x1b[" not in result.stdout


def test_agreement_json(tagged, runner):
    db, units = tagged
    result = invoke(runner, "agreement", SLUG, "--json", "-d", db)
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    disputed = data.pop("disagreements")
    assert data == {
        "article": {"id": 1, "slug": SLUG, "revision": 1},
        "reviewers": {"ana": 10, "ben": 8},
        "units": 10, "shared": 8, "agreed": 6, "observed": 0.75,
        "alpha": round(9 / 14, 4),
        "pairs": [{"reviewers": ["ana", "ben"], "shared": 8, "agreed": 6, "observed": 0.75,
                   "kappa": round(13 / 21, 4)}],
        "adjudicated": 0,
    }
    assert disputed == [
        {key: units[i][key] for key in ("id", "seq", "kind", "section", "text")}
        | {"votes": votes}
        for i, votes in ((1, {"ana": "supported", "ben": "unsupported"}),
                         (5, {"ana": "unsupported", "ben": "supported"}))
    ]


def test_editor_verdicts_do_not_count_as_ratings(tagged, runner):
    db, units = tagged
    # An editor on claim 9 (tagged by ana only) and on claim 1 (both agree).
    invoke(runner, "tag", units[8]["id"], "c", "--role", "editor", "-r", "eve", "-d", db)
    invoke(runner, "tag", units[0]["id"], "u", "--role", "editor", "-r", "eve", "-d", db)
    data = json.loads(invoke(runner, "agreement", SLUG, "--json", "-d", db).stdout)
    assert data["reviewers"] == {"ana": 10, "ben": 8}
    assert (data["shared"], data["agreed"], data["alpha"]) == (8, 6, round(9 / 14, 4))


def test_min_shared_and_undefined_coefficients(seeded, runner):
    units = claims(seeded)[:3]
    for unit in units:
        for name in ("ana", "ben"):
            invoke(runner, "tag", unit["id"], "s", "-r", name, "-d", seeded)
    result = invoke(runner, "agreement", SLUG, "-d", seeded)
    assert "Krippendorff's α (nominal, all reviewers): undefined (one verdict throughout)" \
        in result.stdout
    assert "  ana · ben: 3 shared, 3 agree (100%), κ undefined (one verdict throughout)" \
        in result.stdout
    assert "Disagreements awaiting adjudication (0)" in result.stdout
    data = json.loads(invoke(runner, "agreement", SLUG, "--json", "-d", seeded).stdout)
    assert data["alpha"] is None and data["pairs"][0]["kappa"] is None
    assert data["observed"] == 1.0
    strict = invoke(runner, "agreement", SLUG, "--json", "--min-shared", "4", "-d", seeded)
    assert json.loads(strict.stdout)["pairs"] == []


def test_agreement_without_reviews(seeded, runner):
    result = invoke(runner, "agreement", SLUG, "-d", seeded)
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == f"No reviewer has tagged a unit of {SLUG} yet.\n"
    data = json.loads(invoke(runner, "agreement", SLUG, "--json", "-d", seeded).stdout)
    assert (data["reviewers"], data["shared"], data["alpha"], data["disagreements"]) == (
        {}, 0, None, [],
    )


def test_adjudicate_walks_exactly_the_queue_and_records_editor_verdicts(tagged, runner):
    db, units = tagged
    second, sixth = units[1], units[5]
    keys = "r\nThe label says so.\ne\ndoi:10.1000/xyz\nc\nu\n"
    result = invoke(runner, "adjudicate", SLUG, "-r", "eve", "-d", db, input=keys)
    assert result.exit_code == 0, result.output
    out = result.stdout
    # Only the two disputed claims, each with every reviewer's say.
    assert re.findall(r" (\d+)/(\d+)$", out, re.M) == [("1", "2")] * 3 + [("2", "2")]
    assert second["text"][:40] in out and sixth["text"][:40] in out
    assert units[8]["text"][:40] not in out
    assert "  ana: supported" in out and "  ben: unsupported · dosage" in out
    assert "“Ben on claim 2.”" in out and "evidence: PMID 31109202" in out
    assert "Saved contradictory on 1/2." in out and "End of the article." in out
    assert "eve has tagged 2/2 disagreements of ketamine-depression." in out
    store = Store.open(db)
    try:
        article = store.article(SLUG)["id"]
        finals = store.final_verdicts(article)
        assert (finals[second["id"]]["verdict"], finals[second["id"]]["role"]) == (
            "contradictory", "editor")
        assert finals[second["id"]]["decided_by"] == ["eve"]
        assert finals[second["id"]]["rationale"] == "The label says so."
        assert finals[sixth["id"]]["verdict"] == "unsupported"
        mine = store.reviewer_verdicts(article, "eve")
        assert set(mine) == {second["id"], sixth["id"]}
        assert {event["role"] for event in mine.values()} == {"editor"}
        assert review_agreement(store.current_reviews(article)).queue == []
    finally:
        store.close()
    data = json.loads(invoke(runner, "agreement", SLUG, "--json", "-d", db).stdout)
    assert data["disagreements"] == [] and data["adjudicated"] == 2
    assert data["alpha"] == round(9 / 14, 4)  # adjudication changes no reviewer's vote
    again = invoke(runner, "adjudicate", SLUG, "-r", "eve", "-d", db, input="q\n")
    assert again.exit_code == 0
    assert again.stdout == f"Nothing to adjudicate: no disagreement awaits an editor in {SLUG}.\n"


def test_adjudicate_resumes_at_what_is_left(tagged, runner):
    db, units = tagged
    first = invoke(runner, "adjudicate", SLUG, "-r", "eve", "-d", db, input="k\nq\n")
    assert "Skipped 1/2." in first.stdout
    assert f"Continue with: annotator adjudicate {SLUG} -r eve" in first.stdout
    # A skipped unit stays in the queue: the next session starts with it again.
    second = invoke(runner, "adjudicate", SLUG, "-r", "eve", "-d", db, input="s\nq\n")
    assert "Saved supported on 1/2." in second.stdout
    data = json.loads(invoke(runner, "agreement", SLUG, "--json", "-d", db).stdout)
    assert [item["id"] for item in data["disagreements"]] == [units[5]["id"]]
    assert data["adjudicated"] == 1
    # Only the unit still undecided is walked now.
    third = invoke(runner, "adjudicate", SLUG, "-r", "eve", "-d", db, input="q\n")
    assert " 1/1" in third.stdout and units[5]["text"][:40] in third.stdout


def test_a_reviewer_who_adjudicates_decides_as_editor(tagged, runner):
    """ana's vote on claim 2 is a reviewer's; her editor verdict, even the same
    one, is a new event that decides the unit."""
    db, units = tagged
    result = invoke(runner, "adjudicate", SLUG, "-r", "ana", "-d", db, input="s\nq\n")
    out = result.stdout
    assert "you: supported" in out and "  ben: unsupported" in out
    assert "  ana: supported" not in out  # her own say is the "you" line
    assert "Saved supported on 1/2." in out
    store = Store.open(db)
    try:
        final = store.final_verdicts(store.article(SLUG)["id"])[units[1]["id"]]
    finally:
        store.close()
    assert (final["verdict"], final["role"], final["decided_by"]) == (
        "supported", "editor", ["ana"])


def test_only_editors_see_the_reviewers_verdicts(tagged, runner):
    db, _ = tagged
    as_reviewer = invoke(runner, "review", SLUG, "-r", "cy", "-d", db, input="q\n")
    assert "ana: " not in as_reviewer.stdout and "ben: " not in as_reviewer.stdout
    as_editor = invoke(runner, "review", SLUG, "-r", "cy", "--role", "editor", "-d", db,
                       input="q\n")
    assert "  ana: supported" in as_editor.stdout and "  ben: supported" in as_editor.stdout
    assert f"Continue with: annotator review {SLUG} -r cy --role editor" in as_editor.stdout


def test_opinions_fit_80x24_and_shrink_to_one_line_each():
    opinions = [
        {"reviewer": name, "role": "reviewer", "verdict": verdict,
         "reasons": ["overstated-certainty", "dosage"], "rationale": "word " * 60,
         "evidence": [{"kind": "pmid", "value": "31109201", "note": None},
                      {"kind": "doi", "value": "10.1000/xyz", "note": "label"}],
         "correction": "Say an hour." if name == "ana" else None}
        for name, verdict in (("ana", "supported"), ("ben", "unsupported"),
                              ("Dr Carla Diaz-Fernández", "contradictory"))
    ]
    view = View(
        title="T", slug="t", position=1, total=2, reviewer="eve", tagged=0,
        unit={"kind": "claim", "text": "A claim. " * 20, "section": "S", "hedged": 0},
        previous="Before. " * 30, following="After. " * 30,
        state=ReviewState(verdict="supported", rationale="Mine."),
        context={"opinions": opinions}, message="",
    )
    tall = render(view, 80, 60)
    assert "    “word word" in "\n".join(tall)
    assert "    evidence: PMID 31109201 · doi:10.1000/xyz (label)" in tall
    assert "    correction: Say an hour." in tall  # the editor sees reviewers' corrections
    short = render(view, 80, 24)
    assert len(short) <= 23 and all(len(line) <= 80 for line in short)
    assert sum(line.startswith("  ana: supported · overstated") for line in short) == 1
    assert any(line.startswith("  Dr Carla Diaz-Fernández: contradictory") for line in short)
    colour = render(view, 80, 24, colour=True)
    assert "\x1b[" in next(line for line in colour if "ana:" in line)


def test_report_shows_alpha_and_kappa(tagged, runner):
    db, _ = tagged
    result = invoke(runner, "report", SLUG, "-d", db)
    assert ("- Agreement between reviewers: 6 of 8 units reviewed by several (75%); "
            "Krippendorff’s α 0.64, Cohen’s κ 0.62\n") in result.stdout


@pytest.mark.parametrize("args", [["agreement"], ["agreement", "--json"],
                                  ["adjudicate", "-r", "eve"]])
def test_unknown_article_is_a_one_line_error(seeded, runner, args):
    result = invoke(runner, args[0], "no-such-article", *args[1:], "-d", seeded)
    assert_one_line_error(result, "no article 'no-such-article'")
    assert result.stdout == ""



def test_z_in_an_editor_session_never_undoes_the_same_persons_reviewer_verdict(runner, seeded):
    from annotator.store.db import Store
    from tests.reviewing import invoke

    # eve is a reviewer on unit A (outside any queue), then adjudicates a disagreement.
    store = Store.open(seeded)
    claims = store.units(store.article("ketamine-depression")["id"], kinds=("claim",))
    store.close()
    first, second = claims[0]["id"], claims[1]["id"]
    for args in ((first, "supported", "ana"), (first, "unsupported", "ben")):
        invoke(runner, "tag", args[0], args[1], "-r", args[2], "-d", seeded)
    invoke(runner, "tag", second, "supported", "-r", "eve", "-d", seeded)
    result = invoke(runner, "adjudicate", "ketamine-depression", "-r", "eve", "-d", seeded,
                    input="z\nq\n")
    assert result.exit_code == 0
    assert "Nothing to undo in this session." in result.stdout
    store = Store.open(seeded)
    assert store.reviewer_state(second, "eve").verdict == "supported"
    store.close()
