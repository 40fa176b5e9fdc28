"""Sentence boundary rules on plain text (no spaCy).

pySBD (a port of the Pragmatic Segmenter) does the heavy lifting; the few cases
it gets wrong on the English Golden Rules are fixed around it, by rules that
are about punctuation and layout, not about particular sentences:

* sentences glued without white space (``world.Today``): pySBD sees one word,
  so a space is inserted virtually before segmenting and offsets are mapped
  back to the original text;
* a single line break inside a sentence (PDF-style wrapping) is not a
  boundary when the next line starts in lower case and the run of lines ends
  with a full stop;
* a quotation of several sentences is split at each of them (pySBD keeps a
  quotation whole), the opening mark in the first and the closing mark in the
  last, as the guidelines split a quoted speaker;
* a segment ending in a comma and a closing quotation mark (``better,’”``) is
  not a sentence: the attribution after it (``Khare recalled.``) belongs to it.

The one rule that needs part-of-speech tags (a verbless segment ending in an
abbreviation is not a sentence, ``At 5 a.m. Mr. Smith went…``) lives in
``annotator.nlp.model`` where the tagger has already run.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

import pysbd
from pysbd.utils import TextSpan

from annotator.nlp.blocks import (
    BULLETS,
    CONTINUING,
    EMOJI,
    FIGURE_LINE,
    is_measured_figure,
    stripped,
)

# "world.Today", "1,000.That": a full stop after a lower-case word or a number,
# immediately followed by a capitalised word. Excludes "U.S.A" (single letters)
# and decimals ("100.00").
_GLUED = re.compile(r"(?<=[a-z]{2}\.)(?=[A-Z][a-z])|(?<=\d{2}\.)(?=[A-Z][a-z])")
# e-mail addresses and URLs contain dots followed by capitals legitimately.
_ADDRESS = re.compile(r"\S*(?:@|://|www\.)\S*")
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*(?:</[a-z]{1,6}>)?\s*$")
# What sets fields apart on a line: "Posted by u/name · 3 hr. ago"
_FIELDS = " · "
# A quotation: curly double quotes, or straight ones; nested single quotes stay inside.
# Single quotes, as British writers quote ('No,' says …): opening before a capital, not
# after a letter (an apostrophe: "There's"), closing after a stop or comma, before no
# letter.
_QUOTATION = re.compile(r"“[^“”]*”|\"[^\"\n]*\""
                        r"|(?<![\w'’])'(?=[A-Z])[^\n\"“”]*?[.!?,]'(?!\w)"
                        r"|(?<![\w'’])‘(?=[A-Z])[^\n\"“”‘]*?[.!?,]’(?!\w)")
_OPENING_MARKS = str.maketrans("‘“", "  ")
# A footnote number glued after a sentence's full stop: "meaningful.2", "placebo.3", and
# several: "lifetime.1,2", "risk.3-5"; after capitals too: "adults in the UK.1", "receive
# ULT.3" (two of them: not "No.1").
_GLUED_BEFORE = r"(?:[a-z)%]|(?<=[A-Z])[A-Z])"
_FOOTNOTE = re.compile(_GLUED_BEFORE + r"[.!?][\"'”’]?(\d{1,2}(?:[,–-]\d{1,2})*)$")
# Citation markers right after a sentence's end: "anesthesia.[4]", "depression.[2][3]",
# "shows.[citation needed]", "mislabeled. (link)", a footnote's symbol "in 1970.*",
# "substance.†", superscript numbers "sardines.¹". Each run is a unit of its own.
_MARKER_RUN = (r"(?:\[(?:\d{1,3}(?:[–-]\d{1,3})?(?:,[ \t]?\d{1,3})*"
               r"|[a-z][a-z ]{2,24}|note \d{1,3})\])+|\((?:link|source|ref|citation)\)")
_MARKER_SIGNS = r"[*†‡§¶]{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,4}"
# (and a run of brackets ending a line after a word: "fizzy drinks and alcohol[6]", a
# wiki's "Causes[edit]")
_MARKERS = re.compile(
    rf"(?:[.!?][\"'”’)]?[ \t]?|(?<=\w)(?=(?:{_MARKER_RUN})[ \t]*(?:\n|$)))({_MARKER_RUN})"
    rf"|[.!?][\"'”’)]?({_MARKER_SIGNS})(?=\s|$)"
    # a superscript number glued to a list item's last word: "Fall asleep up to 2x faster⁶"
    # (not a unit's power: "20 m²", "kg/m²", "5 cm³")
    r"|(?<=[a-z])(?<!\bm)(?<!cm)(?<!mm)(?<!km)(?<!ft)([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,4})(?=[ \t]*(?:\n|$))"
)
_MARKER = re.compile(rf"{_MARKER_RUN}|{_MARKER_SIGNS}")
# "No. Short-term use is safe.": an answer opening a paragraph is a sentence, not
# the abbreviation of "No. 5".
# (and a postscript's mark opening its paragraph: "P.S. A few of you asked …")
_ANSWER_WORD = r"(?:Yes|No|Maybe)[.!]|P\.(?:P\.)?S\.:?|P?PS:"
# (also after an FAQ's turn label: "A: No. You can book directly …")
# (and after a speaker's label in capitals: "DR. RAMAN: No. A Dutch study found …")
_ANSWERED = rf"(?:(?:A[:.]|[A-Z][A-Z.'’ -]{{1,30}}:)[ \t]+)?{_ANSWER_WORD}"
_ANSWER = re.compile(rf"(?:^|(?<=\n))[ \t]*{_ANSWERED}(?=[ \t]+[A-Z][a-z])")


# "vitamin C. Most adults …", "hepatitis B. Vaccines …": a letter naming a vitamin,
# a virus, a type or a phase ends the sentence; pySBD reads it as a name's initial.
_DESIGNATED = re.compile(
    r"\b(?i:vitamins?|hepatitis|type|group|grade|stage|class|schedule|phase|plan|part"
    r"|factor|strep|influenza|flu|tier|category|omega)[ \t]+[A-Z]\.(?=[ \t]+[A-Z][a-z])"
    # "Might be just me. I switched …": a pronoun pySBD takes for Maine's abbreviation
    # before "I" (a name's initial, it guesses)
    r"|(?<![\w.])(?:me|ok)\.(?=[ \t]+\(?I[ \t’'])")


def is_marker(segment: str) -> bool:
    """A citation marker that :func:`raw_spans` cut off as a sentence of its own."""
    return _MARKER.fullmatch(segment.strip()) is not None


def is_answer(segment: str) -> bool:
    """``No.`` standing as a sentence (an answer), not an abbreviation."""
    return re.fullmatch(_ANSWERED, segment) is not None
_MOJIBAKE_SPACE = "Â"
_COMMA_QUOTE_END = re.compile(r",[\"'”’]+$")
# "Posted by u/sam · 3 yr. ago": an abbreviated unit of time before "ago".
_TIME_ABBREVIATION = re.compile(r"\b\d+\s*(?:yrs?|mos?|wks?|hrs?|mins?|secs?)\.$")


class _CompiledPatterns:
    """A stand-in for the ``re`` module inside pySBD that keeps its patterns compiled.

    pySBD passes pattern strings to ``re.sub``/``re.search``/… and builds about
    1,500 distinct patterns (several per abbreviation), more than ``re``'s own
    cache of 512 holds, so every call recompiled them (about 30% of segmentation
    time). Same results, compiled once per process."""

    def __init__(self) -> None:
        self.compile = lru_cache(maxsize=None)(re.compile)

    def __getattr__(self, name: str):
        return getattr(re, name)  # flags, escape, Pattern, …

    def sub(self, pattern, repl, string, count=0, flags=0):
        return self.compile(pattern, flags).sub(repl, string, count)

    def subn(self, pattern, repl, string, count=0, flags=0):
        return self.compile(pattern, flags).subn(repl, string, count)

    def search(self, pattern, string, flags=0):
        return self.compile(pattern, flags).search(string)

    def match(self, pattern, string, flags=0):
        return self.compile(pattern, flags).match(string)

    def fullmatch(self, pattern, string, flags=0):
        return self.compile(pattern, flags).fullmatch(string)

    def findall(self, pattern, string, flags=0):
        return self.compile(pattern, flags).findall(string)

    def finditer(self, pattern, string, flags=0):
        return self.compile(pattern, flags).finditer(string)

    def split(self, pattern, string, maxsplit=0, flags=0):
        return self.compile(pattern, flags).split(string, maxsplit)


class _Segmenter(pysbd.Segmenter):
    """pySBD, finding its sentences in the text by plain string search.

    pySBD finds each sentence's offsets with a regular expression made of the
    sentence and the white space after it: one pattern compiled per sentence
    (about a third of the time spent in pySBD) and, kept compiled by
    :class:`_CompiledPatterns`, memory that grew with every sentence ever
    segmented. The same leftmost, non-overlapping matches, without a pattern."""

    def sentences_with_char_spans(self, sentences):
        text = self.original_text
        spans, prior = [], 0
        for sent in sentences:
            at = 0
            while (start := text.find(sent, at)) >= 0:
                end = start + len(sent)
                while end < len(text) and text[end].isspace():  # r"\s*", greedy
                    end += 1
                if end > prior:
                    spans.append(TextSpan(text[start:end], start, end))
                    prior = end
                    break
                at = end if end > start else start + 1
        return spans


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    patterns = _CompiledPatterns()
    for name, module in list(sys.modules.items()):
        if name.startswith("pysbd") and getattr(module, "re", None) is re:
            module.re = patterns
    # clean=False keeps offsets into the original text; char_span gives them.
    return _Segmenter(language="en", clean=False, char_span=True)


# A dot leader between an item and its price or page on one line: "Routine examination
# ........ £52", "Introduction ....... 3". Not a sentence's end: read as dashes.
# (set apart by a space, or long: "I never meant that.... She left." is an ellipsis)
_LEADER = re.compile(r"(?<=\S)([ \t]+\.{4,}|\.{6,})(?=[ \t]*[^\s.])")


# A domain's ending said on its own: "Addresses ending in .gov or .edu belong to …".
_DOMAIN_END = re.compile(r"(?<=\s)\.(?=(?:gov|edu|com|org|net|nhs|ac|co|uk)\b)")


def _unglue(text: str) -> tuple[str, list[int]]:
    """Insert a space at each glued boundary; return new text and the insert positions.
    (Dot leaders are read as dashes and a domain's ending without its dot, the text's
    length kept.)"""
    text = _LEADER.sub(lambda m: m[1].replace(".", "-"), text)
    text = _DOMAIN_END.sub("_", text)
    addresses = [m.span() for m in _ADDRESS.finditer(text)]
    inserts = [
        m.start()
        for m in _GLUED.finditer(text)
        if not any(a <= m.start() < b for a, b in addresses)
    ]
    if not inserts:
        return text, []
    parts, last = [], 0
    for pos in inserts:
        parts.append(text[last:pos])
        parts.append(" ")
        last = pos
    parts.append(text[last:])
    return "".join(parts), inserts


def _to_original(offset: int, inserts: list[int]) -> int:
    # Each inserted space before `offset` in the modified text shifts it by one.
    shift = 0
    for k, pos in enumerate(inserts):
        if pos + k < offset:
            shift += 1
    return offset - shift


# pySBD's time grows with the square of its input: a paragraph longer than
# this is cut, before pySBD sees it, where a sentence plainly ends (a full stop,
# space, capital letter) closest after each multiple of it. A run with no such
# end for twice as long (a list in one sentence, items between semicolons) is cut
# after a semicolon or a comma, else a space, and the sentences on either side of
# that cut are joined again.
CHUNK_CHARS = 3000
_PLAIN_END = re.compile(r"(?<=[a-z0-9)][.!?]) +(?=[A-Z])")
_SOFT_CUTS = (re.compile(r"; +"), re.compile(r", +"), re.compile(r" +"))


def _chunks(text: str) -> list[tuple[int, str, bool]]:
    """``(offset, piece, soft)`` pieces of `text` of about CHUNK_CHARS, cut
    between two plain sentences, or, `soft`, inside a sentence that goes on in
    the next piece; a short text is one piece."""
    pieces, start = [], 0
    while len(text) - start > CHUNK_CHARS:
        cut = _PLAIN_END.search(text, start + CHUNK_CHARS, start + 3 * CHUNK_CHARS)
        soft = cut is None
        if soft:
            # A semicolon before a comma before a space; never a stop.
            cut = next((m for pattern in _SOFT_CUTS if (m := pattern.search(
                text, start + CHUNK_CHARS, start + 2 * CHUNK_CHARS))), None)
            if cut is None or len(text) - cut.end() < CHUNK_CHARS:
                break
        pieces.append((start, text[start : cut.end()], soft))
        start = cut.end()
    pieces.append((start, text[start:], False))
    return pieces


def raw_spans(text: str) -> list[tuple[int, int]]:
    """pySBD sentence spans, stripped, in original offsets, with the text-only fixes."""
    if not text.strip():
        return []
    spans: list[tuple[int, int]] = []
    joins = False  # the piece before was cut inside a sentence
    for offset, chunk, soft in _chunks(text):
        work, inserts = _unglue(chunk)
        for seg in _segmenter().segment(work):
            start = offset + _to_original(seg.start, inserts)
            end = offset + _to_original(seg.end, inserts)
            start, end = stripped(text, start, end)
            if start < end:
                if joins and spans:
                    start = spans.pop()[0]
                spans.append((start, end))
                joins = False
        joins = soft
    spans = [piece for span in _attach_closing_marks(text, spans)
             for piece in _split_quotations(text, span)]
    spans = [piece for span in spans for piece in _split_footnote(text, span)]
    spans = [piece for span in spans for piece in _split_hashtags(text, span)]
    spans = [piece for span in spans for piece in _split_designated(text, span)]
    spans = [piece for span in spans for piece in _split_after_emoji(text, span)]
    spans = _separate_markers(text, spans)
    spans = [piece for span in spans for piece in _split_answer(text, span)]
    spans = _close_tags(text, _close_emphasis(text, _join_urls(text, spans)))
    spans = _join_time_zones(text, _join_required_marks(text, spans))
    spans = _join_continuations(text, _merge_wrapped_lines(text, spans))
    return _attach_mojibake(text, _attach_emoji(text, spans))


# Closing quotation marks alone, which pySBD may cut from the sentence they end.
_CLOSING_MARKS = re.compile(r"['’”\"»]+")


def _attach_closing_marks(text: str, spans: list[Span]) -> list[Span]:
    """``We simply haven't got the trials.'``: the closing mark pySBD cut off, given
    back to the sentence it closes (right before it, no space between)."""
    out: list[Span] = []
    for start, end in spans:
        if out and out[-1][1] == start and _CLOSING_MARKS.fullmatch(text, start, end):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


_URL = re.compile(r"(?:https?://|www\.)[^\s\"'”’<>]+", re.IGNORECASE)


Span = tuple[int, int]


def _joined(spans: list[Span], glued: Callable[[Span, Span], bool]) -> list[Span]:
    """`spans` with each one that is `glued` to the one before it (as kept so
    far) joined to it."""
    out: list[Span] = []
    for span in spans:
        if out and glued(out[-1], span):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def _join_urls(text: str, spans: list[Span]) -> list[Span]:
    """Two sentences cut inside a web address (pySBD ends one at the ``?`` of
    ``index.php?title=…``) are one."""
    if "://" not in text and "www." not in text:
        return spans
    inside = [(m.start(), m.end()) for m in _URL.finditer(text)]
    return _joined(spans, lambda previous, span: any(
        low < previous[1] <= span[0] < high for low, high in inside))


# Footnote numbers after a full stop and before the next sentence, which pySBD keeps
# with both: "… during their lifetime.1,2 Many have no symptoms."
_FOOTNOTES_WITHIN = re.compile(
    _GLUED_BEFORE + r"[.!?][\"'”’]?(\d{1,2}(?:[,–-]\d{1,2})+)[ \t]+(?=[A-Z])")


def _split_footnote(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """``…was meaningful.2`` → the sentence and its footnote number, apart; and
    ``…lifetime.1,2 Many …`` → the sentence, its numbers and the next sentence."""
    start, end = span
    pieces = []
    for inside in _FOOTNOTES_WITHIN.finditer(text, start, end):
        pieces += [(start, inside.start(1)), (inside.start(1), inside.end(1))]
        start = inside.end()
    found = _FOOTNOTE.search(text, start, end)
    if found is None or found.start(1) == start:
        return [*pieces, (start, end)]
    return [*pieces, (start, found.start(1)), (found.start(1), end)]


# A caption's hashtags after its words: "… 8 glasses of water a day 💧 #hydration #health".
_HASHTAG_TAIL = re.compile(r"(?:[ \t]+#\w+){2,}[ \t]*$")
_TAGS_ONLY = re.compile(r"#\w+(?:[ \t]+#\w+)*")


def _split_hashtags(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A run of hashtags ending a sentence is a span of its own, apart from the words."""
    start, end = span
    found = _HASHTAG_TAIL.search(text, start, end)
    if found is None:
        return [span]
    words = stripped(text, start, found.start())
    if words[0] == words[1] or _TAGS_ONLY.fullmatch(text, *words):
        return [span]  # a line of hashtags alone is one span
    return [words, stripped(text, found.start(), end)]


