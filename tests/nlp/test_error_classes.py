"""The classes of segmentation error seen on articles the rules were not written
on (issue 10), each on made-up text: quotations, run-in labels, second person,
footnote numbers, boilerplate, citations, tables of contents, clause splits,
hedges and lead-ins."""

import pytest

from annotator.nlp.segmenter import segment


def units_of(text, nlp):
    return [(u.text, u.kind) for u in segment(text, nlp)]


def test_a_quotation_of_several_sentences_is_split_at_each(nlp):
    text = ("“Sleep matters more than we think. What worries me is the hype around "
            "melatonin,” the nurse said.")
    assert units_of(text, nlp) == [
        ("“Sleep matters more than we think.", "claim"),
        ("What worries me is the hype around melatonin,” the nurse said.", "claim"),
    ]


def test_an_attribution_after_a_comma_and_quote_stays_with_the_quotation(nlp):
    text = "“He told me, ‘Give me the same dose. I slept well for a week,’” Lee recalled."
    assert units_of(text, nlp) == [
        ("“He told me, ‘Give me the same dose.", "claim"),
        ("I slept well for a week,’” Lee recalled.", "claim"),
    ]


def test_a_run_in_label_is_a_heading_of_its_own(nlp):
    text = ("• Legal Status: Melatonin is sold without a prescription in Canada.\n"
            "• Side Effects: Drowsiness is the most common complaint.")
    assert units_of(text, nlp) == [
        ("Legal Status:", "heading"),
        ("Melatonin is sold without a prescription in Canada.", "claim"),
        ("Side Effects:", "heading"),
        ("Drowsiness is the most common complaint.", "claim"),
    ]


def test_second_person_declaratives_are_claims_and_recommendations_advice(nlp):
    text = ("You take this tablet by mouth. You may notice drowsiness in the first week. "
            "You should talk to a pharmacist before you combine it with alcohol.")
    assert [kind for _, kind in units_of(text, nlp)] == ["claim", "claim", "advice"]


def test_a_footnote_number_after_a_full_stop_is_meta(nlp):
    text = "The difference was clinically meaningful.4 Safety results were consistent."
    assert units_of(text, nlp) == [
        ("The difference was clinically meaningful.", "claim"),
        ("4", "meta"),
        ("Safety results were consistent.", "claim"),
    ]


def test_boilerplate_sections_and_footers_are_meta(nlp):
    text = ("Results\n\nThe trial met its primary endpoint.\n\n"
            "Cautionary Note Regarding Forward-Looking Statements\n\n"
            "These statements are based on current expectations. Actual results may differ.\n\n"
            "Media Contact:\n\nJane Roe\n\n555-0100 (office)")
    assert units_of(text, nlp) == [
        ("Results", "heading"),
        ("The trial met its primary endpoint.", "claim"),
        ("Cautionary Note Regarding Forward-Looking Statements", "heading"),
        ("These statements are based on current expectations.", "meta"),
        ("Actual results may differ.", "meta"),
        ("Media Contact:", "meta"),
        ("Jane Roe", "meta"),
        ("555-0100 (office)", "meta"),
    ]


def test_a_funding_disclosure_is_meta(nlp):
    text = ("Melatonin levels fall with age.\n\n"
            "The Science Desk receives support from the Example Foundation.")
    assert [kind for _, kind in units_of(text, nlp)] == ["claim", "meta"]


def test_source_lines_are_meta(nlp):
    text = ("Melatonin levels fall with age.\n\n"
            "Sleep Foundation: “Melatonin and Sleep: What to know.”\n\n"
            "Example Clinic: “Insomnia.”")
    assert [kind for _, kind in units_of(text, nlp)] == ["claim", "meta", "meta"]


