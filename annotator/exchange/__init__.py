"""Review logs in and out: JSON-lines import and export, merging another
reviewer"s database, and finding the units a quote covers.

Owns: the review line format and how a quote lands on units.
May import: ``store``, the shared vocabulary.
Must never import: ``nlp`` or spaCy, ``cli``, ``sources``, ``review``,
``report``, ``consistency``.
"""

from annotator._lazy import lazy_exports

__all__ = [
    "check_line", "covered_units", "export_reviews", "import_reviews", "locate",
    "merge_database", "read_lines",
]
__getattr__, __dir__ = lazy_exports(__name__, globals(), {
    "import_reviews": "imports",
    "export_reviews": "exports",
    "merge_database": "merge",
    "read_lines": "lines",
    "check_line": "lines",
    "locate": "quotes",
    "covered_units": "quotes",
})
