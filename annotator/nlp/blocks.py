"""Layout blocks: paragraphs, list items and heading-like lines (no spaCy).

Blocks are cut before spaCy sees the text so that a heading never merges with
the sentence after it and a unit never crosses a paragraph or a list item.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from itertools import pairwise

from annotator.nlp.cuelists import cues

# A list marker at the start of a line: a bullet glyph (an emoji one too: "✅", "👉"),
# or "1." / "1)" / "1.)" / "(1)" / "1/" (a thread's posts) followed by white space,
# or a bare number before a wide gap.
# "2.5 mg" and "2018." + word are not markers.
BULLETS = "•◦▪●‣⁃·*-–—✅✔☑☐☒✓❌✖✗✘➤►▶▸▹◆◇■□○⭐👉🔹🔸→➔➡⇒"
_MARKER = re.compile(
    rf"[ \t\u00a0]*(?:[{re.escape(BULLETS)}]\ufe0f?"
    # a review's pro before a capital ("+ A real inflatable cuff"; not "+44 20 …")
    r"|\+(?=[ \t\u00a0]+[A-Z])"
    # a keycap's number ("1️⃣ Fatigue is …", "🔟")
    r"|[0-9]\ufe0f?\u20e3|\U0001f51f"
    # ("(555) 010-2200" is a telephone number's area code, not an item's number)
    r"|\d{1,3}(?:\.\)|[.)/])|\(\d{1,3}\)(?![ \t\u00a0]*\d{3}[-.]\d{4}\b)"
    # a section's number ("2.1 Light and melatonin", "3.2.1 Methods")
    # (or in capitals: "3.1 IF IN DOUBT, SIT THEM OUT.", "3.4 A player who …")
    r"|\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=[ \t\u00a0]+(?:[A-Z][a-z]|[A-Z]{2,}\b|[A-Z][ \t]+[a-z]))"
    # a bare number set off by a wide gap of spaces, the only gap of its line ("1  Booking
    # in - a receptionist …"; a table's row number is a cell: "1\tAssam\t67.0")
    r"|\d{1,2}(?=[ \u00a0]{2,}[A-Z][a-z](?:(?![ \u00a0]{2}|\t).)*$))[ \t\u00a0]+(?=\S)")
# A lettered item ("A. Age 18 years or older;", "b) avoid alcohol;", "(c) …"): a list
# marker only beside the item of the letter before or after it, in the same style
# ("E. coli infections …" opens a sentence). Under a question they are a quiz's
# choices, not a list ("Which of these lowers LDL?" / "a) Oats" / "b) Butter").
# Roman numerals ("I.", "II.", "iv)") number such a list as well.
_LETTER = re.compile(r"[ \t\u00a0]*(\(?)([A-Za-z]|[IVXivx]{1,4})([.)])[ \t\u00a0]+(?=\S)")
# A section's number in capital Roman numerals: "II. Move more".
_ROMAN_TITLE = re.compile(r"[ \t\u00a0]*(I{1,3}|IV|VI{0,3}|IX|XI{0,2})\.[ \t\u00a0]+(?=\S)")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10, "xi": 11, "xii": 12}


def _ordinals(mark: str) -> set[tuple[str, int]]:
    """What a list's mark counts: ("letter", 3) for "c", ("roman", 3) for "iii";
    "i" and "v" may be either."""
    found = {("letter", ord(mark.lower()))} if len(mark) == 1 else set()
    if mark.lower() in _ROMAN and (mark.islower() or mark.isupper()):
        found.add(("roman", _ROMAN[mark.lower()]))
    return found


# A Markdown heading ("## Side effects"): its hashes belong to no unit.
_ATX_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+(?=\S)")
# A Markdown quotation or pull quote ("> The biggest surprise? I slept better."): its
# mark belongs to no unit either.
_QUOTE_MARK = re.compile(r"[ \t]{0,3}>[ \t]+(?=\S)")
# An emoji opening a line as decoration ("⚠️ Do not drive …", "🧵 Let's talk about …"):
# the block starts after it (it is read as no word of the line) and, not being one of
# _MARKER's bullets, it makes no list item; the unit keeps it (decoration_before).
# Stars are not decoration: "★★★★☆" rates something.
EMOJI = r"[\u231a\u231b\u23e9-\u23fa\u2600-\u2604\u2607-\u27bf\u2b50\U0001f300-\U0001faff]\ufe0f?"
_DECORATION = re.compile(rf"[ \t\u00a0]*{EMOJI}(?:[ \t\u00a0]*{EMOJI})*[ \t\u00a0]+(?=\S)")
# A title between rules ("-----INDICATIONS AND USAGE-----", "== History =="): the
# rules belong to no unit.
_FRAMED_HEADING = re.compile(r"[ \t]*(?P<rule>[-=~_*])(?P=rule)+[ \t]*(?P<title>[^\W\d_].*?)"
                             r"[ \t]*(?P=rule){2,}[ \t]*$")
# A section's Roman number and its title: "I. Background", "IV. References".
_ROMAN_HEADING = re.compile(r"[ \t]*(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})\.[ \t]+"
                            r"(?P<title>[A-Z][^.!?:;\n]{0,70}(?<=[\w)]))[ \t]*")
_TERMINAL = re.compile(r"[.!?:;,…][\"'”’)\]]*(?:</[a-z]{1,6}>)?$")
# A line this short, without end punctuation, followed by a capitalised line,
# is a heading even without a blank line around it.
HEADING_MAX_WORDS = 14
# "Methods: We assigned …", "Q: Is it safe?": a short label and a colon opening a
# line. After a finished sentence it opens a block of its own (an abstract's
# sections, an interview's turns), even without a blank line before it.
_LABEL_LINE = re.compile(r"[ \t]*[A-Z][\w'’&/ -]{0,40}:[ \t]+\S")
LABEL_MAX_WORDS = 6
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)([^*_\n]+?)(?<=\S)\1")
_EDIT_LINK = re.compile(r"[ \t]*\[edit(?: source)?\]$")
# An accordion's toggle after a question or a title ("Who should get a flu shot? +").
_TOGGLE = re.compile(r"(?<=[?\w])[ \t]+[+▼▾⌄›](?:\ufe0f)?$")
_HYPHEN_WRAP = re.compile(r"(?<=[A-Za-z])-\r?\n(?=[a-z])")
# A transcript's time stamp opening a turn ("[00:01:05]", "(12:40)", "00:01:05",
# "12:40 —"; a live blog's "14:32 BST –"), with the speaker's name after it ("… Dr.
# Patel:") or the show's cues ("[JINGLE]"): a unit of its own.
# A bare clock time ("8:00 Take your first dose") is not one.
_TIMESTAMP = re.compile(
    r"[ \t]*(?:\[\d{1,2}(?::\d\d){1,2}\]|\(\d{1,2}(?::\d\d){1,2}\)|\d{1,2}:\d\d:\d\d"
    r"|\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+(?:BST|GMT|UTC|CES?T|[ECMP][SD]?T|IST|AES?T))?"
    r"(?=[ \t]*[—–-][ \t]))(?:[ \t]*[—–-])?"
    r"(?:[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
    # a caller's town, "… SANDRA (Whitby):"
    r"(?:[ \t]+\([A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}\))?:"
    # or the programme's cues in capitals: "[13:00:02] [JINGLE] [NEWS AND TRAVEL]"
    r"|(?:[ \t]+\[[A-Z][A-Z &'’-]*\])+(?=[ \t]*$))?"
)
# A subtitle cue's timing ("00:00:06,480 --> 00:00:09,950", WebVTT's "00:06.480 -->
# 00:09.950 align:start"): a line of the file's, a unit of its own.
_CUE_TIMING = re.compile(r"[ \t]*(?:\d{1,2}:)?\d\d:\d\d[,.]\d{3}[ \t]+-->[ \t]+"
                         r"(?:\d{1,2}:)?\d\d:\d\d[,.]\d{3}(?:[ \t]+\S.*)?[ \t]*")
# A chat's post header on a line of its own, the sender and when ("marsha.runs — 02/03/2025
# 9:16 PM", "Dr. Gluc (mod) — Today at 9:52 PM"): a unit of its own, before the message.
_POST_HEADER = re.compile(
    r"[ \t]*\S[^\n]{0,40}?[ \t]+[—–][ \t]+(?:\d{1,2}/\d{1,2}/\d{2,4},?|Today at|Yesterday at)"
    r"[ \t]+\d{1,2}:\d\d(?:[ \t]*[AaPp][Mm])?[ \t]*")
# "Q. Can I …" / "A. Usually …": an interview's turns labelled with a full stop, in
# an article whose lines open with both (else "A." may be an initial).
_PERIOD_TURN = re.compile(r"[ \t]*[QA]\.(?=[ \t]+\S)")
# A fact box's field ("Elimination half-life: 2–3 hours", "Drug class: NMDA receptor
# antagonist"): a short label without digits, a colon, and a value without a final
# stop that does not open with a quotation mark (a source line cites a title there).
_FIELD = re.compile(r"[ \t]*[A-Z][^\W\d_]*(?:[ '’()/-]+[^\W\d_]+\)?){0,3}:[ \t]+"
                    r"(?P<value>[^\s\"“'‘][^|]*?)[ \t]*$")
# A headline's words: three or more long words, every one capitalised ("Botulism
# Outbreak Linked to Home-Canned Green Beans — Ohio, 2025").
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
# Another field after a wide space: "Qty: 30   Refills: 0" is a row of two.
_NEXT_FIELD = re.compile(r"(?:[ \t]{3,}|\t)[A-Z][^\W\d_]*(?:[ '’/-]+[^\W\d_]+){0,3}:")
_INNER_STOP = re.compile(r"[.!?][\"'”’)\]]*\s")
# A sentence's end inside a line: a full stop after a lower-case word ("U.S. Approves",
# "Dr. Smith" and "Trippy treatment? Hopes and hype" are titles).
_SENTENCE_INSIDE = re.compile(r"\b[a-z]{3,}\.[\"'”’)\]]*[ \t]+[A-Z]")
# A section's count of its items at the end of its title: "Disease interactions (1)".
_ITEM_COUNT = re.compile(r"\(\d{1,4}\)[ \t]*$")
# Words a line broken inside a sentence may stop on, and a title does not.
CONTINUING = {"the", "a", "an", "and", "or", "of", "than", "that", "with", "by", "is", "are",
               "was", "were", "be", "been", "has", "have", "its", "their", "your", "our"}


def turn_opening_only(text: str) -> bool:
    """A block that is only a turn's opening: a time stamp (and its speaker), ``Q.``
    or ``A.``."""
    stamp = _TIMESTAMP.match(text)
    return bool(stamp and not text[stamp.end() :].strip()) or text.strip() in ("Q.", "A.") \
        or _own_line(text)


def _own_line(line: str) -> bool:
    """A subtitle's timing or a chat post's header: a line that is a unit by itself."""
    return _CUE_TIMING.fullmatch(line) is not None or _POST_HEADER.fullmatch(line) is not None


def _turn_opening(line: str, period_turns: bool) -> int:
    """Where the opening of a turn ends in `line` (0: it has none, or nothing follows)."""
    found = _TIMESTAMP.match(line) or (_PERIOD_TURN.match(line) if period_turns else None)
    return found.end() if found and line[found.end() :].strip() else 0


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    text: str
    list_item: bool = False
    # The block is a single line standing alone (a heading candidate).
    single_line: bool = False
    # The block is a fact box's field: its label is a heading, its value a unit.
    field: bool = False
    # The block is a row of a table under its header row: a unit, never a heading.
    table_row: bool = False
    # The block is a line of parts between bars or wide spaces outside a table
    # ("Home | News | Health", "Download PDF | Share", "Home   News   Contact"): the
    # page's furniture.
    bars: bool = False


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without the line break."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


# Invisible characters a pasted text keeps (a zero-width space after "AHA.", a word
# joiner, a byte-order mark inside): no part of a unit at its edges, as white space.
_INVISIBLE = "\u200b\u2060\ufeff"


def stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past white space (and invisible characters) at both
    ends of ``text[start:end]``."""
    while start < end and (text[start].isspace() or text[start] in _INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE):
        end -= 1
    return start, end


