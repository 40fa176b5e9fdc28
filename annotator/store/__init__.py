"""The claim store: the only package that speaks SQL.

Owns: the schema and its migrations, transactions, every query (mixed into
:class:`Store` by area: units, reviews, review import/export, conflicts,
reports), text fingerprints.
May import: the shared vocabulary.
Must never import: ``nlp`` or spaCy, nor any package above it (``consistency``,
``sources``, ``review``, ``exchange``, ``report``, ``cli``).
"""

from annotator._lazy import lazy_exports

__all__ = ["STATUSES", "IngestResult", "Store", "busy_timeout", "check_schema", "utcnow"]
__getattr__, __dir__ = lazy_exports(__name__, globals(), {
    "Store": "db",
    "IngestResult": "db",
    "STATUSES": "db",
    "busy_timeout": "db",
    "utcnow": "schema",
    "check_schema": "schema",
})
