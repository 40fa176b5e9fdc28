"""Segmentation: blocks, clause splits, kinds, hedges, sections and offsets."""

import gc
import json
import weakref

import pytest

from annotator.nlp.evaluate import score
from annotator.nlp.model import load, model_name
from annotator.nlp.parse import Parse
from annotator.nlp.segmenter import KINDS, REVIEWED_KINDS, Unit, blocks, segment, segment_many
from tests.conftest import ROOT

CORPUS = sorted((ROOT / "corpus").glob("*.txt"))

MADE_UP = """Sleep and Mood

Melatonin is a hormone that regulates sleep, which is released at night. \
Melatonin may improve sleep, but it does not cure insomnia.

Take one tablet before bed. You should talk to a doctor first. Do you sleep well? \
It is important to keep a regular schedule.

March 3, 2021 Health

By Jane Doe

summary box: the effects of melatonin on sleep. Cheap; it costs less than a dollar a night.

  • Melatonin appears to shorten the time it takes to fall asleep.
  - It can cause headaches.
  1. Magnesium can help you relax.
  2) Valerian is thought to be calming.

Why Does It Work?

Melatonin signals darkness to the brain; the brain then prepares for sleep. \
Melatonin usually works within an hour and typically lasts four hours. \
Early results show promise in jet lag, while large trials are still missing."""


@pytest.fixture(scope="module")
def made_up(nlp):
    return {u.text: u for u in segment(MADE_UP, nlp)}


@pytest.fixture(scope="module")
def seed_units(nlp, seed_text):
    return segment(seed_text, nlp)


def _spans(units):
    return [(u.start, u.end) for u in units]


def check_invariants(text, units):
    previous_end = 0
    block_spans = [(b.start, b.end) for b in blocks(text)]
    for unit in units:
        assert text[unit.start : unit.end] == unit.text
        assert unit.text == unit.text.strip() and unit.text
        assert unit.start >= previous_end, "units overlap or are out of order"
        assert any(bs <= unit.start and unit.end <= be for bs, be in block_spans)
        assert unit.kind in KINDS
        assert not unit.hedged or unit.kind == "claim"
        assert unit.text[0] not in "•"
        previous_end = unit.end


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_offset_invariant_on_corpus(path, nlp):
    text = path.read_text(encoding="utf-8")
    check_invariants(text, segment(text, nlp))


def test_offset_invariant_on_made_up_text(nlp):
    check_invariants(MADE_UP, segment(MADE_UP, nlp))


def test_constants():
    assert KINDS == ("claim", "heading", "question", "advice", "promo", "meta")
    assert REVIEWED_KINDS == ("claim",)


def test_blocks_split_paragraphs_bullets_and_headings():
    text = (
        "Title Line\nFirst sentence here.\n\n"
        "  • Item one.\n- Item two\n3) Item three.\nwrapped on.\n"
    )
    found = [(b.text, b.list_item) for b in blocks(text)]
    assert found == [
        ("Title Line", False),
        ("First sentence here.", False),
        ("Item one.", True),
        ("Item two", True),
        ("Item three.\nwrapped on.", True),
    ]
    for b in blocks(text):
        assert text[b.start : b.end] == b.text


def test_blocks_keep_a_wrapped_sentence_together():
    text = "This is a sentence\ncut off in the middle because pdf."
    assert [b.text for b in blocks(text)] == [text]


def test_seed_but_split(seed_units, seed_text):
    start = seed_text.index("Ketamine has been used for decades as an anesthetic, but")
    pieces = [u.text for u in seed_units if start <= u.start < start + 100]
    assert pieces == [
        "Ketamine has been used for decades as an anesthetic",
        "but it has recently been shown to have antidepressant properties.",
    ]


def test_seed_semicolon_splits(seed_units):
    texts = [u.text for u in seed_units]
    for left, right in [
        ("It is fast-acting", "it takes effect within minutes and lasts up to four hours."),
        (
            "Relatively safe",
            "while ketamine does have some side effects (most notably, "
            "hallucinations), they are usually mild and short-lived.",
        ),
        (
            "Doctors cannot prescribe ketamine without special training",
            "finding someone who can provide patients with prescriptions can be hard.",
        ),
    ]:
        assert texts[texts.index(left) + 1] == right


def test_semicolon_then_but_in_one_sentence(seed_units):
    texts = [u.text for u in seed_units]
    k = texts.index("It is not always effective")
    assert texts[k + 1 : k + 3] == [
        "about half of people who try ketamine experience relief from their symptoms",
        "but the drug does not work for everyone.",
    ]


def test_relative_and_appositive_clauses_stay(seed_units, made_up):
    texts = {u.text for u in seed_units}
    assert (
        "Ketamine works by increasing levels of glutamate, which is a neurotransmitter "
        "involved in mood regulation." in texts
    )
    assert (
        "Esketamine therapy, or ketamine nasal spray, is effective for those who use it "
        "under the supervision of a doctor." in texts
    )
    assert "Melatonin is a hormone that regulates sleep, which is released at night." in made_up


