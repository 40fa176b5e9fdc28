"""Reading what is stored: ``articles``, ``claims``, ``search``. No spaCy here."""

from __future__ import annotations

import click

from annotator.cli.options import (
    KIND_COLOURS,
    UNIT_FIELDS,
    db_option,
    painter,
)
from annotator.inert import visible
from annotator.output import output_options, write_rows

# articles and claims -----------------------------------------------------------


@click.command()
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
    paint, echo = painter()
    for row in rows:
        done = f"{row['reviewed']}/{row['claims']} claims reviewed ({row['progress']:.0%})"
        echo(
            f"{paint(str(row['id']).rjust(4), dim=True)}  {paint(row['slug'], bold=True)}"
            f"  rev {row['revision']}  {row['units']} units  {done}"
        )
        if row["title"]:
            echo(f"      {row['title']}")


@click.command()
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
    if fmt:  # streamed from the cursor: any size of article
        write_rows(store.iter_units(found["id"], kinds=selected, status=status), fmt,
                   UNIT_FIELDS)
        return
    rows = store.units(found["id"], kinds=selected, status=status)
    paint, echo = painter()
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
            number = paint(str(row["id"]).rjust(5), dim=True)
            echo(f"{number}  {label} {visible(row['text'])}{hedge}")


@click.command()
@click.argument("query")
@click.option("-a", "--article", help="Only this article (slug or id).")
@click.option("--all", "all_kinds", is_flag=True, help="Every unit, not just claims.")
@click.option(
    "--limit", type=click.IntRange(1), default=50, show_default=True, help="At most this many."
)
@output_options
@db_option
def search(store, query, article, all_kinds, limit, fmt):
    """Full-text search of claims across all articles, best matches first.

    Every word must occur, in any inflection ("blocking" finds "blocks");
    operators are not interpreted. `reviewers` counts current verdicts.

    \b
    Example:
        annotator search glutamate
        annotator search "nasal spray" --article ketamine-depression --json
    """
    article_id = store.article(article)["id"] if article else None
    rows = store.search(
        query, article_id=article_id, kinds=None if all_kinds else ("claim",), limit=limit
    )
    if fmt:
        write_rows(rows, fmt)
        return
    if not rows:
        click.echo(f"No {'units' if all_kinds else 'claims'} match {query!r}.", err=True)
        return
    paint, echo = painter()
    for row in rows:
        where = paint(f"{row['article']}#{row['id']}", dim=True)
        seen = paint(f" [{row['reviewers']} reviewed]", fg="green") if row["reviewers"] else ""
        echo(f"{where}  {visible(row['text'])}{seen}")


@click.command()
@click.argument("article")
@click.option("--force", is_flag=True,
              help="Remove it although it has review events, after exporting them to a file.")
@click.option("--export", "export_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="With --force: where to write its review events first "
              "(default: ARTICLE.removed-<time>.review.jsonl here).")
@db_option
def remove(store, article, force, export_path):
    """Delete ARTICLE (a slug: every revision; an id: that revision) and its units.

    An article that reviewers have worked on (verdicts, notes, corrections,
    conflict decisions) is refused unless --force, which first writes its
    review events to a file (import-reviews reads it back) and names it.
    Everything goes in one transaction.

    \b
    Example:
        annotator remove old-draft
        annotator remove ketamine-depression --force --export kept.review.jsonl
    """
    import json
    from datetime import UTC, datetime

    from annotator.cli.files import write_output
    from annotator.exchange.exports import export_reviews

    found = store.article(article)
    by_id = article.strip().isdigit()
    ids = [found["id"]] if by_id else [
        row["id"] for row in store.query("SELECT id FROM articles WHERE slug = ?", [found["slug"]])]
    what = f"revision {found['revision']} of {found['slug']}" if by_id else found["slug"]
    events = store.review_event_count(ids)
    if events and not force:
        raise click.ClickException(
            f"{what} has {events} review events; pass --force to remove it anyway "
            "(they are exported to a file first)")
    if events:
        lines = export_reviews(store, article_id=found["id"] if by_id else None,
                               slug=None if by_id else found["slug"])
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = export_path or f"{found['slug']}.removed-{stamp}.review.jsonl"
        write_output(target, "".join(json.dumps(line, ensure_ascii=False) + "\n"
                                     for line in lines))
        click.echo(f"Exported {len(lines)} review lines of {what} to {target}", err=True)
    units = store.remove_articles(ids)
    click.echo(f"Removed {what}: {len(ids)} revision(s), {units} units", err=True)
