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

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from annotator.nlp.kinds import QUOTE_MARKS, SUBJECTS, TITLE, cues, is_parsed, root_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CONNECTORS = {"for", "of", "&", "and"}
NAME_SIMILARITY = 85


def _quoted(span: Span) -> list[bool]:
    """Whether each token of the sentence's doc lies inside double quotes."""
    inside, out = False, []
    for token in span.doc:
        if token.text in QUOTE_MARKS:
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


def name_candidates(sentences: Iterable[Span]) -> list[str]:
    """The names a block's unquoted first-person-plural sentences may use for
    the publisher, in order (:func:`publisher_names` keeps one of each)."""
    sentences = list(sentences)
    if not sentences or not sentences[0].doc.has_annotation("TAG"):
        return []
    found: list[str] = []
    quoted: list[bool] | None = None  # read once per doc, not once per sentence
    for sent in sentences:
        if not _says_we(sent):
            continue
        # The "we" in the subject or the opening phrase too ("At X, we …", "Our team at
        # X"): "The neurologist, Dr. Reyes, told us …" names no publisher.
        topic = _topic_tokens(sent)
        quoted = quoted or _quoted(sent)
        if _says_we(topic, quoted):
            # Only a name in the subject or the opening phrase.
            found += _topic_names(sent, topic)
    return found


def _says_we(tokens: Iterable[Token], quoted: list[bool] | None = None) -> bool:
    """Whether `tokens` hold a first-person-plural word ("we", "our" …); with
    `quoted` (:func:`_quoted`), one outside quotation marks."""
    plural = cues()["first_person_plural"]
    # "in the US" names a country, not the writers; "most of us", "many of us" are
    # people in general.
    return any(t.lower_ in plural and t.text != "US" and not (quoted and quoted[t.i])
               and not (t.lower_ == "us" and t.i > 0 and t.nbor(-1).lower_ == "of")
               and not _others_our(t) and not _research_our(t)
               for t in tokens)


def _research_our(token: Token) -> bool:
    """``our pilot``, ``our central hypothesis``: the writers' research, reported (a
    finding or a plan to check), not the publisher selling itself."""
    return token.lower_ == "our" and token.dep_ == "poss" \
        and token.head.lemma_.lower() in cues()["research_nouns"]


# "our local adult day program", "our nearest hospital": a community's, not the writer's.
_LOCAL = {"local", "nearest", "nearby", "neighborhood", "neighbourhood", "community"}


def _others_our(token: Token) -> bool:
    """``our sweet Maya``, ``our son Leo``: "our" before a person's name or a family
    word is a family's, and ``our local day program`` a community's, not a
    publisher's ("our Riverside Clinic" names a business)."""
    head = token.head
    if token.lower_ != "our" or token.dep_ != "poss":
        return False
    if any(t.lower_ in _LOCAL for t in head.subtree if t.i < head.i):
        return True
    if head.lower_ in cues()["kin_words"]:
        return True  # "Our son Leo is four years old": a family's
    business = cues()["business_nouns"]
    return head.tag_ == "NNP" and not any(t.lower_ in business for t in head.subtree)


def _topic_names(span: Span, topic_tokens: list[Token]) -> list[str]:
    """The proper-noun phrases of `span` inside its subject or opening phrase; not a
    family's word for one of them ("Dad"), nor a single word that only sorts a common
    noun ("PSA" of "A screening PSA test at our clinic"; "The Sunrise Sleep Clinics
    team" names its clinic), nor a word in lower case ("ng" of "2.5 ng/mL")."""
    topic = {t.i for t in topic_tokens}
    kin = cues()["kin_words"]  # "Dad was diagnosed …": a family's, no publisher's name
    # What a relative clause of the subject names is the publisher's thing, not the
    # publisher: "The vaccines we use (Engerix B …) are made …".
    described = {t.i for t in topic_tokens if t.dep_ == "relcl" for t in t.subtree}
    return [phrase.text for phrase in proper_phrases(span)
            if any(t.i in topic and t.i not in described for t in phrase)
            and phrase.text[:1].isupper()
            and phrase.text.lower() not in kin and not _a_person(phrase)
            and not (len(phrase) == 1 and phrase[0].dep_ == "compound"
                     and phrase[0].head.tag_ in ("NN", "NNS"))]


