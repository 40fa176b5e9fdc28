"""Article text → units (claims, headings, questions, advice, promo, meta). Pure.

blocks → sentences → clauses → kinds, following SEGMENTATION.md. All blocks of
all texts go through ONE ``nlp.pipe(..., as_tuples=True)`` so that ingesting a
folder is batched; the ids travel with the docs.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from annotator.nlp import clauses, kinds, parse, promo, sbd
from annotator.nlp.blocks import (
    FIGURE_LINE,
    LABEL_MAX_WORDS,
    Block,
    blocks,
    cell_count,
    decoration_before,
    is_bar_line,
    is_panel_figure,
    label_line,
    stripped,
    unwrapped,
)
from annotator.nlp.kinds import doc_text, opens_line, text_of

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "KINDS",
    "REVIEWED_KINDS",
    "Block",
    "Unit",
    "blocks",
    "segment",
    "segment_many",
    "sentences",
]

KINDS = ("claim", "heading", "question", "advice", "promo", "meta")
REVIEWED_KINDS = ("claim",)
_DASHES = {"—", "–", "--"}
# Openings of a list item that is the condition of the instruction above it.
_CONDITIONS = {"If", "When", "Unless", "While", "Before", "After"}
# The words of a label: nouns and their adjectives, joined ("Abuse and misuse").
_LABEL_POS = {"NOUN", "PROPN", "ADJ", "CCONJ", "DET", "ADP"}
# Measured on the corpus with en_core_web_sm (benchmarks/bench_segment.py).
BATCH_SIZE = 64
# How a reference ends: an access note, a page range, a DOI.
_REFERENCE_END = re.compile(r"(?:\bAccessed\b[^.]{0,40}|\d+ ?[-–] ?\d+|\bdoi: ?\S+) ?\.$", re.I)


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    kind: str
    text: str
    section: str | None
    hedged: bool
    # Lower-cased lemmas of the words (negations kept), for duplicate and contradiction checks.
    lemmas: str = ""
    # The unit's words with their parse, as JSON (annotator.nlp.parse.encode), so that the
    # contradiction checks read the parse made here instead of parsing again; "" when
    # the pipeline does not parse. Held packed (parse.pack); read it as `parse`.
    packed: bytes = field(default=b"", repr=False)

    @property
    def parse(self) -> str:
        return parse.unpack(self.packed)


@dataclass(frozen=True)
class _Draft:
    """A unit before the article-level passes (promo, table of contents, sections)."""

    span: Span
    block: Block
    kind: str
    standalone: bool


def _nlp(nlp: Language | None) -> Language:
    if nlp is not None:
        return nlp
    from annotator.nlp.model import load  # lazily: importing segment must not load spaCy

    return load()


def sentences(text: str, nlp: Language | None = None) -> list[tuple[int, int]]:
    """Sentence spans of `text` (stripped), as the pipeline sets them, before clause splits."""
    doc = _nlp(nlp)(text)
    spans = (stripped(text, s.start_char, s.end_char) for s in doc.sents)
    return [(start, end) for start, end in spans if start < end]


# A link or an identifier, as a reference's line may open with one ("doi:10.1136/…").
_URLISH_ITEM = re.compile(r"\b(?:doi|https?|www|pmid|isbn)\b", re.IGNORECASE)


def _the_writer(token: Token) -> bool:
    """The writer as a subject or an owner: "I" ("The only side effect I got"), "my"
    ("My attacks went …"); not "me" ("With me in the studio", "send me your routes") nor
    an author's initials ("Thase ME.")."""
    return token.pos_ == "PRON" and (
        (token.text == "I" and token.dep_.startswith("nsubj")) or token.text in ("my", "My"))


def _label_split(sent: Span) -> list[Span] | None:
    """``explained text: the benefits of ketamine therapy.`` → label + title, if verbless."""
    if kinds.has_predicate(sent):
        return None
    for token in sent[:-1]:
        if token.text == ":" and token.i > sent.start:
            return [sent.doc[sent.start : token.i + 1], sent.doc[token.i + 1 : sent.end]]
    return None


def _runin_split(sent: Span, list_item: bool = False, bare: bool = False) -> list[Span] | None:
    """``Legal Status: CBD is …`` → the run-in label (a heading) and its sentence:
    a short verbless label opening a paragraph or list item, then a colon (or a
    spaced dash after a label, title-cased outside a list, or a wide space after a
    title-cased one), then a sentence of its own."""
    # A run-in label ("Legal Status:", "Full-spectrum CBD:") is as short as a label line.
    for token in sent[: LABEL_MAX_WORDS + 3]:
        if token.i == sent.start:
            continue
        # "Heart Health – Curcumin improves …": a title-cased label before a spaced dash.
        dash = token.text in _DASHES or (token.text == "-" and token.nbor(-1).whitespace_)
        # "Findings  In this cohort study …": a journal's label set off by a wide space.
        wide = token.is_space and "\n" not in token.text
        # "Results Among 4,120 participants …": an abstract's part named, then a sentence,
        # in a block of several such lines (`bare`; not "Note Taking helps …" alone, not
        # "Fact Check: …", not a title such as "Update Your Vaccines Today.").
        if bare and token.text[:1].isupper() \
                and kinds.names_part(sent.doc[sent.start : token.i].text) \
                and not any(t.text in ":–—" for t in sent[: LABEL_MAX_WORDS + 3]):
            label, rest = sent.doc[sent.start : token.i], sent.doc[token.i : sent.end]
            if len(rest) >= 3 and kinds.final_char(text_of(rest)) in ".!?" \
                    and not kinds.title_cased(rest) and not _clause_label(label):
                return [label, rest]
            return None
        # "Recommendation 1 (Grade A): …": the aside's bracket and the colon are one token.
        aside = token.text == "):"
        if not (dash or wide or aside) and (not token.text.startswith(":")
                                            or token.text.strip(":*_")):
            continue
        if token.text == ":" and not token.whitespace_ and token.i + 1 < sent.end \
                and sent.doc[token.i + 1].text[:1].isalnum():
            continue  # a colon inside a name ("the Nd:YAG laser") labels nothing
        if dash and any(t.text == ":" for t in sent.doc[token.i + 1 : min(
                sent.end, token.i + LABEL_MAX_WORDS)]):
            continue  # "Stage 1 – Gingivitis: Your gums …": the label runs to its colon
        # A list item's label needs no capitals ("- Dry mouth – Sip water …").
        if dash and not (token.whitespace_
                         and (list_item or kinds.title_cased(sent.doc[sent.start : token.i]))):
            return None
        if wide and not kinds.title_cased(sent.doc[sent.start : token.i]):
            return None
        # "**Neuroplasticity:** Curcumin …": Markdown's emphasis belongs to the label.
        end = token.i + 1
        while end < sent.end and not sent.doc[end].text.strip("*_"):
            end += 1
        label, rest = sent.doc[sent.start : token.i], sent.doc[end : sent.end]
        # "TL;DR:" is one token, not all letters
        first = next((t for t in label if t.text[:1].isalpha()), None)
        if (
            first is None
            or not first.text[0].isupper()
            or _clause_label(label)
            # "Order the right tests: RT-PCR and IgM antibody tests.": an instruction's
            # colon opens what it names, not a sentence
            or (kinds.opens_with_command(label) and not kinds.has_predicate(rest))
            or _bracketed(text_of(label) + ")" * aside)
            # "January 1922 – Leonard Thompson, 14, becomes …": a date is what it dates.
            or kinds.has_date(text_of(label))
            or len(rest) < 3
            # the tagger often misreads the words after a label ("Truth: Immunity …
            # declines" without a verb), so a sentence of three words will do
            or not ((rest[0].text[:1].isupper()
                     and (kinds.has_predicate(rest) or sum(t.is_alpha for t in rest) >= 3))
                    # "METHODS: 312 students aged 13–17 reported …": a sentence may open
                    # with a number
                    or (rest[0].text[:1].isdigit() and kinds.has_predicate(rest))
                    # "Bottom line: take vitamin D if …": an instruction after a label
                    # may open in lower case ("Try this: take …" is one instruction)
                    or (kinds.reads_as_command(rest) and not kinds.opens_instruction(label))
                    # "Tip: do not skip breakfast.", "Reminder: never share needles."
                    or (kinds.forbids(rest) and kinds.final_char(text_of(rest)) in ".!")
                    # "One caveat: statins can interact with other drugs.": a sentence
                    # of its own in lower case, its subject before its verb
                    or (kinds.final_char(text_of(rest)) in ".!"
                        and kinds.subject_before_verb(rest))
                    # "Cholera: spread through contaminated water and food.": what the
                    # label names is said of it by a participle or an adjective
                    # (after a colon, and no clause of its own)
                    or (token.text.startswith(":") and kinds.final_char(text_of(rest)) in ".!"
                        and rest[0].tag_ in ("VBN", "VBD", "JJ") and rest[0].text[:1].islower()
                        and sum(t.is_alpha for t in rest) >= 3
                        and not any(kinds.is_finite(t) for t in rest[1:])))
            # "Ketamine: A Drug That Could …" is a title, not a label and a sentence;
            # "Urgent advice: Call a doctor if:" is a label and an instruction's lead-in
            # ("CAUTION: The following can cause inaccurate readings:" is a label and
            # a claim's lead-in)
            or (kinds.final_char(text_of(rest)) not in ".!?"
                and not kinds.instruction_lead_in(rest)
                and not (kinds.final_char(text_of(rest)) == ":" and kinds.has_predicate(rest)
                         and not kinds.title_cased(rest)))
        ):
            return None
        return [sent.doc[sent.start : end], rest]
    return None


def _declares(span: Span) -> bool:
    """A sentence of its own (a capital, a stop, not a condition) whose subject comes
    before its verb: "Mosquitoes lay their eggs in standing water.", not "If you are
    pregnant." nor "have heart failure"."""
    text = text_of(span)
    return text[:1].isupper() and kinds.final_char(text) in ".!" \
        and text.split(" ", 1)[0] not in _CONDITIONS and kinds.subject_before_verb(span, base=True)


# "Recommendation 1 (Grade A)": a label's closing aside.
_ASIDE_END = re.compile(r"[ \t]\([^()\[\]\"“”]{1,20}\)$")


def _bracketed(label: str) -> bool:
    """Brackets or quotation marks in a label make it none ("Ketamine (Spravato) is
    …"), unless they close it around a short aside ("Recommendation 1 (Grade A):")."""
    aside = _ASIDE_END.search(label)
    return any(c in '()[]"“”' for c in (label[: aside.start()] if aside else label))


