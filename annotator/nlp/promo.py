"""The publisher promoting itself (kind ``promo``), decided over a whole article.

The publisher names itself in first person plural outside quotations (``At the
Indiana Center for Recovery, we understand …``). Proper-noun phrases in those
sentences are taken as the publisher's names; a sentence whose subject, or
opening phrase, is one of those names promotes the publisher, and so does a
``we`` sentence that names it. Names match loosely (``Recover`` / ``Recovery``)
because articles misspell themselves. A publisher that never names itself (a
shop's page) promotes itself when "we" or "our <product>" describes its business.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from annotator.nlp.kinds import SUBJECTS, cues, is_parsed, root_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_QUOTES = {'"', "“", "”"}
_CONNECTORS = {"for", "of", "&", "and"}
NAME_SIMILARITY = 85


def _quoted(span: Span) -> list[bool]:
    """Whether each token of the sentence's doc lies inside double quotes."""
    inside, out = False, []
    for token in span.doc:
        if token.text in _QUOTES:
            inside = not inside if token.text == '"' else token.text == "“"
        out.append(inside)
    return out


def proper_phrases(span: Span) -> list[Span]:
    """Maximal runs of proper nouns, joined by of/for/&/and (``Center for Recovery``)."""
    phrases, start = [], None
    tokens = list(span)
    for k, token in enumerate(tokens):
        # A capitalised compound of a proper noun is part of the name even when the
        # tagger calls it a common noun ("Sunrise Sleep Clinic" at a sentence start).
        propn = token.tag_.startswith("NNP") or (
            token.is_title and token.dep_ == "compound" and token.head.tag_.startswith("NNP")
        )
        joiner = (
            token.lower_ in _CONNECTORS
            and start is not None
            and k + 1 < len(tokens)
            and tokens[k + 1].tag_.startswith("NNP")
        )
        if propn or joiner:
            start = k if start is None else start
            continue
        if start is not None:
            phrases.append(span[start:k])
            start = None
    if start is not None:
        phrases.append(span[start:])
    return phrases


def _same_name(a: str, b: str) -> bool:
    return fuzz.ratio(a.lower(), b.lower()) >= NAME_SIMILARITY


def publisher_names(sentences: list[Span]) -> list[str]:
    """Names the article uses for itself, from its unquoted first-person-plural sentences."""
    if not sentences or not sentences[0].doc.has_annotation("TAG"):
        return []
    plural = cues()["first_person_plural"]
    names: list[str] = []
    quotes: dict[int, list[bool]] = {}  # per doc, read once: not once per sentence
    for sent in sentences:
        quoted = quotes.get(id(sent.doc))
        if quoted is None:
            quoted = quotes[id(sent.doc)] = _quoted(sent)
        if not any(t.lower_ in plural and not quoted[t.i] for t in sent):
            continue
        # Only a name in the subject or the opening phrase ("At X, we …", "Our team at X").
        topic = {t.i for t in _topic_tokens(sent)}
        for phrase in proper_phrases(sent):
            if not any(t.i in topic for t in phrase):
                continue
            if not any(_same_name(phrase.text, n) for n in names):
                names.append(phrase.text)
    return names


def _topic_tokens(span: Span) -> list[Token]:
    """The subject of the clause, and a phrase opening it (``At X, we …``)."""
    root = root_of(span)
    topic = [t for c in root.children if c.dep_ in SUBJECTS for t in c.subtree]
    opener = [c for c in root.children if c.dep_ == "prep" and c.i < root.i]
    return topic + [t for c in opener for t in c.subtree]


def is_promo(span: Span, names: list[str]) -> bool:
    if not is_parsed(span):
        return False
    if not names:
        return _describes_itself(span)
    if root_of(span).lemma_.lower() in cues()["news_verbs"]:
        return False  # "X today announced the results of …" reports news: a claim
    topic_tokens = _topic_tokens(span)
    quoted = _quoted(span)
    # Once the publisher is known, its unquoted "we …" / "our team …" speaks for it.
    plural = cues()["first_person_plural"]
    if any(t.lower_ in plural and not quoted[t.i] for t in topic_tokens):
        return True
    topic = {t.i for t in topic_tokens}
    for phrase in proper_phrases(span):
        if any(t.i in topic for t in phrase) and any(_same_name(phrase.text, n) for n in names):
            return True
    return False


def _describes_itself(span: Span) -> bool:
    """A publisher that never names itself still promotes itself when it describes
    its business in the first person (unquoted): ``We are the most trusted CBD
    brand``, ``We offer free shipping``, ``Our products are lab tested``. The
    generic "we" of people in general ("As we age, our bodies …", "We are all at
    risk") and "We found that …" (a finding) stay claims."""
    root = root_of(span)
    business = cues()["business_nouns"]
    first_person = [c for c in root.children if c.dep_ in SUBJECTS and (
        c.lower_ == "we" or any(o.lower_ == "our" and o.dep_ == "poss" for o in c.children))]
    if not first_person:
        return False  # most sentences: no need to read the quotation marks
    quoted = _quoted(span)
    for subject in first_person:
        if quoted[subject.i]:
            continue
        if subject.lower_ == "we":
            if root.lemma_.lower() in cues()["selling_verbs"]:
                return True
            attrs = [c for c in root.children if c.dep_ == "attr"]
            if root.lemma_ == "be" and any(a.lemma_.lower() in business for a in attrs):
                return True
        elif subject.lemma_.lower() in business:  # "our products", "our team"
            return True
    return False
