"""Reading keys and free text for the review session.

On a terminal the session is in cbreak mode from start to end: every key press
arrives at once, and keys typed ahead wait in order instead of being dropped.
(``click.getchar`` switches to raw mode with a flush on every call, which
throws away whatever a fast reviewer typed while the screen was drawn.) Ctrl-C
still raises KeyboardInterrupt. Free text is read with prompt_toolkit: line
editing with the arrow keys, a history per prompt, Esc to cancel; an arrow key
can never end up in a rationale as an escape sequence. Anywhere else (pipes,
CliRunner) each line is one key.
"""

from __future__ import annotations

import os
import re
import sys
from contextlib import contextmanager
from typing import Protocol

import click

# Arrow keys as a terminal sends them: left is back, right is skip.
ARROWS = {"\x1b[D": "b", "\x1bOD": "b", "\x1b[C": "k", "\x1bOC": "k"}
_ESCAPE = re.compile(r"\x1b(?:\[[0-9;]*[A-Za-z~]|O[A-Za-z])?")
NAMES = {"supported": "s", "contradictory": "c", "unsupported": "u"}


class Keys(Protocol):
    interactive: bool

    def key(self) -> str: ...

    def text(self, label: str) -> str: ...


class LineKeys:
    """One key per line of stdin; a whole verdict name also works."""

    interactive = False

    def key(self) -> str:
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        word = line.strip().lower()
        return NAMES.get(word, word)

    def text(self, label: str) -> str:
        return click.prompt(label, default="", show_default=False).strip()


class TerminalKeys:
    """Single key presses from a terminal in cbreak mode (see the module doc)."""

    interactive = True

    def __init__(self, fd: int, cooked: list):
        self.fd, self.cooked, self.pending = fd, cooked, ""

    def key(self) -> str:
        if not self.pending:
            data = os.read(self.fd, 64)
            if not data:
                raise EOFError  # the terminal is gone
            self.pending = data.decode("utf-8", "replace")
        match = _ESCAPE.match(self.pending)
        size = match.end() if match else 1
        pressed, self.pending = self.pending[:size], self.pending[size:]
        if pressed == "\x04":  # Ctrl-D
            raise EOFError
        return ARROWS.get(pressed, pressed.lower())

    def text(self, label: str) -> str:
        """A line of text with real editing (arrows, Home/End, Ctrl-W …),
        history per prompt (up/down recall earlier answers) and Esc to cancel
        (an empty answer: nothing changes), through prompt_toolkit. Whatever
        was typed ahead after the key starts the line."""
        import termios
        import tty

        # A whole line typed ahead (a fast typist, a paste) is the answer.
        ahead, newline, rest = self.pending.partition("\n")
        if newline or "\r" in ahead:
            ahead, _, more = ahead.partition("\r")
            self.pending = more + rest
            click.echo(f"{label}: {ahead}")
            return _ESCAPE.sub("", ahead).strip()
        self.pending = ""
        termios.tcsetattr(self.fd, termios.TCSANOW, self.cooked)
        try:
            answer = _prompt(label, ahead)
        finally:
            tty.setcbreak(self.fd, termios.TCSANOW)
        return (answer or "").strip()


_SESSIONS: dict[str, object] = {}


def _prompt(label: str, default: str) -> str | None:
    """One line from the terminal; None when Esc cancels it. Ctrl-C raises
    KeyboardInterrupt and Ctrl-D EOFError, as at the key prompt."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.key_binding import KeyBindings

    session = _SESSIONS.get(label)
    if session is None:
        bindings = KeyBindings()

        @bindings.add("escape", eager=True)
        def _cancel(event) -> None:
            event.app.exit(result=None)

        session = _SESSIONS[label] = PromptSession(key_bindings=bindings)
    return session.prompt(f"{label}: ", default=default)


@contextmanager
def open_keys():
    """The key source for this process's stdin; restores the terminal on exit."""
    if not sys.stdin.isatty():
        yield LineKeys()
        return
    try:
        import termios
        import tty
    except ImportError:  # no termios (Windows): one line per key there too
        yield LineKeys()
        return
    fd = sys.stdin.fileno()
    cooked = termios.tcgetattr(fd)
    tty.setcbreak(fd, termios.TCSANOW)  # TCSANOW: keep keys typed during start-up
    try:
        yield TerminalKeys(fd, cooked)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, cooked)