def _bar_line(sent: Span, text: str) -> bool:
    """``4.4 out of 5 stars | 318 answered questions``: a whole line of parts between
    bars or wide spaces (:func:`blocks.is_bar_line`) inside a block, no row of a table
    (the lines around it have no such parts); a single line is marked by
    :func:`blocks.blocks` (``Block.bars``)."""
    if not is_bar_line(text_of(sent).strip()) or "\n" in text_of(sent).strip():
        return False
    before = text[: sent.start_char].rstrip(" \t")
    after = text[sent.start_char + len(text_of(sent).rstrip()) :].lstrip(" \t")
    if (before and not before.endswith("\n")) or (after and not after.startswith("\n")):
        return False
    # (a neighbour with as many cells makes it a row: "Dose | Onset" over "5 mg | 1 hour")
    around = before.rsplit("\n", 2)[-2:-1] + after.split("\n", 2)[1:2]
    cells = cell_count(text_of(sent))
    return not any(cell_count(line) == cells for line in around)


def _clause_label(label: Span) -> bool:
    """Whether a label before a colon is a clause ("He concluded", "Experts say").
    A present-tense "verb" closing a noun label is a noun the tagger misread
    ("CBD isolate", "Green tea extract"), unless a pronoun is its subject."""
    words = [t for t in label if not t.is_punct]
    finite = [t for t in words if kinds.is_finite(t)]
    if not finite or kinds.is_wh_label(words):
        return False  # "Why it matters:", "What we know:", a newsroom's labels
    misread = (len(finite) == 1 and finite[0] == words[-1] and finite[0].tag_ in ("VBP", "VBZ")
               and not any(t.tag_ == "PRP" for t in words))
    return not misread


_SERIES_LABEL = 7


def _stopped_label(sent: Span, most: int = 5) -> bool:
    """A list item's run-in label ending in a full stop: a noun phrase of at
    most five words (`most`), capitalised, without a verb, an adverb, a figure or a
    quotation (``Sedation and dissociation.``, ``Respiratory depression.``,
    ``Shortness of breath and dizziness.``, ``Pale or yellowish skin.``, whose
    ``yellowish`` the tagger reads as a verb after "or")."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    # an adjective joined to another, read as a verb in its base form
    misread = {t.i for t in words if t.tag_ == "VB" and t.dep_ == "conj" and t.head.pos_ == "ADJ"}
    return (
        kinds.final_char(text_of(sent)) == "."
        and 1 <= len(words) <= most
        and words[0].text[:1].isupper()
        # ("Alzheimer's disease.": a possessive's "'s" too)
        and all(t.tag_ == "POS" or ((t.is_alpha or "-" in t.text)
                                    and (t.pos_ in _LABEL_POS or t.i in misread)) for t in words)
        and not any(t.text in "\"“”‘’'()" for t in sent)
        and (not kinds.has_predicate(sent)
             or (misread and all(t.i in misread for t in sent if kinds.is_verb(t))))
        and kinds.is_parsed(sent)
        and (kinds.root_of(sent).pos_ in ("NOUN", "PROPN")
             or (bool(misread) and words[-1].pos_ == "NOUN"))
        # "Zinc shortens colds." read as nouns still has a subject in its parse
        and not any(t.dep_ in kinds.SUBJECTS for t in sent)
    )


def _field_colon(doc: Doc) -> int | None:
    """The index of the token that ends a field's label with its colon (``:``, or
    ``):`` of ``Onset (IV):``), if the tokeniser ends a token there."""
    end = doc_text(doc).find(":") + 1
    token = next((t for t in doc if t.idx + len(t) == end), None)
    return token.i if token is not None and token.i + 1 < len(doc) else None


def _turn_split(sent: Span) -> list[Span] | None:
    """``Q: Is it safe?`` / ``A: For most adults …``: an interview's turn label and its words."""
    if not kinds.is_turn_label(text_of(sent)):
        return None
    # ":" or "):" of "CORRESPONDENT (voice-over): …"
    colon = next((t for t in sent if t.text.startswith(":") or t.text.endswith("):")), None)
    if colon is None:  # "Q:Is it safe?" tokenised with the colon inside a word
        return None
    rest = sent.doc[colon.i + 1 : sent.end]
    return [sent.doc[sent.start : colon.i + 1], rest] if text_of(rest).strip() else None


# "[8-1-2013]", "(Updated May 3, 2024)": a date in brackets before the first sentence.
_BRACKETED_DATE = re.compile(
    r"[\[(]\s*(?:(?:posted|updated|published|revised)\s+)?"
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d|[a-z]{3,9}\.?\s+\d{1,2},?\s+(?:19|20)\d\d"
    r"|\d{1,2}\s+[a-z]{3,9}\.?\s+(?:19|20)\d\d)\s*[\])]",
    re.IGNORECASE)


# "2/6 Creatine is …", "3/ It does raise …": a post's place in a thread opening its line.
_COUNTER = re.compile(r"(?m)^[ \t]*\(?(\d{1,2})/(\d{1,2})?\)?[ \t]+(?=[A-Z])")
# A chart's number before its title: "Figure 1:", "Chart 2."
# (a table's caption names what it holds: "Table 1: Deaths related to drug poisoning by sex")
_FIGURE_LABEL = re.compile(r"\s*(?:Figure|Fig\.|Chart|Graph)[ \t]+\d{1,2}[a-z]?[:.][ \t]+(?=\S)")
# ... and at the end of a post's last line: "… sooner 🧵 1/9"
# (not a rating after its stars: "★★★★☆ 4/5")
_TRAILING_COUNTER = re.compile(r"(?m)(?<=[^\s★☆])[ \t]+\(?(\d{1,2})/(\d{1,2})\)?[ \t]*$")


def _thread_counters(text: str) -> frozenset[str]:
    """The thread totals ("6" of "2/6", "" of "2/") that open two lines of `text` or
    more, each counting no further than its total ("3/4 Americans have …" alone is
    a share)."""
    seen: dict[str, int] = {}
    for match in (*_COUNTER.finditer(text), *_TRAILING_COUNTER.finditer(text)):
        number, total = match.groups(default="")
        if total == "" or int(number) <= int(total):
            seen[total] = seen.get(total, 0) + 1
    return frozenset(total for total, count in seen.items() if count >= 2)


# "Breast cancer. Reviews by … have found …": a paragraph opening with a short phrase
# and a full stop, then sentences of its own (its words checked by `_stopped_label`).
_STOPPED_OPENING = re.compile(r"^[ \t]*[A-Z][^\s.!?:;,\d]*(?:[ \t]+[^\s.!?:;,\d]+){0,6}"
                              r"(?:\.|[ \t][–—])[ \t]+\S+(?:[ \t]+\S+){3}", re.MULTILINE)


_LABEL_RUN = 3


def _label_series(text: str) -> frozenset[int]:
    """The starts of the paragraphs opening with a stopped label (``Acid reflux.
    Stomach acid can reach …``) next to another paragraph opening so: a series of
    causes, risks or findings, each led by its label, three or more in a row. One
    such paragraph alone may open with a short sentence ("Both matter. An HbA1c of
    …"), and so may two comments in a row ("Great write-up. My EP told me …")."""
    openings = [m.start() + len(m.group()) - len(m.group().lstrip()) for m in
                _STOPPED_OPENING.finditer(text)]
    if not openings:
        return frozenset()
    found: set[int] = set()
    run = openings[:1]
    for a, b in zip(openings, [*openings[1:], len(text)], strict=True):
        # the two paragraphs are neighbours: only white space between a's line and b
        line_end = text.find("\n", a)
        if b < len(text) and line_end >= 0 and not text[line_end:b].strip():
            run.append(b)
            continue
        if len(run) >= _LABEL_RUN:
            found.update(run)
        run = [b]
    return frozenset(found)


def _counter_split(sent: Span, totals: frozenset[str]) -> list[Span] | None:
    """``2/6 Creatine is …``: a thread's counter (of a total opening other lines
    too) glued to the post's first sentence."""
    if not totals:
        return None
    match = _COUNTER.match(text_of(sent))
    if match is None:
        return None
    number, total = match.groups(default="")
    if total not in totals or (total and int(number) > int(total)):
        return None
    return _head_and_rest(sent, len(match.group().rstrip()))


def _head_and_rest(sent: Span, end: int) -> list[Span] | None:
    """`sent` cut after its first `end` characters (the tokens over them), if it goes on."""
    cut = sent.char_span(0, end, alignment_mode="expand")
    if cut is None or cut.end >= sent.end:
        return None
    return [cut, sent.doc[cut.end : sent.end]]


# A wire service's dateline without spaces: "MINNEAPOLIS--(BUSINESS WIRE)--",
# "SAN DIEGO, Calif.--(BUSINESS WIRE)--Feb. 3, 2025--".
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,40}(?:,[ \t]*[A-Z][\w.]{1,10})?"
                            r"--\([A-Z][A-Z ]{2,30}\)--"
                            r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}--)?")


# What a dateline's place (before any comma and date) does not hold: a figure, a colon.
_NOT_A_PLACE = re.compile(r"[\d:]")


# A line naming the source of what it sits under: "Source: …", "Data sources: …".
_SOURCE_LABEL = re.compile(r"[ \t]*(?:data[ \t]+)?sources?[ \t]*:", re.IGNORECASE)


