"""Conflict candidates beyond the parse rules (annotator.consistency.cues), each
cue on small made-up articles, with the pairs that must not be flagged."""

import json
import math
from pathlib import Path

import pytest

import annotator
from annotator.consistency import cues, doses, quantities, repeats
from annotator.consistency.conflicts import REASONS, find_conflicts
from annotator.nlp.claimkeys import lexicon
from annotator.nlp.segmenter import segment


def found(text, published=None):
    units = segment(text)
    return [(units[c.a].text, units[c.b].text, c.reason) for c in find_conflicts(units, published)]


def reasons(text):
    return [reason for _, _, reason in found(text)]


def cues_of(a, b):
    """The cues two units' own words give, read as they are written."""
    return cues._cues(cues._read(a, "", a, None), cues._read(b, "", b, None))


def cue_reasons(a, b):
    """The reasons of the cues two units' own words give."""
    return {reason for reason, _ in cues_of(a, b)}


def pairs(text):
    return {(a, b) for a, b, _ in found(text)}


def test_a_recommended_number_of_drops_pairs_with_a_stated_dose_range():
    text = ("How much melatonin to take\n\n"
            "For adults, the nightly dose should sit between 0.5 and 5 mg.\n\n"
            "Each drop holds 1 mg of melatonin.\n\n"
            "We recommend people take 8-10 drops at bedtime.")
    result = found(text)
    assert ("For adults, the nightly dose should sit between 0.5 and 5 mg.",
            "We recommend people take 8-10 drops at bedtime.", "measure") in result


def test_doses_in_words_and_in_symbols_are_one_measure():
    text = ("Melatonin dosage\n\n"
            "The recommended dose of melatonin for adults is 0.3 to 5 milligrams.\n\n"
            "Melatonin is usually taken at bedtime, in doses from 0.3mg to 10mg per day.")
    assert found(text) == [(
        "The recommended dose of melatonin for adults is 0.3 to 5 milligrams.",
        "Melatonin is usually taken at bedtime, in doses from 0.3mg to 10mg per day.",
        "measure")]
    assert not any(q.kind.startswith("count") for q in quantities.extract("5 milligrams a day"))


def test_a_share_of_products_never_pairs_with_a_content_in_percent():
    text = ("Lab tests of CBD oils\n\n"
            "Tests found that 26% of products sold online were mislabelled.\n\n"
            "Legal products must contain less than 0.3% THC by law.")
    assert found(text) == []


def test_percentages_pair_only_when_they_are_shares_of_the_same_thing():
    text = ("Melatonin gummies\n\n"
            "Researchers found that 74% of melatonin gummies were mislabeled.\n\n"
            "The gummies contained between 74% and 347% of the labeled dose.\n\n"
            "About 5% of adults take melatonin.\n\n"
            "Melatonin is taken by 9 percent of all adults.")
    assert pairs(text) == {("About 5% of adults take melatonin.",
                            "Melatonin is taken by 9 percent of all adults.")}


def test_the_same_figures_again_are_a_repeat_not_a_measure_clash():
    text = ("Patients received 56 mg or 84 mg of esketamine twice a week.\n\n"
            "Doses of 56 mg or 84 mg of esketamine were given to patients twice a week.")
    assert found(text) == []


def test_two_quoted_experts_who_disagree_are_not_the_article_contradicting_itself():
    text = ("“Ketamine is safe for most patients with depression,” said Smith.\n\n"
            "“Ketamine is dangerous for most patients with depression,” said Jones.")
    assert found(text) == []
    # The same two statements made by the article itself are a candidate.
    text = ("Ketamine is safe for most patients with depression.\n\n"
            "Ketamine is dangerous for most patients with depression.")
    assert len(found(text)) == 1


def test_a_quotation_goes_on_in_its_speakers_name():
    # The second sentence of Reyes's quotation names no one; it is still his.
    text = ("Statins in healthy people\n\n"
            "“For someone who has had a heart attack, a statin is one of the best things "
            "they can take,” said Dr. Alan Reyes. “The benefit is large for nearly everyone "
            "over 40.”\n\n"
            "“For a healthy 50-year-old, the benefit is small,” said Dr. Nina Ostrow.")
    assert found(text) == []
    units = segment(text)
    assert [cues.speakers(units)[k] for k in (1, 2, 3)] == ["Reyes", "Reyes", "Ostrow"]
    # A quotation running into its attribution is the speaker's from its first sentence;
    # the article's own sentence after it is no one's.
    units = segment("“The benefit is large. Everyone over 40 should take one,” said Dr. Reyes. "
                    "The benefit is small for healthy people.")
    assert cues.speakers(units) == ["Reyes", "Reyes", None]
    assert units[0].text == "“The benefit is large."


def test_the_same_claim_said_twice_is_not_a_conflict():
    text = ("Ketamine blocks NMDA receptors in the brain.\n\n"
            "Side effects are mild.\n\n"
            "Ketamine blocks NMDA receptors in the brain.")
    assert found(text) == []


def test_an_item_listed_as_approved_and_as_not_approved():
    text = ("Medicines for anxiety\n\n"
            "Some antidepressants FDA-approved for anxiety include:\n\n"
            "  • Escitalopram (Lexapro)\n  • Vilazodone (Viibryd)\n\n"
            "Though the FDA doesn't approve them for anxiety, doctors prescribe other "
            "antidepressants off-label.\n\n"
            "These medicines include:\n\n"
            "  • Citalopram (Celexa)\n  • Vilazodone (Viibryd)\n")
    result = found(text)
    # The two Vilazodone items: the same words, read in opposite lists.
    assert ("Vilazodone (Viibryd)", "Vilazodone (Viibryd)", "direction") in result
    # A list is not weighed against its own lead-in.
    assert not any(a.startswith("Though the FDA") and b == "These medicines include:"
                   for a, b, _ in result)


def test_one_item_put_in_two_kinds_the_article_keeps_apart():
    text = ("Serotonin modulators\n\n"
            "Medicines that fall under serotonin modulators include:\n\n"
            "  • Trazodone (Desyrel)\n  • Vilazodone (Viibryd)\n\n"
            "Atypical antidepressants\n\n"
            "Atypical antidepressants don't belong to any other class.\n\n"
            "Doctors may prescribe them for anxiety:\n\n"
            "  • Atypical antidepressants, such as vilazodone (Viibryd) and bupropion\n")
    result = found(text)
    assert ("Vilazodone (Viibryd)",
            "Atypical antidepressants, such as vilazodone (Viibryd) and bupropion",
            "class") in result


def test_a_side_effect_listed_under_two_kinds_is_not_a_class_clash():
    text = ("Serotonin modulators\n\nSide effects include:\n\n  • Dizziness\n  • Nausea\n\n"
            "Tricyclic antidepressants\n\nSide effects include:\n\n  • Dizziness\n  • Dry mouth\n")
    assert not any(reason == "class" for _, _, reason in found(text))


def test_a_list_introduced_as_one_kind_with_an_item_of_another():
    text = ("The following are antidepressants sold in the U.S.:\n\n"
            "  • Sertraline (Zoloft)\n"
            "  • Abilify (aripiprazole) – an antipsychotic used together with an antidepressant\n")
    assert found(text) == [(
        "The following are antidepressants sold in the U.S.:",
        "Abilify (aripiprazole) – an antipsychotic used together with an antidepressant",
        "class",
    )]


def test_a_claimed_effect_against_a_missed_endpoint_read_with_however():
    text = ("The elderly study demonstrated clinically meaningful effects of the spray.\n\n"
            "However, the study narrowly missed statistical significance for its primary "
            "endpoint.")
    assert pairs(text) == {(
        "The elderly study demonstrated clinically meaningful effects of the spray.",
        "However, the study narrowly missed statistical significance for its primary "
        "endpoint.",
    )}


def test_a_risk_against_its_prevention():
    text = ("Warnings\n\nThe warning highlights the risk of suicidal thoughts when taking "
            "antidepressants.\n\nFAQ\n\nAntidepressants also help prevent suicidal thoughts "
            "and behaviors.")
    assert found(text)[0][2] == "direction"


def test_wordnet_antonyms_are_data_with_their_licence():
    opposites = cues.antonyms()
    assert "insignificant" in opposites["significant"]
    assert "significant" in opposites["insignificant"]
    assert len(opposites) > 3000
    from importlib import resources
    licence = resources.files("annotator.consistency.data").joinpath("WORDNET-LICENSE")
    assert "Princeton University" in licence.read_text("utf-8")


def test_antonyms_on_one_topic():
    text = ("Ketamine's effect on mood in adults was significant in the trial.\n\n"
            "Ketamine's effect on mood in teenagers was insignificant in the trial.")
    assert found(text)[0][:2] == (
        "Ketamine's effect on mood in adults was significant in the trial.",
        "Ketamine's effect on mood in teenagers was insignificant in the trial.",
    )


@pytest.mark.parametrize("text, low_weeks, high_weeks", [
    ("start working within a week or two", 0, 2),
    ("it lasts two or three weeks", 2, 3),
    ("after 6 to 8 weeks", 6, 8),
    # "two a night" closes the range of hours: not how many times a night
    ("wear it for an hour or two a night", 1 / 168, 2 / 168),
    # an ordinal counted from the event: after it, or the stretch it names
    ("using a straw is fine after the second week", 2, 2),
    ("swelling is worst in the third week", 2, 3),
    # "between … and" joins a range as "to" does; "or more" after the unit is at least
    ("Symptoms begin between one and three weeks after", 1, 3),
    ("a diagnosis needs six weeks or more", 6, 12),
])
def test_durations_with_or_and_to_are_ranges(text, low_weeks, high_weeks):
    (q,) = quantities.extract(text)
    week = quantities.MINUTES["week"]
    assert (q.low / week, q.high / week) == (low_weeks, high_weeks)


def test_speakers_are_named_people_near_the_reporting_verb():
    assert cues.speaker_of("“It works,” said Smith.") == "Smith"
    assert cues.speaker_of("According to Jones, it works.") == "Jones"
    assert cues.speaker_of("He said it works.") is None
    assert cues.speaker_of("It works.") is None


def test_every_reason_is_documented_and_scores_stay_below_the_rules():
    assert set(cues.LIFT) <= set(REASONS)
    units = segment("Ketamine is safe for most patients.\n\nKetamine is dangerous for most "
                    "patients at high doses of 2 mg.\n\nWe recommend 5 mg.")
    assert all(c.score <= cues.SCALE for c in cues.cue_candidates(units, range(len(units))))


def test_capsules_times_strength_times_a_day_against_a_daily_upper_limit():
    text = ("Magnesium for sleep\n\n"
            "The upper limit for magnesium supplements is 350 mg a day.\n\n"
            "For better sleep, take 2 capsules of 250 mg of magnesium three times a day.\n\n"
            "Most people take 300 mg of magnesium a day.")
    result = found(text)
    # 2 x 250 mg x 3 = 1,500 mg a day; 300 mg a day is within the limit.
    assert [(a, b) for a, b, reason in result if reason == "measure"] == [(
        "The upper limit for magnesium supplements is 350 mg a day.",
        "For better sleep, take 2 capsules of 250 mg of magnesium three times a day.")]


@pytest.mark.parametrize("strength, total", [
    ("Each capsule provides 100 mg of elemental magnesium.",
     "The recommended two capsules give you 300 mg of elemental magnesium."),
    ("One drop provides the full 10 micrograms (400 IU) your baby needs each day.",
     "Two drops a day give your baby the recommended 400 IU."),
    ("Each Calm+ capsule contains 300 mg of ashwagandha root.",
     "Take two capsules daily with food, for a total of 300 mg of ashwagandha."),
    ("All three brands contain the same 500mg of paracetamol in each tablet.",
     "A full day's dose of eight tablets works out at 3g of paracetamol."),
    ("Each drop contains 2mg of citalopram.",
     "The equivalent dose is 16mg of citalopram drops, which is 6 drops."),
])
def test_a_count_said_to_come_to_an_amount_that_its_strength_does_not_give(strength, total):
    text = f"Dosing\n\n{strength}\n\nIt is made in the UK.\n\n{total}"
    assert (strength, total, "measure") in found(text)
    assert cues_of(total, strength)  # in either order


@pytest.mark.parametrize("strength, total", [
    # the sum is right
    ("Each capsule provides 100 mg of elemental magnesium.",
     "The recommended two capsules give you 200 mg of elemental magnesium."),
    ("Each drop contains 2mg of citalopram.",
     "The equivalent dose is 16mg of citalopram drops, which is 8 drops."),
    # another form, another unit
    ("Each tablet provides 100 mg of elemental magnesium.",
     "The recommended two capsules give you 300 mg of elemental magnesium."),
    ("Each capsule provides 100 mg of elemental magnesium.",
     "The recommended two capsules give you 300 IU of vitamin D."),
])
def test_a_count_that_adds_up_or_counts_something_else_is_no_clash(strength, total):
    assert not any(reason == "measure" for reason, _ in cues_of(strength, total))
    assert doses.miscounted(doses.each_holds(strength), doses.adds_up(total)) is None


def test_a_dose_for_a_body_weight_every_few_hours_against_a_limit_per_kg():
    text = ("Ibuprofen for children\n\n"
            "Do not give children more than 40 mg of ibuprofen per kg in 24 hours.\n\n"
            "For a 10 kg toddler, give 100 mg of ibuprofen every 4 hours.\n\n"
            "For a 10 kg toddler, give 100 mg of ibuprofen every 8 hours.")
    measured = {(a, b) for a, b, reason in found(text) if reason == "measure"}
    limit = "Do not give children more than 40 mg of ibuprofen per kg in 24 hours."
    # 100 mg / 10 kg x 6 doses = 60 mg/kg a day; every 8 hours it is 30, within.
    # The two schedules for one toddler differ in how often: a measure too.
    assert measured == {
        (limit, "For a 10 kg toddler, give 100 mg of ibuprofen every 4 hours."),
        ("For a 10 kg toddler, give 100 mg of ibuprofen every 4 hours.",
         "For a 10 kg toddler, give 100 mg of ibuprofen every 8 hours.")}


def test_doses_are_read_as_amounts_per_dose_per_day_and_per_kg():
    (capsules,) = doses.extract("take 2 capsules of 250 mg three times a day")
    assert (capsules.low, capsules.unit, capsules.basis, capsules.times) == (500, "mg", "dose",
                                                                             (3, 3))
    assert (capsules.daily().low, capsules.daily().basis) == (1500, "day")
    (limit,) = doses.extract("Do not give more than 40 mg per kg in 24 hours.")
    assert (limit.role, limit.high, limit.per_kg, limit.basis) == ("max", 40, True, "day")
    (grams,) = doses.extract("between 1 and 2 g a day")
    assert (grams.role, grams.low, grams.high) == ("range", 1000, 2000)
    (drops,) = doses.extract("take 2-3 drops twice or three times a day",
                             (("drop", (2.5, 7.5)),))
    assert (drops.low, drops.high, drops.unit, drops.times) == (5, 22.5, "mg", (2, 3))
    assert doses.strengths(["500mg oil means that each drop is 2.5mg.",
                            "1500mg is 7.5mg per drop."]) == {"drop": (2.5, 7.5)}
    # A sentence about what a product holds gives no dose to take.
    assert doses.extract("500mg oil means that each drop is 2.5mg of CBD.") == ()


def test_single_doses_of_a_trials_arms_do_not_clash():
    text = ("Psilocybin trial\n\n"
            "Patients received a single dose of psilocybin of 25 mg, 10 mg or 1 mg.\n\n"
            "Only the 25 mg dose of psilocybin reduced symptoms.")
    assert not any(reason == "measure" for _, _, reason in found(text))


def test_one_thing_said_to_be_two_kinds_that_exclude_each_other():
    text = ("Sertraline\n\n"
            "Sertraline is a selective serotonin reuptake inhibitor (SSRI).\n\n"
            "It is used for depression and panic attacks.\n\n"
            "Sertraline is a tricyclic antidepressant, so it interacts with many medicines.")
    assert ("Sertraline is a selective serotonin reuptake inhibitor (SSRI).",
            "Sertraline is a tricyclic antidepressant, so it interacts with many medicines.",
            "class") in found(text)
    text = ("Psilocybin\n\n"
            "Psilocybin is a stimulant that acts on dopamine.\n\n"
            "Psychedelics such as psilocybin and LSD act on serotonin receptors.")
    assert found(text)[0] == ("Psilocybin is a stimulant that acts on dopamine.",
                              "Psychedelics such as psilocybin and LSD act on serotonin "
                              "receptors.", "class")


def test_kinds_of_different_sets_or_said_not_to_be_are_no_class_clash():
    text = ("Sertraline\n\n"
            "Sertraline is an SSRI.\n\n"
            "Sertraline is an antidepressant that many people take.\n\n"
            "Sertraline is not a tricyclic antidepressant.")
    assert not any(reason == "class" for _, _, reason in found(text))


def test_approved_against_still_awaiting_approval():
    text = ("Zuranolone\n\n"
            "Zuranolone was approved by the FDA for postpartum depression in 2023.\n\n"
            "Zuranolone, which is still awaiting approval from the FDA, costs $15,900.")
    assert found(text) == [(
        "Zuranolone was approved by the FDA for postpartum depression in 2023.",
        "Zuranolone, which is still awaiting approval from the FDA, costs $15,900.",
        "direction")]


def test_counts_of_women_men_and_children_are_counts_of_one_kind():
    assert [q.kind for q in quantities.extract("196 women and 40 children")] == [
        "count:woman", "count:child"]
    text = ("The trial\n\nIn the main trial, 196 women took zuranolone.\n\n"
            "Of the 150 women in the zuranolone trial, about half improved.")
    assert reasons(text) == ["measure"]


def test_a_claim_without_exception_against_the_articles_own_caveat():
    text = ("Ibuprofen for children\n\n"
            "Ibuprofen is safe for children of all ages.\n\n"
            "Do not give ibuprofen to babies under 3 months old.")
    assert found(text) == [("Ibuprofen is safe for children of all ages.",
                            "Do not give ibuprofen to babies under 3 months old.", "caveat")]
    # "Entirely" without a claim of safety or benefit is no claim without exception.
    text = ("Broad-spectrum CBD\n\n"
            "Broad-spectrum CBD has its THC removed entirely.\n\n"
            "Broad-spectrum CBD does not contain THC but other cannabinoids.")
    assert not any(reason == "caveat" for _, _, reason in found(text))


def test_one_thing_said_to_be_of_a_kind_and_not_to_be():
    text = ("Melatonin\n\n"
            "Melatonin is a sedative, like diphenhydramine.\n\n"
            "Melatonin is not a sedative; it tells the body that it is night.")
    assert found(text)[0] == ("Melatonin is a sedative, like diphenhydramine.",
                              "Melatonin is not a sedative", "class")


def test_approved_against_still_under_review():
    text = ("Vaccines for older adults\n\n"
            "The vaccine has been approved in the US since May 2023.\n\n"
            "Regulators are still reviewing the vaccine and a decision is expected.")
    assert reasons(text) == ["direction"]


def test_a_share_that_does_not_is_the_complement_of_the_share_that_does():
    # Two thirds do not eat enough fish: a third do, about the 30% said later.
    text = ("Fish in the diet\n\n"
            "Two thirds of adults do not eat enough fish.\n\n"
            "Only about 30% of adults eat enough fish.")
    assert found(text) == []
    text = ("Fish in the diet\n\n"
            "Two thirds of adults do not eat enough fish.\n\n"
            "About 70% of adults eat enough fish.")
    assert reasons(text) == ["quantity"]


def test_a_non_kind_names_the_kinds_opposite():
    text = ("ADHD medicines\n\n"
            "Atomoxetine is a stimulant that takes several weeks to work.\n\n"
            "Non-stimulant medicines, such as atomoxetine, have a lower risk of misuse.")
    assert found(text)[0] == (
        "Atomoxetine is a stimulant that takes several weeks to work.",
        "Non-stimulant medicines, such as atomoxetine, have a lower risk of misuse.",
        "class")


def test_not_addictive_against_a_potential_for_dependence():
    text = ("Stimulants\n\n"
            "Stimulant medications are not addictive when taken as prescribed.\n\n"
            "Stimulant medications carry a high potential for abuse and dependence.")
    assert reasons(text) == ["direction"]


def test_an_effect_against_a_study_that_found_none():
    text = ("Zinc and colds\n\n"
            "Zinc lozenges shorten colds by about three days.\n\n"
            "A large 2020 trial found that zinc lozenges had no effect on colds.\n\n"
            "Zinc is found in meat and shellfish.")
    assert found(text) == [("Zinc lozenges shorten colds by about three days.",
                            "A large 2020 trial found that zinc lozenges had no effect on colds.",
                            "null")]


def test_one_in_four_is_a_share_compared_with_percentages():
    (share,) = quantities.extract("one in four pregnant women")
    assert (share.kind, share.low, share.high) == ("percent", 25, 25)
    text = ("Antidepressants in pregnancy\n\n"
            "About 8% of pregnant women take an antidepressant.\n\n"
            "Roughly one in four pregnant women takes an antidepressant.")
    assert reasons(text) == ["quantity"]


def test_one_in_ten_thousand_is_a_small_share_and_its_vagueness_a_factor():
    def share(text):
        (found,) = quantities.extract(text)
        return found.kind, round(found.low, 4), round(found.high, 4)

    # "1 in 10,000" was read as "1 in 10"; "about" widened it to 5 points.
    assert share("fewer than 1 in 10,000 people") == ("percent", 0, 0.01)
    # ("about": a quarter either way of a small share, within a factor of 1.5)
    assert share("about 1 in 10,000 to 1 in 100,000 people") == ("percent", 0.0008, 0.0125)
    text = ("Celiac disease\n\n"
            "Celiac disease affects about 1 in 100 people worldwide.\n\n"
            "Celiac disease is very rare, affecting about 1 in 10,000 people.")
    assert reasons(text) == ["quantity"]
    # Must not change: "about" on a large share still widens by points.
    assert share("about 1 in 4 adults") == ("percent", 20, 30)
    assert share("1 in 1,000 to 1 in 10 patients")[1:] == (0.1, 10)


def test_any_kind_said_and_denied_of_one_thing_is_a_class_clash():
    text = ("Vitamin D\n\n"
            "Vitamin D is a vitamin that the skin makes in sunlight.\n\n"
            "Vitamin D is not a vitamin but a hormone.")
    assert found(text)[0] == ("Vitamin D is a vitamin that the skin makes in sunlight.",
                              "Vitamin D is not a vitamin but a hormone.", "class")
    # Two kinds outside the lexicon's categories may both hold.
    text = ("Ketamine\n\nKetamine is an anesthetic used in surgery.\n\n"
            "Ketamine is a treatment for depression in adults.")
    assert not any(reason == "class" for _, _, reason in found(text))


def test_over_an_age_before_a_dose_is_no_maximum():
    (dose,) = doses.extract("Adults over 70 need 800 IU a day.")
    assert dose.role == "amount"
    (limit,) = doses.extract("Doses above 350 mg a day can cause diarrhea.")
    assert limit.role == "max"


def test_how_often_is_a_measure_in_times_a_day():
    read = {q.phrase: (q.kind, round(q.low, 3), round(q.high, 3))
            for q in quantities.extract("Apply it once a day, or every 4 to 6 hours, or twice "
                                        "daily, or every other day, or once or twice a week.")}
    assert read == {"once a day": ("frequency", 1, 1), "every 4 to 6 hours": ("frequency", 4, 6),
                    "twice daily": ("frequency", 2, 2), "every other day": ("frequency", 0.5, 0.5),
                    "once or twice a week": ("frequency", 0.143, 0.286)}
    text = ("Sunscreen\n\n"
            "You only need to apply sunscreen once a day.\n\n"
            "Reapply sunscreen every two hours when you are outdoors.\n\n"
            "Sunscreen should be applied once a day to the face.")
    # Once a day twice over is the same figure again, not a clash.
    assert {(a, b) for a, b, reason in found(text) if reason == "measure"} == {
        ("You only need to apply sunscreen once a day.",
         "Reapply sunscreen every two hours when you are outdoors."),
        ("Reapply sunscreen every two hours when you are outdoors.",
         "Sunscreen should be applied once a day to the face.")}


def test_twice_daily_doubles_the_daily_dose():
    (dose,) = doses.extract("take 10 mg twice daily")
    assert (dose.times, dose.daily().low) == ((2, 2), 20)


def test_at_once_is_no_time_at_all_against_a_duration():
    (now,) = quantities.extract("You are protected as soon as you get the shot.")
    assert (now.kind, now.low, now.high) == ("duration", 0, 0)
    assert quantities.extract("See a doctor as soon as possible.") == []
    text = ("Flu shots\n\n"
            "The flu vaccine takes about two weeks to work.\n\n"
            "You are protected from the flu as soon as you get the vaccine.")
    assert reasons(text) == ["measure"]


def test_as_well_as_each_other_against_one_better_than_the_other():
    text = ("Iron\n\n"
            "Iron from plants is absorbed just as well as iron from meat.\n\n"
            "Iron from meat is absorbed two to three times better than iron from plants.")
    assert reasons(text) == ["comparison"]
    # "No better than" says the two do as well; two such claims agree.
    assert cues._comparison("Melatonin is no better than a placebo.") == ("parity",
                                                                          "no better than")
    text = ("Melatonin\n\n"
            "Melatonin works just as well as sleeping pills.\n\n"
            "Melatonin is no better than sleeping pills for jet lag.")
    assert not any(reason == "comparison" for _, _, reason in found(text))


def test_safe_for_some_people_against_ruled_out_for_them():
    text = ("Egg allergy and flu vaccines\n\n"
            "People with egg allergy can safely get any flu vaccine.\n\n"
            "People with a severe egg allergy should not get the flu vaccine.")
    assert reasons(text) == ["caveat"]
    # Safe for adults, ruled out for babies: two groups, no clash.
    text = ("Sunscreen\n\n"
            "Mineral sunscreen is safe for adults with sensitive skin.\n\n"
            "Do not use sunscreen on babies younger than 6 months.")
    assert not any(reason == "caveat" for _, _, reason in found(text))
    # "Not safe for babies" and "avoid on babies" agree.
    text = ("Honey\n\n"
            "Honey is not safe for babies under one year.\n\n"
            "Avoid giving honey to babies.")
    assert not any(reason == "caveat" for _, _, reason in found(text))


def test_opposite_phrases_of_the_lexicon():
    text = ("Iron tablets\n\n"
            "Take your iron tablet with food to avoid an upset stomach.\n\n"
            "Iron tablets are best absorbed on an empty stomach.")
    assert found(text) == [("Take your iron tablet with food to avoid an upset stomach.",
                            "Iron tablets are best absorbed on an empty stomach.", "antonym")]
    text = ("Statins\n\n"
            "Statins should be taken in the evening.\n\n"
            "Statins can be taken at any time of day.")
    assert reasons(text) == ["antonym"]


def test_no_effect_on_something_against_an_effect_on_it():
    text = ("Statins and blood sugar\n\n"
            "Statins raise blood sugar in some people.\n\n"
            "Statins do not affect blood sugar.")
    assert found(text) == [("Statins raise blood sugar in some people.",
                            "Statins do not affect blood sugar.", "null")]


def test_no_side_effects_against_side_effects_named():
    text = ("Iron\n\n"
            "Iron supplements have no side effects.\n\n"
            "Constipation and nausea are common with iron supplements.\n\n"
            "Iron supplements come as tablets and liquids.")
    assert found(text) == [("Iron supplements have no side effects.",
                            "Constipation and nausea are common with iron supplements.",
                            "caveat")]


def test_a_role_only_one_thing_holds_given_to_two_things():
    text = ("Sinus infections\n\n"
            "Most sinus infections are caused by viruses.\n\n"
            "Saline rinses ease congestion.\n\n"
            "Bacteria cause most sinus infections.")
    assert found(text) == [("Most sinus infections are caused by viruses.",
                            "Bacteria cause most sinus infections.", "role")]
    text = ("Which antibiotic?\n\n"
            "Amoxicillin is the first-line antibiotic for sinus infections.\n\n"
            "Doxycycline is the first choice for sinus infections in adults.")
    assert reasons(text) == ["role"]
    assert cues._role("The first-line treatment for adults is amoxicillin.") == (
        "first choice", cues._role("Amoxicillin is the first-line antibiotic.")[1])


def test_one_holder_said_twice_or_a_role_denied_is_not_a_role_cue():
    text = ("Which antibiotic?\n\n"
            "Amoxicillin is the first-line antibiotic for sinus infections.\n\n"
            "For most adults, the first-line treatment is amoxicillin.\n\n"
            "Doxycycline is not the first choice for sinus infections.\n\n"
            "A virus is the main cause of sinus infections.\n\n"
            "Most sinus infections are caused by viruses.")
    assert not any(reason == "role" for _, _, reason in found(text))
    assert cues._role("Doxycycline is not the first choice.") == ("", "")


def test_fasting_the_verb_is_not_the_speed_word_and_people_are_read_as_written():
    # "should not fast" is no slower than anything; "type 1 diabetes" has the lemma
    # "diabete", and the people named are still people with diabetes.
    text = ("Intermittent fasting\n\n"
            "Intermittent fasting is safe for people with diabetes.\n\n"
            "People with type 1 diabetes should not fast without medical supervision.\n\n"
            "Pregnant women should also avoid fasting.")
    assert found(text) == [("Intermittent fasting is safe for people with diabetes.",
                            "People with type 1 diabetes should not fast without medical "
                            "supervision.", "caveat")]
    assert lexicon().sides_of("fast", "VERB") == []
    assert lexicon().sides_of("fast", "ADV") == lexicon().sides_of("fast") == [("speed", 0)]
    assert lexicon().sides_of("lower", "VERB") == [("direction", 1)]


def test_one_in_n_is_a_share_of_the_people_named_after_it():
    text = ("Sleep apnea\n\n"
            "Sleep apnea affects about 1 in 5 adults.\n\n"
            "Sleep apnea affects roughly 5% of adults.")
    assert pairs(text) == {("Sleep apnea affects about 1 in 5 adults.",
                            "Sleep apnea affects roughly 5% of adults.")}
    assert set(cues._measures("about 1 in 5 adults", None)) == set(
        cues._measures("roughly 5% of adults", None)) == {"percent of person"}
    # Adults with ADHD are not all adults.
    text = ("ADHD in adults\n\n"
            "About 4% of adults have ADHD.\n\n"
            "Fewer than one in five adults with ADHD are diagnosed.")
    assert found(text) == []
    assert set(cues._measures("one in five adults with ADHD", None)) == {
        "percent of person with adhd"}


def test_one_thing_said_to_work_better_than_another_and_the_other_way():
    text = ("Migraine drugs\n\n"
            "Gepants are more effective than triptans for migraine.\n\n"
            "In head-to-head trials, triptans worked better than gepants for migraine.")
    assert reasons(text) == ["comparison"]
    text = ("Migraine drugs\n\n"
            "Gepants are more effective than placebo for migraine.\n\n"
            "Triptans are more effective than placebo for migraine.")
    assert not any(reason == "comparison" for _, _, reason in found(text))
    assert cues._ranking("Placebo is no better than gepants.") == ("", "")


def test_two_main_symptoms_are_a_role_given_twice():
    text = ("Sleep apnea symptoms\n\n"
            "Loud snoring is the most common symptom of sleep apnea.\n\n"
            "Daytime sleepiness is the main symptom of sleep apnea.")
    assert reasons(text) == ["role"]


def test_a_ceiling_said_with_fewer_than_or_under_is_a_limit():
    text = ("The keto diet\n\n"
            "Keto means eating fewer than 20 grams of carbs a day.\n\n"
            "Most people on keto eat under 50 grams of carbs a day.")
    assert reasons(text) == ["measure"]
    text = ("The keto diet\n\n"
            "Keto means eating fewer than 20 grams of carbs a day.\n\n"
            "On keto you eat under 20 grams of carbs a day.")
    assert found(text) == []
    assert [d.role for d in doses.extract("less than 25 grams of sugar a day")] == ["max"]


def test_no_serious_side_effects_against_harms_named_for_the_same_treatment():
    text = ("Intensive blood pressure control\n\n"
            "Intensive treatment had no serious side effects, the researchers reported.\n\n"
            "Fainting and sudden kidney injury were more common in the intensive group.")
    assert reasons(text) == ["caveat"]
    # Rarely causing side effects is said without exception too.
    assert cues._ABSOLUTE.search("SSRIs rarely cause side effects.")
    # Side effects of one treatment and none of another are no clash of one claim.
    text = ("Intensive blood pressure control\n\n"
            "Intensive treatment had no serious side effects, the researchers reported.\n\n"
            "Intensive treatment lowered the number of strokes.")
    assert found(text) == []


def test_people_a_study_left_out_and_a_finding_given_to_them():
    text = ("Blood pressure targets\n\n"
            "People with diabetes were excluded from the trial.\n\n"
            "The study shows that people with diabetes should also aim for under 120.")
    assert found(text) == [(
        "People with diabetes were excluded from the trial.",
        "The study shows that people with diabetes should also aim for under 120.", "caveat")]
    # Said of them without a study's finding: no overreach.
    text = ("Blood pressure targets\n\n"
            "People with diabetes were excluded from the trial.\n\n"
            "People with diabetes have a higher risk of stroke than the trial's patients.")
    assert found(text) == []


def test_an_effect_denied_with_make_and_a_comparative():
    text = ("Vitamin C and colds\n\n"
            "Regular vitamin C did shorten colds a little in adults.\n\n"
            "Vitamin C does not make colds shorter in adults.")
    assert reasons(text) == ["null"]


def test_what_the_body_gets_rid_of_and_what_builds_up():
    text = ("Vitamin C\n\n"
            "Vitamin C is water-soluble, so your body gets rid of what it does not need.\n\n"
            "Vitamin C builds up in the body over time.")
    assert reasons(text) == ["antonym"]


def test_drugs_and_medications_count_one_kind():
    text = ("Blood pressure drugs\n\n"
            "Most patients needed three drugs to reach the lower target.\n\n"
            "On average, patients took two medications to reach the lower target.")
    assert reasons(text) == ["measure"]
    assert quantities.kinds("three medicines") == quantities.kinds("3 drugs") == {"count:drug"}


def test_an_item_listed_under_one_kind_and_said_to_be_another():
    text = ("SSRIs\n"
            "Common SSRIs include:\n"
            "- Sertraline (Zoloft)\n"
            "- Escitalopram (Lexapro)\n\n"
            "SNRIs\n"
            "Examples include:\n"
            "- Venlafaxine (Effexor XR)\n"
            "- Duloxetine (Cymbalta)\n\n"
            "Stopping treatment\n"
            "Duloxetine (Cymbalta) is an SSRI that also treats nerve pain.\n\n"
            "Sertraline (Zoloft) is an SSRI that is also used for panic disorder.")
    assert [(a, b, reason) for a, b, reason in found(text) if reason == "class"] == [
        ("Duloxetine (Cymbalta)", "Duloxetine (Cymbalta) is an SSRI that also treats nerve pain.",
         "class")]


