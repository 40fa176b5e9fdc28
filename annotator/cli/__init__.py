"""The ``annotator`` command line: thin click commands over the library.

Owns: option parsing, output formats on stdout, progress and counts on stderr,
and turning domain errors into one line and an exit code.
May import: every package below it (``sources``, ``review``, ``exchange``,
``report``, ``consistency``, ``store``, ``nlp``) and the shared vocabulary,
lazily inside each command so that ``annotator --help`` stays fast.
Must never import: spaCy directly (commands that segment go through ``nlp``).
Nothing outside ``cli`` imports it: the library works without it.
"""

from annotator._lazy import lazy_exports

__all__ = ["cli"]
__getattr__, __dir__ = lazy_exports(__name__, globals(), {
    "cli": "main",
})
