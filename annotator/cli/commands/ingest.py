"""``ingest`` (reading, segmenting, storing, consistency) and ``evaluate``."""

from __future__ import annotations

import dataclasses
import json
import sys

import click

from annotator.cli.options import db_option
from annotator.errors import InputError
from annotator.output import write_rows

# ingest ------------------------------------------------------------------------


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--title", help="Article title (default: og:title, <title> or the first heading).")
@click.option("--url", help="Where the article was published.")
@click.option("--published", help="Publication date, e.g. 2022-11-08.")
@click.option("--slug", help="Short name (default: the file name without extension).")
@click.option(
    "--model", envvar="ANNOTATOR_MODEL",
    help="spaCy pipeline, or 'blank' for speed (env ANNOTATOR_MODEL).",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
    help="Processes for spaCy (worth it for hundreds of articles).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON on stdout.")
@db_option(create=True)
def ingest(store, paths, title, url, published, slug, model, jobs, as_json):
    """Split articles into units and store them.

    PATHS are .txt, .md and .html files, folders (searched recursively; README
    and LICENSE files are skipped) or '-' for stdin. Re-ingesting identical text
    does nothing; changed text under the same slug becomes a new revision that
    keeps the verdicts of unchanged claims.

    \b
    Example:
        annotator ingest corpus/ketamine-depression.txt
        curl -s https://example.org/post.html | annotator ingest - --slug post
    """
    from annotator.sources.pipeline import ingest_sources
    from annotator.sources.read import check_date, check_slug, expand_paths, read_bytes, read_source

    files = expand_paths(list(paths))
    if not files:
        raise InputError("no .txt, .md or .html files in " + ", ".join(paths))
    if len(files) > 1 and (title or url or published or slug):
        raise click.UsageError("--title, --url, --published and --slug need a single input")
    published = check_date(published) if published else None
    slug = check_slug(slug) if slug is not None else None
    overrides = {key: value for key, value in
                 (("title", title), ("url", url), ("published", published)) if value}
    # Read and check every input before anything is segmented or written.
    sources = []
    for name in files:
        source = read_source(name, read_bytes(name), slug=slug)
        source = dataclasses.replace(source, **overrides)
        for warning in source.warnings:
            click.echo(f"Warning: {warning}", err=True)
        sources.append(source)
    by_slug: dict[str, list[str]] = {}
    for source in sources:
        by_slug.setdefault(source.slug, []).append(source.source_path)
    for name, where in by_slug.items():
        if len(where) > 1:
            raise InputError(
                f"{' and '.join(where)} would all be {name!r}: ingest them one at a time "
                "with --slug"
            )
    for source in sources:
        # New metadata for unchanged text (a URL found later) updates the article.
        if overrides and (changed := store.update_metadata(source.slug, source.sha256, overrides)):
            click.echo(f"{source.slug}: updated {', '.join(changed)}", err=True)

    # Each article is reported as soon as it is stored, so an interrupted run
    # says what it kept (the progress bar, when drawn, holds the lines back).
    show_bar = len(sources) > 3 and sys.stderr.isatty()
    results = []
    try:
        with click.progressbar(
            ingest_sources(store, sources, lambda: _load_nlp(model), jobs),
            length=len(sources), label="Ingesting", file=sys.stderr, hidden=not show_bar,
        ) as stored:
            for result in stored:
                results.append(result)
                if not show_bar:
                    click.echo(_describe(result), err=True)
    except KeyboardInterrupt:
        stored = [r.slug for r in results if r.status != "unchanged"]
        click.echo(f"\nInterrupted; stored before that: {', '.join(stored) or 'nothing'}",
                   err=True)
        raise
    if show_bar:
        for result in results:
            click.echo(_describe(result), err=True)
    if as_json:
        write_rows([dataclasses.asdict(result) for result in results], "json")


def _describe(result) -> str:
    if result.status == "unchanged":
        return f"{result.slug}: unchanged (revision {result.revision}), nothing to do"
    line = (
        f"{result.slug}: {result.status}, revision {result.revision}, "
        f"{result.units} unit{'s' * (result.units != 1)} "
        f"({result.claims} claim{'s' * (result.claims != 1)})"
    )
    if result.carried_reviews:
        line += f", {result.carried_reviews} verdicts kept from the previous revision"
    found = [
        (result.duplicates, "repeated claims"),
        (result.conflicts, "conflict candidates"),
        (result.suggestions, "verdict suggestions from other articles"),
    ]
    return line + "".join(f"; {count} {what}" for count, what in found if count)


def _load_nlp(model: str | None):
    """The pipeline, loaded only when something needs segmenting."""
    from annotator.nlp.model import is_blank, load

    nlp = load(model)
    if is_blank(nlp):
        click.echo(
            "Note: blank model: sentence rules only, no parser, so clause splits, kinds "
            "and hedges are approximate",
            err=True,
        )
    return nlp


# evaluate ----------------------------------------------------------------------


@click.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("article")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@db_option
def evaluate(store, gold, article, as_json):
    """Score the units of ARTICLE against a GOLD segmentation (JSON lines).

    Precision, recall and F1 of claim units (exact spans, and relaxed: token
    overlap of at least 0.8), kind accuracy and confusion on matched spans,
    hedge accuracy.

    \b
    Example:
        annotator evaluate tests/data/ketamine-depression.units.jsonl ketamine-depression
    """
    from annotator.nlp.evaluate import format_score, load_gold, score

    found = store.article(article)
    predicted = store.units(found["id"])
    result = score(load_gold(gold, found["text"]), predicted)
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        click.echo(format_score(result))