def _dateline_split(sent: Span) -> list[Span] | None:
    """``CHICAGO (AP) — It was …``, ``NEW YORK, June 3 (Reuters) - …``, ``(CNN) — …``:
    a news dateline glued to the first sentence; so is a date in brackets
    (``[8-1-2013] The FDA is informing …``)."""
    if wire := _WIRE_DATELINE.match(text_of(sent)):
        return _head_and_rest(sent, wire.end())  # "MINNEAPOLIS--(BUSINESS WIRE)--Somnara …"
    if sent[0].text in "[(" and (close := next(
            (t.i for t in sent[1:12] if t.text in ")]"), None)) is not None:
        head, rest = sent.doc[sent.start : close + 1], sent.doc[close + 1 : sent.end]
        if _BRACKETED_DATE.fullmatch(head.text) and text_of(rest).lstrip("\"“'‘ ")[:1].isupper():
            return [head, rest]
    for token in sent[:20]:
        if token.i == sent.start:
            continue  # a dash opening the sentence ends no dateline (and has no word before)
        spaced_hyphen = token.text == "-" and token.whitespace_ and token.nbor(-1).whitespace_
        if token.text in _DASHES or spaced_hyphen:
            head = sent.doc[sent.start : token.i]
            words = [t.text.strip(".,") for t in head if t.text not in "()"]
            first = words[0] if words else ""
            rest = sent.doc[token.i + 1 : sent.end]
            if (
                len(first) >= 2
                and first.isupper()
                and first.isalpha()
                and not kinds.has_finite(head)
                # a sentence follows ("NSAID — a drug that …" is a definition), not a
                # title's second half in capitals ("PART A – YOUR DETAILS")
                and text_of(rest).lstrip("\"“'‘ ")[:1].isupper()
                and any(c.islower() for c in text_of(rest))
                # a place, not a label or a number ("SCREEN 01 – Welcome", "RATING: 5 – …"),
                # nor a range of Roman numerals ("IV–VI (brown to dark brown)")
                and not _NOT_A_PLACE.search(text_of(head).partition(",")[0])
                and not _ROMAN.fullmatch(first)
            ):
                # The dash belongs to the dateline ("CHICAGO (AP) —").
                return [sent.doc[sent.start : token.i + 1], rest]
            return None
    return None


_ROMAN = re.compile(r"[IVXLC]+")


# A paragraph's or a note's number in brackets opening a line ("[12] The Claimant
# must prove …", "[1] Wilding JPH, et al.", a patent's "[0002] Infantile colic is …"),
# before a capital.
_BRACKETED_NUMBER = re.compile(r"\[\d{1,4}\](?=[ \t]+[\"“‘']?[A-Z])")


# A source's year at its end: "…, 2021.", "(2018).", "2021–2023."
_SOURCE_YEAR = re.compile(r"\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\)?\s*\.?$")


# An exported chat's stamp and sender opening a message: "[12/03/2024, 19:41] Auntie
# Bev:" (iPhone), "12/03/2024, 19:41 - Auntie Bev:" (Android).
_STAMP_TIME = r"\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?"
_CHAT_STAMP = re.compile(rf"(?:\[{_STAMP_TIME}\]|{_STAMP_TIME}[ \t]+[-–]"
                         # a record's dated entry and its writer: "15/04/2024 — J. Mensah RN:"
                         r"|\d{1,2}/\d{1,2}/\d{2,4}[ \t]+[—–-])"
                         r"[ \t]+[^:\n]{1,40}:(?=[ \t]+\S)")
# The same stamp without a sender opens the app's own notice, its line the app's words:
# "14/02/2025, 18:02 - Messages and calls are end-to-end encrypted. …", "… - Sunita
# created group "Nana"".
_CHAT_NOTICE = re.compile(rf"(?:\[{_STAMP_TIME}\]|{_STAMP_TIME}[ \t]+[-–])(?=[ \t]+\S)")


# A transcript's stage direction opening a sentence: "[LAUGHTER] So, that's what …",
# "[Music plays] Right, …".
# So is a speaker's note to self in capitals ("[WAIT – let them clap] – Tom gave her …",
# "[CHECK NUMBER – NHSBT website] Since 2020 …"), with the dash that resumes the sentence.
_STAGE_OPENING = re.compile(rf"\[(?:[A-Z]{{3,}}(?:[ \t][A-Z]{{2,}}){{0,2}}"
                            r"(?:[ \t]+[–—][ \t]+[^\[\]\n]{1,40})?"
                            rf"|{kinds.STAGE_WORDS})\](?:[ \t]+[–—](?=[ \t]))?"
                            r"(?=[ \t]+[\"“‘']?[A-Z])")
# What a line opens with that is no part of its sentence: a bracketed number ("[12] The
# Claimant must prove …"), a chat's stamp and sender ("[12/03/2024, 19:41] Auntie Bev: …");
# and a snippet's date (kinds.dated_opening: "12 Jan 2024 — The short answer is no.").
_LINE_OPENINGS = (_BRACKETED_NUMBER, _CHAT_STAMP, _CHAT_NOTICE)


def _opening_split(sent: Span, openings: tuple[re.Pattern[str], ...]) -> list[Span] | None:
    """The sentence cut after what one of `openings` matches at its start, if it goes on."""
    match = next((m for pattern in openings if (m := pattern.match(text_of(sent)))), None)
    return _head_and_rest(sent, match.end()) if match else None


def _site_titled(line: str) -> bool:
    """``Travel Vaccinations & Malaria Prevention | Brightwell Pharmacy``: a page's
    title and its site's name, as a browser shows them, when it opens the article:
    a title of four words or more without figures, then one part."""
    parts = line.split(" | ")
    return len(parts) == 2 and len(parts[0].split()) >= 4 \
        and not any(c.isdigit() for c in parts[0])