def test_made_up_splits(made_up):
    assert made_up["Melatonin may improve sleep"].kind == "claim"
    assert made_up["but it does not cure insomnia."].kind == "claim"
    assert made_up["Melatonin signals darkness to the brain"].kind == "claim"
    assert made_up["the brain then prepares for sleep."].kind == "claim"
    assert made_up["Early results show promise in jet lag"].hedged
    assert made_up["while large trials are still missing."].kind == "claim"


def test_no_split_without_a_subject(nlp):
    text = "Ketamine reduces pain quickly, and improves mood within hours."
    assert [u.text for u in segment(text, nlp)] == [text]


def test_heading_glued_to_a_sentence(made_up, seed_units):
    assert made_up["summary box:"].kind == "meta"
    assert made_up["the effects of melatonin on sleep."].kind == "heading"
    assert made_up["Cheap"].section == "the effects of melatonin on sleep."
    by_text = {u.text: u for u in seed_units}
    assert by_text["explained text:"].kind == "meta"
    assert by_text["the benefits of ketamine therapy."].kind == "heading"


def test_bullets(made_up):
    bullet = made_up["Melatonin appears to shorten the time it takes to fall asleep."]
    assert MADE_UP[bullet.start - 2 : bullet.start] == "• "
    assert made_up["It can cause headaches."].kind == "claim"
    assert made_up["Magnesium can help you relax."].kind == "claim"
    assert made_up["Valerian is thought to be calming."].kind == "claim"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Take one tablet before bed.", "advice"),
        ("You should talk to a doctor first.", "advice"),
        ("It is important to keep a regular schedule.", "advice"),
        ("Do you sleep well?", "question"),
        ("March 3, 2021 Health", "meta"),
        ("By Jane Doe", "meta"),
        ("Sleep and Mood", "heading"),
        ("Why Does It Work?", "question"),
    ],
)
def test_kinds_on_made_up_sentences(made_up, text, kind):
    assert made_up[text].kind == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Always consult a pharmacist before mixing supplements.", "advice"),
        ("If you feel dizzy, stop taking it.", "advice"),
        ("Patients feel better when you explain the risks.", "claim"),
        ("Is it safe for children?", "question"),
        ("Aspirin thins the blood.", "claim"),
    ],
)
def test_kinds_of_single_sentences(nlp, sentence, kind):
    # Two sentences per text, so that a short one is not taken for a heading.
    units = segment(f"Aspirin is old. {sentence}", nlp)
    assert [u.kind for u in units][-1] == kind


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Zinc may shorten colds.", True),
        ("Zinc might shorten colds.", True),
        ("Zinc could shorten colds.", True),
        ("Zinc appears to shorten colds.", True),
        ("Zinc is thought to shorten colds.", True),
        ("There is preliminary evidence that zinc shortens colds.", True),
        ("Zinc is a potential treatment for colds.", True),
        ("Zinc can help shorten colds.", True),
        ("Zinc can be helpful for colds.", True),
        ("Zinc shows promise against colds.", True),
        ("Zinc can cause nausea.", False),
        ("Zinc usually shortens colds.", False),
        ("Zinc typically shortens colds.", False),
        ("Zinc was sold in May 2020.", False),
    ],
)
def test_hedges_on_made_up_sentences(nlp, sentence, hedged):
    (unit,) = segment(sentence + " It is cheap.", nlp)[:1]
    assert unit.kind == "claim"
    assert unit.hedged is hedged


def test_hedge_only_on_claims(nlp):
    units = segment("Aspirin is old. You should take it with food if it may upset you.", nlp)
    assert (units[1].kind, units[1].hedged) == ("advice", False)


def test_promo_from_the_publishers_own_name(nlp):
    text = (
        "Sunrise Sleep Clinic offers the best sleep care in Ohio. Melatonin is a hormone.\n\n"
        "At Sunrise Sleep Clinic, we understand how hard insomnia is. "
        "The Sunrise Sleep Clinics team can treat any sleep disorder."
    )
    kinds = [(u.text[:20], u.kind) for u in segment(text, nlp)]
    assert kinds == [
        ("Sunrise Sleep Clinic", "promo"),
        ("Melatonin is a hormo", "claim"),
        ("At Sunrise Sleep Cli", "promo"),
        ("The Sunrise Sleep Cl", "promo"),
    ]


def test_no_promo_without_first_person_plural(nlp):
    text = "Sunrise Sleep Clinic offers sleep care in Ohio. Melatonin is a hormone."
    assert {u.kind for u in segment(text, nlp)} == {"claim"}


def test_sections_follow_headings(seed_units):
    by_text = {u.text: u for u in seed_units}
    assert by_text[
        "Ketamine is a general anesthetic that has been in use since the 1950s."
    ].section == ("What is Ketamine?")
    assert by_text[
        "Ketamine abuse can be classified as either recreational or medical abuse."
    ].section == ("Ketamine Abuse")


def test_lemmas_keep_negation(seed_units):
    unit = next(u for u in seed_units if u.text == "but the drug does not work for everyone.")
    assert unit.lemmas == "but the drug do not work for everyone"