def test_spoons_of_a_syrup_with_its_strength_per_teaspoon_against_a_daily_limit():
    text = ("Elderberry syrup\n\n"
            "Our syrup contains 500 mg of elderberry per teaspoon.\n\n"
            "Adults can take 1 tablespoon of elderberry syrup up to 4 times a day.\n\n"
            "Do not take more than 1,000 mg of elderberry syrup a day.")
    assert [(a, b, reason) for a, b, reason in found(text) if reason == "measure"] == [(
        "Adults can take 1 tablespoon of elderberry syrup up to 4 times a day.",
        "Do not take more than 1,000 mg of elderberry syrup a day.", "measure")]
    strength = doses.strengths(["Our syrup contains 500 mg of elderberry per teaspoon."])
    assert strength == {"teaspoon": (500.0, 500.0), "tablespoon": (1500.0, 1500.0)}
    # Within the limit: 1 teaspoon twice a day is 1,000 mg.
    text = ("Elderberry syrup\n\n"
            "Our syrup contains 500 mg of elderberry per teaspoon.\n\n"
            "Adults can take 1 tsp of elderberry syrup twice a day.\n\n"
            "Do not take more than 1,000 mg of elderberry syrup a day.")
    assert not any(reason == "measure" for _, _, reason in found(text))


def test_no_study_has_shown_denies_a_proven_effect():
    text = ("Elderberry and flu\n\n"
            "Elderberry is proven to prevent the flu.\n\n"
            "No study has shown that elderberry prevents colds or flu.")
    assert reasons(text) == ["null"]


def test_safe_for_everyone_against_people_told_to_talk_to_a_doctor_first():
    text = ("Is elderberry safe?\n\n"
            "Elderberry is safe for everyone.\n\n"
            "Elderberry may stimulate the immune system, so people with autoimmune diseases "
            "should talk to a doctor first.")
    assert reasons(text) == ["caveat"]
    assert cues._ABSOLUTE.search("Colonoscopy has no risks.")
    assert cues._VERDICT.search("Colonoscopy has no risks.")


def test_an_age_said_with_at_age_is_an_age():
    assert [(q.kind, q.low) for q in quantities.extract("the first colonoscopy at age 45")] == [
        ("age", 45.0)]
    assert [(q.kind, q.low) for q in quantities.extract("starting at the age of 50")] == [
        ("age", 50.0)]


def test_stop_taking_and_keep_taking_the_same_medicine():
    text = ("Before your colonoscopy\n\n"
            "Stop taking iron pills 5 days before your colonoscopy.\n\n"
            "Keep taking all your usual medicines, including iron pills.")
    assert reasons(text) == ["antonym"]


def test_a_verb_allowed_after_can_and_ruled_out_after_cannot():
    text = ("After the test\n\n"
            "You cannot drive for the rest of the day after the test.\n\n"
            "You can drive yourself home after the test once you feel awake.")
    assert reasons(text) == ["permission"]
    # Two different things allowed and ruled out are no clash.
    text = ("After the test\n\n"
            "You cannot drive for the rest of the day after the test.\n\n"
            "You can eat a light meal after the test once you feel awake.")
    assert not any(reason == "permission" for _, _, reason in found(text))
    assert cues._permissions(["you", "can", "not", "drive"]) == (frozenset(), {"drive"})
    taken = ["it", "can", "be", "take", "at", "any", "time"]
    assert cues._permissions(taken) == ({"take"}, frozenset())


def test_years_ago_counts_back_from_the_articles_date():
    text = ("Wegovy\n\n"
            "Wegovy, a weekly injection, was approved by the FDA for weight management in 2021.\n\n"
            "Wegovy, the weekly injection, was approved three years ago.")
    assert [reason for _, _, reason in found(text, "2026-03-10")] == ["measure"]
    assert found(text, "2024-06-01") == []  # three years before 2024 is 2021
    assert found(text) == []  # without the article's date there is nothing to count from


def test_a_reported_finding_is_not_the_antonym_of_losing():
    reading = cues._read("a study find that patient keep off most of the weight", "",
                         "A study found that patients kept off most of the weight.", None)
    assert "find" not in reading.said
    reading = cues._read("the drug be still hard to find", "",
                         "The drug is still hard to find.", None)
    assert "find" in reading.said


def test_a_share_of_body_weight_is_a_share_of_weight():
    assert set(cues._measures("lost an average of 15% of their body weight", None)) == set(
        cues._measures("Most patients lost about 10% of their weight.", None)) == {
        "percent of weight"}


def test_eat_as_much_as_you_like_against_keep_portions_small():
    text = ("Dark chocolate\n\n"
            "Eat as much dark chocolate as you like.\n\n"
            "Dark chocolate is rich in calories, so keep portions small.")
    assert reasons(text) == ["antonym"]


def test_as_well_as_medication_against_half_of_what_medications_achieve():
    text = ("Garlic\n\n"
            "Garlic supplements work as well as blood pressure medication.\n\n"
            "Garlic lowered blood pressure by about 8 points, roughly half of what blood "
            "pressure medication achieves.")
    assert reasons(text) == ["comparison"]


def test_high_blood_pressure_and_a_small_study_are_no_levels():
    text = ("Beets\n\n"
            "Beets are high in nitrates, which relax blood vessels.\n\n"
            "In one small study, beet juice eased high blood pressure in adults.")
    assert found(text) == []
    # A level said of one thing both ways still is one.
    reading = cues._read("people with depression have high level of glutamate", "",
                         "People with depression have high levels of glutamate.", None)
    assert ("level", 1) in reading.sides
    assert ("level", 1) not in cues._read("people with high blood pressure", "",
                                          "People with high blood pressure", None).sides


def test_temperatures_in_fahrenheit_and_celsius_are_one_measure():
    text = ("Fever\n\n"
            "A fever is a temperature of 100.4°F (38°C) or higher in toddlers.\n\n"
            "A temperature of 99.5°F is already a fever in toddlers.")
    assert reasons(text) == ["measure"]
    assert [(q.kind, q.low) for q in quantities.extract("38 °C")] == [("temperature", 38.0)]
    assert [(q.kind, q.low) for q in quantities.extract("100.4 degrees Fahrenheit")] == [
        ("temperature", 38.0)]
    text = ("Fever\n\n"
            "A fever is a temperature of 100.4°F or higher in toddlers.\n\n"
            "In toddlers, a temperature of 38°C or higher is a fever.")
    assert found(text) == []  # the same threshold in the other scale


def test_a_price_a_month_is_no_duration():
    # A price a month (no duration, no frequency).
    assert quantities.kinds("The list price is about $1,350 a month.") == {"price $ a month"}
    assert quantities.kinds("Patients kept the weight off a month later.") == {"duration"}


def test_not_shown_to_work_denies_that_it_works():
    text = ("Bird flu\n\n"
            "Antiviral drugs such as oseltamivir (Tamiflu) work against bird flu.\n\n"
            "Tamiflu has not been shown to work against bird flu.")
    assert reasons(text) == ["null"]


def test_safe_at_any_age_against_an_age_limit():
    text = ("Ibuprofen\n\n"
            "Ibuprofen can be used in babies from 6 months of age.\n\n"
            "Ibuprofen is safe for babies of any age.")
    assert reasons(text) == ["caveat"]


def test_said_to_be_rare_against_a_share_of_people_that_is_not():
    text = ("Knee replacement\n\n"
            "Blood clots are rare after knee replacement.\n\n"
            "About 1 in 10 patients develops a blood clot in the leg after knee replacement.")
    assert reasons(text) == ["measure"]
    # A small share is rare; a reduction by a share is no share of people; "not rare"
    # says the contrary.
    for other in ("About 1 in 1,000 patients develops a blood clot after knee replacement.",
                  "Blood thinners cut blood clots after knee replacement by about 60%.",
                  "Blood clots are not rare after knee replacement: 1 in 10 patients gets one."):
        text = f"Knee replacement\n\nBlood clots are rare after knee replacement.\n\n{other}"
        assert not any(reason == "measure" for _, _, reason in found(text)), other
    assert cues._share_of_people(cues._measures("Nearly 40% of women are iron deficient.",
                                                None)) == 36.0


def test_said_to_be_proven_against_evidence_said_to_be_unsettled():
    text = ("Melatonin for children\n\n"
            "Melatonin has been proven safe for long-term use in children.\n\n"
            "Little is known about the long-term effects of melatonin in children.")
    assert reasons(text) == ["null"]
    # Unproven said twice is no clash.
    text = ("Melatonin for children\n\n"
            "Melatonin has not been proven safe for long-term use in children.\n\n"
            "Little is known about the long-term effects of melatonin in children.")
    assert not any(reason == "null" for _, _, reason in found(text))
    assert cues._UNSETTLED.search("Large trials have given mixed results on screening.")
    assert cues._UNSETTLED.search("The evidence is still limited.")


def test_able_to_do_against_an_instruction_not_to():
    text = ("After knee surgery\n\n"
            "You will be able to drive the day after surgery.\n\n"
            "Do not drive for at least 4 weeks after surgery.")
    assert reasons(text) == ["permission"]
    # An instruction with a condition is an exception; one with a limit, a limit.
    nothing = (frozenset(), frozenset())
    for words in ("do not take ibuprofen if you have an ulcer",
                  "do not take more than 3,000 mg a day"):
        assert cues._permissions(words.split()) == nothing, words
    assert cues._permissions(["never", "share", "antibiotic"]) == (frozenset(), {"share"})
    assert cues._permissions(["you", "will", "not", "be", "able", "to", "drive"]) == (
        frozenset(), {"drive"})


def test_no_study_has_linked_denies_a_harm_said_to_be_caused():
    text = ("Creatine\n\n"
            "Creatine causes hair loss.\n\n"
            "No study has linked creatine to hair loss in men.")
    assert reasons(text) == ["null"]


def test_safe_for_healthy_people_against_a_harm_to_healthy_people():
    text = ("Is creatine safe?\n\n"
            "Creatine is safe for healthy adults at 3 to 5 grams a day.\n\n"
            "Creatine damages the kidneys in healthy people.")
    assert reasons(text) == ["caveat"]
    # A harm to other people than those it is safe for is no clash.
    text = ("Is creatine safe?\n\n"
            "Creatine is safe for healthy adults at 3 to 5 grams a day.\n\n"
            "Creatine damages the kidneys in people with diabetes.")
    assert not any(reason == "caveat" for _, _, reason in found(text))


def test_after_the_first_dose_is_no_time_at_all():
    assert quantities.IMMEDIATE.search("Most people notice gains after the very first dose.")
    assert quantities.IMMEDIATE.search("It works from the first session.")
    assert not quantities.IMMEDIATE.search("Side effects are common on the first day.")


def test_what_the_article_labels_a_myth_is_not_its_claim():
    text = ("HPV vaccine\n\n"
            "Myth: The vaccine causes infertility.\n\n"
            "Fact: There is no evidence that the HPV vaccine causes fertility problems.\n\n"
            "The HPV vaccine causes fertility problems in some women.")
    units = segment(text)
    assert [units[i].text for i in repeats.refuted(units)] == [
        "The vaccine causes infertility."]
    listed = found(text)
    assert listed and all("The vaccine causes infertility." not in (a, b) for a, b, _ in listed)
    assert ("There is no evidence that the HPV vaccine causes fertility problems.",
            "The HPV vaccine causes fertility problems in some women.") in {
                tuple(sorted((a, b), key=text.index)) for a, b, _ in listed}


def test_an_effect_that_did_not_happen_said_with_has_not_or_another_verb():
    text = ("HPV vaccine\n\n"
            "Since 2006, HPV infections with the vaccine types have dropped by 88% among teen "
            "girls thanks to the vaccine.\n\n"
            "The vaccine has not reduced HPV infections among teen girls.")
    assert reasons(text) == ["null"]
    assert cues._NULL.search("A 2022 trial found that 16:8 fasting did not slow metabolism.")
    # The people a relative clause describes found nothing: "who have not benefited".
    assert not cues._NULL.search("It helps patients who have not benefited from other drugs.")
    assert not cues._NULL.search("Iron is not easily absorbed from plants.")


def test_approval_granted_against_not_yet_approved():
    text = ("Lecanemab\n\n"
            "The FDA granted lecanemab full approval in July 2023.\n\n"
            "Lecanemab has not yet been approved by the FDA.")
    assert reasons(text) == ["direction"]
    # Awaiting approval is not approval.
    text = ("Lecanemab\n\n"
            "The FDA approved lecanemab in July 2023.\n\n"
            "Lecanemab is still awaiting approval by the FDA.")
    assert reasons(text) == ["direction"]


def test_a_bare_count_a_year_is_how_often_and_a_price_a_year_is_not():
    assert [(q.kind, round(q.low * 365.25, 1)) for q in quantities.extract(
        "Most doctors limit steroid shots to 3 or 4 a year.")] == [("frequency", 3.0)]
    assert [q.kind for q in quantities.extract("It costs $26,500 a year.")] == ["price $ a year"]
    text = ("Steroid shots\n\n"
            "Most doctors limit steroid shots to 3 or 4 a year.\n\n"
            "You can safely get a steroid shot every month.")
    assert reasons(text) == ["measure"]


def test_studies_said_to_be_mixed_against_proof_and_one_group_in_other_words():
    text = ("Hyaluronic acid\n\n"
            "Studies on hyaluronic acid injections have been mixed.\n\n"
            "Hyaluronic acid injections have been proven to rebuild cartilage.")
    assert reasons(text) == ["null"]
    # Pregnancy and pregnant women, newborns and babies: one group each.
    text = ("Caffeine\n\n"
            "Up to 200 mg of caffeine a day is safe during pregnancy.\n\n"
            "Pregnant women should avoid caffeine completely.")
    assert "caveat" in reasons(text)
    read = cues._read("sunscreen be safe for newborn", "", "Sunscreen is safe for newborns.",
                      None)
    assert read.safe_for == {"baby"}
    adults = cues._measures("About 1 in 4 adults in the United States has low levels.", None)
    assert cues._share_of_people(adults) > cues.NOT_RARE


def test_three_or_more_times_a_week_is_how_often():
    assert [(q.kind, round(q.low, 3)) for q in quantities.extract(
        "If you need your reliever three or more times a week, see your nurse.")] == [
            ("frequency", 0.429)]
    text = ("Reliever inhalers\n\n"
            "If you need your reliever inhaler three or more times a week, your asthma is not "
            "well controlled.\n\n"
            "Using your reliever inhaler every day means your asthma is well controlled.")
    a, b = text.split("\n\n")[1:]
    assert ("measure", "both give frequency") in cues_of(a, b)
    # The pair is listed; as a claim (not advice) the negation rule reads it first.
    assert reasons(text) == ["negation"]


def test_equally_common_against_more_common_and_everyone_against_a_share():
    text = ("Migraine\n\n"
            "Migraine is three times more common in women than in men.\n\n"
            "Migraine is equally common in men and women.")
    assert reasons(text) == ["comparison"]
    text = ("CGRP injections\n\n"
            "CGRP injections cut migraine days by about half in roughly 50% of patients.\n\n"
            "CGRP injections work for everyone who tries them.")
    assert reasons(text) == ["caveat"]
    # Nearly everyone is everyone enough.
    text = ("CGRP injections\n\n"
            "CGRP injections cut migraine days in 95% of patients.\n\n"
            "CGRP injections work for everyone who tries them.")
    assert "caveat" not in reasons(text)


def test_a_phrase_set_finds_what_its_pattern_finds_and_skips_texts_without_a_key_word():
    named = cues._any_of(["weight gain", "24-hour fast", "o'clock"])
    # Each phrase's longest run of word characters screens texts.
    assert named.key_words == {"weight", "hour", "clock"}
    for text in ("Some report Weight gain.", "A 24-hour fast, then food.", "At six o'clock."):
        assert named.search(text).group(0) == named.pattern.search(text).group(0)
    # A text with a phrase's first word but no key word is passed over, and its
    # pattern finds nothing there either.
    assert named._absent("Fasting for 24 days, by the clocks", None)
    assert named.pattern.search("Fasting for 24 days, by the clocks") is None
    assert not named._absent("Weight loss", None)
    # Inside a longer word the pattern finds nothing either: the screen agrees.
    assert named.search("Overweight gains") is None
    assert named.pattern.search("Overweight gains") is None
    assert list(named.finditer("no phrase here")) == []
    with pytest.raises(ValueError, match="starts with a letter or a digit"):
        cues._any_of(["-free"])


def test_a_duty_against_no_duty_to_do_the_same_to_the_same():
    text = ("Warfarin and food\n\n"
            "You must avoid all foods that contain vitamin K, such as spinach.\n\n"
            "You do not need to avoid foods with vitamin K.")
    # (a duty stated with "must" is a claim: the parse's negation rule may name it first)
    assert reasons(text) in (["permission"], ["negation"])
    assert [reason for reason, _ in cues_of(
        "You must avoid all foods that contain vitamin K, such as spinach.",
        "You do not need to avoid foods with vitamin K.")][:1] == ["permission"]
    # The same verb done to something else is no contradiction.
    text = ("Warfarin and food\n\n"
            "You must avoid grapefruit juice while taking warfarin.\n\n"
            "You do not need to avoid spinach while taking warfarin.")
    assert "permission" not in reasons(text)
    assert cues._obligations(["there", "be", "no", "need", "to", "take", "a", "break"]) == (
        frozenset(), {"take break"})
    assert cues._obligations(["you", "have", "to", "take", "the", "tablet", "with", "food"]) == (
        {"take tablet"}, frozenset())
    # "must not" rules out (permissions), it makes no duty.
    assert cues._obligations(["you", "must", "not", "drive"]) == (frozenset(), frozenset())


def test_done_well_against_done_poorly_said_of_the_same_thing():
    text = ("Magnesium\n\n"
            "Magnesium oxide is poorly absorbed and often causes diarrhea.\n\n"
            "Magnesium oxide is the best-absorbed form of magnesium.")
    assert reasons(text) == ["antonym"]
    assert cues._manners("The drug is not well tolerated.") == {("tolera", -1,
                                                                 frozenset({"drug"}))}
    # Two forms, one absorbed well and one poorly: no contradiction.
    text = ("Magnesium\n\n"
            "Magnesium glycinate is gentle on the stomach and is well absorbed.\n\n"
            "Magnesium oxide is poorly absorbed.")
    assert "antonym" not in reasons(text)


def test_very_rare_against_a_share_of_one_percent_or_more():
    text = ("Warfarin\n\n"
            "Major bleeding happens in 2 to 3 patients out of 100 who take warfarin.\n\n"
            "Major bleeding in patients who take warfarin is extremely rare.")
    assert reasons(text) == ["measure"]
    # "1 to 3 people out of 100" is a share of people, as "1 in 5 adults" is.
    assert cues._measures("It affects 1 to 3 people out of 100.", None) == {
        f"percent of {cues._share_key('people')}": {(1.0, 3.0)}}
    assert cues._measures("It affects 1 out of 5 adults.", None) == {
        "percent of person": {(20.0, 20.0)}}  # as "1 in 5 adults"
    # Plain "rare" still allows a few percent; "extremely rare", a share under 1%.
    for rare, share in (("Major bleeding is rare.", "2 in 100 patients"),
                        ("Major bleeding is extremely rare.", "1 in 1,000 patients")):
        text = f"Warfarin\n\n{rare}\n\nMajor bleeding happens in {share}."
        assert "measure" not in reasons(text), rare


def test_there_is_no_such_thing_against_a_count_of_them():
    text = ("Malaria\n\n"
            "There is no vaccine for malaria.\n\n"
            "Two malaria vaccines are now recommended for children in Africa.")
    assert reasons(text) == ["null"]
    assert cues._missing("There are no approved drugs for it.") == ("drug", "")
    # Vaccines against something else are not the ones said not to exist.
    text = ("Malaria\n\n"
            "There is no vaccine for malaria, so travellers take tablets.\n\n"
            "Two hepatitis vaccines are recommended for travellers.")
    assert "null" not in reasons(text)


def test_an_age_bound_a_postposed_more_and_a_recommended_gerund():
    # "6 months and older" is an age bound (a caveat), not a duration.
    assert [q.kind for q in quantities.extract("Give it to babies 6 months and older.")] == ["age"]
    text = ("Fever\n\n"
            "Ibuprofen can be given to babies 6 months and older.\n\n"
            "Ibuprofen is safe for babies of any age.")
    assert reasons(text) == ["caveat"]
    # "7 or more hours": at least seven, against five.
    hours = quantities.extract("Adults need 7 or more hours of sleep.")[0]
    assert (hours.low, hours.high) == (420.0, 840.0)
    # What is recommended opens the sentence; "unless your doctor tells you to" is
    # no exception to an instruction, "if you have an ulcer" is.
    assert cues._permissions(["alternate", "the", "two", "be", "recommend"]) == (
        {"alternate"}, frozenset())
    unless = "do not alternate them unless your doctor tell you to"
    assert cues._permissions(unless.split(" ")) == (frozenset(), {"alternate"})
    exception = "do not take ibuprofen if you have an ulcer"
    assert cues._permissions(exception.split(" ")) == (frozenset(), frozenset())


def test_disrupting_sleep_against_improving_it():
    text = ("Alcohol and sleep\n\n"
            "Alcohol disrupts sleep later in the night.\n\n"
            "Alcohol improves the quality of your sleep.")
    assert "direction" in reasons(text)


def test_a_count_of_things_per_period_is_how_often_an_amount_is_not():
    eggs = quantities.extract("Most adults can eat one egg a day.")
    assert [(q.kind, q.low) for q in eggs] == [("frequency", 1.0)]
    text = ("Eggs\n\n"
            "Most healthy adults can eat one egg a day.\n\n"
            "Healthy adults should eat no more than one egg per week.")
    assert pairs(text) == {("Most healthy adults can eat one egg a day.",
                            "Healthy adults should eat no more than one egg per week.")}
    # A price, a time or calories per period are no frequency.
    for amount in ("It costs 500 dollars a year.", "Sleep 8 hours a day.",
                   "Eat 1,500 calories a day."):
        assert "frequency" not in [q.kind for q in quantities.extract(amount)], amount


def test_needing_a_thing_is_a_duty_to_have_it_and_the_same_day_is_no_wait():
    text = ("Flu vaccines\n\n"
            "Everyone 6 months and older should get a flu vaccine every year.\n\n"
            "Healthy adults under 50 do not need a flu vaccine.")
    # Listed by its strongest cue (two ages that overlap); the duty is among its cues.
    assert reasons(text) == ["measure"]
    assert "permission" in [reason for reason, _ in cues_of(*text.split("\n\n")[1:])]
    assert cues._obligations(["adult", "do", "not", "need", "a", "flu", "vaccine"]) == (
        frozenset(), {"obtain flu", "obtain vaccin"})
    # Needing one thing is no duty to have another.
    assert not (cues._obligations(["you", "should", "get", "a", "flu", "vaccine"])[0]
                & cues._obligations(["you", "do", "not", "need", "an", "antibiotic"])[1])
    same_day = quantities.extract("The shot protects you the same day you get it.")
    assert [(q.kind, q.low, q.high) for q in same_day] == [("duration", 0.0, 0.0)]


def test_a_named_measures_readings_compare_by_its_name():
    spf = quantities.extract("Use a sunscreen with an SPF of 30 or higher.")
    assert [(q.kind, q.low, q.high) for q in spf] == [("level:spf", 30.0, math.inf)]
    assert [(q.kind, q.low, q.high) for q in quantities.extract("Keep your INR between 2.0 "
                                                                 "and 3.0.")] == [
        ("level:inr", 2.0, 3.0)]
    text = ("Sunscreen\n\n"
            "Use a broad-spectrum sunscreen with an SPF of 30 or higher.\n\n"
            "SPF 15 is enough for a full day at the beach.")
    assert reasons(text) == ["measure"]
    # Readings of two measures never pair: an SPF is no BMI.
    text = ("Summer health\n\n"
            "Use a sunscreen with an SPF of 30 or higher.\n\n"
            "A BMI of 15 is underweight for an adult.")
    assert found(text) == []


def test_a_superlative_held_by_two_things_is_one_role():
    text = ("Magnesium\n\n"
            "Magnesium glycinate is the best-absorbed form of magnesium.\n\n"
            "Magnesium oxide is absorbed better than any other form.")
    assert found(text) == [("Magnesium glycinate is the best-absorbed form of magnesium.",
                            "Magnesium oxide is absorbed better than any other form.", "role")]
    assert cues._role("Ibuprofen is safer than any other painkiller.") == (
        cues._role("Acetaminophen is the safest painkiller.")[0], "ibupro")
    # Must not pair: the same holder said twice, a denied superlative, different superlatives.
    assert found("Magnesium\n\nMagnesium glycinate is the best-absorbed form.\n\n"
                 "Magnesium glycinate is absorbed better than any other form.") == []
    assert cues._role("Oxide is not the best-absorbed form.") == ("", "")
    assert cues._role("It is the most common cause.") == ("", "")
    assert cues._role("Chest pain is the interest of cardiologists.") == ("", "")
    assert found("Sleep\n\nWalking is the most effective treatment for insomnia.\n\n"
                 "Melatonin is the cheapest supplement for sleep.") == []


def test_half_of_people_is_a_share_of_them_and_the_first_night_is_no_wait():
    text = ("Magnesium\n\n"
            "About half of Americans get less magnesium than they need.\n\n"
            "Magnesium deficiency is rare in the United States.")
    assert reasons(text) == ["measure"]
    # A share of the people after its "of", as "50% of Americans" is.
    for text in ("About half of Americans get less magnesium.",
                 "About 50% of Americans get less magnesium."):
        assert 45 <= cues._share_of_people(cues._measures(text, None)) <= 55, text
    assert cues._share_of_people(cues._measures("Half of the dose is absorbed.", None)) == 0
    first = quantities.extract("Most people sleep better from the very first night.")
    assert [(q.kind, q.low, q.high) for q in first] == [("duration", 0.0, 0.0)]


def test_a_hyphened_duration_no_more_than_and_one_group_in_two_words():
    text = ("Fasting\n\n"
            "The 16:8 plan means eating only during an eight-hour window.\n\n"
            "On the 16:8 plan, people eat during a 10-hour window each day.")
    assert reasons(text) == ["measure"]
    assert [(q.kind, q.low) for q in quantities.extract("a 45-minute session")] == [
        ("duration", 45.0)]
    assert quantities.extract("a 3-day-old baby") == []  # an age, not a duration
    # "no more X than" is parity, "more X than" a difference.
    assert cues._comparison("People who fasted lost no more weight than dieters.")[0] == "parity"
    assert cues._comparison("Fasting leads to more weight loss than dieting.")[0] == "difference"
    assert cues._comparison("Fasting helps more than 300 people.") == ("", "")
    text = ("Fasting\n\n"
            "In a trial, people who fasted lost no more weight than those who cut calories.\n\n"
            "Fasting leads to more weight loss than calorie counting.")
    assert reasons(text) == ["comparison"]
    # "teens" and "teenagers" are one group: the pair is close enough to be read.
    text = ("Fasting\n\n"
            "Children and teens should not fast.\n\n"
            "Fasting is safe for teenagers who want to lose weight.")
    assert reasons(text) == ["caveat"]


def test_a_change_by_a_fraction_and_a_change_named_by_a_noun_measure_one_thing():
    text = ("Results\n\n"
            "Patients taking the drug had a 52% reduction in monthly migraine days.\n\n"
            "On average, patients on the drug reduced their migraine days by about a third.")
    assert reasons(text) == ["quantity"]
    assert [(q.kind, q.phrase) for q in quantities.extract("It fell by half.")] == [
        ("percent", "half")]
    # Must not read: a part of a year is no share.
    assert quantities.extract("We plan to file in the first half of 2026.") == []
    assert quantities.extract("Half of 2025 was lost to the strike.") == []


def test_time_points_and_the_first_week_are_durations_but_only_onsets_give_one():
    week = quantities.extract("The effect began within the first week of treatment.")
    assert [(q.kind, q.low, q.high) for q in week] == [("duration", 0.0, 7 * 24 * 60)]
    at = quantities.extract("Remission at day 28 was 52.5%.")
    assert [(q.kind, q.low, q.basis) for q in at] == [
        ("duration", 28 * 24 * 60, quantities.TIME_POINT), ("percent", 52.5, "")]
    # A trial's schedule ("at day 28") is no measure two units are said to give.
    assert "duration" not in cues._measures("Remission at day 28 was 52.5%.", None)
    assert quantities.extract("Most feel better within the first few weeks.")[0].phrase == \
        "few weeks"


def test_approved_against_an_application_for_approval():
    text = ("About the drug\n\n"
            "ZX-101 is approved in the United States for the prevention of migraine.\n\n"
            "The company plans to submit a New Drug Application to the FDA next year.")
    assert reasons(text) == ["antonym"]
    # Must not pair: two approvals.
    assert found("About the drug\n\nZX-101 is approved in the United States.\n\n"
                 "ZX-101 was approved by the FDA in 2024.") == []


def test_never_linked_to_a_harm_against_the_harm_and_a_rate_is_no_stretch_of_time():
    text = ("Green tea\n\n"
            "Green tea extract has never been linked to liver damage.\n\n"
            "Green tea extract supplements have caused rare cases of liver injury.")
    assert reasons(text) == ["caveat"]
    # Must not pair: a link denied beside a claim that names no harm.
    assert found("Green tea\n\nGreen tea extract has never been linked to liver damage.\n\n"
                 "Green tea extract is sold in capsules.") == []
    # "2 cups of green tea a day" is how much a day; "takes a week" is a stretch of time.
    assert [q.kind for q in quantities.extract("Drink no more than 2 cups of tea a day.")] \
        == ["count:cup"]
    assert [(q.kind, q.phrase) for q in quantities.extract("It takes a week to work.")] == [
        ("duration", "a week")]


def test_only_one_group_against_a_share_of_another_and_rare_against_almost_everyone():
    text = ("ADHD\n\n"
            "People still tell me that ADHD only affects children.\n\n"
            "About 4% of adults in the U.S. have ADHD.")
    assert reasons(text) == ["caveat"]
    # Must not pair: the share is of the group named.
    assert found("ADHD\n\nADHD only affects children.\n\n"
                 "About 9% of children in the U.S. have ADHD.") == []
    text = ("Side effects\n\n"
            "Side effects of Adderall are rare.\n\n"
            "Almost everyone gets a dry mouth and loses their appetite in the first month.")
    assert reasons(text) == ["measure"]


def test_last_as_previous_or_as_a_verb_is_no_opposite_of_first():
    # Must not pair: "last fall" (the one before) and "lasts" (goes on) against "first".
    assert found("Psilocybin\n\nAnn Lee swallowed a capsule of psilocybin last fall.\n\n"
                 "It was the first time in years Ann Lee felt like herself after psilocybin.") == []
    assert "last" not in cues._said({"trip", "last"}, "The trip itself lasts 12 to 14 hours.")
    # "the last dose" is the final one.
    assert "last" in cues._said({"dose", "last"}, "Take the last dose at bedtime.")


def test_an_age_bound_without_its_unit_and_a_fever_that_lasts_a_week():
    text = ("RSV vaccine\n\n"
            "Adults 75 and older should get one dose of RSV vaccine.\n\n"
            "The RSV vaccine is recommended for everyone 50 and older.")
    assert reasons(text) == ["measure"]
    assert [(q.kind, q.low) for q in quantities.extract("everyone 50 and older")] == [
        ("age", 50.0)]
    # Must not read an age: a count with "or more".
    assert [q.kind for q in quantities.extract("Take 2 or more tablets.")] != ["age"]
    # "a fever that lasts up to a week": the article is no count before "a week".
    week = quantities.extract("About 1 in 10 people get a fever that lasts up to a week.")
    assert ("duration", 0.0, 7 * 24 * 60) in [(q.kind, q.low, q.high) for q in week]


def test_about_widens_a_percentage_by_points_not_by_half_again():
    text = ("RSV vaccine\n\n"
            "The vaccine is about 80% effective at preventing severe RSV illness.\n\n"
            "In trials, the vaccine prevented about half of RSV hospitalizations.")
    assert reasons(text) == ["quantity"]
    about = quantities.extract("about 80% of adults")[0]
    assert (about.low, about.high) == (72.0, 88.0)
    # Must not pair: "about 30%" and "a third" can both be true.
    assert quantities.incompatible(quantities.extract("about 30% of patients")[0],
                                   quantities.extract("a third of patients")[0]) == 0


def test_a_group_counted_beyond_its_countrys_people_and_a_count_in_millions():
    text = ("Gout\n\n"
            "Gout affects about 9 million adults in the U.S.\n\n"
            "Gout is uncommon: fewer than 2 million Americans have it.")
    assert reasons(text) == ["measure"]
    nine = quantities.extract("about 9 million adults")[0]
    assert (nine.kind, nine.low, nine.high) == ("count:adult", 6e6, 13.5e6)
    assert quantities.extract("fewer than 2 million Americans")[0].low == 0
    # Must not pair: a group fewer than its country's people.
    assert found("Gout\n\nGout affects about 9 million adults in the U.S.\n\n"
                 "Gout is common: more than 8 million Americans have it.") == []


def test_a_step_during_a_flare_against_after_it():
    text = ("Gout\n\n"
            "Allopurinol is usually started once an attack has settled.\n\n"
            "Doctors now often start allopurinol during an attack.")
    assert reasons(text) == ["antonym"]
    # Must not pair: both at one time.
    assert found("Gout\n\nAllopurinol is usually started once an attack has settled.\n\n"
                 "Doctors now often start allopurinol after the attack is over.") == []


def test_should_against_should_not_with_an_adverb_between():
    text = ("Shingles vaccine\n\n"
            "You should not get the shingles vaccine if you have already had shingles.\n\n"
            "Even if you've had shingles, you should still get the shingles vaccine.")
    assert reasons(text) == ["permission"]
    required, _ = cues._obligations(["you", "should", "still", "get", "vaccinate"])
    assert required == {"obtain vaccin"}
    # Must not pair: both say the same.
    assert found("Shingles vaccine\n\n"
                 "You should get the shingles vaccine if you have already had shingles.\n\n"
                 "Even if you've had shingles, you should still get the shingles vaccine.") == []