def _block_drafts(block: Block, doc: Doc, title: bool = False, heads: bool = False,
                  threaded: frozenset[str] = frozenset(),
                  series: frozenset[int] = frozenset()) -> list[_Draft]:
    """The drafts of a block; `title`: it is the article's first line; `heads`: text
    follows it (a line standing alone at the very end heads nothing); `threaded`: the
    totals of the thread counters opening the article's lines; `series`: where the
    lines of a series opening with stopped labels start (:func:`_label_series`), as
    offsets in the block's text."""
    sents = [s for s in doc.sents if text_of(s).strip()]
    whole = doc[:]
    # A source line with sentences of its own after it: the source, then each sentence as
    # it reads ("Source: OHID, NCMP 2023/24. Participation in Ashdown: 96% (Reception).")
    sourced = block.single_line and len(sents) > 1 and bool(_SOURCE_LABEL.match(block.text)) \
        and kinds.is_furniture_line(text_of(sents[0]))
    if block.single_line and kinds.is_furniture_line(block.text) and not sourced:
        return [_Draft(whole, block, "meta", False)]  # "Image: A patient … (Getty Images)"
    if block.single_line and len(sents) == 1 and (
            stated := _MYTH_OR_FACT_LINE.match(doc_text(doc))):
        # "Myth #1: You can only absorb 30 g of protein per meal": the label heads the
        # myth, which is a claim to review whatever its form (no stop, a quoted saying)
        label = doc.char_span(stated.start(), stated.end("label"), alignment_mode="expand")
        rest = doc.char_span(stated.start("rest"), len(doc_text(doc).rstrip()),
                             alignment_mode="expand")
        # (a sentence of its own after the label is a run-in label's: its clauses split)
        if label is not None and rest is not None and (
                text_of(rest)[:1] in "\"“‘'" or kinds.final_char(text_of(rest)) not in ".!?"):
            return [_Draft(label, block, "heading", False), _Draft(rest, block, "claim", False)]
    if block.bars and len(sents) == 1 and not (title and _site_titled(block.text)):
        # "Home | News | Health", "Download PDF | Cite this article | Share",
        # "By Jane Doe | Updated 3 May": a line of parts between bars is furniture.
        return [_Draft(whole, block, "meta", False)]
    # An article's title of several title-cased sentences ("I Quit Sugar for 30 Days.
    # Here's What Happened to My Body."): a heading (or question) each, as a title
    # split at its '?' is.
    if title and block.single_line and not block.list_item and len(sents) > 1 \
            and all(kinds.title_cased(s) for s in sents) and not kinds.is_meta(whole):
        return [_Draft(s, block, "question" if kinds.is_question(s) else "heading", True)
                for s in sents]
    # A masthead of lines over the title ("Science News" / "from research
    # organizations"): lines without a verb or a stop, a heading each.
    if title and not block.single_line and not block.list_item and len(sents) > 1 and all(
            "\n" not in text_of(s).strip() and not kinds.has_finite(s)
            and kinds.final_char(text_of(s)) not in ".!?:" for s in sents):
        return [_Draft(s, block, "meta" if kinds.is_meta(s) else "heading", True) for s in sents]
    # A line of several sentences is a title only if its stops are not sentence ends
    # ("U.S. Approves …"); "… popular with parents. Getty Images" is a caption.
    # (a citation marker cut off at the line's end makes no title of it:
    # "Symptoms: Urge to move the legs[1]")
    # (nor does a photograph's credit after its caption: "Margaret Ellery at her office in
    # 1992. Photograph: Ellery family")
    title_line = (block.single_line and not block.list_item and len(sents) > 1
                  and not any(_ends_sentence(s) for s in sents[:-1])
                  and not sbd.is_marker(text_of(sents[-1]))
                  and not kinds.is_furniture_line(text_of(sents[-1])))
    # An article's title that asks, then says what follows without a stop ("Is it OK
    # to work out with a cold? We asked 4 experts"): a question and a heading.
    asks_then_tells = title and title_line and kinds.final_char(text_of(sents[-1])) not in ".!?:" \
        and all(kinds.final_char(text_of(s)) == "?" for s in sents[:-1])
    if title_line and not kinds.is_meta(whole) and (kinds.is_heading_line(whole)
                                                    or asks_then_tells):
        # "Trippy treatment? Hopes and hype": a title whose '?' ends a sentence is a
        # question and a heading; other stops inside a title line do not cut it.
        if all(kinds.final_char(text_of(s)) == "?" for s in sents[:-1]):
            # "Questions or comments? 1-800-555-0123": a number is no heading.
            return [_Draft(s, block, "question" if kinds.is_question(s)
                           else "meta" if kinds.is_meta(s) else "heading", True)
                    for s in sents]
        return [_Draft(whole, block, "heading", True)]
    if title_line and kinds.ends_with_postcode(block.text) and kinds.is_meta(whole):
        # "Luxe & Co. Hair Studio, 22 Deansgate Arcade, Manchester M3 2BW": one address
        return [_Draft(whole, block, "meta", False)]
    if block.single_line and kinds.has_finite(whole) and kinds.is_boilerplate(block.text):
        # Boilerplate, one unit a sentence; a piece starting in lower case continues
        # the one before ("Click to Tweet: … data re. treatment-resistant #depression").
        merged: list[Span] = []
        for sent in sents:
            first = next((c for c in text_of(sent) if c.isalpha()), "")
            if merged and not first.isupper():
                merged[-1] = doc[merged[-1].start : sent.end]
            else:
                merged.append(sent)
        # An instruction of its own among the boilerplate is advice ("This transcript …
        # does not replace advice from your doctor. If you have chest pain, call 911.").
        # (a sentence with its stop, not a button's "[Accept]" nor a "Contact: …" line)
        return [_Draft(span, block, "advice" if kinds.final_char(text_of(span)) in (".", "!")
                       and not _RUN_IN_LABEL.match(text_of(span)) and kinds.is_instruction(span)
                       and not kinds.is_meta(span) else "meta", False) for span in merged]
    if block.single_line and kinds.is_citation(whole):
        # One source line is one unit, whatever the stops and '?' in the titles it cites.
        return [_Draft(whole, block, "meta", False)]
    # An article's title keeps its subtitle: "Antibiotics: 8 Things Your Pharmacist
    # Wants You to Know" is one heading, not a label and a claim ("Bottom line: take
    # vitamin D …." on the first line is a label and a sentence).
    titled = title and block.single_line and kinds.final_char(block.text.strip()) not in ".!"
    # A line alone whose label names particulars ("Principal Investigator: Helen Cho,
    # MD") is read as a field too.
    if not titled and (block.field or (block.single_line and ":" in block.text)) \
            and not kinds.is_caption(block.text) and (colon := _field_colon(doc)) \
            and (block.field or (kinds.names_particulars(doc[:colon].text)
                                 and not kinds.is_turn_label(block.text))) \
            and not kinds.is_meta(whole):
        # "Elimination half-life: 2–3 hours": the label heads its value, as a run-in
        # label heads its sentence.
        value = doc[colon + 1 :]
        # A caption's hashtags after the value ("POV: … a day 💧 #hydration #health")
        # are no part of it.
        tail = [_Draft(sents[-1], block, "meta", False)] if len(sents) > 1 \
            and sents[-1].start > colon and kinds.is_meta(sents[-1]) else []
        if tail:
            value = doc[colon + 1 : sents[-1].start]
        # "When: Saturday, May 3", "Where: Eastside Community Center": an event's
        # or a service's particulars, not claims.
        labelled = kinds.names_particulars(doc[:colon].text)
        particulars = labelled or kinds.is_proper_name(value)
        if not tail and not kinds.has_finite(value):
            # A field whose value is no sentence ("Elimination half-life: 2–3 hours",
            # "Sponsor: University of Northfield") is one unit: its value means
            # nothing without its label. It is a particular when its label says so or
            # its value names someone in several words (a one-word name is a brand or a
            # kind a reviewer can check: "Brand names: Zoloft", "Study Type:
            # Interventional"), or is no claim (a date, an address), unless it counts
            # something ("Never events: 2"; not a number that names: "Student number:
            # 22104587").
            named = labelled or (kinds.is_proper_name(value) and len(text_of(value).split()) > 1)
            figure = text_of(value).strip()
            counted = (FIGURE_LINE.fullmatch(figure) is not None
                       or kinds.MEASURED_VALUE.fullmatch(figure) is not None) \
                and not re.fullmatch(r"\d{5,}", figure)
            return [_Draft(whole, block, "meta" if named or (kinds.is_meta(value) and not counted)
                           else "claim", False)]
        return [_Draft(doc[:colon + 1], block, "heading", False),
                _Draft(value, block, "meta" if particulars else _kind(value, False), False),
                *tail]
    drafts: list[_Draft] = []
    # A block of mostly verbless fragments is a reference list or boilerplate
    # ("World Health Organization. Depression. Available at: …"), not claims.
    # A verbless question ("Bloating after meals?") asks the reader, as a paragraph's
    # opening: no fragment of a reference.
    # A measurement in a note's sentence is a finding, not a reference's part ("Weight
    # 61.4 kg."), nor is a table's row of figures ("Fat | 9.0 g", "Protein\t11g\t4.4g").
    # A line opening in lower case with no stop is a list item whose glyph was lost
    # ("eating quickly or overeating" under "Common triggers include:"), no reference.
    fragments = [not kinds.has_finite(s) and not kinds.is_advice(s)
                 and kinds.final_char(text_of(s)) != "?"
                 and not (text_of(s).lstrip()[:1].islower()
                          and kinds.final_char(text_of(s)) not in ".,;:"
                          and not _URLISH_ITEM.search(text_of(s)))
                 and not (kinds.AMOUNT.search(text_of(s)) and (
                     cell_count(text_of(s)) == 1 or kinds.is_table_row_of_figures(text_of(s))))
                 and not kinds.is_row_of_data(s)
                 for s in sents]
    # Citation markers between sentences ("… a fast day.[4] Time-restricted …[5]") are
    # neither fragments nor sentences of the count.
    counted = [f for f, s in zip(fragments, sents, strict=True) if not sbd.is_marker(text_of(s))]
    # A writer speaking of themselves is no reference list: a post's "Been on it for 6
    # months. Game changer tbh. My attacks went from 15 a month to 4."
    listing = len(counted) >= 4 and sum(counted) * 2 >= len(counted) and kinds.is_parsed(whole) \
        and not any(_the_writer(t) for t in whole) \
        and not _findings_noted([s for f, s in zip(fragments, sents, strict=True) if f])
    standalone = (len(sents) == 1 and block.single_line and not block.list_item
                  and not block.table_row)
    # An abstract's lines open with their parts' names, colons left out ("Results Among …").
    abstract = sum(kinds.opens_with_bare_part(line) for line in block.text.splitlines()) >= 2
    notice_ends = -1  # where the line of a chat's notice ends (_CHAT_NOTICE)
    for k, sent in enumerate(sents):
        if k == 0 and sourced:
            drafts.append(_Draft(sent, block, "meta", False))
            continue
        if k == 0 and (figure := _FIGURE_LABEL.match(text_of(sent))) \
                and kinds.has_finite(sent[1:]) and (parts := _head_and_rest(
                    sent, len(figure.group().rstrip()))) and _states(parts[1]):
            # "Figure 1: Alcohol-specific death rates rose sharply in 2020": a chart's
            # number over its finding, a claim; "Figure 2: Deaths by nation" stays a title.
            drafts.append(_Draft(parts[0], block, "heading", False))
            drafts.append(_Draft(parts[1], block, _kind(parts[1], False), False))
            continue
        if k == 0 and (dateline := _dateline_split(sent)):
            drafts.append(_Draft(dateline[0], block, "meta", False))
            sent = dateline[1]
        if notice_ends > sent.start_char:
            drafts.append(_Draft(sent, block, "meta", False))  # the rest of a chat's notice
            continue
        if (k == 0 or opens_line(sent)) and (numbered := _opening_split(
                sent, (*_LINE_OPENINGS, kinds.dated_opening()))):
            if _BRACKETED_NUMBER.match(text_of(sent)) and _SOURCE_YEAR.search(
                    text_of(numbered[1])) and not kinds.has_finite(numbered[1]):
                # a note's source on its own, "[1] Dunmore Skin Health Trust, "Tattoo Ink
                # Reactions: A Guide for Clinicians", 2021.": one line, as in a list of them
                drafts.append(_Draft(sent, block, "meta", False))
                continue
            drafts.append(_Draft(numbered[0], block, "meta", False))
            if _CHAT_NOTICE.match(text_of(sent)) and not _CHAT_STAMP.match(text_of(sent)):
                end = block.text.find("\n", sent.start_char)
                notice_ends = len(block.text) if end < 0 else end
                drafts.append(_Draft(numbered[1], block, "meta", False))
                continue
            sent = numbered[1]
            if kinds.is_furniture_line(text_of(sent)):
                drafts.append(_Draft(sent, block, "meta", False))  # "… Bev: <Media omitted>"
                continue
        if not block.single_line and kinds.is_furniture_line(_line_at(block.text,
                                                                     sent.start_char)):
            # "Image" / "ALT: Line chart of … Cases rise from …": a line of the page's
            # inside a block, every sentence of it
            drafts.append(_Draft(sent, block, "meta", False))
            continue
        if stage := _opening_split(sent, (_STAGE_OPENING,)):
            drafts.append(_Draft(stage[0], block, "meta", False))
            sent = stage[1]
        if k == 0 and (counter := _counter_split(sent, threaded)):
            drafts.append(_Draft(counter[0], block, "meta", False))
            sent = counter[1]
        if k == 0 and (turn := _turn_split(sent)):
            drafts.append(_Draft(turn[0], block, "meta", False))
            sent = turn[1]
        opening = k == 0 and len(sents) > 1 and not block.list_item
        parts = _label_split(sent) if opening else None
        # "Corresponding author: Maria Lopez, mlopez@cdc.gov." names no title.
        particulars = parts is not None and kinds.is_meta(parts[1])
        # "Hypoglycemia: Low blood sugar. Symptoms include …": a term in capitals and
        # its definition, a run-in label and its claim.
        if parts and (particulars or not parts[0].text[:1].isupper()):
            # A label and a title glued to the text that follows them by the layout.
            drafts.append(_Draft(parts[0], block, "meta", False))
            title_kind = ("meta" if particulars else "heading"
                          if kinds.is_verbless_title(parts[1]) else _kind(parts[1], False))
            drafts.append(_Draft(parts[1], block, title_kind, False))
            continue
        if k == 0 and len(sents) > 1 and "\n" not in text_of(sent).strip() \
                and kinds.is_about_line(sent):
            drafts.append(_Draft(sent, block, "heading", True))  # "About SleepWell Inc.\n…"
            continue
        # A label opens a paragraph, a line of it ("Myth – …\nFact – …"), or, named as a
        # part of an abstract, a sentence ("… 118 mmol/L. Conclusions: Early …").
        labelled = k == 0 or opens_line(sent) \
            or kinds.opens_with_part_label(text_of(sent))
        if labelled and not (titled and standalone) and (parts := _runin_split(
                sent, block.list_item, abstract)):
            # A letter's greeting ("Dear Dr. Ford: I am 68 …") heads nothing.
            greeting = kinds.is_letter_line(parts[0].text)
            drafts.append(_Draft(parts[0], block, "meta" if greeting else "heading", False))
            sent = parts[1]
            if kinds.names_particulars(parts[0].text) and not kinds.has_finite(sent):
                drafts.append(_Draft(sent, block, "meta", False))  # "Where: 400 Main St."
                continue
            if kinds.asks_about(parts[0]):
                # "True or false: All cholesterol is bad for you." is asked, not said.
                drafts.append(_Draft(sent, block, "question", False))
                continue
            if kinds.reads_as_command(sent):
                # Tagged with the label before it, "Book an appointment." has a name
                # for a verb: the instruction is read from its words instead.
                drafts.append(_Draft(sent, block, "advice", False))
                continue
        if k == 0 and len(sents) >= 2 and not block.list_item \
                and _asks_on_one_line(sents, block.text) \
                and _FIRST_PERSON.match(text_of(sent)) and len(sent) <= 12:
            # "My dog ate chocolate. What should I do?": a question's own line tells
            # the asker's case first; it is asked with the question, not said.
            drafts.append(_Draft(sent, block, "question", False))
            continue
        if kinds.final_char(text_of(sent)) == "." and any(
                kinds.is_question_label(other) for other in sents[max(k - 1, 0) : k + 2]):
            # "True or false? Weight loss eases knee pain.", "Rain makes joint pain
            # worse. Fact or myth?": the statement is put to the reader.
            drafts.append(_Draft(sent, block, "question", False))
            continue
        if k == 0 and len(sents) > 1 and block.list_item \
                and not text_of(sent)[:1].islower() \
                and _line_over_sentences(sent, sents, block.text):
            # "→ Measles cases top 1,200 in 2026" on its own line over its story's
            # sentences: a digest's headline, as it is without the arrow (not the end of
            # a lead-in's sentence over the next paragraph: "- people with a long-term
            # illness" / "If you cannot fast, …").
            drafts.append(_Draft(sent, block, "heading", False))
            continue
        if (k == 0 or opens_line(sent)) and kinds.is_study_title(text_of(sent)) \
                and kinds.line_ends_at(block.text, sent.start_char + len(text_of(sent).rstrip())):
            # "P-112" / "Effect of text messaging on blood pressure …: a cluster randomised
            # trial" / its authors: a paper's title on its line inside a block
            drafts.append(_Draft(sent, block, "heading", False))
            continue
        if len(sents) > k + 1 and (
                (k == 0 and block.list_item and _stopped_label(sent))
                or (block.start + sent.start_char in series and _stopped_label(sent, _SERIES_LABEL)
                    # "No fiber." of a diet's scorecard says the diet has none
                    and sent[0].lower_ != "no")):
            # "• Sedation and dissociation. SPRAVATO may cause …": a label with a stop;
            # so are "Acid reflux. Stomach acid …" and "Caffeine and alcohol. …" in turn.
            drafts.append(_Draft(sent, block, "heading", False))
            continue
        if k + 1 < len(sents) and cell_count(text_of(sent)) >= 3 \
                and "\n" not in text_of(sent).strip() \
                and (k == 0 or cell_count(text_of(sents[k - 1])) < 2) \
                and not any(c.isdigit() for cell in kinds.CELLS.split(text_of(sent).strip())[1:]
                            for c in cell) \
                and not kinds.is_table_row_of_figures(text_of(sent)) \
                and kinds.is_table_row_of_figures(text_of(sents[k + 1])):
            # "Per 100ml | kcal | Fat | …" over "Brook Farm Soya | 39 | 1.8g …": the
            # header of a table of figures
            drafts.append(_Draft(sent, block, "heading", False))
            continue
        if (listing and fragments[k]) or (
                not block.single_line and _bar_line(sent, block.text)
                and not (title and k == 0 and _site_titled(text_of(sent)))):
            drafts.append(_Draft(sent, block, "meta", False))
            continue
        parts = [sent] if standalone and (title or heads) and kinds.is_heading_line(sent) \
            else clauses.pieces(sent)
        # Only a whole sentence can be a heading; a clause of it is not.
        alone = standalone and len(parts) == 1
        pieces: list[tuple[Span, str]] = []
        for piece in parts:
            kind = _kind(piece, alone, len(parts) > 1,
                         row=block.table_row and len(parts) == 1 and len(sents) == 1)
            if not pieces and kind == "meta" and len(parts) > 1 and kinds.is_meta(sent):
                # A sentence opening as boilerplate is boilerplate to its end ("Text is
                # available under the Creative Commons …; additional terms may apply.").
                pieces.append((sent, kind))
                break
            if pieces and kind == pieces[-1][1] == "advice":
                # Two instructions are one piece of advice: a sentence splits where both
                # sides assert something ("If you drop a tablet, do not put it back in
                # the pack; bring it to us …").
                pieces[-1] = (doc[pieces[-1][0].start : piece.end], kind)
            else:
                pieces.append((piece, kind))
        drafts.extend(_Draft(piece, block, kind, alone) for piece, kind in pieces)
    if threaded:
        drafts = [part for draft in drafts for part in _counted_tail(draft, threaded)]
    return _references(drafts) if listing else drafts


