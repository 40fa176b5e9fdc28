"""The ``annotator`` command line: thin commands that parse options and call the
library. Domain errors become one line on stderr and exit code 1; usage errors
exit 2 (click's convention). Nothing here imports spaCy: commands that segment
import it lazily through ``annotator.nlp``."""

from __future__ import annotations

import dataclasses
import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path

import click

from .errors import AnnotatorError, InputError
from .output import colour_enabled, output_options, style, write_rows

UNIT_FIELDS = ["id", "seq", "start", "end", "kind", "text", "hedged", "section"]
KIND_COLOURS = {
    "claim": "white", "heading": "cyan", "question": "blue",
    "advice": "green", "promo": "magenta", "meta": "bright_black",
}


class AnnotatorGroup(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except AnnotatorError as error:
            raise click.ClickException(str(error)) from None


@click.group(cls=AnnotatorGroup)
@click.version_option(package_name="annotator")
def cli():
    """Fact-check annotation of health articles.

    Split an article into claims, tag each claim as supported, contradictory or
    unsupported with rationale and evidence, and export correction reports.

    \b
    Quick start:
        annotator ingest corpus/
        annotator claims ketamine-depression
    """


def db_option(func: Callable) -> Callable:
    """``-d/--db`` on every command; commands receive an open ``Store`` as ``store``
    (opened lazily, after the command's own arguments were checked)."""

    @click.option(
        "-d", "--db", "db_path", envvar="ANNOTATOR_DB", default="claims.db",
        show_default=True, type=click.Path(dir_okay=False),
        help="Database file (env ANNOTATOR_DB).",
    )
    @functools.wraps(func)
    def wrapper(*args, db_path: str, **kwargs):
        from .store import Store

        store = Store.open(db_path)
        try:
            return func(*args, store=store, **kwargs)
        finally:
            store.close()

    return wrapper


def _painter(stream=None) -> tuple[Callable[..., str], Callable[..., None]]:
    """``paint`` styles text and ``echo`` prints it, both with colour only when
    the stream is a terminal and NO_COLOR is unset."""
    enabled = colour_enabled(stream)
    return functools.partial(style, enabled=enabled), functools.partial(click.echo, color=enabled)


# ingest ------------------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--title", help="Article title (default: og:title, <title> or the first heading).")
@click.option("--url", help="Where the article was published.")
@click.option("--published", help="Publication date, e.g. 2022-11-08.")
@click.option("--slug", help="Short name (default: the file name without extension).")
@click.option(
    "--model", envvar="ANNOTATOR_MODEL",
    help="spaCy pipeline, or 'blank' for speed (env ANNOTATOR_MODEL).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON on stdout.")
@db_option
def ingest(store, paths, title, url, published, slug, model, as_json):
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
    from .ingest import check_date, expand_paths, read_source

    files = expand_paths(list(paths))
    if not files:
        raise InputError("no .txt, .md or .html files in " + ", ".join(paths))
    if len(files) > 1 and (title or url or published or slug):
        raise click.UsageError("--title, --url, --published and --slug need a single input")
    published = check_date(published) if published else None
    # Read and check every input before anything is segmented or written.
    sources = []
    for name in files:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        source = read_source(name, data, slug=slug)
        overrides = {"title": title, "url": url, "published": published}
        source = dataclasses.replace(source, **{k: v for k, v in overrides.items() if v})
        for warning in source.warnings:
            click.echo(f"Warning: {warning}", err=True)
        sources.append(source)
    slugs = [source.slug for source in sources]
    repeated = sorted({s for s in slugs if slugs.count(s) > 1})
    if repeated:
        raise InputError(f"two inputs share the slug {repeated[0]!r}; ingest them separately")

    results = _ingest_all(store, sources, model)
    if as_json:
        write_rows([dataclasses.asdict(result) for result in results], "json")
    for result in results:
        if result.status == "unchanged":
            line = f"{result.slug}: unchanged (revision {result.revision}), nothing to do"
        else:
            line = (
                f"{result.slug}: {result.status}, revision {result.revision}, "
                f"{result.units} units ({result.claims} claims)"
            )
            if result.carried_reviews:
                line += f", {result.carried_reviews} verdicts kept from the previous revision"
        click.echo(line, err=True)


def _ingest_all(store, sources, model):
    """Segment only what changed, in one batched ``nlp.pipe``; one transaction per
    article, so an interrupted run keeps the articles already done."""
    from .nlp import load, model_name
    from .segment import segment_many

    results = {}
    todo = []
    for source in sources:
        unchanged = store.unchanged(source.slug, source.sha256)
        if unchanged:
            results[source.slug] = unchanged
        else:
            todo.append(source)
    if todo:
        nlp = load(model)
        name = model_name(nlp)
        batches = segment_many((source.text for source in todo), nlp=nlp)
        # A bar only when it helps: several files, and a terminal to draw on.
        hidden = len(todo) <= 3 or not sys.stderr.isatty()
        with click.progressbar(
            zip(todo, batches, strict=True), length=len(todo), label="Segmenting",
            file=sys.stderr, hidden=hidden,
        ) as pairs:
            for source, units in pairs:
                results[source.slug] = store.add_article(
                    slug=source.slug, text=source.text, sha256=source.sha256, units=units,
                    model=name, title=source.title, url=source.url,
                    published=source.published, source_path=source.source_path,
                )
    return [results[source.slug] for source in sources]


# articles and claims -----------------------------------------------------------


@cli.command()
@output_options
@click.option("--all-revisions", is_flag=True, help="List every revision, not just the latest.")
@db_option
def articles(store, fmt, all_revisions):
    """List articles with their unit counts and review progress.

    \b
    Example:
        annotator articles
        annotator articles --json
    """
    rows = store.articles(all_revisions=all_revisions)
    for row in rows:
        row["progress"] = round(row["reviewed"] / row["claims"], 3) if row["claims"] else 1.0
    if fmt:
        write_rows(rows, fmt)
        return
    if not rows:
        click.echo("No articles yet: try `annotator ingest corpus/`.", err=True)
        return
    paint, echo = _painter()
    for row in rows:
        done = f"{row['reviewed']}/{row['claims']} claims reviewed ({row['progress']:.0%})"
        echo(
            f"{paint(str(row['id']).rjust(4), dim=True)}  {paint(row['slug'], bold=True)}"
            f"  rev {row['revision']}  {row['units']} units  {done}"
        )
        if row["title"]:
            echo(f"      {row['title']}")


@cli.command()
@click.argument("article")
@click.option("--all", "all_kinds", is_flag=True, help="Every unit, not just claims.")
@click.option(
    "--kind", "kinds", multiple=True,
    type=click.Choice(["claim", "heading", "question", "advice", "promo", "meta"]),
    help="Only units of this kind (repeatable).",
)
@click.option(
    "--status",
    type=click.Choice(["unreviewed", "reviewed", "supported", "contradictory", "unsupported"]),
    help="Only claims with this review status (any reviewer).",
)
@click.option("--by-kind", is_flag=True, help="Group the human view by kind.")
@output_options
@db_option
def claims(store, article, all_kinds, kinds, status, by_kind, fmt):
    """Print the claims of ARTICLE (a slug or an id).

    \b
    Example:
        annotator claims ketamine-depression
        annotator claims ketamine-depression --all --json
        annotator claims ketamine-depression --status unreviewed --csv
    """
    found = store.article(article)
    selected = None if all_kinds else (kinds or ("claim",))
    rows = store.units(found["id"], kinds=selected, status=status)
    for row in rows:
        row["hedged"] = bool(row["hedged"])
    if fmt:
        write_rows(rows, fmt, UNIT_FIELDS)
        return
    paint, echo = _painter()
    groups = {}
    for row in rows:
        groups.setdefault(row["kind"] if by_kind else "", []).append(row)
    if by_kind:
        echo(paint(f"{found['slug']}: {found['title'] or ''}", bold=True))
    for kind, members in groups.items():
        if by_kind:
            echo(paint(f"\n{kind} ({len(members)})", bold=True))
        for row in members:
            label = paint(row["kind"].ljust(8), fg=KIND_COLOURS.get(row["kind"]))
            hedge = paint(" [hedged]", fg="yellow") if row["hedged"] else ""
            echo(f"{paint(str(row['id']).rjust(5), dim=True)}  {label} {row['text']}{hedge}")


# evaluate ----------------------------------------------------------------------


@cli.command()
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
    from .evaluate import format_score, load_gold, score

    found = store.article(article)
    predicted = store.units(found["id"])
    for row in predicted:
        row["hedged"] = bool(row["hedged"])
    result = score(load_gold(gold), predicted)
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        click.echo(format_score(result))