def _field_value(line: str) -> str | None:
    """The value of a field line (``Half-life: 2–3 hours`` → ``2–3 hours``), or None."""
    found = _FIELD.match(line)
    if (not found or _TERMINAL.search(found["value"]) or _INNER_STOP.search(found["value"])
            or len(found["value"].split()) > HEADING_MAX_WORDS
            or _NEXT_FIELD.search(found["value"])):
        # a value is a short phrase, not sentences, nor a row of fields ("Qty: 30
        # Refills: 0")
        return None
    return found["value"]


def _headline(value: str) -> bool:
    words = _LONG_WORD.findall(value)
    return len(words) >= 3 and all(word[0].isupper() for word in words)


def cell_count(line: str) -> int:
    """How many cells a table row has (``Drug | Dose | Onset``: 3; a row copied
    from a web page, its cells between tabs, ``Vitamin D3 125 mcg\t625%``: 2; prose: 1)."""
    line = line.strip()
    if "|" not in line and "\t" in line:
        return len(re.split(r"\t+", line))
    if "|" not in line and ":" not in line and _FIGURE_COLUMN.fullmatch(line):
        return 2  # a chart's data as a page sets it out: "London  73.3", "North East  90.1"
    if "|" not in line and _WIDE.search(line) and ":" not in line:
        # a label's facts set out in columns: "Magnesium (as glycinate) 200 mg   48%"
        # (not fields in a row: "Qty: 30   Refills: 0")
        return len(_WIDE.split(line))
    return len(line.strip("|").split("|"))