def test_prices_pair_by_their_period_and_the_same_price_again_is_no_clash():
    text = ("Shingles vaccine\n\n"
            "Each dose of the shingles vaccine costs about $200 without insurance.\n\n"
            "The full two-dose series of the shingles vaccine costs about $150.")
    assert reasons(text) == ["measure"]
    assert [(q.kind, q.low) for q in quantities.extract("It costs $1,350 a month.")] == [
        ("price $ a month", 1350.0)]
    # Must not pair: a price a month and a price once; the same price twice.
    assert found("Shingles vaccine\n\nThe shingles vaccine costs $200 a month.\n\n"
                 "The shingles vaccine costs $150 in total.") == []
    assert found("Shingles vaccine\n\nEach dose of the shingles vaccine costs $200.\n\n"
                 "A dose of the shingles vaccine costs $200 at most pharmacies.") == []


def test_almost_everyone_against_a_share_of_people_read_as_a_range():
    text = ("Lyme disease\n\n"
            "The Lyme rash appears in about 70 to 80 percent of infected people.\n\n"
            "Almost everyone with Lyme disease gets the Lyme rash.")
    assert reasons(text) == ["measure"]
    share = quantities.extract("about 70 to 80 percent of infected people")[0]
    assert (share.low, share.high) == (63.0, 88.0)
    assert [(q.low, q.high) for q in quantities.extract("5% to 10% of users")] == [(5.0, 10.0)]
    # Must not pair: a share almost everyone leaves room for.
    assert found("Lyme disease\n\n"
                 "The Lyme rash appears in 90 to 95 percent of infected people.\n\n"
                 "Almost everyone with Lyme disease gets the Lyme rash.") == []
    # Flu cases are no people: a share of them says nothing of how many people.
    assert cues._measures("It prevents more than 90% of flu cases.", None).keys() == {
        "percent of flu"}


def test_a_range_whose_first_number_waits_for_the_unit_and_an_amount_of_b12_a_day():
    course = quantities.extract("Most people recover after a 2- to 4-week course.")
    assert [(q.kind, q.low, q.high) for q in course] == [
        ("duration", 2 * 7 * 24 * 60, 4 * 7 * 24 * 60)]
    # "a day" after an amount of a thing with a digit in its name is a rate's period.
    assert quantities.extract("Adults need 2.4 micrograms of B12 a day.") == []


def test_the_only_one_said_to_be_safe_against_another_said_to_be_safe():
    text = ("Pain relief in pregnancy\n\n"
            "Acetaminophen is the only pain reliever considered safe during pregnancy.\n\n"
            "Ibuprofen is also safe during pregnancy, according to the same guidance.")
    assert reasons(text) == ["role"]
    # Must not pair as a role: another said not to be safe (the words safe / not safe
    # are a direction cue of their own).
    assert [reason for _, _, reason in found(
        "Pain relief in pregnancy\n\n"
        "Acetaminophen is the only pain reliever considered safe during pregnancy.\n\n"
        "Ibuprofen is not safe during pregnancy, according to the same guidance.")] == [
        "direction"]
    assert cues._qualities("Acetaminophen is also safe during pregnancy.") == (
        ("", ""), {(cues.stem("safe"), cues.stem("acetaminophen"))})


def test_few_people_against_a_share_of_them():
    text = ("Tylenol in pregnancy\n\n"
            "About 65% of pregnant women in the U.S. use acetaminophen at some point.\n\n"
            "Few pregnant women take acetaminophen, since most avoid medicine altogether.")
    assert reasons(text) == ["measure"]
    # Must not read "few": "a few" people, few side effects.
    assert not cues._RARE.search("A few pregnant women take acetaminophen.")
    assert not cues._RARE.search("Acetaminophen has few side effects.")


def test_who_gets_it_more_said_both_ways():
    text = ("Kidney stones\n\n"
            "Men are more likely than women to get kidney stones.\n\n"
            "Women get kidney stones more often than men, according to recent data.")
    assert reasons(text) == ["comparison"]
    assert cues._ranking("Girls are less likely than boys to get concussions.") == (
        cues.stem("boys"), cues.stem("girls"))
    assert cues._ranking("In soccer, girls have higher concussion rates than boys.") == (
        cues.stem("girls"), cues.stem("boys"))
    # Must not pair: the same way round twice.
    assert found("Kidney stones\n\nMen are more likely than women to get kidney stones.\n\n"
                 "Men get kidney stones more often than women, according to recent data.") == []


def test_rare_with_a_small_share_of_its_own_against_a_share_ten_times_larger():
    text = ("Kidney stones\n\n"
            "About 1 in 10 people will have a kidney stone at some point in their life.\n\n"
            "Kidney stones are rare, affecting fewer than 1% of adults.")
    assert reasons(text) == ["measure"]
    # Must not pair: a rare harm's share against a share of a common one not ten times it.
    # (serious / mild is a direction cue of its own)
    assert "measure" not in [reason for _, _, reason in found(
        "Side effects\n\nSerious side effects are rare, occurring in 2% of adults.\n\n"
        "About 15% of children have mild side effects.")]


def test_the_same_amount_is_parity_against_less_than():
    text = ("Sea salt\n\n"
            "Sea salt has less sodium than table salt.\n\n"
            "Sea salt and table salt contain the same amount of sodium by weight.")
    assert reasons(text) == ["comparison"]
    # Must not pair: the same amount said twice.
    assert found("Sea salt\n\nSea salt has the same amount of sodium as table salt.\n\n"
                 "Sea salt and table salt contain the same amount of sodium by weight.") == []


def test_a_difference_against_no_difference():
    text = ("Hand washing\n\n"
            "Warm water removes more germs than cold water.\n\n"
            "Water temperature makes no difference to how many germs are removed.")
    assert reasons(text) == ["comparison"]
    # Must not pair: no difference said twice.
    assert found("Hand washing\n\nWarm water removes no more germs than cold water.\n\n"
                 "Water temperature makes no difference to how many germs are removed.") == []


def test_contagious_against_cannot_catch_and_a_fracture_against_never_linked():
    text = ("Eczema\n\n"
            "Eczema is contagious, so keep your child home during a flare.\n\n"
            "You cannot catch eczema from someone else.")
    assert reasons(text) == ["antonym"]
    assert found("Eczema\n\nEczema is not contagious, so your child can go to day care.\n\n"
                 "You cannot catch eczema from someone else.") == []
    text = ("PPIs\n\n"
            "Long-term PPI use has been linked to fractures and low magnesium.\n\n"
            "PPIs have never been linked to bone problems.")
    assert reasons(text) == ["caveat"]


def test_over_the_counter_against_a_prescription():
    text = ("Omeprazole\n\n"
            "Omeprazole is available over the counter at most pharmacies.\n\n"
            "In most countries, omeprazole requires a prescription.")
    assert reasons(text) == ["antonym"]
    # Must not pair: "over-the-counter" naming a kind of medicine.
    assert found("Omeprazole\n\nOver-the-counter omeprazole is a lower dose.\n\n"
                 "In most countries, omeprazole requires a prescription.") == []


def test_two_holders_named_by_two_words_and_an_age_until_which():
    text = ("Colon cancer\n\n"
            "Colon cancer is now the leading cause of cancer death in men under 50.\n\n"
            "Lung cancer is the leading cause of cancer death in men under 50.")
    assert reasons(text) == ["role"]
    # Must not pair: one holder named with and without its kind.
    assert found("Antibiotics\n\nThe drug amoxicillin is the first-line antibiotic for ear "
                 "infections.\n\nAmoxicillin is the first-line antibiotic for ear infections "
                 "in children.") == []
    text = ("Colon cancer screening\n\n"
            "Screening should start at age 45 for people at average risk.\n\n"
            "Most people do not need screening until age 50.")
    assert reasons(text) == ["measure"]
    assert [(q.kind, q.low) for q in quantities.extract("not until age 50")] == [("age", 50.0)]


def test_half_of_all_women_is_a_share_of_women_against_uncommon():
    assert cues._measures("About half of all women will have a UTI.", None).keys() == {
        "percent of woman"}
    text = ("UTIs\n\n"
            "About half of all women will have at least one UTI in their lifetime.\n\n"
            "UTIs are uncommon in women, affecting fewer than 5% over a lifetime.")
    assert reasons(text) == ["measure"]


def test_permanent_against_recovers_completely():
    text = ("Hearing\n\n"
            "Noise-induced hearing loss is permanent.\n\n"
            "Hearing loss from a loud concert usually recovers completely within weeks.")
    # Both cues: the antonyms, and the durations (for life against within weeks), which
    # lead.
    assert reasons(text) == ["measure"]
    assert cue_reasons(
        "Noise-induced hearing loss is permanent.",
        "Hearing loss from a loud concert usually recovers completely within weeks.") == {
        "antonym", "measure"}
    # Must not pair: "not permanent" says what "recovers" says.
    assert found("Hearing\n\nHearing loss from one concert is often not permanent.\n\n"
                 "Hearing loss from a loud concert usually recovers completely within "
                 "weeks.") == []


def test_safer_than_against_no_more_harmful_than():
    text = ("Headphones\n\n"
            "Over-ear headphones are safer than earbuds for your hearing.\n\n"
            "Earbuds are no more harmful than over-ear headphones for your hearing.")
    assert reasons(text) == ["comparison"]
    # Must not pair as a comparison: both say one is safer.
    assert "comparison" not in [reason for _, _, reason in found(
        "Headphones\n\nOver-ear headphones are safer than earbuds for your hearing.\n\n"
        "Earbuds are more harmful than over-ear headphones for your hearing.")]


def test_a_fall_against_staying_the_same_and_less_likely_against_no_lower():
    text = ("IVF\n\n"
            "IVF success rates fall sharply after age 40.\n\n"
            "After 40, IVF success rates stay about the same as in the mid-30s.")
    assert reasons(text) == ["null"]
    text = ("IVF\n\n"
            "Freezing embryos does not lower the chance that an embryo implants.\n\n"
            "Frozen embryos are less likely to implant than fresh embryos.")
    assert reasons(text) == ["null"]
    # Must not pair: two claims of change.
    assert found("IVF\n\nIVF success rates fall sharply after age 40.\n\n"
                 "After 40, IVF success rates drop by half.") == []


def test_every_one_of_a_kind_against_only_some_counted():
    text = ("IVF\n\n"
            "IVF is covered by insurance in every state.\n\n"
            "Only about 20 states require insurers to cover IVF.")
    assert reasons(text) == ["caveat"]
    # Must not pair as every against some: "every day" says how often, and a
    # count without "only".
    assert "caveat" not in [reason for _, _, reason in found(
        "IVF\n\nIVF patients inject hormones every day for two weeks.\n\n"
        "Only 2 days of injections are needed before a frozen transfer in IVF.")]
    assert found("IVF\n\nIVF is covered by insurance in every state.\n\n"
                 "About 20 states require insurers to cover IVF.") == []


def test_sound_levels_and_a_harm_inside_a_level_called_safe():
    assert [(q.kind, q.low, q.high) for q in quantities.extract(
        "Sounds at or below 70 dB are safe; a concert reaches 100-110 decibels.")] == [
        ("loudness", 0.0, 70.0), ("loudness", 100.0, 110.0)]
    text = ("Noise\n\n"
            "Noise at or below 70 dB is considered safe for your ears.\n\n"
            "Noise at 60 dB can damage your ears over years.")
    cued = cues_of(*text.split("\n\n")[1:])
    assert ("measure", "safe up to / harmful at the same loudness") in cued
    # Must not pair as a harm: a level above the safe one, or a harm denied.
    for other in ("Noise at 90 dB can damage your ears over years.",
                  "Noise at 60 dB does not damage your ears."):
        cued = cues_of(text.split("\n\n")[1], other)
        assert not any(detail.startswith("safe up to") for _, detail in cued)


def test_an_active_claim_against_its_negated_passive():
    text = ("Cataract surgery\n\n"
            "Medicare covers cataract surgery.\n\n"
            "Cataract surgery is not covered by Medicare.")
    assert reasons(text) == ["negation"]
    # Must not pair: the same said both ways round; a doer against another doer.
    assert found("Cataract surgery\n\nMedicare covers cataract surgery.\n\n"
                 "Cataract surgery is covered by Medicare.") == []
    assert "negation" not in [reason for _, _, reason in found(
        "Cataract surgery\n\nMedicare covers cataract surgery.\n\n"
        "Cataract surgery is not covered by most private insurers.")]


def test_an_autoimmune_disease_against_an_allergy():
    text = ("Celiac disease\n\n"
            "Celiac disease is an autoimmune disease of the small intestine.\n\n"
            "Celiac disease is an allergy to wheat.")
    assert reasons(text) == ["class"]
    assert found("Celiac disease\n\nCeliac disease is an autoimmune disease of the small "
                 "intestine.\n\nCeliac disease is a lifelong autoimmune disease.") == []


def test_the_only_treatment_against_another_treatment():
    text = ("Celiac disease\n\n"
            "A gluten-free diet is the only treatment for celiac disease.\n\n"
            "Enzyme pills are an effective treatment for celiac disease.")
    assert reasons(text) == ["role"]
    # Must not pair: the one treatment said to work; another denied to be one.
    assert found("Celiac disease\n\nA gluten-free diet is the only treatment for celiac "
                 "disease.\n\nA gluten-free diet is an effective treatment for celiac "
                 "disease.") == []
    assert cues._qualities("Enzyme pills are not a treatment for celiac disease.") == (
        ("", ""), frozenset())


def test_safe_for_people_with_a_condition_against_ruled_out_for_them():
    text = ("Oats\n\n"
            "Pure oats are safe for most people with celiac disease.\n\n"
            "People with celiac disease must avoid oats completely.")
    assert reasons(text) == ["caveat"]
    # Must not pair as a caveat: ruled out for other people.
    assert "caveat" not in [reason for _, _, reason in found(
        "Oats\n\nPure oats are safe for most people with celiac disease.\n\n"
        "People with oat allergy must avoid oats completely.")]


def test_one_negation_turning_two_direction_words_is_one_contrast():
    text = ("Testosterone\n\n"
            "Testosterone therapy raises the risk of heart attack in older men.\n\n"
            "Testosterone therapy does not increase the risk of heart attack.")
    assert reasons(text) == ["direction"]
    # Must not pair: the same said twice in other words; two contrasts of two
    # words still cancel.
    assert found("Testosterone\n\nTestosterone therapy raises the risk of heart attack in "
                 "older men.\n\nTestosterone therapy increases the risk of heart attack.") == []
    assert found("Ketamine\n\nKetamine is safe at low doses.\n\n"
                 "Ketamine is dangerous at high doses.") == []


def test_an_age_as_young_as_lasts_longer_than_and_a_drop_against_stable():
    assert [(q.kind, q.low) for q in quantities.extract("Donors as young as 16 can give")] \
        == [("age", 16.0)]
    text = ("Kidney donation\n\n"
            "You must be at least 18 years old to donate a kidney.\n\n"
            "Donors as young as 16 can give a kidney to a family member.")
    assert reasons(text) == ["measure"]
    text = ("Kidney donation\n\n"
            "A kidney from a living donor lasts longer than one from a deceased donor.\n\n"
            "Kidneys from deceased donors last as long as kidneys from living donors.")
    assert reasons(text) == ["comparison"]
    text = ("Testosterone\n\n"
            "Testosterone levels drop by about 1% a year after age 30.\n\n"
            "Testosterone levels stay stable throughout a man's life.")
    assert reasons(text) == ["null"]
    # Must not pair: "drops" of a medicine are no effect.
    drops = "Each of the drops holds 1 mg of the medicine."
    assert cues._read(drops, "", drops, None).effect == ""


def test_a_toxic_level_inside_the_range_to_keep_to():
    assert [(q.kind, q.low, q.high) for q in quantities.extract(
        "kept between 0.6 and 1.0 mmol/L; toxic above 0.8 mmol/L; 30 ng/mL")] == [
        ("concentration:mmol/l", 0.6, 1.0), ("concentration:mmol/l", 0.8, math.inf),
        ("concentration:ng/ml", 30.0, 30.0)]
    keep = "Your lithium level should be kept between 0.6 and 1.0 mmol/L."
    toxic = "A lithium level above 0.8 mmol/L is toxic."
    cued = cues_of(keep, toxic)
    assert ("measure", "safe up to / harmful at the same concentration:mmol/l") in cued
    # Must not pair as a harm inside the range: toxic only above it.
    above = "A lithium level above 1.5 mmol/L is toxic."
    cued = cues_of(keep, above)
    assert not any(detail.startswith("safe up to") for _, detail in cued)


def test_safe_for_women_against_women_should_not_and_equally_as_parity():
    text = ("Minoxidil\n\n"
            "Minoxidil is safe for women with thinning hair.\n\n"
            "Women should not use minoxidil.")
    assert reasons(text) == ["caveat"]
    assert "caveat" not in [reason for _, _, reason in found(
        "Minoxidil\n\nMinoxidil is safe for women with thinning hair.\n\n"
        "Men with heart disease should not use minoxidil.")]
    text = ("Minoxidil\n\n"
            "The minoxidil foam is less irritating than the liquid.\n\n"
            "The minoxidil foam and the liquid irritate the scalp equally.")
    assert reasons(text) == ["comparison"]


def test_times_in_24_hours_and_fewer_as_an_effect():
    assert [(q.kind, q.low, q.high) for q in quantities.extract(
        "Newborns feed 8 to 12 times in 24 hours.")] == [("frequency", 8.0, 12.0)]
    text = ("Breastfeeding\n\n"
            "Newborns feed 8 to 12 times in 24 hours.\n\n"
            "A newborn needs to feed only three or four times a day.")
    # Both read as times a day, the quantity rule pairs them on their parse.
    assert reasons(text) == ["quantity"]
    text = ("Breastfeeding\n\n"
            "Breastfed babies have fewer ear infections.\n\n"
            "Breastfeeding has no effect on how often babies get ear infections.")
    assert reasons(text) == ["null"]
    # Must not read a count as an effect: "fewer than one in five".
    count = "Fewer than one in five retrievals lead to a live birth."
    assert cues._read(count, "", count, None).effect == ""


def test_a_fraction_of_all_is_a_share_of_what_follows_it():
    assert cues._measures("Strep causes about half of all sore throats in adults.", None) \
        .keys() == cues._measures("Strep accounts for about 1 in 10 sore throats.", None).keys()


def test_a_harm_against_the_same_harm_denied_and_made_worse_against_not_faster():
    text = ("Reading\n\n"
            "Reading in dim light permanently damages children's eyes.\n\n"
            "Reading in dim light does not cause lasting damage to the eyes.")
    assert reasons(text) == ["null"]
    # Must not pair as a harm denied: another harm, and a comparison.
    assert ("null", "'dama…' / no 'dama…'") in cues_of(*text.split("\n\n")[1:])
    assert not any(detail.endswith("…'") for _, detail in cues_of(
        "Fever is not harmful in most children.",
        "Febrile seizures cause lasting brain damage in most children."))
    assert cues._read("Earbuds are no more harmful than headphones.", "",
                      "Earbuds are no more harmful than headphones.", None).harmless == ""
    text = ("Myopia\n\n"
            "Glasses make short-sightedness worse over time.\n\n"
            "Wearing glasses does not make short-sightedness progress faster.")
    assert len(found(text)) == 1  # listed by its strongest cue ("worse": a direction)
    worse, faster = (cues._read(t, "", t, None) for t in text.split("\n\n")[1:])
    assert worse.effect == "make short-sightedness worse"
    assert faster.null == "does not make short-sightedness progress faster"


def test_an_age_said_after_people_and_after_younger_than():
    def ages(text):
        return [(q.low, q.high) for q in quantities.extract(text) if q.kind == "age"]
    assert ages("Do not use it on children younger than 2 months.") == [(0.0, 2 / 12)]
    assert ages("Babies older than 6 months can have it.") == [(0.5, quantities.OLDEST)]
    assert ages("Babies under 3 months with a fever need a doctor.") == [(0.0, 0.25)]
    assert ages("Adults over 65 need more vitamin D.") == [(65.0, quantities.OLDEST)]
    assert ages("Children from 7 years can take one tablet.") == [(7.0, quantities.OLDEST)]
    assert ages("It is licensed from 6 months of age.") == [(0.5, 0.5)]
    # Must not read as ages: a share, a weight, a duration, a year.
    assert ages("People over 50 percent of the time.") == []
    assert ages("Women over 200 pounds.") == []
    assert ages("It takes 6 months to work.") == []
    assert ages("Patients from 2020 to 2022 were seen.") == []
    text = ("Ibuprofen for children\n\n"
            "Do not give this medicine to children under 12 years.\n\n"
            "Children from 7 years can take one tablet every 6 hours.")
    assert reasons(text) == ["measure"]


def test_an_age_line_told_from_both_sides_is_no_conflict():
    # "younger than 3 months" and "3 months and older" are two groups of babies.
    under = "Call a doctor if a baby younger than 3 months has a fever."
    over = "Acetaminophen can be given to babies 3 months and older."
    assert not any(detail.startswith("both give age") for _, detail in cues_of(under, over))
    later = "Ibuprofen can be given to babies 6 months and older."
    assert not any(detail.startswith("both give age") for _, detail in cues_of(under, later))
    # Two lower bounds, or bounds that overlap, are one age said twice.
    assert ("measure", "both give age") in cues_of(
        "It recommends against screening men 70 and older.",
        "Men over 75 should get a PSA test every year.")


def test_the_morning_after_the_first_treatment_is_no_time_at_all():
    assert [q.high for q in quantities.extract("It protects you after the first dose.")] == [0.0]
    assert quantities.extract("You can go back the morning after the first treatment.") == []
    assert quantities.extract("The day after the first dose you may feel tired.") == []


def test_back_to_school_against_stay_home_and_a_repeat_against_one_treatment():
    text = ("Head lice\n\n"
            "Your child can return to school the morning after the first treatment.\n\n"
            "Children with nits should stay home until every nit is gone.")
    assert reasons(text) == ["antonym"]
    text = ("Head lice\n\n"
            "Repeat the treatment after 9 days to kill newly hatched lice.\n\n"
            "Permethrin kills the lice and their eggs, so one treatment is usually enough.")
    assert reasons(text) == ["antonym"]
    # Must not pair: both say the same side.
    text = ("Head lice\n\n"
            "Children with lice should stay home until treated.\n\n"
            "Children with nits should stay home until every nit is gone.")
    assert found(text) == []


def test_with_breakfast_against_an_empty_stomach_and_a_dose_change_against_none():
    text = ("Levothyroxine\n\n"
            "Take levothyroxine on an empty stomach, 30 to 60 minutes before eating.\n\n"
            "Levothyroxine can be taken with breakfast if that is easier to remember.")
    assert reasons(text) == ["antonym"]
    text = ("Levothyroxine in pregnancy\n\n"
            "Most pregnant women need a higher dose of levothyroxine.\n\n"
            "Your dose will not need to change during pregnancy.")
    assert reasons(text) == ["antonym"]
    # Must not pair: the same side twice.
    text = ("Levothyroxine in pregnancy\n\n"
            "Most pregnant women need a higher dose of levothyroxine.\n\n"
            "Your doctor will increase your dose of levothyroxine during pregnancy.")
    assert found(text) == []


def test_no_effect_said_of_one_thing_against_an_effect_of_it_not_of_another():
    food = "Levothyroxine can be taken with breakfast, as food does not affect how well it works."
    assert ("null", "'reduce' / 'does not affect'") in cues_of(
        "Food and coffee reduce how much levothyroxine you absorb.", food)
    # Must not pair: what works is not what the null is said of.
    assert not any(reason == "null" for reason, _ in cues_of(
        "Generic levothyroxine works the same as brand-name Synthroid.", food))
    # A pronoun, or a null without an auxiliary, is said of whatever the other says.
    assert ("null", "'shorten' / 'no effect'") in cues_of(
        "Zinc lozenges shorten colds.", "A 2020 trial found that it had no effect on colds.")
    # Up to three words before it: "calcium supplements alone did not reduce".
    assert cues.stem("calcium") in cues._read("calcium supplement alone do not reduce the risk", "",
                                   "Calcium supplements alone did not reduce the risk.",
                                   None).null_of


def test_blood_pressure_readings_and_drinking_before_thirst_against_to_thirst():
    def readings(text):
        return [(q.low, q.high) for q in quantities.extract(text)
                if q.kind == "level:blood pressure"]
    assert readings("A normal reading is below 120/80.") == [(0.0, 120.0)]
    assert readings("A home reading of 135/85 or higher is high.") == [(135.0, math.inf)]
    assert readings("It is high when the top number is 140 or higher.") == [(140.0, math.inf)]
    assert readings("Your target is 130/80 mm Hg.") == [(130.0, 130.0)]
    # Must not read as blood pressure: a date, a fraction.
    assert readings("The clinic is closed 12/25.") == readings("Take 1/2 tablet.") == []
    text = ("Home readings\n\n"
            "A home reading of 135/85 or higher is considered high.\n\n"
            "Blood pressure is high when the top number is 140 or higher on home readings.")
    assert reasons(text) == ["measure"]
    # Must not pair: readings sorted into groups on either side of a line.
    assert not any(reason == "measure" for reason, _ in cues_of(
        "A normal home reading is below 120/80.",
        "Call 911 if your home reading is 180/120 or higher."))
    text = ("Heat\n\n"
            "Drink water regularly, even if you are not thirsty.\n\n"
            "Wait until you feel thirsty before drinking water.")
    assert reasons(text) == ["antonym"]


def test_people_counted_every_year_and_comparisons_and_denials_in_other_words():
    # How many a year, not how often: no frequency to pair with "every day".
    assert [q.kind for q in quantities.extract(
        "Acne affects up to 50 million Americans every year.")] == ["count:american"]
    assert [q.kind for q in quantities.extract("Get a flu shot every year.")] == ["frequency"]
    assert ("comparison", "'works as well as' / 'work better'") in cues_of(
        "A 2.5% gel works as well as the 10% strength.", "Higher strengths work better.")
    # "nothing to do with" denies, said of its subject; "has never been linked" too.
    acne = "Diet has nothing to do with acne."
    assert ("null", "'linked milk, especially skim milk, to' / 'nothing to do with'") in cues_of(
        "Diet studies have linked milk, especially skim milk, to more breakouts.", acne)
    assert not any(reason == "null" for reason, _ in cues_of(
        "Antibiotic pills can help with inflamed acne.", acne))
    never = "Green tea extract has never been linked to liver damage."
    assert cues._read(never, "", never, None).null == "has never been linked"


def test_little_evidence_against_a_cause_and_gone_for_good_against_recurring():
    text = ("Back pain\n\n"
            "There is little evidence that the way you lift causes back pain.\n\n"
            "Lifting with a rounded back is the main cause of back pain at work.")
    assert reasons(text) == ["null"]
    text = ("Back pain\n\n"
            "Back pain often returns: about half of people have another episode within a year."
            "\n\nOnce your back pain is gone, it's gone for good.")
    assert reasons(text) == ["antonym"]
    # Must not pair: "never return to play" says nothing of coming back.
    phrases = {group for group, _, _ in cues._read(
        "athlete should never return to play", "",
        "Athletes should never return to play on the same day.", None).phrase_sides}
    assert "recurrence" not in phrases


def test_an_instruction_against_the_same_act_forbidden():
    text = ("Stroke\n\n"
            "Do not give the person aspirin, food or drink.\n\n"
            "Give them an aspirin to chew right away, as it can help break up the clot.")
    assert reasons(text) == ["permission"]
    assert cues._instructions(["give", "they", "an", "aspirin", "to", "chew"]) == (
        {f"give {cues.stem('aspirin')}"}, frozenset())
    # Must not pair: another act, a forbidding with a condition or a limit, a claim.
    assert cues._instructions(["do", "not", "give", "it", "if", "you", "have", "an", "ulcer"]) == (
        frozenset(), frozenset())
    assert cues._instructions(["do", "not", "take", "more", "than", "6", "tablet"]) == (
        frozenset(), frozenset())
    assert not any(reason == "permission" for reason, _ in cues_of(
        "Give them water to sip.", "Do not give the person aspirin, food or drink."))
    assert cues._read("give aspirin", "", "Aspirin is given in hospital.", None,
                      claim=True).commands == frozenset()


def test_two_times_of_day_for_one_peak():
    text = ("Hay fever\n\n"
            "Pollen counts are highest in the early morning.\n\n"
            "Pollen levels peak in the late afternoon and early evening.")
    assert reasons(text) == ["role"]
    # Must not pair: one time of day said twice, and a time that is no peak.
    assert not any(reason == "role" for reason, _ in cues_of(
        "Pollen counts are highest in the early morning.",
        "Pollen levels peak in the morning."))
    assert cues._role("Take the tablet in the morning.") == ("", "")


def test_a_range_of_hours_a_night_against_a_minimum():
    text = ("CPAP\n\n"
            "You need to wear it for at least 4 hours a night for it to help.\n\n"
            "Wearing CPAP for just an hour or two a night gives the full benefit.")
    assert reasons(text) == ["quantity"]
    # Must stay how often: a count of things a night with no unit of time before it.
    (q,) = quantities.extract("Take one or two a night.")
    assert (q.kind, q.low, q.high) == ("frequency", 1, 2)


@pytest.mark.parametrize("first, second, reason, not_first, not_second", [
    # "no rush" against acting quickly; how fast a thing works is not how soon to act
    ("Treatment after a rabies bite works best when it starts quickly.",
     "There is no rush to start rabies treatment if the animal looked healthy.", "antonym",
     "Rabies treatment works quickly.", "There is no rush to start rabies treatment."),
    # more common in one group against as likely in both; one difference said twice
    ("Sleep apnea is most common in men who are overweight.",
     "Women are just as likely as men to have sleep apnea.", "comparison",
     "Sleep apnea is more common in men.",
     "Men are more likely than women to have sleep apnea."),
    # working less well in some against working equally well in all
    ("Levonorgestrel may work less well in people who weigh more than 165 pounds.",
     "Levonorgestrel works equally well at any body weight.", "comparison",
     "Levonorgestrel works less well in heavier people.",
     "Levonorgestrel works less well after 72 hours."),
    # a medicine's time of day, morning against night; one time said twice
    ("Take omeprazole 30 to 60 minutes before breakfast.",
     "Omeprazole works best when taken at bedtime on an empty stomach.", "antonym",
     "Take omeprazole every morning.", "Take omeprazole before breakfast."),
    # working best at one time against working just as well at another; one best said twice
    ("Acyclovir cream works best when applied at the first tingle.",
     "Acyclovir cream is just as effective when started after the blister has formed.",
     "comparison", "Acyclovir cream works best at the first tingle.",
     "Acyclovir cream works best before the blister forms."),
    # sold over the counter against "by prescription only"; one status said twice
    ("Docosanol cream is sold over the counter.", "Docosanol is available by prescription only.",
     "antonym", "Docosanol needs a prescription.", "Docosanol is available by prescription only."),
    # the head tilted back against leaning forward; one posture said twice
    ("Tilting your head back is the best way to stop a nosebleed.",
     "Sit up and lean forward so the blood drains out of your nose.", "antonym",
     "Leaning forward is the best way to stop a nosebleed.",
     "Sit up and lean forward so the blood drains out of your nose."),
    # taken with the first bite (with food) against an hour before eating
    ("Lactase pills work when taken with the first bite of dairy.",
     "Lactase pills must be taken an hour before eating to work.", "antonym",
     "Lactase pills work when taken with the first bite of dairy.",
     "Take lactase pills with food."),
    # getting better on its own against needing treatment; one course said twice
    ("Newborn hiccups are harmless and usually stop on their own.",
     "Hiccups in a newborn are a sign of reflux and always need treatment.", "antonym",
     "Newborn hiccups usually stop on their own.",
     "Most newborn hiccups go away on their own."),
    # ringing that fades against ringing that never goes away; one course said twice
    ("Loud concerts can cause ringing that fades within a day or two.",
     "Tinnitus from a single loud concert never goes away.", "antonym",
     "Concert ringing fades within a day or two.",
     "Ringing after a concert fades over a few hours."),
    # back to child care against staying home; one return said twice
    ("Children can return to child care once the fever has been gone for 24 hours.",
     "Your child must stay home until every blister is gone.", "antonym",
     "Children can return to child care after 24 hours without fever.",
     "Children can go back to child care when the sores heal."),
])
def test_phrases_of_two_sides(first, second, reason, not_first, not_second):
    assert [r for _, _, r in found(f"Health\n\n{first}\n\n{second}")] == [reason]
    assert not any(r == reason for r, _ in cues_of(not_first, not_second))


def test_most_and_least_that_count_oppose_nothing():
    # "Most nosebleeds" and "at least one" count; they were an antonym pair.
    assert cues_of("Most nosebleeds stop within 5 minutes.",
                   "About 60% of people will have at least one nosebleed.") == []
    # Must not change: ranked, "the most likely" and "the least likely" are opposites.
    assert ("antonym", "most / least") in cues_of(
        "Teens are the most likely to get a nosebleed.",
        "Teens are the least likely to get a nosebleed.")


def test_always_is_the_other_end_of_rarely():
    text = ("Vasectomy\n\n"
            "A vasectomy reversal rarely restores fertility after ten years.\n\n"
            "A vasectomy reversal always restores fertility.")
    assert reasons(text) == ["opposite"]
    # Must not change: said of two different things, the two ends do not meet.
    text = ("Vasectomy\n\n"
            "A vasectomy reversal rarely restores fertility after ten years.\n\n"
            "Always use a condom until a semen test shows no sperm.")
    assert found(text) == []


def test_seconds_counted_are_no_ordinal_and_blunting_is_an_effect():
    # "30 to 90 seconds" against "first sold in 2010" was an antonym pair.
    assert cues_of("People ended their shower with 30 to 90 seconds of cold water.",
                   "Cold plunge tubs were first sold in 2010.") == []
    # Must not change: the ordinals oppose each other.
    assert ("antonym", "first / second") in cues_of("This is the first dose.",
                                                    "This is the second dose.")
    # An effect that takes away ("blunt", "impair") against no effect at all.
    assert "null" in [r for r, _ in cues_of("Ice baths may blunt muscle growth over time.",
                                            "Ice baths have no effect on muscle growth.")]


def test_an_act_called_safe_against_an_instruction_never_to_do_it():
    text = ("Leftovers\n\n"
            "Reheating leftovers more than once is safe as long as they get hot enough.\n\n"
            "Only reheat the portion you plan to eat, and never reheat leftovers more than once.")
    assert reasons(text) == ["permission"]
    # "a safe way" to do something calls the act safe too; "a safe drug" names no act.
    way = ["burn", "poison", "ivy", "be", "a", "safe", "way", "to", "get", "rid", "of", "it"]
    assert cues._permissions(way, "Burning poison ivy is a safe way to get rid of it.")[0] \
        == {"burn"}
    drug = ["take", "aspirin", "be", "a", "safe", "drug"]
    assert cues._permissions(drug, "Taking aspirin is a safe drug.")[0] == frozenset()
    # "Scratching" tagged as a noun still names the act; both verbs of "pick or scratch".
    assert "scratch" in cues._permissions(["scratching", "be", "harmless"], "Scratching")[0]
    assert cues._permissions(["never", "pick", "or", "scratch", "the", "flake"]) == (
        frozenset(), {"pick", "scratch"})
    assert cues._permissions(["drive", "be", "not", "safe"], "Driving") == (frozenset(), {"drive"})
    # Must not: a pronoun in -thing, a claim's "and doesn't cause" (says what a thing does).
    assert cues._permissions(["nothing", "be", "safe"], "Nothing") == (frozenset(), frozenset())
    said = "ketamine be not as addictive and do n't cause breathing problem"
    claim = said.split()
    assert cues._permissions(claim, "Ketamine") == (frozenset(), frozenset())
    assert cues._permissions(claim, "Ketamine", advice=True)[1] == {"cause"}