def _states(span: Span) -> bool:
    """`span` is a clause: its root a finite verb with a subject ("Death rates rose
    sharply …"), not a noun phrase ("Deaths related to drug poisoning by sex")."""
    if not kinds.is_parsed(span):
        return False
    root = kinds.root_of(span)
    return kinds.is_finite(root) and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


def _counted_tail(draft: _Draft, totals: frozenset[str]) -> list[_Draft]:
    """``And get your ferritin checked 💛 9/9``: a thread's counter (of a total that
    opens or ends other lines too) after the post's last sentence, cut off as ``meta``."""
    text = text_of(draft.span)
    match = _TRAILING_COUNTER.search(text)
    if match is None or match.group(2) not in totals or int(match.group(1)) > int(match.group(2)):
        return [draft]
    parts = _head_and_rest(draft.span, match.start())
    if parts is None:
        return [draft]
    return [replace(draft, span=parts[0]), _Draft(parts[1], draft.block, "meta", False)]


# A recipe's list of what to buy and measure out (kinds.names_ingredients): its lines are
# what the reader is told to use (rounds 103, 114 and 121's gold), not claims; a
# medicine's "Ingredients" states them in sentences ("Each tablet contains 10 mg cetirizine.").
_MEASURED_OUT = re.compile(r"\s*(?:\d|[½¼¾⅓⅔]|(?:a|an|one|two|three|four|five|six|half|a pinch|"
                           r"a handful|a few)\s)", re.IGNORECASE)