_WIDE = re.compile(r" {3,}")
_FIGURE_COLUMN = re.compile(r"\S(?:[^\t]*\S)? {2,}[-+]?[$£€]?\d[\d.,]*%?")


def is_bar_line(line: str) -> bool:
    """``Home | News | Health``, ``Home   News   Contact``: parts between bars or wide
    spaces, which a table's neighbouring rows have too; not a row of labelled values
    (``Form: Powder | Dose: 2.5 mg``, a product's specifications: a heading)."""
    if " | " in line:
        return not all(":" in part for part in line.split(" | "))
    return _menu(line)


def _decoration(line: str) -> re.Match[str] | None:
    """The emoji opening `line` when it is no list bullet of _MARKER's."""
    return None if _MARKER.match(line) else _DECORATION.match(line)


def decoration_before(text: str, start: int) -> int | None:
    """Where the emoji decorating the line of `text` that `start` opens stands, when
    only it (and spaces) comes before `start` on the line: "⚠️ Do not drive …", "📌 Pinned
    post". The emoji is read as no word of the line (blocks start after it) but belongs
    to its unit, as a list's bullet does not."""
    before = start
    while before > 0 and text[before - 1] in " \t\u00a0":
        before -= 1
    if before == start or before == 0 or ord(text[before - 1]) < 0x2300:
        return None  # most units: a word or a stop before them, or nothing
    line = text.rfind("\n", 0, start) + 1
    found = _decoration(text[line:start] + "x") if line < start else None
    if found is None or found.end() < start - line:
        return None
    return line + len(text[line:start]) - len(text[line:start].lstrip(" \t\u00a0"))