# A person's title (kinds.TITLE): "Dr Helen Osei, our consultant …" is one of the
# publisher's staff, not the publisher ("Dr Reyes Dental Clinic" names a business).
_PERSON_TITLE = re.compile(rf"{TITLE}|Professor", re.IGNORECASE)


def _a_person(phrase: Span) -> bool:
    """A person by a title, or by a role of the publisher's set beside the name ("Kate
    Morrow, our senior physiotherapist")."""
    business = cues()["business_nouns"]
    if any(t.lower_ in business for t in phrase):
        return False
    staff = any(a.dep_ == "appos" and any(o.lower_ == "our" and o.dep_ == "poss"
                                           for o in a.children)
                for t in phrase for a in t.children)
    return staff or _PERSON_TITLE.fullmatch(phrase[0].text) is not None


def publisher_names(candidates: Iterable[str]) -> list[str]:
    """Names the article uses for itself: its blocks' :func:`name_candidates`,
    in order, one of each (names match loosely)."""
    names: list[str] = []
    for name in candidates:
        if not any(_same_name(name, n) for n in names):
            names.append(name)
    return names


def _topic_tokens(span: Span) -> list[Token]:
    """The subject of the clause, and a phrase opening it (``At X, we …``)."""
    return _clause_topic(root_of(span))


def _clause_topic(root: Token) -> list[Token]:
    """:func:`_topic_tokens` of the clause headed by `root`. Of a person reporting
    what they say ("Dr. Cole, who leads our gout clinic, says cherries may …"), the
    topic is that of what is said: an "our" only in the words describing the
    speaker does not make the publisher the subject ("We say …", "Our doctors
    say …" still speak as the publisher)."""
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    said = next((c for c in root.children if c.dep_ == "ccomp"), None)
    plural = cues()["first_person_plural"]
    if said is not None and subjects and root.lemma_.lower() in cues()["reporting_verbs"] \
            and not any(s.lower_ in plural or any(o.lower_ in plural for o in s.children)
                        for s in subjects):
        return _clause_topic(said)
    # Not an aside inside the subject: "The good news, Priya told us, is …".
    aside = {t.i for c in subjects for t in c.subtree if t.dep_ == "parataxis"
             for t in t.subtree}
    topic = [t for c in subjects for t in c.subtree if t.i not in aside]
    opener = [c for c in root.children if c.dep_ == "prep" and c.i < root.i]
    return topic + [t for c in opener for t in c.subtree]


@dataclass(frozen=True)
class Reading:
    """What deciding whether a claim is promo needs of it, read while its doc is
    alive (the publisher's names are known only once the whole article is read)."""

    parsed: bool = False
    describes_itself: bool = False  # see _describes_itself
    news: bool = False  # its verb reports news ("X today announced …")
    speaks_as_us: bool = False  # an unquoted "we"/"our …" is its subject or opens it
    names: tuple[str, ...] = ()  # proper-noun phrases in its subject or opening phrase
    denies: bool = False  # its verb is negated ("We cannot guarantee …", "We do not sell …")
    # a named organisation said to be what it is ("Acme Bio is a clinical-stage
    # biotechnology company …", "SkinSafe UK is a national charity …"): see _introduces
    introduces: bool = False
    # the publisher proud of itself ("We're proud to support …", "Hartwell is proud to have
    # signed …", "Kingsmead Royal Infirmary – proud to be one of …"): see _boasts
    boasts: bool = False


def read(span: Span) -> Reading:
    """:class:`Reading` of one claim."""
    if not is_parsed(span):
        return Reading()
    topic_tokens = _topic_tokens(span)
    return Reading(
        parsed=True,
        describes_itself=_describes_itself(span),
        news=root_of(span).lemma_.lower() in cues()["news_verbs"],
        # The quotation marks are read only when there is a "we" to place. What the
        # writers "will" do is a plan a reader can hold them to ("We will decide an
        # appeal within 72 hours", "we will examine reach"), unless it sells.
        speaks_as_us=_says_we(topic_tokens) and _says_we(topic_tokens, _quoted(span))
        and not (_plans(root_of(span)) and not _describes_itself(span)),
        names=tuple(_topic_names(span, topic_tokens)),
        denies=any(c.dep_ == "neg" for c in root_of(span).children),
        introduces=_introduces(span),
        boasts=_boasts(span),
    )


