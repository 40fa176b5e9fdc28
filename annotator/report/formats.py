"""Exports of one article: the correction report (Markdown, self-contained HTML),
CSV and JSON of its units, and the JSON-LD exports of :mod:`annotator.report.jsonld`.

Every format renders the same :func:`annotator.report.data.report_context`.
Both template environments autoescape: HTML with Jinja2's HTML escaping, and
Markdown through ``finalize``, which Markdown-escapes every string a template
prints unless a filter already made it :class:`MarkdownText`.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from annotator.errors import ReportError
from annotator.inert import csv_cell, json_text, visible
from annotator.report.data import People, ReportOptions, report_context, unit_entry
from annotator.report.text import (
    MarkdownText,
    day,
    evidence_label,
    md_line,
    md_lines,
    md_quote,
    md_url,
)
from annotator.verdicts import final_verdict

FORMATS = ("md", "html", "csv", "json", "claimreview", "webannotation")
UNIT_FIELDS = ["id", "seq", "start", "end", "kind", "section", "hedged", "text"]
CSV_FIELDS = [
    *UNIT_FIELDS, "final_verdict", "reasons", "rationale", "correction", "evidence",
    "decided_by", "decided_role", "decided_at", "current",
]


def render(store: Any, article_ref: str | int, fmt: str, options: ReportOptions,
           warn: Callable[[str], None] | None = None) -> str:
    """The whole report as text (see :func:`render_pieces`)."""
    return "".join(render_pieces(store, article_ref, fmt, options, warn))


def render_pieces(store: Any, article_ref: str | int, fmt: str, options: ReportOptions,
                  warn: Callable[[str], None] | None = None) -> Iterable[str]:
    """The report as pieces of text to write one after the other: the whole
    text at once, except CSV, produced as it is read (:func:`stream_csv`). A
    missing article or an unknown format raises before anything is written
    anywhere. ``warn`` hears what a reader of the export should know is missing."""
    if fmt not in FORMATS:
        raise ReportError(f"unknown report format {fmt!r} (one of: {', '.join(FORMATS)})")
    article = store.article(article_ref)
    if fmt == "csv":
        return stream_csv(store, article, options)
    context = report_context(store, article, internal=options.internal)
    if fmt in ("claimreview", "webannotation"):
        from annotator.report.jsonld import claimreview, webannotation

        build = claimreview if fmt == "claimreview" else webannotation
        text = _dumps(build(context, options))
        if fmt == "claimreview" and warn:  # once the export is sure to be written
            _warn_claimreview(context, options, warn)
        return [text]
    return [{"md": render_markdown, "html": render_html, "json": render_json}[fmt](context)]


def _warn_claimreview(context: dict, options: ReportOptions, warn: Callable[[str], None]):
    """What a fact-check feed of this article lacks: restated claims, the
    verdicts it leaves out, who made the claims."""
    from annotator.report.jsonld import left_out, needs_restating

    vague = needs_restating(context)
    if vague:
        shown = "; ".join(f"#{item['id']} {item['text'][:40]!r}" for item in vague[:5])
        more = f" and {len(vague) - 5} more" if len(vague) > 5 else ""
        warn(f"{len(vague)} published claim{'s' * (len(vague) != 1)} open with a pronoun and "
             f"mean nothing alone in a fact-check feed: {shown}{more}; restate each with "
             "`annotator tag N VERDICT --claim-text TEXT` (or w in review)")
    skipped = left_out(context)
    if skipped:
        kinds = sorted({item["kind"] for item in skipped})
        warn(f"{len(skipped)} verdict{'s' * (len(skipped) != 1)} on units that are not claims "
             f"({', '.join(kinds)}) left out of the ClaimReview feed: "
             + ", ".join(f"#{item['id']}" for item in skipped))
    article = context["article"]
    if not (options.claim_author or article["author"] or article["publisher"]):
        warn("the claims have no author (ingest found no author or publisher in the "
             "article): pass --claim-author NAME to name who made them")


def render_markdown(context: dict) -> str:
    return _markdown_env().get_template("report.md.j2").render(context)


def render_html(context: dict) -> str:
    return _html_env().get_template("report.html.j2").render(context)


def unit_rows(context: dict) -> list[dict]:
    """One row per unit with its final verdict and each reviewer's current one."""
    return [_unit_row(entry) for entry in context["units"]]


