"""Property tests (hypothesis) on arbitrary Unicode: the segmenter, the evidence
parser and the review-file line checker never crash and keep their promises."""

import re
import string

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotator.errors import AnnotatorError
from annotator.evidence import BadEvidence, recognise
from annotator.exchange.lines import check_line
from annotator.identity import clean_text
from annotator.nlp.model import load
from annotator.nlp.segmenter import segment

NLP = load()

# What real articles hold, and what breaks naive code: words and punctuation,
# emoji, combining marks, right-to-left script, NUL and control characters,
# every kind of line end, no-break and other spaces.
PIECES = st.one_of(
    st.text(alphabet=string.ascii_letters + "  ", min_size=1, max_size=12),
    st.sampled_from([
        ". ", "? ", "! ", "; ", ", ", ": ", "\n", "\n\n", "\r\n", "\r", "\u00a0", "\u2028",
        "\t", "\x00", "\x07", "\x1b[D", "👍🏽", "e\u0301", "مرحبا بالعالم", "שלום", "\u202e",
        "“", "”", "'", "(", ")", "•", "- ", "1.", "12 mg", "50%", "Dr.", "e.g.", "…",
        "Ketamine blocks NMDA receptors", "It works within minutes",
    ]),
    st.text(min_size=1, max_size=6),  # anything at all
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _separator(char: str) -> bool:
    """White space, invisible characters, and the ';' or ',' a clause split
    leaves between two units (SEGMENTATION.md: the separator belongs to neither)."""
    return char.isspace() or char in ";,\x00\u200b\ufeff" or not char.isprintable()


@FAST
@given(TEXTS)
@example("- - A")  # a dash opening a sentence: no word before it (found by CI)
@example("\x0c# 0")  # a Markdown heading's hash is no part of a unit (found by a local run)
@example("👍🏽 It works")  # nor an emoji opening a line
@example("*A*")  # nor Markdown's emphasis around a whole line (found by CI)
@example("→ A")  # nor an arrow marking a list item
@example("0|")  # nor a table cell's bar at a unit's edge (found by a local run)
@example("|")  # but a unit of bars alone keeps them
def test_segmenter_units_reselect_their_text_never_overlap_and_cover_the_text(text):
    units = segment(text, NLP)
    covered = [False] * len(text)
    previous_end = 0
    for unit in units:
        assert 0 <= unit.start < unit.end <= len(text)
        assert text[unit.start : unit.end] == unit.text
        assert unit.start >= previous_end  # in order, never overlapping
        previous_end = unit.end
        for i in range(unit.start, unit.end):
            covered[i] = True
        assert unit.kind in ("claim", "heading", "question", "advice", "promo", "meta")
    # Every visible character is in some unit: nothing of the article is lost,
    # but for list markers ("- ", "• ", "1. " opening a line: SEGMENTATION.md), and
    # the marks of a Markdown heading or quotation and an emoji opening a line
    # (README.md: "## Side effects", "> The biggest surprise?", "⚠️ Do not drive"),
    # Markdown's emphasis around a whole line ("**Is psilocybin legal?**"), and a table
    # cell's bars at a unit's edges (docs/segmentation-rounds.md, round 70).
    for marker in LIST_MARKER.finditer(text):
        covered[marker.start():marker.end()] = [True] * (marker.end() - marker.start())
    for line in EMPHASIZED_LINE.finditer(text):  # "**Is it legal?**": both marks
        for mark in (line.span(1), line.span(3)):
            covered[mark[0]:mark[1]] = [True] * (mark[1] - mark[0])
    for unit in units:  # a table cell's bars at a unit's edges ("$1,500 | …", "| Form |")
        for step, i in ((-1, unit.start - 1), (1, unit.end)):
            while 0 <= i < len(text) and text[i] in " \t|":
                covered[i] = covered[i] or text[i] == "|"
                i += step
    lost = [c for c, seen in zip(text, covered, strict=True) if not seen and not _separator(c)]
    assert lost == []


EMOJI = "[\u2600-\u2604\u2607-\u27bf\u2b50\U0001f300-\U0001faff]\ufe0f?"
LIST_MARKER = re.compile(
    # a line starts where str.splitlines would start one
    r"(?:^|(?<=[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]))[ \t\u00a0]*"
    r"(?:[•◦▪●‣⁃·*\-–→⇒]|\d{1,3}(?:\.\)|[.)])|#{1,6}|>"
    rf"|{EMOJI}(?:[ \t\u00a0]*{EMOJI})*)(?=[ \t\u00a0]+\S)")

# Markdown's emphasis around a whole line (annotator.nlp.blocks leaves it out of the unit).
_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
EMPHASIZED_LINE = re.compile(
    rf"(?:^|(?<=[{_BREAKS}]))[^\S{_BREAKS}]*(\*\*|__|\*|_)(?=\S)([^*_\n]+?)(?<=\S)(\1)"
    rf"[^\S{_BREAKS}]*(?=$|[{_BREAKS}])")


def test_a_200000_character_paragraph_is_segmented():
    text = ("Ketamine is an anesthetic used since the 1950s, and it works within minutes "
            "in many patients; ") * 2200
    units = segment(text[:200_000], NLP)
    assert units and all(text[u.start : u.end] == u.text for u in units)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_evidence_is_recognised_or_refused_never_a_crash(typed):
    try:
        item = recognise(typed)
    except BadEvidence as error:
        assert str(error).startswith("bad evidence: ")
        return
    assert item.kind in ("pmid", "doi", "url", "text")
    if item.kind == "pmid":
        assert item.value.isdigit()
    if item.kind == "doi":
        assert re.match(r"10\.\d{4,9}/\S", item.value)
    assert recognise(item.name()) == item or item.kind == "text"


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(
    st.sampled_from(["quote", "start", "end", "verdict", "rationale", "evidence", "reasons",
                     "correction", "reviewer", "x"]),
    st.one_of(st.none(), st.integers(-5, 10**6), st.text(max_size=20),
              st.lists(st.text(max_size=8), max_size=3),
              st.lists(st.dictionaries(st.sampled_from(["kind", "value", "note"]),
                                       st.text(max_size=8)), max_size=2)),
    max_size=8,
))
def test_a_review_line_is_accepted_or_refused_with_a_message(record):
    try:
        checked = check_line(record)
    except AnnotatorError as error:
        assert str(error)
        return
    assert isinstance(checked, dict)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_stored_text_never_holds_control_characters(typed):
    import unicodedata

    cleaned = clean_text(typed)
    assert "\x1b" not in cleaned
    assert all(c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs") for c in cleaned)
    assert not set(cleaned) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