def _split_designated(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """``…of vitamin C. Most adults …`` → two sentences, cut after the letter's stop."""
    return _cut(text, span, [m.end() for m in _DESIGNATED.finditer(text, *span)])


def _cut(text: str, span: tuple[int, int], cuts: list[int]) -> list[tuple[int, int]]:
    """`span` cut at `cuts`, each piece stripped, empty ones left out."""
    if not cuts:
        return [span]
    pieces = [stripped(text, left, right) for left, right in pairwise([span[0], *cuts, span[1]])]
    return [piece for piece in pieces if piece[0] < piece[1]]


# One emoji, joined ones included (skin tones are in EMOJI's range): "💪🏽", "👨‍⚕️".
_GLYPH = rf"{EMOJI}(?:\u200d?{EMOJI})*"
# Emoji ending a sentence that has no stop, before the next one on the line: "Protein is
# having a moment 💪🏽 Everyone from gym-goers …", "Sorry about your uncle ❤️ Kidney disease …",
# "Nana has shingles 😔 GP confirmed it", "… water stop at 10k 🙌 Use code …"
_EMOJI_STOP = re.compile(rf"(?<=[a-z]{{2}}|\d[a-z]|[\w][,)])[ \t]+(?:{_GLYPH}[ \t]*)+"
                         r"(?=[ \t]+[A-Z][A-Za-z’'])")


def _split_after_emoji(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    return _cut(text, span, [m.end() for m in _EMOJI_STOP.finditer(text, *span)
                             if not _MARKS.intersection(m.group(0))])


def _split_answer(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    start, end = span
    found = _ANSWER.match(text, start, end)
    if found is None:
        return [span]
    rest = stripped(text, found.end(), end)
    return [(start, found.end()), rest] if rest[0] < rest[1] else [span]


def _separate_markers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A citation marker after a sentence's end is its own span, and the sentence
    after it starts after it, wherever pySBD put the boundary (``anesthesia.[4`` |
    ``]``, ``1962.[5] It was …``)."""
    markers = [m.span(1) if m.start(1) >= 0 else m.span(3) if m.start(3) >= 0 else m.span(2)
               for m in _MARKERS.finditer(text)
               if m.start(1) >= 0 or m.start(3) >= 0
               or not _closes_emphasis(text, m.start(2), m.group(2))]
    if not markers:
        return spans
    out: list[tuple[int, int]] = []
    k = 0
    for start, end in spans:
        # The spans a marker overlaps are merged, then cut at the markers' edges.
        if out and k < len(markers) and markers[k][0] < out[-1][1] and start < markers[k][1]:
            start = out.pop()[0]
        out.append((start, end))
        while k < len(markers) and markers[k][1] <= end:
            k += 1
    cut: list[tuple[int, int]] = []
    k = 0
    for start, end in out:
        edges = [start]
        while k < len(markers) and markers[k][0] < end:
            edges.extend(markers[k])
            k += 1
        edges.append(end)
        for left, right in pairwise(edges):
            left, right = stripped(text, max(left, start), min(right, end))
            if left < right:
                cut.append((left, right))
    return cut


def _closes_emphasis(text: str, at: int, marks: str) -> bool:
    """Whether `marks` at `at` ("**" of "**Is milk safe?** Pasteurized …") close
    Markdown emphasis opened on the same line, not mark a footnote."""
    if marks.strip("*_"):
        return False
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return len(re.findall(rf"(?:^|(?<=[\s(]))\{marks[0]}{{{len(marks)}}}(?=\S)", line)) % 2 == 1


# A Markdown emphasis's closing marks at the start of a span: they end the one before.
_CLOSING_EMPHASIS = re.compile(r"(?:\*{1,2}|_{1,2})(?=\s)")


# A list item's number inside the emphasis of its run-in label: "**1." of "**1. Lose …**".
_EMPHASIS_NUMBER = re.compile(r"(?:\*\*|__)\d{1,3}[.)]")


def _close_emphasis(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``**Is milk safe?`` | ``** Pasteurized milk …`` → the question keeps its
    closing marks: ``**Is milk safe?**`` | ``Pasteurized milk …``; so does a numbered
    label (``**1. Lose extra pounds.**``)."""
    if "*" not in text and "_" not in text:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _EMPHASIS_NUMBER.fullmatch(text, *out[-1]) \
                and "\n" not in text[out[-1][1] : start]:
            # "**1. Lose extra pounds.** …": pySBD cut after the item's number.
            out[-1] = (out[-1][0], end)
            continue
        closing = _CLOSING_EMPHASIS.match(text, start, end)
        if out and closing and out[-1][1] == start and text[out[-1][0]] == text[start]:
            start, end = _hand_back(text, out, closing.end(), end)
            if start >= end:
                continue
        out.append((start, end))
    return out


# A closing tag cut off its sentence: "… on his bench." | "</i>" of a subtitle's italics.
_CLOSING_TAG = re.compile(r"</[a-z]{1,6}>")


def _close_tags(text: str, spans: list[Span]) -> list[Span]:
    """``… bench.`` | ``</i>`` → the sentence keeps its closing tag."""
    if "</" not in text:
        return spans
    out: list[Span] = []
    for start, end in spans:
        closing = _CLOSING_TAG.match(text, start, end)
        if out and closing and not text[out[-1][1] : start].strip():
            start, end = _hand_back(text, out, closing.end(), end)
            if start >= end:
                continue
        out.append((start, end))
    return out


def _hand_back(text: str, out: list[Span], cut: int, end: int) -> Span:
    """The span before (the last of `out`) extended to `cut`; what is left of the span
    ending at `end` after it, stripped (empty when nothing is)."""
    out[-1] = (out[-1][0], cut)
    return stripped(text, cut, end)


# A time zone after "a.m." or "p.m.", which pySBD cuts off the sentence ("… to 5
# p.m. PST.").
_TIME_ZONE = re.compile(r"(?:[ECMPA][SD]T|[ECMP]T|GMT|UTC|BST|CES?T|IST)\b\.?")
_AFTER_CLOCK = re.compile(r"\b[ap]\.m\.$")


def _join_time_zones(text: str, spans: list[Span]) -> list[Span]:
    return _joined(spans, lambda previous, span: (
        "\n" not in text[previous[1] : span[0]] and _TIME_ZONE.fullmatch(text, *span) is not None
        and _AFTER_CLOCK.search(text, *previous) is not None))


def _join_required_marks(text: str, spans: list[Span]) -> list[Span]:
    """A form's question and the ``*`` that marks it required ("How long have you had
    these difficulties? *") are one span: the mark ends its line, no footnote's."""
    return _joined(spans, lambda previous, span: (
        text[span[0] : span[1]] == "*" and text[previous[1] - 1 : previous[1]] in "?:"
        and previous[1] > previous[0] and not text[previous[1] : span[0]].strip(" \t")
        and not text[span[1] :].split("\n", 1)[0].strip()))


def _attach_mojibake(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A scraped no-break space read in the wrong encoding (``Â`` + U+00A0) right
    after a sentence belongs to it, not to the next sentence."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and text[out[-1][1] : out[-1][1] + 1] == _MOJIBAKE_SPACE:
            prev_start, prev_end = out[-1]
            out[-1] = (prev_start, prev_end + 1)
            start, end = stripped(text, max(start, prev_end + 1), end)
            if start >= end:
                continue
        out.append((start, end))
    if out and text[out[-1][1] : out[-1][1] + 1] == _MOJIBAKE_SPACE:
        out[-1] = (out[-1][0], out[-1][1] + 1)
    return out


# Emoji after a sentence's stop, on its line: "… breaking out. 😩 Today?"
_EMOJI_RUN = re.compile(rf"{_GLYPH}(?:[ \t\u00a0]+{_GLYPH})*")
# (a bullet's glyph or a form's box opens what follows: "Are you pregnant? ☐", "✅ Improves")
_MARKS = set(BULLETS)


def _attach_emoji(text: str, spans: list[Span]) -> list[Span]:
    """Emoji right after a sentence's stop end that sentence ("… breaking out. 😩"),
    where pySBD opened the next one with them or left them a sentence of their own."""
    out: list[Span] = []
    for start, end in spans:
        if out and "\n" not in text[out[-1][1] : start] and _TERMINAL.search(text, *out[-1]):
            run = _EMOJI_RUN.match(text, start, end)
            if run and not _MARKS.intersection(run.group(0)):
                start, end = _hand_back(text, out, run.end(), end)
                if start >= end:
                    continue
        out.append((start, end))
    return out


def _split_quotations(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """``“A. B,” she said.`` → ``“A.`` and ``B,” she said.``: the sentences of a
    quotation, found by pySBD on the quotation's own words."""
    start, end = span
    cuts = []
    for quote in _QUOTATION.finditer(text, start, end):
        inner_start = quote.start() + 1
        inner = text[inner_start : quote.end() - 1]
        if not any(c in inner for c in ".!?"):
            continue
        # Nested quotation marks hidden, so pySBD does not keep ‘…’ whole either.
        for seg in _segmenter().segment(inner.translate(_OPENING_MARKS))[:-1]:
            cut = inner_start + seg.end
            if text[inner_start:cut].strip():
                cuts.append(cut)
    pieces, begin = [], start
    for cut in cuts:
        left = stripped(text, begin, cut)
        if left[0] < left[1]:
            pieces.append(left)
        begin = cut
    last = stripped(text, begin, end)
    if last[0] < last[1]:
        pieces.append(last)
    return pieces


# A sentence ending in a short abbreviation ("incl.", "hrs.", "Intern."), and what
# follows it on the line: words in lower case ("low-dose naltrexone.") or punctuation
# (", 200 mg a day …"); after a capitalised one, more of a journal's name ("J. Clin.
# Nutr., …", "Med. study."); after one that comes before numbers, a number ("approx. 310
# mg", "ca. 2 mmHg").
_ABBREVIATED_END = re.compile(r"(?<![\w.])[A-Za-z]{1,6}\.$")
# (not a word a sentence opens with when its writer leaves out capitals: "… you need
# more. and older adults …", "okay so here's the thing. there is …")
_GOES_ON = re.compile(r"[,;:)]|(?!(?:and|but|so|or|then|also|i|it|its|this|that|there|these"
                      r"|those|we|you|your|they|he|she|my|most|okay|ok|yes|no|lol)\b)[a-z]")
# A company's abbreviated ending before its copyright ("Reddit, Inc. © 2025"), not a
# sentence's last word ("… a Class I medical device. © 2024 …").
_COMPANY_END = re.compile(r"(?<![\w.])(?:Inc|Ltd|Co|Corp|LLC|LLP|PLC|plc|Pty|GmbH|AG|SA|NV|BV)\.$")
_CAPITALISED_END = re.compile(r"(?<![\w.])[A-Z][a-z]{0,5}\.$")
_NAME_GOES_ON = re.compile(r"[A-Z][a-z]{0,5}\.(?:[ \t]+(?:[a-z]|[A-Z][a-z]{0,5}\.)|[,;:)])")
_BEFORE_NUMBER = re.compile(r"(?<![\w.])(?i:approx|ca|vs|nos?|fig|vol|pp?)\.$")
# A reference's code of letters and figures after "No.": "Company no. SC612384".
_CODE = re.compile(r"[A-Z]{1,4}[-/]?\d")
# "The right hon. Gentleman", "Hon. Members: Hear, hear.": Parliament's honorific
_HONORIFIC = re.compile(r"(?<![\w.])(?i:hon)\.$")
# "5:12 p.m. CT | Updated …": a time and its zone
_CLOCK = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_ZONE = re.compile(r"(?:[ECMP][SD]?T|GMT|BST|UTC|CET|CEST|AEST|AEDT|IST)\b")
# "PORTLAND, Ore.", "ST. PAUL, Minn.": a dateline's city and state before its dash.
_DATELINE_STATE = re.compile(
    r"(?:[A-Z][A-Z.'-]+[ \t]+){0,3}[A-Z][A-Z.'-]+,[ \t]+[A-Z][a-z]{1,4}\.$")


def _join_continuations(text: str, spans: list[Span]) -> list[Span]:
    """Join ``…better,’”`` to the attribution on the same line that follows it,
    ``3 yr.`` to the ``ago`` after it, a sentence cut after an abbreviation (and
    opening with a capital) to what goes on after it (``The right hon.`` /
    ``Gentleman …``, ``5:12 p.m.`` / ``CT | Updated …``), a line of copyright
    (``Reddit, Inc.`` / ``© 2025.`` / ``All rights reserved.``), and a dateline's
    state to its dash."""
    def glued(previous: Span, span: Span) -> bool:
        before = text[slice(*previous)]
        return "\n" not in text[previous[1] : span[0]] and bool(
            _COMMA_QUOTE_END.search(before)
            or (_TIME_ABBREVIATION.search(before) and text.startswith("ago", span[0]))
            or (before.lstrip("\"“‘'(")[:1].isupper() and (
                (_ABBREVIATED_END.search(before) and _GOES_ON.match(text, span[0]))
                or (_CAPITALISED_END.search(before) and _NAME_GOES_ON.match(text, span[0]))
                or (_BEFORE_NUMBER.search(before) and (text[span[0]].isdigit()
                                                       or _CODE.match(text, span[0]) is not None))
                or (_HONORIFIC.search(before) and text[span[0]].isupper())
                or (_CLOCK.search(before) and _ZONE.match(text, span[0]) is not None)))
            # "Reddit, Inc. © 2025. All rights reserved.": one line of copyright
            or (("©" in before or before.startswith("Copyright"))
                and text.startswith("All rights reserved", span[0]))
            or (_COMPANY_END.search(before) is not None and text.startswith("©", span[0]))
            or (_DATELINE_STATE.fullmatch(before) and text[span[0]] in "—–-"))

    return _joined(spans, glued)


def _merge_wrapped_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a segment that ends a line without punctuation to a lower-case continuation.

    Only when the continuation ends the sentence with terminal punctuation, so a
    list of short lines ("features\\ncontact manager\\n") stays a list, or when a
    word is broken across the lines by a hyphen. Read from
    the end, so that a sentence wrapped over several lines ("A 2013\\nmeta-analysis
    of … the\\nlowest … depression.") joins whole.
    """
    out: list[tuple[int, int]] = []
    for start, end in reversed(spans):
        if out:
            next_start, next_end = out[-1]
            gap = text[end:next_start]
            fragment = text[next_start:next_end]
            # "ther-\napy", "Symp-\ntoms: A Trial": a word broken by hyphenation
            # joins whatever ends the line after it.
            hyphenated = text[end - 1] == "-" and text[end - 2 : end - 1].isalpha()
            # "The recommended dose is\n80 to 90 mg/kg …": a line stopping on a word
            # no sentence ends with goes on, whatever the next line opens with.
            cut = text[start:end].rsplit(None, 1)[-1] in CONTINUING
            # A figure over its caption: "80%" / "of heart disease is preventable"; a
            # figure that is more than a bare number ("25 g", "1 in 3") also over a caption
            # opening with a capital and ending a sentence ("The most added sugar women
            # should eat in a day, …."), where a bare "1" over "Wash your hands." numbers a step.
            figure = (fragment[:1].islower() and FIGURE_LINE.fullmatch(text, start, end)) or (
                is_measured_figure(text[start:end]) and _TERMINAL.search(fragment))
            if (
                gap.count("\n") == 1
                and gap.strip() == ""
                and not _TERMINAL.search(text[start:end])
                and text[end - 1] not in ":;"
                # "u/skeptic_steve · 1 hr. ago" / "lol it's …": a line of fields (a post's
                # user and time) is no sentence going on
                and _FIELDS not in text[start:end]
                and (figure or (
                    (fragment[:1].islower() or cut)
                    and (hyphenated or _TERMINAL.search(fragment))))
            ):
                out[-1] = (start, next_end)
                continue
        out.append((start, end))
    return out[::-1]
