"""The review session in a real pseudo-terminal (pexpect): single key presses,
an 80x24 screen, colour, and Ctrl-C or a closed terminal in the middle of work."""

import os
import re
import sys
import time

import pexpect
import pytest

from tests.conftest import ROOT
from tests.reviewing import SLUG, claims, rows, seeded_copy, verdicts

CLEAR = "\x1b[2J\x1b[1;1H"  # what click.clear() writes before each screen
SGR = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def db(tmp_path_factory, tmp_path):
    return seeded_copy(tmp_path_factory, tmp_path / "claims.db")


def spawn(db, *args, colour=False):
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "80", "LINES": "24"}
    env.pop("NO_COLOR", None)
    if not colour:
        env["NO_COLOR"] = "1"
    return pexpect.spawn(
        sys.executable, ["-m", "annotator", "review", SLUG, "-d", str(db), "-r", "ana", *args],
        env=env, cwd=str(ROOT), dimensions=(24, 80), encoding="utf-8", timeout=20,
    )


def finish(child) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def test_keys_then_ctrl_c_in_the_middle_then_resume(db):
    units = claims(db)
    total = len(units)
    child = spawn(db)
    child.expect(f" 1/{total}\r\n")
    child.send("s")  # single key presses: no Enter
    child.expect(f"Saved supported on 1/{total}.")
    child.send("c")
    child.expect(f"Saved contradictory on 2/{total}.")
    child.send("r")
    child.expect("Rationale")
    child.sendline("The source says otherwise.")
    child.expect("Rationale saved.")
    child.send("e")
    child.expect("Evidence")
    child.sendline("https://pubmed.ncbi.nlm.nih.gov/31109201/")
    child.expect(r"Evidence added: PMID 31109201")
    child.send("x")
    child.expect("Correction")
    child.send("half a correction, never confir")
    time.sleep(0.2)
    child.sendintr()  # Ctrl-C while typing
    child.expect("Interrupted. Everything you confirmed is saved.")
    child.expect("This session: 2 tagged")
    assert finish(child) == 130

    mine = verdicts(db)
    assert [mine[u["id"]]["verdict"] for u in units[:2]] == ["supported", "contradictory"]
    notes = [r for r in rows(db) if r["unit_id"] == units[2]["id"]]
    assert [n["action"] for n in notes] == ["note", "note"]
    assert all(r["correction"] is None for r in rows(db))

    child = spawn(db)  # resumes at the first claim not tagged, with the notes kept
    child.expect(f" 3/{total}\r\n")
    child.expect("you: no verdict yet · rationale ✓ · evidence 1")
    child.send("u")
    child.expect(f" 4/{total}\r\n")  # the next screen, with the message below its claim
    child.expect(f"Saved unsupported on 3/{total}.")
    child.sendintr()  # Ctrl-C at the key prompt (raw mode)
    child.expect("Interrupted.")
    assert finish(child) == 130
    third = verdicts(db)[units[2]["id"]]
    assert third["verdict"] == "unsupported"
    assert third["rationale"] == "The source says otherwise."
    assert third["evidence"] == [{"kind": "pmid", "value": "31109201", "note": None}]


def test_keys_typed_ahead_are_not_lost(db):
    units = claims(db)
    child = spawn(db)
    child.send("sc")  # faster than the screen is drawn, before the session even starts
    child.send("rquick reason\r")  # a key, then the text it asks for, in one burst
    child.send("u")
    child.expect(f"Saved unsupported on 3/{len(units)}.")
    child.sendeof()  # Ctrl-D ends the session like q
    child.expect("This session: 3 tagged")
    assert finish(child) == 0
    mine = verdicts(db)
    assert [mine[u["id"]]["verdict"] for u in units[:3]] == [
        "supported", "contradictory", "unsupported",
    ]
    assert mine[units[2]["id"]]["rationale"] == "quick reason"


def test_closed_terminal_keeps_what_was_saved(db):
    units = claims(db)
    child = spawn(db)
    child.send("s")
    child.expect(f"Saved supported on 1/{len(units)}.")
    child.expect("> ")
    child.close(force=True)  # the terminal goes away: SIGHUP, then SIGKILL if needed
    assert verdicts(db)[units[0]["id"]]["verdict"] == "supported"


def test_arrows_help_undo_and_quit(db):
    total = len(claims(db))
    child = spawn(db)
    child.send("\x1b[C")  # right arrow: skip
    child.expect(f"Skipped 1/{total}.")
    child.send("\x1b[D")  # left arrow: back
    child.expect(f" 1/{total}\r\n")
    child.send("?")
    child.expect("Everything is saved the moment you confirm it")
    child.send("s")
    child.expect("Saved supported")
    child.send("z")
    child.expect(f"Undid verdict supported on 1/{total}.")
    child.send("q")
    child.expect("1 undone")
    assert finish(child) == 0
    assert verdicts(db) == {}