def test_a_mild_illness_against_being_hospitalized():
    text = ("Measles\n\n"
            "Measles is a mild illness for most children.\n\n"
            "About 1 in 5 children who get measles is hospitalized.")
    assert reasons(text) == ["direction"]
    # Must not pair: a severe illness said twice.
    assert found(text.replace("a mild", "a serious")) == []


def test_an_ordinal_day_is_a_time_but_not_a_date_or_a_part_of_something():
    text = ("Straws\n\n"
            "Do not drink through a straw for at least a week after surgery.\n\n"
            "Using a straw is fine after the second day after surgery.")
    assert reasons(text) == ["measure"]
    # Must not read: "the first day of your period", a part of a cycle, not a time since.
    assert quantities.extract("Start on the first day of your period.") == []


def test_no_age_limit_against_an_age_bound():
    text = ("Giving blood\n\n"
            "There is no upper age limit for giving blood.\n\n"
            "Donors over 75 cannot give blood.")
    assert reasons(text) == ["measure"]
    (q,) = quantities.extract("Donors over 75 cannot give blood.")
    assert (q.kind, q.low, q.high) == ("age", 75, quantities.OLDEST)
    # Must not read: a limit of something else, an age with a unit of weight after it.
    assert quantities.extract("There is no upper limit to how much water you can drink.") == []
    assert [q.kind for q in quantities.extract("Donors over 110 pounds can give.")] != ["age"]


def test_not_everyone_against_everyone():
    text = ("Bed bugs\n\n"
            "Not everyone reacts to bed bug bites: some people have no marks at all.\n\n"
            "Everyone who is bitten by bed bugs gets red, itchy welts.")
    assert reasons(text) == ["caveat"]
    assert cues._every_and_only_some("Not everyone reacts to bites.") == (
        frozenset(), {"person"})
    # Must not read: "every one of", "everyone" said twice.
    assert cues._every_and_only_some("Everyone reacts.")[1] == frozenset()
    # "many states" are some of them, against "every state"
    text = ("Tanning beds\n\n"
            "Tanning beds are banned for teens in many states.\n\n"
            "Teens can use tanning beds with a parent's permission in every state.")
    assert reasons(text) == ["caveat"]
    # Must not read: "many times" is how often, not some of a kind.
    assert cues._every_and_only_some("Take it many times a day.")[1] == frozenset()


def test_avoiding_an_act_against_calling_it_fine():
    text = ("Heartburn\n\n"
            "Lying down after a meal is fine if you are propped up on pillows.\n\n"
            "Avoid lying down for 3 hours after a meal.")
    assert reasons(text) == ["permission"]
    # "right after" is no time at all against 3 hours: a measure, weighed above the
    # permission the two also give.
    assert reasons(text.replace("down after", "down right after")) == ["measure"]
    assert cues._permissions(["stop", "smoke"], "Stop smoking.") == (frozenset(), {"smoke"})
    # Must not read: "Avoid" before a noun names no act.
    assert cues._permissions(["avoid", "alcohol"], "Avoid alcohol.") == (frozenset(), frozenset())


def test_two_places_to_keep_a_medicine_and_results_for_a_time_against_permanent():
    text = ("Epinephrine auto-injectors\n\n"
            "Keep auto-injectors at room temperature, between 20 °C and 25 °C.\n\n"
            "Storing them in the refrigerator keeps the medicine fresh longer.")
    assert reasons(text) == ["measure"]
    text = ("Teeth whitening\n\n"
            "Results last from 6 months to 3 years, depending on what you eat and drink.\n\n"
            "Whitening results are permanent once the treatment is complete.")
    assert reasons(text) == ["measure"]
    # Must not pair: a fridge against a fever, and one place said twice.
    assert found("Insulin\n\nKeep unopened insulin in the fridge.\n\n"
                 "Call a doctor if your child's temperature is above 38 °C.") == []
    assert found("Insulin\n\nKeep unopened insulin pens in the fridge.\n\n"
                 "Spare insulin should also be stored in the refrigerator.") == []


def test_a_warning_against_a_thing_called_safe_and_no_treatment_against_one_that_works():
    text = ("Teething\n\n"
            "The FDA warns against teething gels that contain benzocaine for children "
            "under 2.\n\n"
            "Benzocaine gels are a safe way to numb your baby's gums.")
    assert reasons(text) == ["direction"]
    text = ("Myopia\n\n"
            "Low-dose atropine eye drops can slow how fast myopia gets worse in children.\n\n"
            "No treatment can slow the progression of myopia.")
    assert reasons(text) == ["null"]
    # Must not pair: a warning sign is no warning against anything, and "no treatment
    # is needed" says nothing fails.
    assert found("Teething\n\nDrooling is a warning sign of teething.\n\n"
                 "Benzocaine gels are a safe way to numb your baby's gums.") == []
    assert cues._NULL.search("No treatment is needed for mild myopia.") is None


def test_a_group_that_cannot_get_it_and_only_there_against_anywhere():
    text = ("Melanoma\n\n"
            "People with dark skin cannot get melanoma.\n\n"
            "Acral melanoma is the most common type of melanoma in people with darker skin.")
    assert reasons(text) == ["caveat"]
    text = ("Melanoma\n\n"
            "Melanoma can appear anywhere on the body, including the soles of the feet.\n\n"
            "Melanoma only develops on skin that has been exposed to the sun.")
    assert reasons(text) == ["caveat"]
    # Must not pair: the group denied in both, and "only" saying when, not where.
    assert found("Melanoma\n\nPeople with dark skin cannot get melanoma.\n\n"
                 "Melanoma never develops in people with darker skin.") == []
    assert cues._ONLY_WHERE.search("Reactions only happen in the first few days.") is None
    assert cues._plain("darker") == cues._plain("dark") and cues._plain("fever") == "fever"


def test_protecting_is_the_good_course_against_causing_harm():
    text = ("Standing desks\n\n"
            "Standing for long periods can cause back pain and varicose veins.\n\n"
            "Standing all day is the best way to protect your back.")
    assert reasons(text) == ["direction"]
    # Must not pair: protection said in both.
    assert found("Standing desks\n\nStanding for short periods can protect your back.\n\n"
                 "Standing all day is the best way to protect your back.") == []


def test_a_measured_difference_against_no_effect_and_a_comparative_before_its_noun():
    text = ("Kidney donation\n\n"
            "Long-term studies show that donating a kidney does not shorten life expectancy."
            "\n\nOn average, kidney donors live about five years less than people who have "
            "not donated.")
    assert reasons(text) == ["null"]
    assert cues._comparison("Darker drinks cause worse hangovers than clear drinks.") == (
        "difference", "worse hangovers than")
    # Must not read: "less" as an amount, not a difference of years.
    assert cues._EFFECT.search("Drink less alcohol.") is None


def test_no_benefit_shown_and_will_not_keep_from_against_an_effect():
    text = ("Vitamin C\n\n"
            "Large reviews found that taking vitamin C every day does not prevent colds.\n\n"
            "Taking vitamin C daily cuts your chances of catching a cold in half.")
    # How often ("every day", "daily") is no part of what the null is said of.
    assert reasons(text) == ["null"]
    for said in ("Studies of taking vitamin C late have not shown a consistent benefit.",
                 "Vitamin C will not keep most people from catching colds."):
        assert cues._NULL.search(said)
    # Must not read: a study that found something, keeping food from spoiling.
    for said in ("The study has shown a clear benefit.", "Salt keeps food from spoiling."):
        assert cues._NULL.search(said) is None


def test_a_duty_said_in_the_passive_against_its_ban_on_the_same_occasion():
    text = ("Allopurinol\n\n"
            "It should be started during a flare to stop the attack quickly.\n\n"
            "Allopurinol should not be started during a flare, because uric acid changes "
            "can make the attack worse.")
    assert reasons(text) == ["permission"]
    # Must not change: a duty and a ban on different occasions.
    text = ("Statins\n\nAll statins must be taken at bedtime to work.\n\n"
            "Statins must not be taken during pregnancy.")
    assert "permission" not in reasons(text)


def test_more_common_in_one_group_than_another_against_the_other_way():
    stem = cues.stem
    assert cues._ranking("Gout is more common in men than in women.") == (
        stem("men"), stem("women"))
    assert cues._ranking("It is less common among children than adults.") == (
        stem("adults"), stem("children"))
    text = ("Gout\n\nGout is more common in men than in women.\n\n"
            "Women are more likely than men to develop gout.")
    assert reasons(text) == ["comparison"]
    # Must not change: the same ranking said twice.
    text = ("Gout\n\nGout is more common in men than in women.\n\n"
            "Men are more likely than women to develop gout.")
    assert found(text) == []


def test_doing_about_as_well_as_another_against_doing_far_worse():
    assert cues._comparison("Self-fitted users did about as well as those fitted by an "
                            "audiologist.") == ("parity", "about as well as")
    text = ("Hearing aids\n\n"
            "People who fitted their own hearing aids did about as well as those fitted "
            "by an audiologist.\n\n"
            "Self-fitted hearing aids perform far worse than professionally fitted ones.")
    assert reasons(text) == ["comparison"]
    # Must not change: "as well as" joining two things compares nothing.
    assert cues._comparison("Aids help speech as well as music.") == ("", "")


def test_almost_never_is_very_rare_against_a_share_of_people():
    text = ("Tetanus\n\nAbout 10 to 20 percent of people with tetanus die.\n\n"
            "Tetanus is almost never fatal with modern treatment.")
    assert reasons(text) == ["measure"]
    # Must not change: "almost never" against a share under 1%.
    text = ("Tetanus\n\nFewer than 1 in 1,000 people with tetanus die.\n\n"
            "Tetanus is almost never fatal with modern treatment.")
    assert "measure" not in reasons(text)


def test_getting_worse_against_improving_is_an_opposite_course():
    text = ("Migraine\n\nMigraine attacks often improve after menopause.\n\n"
            "Migraines always get worse after menopause.")
    assert reasons(text) == ["direction"]
    # Must not change: what a thing makes worse is not its own course.
    text = ("Myopia\n\nMyopia often improves with age.\n\n"
            "Glasses make myopia worse over time.")
    assert "direction" not in reasons(text)


def test_everyone_as_a_claims_subject_against_a_share_of_them():
    text = ("Lyme disease\n\n"
            "About 70 to 80 percent of infected people get a red, expanding rash.\n\n"
            "Everyone with Lyme disease gets the bull's-eye rash.")
    assert reasons(text) == ["measure"]
    # Must not change: everyone told what to do, against a share of them.
    text = ("Gallstones\n\nAbout 10 to 15% of adults have gallstones.\n\n"
            "Everyone with gallstones should have their gallbladder removed.")
    assert "measure" not in reasons(text)


def test_a_trigger_is_an_effect_against_no_effect():
    text = ("Reflux\n\nCoffee has no effect on reflux symptoms.\n\n"
            "Coffee is a common trigger of heartburn.")
    assert reasons(text) == ["null"]
    # Must not change: a trigger of something else than what the null is said of.
    text = ("Reflux\n\nCoffee has no effect on reflux symptoms.\n\n"
            "Stress is a common trigger of heartburn.")
    assert found(text) == []


def test_working_and_taking_effect_are_one_onset():
    text = ("Proton pump inhibitors\n\nA PPI lowers stomach acid. PPIs are sold over the "
            "counter. A PPI reaches its full effect after the first dose. PPIs are taken "
            "before breakfast. It can take one to four days of daily use for a PPI to work "
            "fully.")
    # "It can take … for a PPI to work": the PPI, not "it", works; and working is
    # taking effect. Both were read as durations of nothing in common.
    assert ("A PPI reaches its full effect after the first dose.",
            "It can take one to four days of daily use for a PPI to work fully.",
            "quantity") in found(text)
    # Must not change: the same time for something else to happen.
    text = text.replace("for a PPI to work fully", "for the pharmacy to restock")
    assert "quantity" not in reasons(text)


def test_only_older_adults_against_babies_who_get_it():
    text = ("Glaucoma\n\nGlaucoma only affects older adults.\n\n"
            "Babies can be born with congenital glaucoma.")
    # Only a share of people ("4% of adults have …") named other people before.
    assert reasons(text) == ["caveat"]
    # Must not change: other people who get something else.
    text = ("Glaucoma\n\nGlaucoma only affects older adults.\n\n"
            "Babies can be born with cataracts.")
    assert found(text) == []


def test_the_only_treatment_against_a_remedy_that_treats():
    text = ("Appendicitis\n\nSurgery is the only treatment for appendicitis.\n\n"
            "In some children, antibiotics alone can treat appendicitis without surgery.")
    # "can treat" named no treatment: only "X is a treatment" did.
    assert reasons(text) == ["role"]
    # Must not change: who treats is no treatment.
    text = ("Appendicitis\n\nSurgery is the only treatment for appendicitis.\n\n"
            "Doctors treat the pain of appendicitis with paracetamol.")
    assert found(text) == []


def test_what_is_said_to_be_enough_against_more_that_is_needed():
    text = ("Sunscreen\n\nMost adults need about one ounce of sunscreen to cover the body.\n\n"
            "A teaspoon of sunscreen is enough for your whole body.")
    # Ounces were no unit, and an amount said to suffice was one amount among others.
    assert reasons(text) == ["measure"]
    assert doses.extract("Drink 8 ounces of water.")[0].high == pytest.approx(8 * 29.57)
    # Must not change: more said to be enough than is needed.
    text = text.replace("A teaspoon", "Two ounces")
    assert "measure" not in reasons(text)


def test_days_a_month_are_how_often_and_the_days_named_are_their_own_measure():
    text = ("Migraine\n\nChronic migraine is defined as 15 or more headache days a month.\n\n"
            "Chronic migraine means having at least 8 headache days a month.")
    # "N days a month" was no quantity ("15 or more headache days") or a stretch of days.
    assert reasons(text) == ["measure"]
    assert [(q.kind, round(q.low, 3), q.high) for q in quantities.extract(
        "Exercise at least 5 days a week.")] == [("frequency", 0.714, 1.0)]
    # Must not change: a threshold of headache days against how often to take a pill,
    # whatever its number.
    text = ("Migraine\n\nChronic migraine is defined as 15 or more headache days a month.\n\n"
            "Do not take triptans on more than 10 days a month.")
    assert found(text) == []
    assert found(text.replace("more than 10", "15 or more")) == []


def test_a_trimester_is_a_pregnancy():
    text = ("Iron\n\nIron infusions are safe during the first trimester of pregnancy.\n\n"
            "Iron infusions are not recommended in the first trimester.")
    # No group was named in "in the first trimester": nothing to rule out.
    assert reasons(text) == ["caveat"]
    # Must not change: safe for one group, ruled out for another.
    text = text.replace("in the first trimester.", "for children.")
    assert found(text) == []


def test_a_verbal_noun_is_about_what_its_verb_is_about():
    # "fasting" and "fast" are one stem, so the two units share a topic.
    text = ("Intermittent fasting\n\n"
            "Intermittent fasting is safe for everyone.\n\n"
            "People with type 1 diabetes and pregnant women should not fast.")
    assert found(text) == [("Intermittent fasting is safe for everyone.",
                            "People with type 1 diabetes and pregnant women should not fast.",
                            "caveat")]
    assert {cues.stem(w) for w in ("smoking", "smoke")} == {cues.stem("smoke")}
    assert cues.stem("swimming") == cues.stem("swim")


def test_an_effect_that_disrupts_against_no_effect_at_all():
    text = ("Fasting and women\n\n"
            "Fasting does not affect women's hormones.\n\n"
            "In some women, long fasts can disrupt menstrual cycles and hormones.")
    assert reasons(text) == ["null"]


def test_when_it_does_not_matter_against_a_set_time():
    # A phrase of the lexicon's "time of day" (phrases.json), as "at any time of day" is.
    text = ("Taking statins\n\n"
            "It does not matter what time of day you take your statin.\n\n"
            "Simvastatin should be taken in the evening.")
    assert reasons(text) == ["antonym"]
    # Two units that set the same time agree.
    assert cues_of("Simvastatin should be taken in the evening.",
                   "Take simvastatin in the evening.") == []


def test_safe_with_all_of_them_against_one_to_avoid():
    text = ("Statins and grapefruit\n\n"
            "Grapefruit juice is safe with all statins.\n\n"
            "Avoid large amounts of grapefruit juice if you take simvastatin.")
    assert reasons(text) == ["caveat"]
    # Said of a few, not of all: no exception is denied.
    text = ("Statins and grapefruit\n\n"
            "Grapefruit juice is safe with pravastatin.\n\n"
            "Avoid large amounts of grapefruit juice if you take simvastatin.")
    assert "caveat" not in reasons(text)


def test_allowed_to_stop_against_told_not_to_stop_even_if():
    text = ("Blood pressure tablets\n\n"
            "Do not stop taking your tablets, even if your readings are normal.\n\n"
            "Once your blood pressure is normal, you can stop taking your tablets.")
    assert reasons(text) == ["permission"]
    # "even if" bans it all the more; "if" alone is an exception, not a ban.
    def instructions(advice):
        return cues._instructions(segment(advice)[0].lemmas.split())

    assert instructions("Do not stop taking your tablet even if you feel well.") == (
        frozenset(), frozenset({f"stop {cues.stem('taking')}"}))
    assert instructions("Do not stop taking your tablet if you feel dizzy.") == (
        frozenset(), frozenset())


def test_never_causes_it_against_a_share_who_get_it():
    text = ("ACE inhibitors\n\n"
            "A dry cough affects about 1 in 10 people who take an ACE inhibitor.\n\n"
            "ACE inhibitors never cause a cough.")
    assert reasons(text) == ["caveat"]


def test_no_symptoms_against_symptoms_as_a_rule():
    text = ("High blood pressure\n\n"
            "Most people with high blood pressure have no symptoms.\n\n"
            "High blood pressure usually causes headaches and nosebleeds.")
    assert reasons(text) == ["null"]
    # Some people having a symptom leaves most with none.
    assert cues_of("Most people with high blood pressure have no symptoms.",
                   "Some people with very high blood pressure get headaches.") == []


def test_more_than_the_other_does_against_equally_well():
    text = ("Vitamin D\n\n"
            "Vitamin D3 raises blood levels more than vitamin D2 does, so I suggest D3.\n\n"
            "Vitamin D2 and D3 work equally well.")
    assert reasons(text) == ["comparison"]
    assert cues._comparison("It raises levels no more than D2 does.")[0] == "parity"


def test_members_named_in_brackets_after_their_kind():
    text = ("Blood pressure medicines\n\n"
            "ARBs (such as losartan and valsartan) relax the blood vessels.\n\n"
            "Losartan is an ACE inhibitor.")
    assert reasons(text) == ["class"]


def test_cups_of_a_drink_are_doses_when_the_article_says_what_a_cup_holds():
    text = ("Caffeine in pregnancy\n\n"
            "A typical cup of coffee contains about 95 mg of caffeine.\n\n"
            "Pregnant women should limit caffeine to 200 mg a day.\n\n"
            "Pregnant women can safely drink up to 4 cups of coffee a day.")
    assert ("Pregnant women should limit caffeine to 200 mg a day.",
            "Pregnant women can safely drink up to 4 cups of coffee a day.",
            "measure") in found(text)
    assert doses.strengths(["A typical cup of coffee contains about 95 mg of caffeine."]) == {
        "cup": (95.0, 95.0)}
    # A limit: "limit … to" is at most.
    (limit,) = doses.extract("Pregnant women should limit caffeine to 200 mg a day.")
    assert limit.role == "max"


def test_none_of_a_substance_against_an_amount_of_it():
    text = ("Decaf\n\n"
            "Decaf coffee contains no caffeine at all.\n\n"
            "A cup of decaf still contains about 2 to 15 mg of caffeine.")
    assert reasons(text) == ["null"]
    # "no side effects" names no substance.
    assert cues._missing("Ketamine has no side effects at doses of 200 mg.") == ("", "")


def test_durations_of_different_events_weigh_less_than_of_one():
    text = ("Concussion\n\n"
            "Most young athletes recover within 2 to 4 weeks.\n\n"
            "Players should not return to play on the same day.\n\n"
            "Recovery from a concussion usually takes 3 to 5 days.")
    first, *rest = found(text)
    assert first == ("Most young athletes recover within 2 to 4 weeks.",
                     "Recovery from a concussion usually takes 3 to 5 days.", "measure")
    assert [reason for _, _, reason in rest] == ["measure", "measure"]
    # (and the class of event "recover" names: an illness over, in other words)
    assert cues._timed("Most young athletes recover within 2 to 4 weeks.", None) == {
        cues.stem(w) for w in ("young", "athlete", "recover")} | {"<over>"}
    assert cues_of("Recovery from a concussion usually takes 3 to 5 days.",
                   "Players should not return to play on the same day.") == [
        ("measure", "both give duration" + cues.OTHER_EVENTS)]
    # A duration and an age are no measure in common, of the same things or not.
    assert cues_of("The researchers followed 386,000 adults for an average of 4.5 years.",
                   "The 40,000 participants were all over the age of 65.") == []


def test_a_dose_for_one_child_by_weight_against_the_dose_per_kilogram():
    text = ("Ibuprofen for children\n\n"
            "The usual dose is 10 mg per kg of body weight, every 6 to 8 hours.\n\n"
            "A 20 kg child can take 400 mg of ibuprofen per dose.")
    assert reasons(text) == ["measure"]
    # 200 mg for a 20 kg child is the rule applied.
    text = ("Ibuprofen for children\n\n"
            "The usual dose is 10 mg per kg of body weight, every 6 to 8 hours.\n\n"
            "A 20 kg child can take 200 mg of ibuprofen per dose.")
    assert "measure" not in reasons(text)


def test_an_age_limit_names_children():
    text = ("Aspirin\n\n"
            "Never give aspirin to anyone under 16, because of the risk of Reye's syndrome.\n\n"
            "Low-dose aspirin is safe for children with a fever.")
    assert reasons(text) == ["caveat"]
    # Sixteen kilograms are no age.
    assert cues._UNDER_AGE.search("for a child under 16 kg") is None


def test_gaining_weight_is_an_effect_and_very_little_against_large_amounts():
    text = ("HRT\n\n"
            "HRT does not cause weight gain.\n\n"
            "Many women gain weight on HRT.")
    assert reasons(text) == ["null"]
    text = ("Vaginal oestrogen\n\n"
            "Very little vaginal oestrogen reaches the bloodstream.\n\n"
            "Vaginal oestrogen is absorbed into the bloodstream in large amounts.")
    assert reasons(text) == ["antonym"]


@pytest.mark.parametrize("name", ["consistency/data/phrases.json", "nlp/data/opposites.json",
                                  "nlp/data/cues.json", "nlp/data/claim_words.json"])
def test_the_lexicons_name_each_group_once(name):
    # A group named twice in JSON silently keeps only the last (a lost lexicon).
    def unique(pairs):
        keys = [key for key, _ in pairs]
        assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
        return dict(pairs)

    text = (Path(annotator.__file__).parent / name).read_text(encoding="utf-8")
    assert json.loads(text, object_pairs_hook=unique)


def test_damage_against_no_good_evidence_of_harm():
    text = ("Blue light\n\n"
            "Blue light from screens damages the retina over time.\n\n"
            "There is no good evidence that the blue light from screens harms the eyes.")
    assert reasons(text) == ["null"]


def test_every_so_many_minutes_is_how_often():
    (q,) = quantities.extract("Every 20 minutes, look at something far away.")
    assert (q.kind, q.low) == ("frequency", 72.0)
    # A heart's rate per minute is no schedule.
    assert not any(q.kind == "frequency"
                   for q in quantities.extract("a resting heart rate of 60 beats per minute"))


def test_far_more_one_way_against_far_more_the_other_way():
    text = ("Blue light\n\n"
            "Screens give off far more blue light than the sun.\n\n"
            "Blue light is in daylight, and the sun gives off far more of it than any screen.")
    assert reasons(text) == ["comparison"]
    assert cues._comparison("Children's eyes let more blue light reach the retina than adult "
                            "eyes do.")[0] == "difference"


def test_litres_and_millilitres_are_one_measure():
    text = ("Sweat\n\n"
            "Most runners lose about 0.5 to 1.5 litres of sweat an hour.\n\n"
            "Runners lose only about 200 ml of sweat per hour, even on hot days.")
    # (a volume is a quantity the parse-level rule compares, before any cue)
    assert reasons(text) == ["quantity"]


def test_told_to_do_it_against_no_need_to():
    text = ("After an allergic reaction\n\n"
            "Call 911 after using the auto-injector, even if your child seems better.\n\n"
            "You do not need to call 911 if the symptoms go away after the injection.")
    assert reasons(text) == ["permission"]


def test_most_of_them_against_a_small_share_of_them():
    text = ("Peanut allergy\n\n"
            "About 20% of children with a peanut allergy outgrow it.\n\n"
            "Most children outgrow a peanut allergy.")
    assert reasons(text) == ["measure"]
    # Most people and a share of people, said of different things.
    assert cues_of("Most people with high blood pressure have no symptoms.",
                   "A dry cough affects about 1 in 10 people who take an ACE inhibitor.") == []


def test_harm_said_in_other_words_of_the_same_organ():
    text = ("Creatine\n\n"
            "In healthy people, creatine does not harm the kidneys at the usual doses.\n\n"
            "Creatine causes kidney damage in people who take it for months.")
    assert reasons(text) == ["null"]
    # Another organ: nothing in common but the supplement.
    assert cues_of("Creatine does not harm the kidneys.",
                   "Caffeine pills can damage the heart.") == []


def test_banned_as_a_verb_is_illegal():
    # (the verb's lemma is "ban")
    assert ("direction", "opposite legality") in cues_of(
        "Creatine is legal in all sports.", "Most professional sports ban creatine.")


def test_an_instruction_after_an_opening_clause_against_should_not():
    text = ("Gout treatment\n\n"
            "Allopurinol should not be started during a flare.\n\n"
            "If you feel a flare coming on, start allopurinol as soon as it begins.")
    assert reasons(text) == ["permission"]
    lemmas = ["if", "you", "feel", "a", "flare", "come", "on", "start", "allopurinol"]
    assert cues._main_clause(lemmas, "If you feel a flare coming on, start allopurinol.") \
        == ["start", "allopurinol"]
    # Must not pair: the verb ruled out on another thing than the one the instruction names.
    assert found("Gout treatment\n\nAspirin should not be started during a flare.\n\n"
                 "If you feel a flare coming on, start colchicine as soon as it begins.") == []


def test_side_effects_by_name_and_as_such_last_for_one_kind_of_event():
    text = ("After the shot\n\n"
            "These side effects usually go away within two to three days.\n\n"
            "Soreness and fatigue after the shot can last up to two weeks.")
    assert [c.reason for c in cues.cue_candidates(segment(text), [1, 2])] == ["measure"]
    assert "<harm>" in cues._timed("Soreness and fatigue after the shot can last up to two "
                                   "weeks.", None)
    # Must stay faint: a side effect's time against an illness's, of different things.
    assert "<harm>" not in cues._timed("Most people recover from shingles within 3 to 5 "
                                       "weeks.", None)


def test_a_name_the_article_sets_beside_what_it_is_is_that_thing():
    text = ("Shingles vaccine\n\n"
            "Shingrix, the only shingles vaccine now available, is given in two doses.\n\n"
            "Adults 50 and older should get Shingrix even if they have already had shingles.\n\n"
            "If you have had shingles, you do not need the vaccine.")
    assert ("Adults 50 and older should get Shingrix even if they have already had shingles.",
            "If you have had shingles, you do not need the vaccine.", "permission") in found(text)
    assert cues._called(["Shingrix, the only shingles vaccine now available, is given …",
                         "Paxlovid (nirmatrelvir), an antiviral pill, …"]) \
        == {cues.stem("shingrix"): cues.stem("vaccine"), cues.stem("paxlovid"): "pill"}
    # Must not pair: without the article saying what Shingrix is.
    assert found("Shingles vaccine\n\n"
                 "Adults 50 and older should get Shingrix even if they have already had "
                 "shingles.\n\nIf you have had shingles, you do not need the vaccine.") == []


def test_the_same_time_against_hours_apart_is_a_gap_not_how_long_something_lasts():
    text = ("Levothyroxine\n\n"
            "Calcium supplements block its absorption, so take them at least 4 hours apart "
            "from your levothyroxine.\n\n"
            "You can take your calcium supplement at the same time as levothyroxine.")
    assert reasons(text) == ["measure"]
    assert quantities.kinds("Wait at least four weeks after any other vaccine.") == {"gap"}
    assert quantities.kinds("You can get Shingrix at the same time as your flu shot.") \
        == {"gap"}
    # How long something lasts stays a duration; the same time of day is no gap.
    assert quantities.kinds("Take it as soon as you remember.") == {"duration"}
    assert "gap" not in quantities.kinds("Taking it at the same time every day keeps your "
                                         "levels steady.")
    assert cues_of("Calcium supplements block its absorption, so take them at least 4 hours "
                   "apart from your levothyroxine.",
                   "Most people need to take levothyroxine for 6 to 8 weeks.") == []


def test_a_medicine_for_life_against_one_you_can_stop_and_little_against_a_large_share():
    def details(text):
        return [c.detail for c in cues.cue_candidates(segment(text), [1, 2])]

    for_life = "Most people with hypothyroidism need to take levothyroxine for the rest of " \
        "their lives."
    assert details(f"Levothyroxine\n\n{for_life}\n\nOnce your thyroid levels are back to "
                   "normal, you can stop taking levothyroxine.") \
        == ["take levoth for life / can stop"]
    # Must not pair: stopping another medicine.
    assert details(f"Levothyroxine\n\n{for_life}\n\nOnce the infection clears, you can stop "
                   "taking the antibiotic.") == []
    assert [detail.split(" / ")[0] for _, detail in cues_of(
        "One dose of the vaccine offers little protection.",
        "A single dose protects about 93% of people.")] == ["little protec"]
    # "a little" is some; little relief is not little protection.
    assert cues_of("A single dose offers a little protection.",
                   "A single dose protects about 93% of people.") == []
    assert cues_of("Ice offers little relief.",
                   "A single dose protects about 93% of people.") == []


def test_what_a_group_says_against_a_named_persons_quotation_is_two_speakers():
    text = ("Measles outbreak\n\n"
            "\"I don't believe the vaccine is safe for my kids,\" said Mark Delaney, a father "
            "of three.\n\n"
            "Health officials say the MMR vaccine is safe and that serious reactions are "
            "extremely rare.")
    assert found(text) == []
    assert cues.speaker_of("Health officials say the MMR vaccine is safe.") is not None


def test_once_weekly_against_every_day_and_an_age_one_turns():
    assert reasons("Semaglutide\n\nOzempic, a once-weekly injection, is the brand of "
                   "semaglutide for diabetes.\n\nLike most people, I take Ozempic every "
                   "day.") == ["measure"]
    assert quantities.extract("Take it twice-daily.")[0].kind == "frequency"
    text = ("Colorectal cancer screening\n\n"
            "Adults at average risk should start screening at age 45.\n\n"
            "Screening isn't needed until you turn 50.")
    assert reasons(text) == ["measure"]
    # Turning a thing is no age.
    assert quantities.kinds("Turn the bottle 180 degrees.") == {"count:degree"}


def test_weight_on_average_is_weight_and_a_superlative_said_first():
    assert "percent of weight" in cues._measures(
        "People lost about 15% of their body weight on average.", None)
    # Must not change: people on a drug are some of the people.
    assert "percent of person on statin" in cues._measures(
        "About 30% of adults on statins report muscle pain.", None)
    text = ("Semaglutide\n\nNausea is the most common side effect of semaglutide.\n\n"
            "The most common side effect of semaglutide is constipation.")
    assert reasons(text) == ["role"]
    assert cues._role("The best way to prevent flu is to get vaccinated.") == ("", "")


def test_the_leading_cause_against_the_second_leading_cause():
    text = ("Colorectal cancer\n\n"
            "Colorectal cancer is the second leading cause of cancer death in the United "
            "States.\n\nColorectal cancer is the leading cause of cancer death in the United "
            "States.")
    assert reasons(text) == ["role"]
    # Must not pair: the second leading cause, said twice.
    assert found("Colorectal cancer\n\nColorectal cancer is the second leading cause of "
                 "cancer death.\n\nIn the United States, colorectal cancer is the second "
                 "leading cause of cancer death.") == []


def test_no_help_from_a_thing_against_needing_it_or_it_being_the_best_treatment():
    text = ("Croup\n\n"
            "Croup is usually caused by a virus, so antibiotics don't help.\n\n"
            "Your child will need antibiotics to clear croup.")
    assert reasons(text) == ["null"]
    text = ("Croup\n\n"
            "Cool night air or a steamy bathroom has not been shown to help.\n\n"
            "Taking your child into a steamy bathroom is the best treatment for croup.")
    assert reasons(text) == ["null"]
    # Must not pair: what does not help is not what is needed.
    assert found("Croup\n\nCroup is usually caused by a virus, so antibiotics don't help.\n\n"
                 "Your child will need a steroid to clear croup.") == []


def test_one_stage_of_an_illness_only_against_any_stage():
    text = ("Leqembi\n\n"
            "Leqembi is only for people with early Alzheimer's disease.\n\n"
            "Doctors can prescribe Leqembi at any stage of Alzheimer's disease.")
    assert reasons(text) == ["caveat"]
    # Must not pair: the one stage said twice.
    assert found("Leqembi\n\nLeqembi is only for people with early Alzheimer's disease.\n\n"
                 "Doctors prescribe Leqembi only to patients with mild Alzheimer's "
                 "disease.") == []


def test_more_likely_to_do_it_than_others_and_more_of_a_thing_than_another():
    text = ("Kidney stones\n\n"
            "Men are more likely to get kidney stones than women.\n\n"
            "Women get kidney stones more often than men.")
    assert reasons(text) == ["comparison"]
    text = ("Apixaban\n\n"
            "In large trials, apixaban caused fewer major bleeds than warfarin.\n\n"
            "Apixaban causes more major bleeding than warfarin.")
    assert reasons(text) == ["comparison"]
    # Must not compare: more of one thing against fewer of another (the antonyms stay a cue).
    assert "comparison" not in dict(cues_of("Apixaban causes fewer strokes than warfarin.",
                                            "Apixaban causes more major bleeding than "
                                            "warfarin."))