def is_promo(reading: Reading, names: list[str]) -> bool:
    """Whether a claim (its :func:`read`) promotes the publisher, whose names
    are :func:`publisher_names`."""
    if not reading.parsed or reading.denies:
        # (what the publisher does not do or cannot promise is a policy, not an offer:
        # "We cannot guarantee that any dish is nut-free.")
        return False
    if reading.introduces or reading.boasts:
        return True
    if not names:
        return reading.describes_itself
    if reading.news:
        return False  # "X today announced the results of …" reports news: a claim
    # Once the publisher is known, its unquoted "we …" / "our team …" speaks for it.
    if reading.speaks_as_us:
        return True
    return any(_same_name(phrase, n) for phrase in reading.names for n in names)


_WILL = {"will", "shall", "'ll", "’ll"}


def _plans(root: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _WILL for c in root.children)


# What an organisation says it is in its "About us" paragraph.
_ORGANISATIONS = {"company", "charity", "organisation", "organization", "business", "firm",
                  "nonprofit", "non-profit", "manufacturer", "leader", "provider", "institute",
                  "foundation", "network", "startup", "start-up", "developer"}
# (not "brand": "Ozempic … is the brand of semaglutide approved for type 2 diabetes")


def _introduces(span: Span) -> bool:
    """``Acme Bio is a clinical-stage biotechnology company focused on …``: a name (a proper
    noun its subject) said to be an organisation, outside quotation marks, as a press
    release's or a charity's boilerplate introduces itself. Not "Spravato is a nasal spray
    made by Janssen" (no organisation), nor a pronoun ("It is a small company")."""
    root = root_of(span)
    if root.lemma_ != "be":
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    # (what it is, not what it is among: "X and Y are among drug companies developing …")
    if subject is None or subject.tag_ not in ("NNP", "NNPS") or root.i + 1 >= span.end \
            or span.doc[root.i + 1].lower_ not in ("a", "an", "the", "one"):
        return False
    # The noun the predicate's phrase is headed by (the parser may hang "company" of "is a
    # biotechnology company focused on …" under "focused").
    noun = next((t for t in span.doc[root.i + 1 : span.end] if t.tag_ in ("NN", "NNS")
                 and t.dep_ not in ("compound", "amod", "nmod")), None)
    return noun is not None and noun.lemma_.lower() in _ORGANISATIONS \
        and not _quoted(span)[subject.i]


def _boasts(span: Span) -> bool:
    """An organisation (``we``, or a name) saying, outside quotation marks, that it is
    proud to be or to do something, as its own line or sentence: "Ashgrove RFC is proud to
    be an RFU Accredited Club", "We are proud that …", "Kingsmead Royal Infirmary – proud
    to be one of the top 10 A&Es". Not someone else's pride ("Her mother said she was
    proud of her": not the sentence's own verb, nor an organisation's)."""
    root = root_of(span)
    proud = next((t for t in root.children if t.lower_ == "proud"), None)
    if proud is None or proud.i + 1 >= span.end \
            or span.doc[proud.i + 1].lower_ not in ("to", "that"):
        return False
    if proud.dep_ == "acomp":
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    else:  # a name and its pride, without a verb
        subject = root if proud.dep_ == "amod" and root.tag_ in ("NNP", "NNPS") else None
    return subject is not None and (subject.lower_ in cues()["first_person_plural"]
                                    or subject.tag_ in ("NNP", "NNPS")) \
        and not _quoted(span)[subject.i]


def _describes_itself(span: Span) -> bool:
    """A publisher that never names itself still promotes itself when it describes
    its business in the first person (unquoted): ``We are the most trusted CBD
    brand``, ``We offer free shipping``, ``Our products are lab tested``. The
    generic "we" of people in general ("As we age, our bodies …", "We are all at
    risk") and "We found that …" (a finding) stay claims."""
    root = root_of(span)
    business = cues()["business_nouns"]
    first_person = [c for c in root.children if c.dep_ in SUBJECTS and (
        c.lower_ == "we" or any(o.lower_ == "our" and o.dep_ == "poss" and not _others_our(o)
                                for o in c.children))]
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
