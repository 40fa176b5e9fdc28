"""Who is reviewing: every review event carries a reviewer name, never an empty one.

Resolution order: ``-r/--reviewer`` (or ``ANNOTATOR_REVIEWER``, which click reads
into the same option), then ``git config user.name`` because most reviewers on a
team already set it, then the login name.
"""

from __future__ import annotations

import getpass
import re
import shutil
import subprocess
import unicodedata

from annotator.errors import BadReviewerName, NoReviewer

GIT_TIMEOUT_S = 2.0


def resolve_reviewer(given: str | None) -> str:
    """The reviewer name to record. An explicit but blank name is an error rather
    than a silent fallback: the user meant someone, and we must not guess who."""
    return reviewer_and_source(given)[0]


def reviewer_and_source(given: str | None) -> tuple[str, str]:
    """The reviewer name and where it came from: ``-r`` (or ANNOTATOR_REVIEWER),
    ``git config user.name`` or ``login name``."""
    if given is not None:
        return clean_name(given), "-r"
    for candidate, source in ((git_user_name(), "git config user.name"),
                              (login_name(), "login name")):
        if candidate and candidate.strip():
            return clean_name(candidate, source), source
    raise NoReviewer()


# Bidirectional controls reorder what a terminal or a report shows (a name could
# display as someone else's); they are refused like C0/C1 control characters.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                           "\u2066\u2067\u2068\u2069")


def clean_name(raw: str, source: str = "reviewer name") -> str:
    """A reviewer name as it is recorded: surrounding white space stripped, runs
    of spaces inside made one. Control characters (escape sequences, tabs,
    newlines inside the name, bidirectional controls) are refused rather than
    stripped: the log must record exactly the name everyone sees. Raises
    :class:`BadReviewerName`, or :class:`NoReviewer` when nothing is left."""
    name = raw.strip()
    if any(unicodedata.category(char) in ("Cc", "Cs") or char in _BIDI_CONTROLS
           for char in name):
        raise BadReviewerName(raw, source)
    name = " ".join(name.split())
    if not name:
        raise NoReviewer()
    return name


# A terminal escape sequence (arrow keys typed into a line reader that did not
# read them: "\x1b[D"), removed whole rather than leaving "[D" behind.
_ESCAPES = re.compile(r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|O[A-Za-z]|[@-Z\\-_])?")


def clean_text(raw: str) -> str:
    """Free text a reviewer typed (rationale, correction, evidence, a reason
    for a link) as it is stored: escape sequences removed, other control and
    bidirectional characters removed, except line breaks and tabs."""
    text = _ESCAPES.sub("", raw)
    return "".join(
        char for char in text
        if char in "\n\t" or not (unicodedata.category(char) in ("Cc", "Cs")
                                   or char in _BIDI_CONTROLS)
    )


def git_user_name() -> str | None:
    git = shutil.which("git")
    if git is None:
        return None
    try:
        done = subprocess.run(
            [git, "config", "user.name"], capture_output=True, text=True,
            timeout=GIT_TIMEOUT_S, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def login_name() -> str | None:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no USER/LOGNAME and no passwd entry (some containers)
        return None
