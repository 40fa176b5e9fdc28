"""Correction reports and exports of one article: Markdown, HTML, CSV, JSON,
schema.org ClaimReview and W3C Web Annotation.

Owns: the templates in ``templates/``, pseudonyms, what leaves the newsroom.
May import: ``store``, ``review`` (the pure agreement statistics), the shared
vocabulary; Jinja2 only in :mod:`~annotator.report.formats`.
Must never import: ``nlp`` or spaCy, ``cli``, ``sources``, ``exchange``,
``consistency``.
"""

from annotator._lazy import lazy_exports

__all__ = ["FORMATS", "ReportOptions", "render", "report_context"]
__getattr__, __dir__ = lazy_exports(__name__, globals(), {
    "render": "formats",
    "FORMATS": "formats",
    "ReportOptions": "data",
    "report_context": "data",
})