def _unit_row(entry: dict) -> dict:
    return ({key: entry[key] for key in UNIT_FIELDS}
            | {"final": entry["final"], "current": entry["opinions"]})


def render_json(context: dict) -> str:
    return _dumps(unit_rows(context))


def stream_csv(store: Any, article: dict, options: ReportOptions) -> Iterator[str]:
    """One row per unit of the article with its final verdict and each
    reviewer's current one, produced as it is read: units and verdicts come from
    two cursors, so memory stays flat however many units the article has. Cells
    a spreadsheet would run as a formula get a leading apostrophe, and control
    characters are shown, unless ``options.raw``."""
    people = People(store.first_actions(article["id"]), options.internal)

    def rows() -> Iterator[dict]:
        for unit, opinions in store.iter_units_with_opinions(article["id"]):
            # A unit split or joined since is reported only if it has verdicts.
            if unit["retired_by"] is None or opinions:
                final = final_verdict(unit["id"], opinions) if opinions else None
                yield _unit_row(unit_entry(unit, final, people))

    return _csv_chunks(rows(), options.raw)


def _csv_chunks(rows: Iterable[dict], raw: bool, size: int = 1 << 16) -> Iterator[str]:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for row in rows:
        final = row["final"] or {}
        writer.writerow([csv_cell(value, raw) for value in (
            *(row[key] for key in UNIT_FIELDS),
            final.get("verdict"),
            "; ".join(final.get("reasons", [])),
            final.get("rationale"),
            final.get("correction"),
            "; ".join(evidence_label(item) for item in final.get("evidence", [])),
            "; ".join(final.get("decided_by", [])),
            final.get("role"),
            final.get("decided_at"),
            "; ".join(f"{op['reviewer']}: {op['verdict']}" for op in row["current"]),
        )])
        if out.tell() >= size:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def _dumps(data: Any) -> str:
    return json_text(data, indent=2) + "\n"


def _finalize(value: Any) -> Any:
    # Every printed value: control characters shown, never sent (escaped markup
    # stays markup: showing a control character adds none).
    if isinstance(value, Markup):
        return type(value)(visible(str(value)))
    return visible(value) if isinstance(value, str) else value


def _markdown_finalize(value: Any) -> Any:
    # Markdown's autoescape: plain strings are escaped; Markup (what macros and
    # the filters below return) is template output, already escaped.
    if isinstance(value, str) and not isinstance(value, Markup):
        return MarkdownText(md_line(visible(value)))
    return _finalize(value)


def _md_link(item: dict) -> MarkdownText:
    """Evidence as ``[label](url) (note)``; a citation without a URL as text."""
    label = md_line(item["label"])
    text = f"[{label}]({md_url(item['url'])})" if item["url"] else label
    return MarkdownText(text + (f" ({md_line(item['note'])})" if item.get("note") else ""))


def _anchor(entry: dict) -> str:
    return f"unit-{entry['id']}"


@functools.cache
def _markdown_env() -> Environment:
    env = _environment(finalize=_markdown_finalize)
    env.filters.update(
        quote=md_quote, lines=md_lines, link=_md_link, url=lambda u: MarkdownText(md_url(u))
    )
    return env


@functools.cache
def _html_env() -> Environment:
    return _environment(finalize=_finalize)


def _environment(**options: Any) -> Environment:
    env = Environment(
        loader=PackageLoader("annotator.report", "templates"), autoescape=True,
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, **options,
    )
    env.filters.update(day=day, anchor=_anchor)
    return env
