"""The attribute ruler's look-up finds exactly the matches spaCy's Matcher finds."""

import json
import pickle

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from annotator.nlp import ruler
from tests.conftest import DATA, SEED


def _texts() -> list[str]:
    texts = [SEED.read_text(encoding="utf-8")]
    for path in sorted(DATA.glob("*.units.jsonl")):
        with path.open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    rules = json.loads((DATA / "golden-rules-en.json").read_text(encoding="utf-8"))
    texts.extend(rule["input"] for rule in rules)
    # The pipeline's own two-token and regular-expression patterns.
    texts += ["Y'all are gonna love it, ain't it?", "Let's go, c'mon, there is nothin' here.",
              "She gets it; he got it.", "There were    two."]
    return texts


def test_the_loaded_pipeline_uses_the_lookup(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler").match, ruler.Lookup)


def test_lookup_finds_the_matchers_matches_on_every_gold_text(nlp):
    attribute_ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = list(nlp.pipe(_texts()))
    lookup = ruler.Lookup(attribute_ruler)
    differing = [doc.text[:60] for doc in docs
                 if lookup(doc) != AttributeRuler.match(attribute_ruler, doc)]
    assert differing == []
    # Not vacuous: the pipeline's two-token patterns match here.
    assert any(end - start == 2 for doc in docs[-4:] for *_, start, end in lookup(doc))


def test_two_token_patterns_and_their_index():
    nlp = spacy.blank("en")
    attribute_ruler = nlp.add_pipe("attribute_ruler")
    attribute_ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=1)
    attribute_ruler.add([[{"TAG": {"IN": ["VBZ", "VBP"]}}]], {"POS": "VERB"})
    attribute_ruler.add([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"})
    attribute_ruler.add([[{"TAG": {"NOT_IN": ["VBZ", "VBP", ""]}}]], {"POS": "X"})
    assert ruler.speed_up(nlp)
    words = ["Y'", "all", "are", "gon", "na", "win", "."]
    doc = Doc(nlp.vocab, words=words, tags=["PRP", "DT", "VBP", "VBG", "TO", "VB", "."])
    expected = AttributeRuler.match(attribute_ruler, doc)
    assert attribute_ruler.match(doc) == expected
    doc = nlp(doc)
    assert [t.lemma_ for t in doc][:5] == ["you", "", "", "", "to"]
    assert [t.pos_ for t in doc] == ["X"] * 2 + ["VERB"] + ["X"] * 4


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "very", "OP": "+"}],                     # an operator
    [{"ORTH": "mg"}],                                   # an attribute not looked up
    [{"LOWER": "a"}, {"LOWER": "b"}, {"LOWER": "c"}],  # three tokens
])
def test_other_patterns_keep_the_matcher(pattern):
    nlp = spacy.blank("en")
    attribute_ruler = nlp.add_pipe("attribute_ruler")
    attribute_ruler.add([pattern], {"LEMMA": "x"})
    assert not ruler.speed_up(nlp)
    assert "match" not in vars(attribute_ruler)


def test_a_pipeline_with_the_lookup_still_pickles(nlp):
    copy = pickle.loads(pickle.dumps(nlp))
    assert isinstance(copy.get_pipe("attribute_ruler").match, ruler.Lookup)
    assert [t.lemma_ for t in copy("They're gonna stop.")] == ["they", "be", "go", "to", "stop",
                                                               "."]