def _decorated(lines: list[tuple[int, int]], k: int, text: str) -> bool:
    """Whether line `k` opens with such an emoji."""
    return 0 <= k < len(lines) and _decoration(text[slice(*lines[k])]) is not None


def _menu(line: str) -> bool:
    """``Home   News   My HR   Policies``: three short parts or more set apart by
    wide spaces, none of them a sentence; or two buttons (``Jump to Recipe   Print
    Recipe``), each opening with a capital."""
    parts = _WIDE.split(line.strip())
    return len(parts) >= 2 and all(len(p.split()) <= 3 and p[-1:] not in ".!?:" for p in parts) \
        and (len(parts) > 2 or all(p[:1].isupper() for p in parts))


def _fields_and_rows(out: list[Block], text: str, lines: list[tuple[int, int]]) -> list[Block]:
    """Mark fields and table rows among single-line blocks.

    A field is a field line whose value holds a figure (``Enrollment: 227
    participants``), or one of two or more field lines in a row (a fact box);
    one such line alone is a title (``Ketamine: What You Need to Know``), also
    with a figure in a headline (``Vital Signs: Obesity Among Adults in 12
    States``). A table
    row is a line of cells under a line with as many (its header, or another row).
    """
    def body(k: int) -> str:
        if not 0 <= k < len(lines):
            return ""
        line = text[slice(*lines[k])]
        marker = _MARKER.match(line)
        return line[marker.end() :] if marker else line

    starts = [start for start, _ in lines]
    marked = []
    furniture = -2  # the line of the last bar line
    for block in out:
        if not block.single_line:
            marked.append(block)
            continue
        k = bisect_right(starts, block.start) - 1
        value = _field_value(block.text)
        field = value is not None and (
            (any(c.isdigit() for c in value) and not _headline(value))
            or any(_field_value(body(j)) is not None for j in (k - 1, k + 1)))
        cells = cell_count(block.text)
        # (no table opens right under a bar line of the page's: "Home | Archive | …" over
        # "Correspondence | Volume 412 | 12 March 2025" over "Download PDF | Share | …")
        under_bars = furniture == k - 1
        # (the first row of a chart's data, under its title: as many cells below)
        row = cells > 1 and not under_bars and (cell_count(body(k - 1)) == cells or (
            _FIGURE_COLUMN.fullmatch(block.text.strip()) is not None
            and cell_count(body(k + 1)) == cells))
        # neither a row nor its table's header row
        bars = is_bar_line(block.text) and not row and (
            cell_count(body(k + 1)) != cells or under_bars)
        furniture = k if bars else furniture
        marked.append(replace(block, field=field, table_row=row, bars=bars)
                      if field or row or bars else block)
    return marked


# A figure standing alone on a line, as an infographic prints it: "1 in 5", "80%",
# "$239.9 billion", "2x", "25 g".
FIGURE_LINE = re.compile(r"[$€£]?\d[\d.,]*\s*(?:%|x|(?:percent|million|billion|thousand"
                         r"|in\s+\d+|out\s+of\s+\d+|g|mg|kg|lbs?|oz|ml|kcal|calories)\b)?",
                         re.IGNORECASE)


def is_measured_figure(line: str) -> bool:
    """A figure line that is more than a bare number ("25 g", "1 in 3", "80%"): a bare
    "1" or "2024" may number a step or head a year's section."""
    line = line.strip()
    return FIGURE_LINE.fullmatch(line) is not None and not line.replace(",", "").isdigit()


# A panel's big number over its caption: "37" / "The average number of children who die
# …", "99.3%" / "of patients achieve …" (not a price, a year or a step's "1").
_PANEL_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?\+?\s*(?:%|x|°[CF]|(?:g|mg|kg|km|m|lbs?|ml|kcal)\b)?"
                           r"|\d+\s+in\s+\d+", re.IGNORECASE)
_YEAR_LINE = re.compile(r"(?:1[89]|20)\d\d")
_CAPTION_WORDS = 3


def is_panel_figure(line: str, caption: str) -> bool:
    """A figure alone on its line over the caption that says what it counts (three
    words or more): each is a unit (the gold of rounds 128 to 212 keeps nineteen such
    figures apart and joins none)."""
    line = line.strip()
    return _PANEL_FIGURE.fullmatch(line) is not None and not (
        line.isdigit() and (len(line) == 1 or _YEAR_LINE.fullmatch(line))) \
        and len(caption.split()) >= _CAPTION_WORDS and _PANEL_FIGURE.match(caption.strip()) is None