def test_a_chance_in_percent_against_rarely():
    assert [detail for _, detail in cues_of(
        "Your chance of another stone within 10 years is about 50%.",
        "A kidney stone rarely comes back once it has passed.")] == ["'rarely' / 50%"]
    # A risk cut by a share is no chance of it.
    assert cues._chance("Statins cut the risk of a heart attack by 30%.",
                        cues._measures("Statins cut the risk of a heart attack by 30%.",
                                       None)) == 0.0


def test_avoid_a_thing_against_take_it():
    text = ("Dengue\n\n"
            "Avoid ibuprofen and aspirin, which can raise the risk of bleeding.\n\n"
            "Take ibuprofen to bring down a dengue fever.")
    assert reasons(text) == ["permission"]
    # Must not pair: what is avoided is not what is taken.
    assert found("Dengue\n\nAvoid alcohol while you take this medicine.\n\n"
                 "Take this medicine with food.") == []


def test_the_halves_of_one_sentence_are_found_as_asking_every_pair_would():
    units = segment(
        "Ketamine for depression\n\nLow doses cause few side effects; high doses can cause "
        "hallucinations. Ketamine works within hours. It is cheap, and it is widely used.\n")
    everyone = range(len(units))
    every_pair = {(i, j) for i in everyone for j in everyone
                  if i != j and cues.same_sentence(units, i, j)}
    halves = cues.halves(units, everyone)
    assert halves == every_pair
    assert {(units[i].text, units[j].text) for i, j in halves} >= {
        ("Low doses cause few side effects", "high doses can cause hallucinations."),
        ("It is cheap", "and it is widely used.")}


def test_the_neighbours_cosines_are_those_of_the_whole_vectors():
    # More than COMMON_MIN units share "ketamine": it is left out of the shortlist,
    # not out of the cosine.
    rows = [f"Ketamine changes {w} in patient group {k}." for k in range(30)
            for w in ("sleep", "mood")]
    readings = [cues._read(row, "", row, None) for row in rows]
    vectors = cues._vectors(readings)
    for x, similar in enumerate(cues._neighbours(vectors)):
        assert similar and len(similar) <= cues.NEIGHBOURS
        for cosine, y in similar:
            whole = sum(w * vectors[y].get(s, 0.0) for s, w in vectors[x].items())
            assert y != x and math.isclose(cosine, whole, rel_tol=1e-12)
        assert [c for c, _ in similar] == sorted((c for c, _ in similar), reverse=True)


def test_an_instruction_after_an_opening_time_frame_is_read_as_one():
    text = ("Hip care\n\nFor the first six weeks, do not bend your hip past 90 degrees.\n\n"
            "Bend your hip as far as it will go, ten times a day.\n\n"
            "For the first two weeks, do not drive.\n")
    assert ("For the first six weeks, do not bend your hip past 90 degrees.",
            "Bend your hip as far as it will go, ten times a day.", "permission") in found(text)
    assert not any("drive" in a + b and reason == "permission" for a, b, reason in found(text))


def test_what_a_time_is_counted_from_is_not_the_event():
    walk = "You will not be able to walk for at least two weeks after surgery."
    shower = "Do not shower until your stitches are removed, about 14 days after surgery."
    assert "walk" in cues._timed(walk, None) and "surgery" not in cues._timed(walk, None)
    assert not cues._timed(walk, None) & cues._timed(shower, None)
    # the same event from the same start stays one
    assert cues._timed("You may shower 48 hours after surgery.", None) & cues._timed(shower, None)


def test_every_person_with_a_disease_against_a_share_of_them():
    assert ("measure", "'Every person' / 75.5%") in cues_of(
        "The rash appears in about 70 to 80 percent of infected people.",
        "Every person with Lyme disease gets the rash.")
    assert not cues_of("The rash appears in about 70 to 80 percent of infected people.",
                       "Every person with Lyme disease should see a doctor about the rash.")


def test_a_remedy_said_not_to_work_against_the_one_the_condition_is_treated_with():
    assert found("Lyme disease\n\nLyme disease is treated with three weeks of antibiotics.\n\n"
                 "Antibiotics don't work against Lyme disease.\n\n"
                 "Garlic pills don't work against ticks.\n") == [
        ("Lyme disease is treated with three weeks of antibiotics.",
         "Antibiotics don't work against Lyme disease.", "null")]


def test_no_vaccine_against_the_vaccine_said_to_work():
    assert ("null", "no vaccine / the vaccine at work") in cues_of(
        "There is no vaccine for Lyme disease.",
        "Two doses of the Lyme vaccine protect most adults.")
    for other in ("A Lyme vaccine is being tested in trials.",
                  "The flu vaccine protects most adults."):
        assert ("null", "no vaccine / the vaccine at work") not in cues_of(
            "There is no vaccine for Lyme disease.", other)


def test_a_verb_denied_in_one_claim_and_said_plainly_in_the_other():
    assert found("Head lice\n\nHead lice do not spread disease.\n\n"
                 "Head lice can spread typhus and other infections.\n") == [
        ("Head lice do not spread disease.", "Head lice can spread typhus and other infections.",
         "polarity")]
    # the noun after "no", a light verb after "not" and a word negated further on only
    # strengthen another cue, never stand alone
    for a, b in (("A cup of coffee contains about 95 mg of caffeine.",
                  "Decaf coffee contains no caffeine at all."),
                 ("If you miss a dose, take it as soon as you remember.",
                  "Do not take two doses at once to make up for a missed one."),
                 ("Ketamine does not raise blood pressure in adults.",
                  "About 40% of adults respond to ketamine.")):
        assert not any(detail.endswith(cues.DENIED) for _, detail in cues_of(a, b))
    # a denial against another denial, or a share of people who do not against those who do
    assert found("Melanoma\n\nPeople with dark skin cannot get melanoma.\n\n"
                 "Melanoma never develops in people with darker skin.") == []
    assert found("Fish in the diet\n\nTwo thirds of adults do not eat enough fish.\n\n"
                 "Only about 30% of adults eat enough fish.") == []
    # alike in one word only, a denial is not enough
    assert found("Lice\n\nLice do not jump.\n\nFleas can jump very high off a dog's back.\n") == []


def test_a_count_names_its_noun_across_two_words_before_it():
    def counts(text):
        return [(q.kind, q.low) for q in quantities.extract(text) if q.kind.startswith("count")]

    assert counts("Researchers analyzed 25 melatonin gummy products.") == [("count:product", 25)]
    assert ("measure", "both give count:product") in cues_of(
        "In a 2023 study, researchers analyzed 25 melatonin gummy products.",
        "Only three of the 31 products tested in that study were accurate.")
    for text in ("In the Phase 3 study of adults, patients were randomized.",
                 "The change from baseline to day 28 in MADRS total score was assessed.",
                 "Most children do well on 3 mg or less.",
                 "You do not need to call 911 if the symptoms go away."):
        assert counts(text) == [], text


def test_research_said_to_have_established_a_thing_against_its_effects_still_unknown():
    assert ("null", "'have established that' / 'are still unknown'") in cues_of(
        "Decades of research have established that melatonin is safe for children long term.",
        "Its long-term effects on children are still unknown.")
    assert not cues_of("Researchers have established a registry of children who take it.",
                       "Its long-term effects on children are still unknown.")


def test_in_every_case_against_in_some_people():
    assert ("caveat", "'in every case' / 'In some people'") in cues_of(
        "The spleen swells in every case of mono.",
        "In some people the spleen becomes enlarged.")
    for every in ("The spleen does not always swell in mono.",
                  "The spleen almost always swells in mono."):
        assert not any(reason == "caveat" for reason, _ in cues_of(
            every, "In some people the spleen becomes enlarged.")), every


def test_the_biggest_trigger_against_the_main_cause_said_in_advice():
    assert ("role", "main cause: overhe / irrita from") in cues._cues(
        cues._read("", "", "In babies, the single biggest trigger for a flare is overheating.",
                   None),
        cues._read("", "", "The main cause of flare-ups is irritation from soap, so check "
                   "every product that touches his skin.", None, claim=False))


def test_a_denial_against_a_claim_denying_something_else():
    covered = "Generic oseltamivir is covered by the state's Medicaid program with no copay."
    denied = "Not covered by the state's Medicaid program."
    # (listed for its cover and its denial, the coverage lexicon's phrases)
    assert found(f"Medicaid\n\n{covered}\n\n{denied}\n") == [(covered, denied, "antonym")]
    assert "polarity" in [reason for reason, _ in cues_of(covered, denied)]


def test_the_only_approved_one_against_another_named_approved_in_apposition():
    assert cues._qualities("Xofluza, a single-dose antiviral pill approved in 2018, is another "
                           "option.")[1] == {("approv", "xofluz")}
    assert ("role", "only tamifl approv / xofluz approv") in cues_of(
        "Tamiflu is the only antiviral pill approved in the U.S. to treat the flu.",
        "Xofluza, a single-dose antiviral pill approved in 2018, is another option.")
    for text in ("Ibuprofen, a drug not approved for babies, is common.",
                 "For adults, a dose approved for children is too small."):
        assert cues._qualities(text)[1] == frozenset(), text


def test_what_the_publisher_says_of_itself_pairs_with_what_it_recommends():
    text = ("PSA screening\n\n"
            "At Harbor Point, we recommend that men at average risk start PSA screening at "
            "age 50.\n\n"
            "PSA is a protein made by the prostate.\n\n"
            "Average-risk men at our clinic have their first PSA test at age 45, and we compare "
            "results against age-based ranges.\n")
    units = segment(text)
    assert [u.kind for u in units if u.text.startswith(("PSA is", "Average-risk"))] == [
        "claim", "promo"]  # "PSA" of "a PSA test at our clinic" names no publisher
    assert found(text) == [(
        "At Harbor Point, we recommend that men at average risk start PSA screening at age 50.",
        "Average-risk men at our clinic have their first PSA test at age 45", "measure")]


def test_business_days_are_days_and_a_first_option_or_main_reason_is_a_role():
    (days,) = quantities.extract("Results come back 5 to 7 business days after the blood draw.")
    assert (days.kind, days.low, days.high) == ("duration", 5 * 1440, 7 * 1440)
    assert cues._role("Surgery to remove the prostate is our first-line treatment.") == (
        "first choice", "prosta")
    assert cues._role("Active surveillance is now the preferred first option.") == (
        "first choice", "activ survei")
    assert cues._role("The main reason blood sugar improves on keto is the weight loss.") == (
        "main cause", "weight loss")
    # Must not change: a role denied holds nothing; a day named is no duration.
    assert cues._role("Surgery is not our first-line treatment.") == ("", "")
    assert quantities.extract("Call us on the next business day.") == []


def test_doing_nothing_for_a_thing_every_child_and_the_most_common_mistake():
    assert ("null", "'reliever' / 'do nothing to'") in cues_of(
        "Relievers do nothing to calm the swelling and inflammation in the airways.",
        "The blue reliever helps to settle the inflammation.")
    assert ("caveat", "every child / only some") in cues_of(
        "Every child who has asthma should be given a preventer inhaler.",
        "Only children who need their reliever three times a week are prescribed a preventer.")
    assert cues._role("The most common mistake we see is forgetting to shake the inhaler.")[0] \
        == cues._role("By far the most common error is letting the child breathe in too fast.")[0] \
        == "most common mistake"
    # "only" before people and what sorts them names some of them, whatever the sort
    assert cues._every_and_only_some("Only children under 5 were studied.")[1] == {"child"}


def test_doses_and_shots_are_counted_alike_and_lifelong_against_not_yet_known():
    assert ("measure", "both give count:dose") in cues_of(
        "They need only two doses, given six months apart.",
        "Children under 15 need three shots to complete the series.")
    assert [q.kind for q in quantities.extract("Children under 15 need three shots.")] == [
        "age", "count:dose"]
    assert ("null", "'lifelong' / 'do not yet know whether'") in cues_of(
        "Protection from the vaccine is lifelong.",
        "Researchers do not yet know whether protection lasts beyond ten years.")
    assert not any(reason == "null" for reason, _ in cues_of(
        "Protection from the vaccine is lifelong.",
        "Researchers now know that protection lasts for life."))


def test_a_full_week_is_a_week():
    (week,) = quantities.extract("Stop taking iron pills today, one full week before.")
    assert (week.kind, week.low, week.high) == ("duration", 7 * 1440, 7 * 1440)
    assert ("measure", "both give duration") in cues_of(
        "Stop taking iron pills today, one full week before your procedure.",
        "Iron tablets should be stopped 3 days before your procedure.")
    # Must not change: "full" before what is no unit of time.
    assert quantities.extract("Eat a full meal.") == []


def test_a_wait_for_something_virtually_everyone_and_an_age_before_which():
    (wait,) = quantities.extract("Adults now typically wait 12 to 18 months for an evaluation.")
    assert wait.kind == "duration"
    # Must not change: a wait between two doses is a gap.
    assert [q.kind for q in quantities.extract("Wait 4 hours between doses.")] == ["gap"]
    assert ("measure", "'virtually every adult' / 25%") in cues_of(
        "Stimulants are effective in virtually every adult with ADHD.",
        "Studies suggest 20 to 30 percent of adults see little or no improvement on stimulants.")
    assert [(q.kind, q.low) for q in quantities.extract("The symptoms started before age 12.")] \
        == [("age", 12)]


def test_a_fraction_of_people_and_a_share_of_a_starting_weight_are_shares_of_them():
    measures = cues._measures
    assert measures("A third of patients relapse.", None).keys() \
        == measures("30% of patients relapse.", None).keys() \
        == {"percent of patien"}
    assert measures("They lost 19.8% of their starting body weight.", None).keys() \
        == measures("They shed just under 15% of their weight.", None).keys() \
        == {"percent of weight"}
    # Must not change: a content in percent is no share.
    assert measures("Legal products must contain less than 0.3% THC.", None).keys() \
        == {"percent thc"}


def test_volumes_of_liquid_are_measured_in_millilitres():
    assert [(q.kind, q.low, q.high) for q in quantities.extract(
        "Limit your fluids to 1.5 litres a day.")] == [("volume a day", 1500.0, 1500.0)]
    assert [(q.kind, q.low, q.high) for q in quantities.extract(
        "Drink no more than 2,000 ml in any 24 hours.")] == [("volume a day", 0.0, 2000.0)]
    assert any(reason == "measure" for reason, _ in cues_of(
        "Your doctors have asked you to limit your fluids to 1.5 litres a day.",
        "Your fluid allowance is no more than 2,000 ml in any 24 hours."))
    # Must not change: a decimal is no count of what follows it.
    assert not any(q.kind.startswith("count") for q in quantities.extract("1.5 litres"))
    assert not any(reason == "measure" for reason, _ in cues_of(
        "A small glass of wine is 125 ml.", "Drink about 2 litres of water a day."))


def test_a_level_said_to_climb_against_a_word_lowering_it():
    text = ("Light and sleep\n\n"
            "Bright light from phones suppresses melatonin in the evening.\n\n"
            "Your melatonin output climbs when you sit under bright lamps in the evening.")
    assert found(text) == [(
        "Bright light from phones suppresses melatonin in the evening.",
        "Your melatonin output climbs when you sit under bright lamps in the evening.",
        "direction")]
    # ("suppresses" read as a plural noun keeps an "e" in its lemma)
    assert lexicon().sides_of("suppresse") == lexicon().sides_of("suppress") != []
    # Must not change: drops of an oil are no fall.
    assert not any(reason == "direction" for reason, _ in cues_of(
        "We recommend 2-3 drops of the oil twice a day.",
        "Start low and gradually increase the oil until it works."))


def antonyms(a, b):
    """Whether two units' own words give the antonym cue."""
    return any(reason == "antonym" for reason, _ in cues_of(a, b))


@pytest.mark.parametrize(("a", "b", "paired"), [
    ("Yellow fever vaccine is a live vaccine, made from a weakened virus.",
     "The yellow fever vaccine is an inactivated vaccine that is safe in chemotherapy.", True),
    ("In the UK, triptans are only available on prescription.",
     "Sumatriptan 50 mg can be bought over the counter from a pharmacist.", True),
    # "does not need a prescription" holds "need a prescription": only the longer is said
    ("Home oxygen is a prescription-only treatment.",
     "Home oxygen does not need a prescription, so you can arrange it yourself.", True),
    ("Shingrix is a non-live, recombinant vaccine.",
     "Shingrix, a live attenuated vaccine, must be kept cold.", True),
    # Must not change: two vaccines of one kind, two sayings of one side.
    ("The MMR vaccine is a live vaccine.", "The chickenpox vaccine is a live vaccine too.", False),
    ("You need a prescription for home oxygen.", "Home oxygen needs a prescription.", False),
])
def test_live_against_inactivated_and_prescription_only_against_over_the_counter(a, b, paired):
    assert antonyms(a, b) is paired


def test_a_dose_for_every_kilogram_micromoles_and_numbers_in_the_teens():
    dose, = doses.extract("a quick rule is 30 mg for every kilogram your child weighs.")
    assert (dose.low, dose.per_kg) == (30.0, True)
    assert quantities.kinds("keep the urate level below 360 micromol/L") \
        == quantities.kinds("a urate of 420 µmol/L") == {"concentration:umol/l"}
    assert [(q.kind, q.low) for q in quantities.extract("The programme runs for sixteen weeks.")] \
        == [("duration", 16 * 7 * 24 * 60)]
    # Must not change: a dose said once a day is no dose per kilogram.
    assert not doses.extract("take 500 mg every day")[0].per_kg


@pytest.mark.parametrize(("a", "b", "reason"), [
    # what something makes more so goes up
    ("Using triptans on too many days a month can make your headaches more frequent.",
     "Taking your triptan more often can actually reduce the number of headache days.",
     "direction"),
    ("The researchers said the difference was statistically significant.",
     "The gap between the two groups was small enough to have arisen by chance.", "antonym"),
    ("The trial was double-blind, with a sham headset.",
     "The trial was open-label, so the raters knew who had received the active device.",
     "antonym"),
    ("Sumatriptan can be bought from a pharmacy without a prescription.",
     "All triptans, including sumatriptan, are prescription-only medicines.", "antonym"),
    ("Soreness in the arm affects most young people who have the vaccine.",
     "Soreness in the arm after the vaccine is rare.", "measure"),
    ("The findings demonstrate that hearing aids protect people from dementia.",
     "The research cannot show that hearing aids themselves caused the lower risk of dementia.",
     "null"),
    ("People who did not use hearing aids had a 29% higher risk of dementia.",
     "The dementia risk of people who did not use hearing aids was no different from that of "
     "people with normal hearing.", "comparison"),
])
def test_a_made_up_pair_of_each_new_cue(a, b, reason):
    assert reason in [found_reason for found_reason, _ in cues_of(a, b)]


@pytest.mark.parametrize(("a", "b"), [
    # a thing being made is no cause making something more so
    ("With less cholesterol being made, the liver pulls more LDL out of the blood.",
     "Statins lower LDL cholesterol."),
    # significance said both ways round, and a chance finding ruled out
    ("The difference was statistically significant.",
     "The difference was unlikely to be due to chance."),
    ("Pharmacies cannot sell it: it cannot be bought without a prescription.",
     "It is a prescription-only medicine."),
])
def test_look_alikes_of_the_new_cues_are_not_paired(a, b):
    assert [r for r, _ in cues_of(a, b) if r in ("direction", "antonym")] == []


@pytest.mark.parametrize(("text", "measures"), [
    ("the HPV vaccine has roughly halved cervical cancer rates", {"percent lower": {(45, 55)}}),
    ("those who wore hearing aids were 42% less likely to develop dementia",
     {"percent lower": {(42, 42)}}),
    ("hearing aid users had a hazard ratio for all-cause dementia of 0.82",
     {"percent lower": {(18, 18)}}),
    ("brelicomab reduced the decline in FVC at week 52 by 41% compared with placebo.",
     {"percent lower": {(41, 41)}}),
    ("a 59% reduction in the rate of decline", {"percent lower": {(59, 59)}}),
    # of what a change is stays said: fewer flares, more mileage
    ("One study found 35 percent fewer flares", {"percent fewer": {(35, 35)}}),
    ("The study enrolled 3,100 adults", {"count:adult": {(3100, 3100)},
                                         "count:participant": {(3100, 3100)}}),
    ("More than 9 in 10 of the 2,400 volunteers were white",
     {"percent of": {(90, 100)}, "count:volunteer": {(2400, 2400)},
      "count:participant": {(2400, 2400)}}),
    # a count of adults that is no sample stays a count of adults
    ("Last winter 3,100 adults caught flu in the town", {"count:adult": {(3100, 3100)}}),
    ("Only about 1 in 10 U.S. adults falls short on magnesium",
     {"percent of person": {(7.5, 12.5)}}),
])
def test_relative_changes_ratios_and_the_people_studied_are_measured_alike(text, measures):
    assert {kind: {(round(lo, 3), round(hi, 3)) for lo, hi in values}
            for kind, values in cues._measures(text, None).items()} == measures


def test_when_something_began_a_session_each_time_and_an_upper_intake_level():
    assert [q.kind for q in quantities.extract("The advice was first introduced in 2020.")] \
        == ["start-year"]
    assert [q.kind for q in quantities.extract("It was popular in 2020.")] == ["year"]
    assert [(q.kind, q.low) for q in quantities.extract("Each 20-minute session was short.")] \
        == [("duration", 20.0)]
    assert quantities.extract("Take a break every 20 minutes.")[0].kind != "duration"
    limit, = doses.extract("The tolerable upper intake level from supplements is 350 mg a day.")
    assert limit.role == "max"


def test_a_thing_put_beside_a_kind_in_apposition_and_named_before_is():
    text = ("Asthma inhalers\n\n"
            "Salbutamol, the most commonly prescribed reliever, opens your airways.\n\n"
            "Take your preventer, such as salbutamol or budesonide, twice a day.\n\n"
            "The lead candidate, brelicomab, is a small-molecule inhibitor.\n\n"
            "The trial tested brelicomab, a humanized monoclonal antibody, in 600 adults.")
    assert {(a[:12], b[:12]) for a, b, reason in found(text) if reason == "class"} \
        == {("Salbutamol, ", "Take your pr"), ("The lead can", "The trial te")}
    # Must not change: one kind said twice.
    same = ("Asthma inhalers\n\nSalbutamol, a reliever, opens your airways.\n\n"
            "Terbutaline, a reliever too, works within minutes.")
    assert [reason for _, _, reason in found(same) if reason == "class"] == []


@pytest.mark.parametrize(("a", "b", "reason"), [
    ("Keto brought my LDL cholesterol down within a year.",
     "On keto my LDL cholesterol went up, from 3.1 to 4.4 mmol/L.", "direction"),
    ("Paracetamol won't prevent a febrile seizure in children.",
     "Giving paracetamol regularly can lower the chance of another febrile seizure in children.",
     "null"),
    ("All the paracetamol liquids here are on the General Sale List, so supermarkets sell them.",
     "This paracetamol liquid is a pharmacy-only medicine.", "antonym"),
])
def test_levels_moved_up_or_down_a_thing_that_will_not_work_and_a_sale_status(a, b, reason):
    assert reason in [found_reason for found_reason, _ in cues_of(a, b)]


def test_a_tenth_of_a_weight_and_doses_at_most_a_day_against_a_dose_every_few_hours():
    assert cues._measures("I lost 17 kg (roughly a tenth of my starting weight)", None) \
        == {"percent of weight": frozenset({(7.5, 12.5)}), "body weight": frozenset({(17.0, 17.0)})}
    limit, = quantities.extract("don't give more than 4 doses in any 24 hours")
    assert (limit.kind, limit.low, limit.high) == ("frequency", 0.0, 4.0)
    # Must not change: "went up to" a number still rises; a thing that cannot be cured
    # is no effect denied against "no cure".
    assert ("direction", 0) in cues._read("it went up to 4.4", "", "it went up to 4.4", None).sides
    assert [r for r, _ in cues_of("COPD cannot be cured.", "There is no cure for COPD.")
            if r == "null"] == []


def test_hyphenated_fractions_a_class_of_blood_thinner_and_a_limit_in_any_24_hour_period():
    lowered = "An anticoagulant lowers the risk of a stroke by about two-thirds"
    assert cues._measures(lowered, None) == {"percent lower": frozenset({(60.0, 73.333)})}
    text = ("Blood thinners\n\nAspirin is an antiplatelet medicine, not an anticoagulant.\n\n"
            "Tell staff if you take an anticoagulant such as aspirin or warfarin.")
    assert [reason for _, _, reason in found(text)] == ["class"]
    limit, = doses.extract("Never take more than 5 mg of apixaban in any 24-hour period.")
    assert (limit.role, limit.basis) == ("max", "day")


@pytest.mark.parametrize(("a", "b", "reason"), [
    ("Both levonorgestrel and ulipristal are available from a pharmacist without a prescription.",
     "Ulipristal is still prescription-only in the UK.", "antonym"),
    ("You can be offered a biologic with a PASI score of 10 or more.",
     "You need a PASI score above 20 to be offered a biologic.", "measure"),
    ("Hormonal contraception can make ulipristal less effective.",
     "Starting your usual pill on the same day makes ulipristal work even better.", "direction"),
    ("The levonorgestrel pill is a single 1.5 mg tablet, taken as soon as possible.",
     "Take the two levonorgestrel tablets 12 hours apart.", "measure"),
])
def test_a_status_without_a_prescription_a_named_score_working_better_and_a_single_tablet(
        a, b, reason):
    assert reason in [found_reason for found_reason, _ in cues_of(a, b)]


def test_a_time_after_an_operation_is_one_measure_and_one_of_a_thing_is_counted():
    waited, = quantities.extract("Wait 4 weeks after your operation before an eye test.")
    after, = quantities.extract("You can have an eye test one week after your operation.")
    assert waited.kind == after.kind
    instant, = quantities.extract("Chemical filters protect you the instant they touch your skin.")
    assert (instant.kind, instant.high) == ("duration", 0.0)
    assert [(q.kind, q.low) for q in quantities.extract("We transfer a single embryo.")] \
        == [("count:embryo", 1.0)]
    # Must not change: "not a single case" counts none; a single-dose vial counts no vials.
    assert quantities.extract("Not a single case was seen.") == []
    assert quantities.extract("It comes in a single-dose vial.") == []
    # nor is a score spelt in lower case a named level
    assert [q.kind for q in quantities.extract("a pain score of 7")] == []


@pytest.mark.parametrize(("a", "b", "reason"), [
    ("Giving antibiotics to farm animals speeds up the spread of resistance.",
     "Giving antibiotics to farm animals slows down the spread of resistance.", "direction"),
    ("Original Medicare does not cover hearing aids.",
     "Original Medicare Part B now pays for one pair of hearing aids.", "antonym"),
    ("A cataract cannot grow back once it has been removed.",
     "Sometimes the cataract grows back and has to be removed again.", "antonym"),
    ("In 1928, Alexander Fleming noticed that a mould had killed his bacteria.",
     "1938: Alexander Fleming discovers penicillin", "measure"),
])
def test_a_pace_sped_up_a_cost_covered_a_thing_growing_back_and_a_timelines_year(a, b, reason):
    assert reason in [found_reason for found_reason, _ in cues_of(a, b)]
    # Must not change: a year inside a line is no timeline's entry.
    assert [q.kind for q in quantities.extract("Penicillin 1938: a history")] == []


@pytest.mark.parametrize(("a", "b", "reason"), [
    ("Silence usually makes tinnitus seem louder.",
     "Complete silence tends to make tinnitus quieter.", "direction"),
    ("Using IV ketamine to treat depression is off-label.",
     "IV ketamine infusions are FDA-approved for treatment-resistant depression.", "antonym"),
    ("The UK pre-exposure course consists of three doses.",
     "UK travellers now need just two pre-travel doses, given a week apart.", "measure"),
    ("We can declare the outbreak over once 72 hours have passed without any new cases.",
     "The outbreak officially ends only after 7 days in a row with no new cases.", "measure"),
])
def test_made_quieter_off_label_hyphenated_counts_and_once_as_a_conjunction(a, b, reason):
    assert reason in [found_reason for found_reason, _ in cues_of(a, b)]
    # Must not change: "once a week" is how often; a kind's plural with "-es" is still it.
    assert [q.kind for q in quantities.extract("Take it once a week.")] == ["frequency"]
    assert cues._memberships("Viruses such as MRSA spread in hospitals.") \
        == [("mrsa", "virus", False)]


@pytest.mark.parametrize(("a", "b", "reason"), [
    ("Finasteride and dutasteride roughly halve your PSA level.",
     "Finasteride can push your PSA level up.", "direction"),
    ("Extensively hydrolysed formulas are only available on prescription.",
     "You can buy extensively hydrolysed formula off the shelf in most supermarkets.", "antonym"),
    ("Use the child pads for children under 8.",
     "Junior players up to the age of 16 must always have the child pads.", "measure"),
])
def test_a_level_halved_a_formula_off_the_shelf_and_an_age_up_to(a, b, reason):
    assert reason in [found_reason for found_reason, _ in cues_of(a, b)]
    # Must not change: "16 must always" counts nothing.
    assert [q.kind for q in quantities.extract("Players up to the age of 16 must always wear "
                                               "them.")] == ["age"]


@pytest.mark.parametrize(("a", "b", "reason"), [
    ("Pregabalin and gabapentin belong to a group called gabapentinoids.",
     "Strong painkillers from the opioid family, such as codeine, tramadol or pregabalin, "
     "may be offered.", "class"),
    ("Lithium is a mood stabiliser and does not belong to either the antidepressant or the "
     "antipsychotic group.",
     "Lithium, like the other antidepressants, can take several weeks to work.", "class"),
    ("You should never take more than 1,200 mg in 24 hours.",
     "Take two 400 mg ibuprofen tablets three times a day with meals.", "measure"),
    ("Hydrocortisone injection is a prescription-only medicine.",
     "Patients can simply buy a replacement hydrocortisone injection over the counter.",
     "antonym"),
])
def test_a_kind_belonged_to_a_dose_of_named_tablets_and_a_medicine_over_the_counter(a, b, reason):
    found = [found_reason for found_reason, _ in cues_of(a, b)] + (
        ["class"] if class_clashes(a, b) else [])
    assert reason in found
    # Must not change: a medicine that cannot be bought over the counter is not sold so;
    # "like other GLP-1 drugs" names no kind of the lexicon.
    assert not any(reason == "antonym" for reason, _ in cues_of(
        "Hydrocortisone injection is a prescription-only medicine.",
        "You cannot buy a hydrocortisone injection over the counter."))
    assert cues._memberships("Like other GLP-1 drugs, orvaglutide slows the stomach.") == []


@pytest.mark.parametrize(("a", "b", "reason"), [
    ("Pre-eclampsia affects roughly 1 in 20 pregnancies.",
     "With about one pregnancy in ten affected, it is a common complication.", "measure"),
    ("Around 60% of the calls we receive about toddlers involve a grandparent's medicine.",
     "Only around one call in six about a young child involves a grandparent's medicine.",
     "measure"),
    ("Trimethoprim must not be prescribed to patients on methotrexate, because together they "
     "can cause fatal bone marrow damage.",
     "Trimethoprim can safely be given alongside her methotrexate.", "direction"),
])
def test_one_of_a_named_whole_in_n_a_small_share_about_and_safely(a, b, reason):
    assert reason in [found_reason for found_reason, _ in cues_of(a, b)]
    # "about 0.1%" is not up to 5%; "about 80%" is still 72 to 88%; "one tablet in 24
    # hours" is how often, no share.
    shares = [(round(q.low, 3), round(q.high, 3))
              for t in ("about 0.1% of people", "about 80% of people")
              for q in quantities.extract(t)]
    assert shares == [(0.075, 0.125), (72.0, 88.0)]
    assert [q.kind for q in quantities.extract("Take one tablet in 24 hours.")] == ["frequency"]


def test_a_count_joined_by_a_hyphen_and_a_kinds_members_listed_after_a_colon():
    assert "measure" in [reason for reason, _ in cues_of(
        "You should not regularly drink more than 14 units a week.",
        "You are fine as long as you stay under the 21-unit weekly guideline.")]
    # Must not change: "a 3-day course" is a duration, no count; a list of side effects
    # names no kind.
    assert [q.kind for q in quantities.extract("a 3-day course")] == ["duration"]
    assert cues._memberships("Side effects: nausea, headache and dizziness.") == []


def test_an_age_as_a_birthday_and_as_until_you_are():
    assert "measure" in [reason for reason, _ in cues_of(
        "Women are invited for screening from age 50 up to their 71st birthday.",
        "Routine screening invitations carry on until you are 74.")]
    # Must not change: "until you are 5 weeks pregnant" is no age.
    assert [q.kind for q in quantities.extract("Wait until you are 5 weeks pregnant.")] \
        == ["duration"]


@pytest.mark.parametrize(("a", "b", "reason"), [
    ("Gliflozins tend to nudge blood pressure down by a few points.",
     "Gliflozins can raise blood pressure, particularly in the first few weeks.", "direction"),
    ("The cough affects roughly one in ten people taking ramipril.",
     "Fewer than one in a hundred people on ramipril develop the cough.", "measure"),
])
def test_a_level_nudged_and_one_in_a_hundred_of_people_taking_a_drug(a, b, reason):
    assert reason in [found_reason for found_reason, _ in cues_of(a, b)]
    # Must not change: "none of them can be bought over the counter" does not sell them.
    assert not any(reason == "antonym" for reason, _ in cues_of(
        "None of them can be bought over the counter.",
        "Dapagliflozin is a prescription-only medicine."))


def class_clashes(a, b):
    """What two units put one thing in two kinds of (the class candidates' details)."""
    units = [{"text": t, "lemmas": t} for t in (a, b)]
    return [detail for _, _, detail in cues._membership_conflicts(units, [0, 1])]


@pytest.mark.parametrize(("a", "b", "detail"), [
    ("Labetalol, a beta-blocker, is usually the first blood pressure tablet.",
     "Calcium-channel blockers such as nifedipine and labetalol are also used.",
     "labetalol: beta-blocker / calcium-channel"),
    ("Gliptins such as sitagliptin and linagliptin are a different family altogether.",
     "If you're already on one gliflozin, such as linagliptin, ask your pharmacist.",
     "linagliptin: gliptin / gliflozin"),
    ("MAO-B inhibitors: selegiline, rasagiline, safinamide",
     "Rasagiline, a once-daily dopamine agonist, is taken in the morning.",
     "rasagiline: inhibitor / agonist"),
])
def test_a_drug_put_in_two_classes_of_the_lexicon(a, b, detail):
    assert detail in class_clashes(a, b)


