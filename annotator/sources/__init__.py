"""Articles in: reading files, folders and stdin, decoding, HTML to text blocks,
metadata, and the ingest pipeline that segments and stores them.

Owns: what an article is before it is stored (:class:`Source`).
May import: ``nlp`` (segmentation), ``consistency`` (analysis at ingest),
``store``, the shared vocabulary.
Must never import: ``cli``, ``review``, ``exchange``, ``report``; spaCy itself
(only through ``nlp``).
"""

from annotator._lazy import lazy_exports

__all__ = [
    "Source", "check_date", "check_slug", "expand_paths", "html_to_text", "ingest_sources",
    "read_bytes", "read_source",
]
__getattr__, __dir__ = lazy_exports(__name__, globals(), {
    "Source": "read",
    "read_source": "read",
    "read_bytes": "read",
    "expand_paths": "read",
    "check_slug": "read",
    "check_date": "read",
    "html_to_text": "html",
    "ingest_sources": "pipeline",
})