def test_screens_fit_80x24(db):
    child = spawn(db, "--redo")
    child.logfile_read = log = _Log()
    for _ in range(12):
        child.send("k")
        child.expect("Skipped")
    child.send("q")
    assert finish(child) == 0
    drawn = [s for s in log.text.split(CLEAR) if s.strip()][:-1]  # last holds the summary
    assert len(drawn) >= 10  # one screen after each key
    for screen in drawn:
        lines = screen.split("\r\n")
        assert len(lines) <= 24
        assert max(len(line) for line in lines) <= 80


def test_colour_only_without_no_color(db):
    child = spawn(db, colour=True)
    child.logfile_read = painted = _Log()
    child.expect("> ")
    child.send("q")
    assert finish(child) == 0
    assert SGR.search(painted.text)
    child = spawn(db)
    child.logfile_read = plain = _Log()
    child.expect("> ")
    child.send("q")
    assert finish(child) == 0
    assert not SGR.search(plain.text)


class _Log:
    """Collects everything the child wrote (pexpect's logfile_read)."""

    def __init__(self):
        self.text = ""

    def write(self, data):
        self.text += data

    def flush(self):
        pass


ANSI = re.compile(r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07]*\x07|[@-Z\\-_=>])")


def screens(transcript: str) -> list[list[str]]:
    """Each screen the session drew (from one clear to the next), as plain lines."""
    return [ANSI.sub("", part).replace("\r", "").split("\n")
            for part in transcript.split(CLEAR)[1:]]


def test_corrections_moves_line_editing_and_esc_then_resume(db):
    units = claims(db)
    total = len(units)
    timing = next(i for i, u in enumerate(units) if u["text"].startswith("it takes effect"))
    child = spawn(db)
    child.logfile_read = transcript = __import__("io").StringIO()
    child.expect(f" 1/{total}\r\n")
    child.send("g")  # jump
    child.expect("Go to which claim")
    child.sendline(str(units[timing]["id"]))
    child.expect(f" {timing + 1}/{total}\r\n")
    child.send("p")  # split
    child.expect("Split before which words")
    child.sendline("and lasts")
    child.expect("Split unit")
    child.send("n")  # the first piece is not a claim
    child.expect("which kind")
    child.sendline("")
    child.expect("is now meta")
    child.send("g")
    child.expect("Go to which claim")
    child.sendline(str(units[0]["id"]))
    child.expect(f" 1/{total}\r\n")
    child.send("m")  # merge "Relatively safe" with the next
    child.expect("Joined units")
    child.send("/")  # search
    child.expect("Find")
    child.sendline("glutamate")
    child.expect("increasing levels of glutamate")
    child.send("r")  # edit a prompt with the arrow keys
    child.expect("Rationale")
    child.send("minutes")
    child.send("\x1b[D" * 7)  # left, seven times: to the start of the line
    child.send("within ")
    child.send("\r")
    child.expect("Rationale saved.")
    child.send("x")  # type, then Esc: nothing saved
    child.expect("Correction")
    child.send("never saved")
    child.send("\x1b")
    child.expect("Correction unchanged.")
    child.send("/")  # back to the joined claim, found by its words
    child.expect("Find")
    child.sendline("safe; while")  # only the joined claim has both
    child.expect(f" 1/{total - 1}\r\n")
    child.send("s")
    child.expect(f"Saved supported on 1/{total - 1}.")
    child.send("q")
    assert finish(child) == 0

    after = claims(db)
    texts = [u["text"] for u in after]
    assert texts[0].startswith("Relatively safe; while ketamine")  # joined, tagged
    assert "and lasts up to four hours." in texts  # the second piece, still a claim
    assert "it takes effect within minutes" not in texts  # the first, now meta
    notes = [r for r in rows(db) if r["rationale"]]
    assert [r["rationale"] for r in notes] == ["within minutes"]
    assert all(r["correction"] is None for r in rows(db))
    drawn = screens(transcript.getvalue())
    assert len(drawn) >= 10  # one screen after each key
    for screen in drawn:
        # What the session drew, down to its "> " key prompt; after that come the
        # text prompts, redrawn by prompt_toolkit as the reviewer types.
        prompt = max(i for i, line in enumerate(screen) if line.startswith("> "))
        assert prompt < 24, screen
        assert all(len(line) <= 80 for line in screen[:prompt]), screen

    child = spawn(db)  # resumes at the first claim not tagged: the second
    child.expect(f" 2/{total - 1}\r\n")
    child.send("q")
    assert finish(child) == 0
