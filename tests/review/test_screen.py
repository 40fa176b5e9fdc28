"""The review screen at 60, 80 and 120 columns and 24 lines: the key bar wraps
between keys, help and messages between words, and a very long claim is clipped
so that the title, the progress and the keys always stay on the screen."""

import re
import textwrap

import pytest

from annotator.review.screen import HELP, KEY_LINES, MEASURE, View, render, visible_length, wrap
from annotator.verdicts import REASONS, ReviewState

WIDTHS = (60, 80, 120)
HEIGHT = 24
TITLE = "Ketamine: A Drug That Could Revolutionize Depression Treatment"
KEYS = [key for line in KEY_LINES for key in re.split(r"\s{2,}", line)]
BAD_REASON = (f"Not saved: unknown reason 'nonsense' (one of: {', '.join(REASONS)})")
# About 2,100 characters, as a long paragraph the segmenter could not split.
LONG = " ".join(
    f"Sentence {n} of the claim says that ketamine works within hours for some people."
    for n in range(1, 27)
)


def view(text="Ketamine is a general anesthetic that has been in use since the 1950s.",
         **extra):
    unit = {"id": 27, "kind": "claim", "text": text, "section": "Background", "hedged": 1}
    fields = dict(
        title=TITLE, slug="ketamine-depression", position=17, total=132,
        reviewer="Dr Ana Lima", tagged=16, unit=unit,
        previous="The sentence before. " * 6, following="The sentence after. " * 6,
        state=ReviewState(verdict="contradictory", reasons=REASONS[:5], rationale="r"),
        context={"duplicates": [{"id": n} for n in range(100, 130)]},
    )
    return View(**{**fields, **extra})


def plain(lines):
    return [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in lines]


def words(lines):
    return " ".join(lines).split()


@pytest.mark.parametrize("colour", [False, True])
@pytest.mark.parametrize("width", WIDTHS)
def test_every_line_fits_and_every_key_is_shown_whole(width, colour):
    lines = render(view(message="Saved."), width, HEIGHT, colour=colour)
    assert len(lines) <= HEIGHT - 1
    assert max(visible_length(line) for line in lines) <= width
    text = plain(lines)
    bar = text[text.index("Saved.") + 1:]
    assert bar[0].startswith(KEYS[0])
    for key in KEYS:
        assert sum(key in line for line in bar) == 1, (key, bar)
    assert not any("…" in line for line in bar)
    assert text[-1].endswith("Dr Ana Lima · 16/132 tagged")
    if width >= 80:  # as before, where they fit
        assert bar[0] == KEY_LINES[0] and bar[1].startswith(KEY_LINES[1])


@pytest.mark.parametrize("width", WIDTHS)
def test_help_wraps_between_words(width):
    lines = plain(render(view(help=True), width, HEIGHT))
    assert len(lines) <= HEIGHT - 1
    assert max(len(line) for line in lines) <= width
    shown = lines[lines.index(HELP[0]):]
    assert words(shown) == words(HELP)  # no word cut in two
    assert lines[0].endswith("17/132")
    for line in shown:  # a help line, its start, or its continuation under the text
        assert any(entry.startswith(line) for entry in HELP) or line.startswith(" " * 7)


@pytest.mark.parametrize("width", WIDTHS)
def test_messages_wrap_between_words(width):
    lines = plain(render(view(message=BAD_REASON), width, HEIGHT))
    assert len(lines) <= HEIGHT - 1 and max(len(line) for line in lines) <= width
    start = next(i for i, line in enumerate(lines) if line.startswith("Not saved:"))
    end = next(i for i, line in enumerate(lines) if line.startswith(KEYS[0]))
    assert words(lines[start:end]) == BAD_REASON.split()
    assert "internal-inconsistency)" in lines[end - 1]


@pytest.mark.parametrize("help_shown", [False, True])
@pytest.mark.parametrize("width", WIDTHS)
def test_a_very_long_claim_is_clipped_and_the_frame_stays(width, help_shown):
    assert 2000 <= len(LONG) <= 2200
    lines = plain(render(view(LONG, message="Saved.", help=help_shown), width, HEIGHT))
    assert len(lines) <= HEIGHT - 1
    assert max(len(line) for line in lines) <= width
    assert lines[0].startswith("Ketamine: A Drug") and lines[0].endswith("17/132")
    assert lines[2] == "#27 · § Background"  # the number every command shows for it
    claim = [line[2:] for line in lines if line.startswith("▌ ")]
    marker = re.fullmatch(r"… \(\+(\d+) lines\)", claim[-1])
    assert marker, claim[-1]
    wrapped = textwrap.wrap(LONG, min(width, MEASURE) - 2)
    assert claim[:-1] == wrapped[: len(claim) - 1]
    assert int(marker.group(1)) == len(wrapped) - (len(claim) - 1)
    if help_shown:
        assert lines[-1].startswith("Everything is saved") or lines[-1].startswith(" " * 7)
    else:
        assert "Saved." in lines and lines[-1].endswith("16/132 tagged")
        assert any(line.startswith("  you: contradictory") for line in lines)


def test_a_claim_that_fits_is_never_clipped():
    # Long details (30 repeats, five reasons) shrink to a line each before the claim is cut.
    text = " ".join(["Ketamine eases depression within hours in some trials."] * 8)
    for width in WIDTHS:
        lines = plain(render(view(text), width, HEIGHT))
        assert len(lines) <= HEIGHT - 1 and max(len(line) for line in lines) <= width
        assert not any("(+" in line for line in lines)
        assert words(line[2:] for line in lines if line.startswith("▌ ")) == text.split()
        assert any(line.startswith("  hedged · also said at #100") for line in lines)


def test_wrap_measures_what_is_visible_and_keeps_colour_codes_whole():
    red = "\x1b[31m\x1b[1mcontradictory\x1b[0m"
    message = f"Saved {red} on 17/132, with a rather long tail of words after it."
    lines = wrap(message, 30)
    assert [visible_length(line) <= 30 for line in lines] == [True] * len(lines)
    assert red in "".join(lines)
    assert wrap("  you: a · b · c", 10, "    ") == ["  you: a ·", "    b · c"]
    assert wrap("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    assert wrap("fits  as  is", 40) == ["fits  as  is"] and wrap("   ", 10) == []