@pytest.mark.parametrize(("a", "b", "reason"), [
    ("Coeliac disease affects about 1 in 100 people in the UK.",
     "Coeliac disease is uncommon: only around 0.1% of the population has it.", "measure"),
    ("Glue closure is a newer technique that is not yet approved for use in the UK, which is "
     "one reason many of our clients travel.",
     "Glue closure has been approved in the UK since 2016 and is offered in a few NHS "
     "hospitals.", "antonym"),
    ("Griseofulvin must not be used during pregnancy.",
     "Griseofulvin is a safe choice for expectant mothers.", "caveat"),
    ("Naproxen should be avoided in pregnancy.",
     "Mums-to-be can take naproxen in any trimester.", "caveat"),
    ("We advise against curcumin supplements if you are pregnant.",
     "Curcumin supplements are considered safe to take throughout pregnancy.", "caveat"),
    ("Scopoderm needs no prescription in the UK.",
     "Scopoderm patches are a prescription-only medicine in the UK.", "antonym"),
    ("You can buy quinine tablets from the pharmacy counter without seeing your doctor.",
     "In the UK quinine is a prescription-only medicine.", "antonym"),
])
def test_the_population_approval_not_cancelled_by_many_and_few_and_use_in_pregnancy(a, b, reason):
    assert reason in [found_reason for found_reason, _ in cues_of(a, b)]


def test_use_in_pregnancy_denied_or_said_of_other_people_is_no_caveat():
    # Must not change: a use denied, or allowed to adults only, is not "safe in pregnancy".
    assert not any(reason == "caveat" for reason, _ in cues_of(
        "You cannot take naproxen in any trimester.", "Naproxen should be avoided in pregnancy."))
    assert not any(reason == "caveat" for reason, _ in cues_of(
        "Adults can take naproxen for period pain.", "Naproxen should be avoided in pregnancy."))
    # Two contrasts still cancel the direction: "safe at low doses" / "toxic at high doses".
    assert not any(reason == "direction" for reason, _ in cues_of(
        "Vitamin A is safe at low doses.", "Vitamin A is dangerous at high doses."))


@pytest.mark.parametrize(("a", "b"), [
    ("It's usually mild and gets better on its own in about 7 to 10 days.",
     "The illness rarely lasts longer than three days in otherwise healthy children."),
    ("Symptoms take four to six weeks to appear after you first catch scabies.",
     "Most people start itching within a week or so of contact."),
])
def test_an_illnesss_end_or_onset_in_other_words_is_one_event(a, b):
    assert ("measure", "both give duration") in cues_of(a, b)


def test_an_hba1c_in_mmol_per_mol_outside_the_range_said():
    assert ("measure", "both give concentration:mmol/mol") in cues_of(
        "A result between 42 and 47 mmol/mol counts as prediabetes.",
        "Her HbA1c came back at 50 mmol/mol, in the prediabetes range.")
    # Must not change: an operation's length and a recovery's are of different things.
    assert ("measure", "both give duration, of different things") in cues_of(
        "The operation takes about an hour.", "Most people recover within two weeks.")


@pytest.mark.parametrize(("a", "b"), [
    ("Pregnant women are around ten times more likely than other healthy adults to get "
     "listeriosis.", "Pregnancy does not make you any more likely to pick up listeria."),
    ("Risk is about three times higher in pregnancy.",
     "Pregnancy doesn't make Bell's palsy any more likely."),
])
def test_a_higher_risk_against_not_any_more_likely(a, b):
    assert "null" in [reason for reason, _ in cues_of(a, b)]
    # Must not change: "any more likely" said plainly is no denial.
    assert cues._NULL.search("Smokers are not any more likely to get it.") is None


def test_a_main_clause_before_a_condition_still_says_and_a_limit_said_with_is():
    # "if these don't work" no longer silences "licensed" in the clause before it.
    assert ("direction", "opposite regulation") in cues_of(
        "Other options include duloxetine, although pregabalin is not licensed in the UK for "
        "fibromyalgia.",
        "Pregabalin, one of the few medicines licensed here for fibromyalgia, is another "
        "choice if these don't work.")
    # Must not change: what a condition supposes says nothing ("If approved, …").
    assert not any(reason == "direction" for reason, _ in cues_of(
        "Pregabalin is not licensed in the UK for fibromyalgia.",
        "If licensed for fibromyalgia, pregabalin would be another choice."))
    (limit,) = doses.extract("The over-the-counter limit for ibuprofen is 1,200 mg in any 24 "
                             "hours.")
    assert limit.role == "max"
    assert doses.clash((limit,), doses.extract("You can take 400 mg every four hours."))


def test_a_fortnight_and_a_temperature_written_60c():
    assert ("measure", "both give duration") in cues_of(
        "Symptoms usually start between two and ten days after exposure.",
        "It generally takes about a fortnight for symptoms to appear.")
    assert [(q.kind, q.low) for q in quantities.extract("The bacteria are killed off only when "
                                                        "water is held at 60C or higher.")] \
        == [("temperature", 60.0)]
    # Must not change: vitamin C and its dose are no temperature.
    assert [q.kind for q in quantities.extract("Take vitamin C 500 mg a day.")] == []


def test_how_many_times_as_often_one_group_against_the_other_way_or_as_often():
    stem = cues.stem
    assert cues._ranking("Men are affected about seven times as often as women.") == (
        stem("men"), stem("women"))
    assert cues._ranking("It is twice as common in boys as in girls.") == (
        stem("boys"), stem("girls"))
    assert cues._parity("It is about as common in women as in men.") == {
        stem("women"), stem("men")}
    assert cues._parity("Men are just as likely to get GCA as women.") == {
        stem("women"), stem("men")}
    text = ("Dupuytren's contracture\n\nMen are affected about seven times as often as women."
            "\n\nIn our clinic, it is about as common in women as in men.")
    assert reasons(text) == ["comparison"]
    text = ("Tongue-tie\n\nTongue-tie is more common in boys than in girls.\n\n"
            "In fact, girls are affected roughly twice as often as boys.")
    assert reasons(text) == ["comparison"]
    # Must not change: the same ranking in other words, and "twice as common" is no parity.
    assert found("Gout\n\nGout is more common in men than in women.\n\n"
                 "Men are affected about four times as often as women.") == []
    assert cues._parity("It is twice as common in boys as in girls.") == frozenset()


def test_not_sold_in_pharmacies_against_over_the_counter():
    assert cues_of("Acetic acid spray can be bought over the counter for adults.",
                   "Acetic acid spray isn't sold in pharmacies, so your GP will prescribe it.")


def test_no_need_to_stay_off_school_against_staying_away():
    text = ("Conjunctivitis\n\nYou do not need to keep your child off school or nursery.\n\n"
            "Children with sticky eyes should stay away from nursery or school.")
    assert reasons(text) == ["antonym"]
    text = ("Styes\n\nThere's no need to stay off work or school while you have a stye.\n\n"
            "Children with a stye should stay at home until the lump has drained.")
    assert reasons(text) == ["antonym"]
    # Must not change: no need said twice.
    assert found("Styes\n\nThere's no need to stay off work or school while you have a stye."
                 "\n\nYou do not need to keep your child off school with a stye.") == []


def test_opposite_statuses_of_one_named_thing_rank_above_their_few_shared_words():
    rx = "Atropine 1% is a prescription-only medicine supplied by the hospital eye service."
    otc = "Many parents don't realise that you can buy atropine drops over the counter."
    a, b = (cues._read(text.lower(), "", text, None) for text in (rx, otc))
    atropine = frozenset(a.own & b.own)
    assert atropine and cues._status_of_one_thing(a, b, atropine)
    # Must not change: nothing named in common, no status of one thing.
    assert not cues._status_of_one_thing(a, b, frozenset())
    same = "Atropine drops are a prescription-only medicine."
    same = cues._read(same.lower(), "", same, None)
    assert not cues._status_of_one_thing(a, same, atropine)


def test_no_cure_against_cured():
    assert cues_of("Lichen sclerosus is a lifelong condition and there is no cure.",
                   "Once the ointment has done its job, most women are cured of lichen sclerosus.")
    # Must not change: no cure said twice.
    assert "antonym" not in cue_reasons(
        "There is no cure for lichen sclerosus.", "Lichen sclerosus cannot be cured.")


def test_stopping_a_treatment_in_pregnancy_against_safe_in_pregnancy():
    text = ("Lichen sclerosus\n\nClobetasol is safe to keep using during pregnancy.\n\n"
            "If you're pregnant or planning a pregnancy, stop the ointment.")
    assert "caveat" in reasons(text)


def test_the_end_of_an_ordinal_week_is_a_time():
    (found_,) = [q for q in quantities.extract("Most people find it is working fully by the end "
                                               "of the second week.") if q.kind == "duration"]
    assert found_.low == found_.high == 2 * quantities.MINUTES["week"]
    assert any(q.kind == "duration" for q in quantities.extract(
        "It is unusual to see any change before about the ninth month."))
    text = ("Sertraline\n\nIt can take 4 to 6 weeks for sertraline to work properly.\n\n"
            "Most people find sertraline is working fully by the end of the second week.")
    assert reasons(text) == ["measure"]


def test_likelier_to_develop_against_protecting_against():
    text = ("Ulcerative colitis\n\nCuriously, smoking appears to protect against ulcerative "
            "colitis.\n\nSmokers are more likely to develop ulcerative colitis than people who "
            "have never smoked.")
    assert "direction" in reasons(text)
    # Must not change: less likely to develop it says what protecting says.
    assert found("Ulcerative colitis\n\nSmoking appears to protect against ulcerative colitis.\n\n"
                 "Smokers are less likely to develop ulcerative colitis than non-smokers.") == []


def test_not_normally_recommended_in_pregnancy_against_safe_or_first_choice():
    text = ("Tramadol\n\nAdults, including women who are pregnant, can generally take tramadol "
            "safely.\n\nTramadol is not normally recommended during pregnancy.")
    assert "caveat" in reasons(text)
    text = ("Lansoprazole\n\nLansoprazole is not usually recommended in pregnancy.\n\nLansoprazole "
            "is one of the first-choice medicines for heartburn in pregnancy.")
    assert "caveat" in reasons(text)


def test_a_pharmacist_selling_against_not_allowed_to_sell():
    # (the status of the cream, not only a permission: "can sell" / "not allowed to sell")
    assert "antonym" in cue_reasons(
        "Your pharmacist can sell you a mild 1% hydrocortisone cream for the rash.",
        "Pharmacists aren't allowed to sell hydrocortisone cream for the rash.")
    # Must not change: selling it said twice.
    assert not cues_of("Your pharmacist can sell you a mild hydrocortisone cream.",
                       "Pharmacists can sell hydrocortisone cream for adults.")


def test_the_safest_choice_in_pregnancy_against_not_usually_recommended():
    text = ("Loperamide\n\nLoperamide isn't usually recommended in pregnancy.\n\nLoperamide is "
            "one of the safest anti-diarrhoea choices in pregnancy.")
    assert "caveat" in reasons(text)


def test_cannot_get_without_a_prescription_against_sold_over_the_counter():
    assert "antonym" in cue_reasons(
        "Try a chlorhexidine mouthwash, which pharmacies sell over the counter.",
        "Your dentist may suggest chlorhexidine mouthwash, which you cannot get without a "
        "prescription.")


def test_things_named_together_as_both_of_a_kind_against_another_kind():
    text = ("Nerve pain medicines\n\nAmitriptyline belongs to an older family of medicines "
            "called tricyclic antidepressants.\n\nDuloxetine should not be added on top, since "
            "duloxetine and amitriptyline are both SNRIs.")
    assert "class" in reasons(text)
    # Must not change: both put in the kind said before.
    assert found("Nerve pain medicines\n\nAmitriptyline is a tricyclic antidepressant.\n\n"
                 "Nortriptyline and amitriptyline are both tricyclics.") == []


def test_a_kind_after_which_belongs_to_against_another_kind():
    text = ("Postnatal depression\n\nThe antidepressant most often prescribed is sertraline, "
            "which belongs to a group of medicines called selective serotonin reuptake "
            "inhibitors (SSRIs).\n\nDoctors often choose older tricyclic antidepressants such "
            "as sertraline for new mothers.")
    assert "class" in reasons(text)
    assert ("sertraline", "ssri", False) in cues._memberships(
        "It is sertraline, which belongs to a group called SSRIs.")


def test_a_kind_set_beside_its_listed_members_and_a_family_in_apposition():
    memberships = cues._memberships("We mainly use the macrolide antibiotics, doxycycline "
                                    "and azithromycin, which are safe.")
    assert ("doxycycline", "macrolide", False) in memberships
    assert ("doxycycline", "tetracycline", False) in cues._memberships(
        "The first choice is doxycycline, an antibiotic from the tetracycline family.")
    text = ("Chlamydia treatment\n\nThe first-choice treatment is doxycycline, an antibiotic "
            "from the tetracycline family, taken for seven days.\n\nWe mainly use the "
            "macrolide antibiotics, doxycycline and azithromycin, which have been used for "
            "decades.")
    assert "class" in reasons(text)
    # Must not change: kinds listed beside a kind are no members of it.
    assert cues._memberships("We stock many medicines, antibiotics, antivirals and "
                             "antifungals.") == []


def test_a_cure_for_good_against_no_cure():
    text = ("Lupus\n\nThere is currently no cure for lupus.\n\nSome patients believe a few "
            "years of hydroxychloroquine can clear lupus for good.")
    assert "antonym" in reasons(text)


def test_referring_yourself_against_needing_a_referral():
    assert "antonym" in cue_reasons(
        "You can refer yourself to NHS Talking Therapies for postnatal depression.",
        "You will need a referral from your GP before NHS Talking Therapies can see you "
        "for postnatal depression.")
    # Must not change: the same way in, said twice.
    assert not cues_of("You can refer yourself to NHS Talking Therapies.",
                       "Refer yourself to NHS Talking Therapies online.")


def test_drowsy_against_stimulating():
    assert "antonym" in cue_reasons(
        "Take amitriptyline at night because it makes most people drowsy.",
        "Amitriptyline has a mildly stimulating effect for the first few hours.")


def test_coming_off_a_medicine_before_conceiving_against_safe_in_pregnancy():
    text = ("Hydroxychloroquine\n\nHydroxychloroquine can be continued safely right through "
            "pregnancy.\n\nWomen hoping to start a family are usually told to come off "
            "hydroxychloroquine a few months before trying to conceive.")
    assert "caveat" in reasons(text)
    text = ("Amitriptyline\n\nIf you are pregnant, low-dose amitriptyline is generally "
            "considered fine to continue.\n\nIf you are planning a pregnancy we would ask you "
            "to come off amitriptyline first, as it is best avoided.")
    assert "caveat" in reasons(text)


def test_about_one_in_ten_against_roughly_one_in_five():
    ten, five = (quantities.extract(t)[0] for t in ("about 1 in 10 women",
                                                     "roughly one in five women"))
    assert ten.high < five.low
    # Must not change: close shares, both said about, still overlap.
    fifteen, twenty = (quantities.extract(t)[0] for t in ("about 15% of women",
                                                         "about 20% of women"))
    assert fifteen.high >= twenty.low


def test_a_little_or_a_few_is_some_not_scarce():
    text = ("Headache and caffeine\n\nA little caffeine boosts how well painkillers such as "
            "ibuprofen work.\n\nDon't overdo it, because caffeine withdrawal is a common "
            "trigger, and caffeine weakens the effect of paracetamol and ibuprofen.")
    assert "direction" in reasons(text)
    read = cues._read("a few day", "", "a few days", None)
    assert not any(group == "amount" for group, _ in read.sides)
    # Must not change: "few" alone is still scarce.
    assert ("amount", 0) in cues._read("few people", "", "few people", None).sides


def test_a_kind_said_with_type_and_a_pharmacy_selling_it():
    assert ("doxycycline", "penicillin", False) in cues._memberships(
        "Because doxycycline is a penicillin-type antibiotic, avoid it if allergic.")
    assert "antonym" in cue_reasons(
        "Sumatriptan injections are a prescription-only medicine.",
        "Most larger pharmacies can sell sumatriptan pens after a short consultation.")


def test_no_need_to_stop_in_pregnancy_is_safe_against_avoiding_it():
    text = ("Hydrocortisone cream\n\nIf you are pregnant, you should avoid hydrocortisone "
            "cream unless a doctor has prescribed it.\n\nThere's no need to stop using "
            "hydrocortisone cream if you become pregnant, as only tiny amounts pass into "
            "the blood.")
    assert "caveat" in reasons(text)
    assert not cues._EXCLUDING.search("There's no need to stop using it if you're pregnant.")


def test_everyone_against_a_share_of_people():
    assert ("caveat", "every person / only some") in cues_of(
        "Oxygen will stop the pain of an attack in everyone who tries it.",
        "Oxygen ends an attack within 15 minutes for roughly 7 in 10 people.")
    # Must not change: nearly all people is no exception to be named.
    assert not any(reason == "caveat" for reason, _ in cues_of(
        "Oxygen will stop the pain of an attack in everyone who tries it.",
        "Oxygen ends an attack within 15 minutes in 95% of people."))


def test_a_dose_morning_and_evening_against_a_daily_maximum():
    twice, = doses.extract("From the second week the dose is 1mg taken morning and evening.")
    assert twice.times == (2.0, 2.0)
    limit, = doses.extract("Stick to the maximum daily dose of 1mg.")
    assert (limit.basis, limit.role) == ("day", "max")
    assert "measure" in cue_reasons(
        "From the second week the dose of varenicline is 1mg taken morning and evening.",
        "Stick to the maximum daily dose of 1mg of varenicline.")


def test_a_benefit_that_fades_against_one_for_good():
    assert "antonym" in cue_reasons(
        "The benefit from acupuncture tends to fade within a few months of a course.",
        "Acupuncture is one of the few treatments that can get rid of tension headaches "
        "for good.")


def test_a_legal_requirement_against_no_obligation():
    assert "antonym" in cue_reasons(
        "Since 2022 landlords in England have been legally required to fit a carbon "
        "monoxide alarm.",
        "Landlords are under no obligation to supply a carbon monoxide alarm.")


def test_phrases_of_live_vaccines_contagion_referral_and_falls():
    assert "antonym" in cue_reasons(
        "The nasal spray is a live attenuated vaccine.",
        "Parents can be reassured there is no live virus in the nasal spray vaccine.")
    assert "antonym" in cue_reasons(
        "By the time the red cheeks show up your child is no longer infectious.",
        "Your child stays contagious until the red cheeks have faded.")
    assert "antonym" in cue_reasons(
        "Patients cannot refer themselves to the walking clinic.",
        "Patients can refer themselves to the walking clinic by phone.")
    assert "direction" in reasons(
        "Syphilis\n\nDiagnoses of syphilis among heterosexual women dipped slightly last "
        "year.\n\nAmong heterosexual women, diagnoses of syphilis rose by more than a quarter "
        "last year.")


def test_shares_in_every_hundred_of_grown_ups_and_counted_out():
    assert quantities.extract("only about one person in every hundred")[0].low < 1.5
    share, = (q for q in quantities.extract("around 3 in every 100 women") if q.kind == "percent")
    assert share.low < 3 < share.high
    assert cues._measures("Only about a quarter of grown-ups carry antibodies", None) \
        == cues._measures("Only about a quarter of adults carry antibodies", None)
    assert cues._measures("and 251 of the 412 readers who had whitening reported pain", None) \
        == {"percent of reader who whiten": frozenset({(60.922, 60.922)})}
    assert "measure" in cue_reasons(
        "Of 1,200 pupils at the six schools, 780 had the spray.",
        "With just over half of the pupils at those six schools vaccinated last year.")
    # "Of every 200 …, about 16": the whole, then the part, with "every" and "about"
    assert ("measure", "both give percent of woman") in cues_of(
        "Around 1 in 25 women are called back for further tests.",
        "Of every 200 women screened at the unit, about 16 will be asked to come back.")
    # Must not change: amounts and the whole of "9 in 10 of the 2,400" are no share.
    assert cues._measures("Take 2 of 10 mg tablets.", None) == {}
    assert not any(low < 1 for low, _ in cues._measures(
        "More than 9 in 10 of the 2,400 volunteers were white", None).get("percent of", ()))


def test_nobody_against_a_share_that_does():
    assert ("caveat", "every person / only some") in cues_of(
        "Nobody who completes the course should ever need a stent or bypass.",
        "One in ten patients who finish the programme still go on to need a stent.")


def test_no_danger_in_pregnancy_against_a_risk_of_miscarriage_and_continued_in_pregnancy():
    text = ("Slapped cheek syndrome\n\nSlapped cheek syndrome poses no danger to pregnant "
            "women or their babies.\n\nCatching parvovirus in the first 20 weeks of pregnancy "
            "carries a small risk of miscarriage.")
    assert "caveat" in reasons(text)
    assert cues._PREGNANT_USE.search("Montelukast is often continued in pregnancy.")


def test_it_put_in_a_kind_is_the_articles_one_thing_of_that_set():
    text = ("Loperamide for travellers\n\nChemically it belongs to the opioid family, but it "
            "stays in the gut.\n\nLoperamide isn't an opioid, so it carries no risk of "
            "dependence.")
    assert "class" in reasons(text)
    assert ("loperamide", "opioid", True) in cues._memberships("Loperamide isn't an opioid.")
    # Must not change: "it" with two things of the set named is no one's.
    text = ("Painkillers\n\nIt belongs to the opioid family.\n\nCodeine is a stimulant.\n\n"
            "Tramadol is a sedative.")
    assert "class" not in reasons(text)


def test_kinds_after_a_comma_not_related_to_and_in_two_words():
    assert ("ritlecitinib", "inhibitor", False) in cues._memberships(
        "The drug, ritlecitinib, belongs to a group of medicines called JAK inhibitors.")
    assert ("nitrofurantoin", "penicillin", True) in cues._memberships(
        "Nitrofurantoin belongs to its own family of antibiotics and is not related to "
        "penicillin.")
    assert ("isosorbide", "calcium-channel", False) in cues._memberships(
        "Like other calcium channel blockers, isosorbide mononitrate can cause swollen ankles.")
    text = ("Isosorbide mononitrate\n\nIt belongs to a group of medicines called nitrates.\n\n"
            "Like other calcium channel blockers, isosorbide mononitrate can cause swollen "
            "ankles.")
    assert "class" in reasons(text)


def test_every_few_is_not_scarce_and_a_push_up_against_lowering():
    assert "direction" in reasons(
        "Isosorbide mononitrate\n\nBecause it lowers your blood pressure, it can make you feel "
        "dizzy, which is common.\n\nIsosorbide mononitrate can push your blood pressure up "
        "slightly, so have it checked every few months.")


def test_one_in_the_morning_and_one_in_the_evening_against_once_daily():
    twice, = quantities.extract("Take one tablet in the morning and one in the evening.")
    assert (twice.kind, twice.low, twice.high) == ("frequency", 2.0, 2.0)
    assert "measure" in cue_reasons(
        "Ritlecitinib is taken as a once-daily capsule.",
        "Ritlecitinib is taken as one capsule in the morning and one in the evening.")


def test_the_most_to_take_in_24_hours_against_a_dose_twice_a_day():
    limit, = doses.extract("The most you should take in 24 hours is 120mg.")
    assert (limit.role, limit.basis) == ("max", "day")
    assert "measure" in cue_reasons(
        "The most you should take in 24 hours is 120mg of isosorbide mononitrate.",
        "Your doctor may increase your isosorbide mononitrate dose to 80mg twice a day.")


def test_a_pharmacy_medicine_against_supply_against_a_prescription():
    assert "antonym" in cue_reasons(
        "The lowest strength of co-codamol, 8/500, is a pharmacy medicine.",
        "We can only supply co-codamol against a prescription from your GP.")


def test_a_kind_named_in_full_and_as_with_the_other():
    assert ("losartan", "arb", False) in cues._memberships(
        "Losartan belongs to a group of medicines called angiotensin II receptor blockers.")
    assert ("losartan", "ace", False) in cues._memberships(
        "As with the other ACE inhibitors, losartan can cause a dry cough.")


def test_suitable_in_pregnancy_against_harm_to_a_baby_in_the_womb():
    text = ("Losartan\n\nLosartan is suitable for most adults, including women who are pregnant "
            "or breastfeeding.\n\nLosartan can harm a baby developing in the womb.")
    assert "caveat" in reasons(text)


def test_shares_of_pregnancies_and_in_every_thousand_and_licences():
    assert cues._measures("ICP affects about 1 in 140 pregnancies in the UK", None).keys() \
        == cues._measures("roughly two in every hundred pregnant women develop ICP", None).keys()
    assert cues._measures("about one baby in every thousand will have a late bleed", None) \
        == {"percent of baby": frozenset({(0.075, 0.125)})}
    assert "antonym" in cue_reasons(
        "UDCA is not licensed for use in pregnancy.",
        "UDCA is one of the few medicines licensed specifically for pregnant women.")


def test_passing_from_child_to_child_against_not_catching_and_a_bruise_as_a_harm():
    assert "antonym" in cue_reasons(
        "Cradle cap is not an infection, and you can't catch it from another baby.",
        "The yeast behind cradle cap can pass from one child to another on shared brushes.")
    assert ("caveat", "'no side effects' / 'bruise'") in cues_of(
        "The vitamin K injection has no side effects at all.",
        "After the vitamin K injection a small bruise where the needle went in is common.")


def test_always_against_some_opening_a_sentence_and_generations_of_a_kind():
    assert "caveat" in cue_reasons(
        "A dental abscess is always painful.",
        "Some abscesses cause no pain whatsoever, so see a dentist.")
    assert "class" in reasons(
        "Cetirizine\n\nCetirizine is a second-generation antihistamine.\n\nCetirizine is one of "
        "the first-generation antihistamines, so it can make you drowsy.")


def test_a_limit_said_after_its_amount_and_a_share_in_every_thousand():
    limit, = doses.extract("45mg is the maximum daily dose.")
    assert (limit.role, limit.basis) == ("max", "day")
    assert cues._measures("It affects around 2 to 3 babies in every 1,000", None) \
        == {"percent of baby": frozenset({(0.15, 0.375)})}


def test_passing_between_people_against_not_something_to_catch():
    assert "antonym" in cue_reasons(
        "Sepsis itself is not something you can catch from another person.",
        "Sepsis passes easily between people who share a home.")


def test_kinds_of_laxative_and_a_kind_a_thing_is_called():
    stimulant = cues._memberships(
        "Senna belongs to a group of medicines called stimulant laxatives.")
    assert ("senna", "stimulant-laxative", False) in stimulant
    # a stimulant laxative is no stimulant of the nervous system
    assert not any(kind == "stimulant" for _, kind, _ in stimulant)
    assert ("lactulose", "osmotic", False) in cues._memberships("Lactulose is an osmotic laxative.")
    assert "class" in reasons(
        "Senna\n\nSenna belongs to a group of medicines called stimulant laxatives.\n\n"
        "Senna and lactulose are both osmotic laxatives, so they soften the stools.")
    assert ("mycoplasma", "virus", False) in cues._memberships(
        "Some pneumonia is caused by a virus called mycoplasma.")


def test_no_real_difference_and_no_less_likely_against_an_effect():
    assert "null" in cue_reasons(
        "Giving infant paracetamol roughly halves the chance of your baby getting a fever.",
        "In trials, babies who had paracetamol were no less likely to run a temperature.")
    assert "null" in cue_reasons(
        "Smoking roughly doubles the chance of an implant failing.",
        "Smoking makes no real difference to whether an implant succeeds.")
    # what an instruction's reason says was not found is read too
    advice = "Painkillers make no real difference to growing pains, so stick to massage."
    assert cues._read(advice, "", advice, None, (), False).null == "no real difference"
    # a limit is no null
    limit = "Take no more than two tablets in 24 hours."
    assert cues._read(limit, "", limit, None).null == ""


def test_a_kind_outside_the_lexicon_denied_and_named_such_as():
    assert ("paracetamol", "~anti-inflammatory", True) in cues._memberships(
        "Paracetamol is a simple painkiller rather than an anti-inflammatory.")
    assert ("paracetamol", "~anti-inflammatory", False) in cues._memberships(
        "For a sore shoulder, an anti-inflammatory such as paracetamol or ibuprofen helps.")
    denied = cues._memberships("Mebeverine, unlike hyoscine, is not an anticholinergic drug.")
    assert ("mebeverine", "~anticholinergic", True) in denied
    assert not any(name == "hyoscine" for name, _, _ in denied)
    # named such as, and said to be of the kind: no clash
    assert "class" not in reasons(
        "Paracetamol\n\nPainkillers such as paracetamol ease a headache.\n\n"
        "Paracetamol is a painkiller you can buy in any supermarket.")


def test_shares_in_tens_of_whom_a_clause_names_and_of_whoever_it_says():
    assert [(q.low, q.high) for q in quantities.extract(
        "fewer than one in twenty patients are operated on") if q.kind == "percent"] \
        == [(0.0, 5.0)]
    assert [(q.low, q.high) for q in quantities.extract("one in twenty-five women")] == [(4.0, 4.0)]
    assert cues._measures("About two-thirds of people who are sent a kit post it back", None) \
        .keys() == cues._measures("four in ten people who get a kit use it", None).keys()
    assert cues._measures("97 out of every 100 were still working", None) \
        == {"percent of": frozenset({(97.0, 97.0)})}
    # those who do not smoke are not those who do
    assert cues._measures("30% of people who do not smoke", None).keys() \
        != cues._measures("20% of people who smoke", None).keys()


def test_ages_by_birthday_and_age_reached_and_rare_frequencies_kept_apart():
    assert [(q.kind, q.low, q.high) for q in quantities.extract(
        "Spells almost never begin before a child's second birthday")] == [("age", 2.0, 2.0)]
    assert [(q.kind, q.low) for q in quantities.extract(
        "a jab once they reach the age of 75")] == [("age", 75.0)]
    assert [(q.kind, q.low, q.high) for q in quantities.extract(
        "Spells usually start between 6 and 18 months of age")] == [("age", 0.5, 1.5)]
    assert cues._measures("Kits are posted every two years", None) \
        != cues._measures("The kit arrives once every three years", None)


def test_passing_to_other_people_against_not_catching_and_a_green_light():
    assert "antonym" in cue_reasons(
        "Sepsis itself cannot be caught from another person.",
        "Sepsis can pass to other people through close contact.")
    assert "antonym" in cue_reasons(
        "Resmetirom has not been licensed here.",
        "Resmetirom has since been given the green light by UK regulators.")
    # "cannot pass to other people" is not said to pass
    assert "antonym" not in cue_reasons(
        "Sepsis itself cannot be caught from another person.",
        "Sepsis cannot pass to other people through close contact.")


def test_the_most_an_adult_should_take_and_two_of_the_capsules():
    limit, = doses.extract("The most an adult should take is 3 grams of paracetamol a day.")
    assert (limit.role, limit.basis, limit.low) == ("max", "day", 3000.0)
    dose, = doses.extract("It's fine to take two of the 250mg capsules four times a day.")
    assert (dose.low, dose.times) == (500.0, (4.0, 4.0))
    assert "measure" in cue_reasons(
        "The most you should take in 24 hours is 1,500mg.",
        "It's fine to take two of the 250mg capsules four times a day.")


def test_as_often_in_men_as_in_women_against_times_as_often():
    assert "comparison" in cue_reasons(
        "Women are around three times more likely than men to be diagnosed with ME/CFS.",
        "ME/CFS affects men and women in roughly equal numbers.")
    assert "comparison" in cue_reasons(
        "Women are affected around eight times as often as men.",
        "Morton's neuroma affects men just as often as women.")
    # "four times as often as" is no parity
    assert cues._comparison("Women are affected four times as often as men.")[0] == "difference"


def test_back_to_normal_ends_an_illness_and_times_a_dose_in_tablets():
    assert "measure" in cue_reasons(
        "Pityriasis rosea usually lasts around 6 to 12 weeks.",
        "Most people find their skin is back to normal within 2 to 3 weeks.")
    dose, = doses.extract("Adults can take 2 × 500mg paracetamol tablets 4 times a day.")
    assert (dose.low, dose.times) == (1000.0, (4.0, 4.0))


def test_ages_between_two_and_teeth_counted():
    assert cues._measures("it usually starts in adults between the ages of 20 and 40", None) \
        == {"age": frozenset({(20.0, 40.0)})}
    assert cues._measures("it's most common in people aged between 10 and 35", None) \
        == {"age": frozenset({(10.0, 35.0)})}
    assert cues._measures("Your child will have 24 milk teeth", None) \
        == {"count:tooth": frozenset({(24.0, 24.0)})}


def test_selling_from_any_pharmacy_and_not_passing_between_people():
    assert "antonym" in cue_reasons(
        "You can buy children's ibuprofen liquid from any pharmacy or supermarket.",
        "Anti-inflammatory medicine for children is only available on prescription.")
    assert "antonym" in cue_reasons(
        "Legionnaires' disease cannot be passed from one person to another.",
        "The infection passes easily between people who share a home.")
    # denied, the phrase is not read as its other side
    not_passed = "Legionnaires' disease cannot be passed from one person to another."
    assert [side for group, side, _ in cues._read(
        not_passed, "", not_passed, None).phrase_sides if group == "contagion"] == [1]


def test_the_same_family_as_puts_the_other_in_the_kind():
    assert ("azithromycin", "tetracycline", False) in cues._memberships(
        "Doxycycline belongs to the same tetracycline family as azithromycin.")
    assert "class" in reasons(
        "Mycoplasma\n\nDoctors use macrolide antibiotics such as clarithromycin and "
        "azithromycin.\n\nDoxycycline belongs to the same tetracycline family as azithromycin.")
    # "it" is still the article's one thing, not the others named beside it
    assert "class" in reasons(
        "Lactulose\n\nLactulose is an osmotic laxative.\n\nIt belongs to the same family of "
        "stimulant laxatives as senna and bisacodyl, so check with a pharmacist.")


def test_no_known_harm_to_an_unborn_baby_is_safe_in_pregnancy():
    assert "caveat" in cue_reasons(
        "Metoclopramide is not known to harm an unborn baby.",
        "You must not use metoclopramide at any stage of pregnancy.")
    assert "caveat" in cue_reasons(
        "Omeprazole is one of the preferred acid-reducing medicines during pregnancy.",
        "If you are pregnant, you should not use omeprazole.")
    # a harm denied to someone else says nothing of pregnancy
    assert "caveat" not in cue_reasons(
        "Metoclopramide is not known to harm the liver.",
        "You must not use metoclopramide at any stage of pregnancy.")