def _heading_like(line: str, next_line: str | None) -> bool:
    words = line.split()
    if not words or len(words) > HEADING_MAX_WORDS or _TERMINAL.search(line):
        return False
    # "25 g" over "The most added sugar women should eat in a day, about 6 teaspoons.":
    # a figure over the sentence that says what it counts heads nothing.
    if next_line and is_measured_figure(line) and _TERMINAL.search(next_line.rstrip()):
        return False
    # A hard-wrapped paragraph's line ("… antibiotic. The recommended dose is" /
    # "80 to 90 mg/kg per day."): a sentence ends inside it, or it stops on a word
    # no title ends with.
    if _SENTENCE_INSIDE.search(line) or words[-1] in CONTINUING:
        return False
    # "This is a sentence\ncut off in the middle" is one wrapped sentence; one word
    # alone on a line is not ("Uses\ntemporarily relieves minor aches", a label's
    # list), as no wrapped line is that short.
    return next_line is None or not next_line.lstrip()[:1].islower() or (
        len(words) == 1 and words[0][:1].isupper() and words[0].isalpha()) or (
        # "Disease interactions (1)" over "ibuprofen — Hypertension: …": a section's
        # count of its items.
        len(words) <= 4 and words[0][:1].isupper() and _ITEM_COUNT.search(line) is not None)


def _sublist_label(line: str, next_line: str) -> bool:
    """A line of three words at most, capitalised, without a stop, over a bulleted line:
    the label of the items that follow (``Gastric``, ``Drugs``), not their line wrapped."""
    words = line.split()
    return 0 < len(words) <= 3 and words[0][:1].isupper() and not _TERMINAL.search(line) \
        and _MARKER.match(next_line) is not None and not _MARKER.match(line)


def label_line(line: str) -> bool:
    """A line opening with a short label and its colon (``Subject: …``, ``Legal Status: …``)."""
    match = _LABEL_LINE.match(line)
    return bool(match) and len(line[: match.end()].split()) <= LABEL_MAX_WORDS + 1


def _neighbour(lines: list[tuple[int, int]], k: int, step: int, text: str) -> str | None:
    """The nearest line before (`step` -1) or after (+1) line `k` that is not blank."""
    k += step
    while 0 <= k < len(lines):
        line = text[slice(*lines[k])]
        if line.strip():
            return line
        k += step
    return None


def _counts(text: str, line: tuple[int, int], kind: str, upper: bool) -> set[int] | None:
    """What `line`'s mark counts as a `kind` ("letter", "roman") in a list of that
    case, or None when it is no mark of such a list (a nested item, a paragraph)."""
    mark = _LETTER.match(text, *line)
    if mark is None or mark[2].isupper() != upper:
        return None
    return {value for k, value in _ordinals(mark[2]) if k == kind} or None


def _lettered(line: str, lines: list[tuple[int, int]], k: int, text: str) -> re.Match | None:
    """The marker of a lettered (or Roman-numbered) list's item, or None: the
    nearest line before or after it, past blank lines and the items of lists
    nested in it, has the mark before or after it, and no question introduces
    the list (a quiz's choices)."""
    marker = _LETTER.match(line)
    if marker is None or not _next_to_its_neighbour(marker, lines, k, text):
        return None
    j = k - 1
    while j >= 0 and (not text[slice(*lines[j])].strip() or _LETTER.match(text, *lines[j])):
        j -= 1  # back over the list's items to the line that introduces it
    if j >= 0 and text[slice(*lines[j])].rstrip().endswith("?"):
        return None
    return marker


# An item's bare number, a space after it ("1 Set your watch to destination time …"): a
# marker only beside the line of the number before or after it.
_BARE_NUMBER = re.compile(r"[ \t\u00a0]*(\d{1,2})[ \u00a0]+(?=[A-Z])")


def _bare_numbered(line: str, lines: list[tuple[int, int]], k: int, text: str) -> re.Match | None:
    """The marker of an item numbered without a stop after its number, or None: a sentence
    whose line right before or after opens with the number one less or one more."""
    marker = _BARE_NUMBER.match(line)
    # (a sentence with its stop: not a contents' "1 Types", an author's "1 Department of
    # …", nor a table's row "1  Assam   67.0")
    if marker is None or not _TERMINAL.search(line.rstrip()) or "  " in line[marker.end():] \
            or "\t" in line:
        return None
    number = int(marker[1])
    for step in (-1, 1):
        near = _BARE_NUMBER.match(text, *lines[k + step]) if 0 <= k + step < len(lines) else None
        if near is not None and int(near[1]) == number + step:
            return marker
    return None


# A sub-item's mark of a document copied from a PDF, the letter o ("o with longer use of
# NSAIDs" under "•  …"): a marker only next to another item's line.
_SUB_BULLET = re.compile(r"[ \t\u00a0]*o[ \t\u00a0]+(?=\S)")


def _sub_bulleted(line: str, lines: list[tuple[int, int]], k: int, text: str) -> re.Match | None:
    """The marker of an item whose mark is the letter o, or None: the line right before
    or after it opens with such a mark or another list marker."""
    marker = _SUB_BULLET.match(line)
    if marker is None:
        return None
    return marker if any(
        0 <= k + step < len(lines) and (_SUB_BULLET.match(text, *lines[k + step])
                                        or _MARKER.match(text, *lines[k + step]))
        for step in (-1, 1)) else None


