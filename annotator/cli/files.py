"""Writing an output file (``-o``) whole or not at all.

A regular file is written to a temporary file in the same folder and renamed over
the target, so an interrupted or failed write leaves the old file (or nothing).
Anything that is not a regular file (``/dev/stdout``, a FIFO, a terminal) is
written straight through: renaming over it would replace a device node or a pipe
with a file. A symbolic link is followed, so the file it points to is replaced.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from annotator.errors import InputError


def write_output(output: str | None, text: str | Iterable[str]) -> bool:
    """Write ``text`` (or its pieces, as they come) to ``output``; ``None`` or
    ``-`` is stdout. Returns whether a file was written (so the caller can say
    where)."""
    pieces = [text] if isinstance(text, str) else text
    if output is None or output == "-":
        sys.stdout.writelines(pieces)
        sys.stdout.flush()
        return False
    if not output.strip():
        raise InputError("-o/--output: empty file name (use - for stdout)")
    target = Path(os.path.realpath(output))
    try:
        mode = target.stat().st_mode if target.exists() else None
        if mode is not None and stat.S_ISDIR(mode):
            raise InputError(f"{output} is a folder; name a file")
        if mode is not None and not stat.S_ISREG(mode):
            with open(target, "w", encoding="utf-8", newline="") as out:
                out.writelines(pieces)
            return True
        if not target.parent.is_dir():
            raise InputError(f"cannot write {output}: no folder {target.parent}")
        _replace(target, pieces, mode)
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror or error}") from None
    return True


def _replace(target: Path, pieces: Iterable[str], mode: int | None) -> None:
    handle, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.writelines(pieces)
            out.flush()
            os.fsync(out.fileno())
        if mode is None:  # mkstemp makes 0600; a new file gets what any new file gets
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(partial, stat.S_IMODE(mode))
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