def test_a_table_of_contents_is_meta_but_a_list_repeating_one_heading_is_not(nlp):
    text = ("Melatonin Guide\n\n• What Is Melatonin\n• How to Take It\n\n"
            "What Is Melatonin\n\nMelatonin is a hormone.\n\n"
            "How to Take It\n\nCommon forms include:\n\n• Tablets\n• How to Take It\n• Gummies\n\n"
            "Tablets are cheap.")
    kinds = units_of(text, nlp)
    assert kinds[1:3] == [("What Is Melatonin", "meta"), ("How to Take It", "meta")]
    assert ("Gummies", "claim") in kinds and ("Tablets", "claim") in kinds


@pytest.mark.parametrize(("text", "pieces"), [
    ("Some patients lost weight on the drug, and most found that it helped them sleep.", 2),
    ("Serotonin regulates mood, sleep, appetite, and how you feel pain.", 1),
])
def test_a_clause_split_needs_a_clause(nlp, text, pieces):
    assert len(segment(text, nlp)) == pieces


@pytest.mark.parametrize(("text", "hedged"), [
    ("Two studies suggest that melatonin shortens jet lag.", True),
    ("Melatonin is believed to shorten jet lag.", False),
    ("Melatonin is thought to shorten jet lag.", True),
])
def test_hedge_cues(nlp, text, hedged):
    (unit,) = segment(text, nlp)
    assert unit.hedged is hedged


@pytest.mark.parametrize(("line", "kind"), [
    ("Understanding Melatonin:", "heading"),
    ("Common side effects of melatonin include:", "claim"),
])
def test_a_colon_line_is_a_heading_only_without_a_clause(nlp, line, kind):
    units = segment(f"{line}\n\n• Drowsiness\n• Headache", nlp)
    assert (units[0].text, units[0].kind) == (line, kind)


def test_scraped_no_break_space_ends_the_sentence_before_it(nlp):
    text = "Melatonin is a hormone.Â\u00a0The body makes it at night."
    assert [u.text for u in segment(text, nlp)] == [
        "Melatonin is a hormone.Â", "The body makes it at night."]


def test_a_press_release_lead_announcing_news_is_not_promo(nlp):
    text = ("Acme Health today announced results of a study of melatonin in 300 adults.\n\n"
            "At Acme Health, we care about sleep. Acme Health is the best sleep company.")
    assert [kind for _, kind in units_of(text, nlp)] == ["claim", "promo", "promo"]


@pytest.mark.parametrize("text, kind", [
    ("You can call the helpline at any hour.", "advice"),
    ("You can talk to your pharmacist about the timing of doses.", "advice"),
    ("With several options, you can work with your doctor to pick one.", "advice"),
    ("If you feel faint after a dose, call your clinic or text the nurse line.", "advice"),
    # a generic "you" stating an effect or a fact is a claim
    ("You can reduce the chance of nausea by taking food with your medicine.", "claim"),
    ("You can work while taking this medicine.", "claim"),
])
def test_calls_to_action_with_you_can_are_advice(nlp, text, kind):
    assert units_of(text, nlp) == [(text, kind)]


def test_a_source_line_citing_titles_with_stops_and_questions_is_one_unit(nlp):
    text = ("Sources\n\n"
            "Sleep Foundation: “Melatonin: Does it work?” “Jet lag. What helps,” “Naps.”\n\n"
            "NHS: “Insomnia.”\n")
    assert units_of(text, nlp) == [
        ("Sources", "heading"),
        ("Sleep Foundation: “Melatonin: Does it work?” “Jet lag. What helps,” “Naps.”", "meta"),
        ("NHS: “Insomnia.”", "meta"),
    ]


def test_a_reference_list_keeps_one_unit_per_reference(nlp):
    text = ("References\n\n"
            "Smith J, Lee K. Does melatonin help? A trial. Sleep Med. 2020;12:4-9.\n\n"
            "Brown A. Naps and memory. J Sleep Res. 2019.\n")
    assert units_of(text, nlp) == [
        ("References", "heading"),
        ("Smith J, Lee K. Does melatonin help? A trial. Sleep Med. 2020;12:4-9.", "meta"),
        ("Brown A. Naps and memory. J Sleep Res. 2019.", "meta"),
    ]