def _next_to_its_neighbour(marker: re.Match, lines: list[tuple[int, int]], k: int,
                           text: str) -> bool:
    """Whether the mark before or after `marker`'s, in its style, opens the nearest
    line before or after line `k` past blank lines and nested lists' items."""
    upper = marker[2].isupper()
    for kind, value in _ordinals(marker[2]):
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(lines) and (
                    not text[slice(*lines[j])].strip() or _MARKER.match(text, *lines[j])
                    or (_LETTER.match(text, *lines[j])
                        and _counts(text, lines[j], kind, upper) is None)):
                j += step
            near = _counts(text, lines[j], kind, upper) if 0 <= j < len(lines) else None
            mark = _LETTER.match(text, *lines[j]) if near else None
            if mark and (mark[1], mark[3]) == (marker[1], marker[3]) and value + step in near:
                return True
    return False


def _numbered_heading(line: str, body: int, lines: list[tuple[int, int]], k: int,
                      text: str) -> bool:
    """A numbered line (``2. Contraindications``, ``II. Move more``) that is a section
    title: short, without end punctuation, and no list going on from a line around it."""
    roman = _ROMAN_TITLE.match(line)
    if not line.lstrip()[:1].isdigit() and not line.lstrip().startswith("(") and not roman:
        return False  # a bullet
    title = line[body:]
    if _TERMINAL.search(title.rstrip()) or len(title.split()) > HEADING_MAX_WORDS:
        return False
    if not title.lstrip()[:1].isupper():
        return False
    if roman:
        # "I. Eat for your heart" over "1) Eat more fiber.": the items around it are
        # another list's, unless they are the numerals before or after it.
        value = _ROMAN[roman[1].lower()]
        return not any((m := _ROMAN_TITLE.match(other)) and _ROMAN.get(m[1].lower()) == value + step
                       for step, other in _items_around(lines, k, text))
    number = _number(line)
    if number == 1 and (before := _neighbour(lines, k, -1, text)) is not None \
            and before.rstrip().endswith(":"):
        return False  # "Primary Outcome Measures:" over "1. Change in pain score": its item
    # A list goes on from a bullet on the next line, or from the number before or
    # after this one ("1. Overview" after a list that ended at "4." starts anew: a
    # section's title under a table of contents). Across a blank line a bullet is
    # another list's: "3. Warnings" over a bulleted list is its title.
    # A subsection's number is no item's ("3. Recognise and remove" between "2.3 Symptoms
    # can appear …" and "3.1 IF IN DOUBT, SIT THEM OUT.").
    return not any(number is None or _number(other) == number + step
                   or (_number(other) is None and _adjacent(lines, k, step, text))
                   for step, other in _items_around(lines, k, text)
                   if not _SUBSECTION.match(other))


_SUBSECTION = re.compile(r"[ \t\u00a0]*\d{1,2}\.\d{1,2}\b")


def _adjacent(lines: list[tuple[int, int]], k: int, step: int, text: str) -> bool:
    """Whether the line next to line `k` (before, `step` -1, or after, +1) is not blank."""
    return 0 <= k + step < len(lines) and bool(text[slice(*lines[k + step])].strip())


def _items_around(lines: list[tuple[int, int]], k: int, text: str) -> list[tuple[int, str]]:
    """The nearest lines before (-1) and after (+1) line `k` that are list items."""
    return [(step, other) for step in (-1, 1)
            if (other := _neighbour(lines, k, step, text)) is not None and _MARKER.match(other)]


def _number(line: str) -> int | None:
    """The number of a numbered line (``2. Contraindications``: 2), or None."""
    digits = re.match(r"[ \t\u00a0]*\(?(\d{1,3})", line)
    return int(digits[1]) if digits else None


def _lone_dash(line: str, lines: list[tuple[int, int]], k: int, text: str) -> bool:
    """A line opening with a dash, without a final stop, alone between lines that
    are no list's items: a signature or an attribution (``— Maya, editor``), not
    a one-item list (``— Measles spreads through coughing.``)."""
    if line.lstrip()[:1] not in "—–" or _TERMINAL.search(line.rstrip()):
        return False
    return not _items_around(lines, k, text)


# A hard-wrapped text's width is read from the lines that go on into another: at
# least this many broken where the next word would not have fitted, and most of them.
# (Under 40 columns a word is as long as the room left: short lines say nothing.)
_WRAPPED_LINES = 6
_WRAPPED_SHARE = 0.5
_WRAP_WIDTHS = (40, 120)
# A line this share of the width or wider may have been broken by the wrapping; a
# shorter one ended where its writer ended it (a list's item between paragraphs).
_FULL = 0.6


def wrap_width(text: str) -> int:
    """The width `text` was hard-wrapped at (an e-mail, a plain-text newsletter, a
    file saved from an editor that wraps), or 0. Of the lines followed by another,
    nine in ten are that wide or narrower; of those nearly that wide, most were
    broken because the next line's first word would not have fitted (the few wider
    than the width, a long address, count as broken too), and the words after most
    breaks are in lower case, in the middle of a sentence. A text with a paragraph a
    line has lines far longer; a list's short lines had room; a form's fields open
    on capitals."""
    return _wrap_width(text.split("\n"))