_BOX = re.compile(f"[{kinds.BOXES}]")
_I = "I|I'm|I’m|I've|I’ve"
_OWN_WORDS = re.compile(rf"\b(?:{_I}|[Mm]y|[Mm]e)\b")
_AFFILIATE = re.compile(r"\baffiliate\s+link\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(rf"\s*(?:{_I}|My|We|We're|We’re|Our)\b")


def _line_at(text: str, i: int) -> str:
    """The line of `text` holding character `i`."""
    end = text.find("\n", i)
    return text[text.rfind("\n", 0, i) + 1 : end if end >= 0 else len(text)]


def _asks_on_one_line(sents: list[Span], text: str) -> bool:
    """The first two sentences of a block's `text` make one line, the second a question
    ending it."""
    end = sents[1].start_char + len(text_of(sents[1]).rstrip())
    line = text[sents[0].start_char : end]
    return kinds.final_char(line) == "?" and "\n" not in line.strip() \
        and kinds.line_ends_at(text, end)


def _line_over_sentences(first: Span, sents: list[Span], text: str) -> bool:
    """A list item's first line of its block's `text`, without a stop, alone on its line
    over a full sentence."""
    end = first.start_char + len(text_of(first).rstrip())
    return kinds.line_ends_at(text, end) and kinds.is_heading_line(first) \
        and kinds.final_char(text_of(sents[1])) in ".!?"


def _references(drafts: list[_Draft]) -> list[_Draft]:
    """A reference list printed as one paragraph (mostly fragments, at least two
    of them ending like a reference), or one reference as a list item (one of them):
    all ``meta``, one unit per reference, each ending at its access note or page range
    (``Accessed May 2018 .``, ``4-9.``)."""
    needed = 1 if drafts and drafts[0].block.list_item else 2
    if sum(bool(_REFERENCE_END.search(text_of(d.span))) for d in drafts) < needed:
        return drafts
    out: list[_Draft] = []
    open_reference = False
    for draft in drafts:
        if open_reference:
            out[-1] = replace(out[-1], span=draft.span.doc[out[-1].span.start : draft.span.end])
        else:
            out.append(replace(draft, kind="meta"))
        open_reference = not _REFERENCE_END.search(text_of(draft.span))
    return out


def _findings_noted(fragments: list[Span]) -> bool:
    """A clinician's notes, not a reference list: every verbless sentence is words in
    lower case after its first, without a figure ("Speech normal in rate and volume.",
    "Insight good.", "Casually dressed, good rapport.")."""
    return bool(fragments) and all(
        not any(c.isdigit() for c in text_of(f))
        and all(t.is_lower for t in f[1:] if t.is_alpha)
        and kinds.final_char(text_of(f)) == "." for f in fragments)


def _ends_sentence(sent: Span) -> bool:
    """A full stop that ends a sentence, as no title's does: after a lower-case word of
    three letters or more, or after a name in a sentence whose verb and another word are
    in lower case ("… is registered with the Care Quality Commission. © 2024 …"; not
    "Ketamine is Back.")."""
    if kinds.final_char(text_of(sent)) != ".":
        return False
    last = next((t for t in reversed(sent) if not (t.is_punct or t.is_space)), None)
    if last is not None and last.is_lower and len(last) >= 3:
        return True
    return any(kinds.is_finite(t) and t.text.islower() for t in sent) \
        and any(t.is_alpha and t.text.islower() and not t.is_stop for t in sent)


def _kind(piece: Span, standalone: bool, clause: bool = False, row: bool = False) -> str:
    """The kind of a piece; `clause`: it is one clause of a sentence split in two;
    `row`: it is a table's row, a line of its own under a line of as many cells."""
    if kinds.is_meta(piece, row) or kinds.is_answer(piece):
        return "meta"
    if kinds.is_question(piece):
        return "question"
    if kinds.is_step_label(text_of(piece)):
        return "heading"
    if not clause and kinds.is_price_line(piece):
        return "promo"
    if standalone and (kinds.is_heading_line(piece) or kinds.is_about_line(piece)
                       or kinds.is_wh_headline(piece)):
        return "heading"
    if kinds.is_advice(piece, clause) or (not clause and _named_command(piece)):
        return "advice"
    return "claim"


def _named_command(piece: Span) -> bool:
    """An instruction whose verb the tagger read as a name and made the root: "Call
    555-0142 to check whether you need a dose." ("Call" a proper noun)."""
    first = next((t for t in piece if not (t.is_punct or t.is_space)), None)
    return first is not None and first.tag_ in ("NNP", "NN") and first.dep_ == "ROOT" \
        and kinds.reads_as_command(piece)


def _lemmas(span: Span) -> str:
    words = (t.lemma_.lower() or t.lower_ for t in span if not (t.is_punct or t.is_space))
    return " ".join(words)


def _parse(span: Span, start: int, end: int) -> str:
    """The stored parse of the unit at doc characters `start`..`end` of `span`
    (the span less the white space around it); "" when the pipeline does not parse."""
    inside = [t for t in span if start <= t.idx < end]
    # Without a parse there is nothing to keep (and walking subtrees would crash).
    if not inside or not kinds.is_parsed(span):
        return ""
    words = span.doc[inside[0].i : inside[-1].i + 1]
    return parse.encode(inside, kinds.root_of(words), start)


_SECTION_NUMBER = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\D)")


def _contents_key(text: str) -> str:
    """A line as a table of contents and the heading it lists both give it:
    "1 Biological activity" lists "Biological activity"."""
    return _SECTION_NUMBER.sub("", text, count=1).strip().casefold()


def _table_of_contents(pieces: list[_Piece]) -> set[Block]:
    """Navigation, not claims: the items of a list that mostly repeat headings
    coming after them (a table of contents); in a run of lines standing alone
    ("IN THIS ISSUE" over "Flu shots are in", …), the lines repeated by later
    headings ("FLU SHOTS ARE IN"), or every line after a heading such as
    ``Related`` or ``See also`` (links to other pages)."""
    # Where each standalone line is seen last: it comes after a list if later than its end.
    last_seen = {_contents_key(p.text): i for i, p in enumerate(pieces) if p.standalone}
    found: set[Block] = set()
    run: list[int] = []
    under_heading = False  # the run just closed ended on "See also": a list of links follows

    def close(over_paragraph: bool = False) -> None:
        nonlocal under_heading
        lines = bool(run) and not pieces[run[0]].block.list_item
        heads = [k for k, i in enumerate(run) if kinds.names_navigation(pieces[i].text.strip())]
        links = bool(run) and not lines and under_heading
        under_heading = lines and bool(heads) and heads[-1] == len(run) - 1
        if links:
            # "See also" over "• Hyperacusis", up to an item said again: the first
            # section itself, numbered as its entry was ("1. Main points" after "1.
            # Main points" / "2. Statistician's comment" / …)
            said: set[str] = set()
            for i in run:
                key = _contents_key(pieces[i].text)
                if key in said:
                    break
                said.add(key)
                found.add(pieces[i].block)
        elif lines and heads:
            # Up to a line said again: the first section itself ("FLU SHOTS ARE IN"
            # after "Flu shots are in"), or a reference section's heading listed no
            # more below ("References" after "See also"'s links); nor the last line,
            # over a paragraph: it heads that ("Transcript" after a show's links).
            said = set()
            last = run[-1] if over_paragraph else None
            for i in run[heads[0] + 1 :]:
                key = _contents_key(pieces[i].text)
                if key in said or i == last or (kinds.names_reference_section(key)
                                                 and last_seen.get(key, i) <= i):
                    break
                said.add(key)
                found.add(pieces[i].block)
        elif len(run) >= 2:
            repeats = [i for i in run if last_seen.get(_contents_key(pieces[i].text), -1)
                       > run[-1]]
            if len(repeats) * 3 >= len(run) * 2:
                found.update(pieces[i].block for i in (repeats if lines else run))
        run.clear()

    for i, piece in enumerate(pieces):
        line = piece.standalone and piece.kind in ("heading", "question") \
            and not piece.block.list_item
        if run and line != (not pieces[run[-1]].block.list_item):
            # A list and the lines around it are runs of their own.
            close(over_paragraph=not (line or piece.block.list_item))
        if piece.block.list_item or line:
            run.append(i)
        else:
            close(over_paragraph=True)
    close()
    return found


def _instructed_items(pieces: list[_Piece]) -> set[Block]:
    """The list items that finish an instruction's lead-in (``Tell your doctor if
    you:`` / ``- have heart failure``, ``Take it:`` / ``- with food``): advice with
    it. An item that is a sentence of its own (a capital, a final stop) keeps its
    kind, and so does a condition the instruction waits on (``Call 999 if:`` / ``-
    their lips look blue``, ``Do not take it:`` / ``- If you are pregnant.``). Also the items of a
    list no lead-in introduces that are instructions without a stop (a checklist's
    ``Book a dental check-up``), and its short items opening with an instruction verb
    when another of its items instructs (``Stop smoking`` beside ``Cut down on
    caffeine``)."""
    found: set[Block] = set()
    instruction: Block | None = None  # the lead-in's block while its list lasts
    conditional = False  # the lead-in ends on a condition: "Tell your doctor if you:"
    led_in = False  # the list finishes a lead-in ("Exercise can help you:")
    # A list run's short items that may instruct, and whether another of its items does:
    # "Stop smoking" beside "Cut down on caffeine" is one too.
    maybe: list[Block] = []
    commands = False
    for piece in pieces:
        if piece.block.list_item and piece.kind in ("heading", "question") \
                and piece.text.strip() == piece.block.text.strip():
            instruction = None  # "1. Why treat hypertension?": a numbered section's title
        if not piece.block.list_item:
            if commands:
                found.update(maybe)
            maybe, commands = [], False
        elif not led_in and instruction is None:
            if piece.instructs:
                maybe.append(piece.block)
            commands = commands or piece.command or piece.kind == "advice"
        if piece.block.list_item and instruction is not None:
            # The conditions a lead-in's instruction waits on are claims, as every list
            # item is (gold README): "Call 999 if:" / "- their lips look blue", "Do not
            # take it:" / "- If you are pregnant.", "Speak to your GP if you:" / "- are
            # pregnant" (round 136's gold made "- have a fever" advice; seven rounds since
            # make such items claims).
            words = piece.text.strip()
            if (not conditional and words.split(" ", 1)[0] not in _CONDITIONS
                    and (words[:1].islower() or kinds.final_char(words) not in ".!?")):
                found.add(piece.block)
            continue
        if piece.block.list_item:
            # A checklist's "Ask your employer about parental leave", not the end of
            # a lead-in's sentence ("Exercise can help you:" / "- Keep your weight down").
            if piece.command and not led_in:
                found.add(piece.block)
            continue
        # (a label heads its list's instructions: "During a heatwave:" / "- keep curtains
        # closed during the day")
        led_in = kinds.final_char(piece.text) == ":" and piece.kind != "heading"
        instruction = None
        if (piece.kind == "advice" and kinds.final_char(piece.text) == ":") or (
                piece.kind == "heading" and _INSTRUCTION_HEADING.match(piece.text.strip())):
            instruction = piece.block
            conditional = _CONDITIONAL_LEAD_IN.search(piece.text) is not None
    if commands:
        found.update(maybe)
    return found


# A line naming a myth or a fact and stating it: "Myth #1: …", "Fact: …".
_MYTH_OR_FACT_LINE = re.compile(r"[ \t]*(?P<label>(?i:Myth|Misconception|Fact|Truth|Reality)"
                                r"(?:[ \t]*#?\d{1,2})?:)[ \t]+(?P<rest>\S.*)")
# A signature of first names: "Jo", "Linda & Dad".
_FIRST_NAME = re.compile(r"[A-Z][a-z'’-]+(?:\s+(?:&|and)\s+[A-Z][a-z'’-]+)?")
# A lead-in whose instruction waits on its items: "Call 999 if:", "Tell your doctor if you:".
_CONDITIONAL_LEAD_IN = re.compile(r"\b(?:if|when|whenever|unless)\b[^.!?]*:?\s*$", re.IGNORECASE)
# A heading that is an instruction its list finishes: a label's "Do not use",
# "Ask a doctor before use if", "Stop use and ask a doctor if".
_INSTRUCTION_HEADING = re.compile(r"(?:do\s+not|don[’']t|never)\s+\w+|.*\s+if$", re.IGNORECASE)


def _bios(pieces: list[_Piece]) -> set[Block]:
    """Paragraphs about the author (meta), opening with the byline's name or
    saying a named person is a writer."""
    authors = [n for p in pieces if p.kind == "meta" for n in kinds.byline_names(p.text)]
    # A letter's or a column's signature under its closing names its writer too.
    authors += [name for closing, piece in pairwise(pieces)
                if kinds.is_closing(closing.text) and (name := kinds.signed_name(piece.text))]
    # So does a line that is a name alone, a byline without "By" ("Dr. Ben Haller"
    # over a newsletter's date) or a credit ("Written By" / "Carla Moss").
    authors += [name for piece in pieces
                if piece.kind == "meta" and (name := kinds.signed_name(piece.text))]
    found: set[Block] = set()
    previous = None
    for piece in pieces:
        opening = piece.block is not previous
        previous = piece.block
        if opening and not piece.block.list_item and piece.kind == "claim" \
                and kinds.is_bio(piece.text, authors, piece.writer):
            found.add(piece.block)
    return found


@dataclass(frozen=True)
class _Piece:
    """A draft as the article-level passes need it, read while its block's doc
    is alive: the docs of a long article are not all held until its end."""

    block: Block
    kind: str
    standalone: bool
    text: str  # the span's text, white space included
    start: int  # where the unit is in the article, white space left out
    end: int
    lemmas: str
    packed: bytes  # the unit's parse (Unit.packed)
    # Of a claim only: hedged, read for promo, names a writer (a bio).
    hedged: bool = False
    promo: promo.Reading = field(default_factory=promo.Reading)
    writer: bool = False
    command: bool = False  # a list item that is an instruction without a stop
    # a list item without a stop opening with an instruction verb, short: an instruction
    # among others ("Avoid caffeine") or a name ("Dry mouth"), told by its list
    instructs: bool = False
    # a list item's sentence of its own, its subject before its verb: a claim among an
    # instruction's items stays one ("Drain: Mosquitoes lay their eggs in standing water.")
    declares: bool = False
    # a line of its own, a few words without a verb: a site's name among the page's
    # furniture ("The Saltwater Fish Co." between its offer banner and its menu)
    bare: bool = False
    # such a line in a block of the page's furniture lines ("Little Spoon Co." over its menu)
    furnished: bool = False
    # an answer without a verb of its own: "Yes, from around their first birthday."
    answers: bool = False


@dataclass(frozen=True)
class _Layout:
    """What every block of a text is read against, found once a text (slicing the text
    before or after each block was quadratic in a long article): where its first
    character that is not white space is and where its last ends, and the totals of
    the thread counters opening its lines (:func:`_thread_counters`)."""

    first: int
    last: int
    threaded: frozenset[str]
    labelled: frozenset[int]

    @classmethod
    def of(cls, text: str) -> _Layout:
        return cls(len(text) - len(text.lstrip()), len(text.rstrip()), _thread_counters(text),
                   _label_series(text))


def _cell(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past a table's cell bars at both ends: a sentence cut
    inside a row ("What is the deductible? | $1,500 | …") leaves the bar to no unit; a
    unit of bars alone stays whole (its characters are the text's)."""
    if text[start : start + 1] == "|" or text[end - 1 : end] == "|":
        inner = stripped(text, start + (text[start] == "|"), end - (text[end - 1] == "|"))
        if inner[0] < inner[1]:
            return inner
    return start, end


def _pieces(text: str, layout: _Layout, block: Block, doc: Doc) -> list[_Piece]:
    """The drafts of one block of `text` (laid out as `layout`), read."""
    out = []
    # A form's box to tick opens an option ("☐ I understand that …", "☐ Display my
    # name", "☐ blood transfusion"): the form's words, unless it says something of its
    # own ("☐ Washing bedding at high temperatures is not necessary.") or instructs
    # ("☐ Do a final detection comb 2 to 3 days after the last treatment.").
    boxed = block.list_item and _BOX.search(text, text.rfind("\n", 0, block.start) + 1,
                                            block.start) is not None
    # The article's first line is its title: "Weight-loss drug now covered for
    # millions, but questions remain" is one heading, not two clauses; so is a line
    # heading what follows it ("Flu cases dip, but season isn't over").
    for draft in _block_drafts(block, doc, title=block.start <= layout.first,
                               heads=block.end < layout.last, threaded=layout.threaded,
                               series=layout.labelled):
        span = draft.span
        start, end = _cell(text, *stripped(text, block.start + span.start_char,
                                            block.start + span.end_char))
        if (decorated := decoration_before(text, start)) is not None:
            start = decorated  # "⚠️ Do not drive …": the line's emoji is its unit's
        kind = draft.kind
        if boxed and kind == "claim" and (_OWN_WORDS.search(text_of(span)) or not (
                kinds.has_finite(span) or kinds.reads_as_command(span))):
            kind = "meta"
        claim = kind == "claim"
        out.append(_Piece(
            block, kind, draft.standalone, text_of(span), start, end, _lemmas(span),
            parse.pack(_parse(span, start - block.start, end - block.start)) if start < end
            else b"",
            hedged=claim and kinds.is_hedged(span),
            promo=promo.read(span) if claim else promo.Reading(),
            writer=claim and kinds.names_a_writer(span),
            command=claim and block.list_item and kinds.is_listed_command(span),
            instructs=claim and block.list_item and kinds.may_instruct(span),
            declares=claim and block.list_item and _declares(span),
            bare=claim and block.single_line and not block.list_item
            and text_of(span).strip() == block.text.strip() and _bare(span),
            furnished=claim and _among_furniture(span, block),
            answers=claim and (match := _BARE_ANSWER.match(text_of(span))) is not None
            and (not kinds.has_finite(span) or _CONDITIONED.match(text_of(span), match.end())
                 is not None),
        ))
    return out


# What a reader or a class will be able to do, leading in a list of outcomes.
_OUTCOMES = re.compile(r"\b(?:should|will)\s+be\s+able\s+to\s*:\s*$", re.IGNORECASE)
# A form's choice is a few words on a line: "Less than 6 months", "Obsessive-compulsive
# disorder (OCD)".
_OPTION_WORDS = 6
_TO_READER = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
# "Yes, until 48 hours after …", "No, not before 12 months."
_BARE_ANSWER = re.compile(r"\s*(?:yes|no)\b\s*[,–—-]", re.IGNORECASE)
# ... or whose verbs are all in its condition or reason: "Yes, if you can, because …",
# "No, unless your doctor tells you to."
_CONDITIONED = re.compile(r"\s*(?:if|unless|as long as|provided|until|once|because|but only if)\b",
                          re.IGNORECASE)
# A question asking what the reader should do: "Should I stop using a bottle?"
_ASKS_ADVICE = re.compile(r"\s*(?:should\b|(?:do|does) (?:i|we|you|they|he|she|(?:my|our|your) \w+)"
                          r" (?:still )?(?:need|have) to\b)", re.IGNORECASE)


def _option(text: str, after: int, piece: _Piece | None) -> bool:
    """`piece` could be a form's choice on the line after `after`: a few words alone on
    their line, without a glyph or a stop ("Less than 6 months")."""
    return piece is not None and piece.standalone and not piece.block.list_item \
        and "\n\n" not in text[after : piece.start] \
        and len(piece.text.split()) <= _OPTION_WORDS \
        and kinds.final_char(piece.text) not in ".!?:"


def _bare(span: Span) -> bool:
    """A few words (six at most) without a verb of their own."""
    return not kinds.has_finite(span) and len([t for t in span if t.is_alpha]) <= 6


def _among_furniture(span: Span, block: Block) -> bool:
    """A short line without a verb among a page's furniture lines of its block: a
    site's name over its menu ("Little Spoon Co." / "Shop  |  Weaning Hub  |  …")."""
    own = text_of(span).strip()
    lines = [line.strip() for line in block.text.splitlines()]
    if block.single_line or own not in lines or not _bare(span):
        return False
    return any(kinds.is_furniture_line(line) or is_bar_line(line) or kinds.is_offer(line)
               for line in lines if line and line != own)


def _headline(pieces: list[_Piece]) -> int | None:
    """The article's headline under the page's furniture: "‘I waited 31 hours for a
    bed’: patients describe long A&E waits at Kingsmead General" after a site's name and
    menus. The first claim of the text, if a line of its own of four words of letters or
    more, without a stop or a table's cells, with only furniture before it (meta, promo,
    and headings naming a site's sections or an organisation: a claim under a title is
    its standfirst)."""
    for n, piece in enumerate(pieces):
        if piece.kind in ("meta", "promo") or (
                piece.kind == "heading" and _site_heading(piece.text.strip())):
            continue
        words = _WORD.findall(piece.text)
        if piece.kind == "claim" and piece.standalone and piece.block.single_line \
                and not piece.block.list_item and len(words) >= 4 \
                and not _TABLE_GAP.search(piece.text.strip()) \
                and kinds.final_char(piece.text.strip()) not in ".!?:;,":
            return n
        return None
    return None


def _site_heading(line: str) -> bool:
    """A heading of the page's furniture, not a title: a section's short name ("Health",
    "Heart Health"), a site's or an organisation's name in capitals, five words at most
    ("Bowel Cancer Research Trust"), or a trail ("News > Research news")."""
    words = line.split()
    return len(words) < 4 or ">" in words or (
        len(words) <= 5 and ":" not in line and all(w[:1].isupper() or w in _NAME_LINKS
                                                     for w in words))


# Small words inside an organisation's name: "Centre for Sleep and Health".
_NAME_LINKS = {"of", "for", "and", "the", "&", "on", "in"}
_TABLE_GAP = re.compile(r"\t|\S {2,}\S")
# A line opening with a short label and its colon ("Contact: Hallam Moor Visitor Centre …").
_RUN_IN_LABEL = re.compile(r"\s*[A-Z][\w'’ -]{0,30}:\s")
# A word of letters ("Energy 2,151kJ 514kcal 26%" has one).
_WORD = re.compile(r"(?<!\S)[‘'“\"(]*[A-Za-z][a-z’'-]*[’'”\"),:;]*(?!\S)")


def _title_cased(line: str) -> bool:
    """Whether every word of four letters or more is capitalised ("Heart Disease Is
    Preventable")."""
    return all(w[:1].isupper() for w in line.split() if len(w) >= 4 and w.isalpha())


def _panel_figures(text: str, pieces: list[_Piece]) -> set[int]:
    """The pieces that are a panel's figures, each alone on its line over its
    caption (:func:`blocks.is_panel_figure`), not over a row of a table or a menu."""
    return {n for n, (piece, caption) in enumerate(pairwise(pieces))
            if piece.standalone and (caption.kind in ("claim", "promo") or (
                caption.kind == "heading" and not _title_cased(caption.text)))
            and text[piece.end : caption.start].strip(" \t") == "\n"
            and is_panel_figure(piece.text, caption.text)}


def _article_units(text: str, pieces: list[_Piece], names: list[str]) -> list[Unit]:
    """The units of `text` from its blocks' pieces, in order; `names`: the
    publisher's (promo.publisher_names). `pieces` is emptied as it is read."""
    contents = _table_of_contents(pieces)
    # what a table of contents lists: a line saying one again is that section's heading
    listed = {_contents_key(p.text) for p in pieces if p.block in contents}
    bios = _bios(pieces)
    instructed = _instructed_items(pieces)
    headline = _headline(pieces)
    figures = _panel_figures(text, pieces)
    units: list[Unit] = []
    section: str | None = None
    boilerplate = False  # inside a section such as "Forward-Looking Statements"
    # the block of a run-in label naming boilerplate ("Disclaimer: I'm not a doctor …"):
    # its section ends with its paragraph
    boilerplate_block: Block | None = None
    links = False  # the boilerplate section lists links (kinds.names_navigation)
    footer = False  # from "Media Contact:" on
    references = False  # inside "References", "Sources": one unit a line
    signing = False  # under a letter's closing ("Sincerely,"): its signature's lines
    backgrounder = False  # under "About <an organisation>": it describes itself
    # under a heading naming findings ("Signs to watch for"), its lines run on without
    # a blank line: a list whose bullets were lost
    findings = False
    previous: Block | None = None  # the block of the last unit
    ingredients = False  # under a recipe's "Ingredients": what to measure out
    asking = False  # the lines of a form's question to the reader: its options
    outcomes = False  # the items under "After reading this article, you should be able to:"
    for n, piece in enumerate(pieces):
        pieces[n] = None  # let go as its unit is made: a long article's are not held twice
        kind = "heading" if n == headline else piece.kind
        if kind == "claim" and (promo.is_promo(piece.promo, names)
                                or _AFFILIATE.search(piece.text)):
            kind = "promo"  # and "… toaster bags (affiliate link) that …": a product sold
        if kinds.is_offer(piece.text) and (kind in ("claim", "heading") or (
                kind == "meta" and not label_line(piece.text))):
            # "Shop now & save 20% today.", "FREE UK DELIVERY ON ORDERS OVER £25"; not an
            # e-mail's field ("Subject: Your spring allergy game plan (+20% off)")
            kind = "promo"
        if kind == "claim" and backgrounder:
            kind = "promo"  # "St. Mary's Hospital is a 300-bed teaching hospital …"
        if signing and kind == "heading" and piece.standalone:
            kind = "meta"  # "Emma", "Department of Epidemiology, University of Milan"
        following = pieces[n + 1] if n + 1 < len(pieces) else None
        if kind == "claim" and (piece.furnished or (
                piece.bare and following is not None and following.kind in ("meta", "promo")
                and following.block.single_line
                and (not units or units[-1].kind in ("meta", "promo")))) \
                and not any(unit.kind == "claim" for unit in units):
            # a site's name at the page's top, over its menu or between its offer banner
            # and its menu (not a note's line between a reader's headers further down)
            kind = "meta"
        if kind == "heading" and piece.standalone and following is not None \
                and following.block.single_line and following.kind in ("heading", "meta") \
                and kinds.names_organisation(piece.text) \
                and all(unit.kind in ("meta", "promo") for unit in units):
            # the publisher's name over the page's title ("Harlan County Public Health
            # Department" / "Environmental Health Division" / "Food Inspection Summary")
            kind = "meta"
        if n in figures:
            # "37" over what it counts, said with it
            kind = "promo" if following.kind == "promo" else "claim"
        elif n - 1 in figures and kind == "heading" and not _title_cased(piece.text):
            kind = "claim"  # "of helpline callers said they felt …" under "96%"
        # "Run happy," over "Jo": a closing of the writer's own words, over a first name
        own_closing = piece.standalone and len(piece.text.split()) <= 3 \
            and piece.text.rstrip().endswith(",") and following is not None \
            and following.standalone and _FIRST_NAME.fullmatch(following.text.strip()) is not None
        if own_closing:
            kind = "meta"
        signing = (signing and kind == "meta") or (kind == "meta" and (
            own_closing or kinds.is_closing(piece.text)))
        footer = footer or kinds.is_footer_label(piece.text)
        if boilerplate_block is not None and piece.block is not boilerplate_block:
            boilerplate, boilerplate_block = False, None
        if listed and kind in ("claim", "meta") and piece.block not in contents \
                and (piece.standalone or piece.block.list_item) \
                and _contents_key(piece.text) in listed:
            kind = "heading"  # "1. Main points" under "1. Main points" / "2. …"
        if boilerplate and links and kind == "claim" and not piece.standalone \
                and not piece.block.list_item and piece.block is not previous:
            # Links to other pages ("Related stories", "Shop our editors' picks") are
            # lines: a paragraph of sentences after them is the article's again.
            boilerplate = False
        if references and kind == "claim" and not piece.standalone and previous is not None \
                and previous.list_item and not piece.block.list_item:
            # So is one after a list of sources ("Sources:" / "- NHS website" / …).
            boilerplate = references = False
        # A line of parts between bars ("Cite this essay: APA | MLA | Harvard") is the
        # page's again: a reference list does not go on past it.
        references = references and not piece.block.bars
        if footer or (boilerplate and kind not in ("heading", "question")):
            kind = "meta"
        if references and kind in ("question", "heading", "claim") and not piece.standalone:
            # a cited title: "Does melatonin help? A trial.", "NHS. Vitamins and minerals:
            # vitamin C."
            kind = "meta"
        if piece.block in contents or piece.block in bios:
            kind = "meta"
        if piece.block in instructed and kind == "claim" and not piece.declares:
            kind = "advice"
        # A course's or a lesson's outcomes ("By the end of the lesson, students will be
        # able to:" / "- explain what a vape is"): its template, no claim nor instruction.
        outcomes = (outcomes and piece.block.list_item
                    and "\n\n" not in text[units[-1].end : piece.start]) or (
            kind in ("claim", "advice") and _OUTCOMES.search(piece.text) is not None)
        if outcomes:
            kind = "meta"
        # "How long have you had these difficulties? *" / "Less than 6 months" / "6 months
        # to 2 years": a form's choices on the lines under its question, no claims.
        asking = asking and kind in ("heading", "claim", "meta") \
            and _option(text, units[-1].end, piece) and (units[-1].kind == "meta" or (
                n + 1 < len(pieces) and _option(text, piece.end, pieces[n + 1])))
        if asking:
            kind = "meta"
        if piece.answers and kind == "claim" and units and units[-1].kind == "question" \
                and _ASKS_ADVICE.match(units[-1].text):
            # "Should I stop using a bottle?" / "Yes, from around their first birthday.":
            # the answer recommends what the question asked ("you should, from …").
            kind = "advice"
        if ingredients and kind in ("claim", "heading") and _MEASURED_OUT.match(piece.text) \
                and kinds.final_char(piece.text) not in ".!?":
            kind = "advice"  # "1 tbsp olive oil" under a recipe's "Ingredients"
        start, end = piece.start, piece.end
        if start >= end:
            continue
        # (not a table's header: "Drug | Target | Monitor" under "Summary")
        # (nor a label over bulleted findings: "Gastric" over "• Pernicious anaemia")
        item = findings and kind == "heading" and piece.standalone \
            and not kinds.names_findings(piece.text) and "\n\n" not in text[units[-1].end : start] \
            and not any(cell in piece.text for cell in (" | ", "\t")) \
            and not (following is not None and following.block.list_item)
        if item:
            kind = "claim"  # "Vomiting and diarrhea" under "Signs to watch for"
        hedged = kind == "claim" and piece.hedged
        if references and kind == "meta" and previous is piece.block and units[-1].kind == "meta" \
                and "\n" not in text[units[-1].end : start]:
            # One reference is one unit, whatever the stops and '?' in the titles it
            # cites; a line is one reference.
            last = units[-1]
            units[-1] = replace(last, end=end, text=text[last.start : end],
                                lemmas=f"{last.lemmas} {piece.lemmas}", packed=b"")
            continue
        previous = piece.block
        # The span's own string when it is the unit's text (most units): one string, not two.
        own = text[start:end]
        own = piece.text if own == piece.text else own
        units.append(Unit(start, end, kind, own, section, hedged, piece.lemmas, piece.packed))
        findings = item or (kind == "heading" and kinds.names_findings(own))
        asking = (asking and kind == "meta") or (kind == "question" and piece.standalone
                                                 and _TO_READER.search(own) is not None)
        # (and, under a list of links such as "In this article", a question on its
        # paragraph's first line: "What causes a UTI?\nMost UTIs happen …")
        if kind == "heading" or (kind == "question" and (
                piece.standalone or (links and not piece.block.single_line))):
            section = own
            ingredients = kinds.names_ingredients(own)
            opened = not boilerplate
            # A label ("Consumers:", "Media:") under "Contact Information" stays in it.
            boilerplate = (boilerplate and kind == "heading" and own.rstrip().endswith(":")) \
                or kinds.names_boilerplate_section(section)
            if not boilerplate:
                boilerplate_block = None
            elif opened:  # a run-in label's section is its paragraph, a heading line's not
                boilerplate_block = None if piece.standalone else piece.block
            links = boilerplate and kinds.names_navigation(section)
            backgrounder = kinds.names_organisation_backgrounder(section)
            references = kinds.names_reference_section(section)
    return units


@dataclass
class _Pending:
    """A text whose blocks are in the pipe: its pieces so far, and the names
    its blocks may use for the publisher."""

    text: str
    view: str  # the text as it is read: hard wrapping undone (blocks.unwrapped)
    blocks: list[Block]
    layout: _Layout
    pieces: list[_Piece] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    done: int = 0  # blocks read


def segment_many(
    texts: Iterable[str],
    nlp: Language | None = None,
    batch_size: int = BATCH_SIZE,
    n_process: int = 1,
) -> Iterator[list[Unit]]:
    """Units of each text, in order; one ``nlp.pipe`` runs over all blocks of all texts."""
    nlp = _nlp(nlp)
    # Texts whose blocks were handed to the pipe, waiting for their docs, in order.
    pending: deque[_Pending] = deque()

    def feed() -> Iterator[tuple[str, int]]:
        for text in texts:
            view = unwrapped(text)
            text_blocks = blocks(view)
            pending.append(_Pending(text, view, text_blocks, _Layout.of(view)))
            for index, block in enumerate(text_blocks):
                yield block.text, index

    def ready() -> Iterator[list[Unit]]:
        while pending and pending[0].done == len(pending[0].blocks):
            article = pending.popleft()
            units = _article_units(article.view, article.pieces,
                                   promo.publisher_names(article.names))
            if article.view is not article.text:  # each unit's text as written
                units = [replace(u, text=article.text[u.start : u.end]) for u in units]
            yield units

    docs = nlp.pipe(feed(), as_tuples=True, batch_size=batch_size, n_process=n_process)
    if n_process > 1:
        docs = _workers_ignore_interrupts(docs)
    for doc, index in docs:
        yield from ready()  # texts without blocks ahead of this doc
        # Each doc is read as it comes and let go: a long article's docs (about
        # 60 MB a MB of text) are never all held at once.
        article = pending[0]
        block = article.blocks[index]
        article.pieces += _pieces(article.view, article.layout, block, doc)
        article.names += promo.name_candidates(doc.sents)
        article.done += 1
        yield from ready()
    yield from ready()


def _workers_ignore_interrupts(docs: Iterator) -> Iterator:
    """Start ``nlp.pipe``'s worker processes with Ctrl-C ignored (an ignored
    signal stays ignored in a forked or spawned process), so that Ctrl-C reaches
    only this process: no traceback from every worker. Then Ctrl-C here stops
    the workers first and raises KeyboardInterrupt: spaCy's clean-up joins its
    workers, which would otherwise finish their whole batch first. The workers
    start on the first ``next``."""
    import multiprocessing
    import signal
    import warnings

    def stop(signum, frame) -> None:
        for child in multiprocessing.active_children():
            child.terminate()
        # spaCy then warns that its workers did not finish: they were told to stop.
        warnings.filterwarnings("ignore", message=r"\[W127\]")
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        first = next(docs, None)
        signal.signal(signal.SIGINT, stop)
        if first is not None:
            yield first
            yield from docs
    finally:
        signal.signal(signal.SIGINT, previous)


def segment(text: str, nlp: Language | None = None) -> list[Unit]:
    """Units of one text (see :func:`segment_many`)."""
    return next(segment_many([text], nlp))