def test_segment_many_batches_and_keeps_order(nlp, seed_text):
    texts = ["", "Aspirin thins the blood.", "   \n\n", seed_text, "What is zinc?"]
    results = list(segment_many(texts, nlp, batch_size=4))
    assert [len(r) for r in results[:3]] == [0, 1, 0]
    assert results[3] == segment(seed_text, nlp)
    assert [(u.kind, u.text) for u in results[4]] == [("question", "What is zinc?")]
    assert isinstance(results[1][0], Unit)


def test_seed_against_gold(seed_units, gold_units):
    result = score(gold_units, [u.__dict__ for u in seed_units])
    assert result["claims_exact"]["f1"] >= 0.92
    assert result["claims_relaxed"]["f1"] >= 0.97
    assert result["kind_accuracy"] >= 0.95
    assert result["non_claims_as_claims"] == []


def test_blank_model_degrades_but_keeps_offsets(seed_text):
    blank = load("blank")
    assert model_name(blank) == "blank"
    units = segment(seed_text, blank)
    check_invariants(seed_text, units)
    assert units[0].text == "November 8, 2022 Life"


@pytest.mark.parametrize("debris", ["Â", "•", "Â.", "x"])
def test_fewer_than_two_letters_is_meta(nlp, debris):
    # A stray mojibake "Â" of a scraped page is no claim a reviewer could check.
    units = segment(f"Aspirin is old.\n\n{debris}\n\nIt is cheap.\n", nlp)
    assert [(u.text, u.kind) for u in units] == [
        ("Aspirin is old.", "claim"), (debris, "meta"), ("It is cheap.", "claim"),
    ]


def test_each_unit_keeps_its_own_parse(seed_units, made_up):
    for unit in seed_units:
        tokens = json.loads(unit.parse)
        for word, _lemma, _pos, tag, _dep, head, idx in tokens:
            assert unit.text[idx : idx + len(word)] == word and tag
            assert 0 <= head < len(tokens)
        assert "".join(t[0].strip() for t in tokens) == "".join(unit.text.split())
        if unit.kind == "claim":  # one sentence, or a clause of one: one root
            roots = [k for k, t in enumerate(tokens) if t[4] == "ROOT"]
            assert len(roots) == 1 and tokens[roots[0]][5] == roots[0]
    # A clause cut from its sentence reads as if parsed alone: the verb is its root,
    # and the "but" whose head was outside hangs from it.
    clause = made_up["but it does not cure insomnia."]
    parse = Parse.decode(clause.parse, text=clause.text)
    words = {t.text: t for t in parse.toks}
    assert words["cure"].dep == "ROOT" and words["cure"].head == words["cure"].i
    assert words["but"].head == words["cure"].i
    assert parse.negated(words["cure"].i)
    assert words["does"].lemma == "do" and parse.span(0, 2) == "but it does"


def test_a_blank_pipeline_stores_no_parse():
    units = segment("Aspirin thins the blood. It is cheap.", load("blank"))
    assert units and all(u.parse == "" for u in units)


class _Watching:
    """A pipeline that remembers every doc it made (weakly) and, as it hands out
    the last one, how many of the others are still alive."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.docs: list[weakref.ref] = []
        self.alive_at_last = None

    def pipe(self, items, **options):
        items = list(items)
        for number, (doc, context) in enumerate(self.nlp.pipe(items, **options), 1):
            if number == len(items):
                gc.collect()
                self.alive_at_last = sum(ref() is not None for ref in self.docs)
            self.docs.append(weakref.ref(doc))
            yield doc, context

    def __getattr__(self, name):
        return getattr(self.nlp, name)


def test_a_long_article_does_not_hold_its_blocks_docs(nlp):
    # Each block's doc is read as it comes and let go: an article's docs (about
    # 60 MB a MB of text) are never all held until its last block is parsed.
    # The units are the same as with the docs held: our web site's promo, named
    # in the last block, still marks the first block's claim.
    paragraphs = [f"Trial {n} enrolled {n * 10} adults with depression." for n in range(40)]
    text = "\n\n".join(["At Calm Clinic, our doctors offer the best ketamine care.", *paragraphs,
                        "At Calm Clinic, we treat depression every day."])
    watching = _Watching(nlp)
    units = next(segment_many([text], watching, batch_size=4))
    assert len(watching.docs) == 42
    # spaCy holds the batch it is parsing; nothing holds the docs before it.
    assert watching.alive_at_last <= 8, watching.alive_at_last
    assert [u.kind for u in units] == ["promo", *["claim"] * 40, "promo"]
    assert units == segment(text, nlp)


def test_a_doc_whose_roots_were_read_still_serialises(nlp):
    # The roots kinds finds are kept with the doc, keyed as spaCy keys its own
    # extension values: the doc still goes to bytes and back (worker processes).
    from spacy.tokens import Doc

    from annotator.nlp import kinds

    doc = nlp("The patients were tested. Ketamine worked within hours.")
    first = next(iter(doc.sents))
    root = kinds.root_of(first)
    assert root.text == "tested"
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert kinds.root_of(again[first.start : first.end]).i == root.i