def _wrap_width(lines: list[str]) -> int:
    going_on = [(len(a.rstrip()), b.split()[0]) for a, b in pairwise(lines)
                if a.strip() and b.strip()]
    if len(going_on) < _WRAPPED_LINES:
        return 0  # (saves the sort)
    lengths = sorted(length for length, _ in going_on)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return 0
    full = [(length, word) for length, word in going_on if length >= _FULL * width]
    broken = [word for length, word in full if _broken(width, length, word)]
    lower = sum(word[:1].islower() for word in broken)
    wrapped = len(broken) >= max(_WRAPPED_LINES, _WRAPPED_SHARE * len(full))
    return width if wrapped and lower >= _WRAPPED_SHARE * len(broken) else 0


def _broken(width: int, length: int, word: str) -> bool:
    """A line `length` wide broken only because `word` would not have fitted."""
    return width < length + 1 + len(word)


def unwrapped(text: str) -> str:
    """`text` with the line breaks of hard wrapping made spaces: a line broken
    only because the next word would not fit goes on into the next (not a line
    before a list item's mark or a Markdown heading). The same length, so every
    offset holds; `text` itself when it is not hard-wrapped."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    if not width:
        return text
    chars = list(text)
    pos = 0
    for line, following in pairwise(lines):
        pos += len(line)  # at the line break
        length = len(line.rstrip())
        if (line.strip() and following.strip()
                and _broken(width, length, following.split()[0])
                and not _MARKER.match(following) and not _ATX_HEADING.match(following)):
            chars[pos] = " "
            if line.endswith("\r"):
                chars[pos - 1] = " "
        pos += 1
    return "".join(chars)


# A text whose lines are its paragraphs, without blank lines between them (or a few:
# after the title, between sections): at least this many lines, and blank lines at
# most this share of them (a text spaced with blank lines has about one a paragraph).
_PARAGRAPH_LINES = 8
_BLANK_SHARE = 0.15


def _paragraphs_a_line(text: str, lines: list[tuple[int, int]]) -> bool:
    blank = sum(1 for start, end in lines if not text[start:end].strip())
    return len(lines) - blank >= _PARAGRAPH_LINES and blank <= _BLANK_SHARE * (len(lines) - blank)


def _among_commands(lines: list[tuple[int, int]], k: int, text: str) -> bool:
    """Line `k` and the line right before or after it are instructions without a stop."""
    return _command_line(text[slice(*lines[k])]) and any(
        0 <= j < len(lines) and _command_line(text[slice(*lines[j])]) for j in (k - 1, k + 1))


def _command_line(line: str) -> bool:
    """A line without a stop opening with an instruction ("Take dog waste home or use the
    bins provided", "Don't feed the gulls"): `instruction_verbs` of ``data/cues.json``."""
    words = line.split(maxsplit=2)
    if not words or _TERMINAL.search(line.rstrip()) or not words[0][:1].isupper():
        return False
    first = words[0].lower().replace("’", "'")
    return first in ("don't", "never", "avoid") or (
        first == "do" and len(words) > 1 and words[1].lower() == "not"
    ) or first in cues()["instruction_verbs"]


def _goes_on(line: str, following: str) -> bool:
    """A sentence broken over two lines ("A 2013" / "meta-analysis of …", "… found
    that the" / "lowest dose …"): the line stops on no terminal punctuation, and
    the next opens in lower case, or the line stops on a word no sentence ends with."""
    line = line.rstrip()
    if not line or _TERMINAL.search(line) or line.endswith(":") or _headline(line):
        return False  # (a title in capitals over a line opening in lower case)
    first = following.lstrip()[:1]
    return first.islower() or line.rsplit(None, 1)[-1] in CONTINUING or (
        line.endswith("-") and line[-2:-1].isalpha())


def blocks(text: str) -> list[Block]:
    """Split `text` into blocks: blank lines, list items and heading-like lines cut."""
    out: list[Block] = []
    current: list[int] = []  # [start, end, is_list_item] of the open block
    lines = _lines(text)

    def close() -> None:
        if current:
            start, end = stripped(text, current[0], current[1])
            # A wiki's "Side effects[edit]": the link belongs to no unit.
            if (edit := _EDIT_LINK.search(text, start, end)) and edit.end() == end:
                start, end = stripped(text, start, edit.start())
            if (toggle := _TOGGLE.search(text, start, end)) and "\n" not in text[start:end]:
                start, end = stripped(text, start, toggle.start())
            # "**Is psilocybin legal?**": Markdown's emphasis around a whole line
            # belongs to no unit, as a heading's "#" does not.
            if (emphasis := _EMPHASIS.fullmatch(text, start, end)) is not None:
                start, end = emphasis.span(2)
            if start < end:
                # A line broken inside a hyphenated word ("Symp-\ntoms") is still one line.
                single = "\n" not in _HYPHEN_WRAP.sub("", text[start:end])
                out.append(Block(start, end, text[start:end], bool(current[2]), single))
            current.clear()

    # A text whose lines are its paragraphs: each line is a block, as a blank line
    # after it would make it, but where a sentence goes on into the next line.
    one_a_line = _paragraphs_a_line(text, lines)
    items = False  # the lines since a line ending in ':' have all been short items
    period_turns = {text[start:end].lstrip()[:1] for start, end in lines
                    if _PERIOD_TURN.match(text, start, end)} == {"Q", "A"}
    for k, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            close()
            items = False
            continue
        if decoration := _decoration(line):
            start += decoration.end()
            line = text[start:end]
            if any(_decorated(lines, j, text) for j in (k - 1, k + 1)):
                # "🚗 Being awake for 17–19 hours …" / "🧠 Sleep loss …": lines opening
                # with emoji one after another are a list's items, the emoji its bullets
                close()
                current.extend([start, end, 1])
                continue
        if framed := _FRAMED_HEADING.match(line):
            close()
            current.extend([start + framed.start("title"), start + framed.end("title"), 0])
            close()
            continue
        heading = _ATX_HEADING.match(line) or _QUOTE_MARK.match(line)
        if heading:
            close()
            current.extend([start + heading.end(), end, 0])
            close()
            continue
        if _own_line(line):
            close()
            current.extend([start, end, 0])
            close()
            continue
        if roman := _ROMAN_HEADING.fullmatch(line):
            # A section's Roman number and title ("II. Request for Information") heads
            # what follows, even under a lead-in's colon (no item of its list); its
            # number is no part of the heading, as "2.1" of "2.1 Methods" is not.
            close()
            current.extend([start + roman.start("title"), end, 0])
            close()
            continue
        opening = _turn_opening(line, period_turns)
        if opening:
            # "[00:01:05] HOST: What does the research say?", "Q. Can I …": the
            # turn's opening apart; its words go on as a paragraph.
            close()
            current.extend([start, start + opening, 0])
            close()
            current.extend([start + opening, end, 0])
            continue
        marker = _MARKER.match(line) or _lettered(line, lines, k, text) \
            or _sub_bulleted(line, lines, k, text) or _bare_numbered(line, lines, k, text)
        if marker and _numbered_heading(line, marker.end(), lines, k, text):
            # "1. Overview" between paragraphs: a section's number and title, as
            # "1.1 Who should be vaccinated" is; a list has items next to each other.
            close()
            current.extend([start + marker.end(), end, 0])
            close()
            continue
        if marker and not _lone_dash(line, lines, k, text):
            close()
            current.extend([start + marker.end(), end, 1])
            continue
        nxt = text[slice(*lines[k + 1])] if k + 1 < len(lines) else None
        if nxt is not None and is_panel_figure(line, nxt):
            close()  # "60%" over "Roughly 60% of an adult man's body is water."
            current.extend([start, end, 0])
            close()
            continue
        if current and current[2] and nxt is not None and _sublist_label(line, nxt):
            # "•  Vegan diet without supplements\nGastric\n•  Pernicious anaemia": a
            # short capitalised line between a list's items heads the items after it.
            close()
            current.extend([start, end, 0])
            close()
            continue
        if not current and _among_commands(lines, k, text):
            # (a longer one too: "Avoid swimming for 1 to 2 days after heavy rain, even if
            # no warning has been issued" after "Don't feed the gulls")
            current.extend([start, end, 1])
            close()
            continue
        # A line opening a block, or following a finished sentence, may stand alone;
        # the last line of a wrapped sentence may not.
        after_sentence = not current or _TERMINAL.search(text[current[0] : current[1]].rstrip())
        if current and after_sentence and label_line(line):
            close()
        # "- No daily pill\nCons:": a capitalised lead-in after a list item opens a block.
        if current and current[2] and line.rstrip().endswith(":") and line.lstrip()[:1].isupper():
            close()
        # A short line ending in ':' after a finished sentence ("Conclusion:",
        # "Dosage Guidelines for Melatonin:", "Side effects include:") is a
        # heading or a lead-in: a unit of its own either way.
        lead_in = line.rstrip().endswith(":") and len(line.split()) <= HEADING_MAX_WORDS
        if after_sentence and (lead_in or _heading_like(line, nxt or None)):
            close()
            # "Common symptoms include:\nHigh fever\nRunny nose": short lines under
            # a line ending in ':' are the items of its list, bullets or not; so are
            # instructions a line each ("How you can help\nTake dog waste home …\nDon't
            # feed the gulls"), their glyphs lost.
            listed = items or _among_commands(lines, k, text)
            current.extend([start, end, int(listed and not lead_in)])
            close()
            items = lead_in or items
            continue
        if current and one_a_line and not _goes_on(text[slice(*lines[k - 1])], line):
            close()
        if current:
            current[1] = end
        else:
            current.extend([start, end, 0])
        items = line.rstrip().endswith(":")
    close()
    return _fields_and_rows(out, text, lines)
