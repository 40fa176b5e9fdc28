"""Who is reviewing: every review event carries a reviewer name, never an empty one.

Resolution order: ``-r/--reviewer`` (or ``ANNOTATOR_REVIEWER``, which click reads
into the same option), then ``git config user.name`` because most reviewers on a
team already set it, then the login name.
"""

from __future__ import annotations

import getpass
import shutil
import subprocess

from .errors import NoReviewer

GIT_TIMEOUT_S = 2.0


def resolve_reviewer(given: str | None) -> str:
    """The reviewer name to record. An explicit but blank name is an error rather
    than a silent fallback: the user meant someone, and we must not guess who."""
    if given is not None:
        name = " ".join(given.split())
        if not name:
            raise NoReviewer()
        return name
    for candidate in (git_user_name(), login_name()):
        name = " ".join((candidate or "").split())
        if name:
            return name
    raise NoReviewer()


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