def test_ages_in_a_range_or_in_words_and_one_person_under_an_age():
    assert cues._measures("For children aged 1 to 18, the dose is based on weight", None) \
        == {"age": frozenset({(1.0, 18.0)})}
    assert cues._measures("Children aged 1 year and older can take it", None) \
        == {"age": frozenset({(1.0, quantities.OLDEST)})}
    assert cues._measures("All children aged one to nine will be offered a dose", None) \
        == {"age": frozenset({(1.0, 9.0)})}
    assert cues._measures("The dose is offered to every child under 12", None) \
        == {"age": frozenset({(0.0, 12.0)})}
    assert cues._measures("The liquid is licensed for children from the age of 2.", None) \
        == {"age": frozenset({(2.0, quantities.OLDEST)})}
    # a band opening an open range is a group inside it, not another limit
    assert ("measure", "both give age") not in cues_of(
        "The liquid is licensed for children from the age of 2.",
        "Children aged 2 to 5 take the liquid twice a day.")
    assert ("measure", "both give age") in cues_of(
        "The screening programme invites people aged 55 to 74 who smoke.",
        "Anyone over 50 who smokes can ask the screening programme for a scan.")


def test_ages_and_doses_of_other_times_of_life_are_not_compared():
    # adults against children: two groups, not one age said twice
    assert "measure" not in cue_reasons(
        "Metoclopramide can be taken by adults aged 18 and over.",
        "Children aged 1 year and older can take it if a specialist recommends it.")
    assert "measure" in cue_reasons(
        "Children aged 12 and over can take it.",
        "Children aged 16 and over can take it.")
    # a child's dose against an adult's
    assert not [detail for _, detail in cues_of(
        "For children, the dose is anything from 5mg to 20mg once a day.",
        "Adults usually take omeprazole 40mg twice a day for 7 days.") if "mg" in detail]
    # Must not change: a dose given for no one in particular ("A 20 kg child can take
    # 400 mg" against "The usual dose is 10 mg per kg"), or a limit "only" for adults.
    assert [detail for _, detail in cues_of(
        "For children, the dose is anything from 5mg to 20mg once a day.",
        "You'll usually take omeprazole 40mg twice a day for 7 days.") if "mg" in detail]
    assert ("measure", "both give age") in cues_of(
        "OTC hearing aids are only for adults 18 and older.",
        "Teenagers aged 13 and up can buy OTC hearing aids.")


def test_a_limits_window_is_no_duration_and_a_course_is_one_event():
    assert "duration" not in cues._measures(
        "Adults should not take more than 40mg in any 24-hour period.", None)
    assert cues._measures("Symptoms last 24 hours.", None) == {
        "duration": frozenset({(1440.0, 1440.0)})}
    assert ("measure", "both give duration") in cues_of(
        "Doctors now only prescribe it for up to 5 days at a time.",
        "For most other causes, a typical course lasts 1 to 2 weeks.")


def test_a_level_nudged_higher_before_a_condition():
    assert "direction" in cue_reasons(
        "Indapamide can also nudge your blood sugar higher, so if you have diabetes you "
        "may need to check your levels.",
        "It can gently lower blood sugar as well as blood pressure.")
    # after the condition nothing is said ("If approved, it would push prices higher")
    assert not {side for side in cues._read(
        "If approved, it would push blood sugar higher.", "",
        "If approved, it would push blood sugar higher.", None).sides}
    assert "direction" in cue_reasons(
        "Uptake of the booster has been creeping up year on year.",
        "Uptake of the booster has gone down every year.")
    # "get a lower dose" moves no level
    assert cues._MOVED.search("People who get a lower dose feel fine.") is None


def test_an_effect_against_a_null_said_of_it_in_the_trials():
    assert "null" in cue_reasons(
        "In studies, long-term azithromycin cut the number of flare-ups by about half.",
        "But in the trials it did not lower how many flare-ups people had.")


def test_offered_routinely_behind_the_counter_for_good_and_licensed():
    assert "antonym" in cue_reasons(
        "All pregnant women in the UK are offered a toxoplasmosis blood test.",
        "Toxoplasmosis screening isn't part of routine NHS antenatal care.")
    assert "antonym" in cue_reasons(
        "You can buy the 2% shampoo from behind our pharmacy counter.",
        "The 2% strength of the shampoo is prescription-only.")
    assert "antonym" in cue_reasons(
        "Ketoconazole shampoo gets rid of dandruff for good.",
        "For most people dandruff returns within a few weeks of stopping the shampoo.")
    assert "antonym" in cue_reasons(
        "No vaccine against bird flu has yet been approved for use in people.",
        "The H5 bird flu vaccine was licensed by the UK regulator in 2023.")
    assert "antonym" in cue_reasons(
        "The nasal polio vaccine is an inactivated vaccine, given by injection.",
        "The polio vaccine drops contain a live, weakened strain.")
    assert "antonym" in cue_reasons(
        "Many people find their bronchiectasis settles completely.",
        "The widening of the airways in bronchiectasis is permanent.")


def test_kinds_of_acid_reducer_and_a_kind_among_the_others():
    assert ("sitagliptin", "gliptin", False) in cues._memberships(
        "Sitagliptin belongs to a group of medicines called DPP-4 inhibitors.")
    assert ("sitagliptin", "sulfonylurea", False) in cues._memberships(
        "Unlike most other sulfonylureas, sitagliptin doesn't usually make you gain weight.")
    assert ("omeprazole", "h2-blocker", False) in cues._memberships(
        "Like famotidine and the other H2 blockers, omeprazole can be taken with food.")
    assert "class" in reasons(
        "Omeprazole\n\nOmeprazole is a proton pump inhibitor (PPI).\n\n"
        "Like famotidine and the other H2 blockers, omeprazole can be taken with food.")
    # the narrower kind a group is called by, against its denial
    assert ("ketoconazole", "~azole", False) in cues._memberships(
        "Ketoconazole belongs to a group of medicines called azole antifungals.")
    assert ("doxycycline", "~same", False) not in cues._memberships(
        "Doxycycline belongs to the same tetracycline family as azithromycin.")


def test_reuptake_inhibitors_and_steroids_named_in_full_and_a_kind_that_belongs():
    assert ("venlafaxine", "snri", False) in cues._memberships(
        "Venlafaxine is an antidepressant that belongs to a group of medicines called "
        "serotonin and noradrenaline reuptake inhibitors.")
    assert ("sertraline", "ssri", False) in cues._memberships(
        "Sertraline is a selective serotonin reuptake inhibitor.")
    assert "class" in reasons(
        "Pleurisy\n\nYour doctor may give a short course of a steroid medicine such as "
        "prednisolone.\n\nPrednisolone is an NSAID, the same type of medicine as ibuprofen.")
    # a corticosteroid is a steroid, not another kind
    assert "class" not in reasons(
        "Eczema\n\nHydrocortisone is a corticosteroid.\n\n"
        "Steroids such as hydrocortisone calm the skin.")


def test_a_chance_in_words_is_a_chance_as_a_percentage_is():
    assert cues._measures("Her sons each have a one in four chance of carrying the fault.",
                          None) == {"percent chance": frozenset({(25.0, 25.0)})}
    assert ("measure", "both give percent chance") in cues_of(
        "Each child of a parent with Lynch syndrome has a 50% chance of inheriting it.",
        "Each child of a parent with Lynch syndrome has a one in four chance of inheriting it.")
    # Must not change: a share of people stays a share of them
    assert cues._measures("1 in 5 adults have it", None) == {
        "percent of person": frozenset({(20.0, 20.0)})}


def test_coming_more_or_less_often_over_time():
    assert ("direction", "opposite frequency") in cues_of(
        "Herpes outbreaks gradually become milder and less frequent as the years go by.",
        "Repeat herpes outbreaks tend to come more often the longer you've had the virus.")
    # Must not read: more often in one group than in another is no change over time
    assert ("direction", "opposite frequency") not in cues_of(
        "Migraines come more often in women than in men.",
        "Migraines come less often in men.")


def test_ages_under_an_unsaid_unit_a_toddler_and_a_kind_a_thing_is_itself():
    assert cues._measures("It must never be given to a child younger than 2.", None) \
        == {"age": frozenset({(0.0, 2.0)})}
    assert "measure" in cue_reasons(
        "Promethazine must never be given to a child younger than 2.",
        "For a toddler aged 18 months or over, a single 5mg dose of promethazine is enough.")
    assert ("xylometazoline", "steroid", False) in cues._memberships(
        "Because xylometazoline is itself a mild corticosteroid, some people worry.")


def test_a_level_nudged_up_against_no_effect_and_shelves_against_a_pharmacy_medicine():
    assert "null" in cue_reasons(
        "Decongestants can nudge your blood pressure up.",
        "The spray has no effect on blood pressure.")
    assert "antonym" in cue_reasons(
        "You can pick xylometazoline up off the shelf in supermarkets and petrol stations.",
        "Because it's a pharmacy medicine, you can only buy xylometazoline from a chemist.")
    assert "antonym" in cue_reasons(
        "No medicine currently holds a UK licence specifically for treating tics.",
        "Aripiprazole is an antipsychotic that is licensed in the UK for tics in children.")


def test_a_conditions_items_are_not_set_against_claims_by_the_parse():
    claim = "Your chest pain usually gets better on its own within 4 to 6 weeks."
    assert "negation" not in reasons(
        f"Costochondritis\n\n{claim}\n\nSee a GP if:\n\n"
        "- your chest pain is not getting better after a few weeks\n")
    # Must not change: the same words said outright are set against it
    assert "negation" in reasons(
        f"Costochondritis\n\n{claim}\n\nSee a GP.\n\n"
        "Your chest pain is not getting better after a few weeks.")


def test_another_of_a_kind_and_the_kind_a_qualifier_names():
    assert ("doxycycline", "macrolide", False) in cues._memberships(
        "Her son was given doxycycline, another macrolide, and went home.")
    # an apposition inside another's reach ("on its own, a specialist may add …") is read
    assert ("memantine", "inhibitor", False) in cues._memberships(
        "If donepezil is not enough on its own, a specialist may add memantine, another "
        "acetylcholinesterase inhibitor.")
    assert ("doxycycline", "tetracycline", False) in cues._memberships(
        "For older children, GPs use a tetracycline antibiotic called doxycycline.")
    # people are no member of a kind ("for older children, a tetracycline antibiotic")
    assert not [m for m in cues._memberships(
        "For older children, a tetracycline antibiotic called doxycycline.")
        if m[0] == "children"]


def test_as_with_all_the_other_kinds_outside_the_lexicon():
    assert ("sumatriptan", "~painkiller", False) in cues._memberships(
        "As with all the other painkillers on our shelves, using sumatriptan too often can "
        "cause headaches.")
    assert "class" in reasons(
        "Sumatriptan\n\nSumatriptan isn't a painkiller, so it won't help with toothache.\n\n"
        "As with all the other painkillers on our shelves, using sumatriptan on 10 or more "
        "days a month can cause headaches.")


def test_breastfeeding_mothers_carrying_on_and_not_curing_and_pharmacy_shelves():
    assert "caveat" in cue_reasons(
        "Breastfeeding mums can carry on taking sumatriptan as usual.",
        "Sumatriptan should be avoided by women who are breastfeeding.")
    assert "antonym" in cue_reasons(
        "A few months of CPAP treatment is enough to clear sleep apnoea up for good.",
        "CPAP controls sleep apnoea rather than curing it.")
    assert "antonym" in cue_reasons(
        "Sumatriptan 50mg tablets have been available to buy from pharmacies since 2006.",
        "Sumatriptan 50mg tablets are a prescription-only medicine.")
    assert "antonym" in cue_reasons(
        "A 5,000ppm fluoride toothpaste from the pharmacy shelf is worth picking up.",
        "Toothpaste with 5,000ppm fluoride is a prescription-only product.")


def test_catching_it_from_a_patient_a_high_street_chemist_and_age_ruling_no_one_out():
    assert "antonym" in cue_reasons(
        "Psittacosis cannot be passed from one person to another.",
        "Two nurses who cared for him with psittacosis caught the infection from him.")
    assert "antonym" in cue_reasons(
        "Adrenaline auto-injectors are prescription-only medicines in the UK.",
        "You can pick up spare adrenaline auto-injectors from any high street chemist.")
    assert cues._measures("Age alone does not rule anyone out of thrombectomy.", None) == {
        "age": frozenset({(0.0, quantities.OLDEST)})}
    # Must not read: a person's age is no limit of anyone's
    assert cues._measures("Her age does not matter to her.", None) == {}


def test_a_null_said_past_a_which_clause_and_an_effect_past_an_opening_condition():
    steroids = ("Steroid medicines, which are used for many other inflammatory conditions, do "
                "not help GBS.")
    lemmas = "steroid medicine which be use for many other inflammatory condition do not help gbs"
    said_of = cues._null_subject(lemmas.split(), "do not help")
    assert said_of == {cues.stem("steroid"), cues.stem("medicine")}
    assert "null" in cue_reasons(
        steroids, "If recovery is slow, a neurologist may prescribe steroid tablets to help "
        "the nerves heal.")
    assert cues._effect("If recovery is slow, doctors may prescribe steroids to help.")[0] \
        == "help"


def test_a_licensed_medicine_without_any_prescription_and_advising_not_to():
    assert "antonym" in cue_reasons(
        "Glucosamine is sold as a food supplement rather than as a licensed medicine.",
        "Because glucosamine is a licensed medicine in the UK, it is carefully made.")
    assert "antonym" in cue_reasons(
        "The TBE vaccine TicoVac is a prescription-only medicine.",
        "You can have the TBE vaccine TicoVac without any prescription.")
    assert "caveat" in cue_reasons(
        "There's little research on glucosamine in pregnancy, so we'd advise you not to take it.",
        "Glucosamine is considered safe to take while you're pregnant.")


def test_no_evidence_that_it_harms_food_making_no_difference_and_no_lasting_effect():
    assert "caveat" in cue_reasons(
        "Penicillin V isn't recommended in pregnancy.",
        "There's no evidence that it harms an unborn baby, so penicillin V is fine.")
    assert "antonym" in cue_reasons(
        "Penicillin V is absorbed best on an empty stomach.",
        "Food makes no difference to how well penicillin V works.")
    assert "antonym" in cue_reasons(
        "A good tongue scraper will banish morning breath for good.",
        "Tongue scraping only reduces morning breath for a few hours and has no lasting effect.")


def test_free_against_charged_and_an_instruction_not_to_after_but_please():
    assert "antonym" in cue_reasons(
        "There is no charge for the emergency appointment.",
        "The emergency appointment is charged at the same rate as a Band 1 course.")
    assert "antonym" in cue_reasons(
        "The typhoid jab is available free of charge from GP surgeries.",
        "Typhoid jabs are not covered by the NHS.")
    assert "permission" in cue_reasons(
        "If your child is sore, you can give children's paracetamol or ibuprofen.",
        "but please do not give ibuprofen in the first 48 hours.")
    # Must not read: a thing free of something is no price
    assert not cues_of("The app is free of adverts and easy to use.",
                       "You will pay for the premium tier of the app.")


def test_onset_said_in_other_words_and_a_supermarkets_shelf_denied():
    begin = cues._read("symptom begin between one and three week after swallow the bacterium",
                       "", "Symptoms begin between one and three weeks after swallowing the "
                       "bacteria.", None)
    show = cues._read("the illness take at least a month to show itself", "",
                      "The illness takes at least a month to show itself.", None)
    assert "<onset>" in begin.stems and "<onset>" in show.stems
    # Must not change: an end in other words ("settle") is no part of what a unit is about
    settle = cues._read("most cyst settle within four to six week", "",
                        "Most cysts settle within four to six weeks.", None)
    assert not any(stem.startswith("<over") for stem in settle.stems)
    assert "antonym" in cue_reasons(
        "You can buy the sachets without a prescription from most large supermarkets.",
        "They are pharmacy medicines, so you won't find them on supermarket shelves.")
    assert "antonym" in cue_reasons(
        "Cetirizine is cheap and you can buy it at any pharmacy.",
        "Ask your GP to prescribe cetirizine, as pharmacies can't sell it over the counter.")


def test_avoiding_in_pregnancy_carrying_on_while_breastfeeding_and_not_stopping():
    assert "caveat" in cue_reasons(
        "We advise avoiding domperidone while you are pregnant.",
        "Domperidone is considered safe at any stage of pregnancy.")
    assert "caveat" in cue_reasons(
        "Rivaroxaban is not recommended while breastfeeding.",
        "Breastfeeding mothers can usually carry on with rivaroxaban.")
    # "so don't stop anything" tells the reader to go on: no one is ruled out
    text = ("Most women can carry on with their usual medicines right through pregnancy, "
            "so don't stop anything suddenly.")
    assert cues._read(text, "", text, None).excludes == frozenset()


def test_rows_of_a_dosing_table_by_age_are_no_clash_of_one_another():
    text = ("Infant suspension\n\nAge | Approx. weight | Dose\n"
            "2 to 4 years | 12 to 16 kg | 7.5 ml (180 mg)\n"
            "4 to 6 years | 16 to 20 kg | 10 ml (240 mg)\n\n"
            "Six Plus suspension\n\nAge | Approx. weight | Dose\n"
            "6 to 8 years | 20 to 25 kg | 5 ml (250 mg)\n"
            "8 to 10 years | 25 to 30 kg | 7.5 ml (375 mg)\n\n"
            "For a 5-year-old, a single dose is 5 ml of the infant suspension.\n")
    assert quantities.extract("2 to 4 years | 12 to 16 kg | 7.5 ml (180 mg)")[0].kind == "age"
    # Must not change: a stretch of years in a sentence is a duration
    assert quantities.extract("It lasts 2 to 4 years in most people.")[0].kind == "duration"
    rows = [line for line in text.splitlines() if "years |" in line]
    found_pairs = pairs(text)
    # two rows, of one table or of two, were a clash of durations and volumes
    assert not any(a in rows and b in rows for a, b in found_pairs)
    # Must not change: a dose said for an age inside a row's band still pairs with it
    assert ("4 to 6 years | 16 to 20 kg | 10 ml (240 mg)",
            "For a 5-year-old, a single dose is 5 ml of the infant suspension.") in found_pairs


def test_a_share_between_two_figures_adults_as_people_and_more_phrases():
    (q,) = quantities.extract("Between two and four in every ten pregnant women carry GBS")
    assert (q.low, q.high) == (20.0, 40.0)
    # Must not read: a number before "and" that is larger opens no range
    (q,) = quantities.extract("Of group 4 and 1 in 10 people had it")
    assert (q.low, q.high) == (10.0, 10.0)
    assert "measure" in cue_reasons(
        "Essential tremor affects about 1 in 25 adults over 40.",
        "With around 4 in every 1,000 people over 40 affected, it is far from rare.")
    for a, b in (
            ("If one of your parents has it, the condition runs in families.",
             "Essential tremor is not an inherited condition."),
            ("It's almost always a day-case procedure, so most babies are home by teatime.",
             "Plan for your son to stay on the ward for two nights after the operation."),
            ("Once the tremor has gone from the treated hand, it does not return.",
             "In some people the tremor slowly creeps back over the following years."),
            ("Each tag is completely removed at a single visit.",
             "Bigger tags often need a second or even third freeze.")):
        assert "antonym" in cue_reasons(a, b), (a, b)
    # Must not change: children are not the adults' people
    assert "measure" not in cue_reasons(
        "About 1 in 25 adults has it.", "About 1 in 200 children has it.")


def test_pushed_up_against_brought_down_a_hospital_stay_and_a_pharmacists_sale():
    assert "direction" in cue_reasons(
        "Baclofen can push up the amount of sugar in your blood.",
        "In people with diabetes, baclofen tends to bring your blood sugar down.")
    assert "antonym" in cue_reasons(
        "Most people stay in hospital for 1 or 2 nights.",
        "Most people are sent home the same day once the abscess has been drained.")
    assert "antonym" in cue_reasons(
        "Clobetasol propionate is only available on prescription.",
        "You can buy clobetasol propionate from a pharmacist without needing to see a GP.")
    # Must not read: to push up a window is no level raised
    assert "direction" not in cue_reasons(
        "Push up the window to let air in.", "The level of pollen falls in the evening.")


def test_an_articles_one_medicine_prescription_only_and_over_the_counter():
    readings = [cues._read(t, "", t, None) for t in (
        "Baclofen is a prescription-only medicine.",
        "If you run out, you can also buy a small pack of 10mg tablets over the counter.",
        "Baclofen relaxes tight muscles.")]
    lone = cues._lone_statuses(readings)
    assert cues._status_of_one_thing(readings[0], readings[1], frozenset(), lone)
    # Must not change: statuses many units give need a word of their one thing in common
    assert not cues._status_of_one_thing(readings[0], readings[1], frozenset(), frozenset())
    assert not cues._status_of_one_thing(readings[0], readings[2], frozenset(), lone)


def test_the_usual_choice_in_pregnancy_fine_for_someone_to_use_and_nhs_prescriptions():
    assert "caveat" in cue_reasons(
        "Ciprofloxacin is not recommended if you're pregnant.",
        "Cefalexin or ciprofloxacin are the usual choices for pregnant women.")
    assert "caveat" in cue_reasons(
        "The gel is fine for pregnant women to use on aching joints.",
        "Pregnant women should not use the gel in any form.")
    assert "antonym" in cue_reasons(
        "Catheter valves can be prescribed by your GP or nurse.",
        "Catheter valves aren't available on NHS prescription, so buy them from us.")
    assert "antonym" in cue_reasons(
        "You can buy naproxen tablets over the counter at a pharmacy.",
        "Stronger painkillers such as naproxen, which you can only get with a prescription.")
    # Must not read: a choice for anyone else says nothing of pregnancy
    text = "Cefalexin is the usual choice for children with a kidney infection."
    assert cues._read(text, "", text, None).safe_for == frozenset()


def test_approval_won_against_a_regulator_yet_to_rule_on_the_application():
    text = ("Brelutant\n\n"
            "The tablet, which won approval from the national medicines regulator this week, "
            "is taken once at the start of an attack.\n\n"
            "Its maker said it expects the regulator to rule on its application early next year.")
    assert reasons(text) == ["antonym"]
    # Must not pair: two approvals said in other words.
    assert found("Brelutant\n\nThe tablet won approval from the regulator this week.\n\n"
                 "Brelutant was granted approval for adults with migraine.") == []


def test_a_licensed_medicine_against_a_supplement_rather_than_a_medicine():
    text = ("Vitamin D drops\n\n"
            "SunnyDrops are a licensed medicine, made to the same standards as prescription "
            "products.\n\nGive one drop a day.\n\n"
            "As a food supplement rather than a medicine, SunnyDrops should not replace a "
            "varied diet.")
    assert reasons(text) == ["antonym"]
    # Must not pair: two sayings that the drops are a licensed medicine.
    assert found("Vitamin D drops\n\nSunnyDrops are a licensed medicine.\n\n"
                 "SunnyDrops is a licensed medicine for babies.") == []


def test_people_a_year_against_fewer_people_in_a_typical_year():
    text = ("Adder bites\n\n"
            "Across the UK, around 100 people a year are reported to have been bitten by an "
            "adder.\n\nAdders are shy snakes.\n\n"
            "Fewer than 50 people are bitten across the whole of the UK in a typical year.")
    assert reasons(text) == ["measure"]
    # Must not pair: the same number of people a year, said twice.
    assert found("Adder bites\n\nAround 100 people a year are bitten by an adder.\n\n"
                 "About 100 people are bitten by adders each year.") == []


def test_shares_who_said_it_helped_against_shares_who_told_us_so():
    text = ("Bloom TENS\n\n"
            "87% of mums who used Bloom in labour said it helped them manage their "
            "contractions.\n\nBloom runs on two AA batteries.\n\n"
            "When we surveyed our customers, 64% told us Bloom helped them cope with their "
            "contractions.")
    assert reasons(text) == ["quantity"]
    # The rule must not compare the answers to two questions of one survey (the
    # cues' weaker "measure" may still list them).
    assert "quantity" not in reasons("Statins survey\n\n"
                                     "61% of patients said they wanted more information about "
                                     "statins.\n\n38% of patients said their doctor had "
                                     "explained the side effects of statins.")


def test_not_a_cure_against_gone_for_good():
    text = ("Remission\n\nRemission is not a cure.\n\nMost people need a low-calorie diet.\n\n"
            "Once you are in remission, your diabetes is gone for good.")
    assert pairs(text) == {("Remission is not a cure.",
                            "Once you are in remission, your diabetes is gone for good.")}
    # Must not pair: two sayings that it is no cure.
    assert found("Remission\n\nRemission is not a cure.\n\n"
                 "Remission isn't a cure for diabetes.") == []


def test_those_who_took_part_are_the_participants_a_share_is_of():
    text = ("Remission\n\nNearly half of participants (46%) were in remission at one year.\n\n"
            "Melatonin is a hormone.\n\n"
            "About one in four of those who took part in DiRECT were in remission after twelve "
            "months.")
    assert pairs(text) == {(
        "Nearly half of participants (46%) were in remission at one year.",
        "About one in four of those who took part in DiRECT were in remission after twelve "
        "months.")}
    # A share of those who took part is one of the participants, of no other people.
    assert cues._percent_of("25% of those who took part", 3) \
        == cues._percent_of("25% of participants", 3) != cues._percent_of("25% of smokers", 3)


def test_wont_make_you_sleepy_against_causes_drowsiness():
    text = ("Hay fever tablets\n\n"
            "Chlorphenamine is a handy choice for daytime use because it won't make you feel "
            "sleepy.\n\nMost people can use pharmacy medicines.\n\n"
            "Older antihistamines such as chlorphenamine commonly cause drowsiness.")
    assert len(found(text)) == 1
    # Must not pair: two sayings that it does not make you drowsy.
    assert found("Hay fever tablets\n\nCetirizine won't make you feel sleepy.\n\n"
                 "Cetirizine is a non-drowsy antihistamine.") == []


def test_neither_contains_a_live_virus_against_a_weakened_live_virus():
    text = ("Autumn jabs\n\nNeither jab contains a live virus, so neither can give anyone flu."
            "\n\nResidents can have both jabs.\n\n"
            "The flu vaccine for over-65s contains a weakened form of the live virus.")
    assert len(found(text)) == 1
    # "contains a live" inside "neither … contains a live" is not said.
    assert found("Autumn jabs\n\nNeither jab contains a live virus.\n\n"
                 "The flu vaccine does not contain a live virus.") == []


def test_a_first_suggestion_for_expectant_mothers_against_not_given_in_pregnancy():
    assert "caveat" in cue_reasons(
        "Doxycycline is not given in pregnancy or to children under 12.",
        "Because it is cheap, doxycycline is often our first suggestion for expectant "
        "mothers who must travel.")
    # Must not read: a first suggestion for anyone else says nothing of pregnancy.
    assert "caveat" not in cue_reasons(
        "Doxycycline is not given in pregnancy or to children under 12.",
        "Doxycycline is often our first suggestion for backpackers.")


def test_an_age_in_words_bounds_the_people_it_names():
    (age,) = [q for q in quantities.extract("Children under two should not be given "
                                            "ibuprofen at all.") if q.kind == "age"]
    assert (age.low, age.high) == (0.0, 2.0)
    (age,) = [q for q in quantities.extract("Use the thermometer for children under five.")
              if q.kind == "age"]
    assert (age.low, age.high) == (0.0, 5.0)
    # Must not read: a number in words counting something else after the people.
    assert not [q for q in quantities.extract("Patients over two hours late are rebooked.")
                if q.kind == "age"]
    assert not [q for q in quantities.extract("Adults over one in three have high blood "
                                              "pressure.") if q.kind == "age"]


def test_no_live_virus_of_any_kind_against_one_made_from_a_weakened_strain():
    assert "antonym" in cue_reasons(
        "Shingrix does not contain any live virus, only a single protein from its surface.",
        "The vaccine we use is made from a weakened strain of the living chickenpox virus.")
    # Must not read: a weakened immune system is no vaccine's strain.
    assert "antonym" not in cue_reasons(
        "Shingrix does not contain any live virus, only a single protein from its surface.",
        "People with a weakened immune system should still have it.")


def test_a_vaccine_made_from_inactivated_virus_against_live_weakened_virus():
    assert "antonym" in cue_reasons(
        "The injected flu vaccine is made from inactivated virus, so it cannot give anyone "
        "flu.",
        "Because the vaccine contains a small amount of live, weakened flu virus, residents "
        "may feel achy.")


def test_an_age_limit_up_to_and_including_and_an_age_in_words_after_the_age_of():
    (age,) = [q for q in quantities.extract("We offer IUI to women up to and including the "
                                            "age of 42.") if q.kind == "age"]
    assert (age.low, age.high) == (0.0, 42.0)
    (age,) = [q for q in quantities.extract("Children from the age of eight can be tested.")
              if q.kind == "age"]
    assert (age.low, age.high) == (8.0, quantities.OLDEST)
    assert "measure" in cue_reasons(
        "We offer IUI to women up to and including the age of 42.",
        "We are not able to start IUI for women aged 40 or over.")


def test_a_day_and_a_month_before_the_year_date_an_event():
    assert "measure" in cue_reasons(
        "Natasha's Law came into force on 1 October 2021.",
        "Natasha's Law came into force in October 2019.")
    (year,) = [q for q in quantities.extract("It was approved on March 5, 2019.")
               if q.kind == "year"]
    assert (year.low, year.high) == (2019, 2020)
    # Must not read: when a service began is no date of an event ("since September 2019").
    assert not [q for q in quantities.extract("Boys have been offered it since September 2019.")
                if q.kind in ("year", "start-year")]


def test_labels_said_to_be_voluntary_against_labels_legally_required():
    assert "antonym" in cue_reasons(
        '"May contain" labels are voluntary.',
        'Manufacturers are legally required to print a "may contain" warning.')


def test_stop_giving_against_an_answers_keep_giving_the_same_medicine():
    text = ("Before the test\n\n"
            "Stop giving iron supplements seven days before the colonoscopy.\n\n"
            "My child takes iron for anaemia. Should I stop it?\n\n"
            "No, keep giving iron medicines as normal, right up to the day of the test.")
    assert reasons(text) == ["permission"]
    reading = cues._read("stop give iron supplement", "", "Stop giving iron supplements.",
                         None, claim=False)
    assert "give iron" in reading.forbidden and not reading.commands
    # Must not read: "Stop iron tablets" has no gerund: no verb of it is forbidden.
    reading = cues._read("stop iron tablet a week before", "", "Stop iron tablets a week before.",
                         None, claim=False)
    assert not reading.forbidden


def test_a_duty_in_the_passive_against_no_need_to_do_it():
    text = ("Club rules\n\n"
            "Swimmers with verrucas do not need to cover them in the pool.\n\n"
            "Questions\n\n"
            "A verruca must always be covered with a verruca sock before the swimmer gets in.")
    assert "permission" in reasons(text)
    # Must not read: a duty in the passive on a thing the other does not name.
    text = ("Club rules\n\n"
            "Swimmers with verrucas do not need to cover them in the pool.\n\n"
            "Questions\n\n"
            "A swimmer's cut must always be covered with a plaster before the swimmer gets in.")
    assert "permission" not in reasons(text)


@pytest.mark.parametrize("only, other", [
    ("Only a registered doctor can give the final clearance to return to play.",
     "The team coach signs off the final return-to-play clearance."),
    ("Only the registered nurse in charge of the shift may decide that a resident who has "
     "fallen can be moved.",
     "The senior care assistant on duty decides whether the resident can be lifted."),
    ("Only a vet can decide whether a human medicine is safe for your pet.",
     "Your pharmacist can tell you whether a human medicine is safe for your dog."),
])
def test_an_act_only_one_person_may_do_given_to_another(only, other):
    assert "role" in cue_reasons(only, other)


def test_an_act_only_one_person_may_do_and_another_act_of_someone_else():
    # Must not read: another act on other things, and the same person's act.
    assert "role" not in cue_reasons(
        "Only a doctor can prescribe it.",
        "Your pharmacist can tell you about its side effects.")
    assert "role" not in cue_reasons(
        "Only a registered doctor can give the final clearance.",
        "The doctor gives the final clearance after a second test.")


def test_one_place_on_two_floors():
    assert "measure" in cue_reasons(
        "The Willow Birth Centre is on the ground floor, just inside the maternity entrance.",
        "To reach the Willow Birth Centre, take the lifts to the second floor and turn left.")
    assert [(q.kind, q.low) for q in quantities.extract(
        "Bring your child to the Endoscopy Unit on Level 3 of the main building.")] == [
        ("floor", 3.0)]
    # Must not read: a level of evidence, a floor to sit on.
    assert not quantities.extract("Level 3 evidence is weak, so sit on the floor.")


@pytest.mark.parametrize("free, contains", [
    ("The gel in our home whitening kits is completely peroxide-free.",
     "Our home whitening gels contain 10% or 16% carbamide peroxide."),
    ("Our own aftercare balm is petroleum-free and made from shea butter and beeswax.",
     "We recommend our studio balm, whose petroleum jelly base locks moisture into the skin."),
    ("Free-from parcels never contain peanuts, tree nuts or any product made with them.",
     "Every free-from parcel includes a jar of smooth peanut butter."),
])
def test_a_thing_free_of_something_against_one_containing_it(free, contains):
    assert "antonym" in cue_reasons(free, contains)


def test_free_of_one_thing_and_containing_another_is_no_clash():
    # Must not read: a gel free of one thing containing another; a pain-free recovery.
    assert "antonym" not in cue_reasons(
        "The gel in our home whitening kits is completely peroxide-free.",
        "The gel in our home whitening kits contains fluoride.")
    assert not cues._free_of("Most people have a pain-free recovery.")


def test_high_in_something_against_low_in_it():
    assert "antonym" in cue_reasons("Bananas are among the fruits highest in potassium.",
                                    "Bananas are a low-potassium fruit you can enjoy freely.")
    # Must not read: high in one thing, low in another.
    assert "antonym" not in cue_reasons("Bananas are among the fruits highest in potassium.",
                                        "Bananas are low in fat and easy to digest.")


def test_every_one_done_by_one_kind_of_person_against_another_kind():
    assert "role" in cue_reasons(
        "Every treatment at ClearSkin is carried out by one of our registered nurses.",
        "Your treatments will be carried out by one of our beauty therapists.")
    # Must not read: the same kind of person, or no "every" on either side.
    assert "role" not in cue_reasons(
        "Every treatment at ClearSkin is carried out by one of our registered nurses.",
        "Your treatments will be carried out by one of our senior nurses.")


def test_a_vitamin_said_water_soluble_against_fat_soluble():
    assert "antonym" in cue_reasons(
        "Vitamin B12 is a water-soluble vitamin that your body needs for red blood cells.",
        "As a fat-soluble vitamin, B12 is absorbed best when you take it with a meal.")
    # Must not read: the same claim said twice.
    assert "antonym" not in cue_reasons("Vitamin C is water-soluble.",
                                        "Vitamin C is water-soluble.")


def test_a_claims_instruction_after_so_is_read_as_an_instruction_not_as_a_statement():
    text = ("Endometriosis\n\n"
            "Hormone treatments work by lowering oestrogen levels.\n\n"
            "Treatment\n\n"
            "Period pain that stops you doing your normal activities is not normal.\n\n"
            "Hormone treatments raise oestrogen levels, so do not stop them suddenly.")
    pairs_found = {(a, b): reason for a, b, reason in found(text)}
    assert pairs_found[("Hormone treatments work by lowering oestrogen levels.",
                        "Hormone treatments raise oestrogen levels, so do not stop them "
                        "suddenly.")] == "direction"
    # Must not read: the instruction's "do not stop" against the pain that "stops you".
    assert not any("do not stop" in b and "stops you" in a for a, b in pairs_found)
    units = segment(text)
    claim = next(u for u in units if u.text.startswith("Hormone treatments raise"))
    reading = cues._read(claim.lemmas, "", claim.text, None)
    assert {act.split()[0] for act in reading.forbidden} == {"stop"}


def test_each_morning_is_once_a_day_and_doses_of_a_medicine_in_any_24_hours():
    assert "measure" in cue_reasons("Velopixant is taken as a 50mg tablet twice a day.",
                                    "Patients take one 50mg tablet each morning, with or without "
                                    "food.")
    assert "measure" in cue_reasons(
        "Leaders will not give more than four doses of paracetamol in any 24 hours.",
        "Paracetamol can be given up to six times a day if a child has a high temperature.")
    # Must not read: once a day each way.
    assert "measure" not in cue_reasons("Take one tablet each morning.",
                                        "The tablet is taken once a day.")


def test_a_thing_containing_none_of_something_against_one_containing_it():
    assert "antonym" in cue_reasons(
        "The MMR vaccine contains live but weakened versions of the measles virus.",
        "Because the jab contains no live virus, it cannot cause measles.")
    # Must not read: none of one thing, some of another.
    assert "antonym" not in cue_reasons("The jab contains no live virus.",
                                        "The jab contains gelatine.")


def test_a_condition_of_joining_against_not_compulsory():
    assert "antonym" in cue_reasons("Wearing a cycle helmet is a condition of joining the scheme.",
                                    "Helmets are recommended but not compulsory for scheme "
                                    "members.")


def test_a_non_word_against_the_word_itself():
    assert "antonym" in cue_reasons(
        "Microwaves are non-ionising radiation, in the same family as radio waves.",
        "Like X-rays, microwaves sit at the ionising end of the spectrum.")
    # Must not read: both units say "non-".
    assert "antonym" not in cue_reasons("Microwaves are non-ionising radiation.",
                                        "Radio waves are non-ionising too.")


def test_an_un_word_against_the_word_itself():
    assert "antonym" in cue_reasons(
        "The cabinets are left unlocked so that anyone can open one without a code.",
        "Each cabinet is locked with a keypad whose code is given out by the call handler.")
    # Must not read: a word that only opens with "un" ("under"), nor both units saying it.
    assert "antonym" not in cue_reasons("Children under five are most at risk.",
                                        "Five children were admitted.")
    assert "antonym" not in cue_reasons("Unlicensed products are sold online.",
                                        "Unlicensed products can be dangerous.")


@pytest.mark.parametrize("free, contains", [
    ("None of our drinks contain caffeine.",
     "Pitchside Original has 40 mg of caffeine per bottle to help keep you sharp."),
    ("Decaffeinated coffee contains no caffeine at all.",
     "Decaf coffee is not completely caffeine-free."),
])
def test_none_of_something_against_an_amount_of_it_or_not_being_free_of_it(free, contains):
    assert "antonym" in cue_reasons(free, contains)


def test_none_of_them_containing_one_thing_is_no_claim_that_they_contain_it():
    assert not cues._contained("None of our drinks contain caffeine.")
    # Must not read: an amount of another thing; a thing completely free of it.
    assert "antonym" not in cue_reasons("None of our drinks contain caffeine.",
                                        "Pitchside Original has 30 g of sugar per bottle.")
    assert "antonym" not in cue_reasons("Decaf coffee is completely caffeine-free.",
                                        "Decaffeinated coffee contains no caffeine at all.")


def test_a_volume_in_words_is_a_volume():
    assert [(q.kind, q.low) for q in quantities.extract(
        "Each kilogram lost in training should be replaced with half a litre of fluid.")] == [
        ("volume", 500.0)]
    assert "measure" in cue_reasons(
        "For every kilogram lost during exercise, drink 1.5 litres of fluid.",
        "Each kilogram lost in training should be replaced with half a litre of fluid.")
    # Must not read: "a" before another unit or word.
    assert not [q for q in quantities.extract("Drink a glass of water.") if q.kind == "volume"]


def test_times_of_day_are_compared():
    times = {q.kind: (q.low, q.high) for q in quantities.extract(
        "Visiting is open every day from 10 am to 8 pm.")}
    assert times["clock"] == (600.0, 1200.0)
    assert {q.kind: (q.low, q.high) for q in quantities.extract(
        "The pharmacy is open 08:30 – 18:30.")}["clock"] == (510.0, 1110.0)
    assert "measure" in cue_reasons("Alerts are sent at around 4pm on the day before.",
                                    "Every alert is sent at 7am on the morning itself.")
    # Must not read: a ratio, a score, a dose in millilitres, the same time again.
    for text in ("Dilute it 1:10 with water.", "The score was 3:1.", "Take 5 ml at night."):
        assert not [q for q in quantities.extract(text) if q.kind == "clock"]
    assert "measure" not in cue_reasons("Alerts are sent at 4pm each day.",
                                        "Every alert goes out at 4 pm.")


def test_open_to_anyone_against_only_open_to_some():
    assert "caveat" in cue_reasons(
        "The alert service is free and open to anyone who lives or works in the borough.",
        "The service is only open to residents who have a diagnosed heart or lung condition.")
    # Must not read: both open to all, or a limit on something else.
    assert "caveat" not in cue_reasons(
        "The alert service is open to anyone who lives in the borough.",
        "The service is open to everyone, whatever their health.")


def test_one_figure_put_in_two_classes():
    assert "class" in cue_reasons("Readings of 7, 8 or 9 are classed as High.",
                                  "A reading of 7 is still classed as Moderate under the index.")
    # Must not read: other figures in another class, the same class again.
    assert "class" not in cue_reasons("Readings of 7, 8 or 9 are classed as High.",
                                      "A reading of 4 is classed as Moderate.")
    assert "class" not in cue_reasons("Readings of 7, 8 or 9 are classed as High.",
                                      "A reading of 8 is classed as high.")


def test_tablets_named_by_their_product_add_up_against_a_daily_limit():
    texts = ["Green Larder Night Cramp Formula: 250mg elemental magnesium per tablet.",
             "For night-time leg cramps, take two Night Cramp Formula tablets twice a day.",
             "Adults should not take more than 400mg of magnesium a day from supplements."]
    strengths = tuple(sorted(doses.strengths(texts).items()))
    assert strengths == (("tablet", (250.0, 250.0)),)
    assert doses.clash(doses.extract(texts[1], strengths), doses.extract(texts[2], strengths))
    # Must not read: one tablet a day, within the limit.
    assert not doses.clash(doses.extract("Take one Night Cramp Formula tablet a day.", strengths),
                           doses.extract(texts[2], strengths))


def test_free_of_something_against_it_being_permitted():
    site = "The whole Harcourt Hall site, including the gardens, is smoke-free and vape-free."
    assert "permission" in reasons(
        f"{site}\n\nSmoking and vaping are permitted only in the shelter by the bike store.")
    # Must not read: another act permitted.
    assert "permission" not in reasons(
        f"{site}\n\nCycling is permitted on the paths beside the bike store.")


def test_times_of_day_between_two_are_a_range_and_two_times_are_two():
    assert [(q.low, q.high) for q in quantities.extract("Phone between 10am and 12pm.")] == [
        (600.0, 720.0)]
    assert [(q.low, q.high) for q in quantities.extract("Open at 10am and 4pm.")] == [
        (600.0, 600.0), (960.0, 960.0)]


def test_only_one_kind_of_person_against_others_named_together():
    assert "role" in cue_reasons(
        "Only a registered doctor can sign the evaluation form.",
        "If your GP is busy, a practice nurse or pharmacist can sign the evaluation form.")
    # Must not read: the same person again.
    assert "role" not in cue_reasons(
        "Only a registered doctor can sign the evaluation form.",
        "If you are busy, a doctor at the clinic can sign the evaluation form.")


@pytest.mark.parametrize("a, b", [
    # A time after an event, however the event is named, against another.
    ("You should not drive for at least six weeks after your operation.",
     "Most patients are safely back behind the wheel around three weeks after their new knee."),
    ("We ask for one semen sample 16 weeks after your vasectomy.",
     "Your semen analysis is booked for eight weeks after the operation."),
    ("Stitches are usually removed after 10 to 14 days.",
     "The stitches come out at a check-up about 5 days after the operation."),
    ("You will be offered an induction after about 24 hours.",
     "It is usual to wait three days after your waters break before an induction."),
    # An age said as a word, and the youngest or oldest age named as such.
    ("We can give the chickenpox vaccine to children from 12 months of age.",
     "The youngest age we vaccinate against chickenpox is three years."),
    ("We offer IVF using your own eggs up to your 45th birthday.",
     "Our upper age limit for IVF with your own eggs is 43."),
])
def test_a_time_after_an_event_and_an_age_at_the_edge(a, b):
    assert "measure" in [reason for reason, _ in cues_of(a, b)]


def test_a_time_after_an_event_and_an_age_at_the_edge_must_not_change():
    # A gap between two of a kind stays one ("apart", "after any other vaccine").
    assert quantities.kinds("Wait at least four weeks after any other vaccine.") == {"gap"}
    assert "gap" in quantities.kinds("Take the two tablets 12 hours apart.")
    # A wait for something lasts ("wait 12 to 18 months for an evaluation").
    assert quantities.kinds("Adults wait 12 to 18 months for an evaluation.") == {"duration"}
    # An age in words, and a bound of its own.
    assert [(q.kind, q.low, q.high) for q in quantities.extract(
        "Children from three years of age can have it.") if q.kind == "age"] \
        == [("age", 3.0, quantities.OLDEST)]
    assert [(q.low, q.high) for q in quantities.extract("The minimum age for donating is 17.")
            if q.kind == "age"] == [(17.0, quantities.OLDEST)]
    # Not an age: "the youngest age group is 30% of the sample".
    assert [q for q in quantities.extract("The youngest age group is 30% of the sample.")
            if q.kind == "age"] == []
    assert cues_of("Stitches are usually removed after 10 to 14 days.",
                   "Stitches are usually removed after 10 to 14 days.") == []


def test_sweetened_with_something_contains_it_and_an_age_someone_is_on_a_day():
    assert ("antonym" in [reason for reason, _ in cues_of(
        "None of our flavours contain sucralose, aspartame or any other artificial sweetener.",
        "Chocolate Fudge is sweetened with sucralose to give it a richer taste.")])
    assert "measure" in [reason for reason, _ in cues_of(
        "Candidates must be 16 years old by the date of the final assessment.",
        "Candidates who are 15 on the day of the final assessment may still sit it.")]
    # Must not change: a count of people, a time, the same thing said twice.
    assert [q for q in quantities.extract("Candidates who are 15 minutes late may not sit it.")
            if q.kind == "age"] == []
    assert cues_of("Chocolate Fudge is sweetened with sucralose.",
                   "Chocolate Fudge is sweetened with sucralose.") == []


@pytest.mark.parametrize("a, b", [
    # Two deadlines' days, without a year.
    ("Please return the form to the school office by Friday 14 March.",
     "Please return this form to the school office no later than Friday 7 March."),
    # A time since the last of something, said two ways.
    ("Children who have had diarrhoea must stay at home until 48 hours after their last episode.",
     "Children can return once 24 hours have passed since the last episode."),
])
def test_a_deadlines_day_and_a_time_since_the_last_episode(a, b):
    assert "measure" in [reason for reason, _ in cues_of(a, b)]


def test_rich_in_something_against_free_of_it():
    assert "antonym" in [reason for reason, _ in cues_of(
        "Our kelp mud is naturally rich in iodine.",
        "The marine mud used in our seaweed wrap is iodine-free.")]


def test_a_deadlines_day_must_not_change():
    # A day with its year is a year's; the same day twice is a repeat.
    assert [q.kind for q in quantities.extract("Apply by 1 June 2024.")] == ["year"]
    assert cues_of("Return the form by 14 March.", "Return the form by 14 March.") == []
    assert [q.kind for q in quantities.extract("Bring it by 14 March.")] == ["deadline"]


def test_straight_after_something_is_no_time_at_all():
    assert "measure" in [reason for reason, _ in cues_of(
        "Avoid tea and coffee for at least an hour after removing your trays.",
        "You can drink tea or coffee straight after taking your trays out.")]
    assert [(q.kind, q.high) for q in quantities.extract(
        "You can drive home straight after the test.")] == [("duration", 0.0)]
    # Must not change: "right" and "straight" that say no time.
    assert quantities.extract("Turn right after the pharmacy.") == []


@pytest.mark.parametrize("a, b", [
    # One act before an event, and after it.
    ("Patients must sign the consent form before their first session.",
     "New patients complete the consent form after their first session."),
    ("Put up a warning sign at least a day before you spray.",
     "The warning sign should only go up after you have finished spraying."),
    ("The midwife takes the sample after the cord has been clamped and cut.",
     "The sample is taken in the first minute after birth, before the cord is clamped."),
])
def test_an_act_before_and_after_one_event(a, b):
    assert "antonym" in [reason for reason, _ in cues_of(a, b)]


def test_a_place_upstairs_and_on_the_ground_floor():
    assert "measure" in [reason for reason, _ in cues_of(
        "The baby changing room is beside the lifts on the ground floor.",
        "You will find the baby changing room upstairs, next to the café.")]
    # Must not change: upstairs is on some floor above the ground one, the first as well.
    assert cues_of("The baby changing room is on the first floor.",
                   "You will find the baby changing room upstairs.") == []


@pytest.mark.parametrize("a, b", [
    # Two acts around one event.
    ("Wash your hands before touching your lenses.",
     "Rinse the case after removing your lenses."),
    # An act denied after the event.
    ("Do not eat for an hour after swimming.", "Eat a small snack before swimming."),
    # A period: from before the first dose until after the last.
    ("Use contraception for at least a month before your treatment.",
     "Keep using contraception until a month after your treatment ends."),
    # A time in history.
    ("Before the vaccine was introduced, thousands of babies were admitted each year.",
     "Admissions of babies fell by 77% in the years after the vaccine was introduced."),
    # Both before and after.
    ("Wash your hands straight after handling the lizard.",
     "Bites happen when a hand smells of insects, so wash your hands before handling too."),
    ("Look after your skin before the treatment.",
     "Your skin will be red after the treatment."),
])
def test_an_act_before_and_after_one_event_must_not_change(a, b):
    assert "antonym" not in [reason for reason, _ in cues_of(a, b)]


@pytest.mark.parametrize("a, b", [
    # A thing said to be compulsory, and said not to be.
    ("A signed consent form is compulsory for every patient.",
     "We do not require a consent form for routine appointments."),
    ("All swimmers must wear a swimming cap in the main pool.",
     "Swimming caps are optional for lane swimmers."),
    # Free of something, and something added.
    ("Our pool is cleaned with ozone alone, never chlorine.",
     "Each evening the attendant adds a measured dose of chlorine to the water."),
])
def test_compulsory_against_optional_and_free_of_against_added(a, b):
    assert "antonym" in [reason for reason, _ in cues_of(a, b)]


def test_compulsory_against_optional_must_not_change():
    # A duty of people is no thing required; two different things; the same said twice.
    assert "antonym" not in [reason for reason, _ in cues_of(
        "Doctors are required to report every case.", "Reporting is optional.")]
    assert "antonym" not in [reason for reason, _ in cues_of(
        "You must wear gloves on the climbing wall.", "We do not require helmets on the wall.")]
    assert cues_of("Helmets are compulsory.", "Helmets are compulsory.") == []
    # "add you to the register", "add a year to the wait": nothing contained.
    assert cues._contained("We will add you to the Priority Services Register.") == frozenset()
    assert cues._free_of("Keep your bed for sleep only and never revise in it.") == frozenset()


def test_a_rating_in_stars_said_two_ways():
    assert "measure" in [reason for reason, _ in cues_of(
        "The council gave our kitchen a five-star rating, the highest there is.",
        "The council rated our kitchen four stars at its last inspection.")]
    assert [(q.kind, q.low) for q in quantities.extract("a five-star rating")] == [
        ("count:star", 5.0)]


def test_not_excluded_against_sent_home():
    assert "antonym" in [reason for reason, _ in cues_of(
        "Children with threadworms will not be excluded from nursery.",
        "A child found to have threadworms at nursery will be sent home for treatment.")]
    # Must not change: the same said twice.
    assert cues_of("Children with threadworms will not be excluded from nursery.",
                   "Children with threadworms will not be excluded from nursery.") == []


@pytest.mark.parametrize("a, b", [
    # One user at a time, and users sharing the thing.
    ("Only one child may be on each bouncy castle at a time.",
     "Two children of the same age may share a bouncy castle during the party."),
    ("One rider per pony at all times.",
     "Small riders can share a pony on the beach ride."),
    ("Each rabbit has its own hutch and is never mixed with rabbits from other owners.",
     "Friendly rabbits share an exercise run every morning."),
])
def test_one_user_at_a_time_against_shared(a, b):
    assert "antonym" in [reason for reason, _ in cues_of(a, b)]


def test_one_user_at_a_time_against_shared_must_not_change():
    # A measure per unit is no user ("one milligram per litre"), people who share a home
    # are no users of a thing, and what is never shared is not shared.
    assert cues._kept_to_one("The water holds one milligram per litre of fluoride.") == frozenset()
    assert cues._shared("The virus spreads between people who share a home.") == frozenset()
    assert cues._shared("We will never share your results with your employer.") == frozenset()
    assert "antonym" not in [reason for reason, _ in cues_of(
        "Visits are limited to one named visitor per resident.",
        "Residents share a lounge on each floor.")]
    assert "antonym" not in [reason for reason, _ in cues_of(
        "Each cat is never mixed with cats from other households.",
        "Cats from the same home can share a family chalet.")]


@pytest.mark.parametrize("a, b", [
    # Some ages must have an adult with them, and some of the same ages may go alone.
    ("Swimmers under 14 must be accompanied by an adult in the water.",
     "Swimmers aged 12 and over may use the main pool on their own."),
    ("Under-16s must be supervised at all times in the gym.",
     "Members aged 14 and 15 can train unsupervised after an induction."),
])
def test_accompanied_against_alone_at_the_same_ages(a, b):
    assert "antonym" in [reason for reason, _ in cues_of(a, b)]


def test_accompanied_against_alone_must_not_change():
    # Ages apart: under 14 with an adult, 14 and over alone, is one rule.
    assert "antonym" not in [reason for reason, _ in cues_of(
        "Swimmers under 14 must be accompanied by an adult in the water.",
        "Swimmers aged 14 and over may use the main pool on their own.")]
    # A sign-up on one's own account is no visit alone.
    assert not cues._UNSUPERVISED.search("Young people aged 16 and 17 can sign up on their own "
                                         "account.")


def test_ages_said_as_a_band_a_dash_or_a_least():
    ages = [(q.low, q.high) for t in ("Under-18s must be supervised.",
                                       "Climbers aged 16 and 17 may climb.",
                                       "Visitors under 16 must be accompanied.",
                                       "Volunteers must be at least 18 years old.",
                                       "over-65s are offered the jab")
            for q in quantities.extract(t) if q.kind == "age"]
    assert ages == [(0.0, 18.0), (16.0, 17.0), (0.0, 16.0), (18.0, quantities.OLDEST),
                    (65.0, quantities.OLDEST)]


@pytest.mark.parametrize("a, b", [
    # A thing banned, and the same thing allowed.
    ("Dogs are not allowed in the cafe.", "Dogs are welcome in the cafe."),
    ("Handstands, cartwheels and flips are banned on the mats.",
     "Back flips are allowed on the sprung floor once a coach has checked your technique."),
    ("Glass bottles are not permitted anywhere on the festival site.",
     "Campers may bring up to two of their own glass bottles into the campsite."),
])
def test_banned_against_allowed(a, b):
    assert "permission" in [reason for reason, _ in cues_of(a, b)]


def test_banned_against_allowed_must_not_change():
    # "No … is allowed" bans it; two different things; the same said twice.
    assert cues._status_of("No outside food is allowed.", cues._WELCOME) == frozenset()
    assert "permission" not in [reason for reason, _ in cues_of(
        "Portable oxygen concentrators are welcome on board.",
        "Oxygen cylinders are not permitted on board.")]
    assert cues_of("Dogs are not allowed in the cafe.", "Dogs are not allowed in the cafe.") == []


@pytest.mark.parametrize("a, b", [
    # Alcohol ruled out, and an alcoholic drink offered.
    ("Never use the sauna after drinking alcohol.",
     "Every spa break includes a glass of champagne to enjoy in the relaxation room."),
    ("Avoid alcohol for 24 hours after your treatment.",
     "A glass of wine with dinner that evening is fine."),
])
def test_no_alcohol_against_a_drink_offered(a, b):
    assert "permission" in [reason for reason, _ in cues_of(a, b)]


def test_no_alcohol_against_a_drink_offered_must_not_change():
    # An alcohol-free drink offered rules nothing out; a drink named in passing is not offered.
    assert not cues._NO_ALCOHOL.search("We will swap the flight for our alcohol-free ginger beer.")
    assert cues._drink_offered("Wine is made from grapes.") == ""
    assert "permission" not in [reason for reason, _ in cues_of(
        "Avoid alcohol for 24 hours after your treatment.",
        "Alcohol thins the blood, so avoid wine and beer for a day.")]


def test_every_one_done_by_one_kind_of_person_against_another():
    # Healthcare assistants, technicians and volunteers are people who do things too.
    assert "role" in [reason for reason, _ in cues_of(
        "Every scan is carried out by a qualified sonographer.",
        "Most scans are carried out by one of our trainee technicians.")]
    assert "role" in [reason for reason, _ in cues_of(
        "Every jab is given by a pharmacist.",
        "Most jabs will be given by trained healthcare assistants.")]
    assert "role" not in [reason for reason, _ in cues_of(
        "Every scan is carried out by a qualified sonographer.",
        "Every scan is carried out by a qualified sonographer.")]


def test_a_fortnight_and_a_weekday_are_periods():
    assert "measure" in [reason for reason, _ in cues_of(
        "The nurse checks every child's feet once a fortnight.",
        "Every child has their feet checked by the nurse once a week.")]
    assert "measure" in [reason for reason, _ in cues_of(
        "Every Monday, a volunteer tests each alarm in the building.",
        "Each alarm in the building is tested by a volunteer once a month.")]
    assert [(q.kind, round(q.low, 4)) for q in quantities.extract("every other Monday")] == [
        ("frequency", round(1 / 14, 4))]
    # A day named, no period: no frequency.
    assert quantities.extract("Sunday is our busiest day.") == []


def test_free_of_charge_against_a_price():
    assert "antonym" in [reason for reason, _ in cues_of(
        "Your eye examination with us is completely free.",
        "The examination fee of £25 is waived for children.")]
    assert "antonym" in [reason for reason, _ in cues_of(
        "The first consultation is free.", "The first consultation costs £60.")]
    # Another kind of the thing priced ("private", "follow-up"), or free of an ingredient.
    assert "antonym" not in [reason for reason, _ in cues_of(
        "You can have a free flu vaccine if you are over 65.",
        "The private flu vaccine costs £17.99 this season.")]
    assert "antonym" not in [reason for reason, _ in cues_of(
        "The first consultation is free.", "Follow-up consultations cost £40.")]
    assert cues._costs("Our drinks are free from sugar.", cues._FREE_OF_CHARGE) == frozenset()


@pytest.mark.parametrize("a, b", [
    # One thing made of two materials, one oil and another.
    ("Every needle we use is surgical stainless steel.",
     "Our needles are made of titanium for people with a nickel allergy."),
    ("All our staff wear nitrile gloves.", "Our gloves are latex."),
    ("We use a cold-pressed coconut oil in every session.",
     "The oil we use in the session is sweet almond oil."),
])
def test_made_of_one_material_against_another(a, b):
    assert "antonym" in [reason for reason, _ in cues_of(a, b)]


def test_made_of_one_material_against_another_must_not_change():
    # Two things, or both materials said of the same thing in both units.
    assert "antonym" not in [reason for reason, _ in cues_of(
        "Our needles are stainless steel.", "Our gloves are nitrile.")]
    assert "antonym" not in [reason for reason, _ in cues_of(
        "Our rings are gold or silver.", "Our rings are silver or gold.")]
    assert cues._made_of("Gold is a precious metal.") == frozenset()
    assert cues._made_of("We sell gold or silver rings.") == frozenset()
    assert cues._made_of("We sell silver rings.") == frozenset({("ring", "silver")})


def test_days_before_the_first_day_of_an_event_last():
    # Days before "the first day of boarding" are a time before one event, as days before
    # check-in are (a gap is between two of a series: "after the first").
    assert "measure" in [reason for reason, _ in cues_of(
        "The last vaccination must have been given at least 14 days before the first day "
        "of the course.", "A booster given as late as two days before the course is accepted.")]
    assert [q.kind for q in quantities.extract(
        "Take the second dose at least 4 weeks after the first.")] == ["gap"]


def test_cannot_enter_against_welcome_and_a_frequency_said_by_an_adverb():
    assert "permission" in [reason for reason, _ in cues_of(
        "Guide dogs are welcome on every ward.", "Guide dogs cannot enter the burns unit.")]
    assert "measure" in [reason for reason, _ in cues_of(
        "The support group meets every Thursday evening in the library.",
        "Because the support group only runs monthly, check the website before you come.")]
    assert [(q.kind, round(q.low, 4)) for q in quantities.extract("The group meets weekly.")] == [
        ("frequency", round(1 / 7, 4))]


def test_lengths_speeds_and_body_weights_read_in_one_unit_each():
    read = [[(q.kind, round(q.low, 3), round(q.high, 3)) for q in quantities.extract(text)]
            for text in ("Lithotripsy is only for stones smaller than 10mm.",
                         "Place it between 1 and 3 metres from the appliance.",
                         "You must be able to swim a 50-metre length.",
                         "Markers must shoot below 280 feet per second.",
                         "Children who weigh between 15kg and 30kg take the smaller pen.",
                         "The maximum rider weight is 14 stone.")]
    assert read == [[("length", 0.0, 0.01)], [("length", 1.0, 3.0)], [("length", 50.0, 50.0)],
                    [("speed", 0.0, 85.344)], [("body weight", 15.0, 30.0)],
                    [("body weight", 88.904, 88.904)]]


def test_lengths_speeds_and_body_weights_must_not_be_read_from():
    # a dose by body weight (no figure before the kilogram), money, a blood level
    for text in ("Give 10 mg per kg of body weight.", "The charity raised £5m last year.",
                 "A reading below 4.0 mmol/L is a hypo.", "Wait 200 ms between pulses."):
        assert not {"length", "speed", "body weight"} & quantities.kinds(text), text
    # one size in two units is one reading
    assert [q.phrase for q in quantities.extract("It can reach 12 inches (30 cm) across.")] \
        == ["12 inches"]


@pytest.mark.parametrize("a, b", [
    # One length, speed or weight limit given twice with different figures.
    ("You must be able to swim 50 metres in light clothing to pass the test.",
     "The club swim test is a 100-metre swim in light clothing."),
    ("Every marker must shoot below 280 feet per second.",
     "All hire markers are set to fire at up to 300 feet per second."),
    ("The maximum rider weight on all our horses is 14 stone (89 kg).",
     "Riders up to 16 stone can be accommodated on our heavyweight cob."),
])
def test_a_length_a_speed_or_a_weight_said_twice(a, b):
    assert "measure" in cue_reasons(a, b)


def test_a_length_a_speed_or_a_weight_said_twice_must_not_change():
    # the same figure in two units; two groups told apart by their weight
    assert "measure" not in cue_reasons("Every marker must shoot below 280 feet per second.",
                                        "Our markers shoot below 280 fps.")
    assert "measure" not in cue_reasons(
        "Children who weigh at least 35kg take one tablet.",
        "Children who weigh less than 35kg take the liquid.")


def test_cannot_take_part_against_welcome_to_take_part():
    assert "permission" in cue_reasons(
        "Pregnant guests cannot take part in the hot stone ritual.",
        "Pregnant guests are very welcome to take part in every session.")
    assert "permission" in cue_reasons(
        "Children are not allowed to take part in archery.",
        "Children of any age can join in the archery taster.")
    # two groups told apart by their ages, not one group both banned and let in
    assert "permission" not in cue_reasons(
        "Children under 12 are not allowed in the sauna.",
        "Children aged 12 and over are welcome in the sauna.")
    assert "permission" not in cue_reasons(
        "Children under 8 cannot take part in archery.",
        "Children aged 8 and over can take part in archery.")


def test_the_day_after_an_event_is_a_gap_of_one_day():
    assert "measure" in cue_reasons(
        "A chorister who has had vomiting must stay away until 48 hours after the last episode.",
        "Choristers can come back the day after their last bout of sickness.")
    # not a day named after another ("the day after the party" names no gap since a first
    # or last of anything), and the same gap said twice
    assert quantities.kinds("We tidy up the day after the party.") == frozenset()
    assert "measure" not in cue_reasons(
        "Stay off school for 48 hours after the last episode of vomiting.",
        "Children can return 48 hours after their last bout of sickness.")


@pytest.mark.parametrize("a, b", [
    # One thing said to be in two places.
    ("The first aid kit, ice packs and incident book are kept behind the reception desk.",
     "The first aid kit is kept in the instructors' office on the mezzanine floor."),
    ("The Welfare Tent is right next to the main Medical Centre, behind the Oak Stage.",
     "You'll find the Welfare Tent in the Green Field, just inside the campsite entrance."),
])
def test_one_thing_in_two_places(a, b):
    assert "antonym" in cue_reasons(a, b)


def test_one_thing_in_two_places_must_not_change():
    # a place inside the other; a floor, which sits in any building; a state, not a place;
    # two things
    for a, b in [("The clinic is in the main hospital building.",
                  "The clinic is at the main hospital building on Mill Lane."),
                 ("The clinic is in the Lister Wing of the hospital.",
                  "The clinic is on the ground floor."),
                 ("The sauna is at risk of overheating.", "The sauna is in the basement room."),
                 ("The first aid kit is behind the reception desk.",
                  "The defibrillator is in the instructors' office.")]:
        assert "antonym" not in cue_reasons(a, b), (a, b)


@pytest.mark.parametrize("a, b", [
    # An act only some may do, done by others: a name before the person, a long clause on
    # them, "are welcome to", and more kinds of people (members, leaders, starters).
    ("Only staff may pour water on the sauna stones.",
     "Members are welcome to ladle water onto the stones using the wooden bucket provided."),
    ("Only Mrs Okafor, our trained first aider, will give out medicines during the trip.",
     "Each group leader will give the pupils in their group any medicines that are due."),
    ("Only care workers who have passed the agency's medication competency assessment may "
     "administer medicines at Level 3.", "New starters may give Level 3 medicines unsupervised."),
])
def test_an_act_only_some_may_do_done_by_others(a, b):
    assert "role" in cue_reasons(a, b)


def test_an_act_only_some_may_do_done_by_others_must_not_change():
    # the same people; another act on other things
    assert "role" not in cue_reasons("Only staff may pour water on the sauna stones.",
                                     "Staff pour water on the stones every ten minutes.")
    assert "role" not in cue_reasons("Only staff may pour water on the sauna stones.",
                                     "Members are welcome to book a massage online.")


def test_no_substitute_for_against_just_as_effective():
    assert "comparison" in cue_reasons(
        "Hand gel is not a substitute for washing with soap and running water.",
        "If the queue is long, a squirt of our alcohol gel is just as effective as soap and water.")
    # said twice the same way
    assert "comparison" not in cue_reasons(
        "Hand gel is not a substitute for washing with soap and running water.",
        "Gel is no substitute for soap and water.")


@pytest.mark.parametrize("a, b", [
    # Someone said never to do an act, and they or one of the staff doing it.
    ("Staff will not give Calpol or any other paracetamol to bring a temperature down.",
     "If a child's temperature reaches 38°C, the room leader will give one dose of infant "
     "paracetamol."),
    ("School staff do not examine children's hair for head lice.",
     "When a case is reported, the class teacher checks the hair of every child in that class."),
])
def test_who_never_does_an_act_against_who_does_it(a, b):
    assert "permission" in cue_reasons(a, b)


def test_who_never_does_an_act_against_who_does_it_must_not_change():
    # another act on other things; what people are, not what they do; a teacher is not
    # every member of staff's kind when the one refusing is named
    for a, b in [("Our instructors do not apply sun cream to children.",
                  "Our instructors teach around 300 children every week."),
                 ("School staff do not examine children's hair for head lice.",
                  "Parents and carers are responsible for checking their child's hair."),
                 ("Nurses will not give injections to children.",
                  "The teacher gives children their inhalers.")]:
        assert "permission" not in cue_reasons(a, b), (a, b)


def test_no_vaccine_for_something_against_one_stocked():
    assert "null" in cue_reasons(
        "There is currently no dengue vaccine available for travellers in the UK.",
        "At our clinic we stock Qdenga, a two-dose dengue vaccine.")
    # a vaccine for something else
    assert "null" not in cue_reasons(
        "There is currently no dengue vaccine available for travellers in the UK.",
        "We stock the yellow fever vaccine.")


def test_a_share_of_those_taking_a_drug_however_named():
    assert "measure" in cue_reasons(
        "21% of those taking dorapant were completely pain-free two hours after the dose.",
        "Roughly four in ten patients who took dorapant were free of pain two hours later.")
    assert cues._measures("12% of people taking ramipril get a cough", None) == \
        cues._measures("12% of patients on ramipril get a cough", None)
    # Must not change: a share of those given something else.
    assert "measure" not in cue_reasons(
        "21% of those taking dorapant were pain-free at two hours.",
        "11% of those given a placebo were pain-free at two hours.")


def test_included_in_the_fee_against_hired_out_at_a_price():
    assert "antonym" in cue_reasons(
        "Buoyancy aids, helmets and all sailing equipment are included in your course fee.",
        "Buoyancy aids are hired out at £4 per day, payable in cash when you collect yours.")
    # not included is no free thing; another thing hired
    assert cues._costs("Grip socks are not included in the ticket price.",
                       cues._FREE_OF_CHARGE) == frozenset()
    assert "antonym" not in cue_reasons("Lunch is included in the course price.",
                                        "Wetsuits are hired out at £10 a day.")
