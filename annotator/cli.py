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
@click.option(
    "-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
    help="Processes for spaCy (worth it for hundreds of articles).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON on stdout.")
@db_option
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

    results = _ingest_all(store, sources, model, jobs)
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
            found = [
                (result.duplicates, "repeated claims"),
                (result.conflicts, "conflict candidates"),
                (result.suggestions, "verdict suggestions from other articles"),
            ]
            line += "".join(f"; {count} {what}" for count, what in found if count)
        click.echo(line, err=True)


def _ingest_all(store, sources, model, jobs=1):
    """Segment only what changed, in one batched ``nlp.pipe``; one transaction per
    article, so an interrupted run keeps the articles already done."""
    from .consistency_store import analyse_article
    from .nlp import is_blank, load, model_name
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
        if is_blank(nlp):
            click.echo(
                "Note: blank model: sentence rules only, no parser, so clause splits, kinds "
                "and hedges are approximate",
                err=True,
            )
        batches = segment_many((source.text for source in todo), nlp=nlp, n_process=jobs)
        # A bar only when it helps: several files, and a terminal to draw on.
        hidden = len(todo) <= 3 or not sys.stderr.isatty()
        with click.progressbar(
            zip(todo, batches, strict=True), length=len(todo), label="Segmenting",
            file=sys.stderr, hidden=hidden,
        ) as pairs:
            for source, units in pairs:
                # The article, its units and what consistency finds in them are one
                # transaction: an interrupted ingest leaves nothing behind.
                with store.write():
                    result = store.add_article(
                        slug=source.slug, text=source.text, sha256=source.sha256, units=units,
                        model=name, title=source.title, url=source.url,
                        published=source.published, source_path=source.source_path,
                    )
                    analysis = analyse_article(store, result.article_id, nlp=nlp)
                results[source.slug] = dataclasses.replace(
                    result, duplicates=analysis.duplicates, conflicts=analysis.conflicts,
                    suggestions=analysis.suggestions,
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


@cli.command()
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
    for row in rows:
        row["hedged"] = bool(row["hedged"])
    if fmt:
        write_rows(rows, fmt)
        return
    if not rows:
        click.echo(f"No {'units' if all_kinds else 'claims'} match {query!r}.", err=True)
        return
    paint, echo = _painter()
    for row in rows:
        where = paint(f"{row['article']}#{row['id']}", dim=True)
        seen = paint(f" [{row['reviewers']} reviewed]", fg="green") if row["reviewers"] else ""
        echo(f"{where}  {row['text']}{seen}")


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


# reviews -----------------------------------------------------------------------
# Nothing here segments, so nothing here may import spaCy (annotator.nlp/segment).

REVIEW_ROLES = ("reviewer", "editor")


def _resolve_reviewer(ctx: click.Context, param: click.Parameter, value: str | None):
    if ctx.resilient_parsing:
        return value
    from .identity import resolve_reviewer

    return resolve_reviewer(value)


def reviewer_option(func: Callable) -> Callable:
    """``-r/--reviewer``; the command receives ``reviewer``, never empty (env
    ANNOTATOR_REVIEWER, else ``git config user.name``, else the login name)."""
    return click.option(
        "-r", "--reviewer", envvar="ANNOTATOR_REVIEWER", callback=_resolve_reviewer,
        help="Who is reviewing (env ANNOTATOR_REVIEWER; default: git config user.name, "
        "else the login name).",
    )(func)


def _role_option(func: Callable) -> Callable:
    return click.option(
        "--role", type=click.Choice(REVIEW_ROLES), default="reviewer", show_default=True,
        help="'editor' records an adjudication: it becomes the final verdict.",
    )(func)


def _verdict(ctx, param, value):
    from .verdicts import parse_verdict

    return value if ctx.resilient_parsing else parse_verdict(value)


def _reasons(ctx, param, value):
    from .verdicts import parse_reasons

    return parse_reasons(value) if value and not ctx.resilient_parsing else None


def _evidence(ctx, param, value):
    from .evidence import recognise

    return tuple(recognise(item) for item in value) if not ctx.resilient_parsing else ()


@cli.command()
@click.argument("article")
@reviewer_option
@_role_option
@click.option("--all-kinds", is_flag=True,
              help="Also walk headings, questions, advice, promo and meta lines.")
@click.option("--redo", is_flag=True,
              help="Walk every claim from the first, including those you already tagged.")
@db_option
def review(store, article, reviewer, role, all_kinds, redo):
    """Review ARTICLE claim by claim: one key per verdict, saved at once.

    Starts at the first claim you have not tagged. Keys: s supported,
    c contradictory, u unsupported (save and go on); r rationale, e evidence
    (PMID, DOI, URL or citation), x suggested correction, t reason tags;
    k skip, b back, z undo, ? help, q quit with a summary. Ctrl-C loses
    nothing you confirmed.

    \b
    Example:
        annotator review ketamine-depression -r "Dr Ana Lima"
        printf 's\\nk\\nq\\n' | annotator review ketamine-depression -r ana
    """
    from .keys import open_keys
    from .review import Session, run

    session = Session(store, store.article(article), reviewer, role, all_kinds, redo)
    with open_keys() as keys:
        code = run(session, keys)
    if code:
        click.get_current_context().exit(code)


@cli.command()
@click.argument("unit")
@click.argument("verdict", metavar="VERDICT", callback=_verdict)
@click.option("--reason", "reasons", multiple=True, callback=_reasons,
              help="Reason tag, by name or number (repeatable; replaces your reasons): "
              "overstated-certainty, animal-or-lab-only, correlation-as-causation, "
              "outdated, misquoted-source, missing-context, regulatory-status, dosage, "
              "internal-inconsistency.")
@click.option("--rationale", help="Why, in a sentence or two ('' clears it).")
@click.option("--evidence", multiple=True, callback=_evidence,
              help="A PMID, DOI, URL or citation (repeatable; added to what you cited).")
@click.option("--correction", help="What the article should say instead ('' clears it).")
@reviewer_option
@_role_option
@click.option("--json", "as_json", is_flag=True, help="Print the recorded event as JSON.")
@db_option
def tag(store, unit, verdict, reasons, rationale, evidence, correction, reviewer, role,
        as_json):
    """Record a VERDICT on UNIT, like a key press in `annotator review`.

    VERDICT is supported, contradictory or unsupported (or s, c, u). Tagging a
    unit you already tagged appends an amendment that supersedes your earlier
    verdict; options you leave out keep their earlier values.

    \b
    Example:
        annotator tag 17 contradictory --reason regulatory-status \\
            --rationale "Only esketamine is FDA-approved" --evidence "PMID: 31109201" -r ana
    """
    found = store.unit(unit)
    event = store.record_review(
        found["id"], reviewer, role=role, verdict=verdict, reasons=reasons,
        rationale=rationale, correction=correction, add_evidence=evidence,
    )
    if event is None:
        click.echo(f"{reviewer}: unit {found['id']} is already {verdict}; nothing changed",
                   err=True)
        event = store.reviewer_verdicts(found["article_id"], reviewer)[found["id"]]
    else:
        click.echo(f"{reviewer}: unit {found['id']} {verdict} (event {event['id']})", err=True)
    if as_json:
        write_rows([event], "json")


@cli.command()
@click.argument("unit")
@reviewer_option
@click.option("--json", "as_json", is_flag=True, help="Print the retraction event as JSON.")
@db_option
def undo(store, unit, reviewer, as_json):
    """Undo your latest verdict or note on UNIT (appends a retraction).

    Undoing an amendment brings back the verdict it replaced; nothing is deleted.

    \b
    Example:
        annotator undo 17 -r ana
    """
    unit_id = store.unit(unit)["id"]
    event = store.retract_review(unit_id, reviewer)
    now = store.reviewer_state(unit_id, reviewer).verdict or "untagged"
    click.echo(f"{reviewer}: undid your latest change on unit {unit_id}; now {now}", err=True)
    if as_json:
        write_rows([event], "json")


@cli.command()
@click.argument("unit")
@output_options
@db_option
def history(store, unit, fmt):
    """Every review event on UNIT: who, when, what changed (oldest first).

    Includes the events on the same text in earlier revisions of the article.

    \b
    Example:
        annotator history 17
        annotator history 17 --json
    """
    from .verdicts import explain

    found = store.unit(unit)
    events = explain(store.unit_history(found["id"]))
    if fmt:
        write_rows(events, fmt)
        return
    paint, echo = _painter()
    echo(paint(f"unit {found['id']}: {found['text']}", bold=True))
    if not events:
        click.echo("No reviews yet.", err=True)
    for event in events:
        when = event["created_at"][:19].replace("T", " ")
        who = f"{event['reviewer']} ({event['role']})"
        echo(f"{paint(when, dim=True)}  {who}  {event['action']:<7}  {event['change']}")


@cli.command("import-reviews")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("-a", "--article", help="The article the quotes come from (slug or id; default: "
              "the file name before its first dot, e.g. ketamine-depression.review.jsonl).")
@click.option("--strict", is_flag=True, help="Import nothing if any quote matches no unit.")
@reviewer_option
@click.option("--json", "as_json", is_flag=True, help="Print the import report as JSON.")
@db_option
def import_reviews(store, file, article, strict, reviewer, as_json):
    """Import reviews from a JSON-lines FILE (quote, verdict, rationale, evidence).

    Each quote (verbatim, or start/end offsets) is mapped to the units it
    covers; lines without a reviewer are recorded under -r. Importing the same
    file again adds nothing; quotes that match no unit are reported.

    \b
    Example:
        annotator import-reviews tests/data/ketamine-depression.review.jsonl -r ana
    """
    from .reviews_io import import_reviews as run_import

    report = run_import(store, file, reviewer=reviewer, article=article, strict=strict)
    for number, why in report.unmatched:
        click.echo(f"Warning: line {number}: {why}", err=True)
    click.echo(
        f"Imported {report.matched}/{report.lines} reviews: {report.added} new events, "
        f"{report.present} already present, {len(report.unmatched)} unmatched",
        err=True,
    )
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(report), indent=2))


@cli.command("export-reviews")
@click.argument("article", required=False)
@click.option("--by", "only", metavar="NAME", help="Only the events of this reviewer.")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write to this file (replaced whole) instead of stdout.")
@db_option
def export_reviews(store, article, only, output):
    """Export the review log as JSON lines, the format import-reviews reads.

    One line per verdict, note or undo (one per quote for imported reviews),
    with every event's UUID: export then import is lossless. ARTICLE is a slug
    (all its revisions) or an id (that revision); without it, every article.

    \b
    Example:
        annotator export-reviews ketamine-depression -o ana.review.jsonl
    """
    from .reviews_io import export_reviews as run_export

    found = store.article(article) if article else None
    by_id = found is not None and article.strip().isdigit()
    lines = run_export(
        store, reviewer=only, article_id=found["id"] if by_id else None,
        slug=found["slug"] if found and not by_id else None,
    )
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    if output:
        # Written aside and renamed: an interrupted export never leaves half a file.
        target = Path(output)
        partial = target.with_name(f".{target.name}.partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
        click.echo(f"Exported {len(lines)} review lines to {output}", err=True)
    else:
        click.echo(text, nl=False)


@cli.command()
@click.argument("other", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the merge report as JSON.")
@db_option
def merge(store, other, as_json):
    """Merge the review events of another annotator database OTHER into this one.

    Events are matched to units by article slug, text sha256 and offsets, and
    keyed by UUID: merging is idempotent and order-free. OTHER is only read.

    \b
    Example:
        annotator merge ../ana/claims.db
    """
    from .reviews_merge import merge_database

    report = merge_database(store, other)
    for slug, count in sorted(report.unmatched.items()):
        click.echo(
            f"Warning: {count} events on {slug!r} have no matching article text here "
            "(ingest the same text first)", err=True,
        )
    click.echo(
        f"Merged {other}: {report.added} new events, {report.present} already present",
        err=True,
    )
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(report), indent=2))


# reports -----------------------------------------------------------------------
# Read-only and spaCy-free: annotator.report imports Jinja2, lazily.

REPORT_FORMATS = ("md", "html", "csv", "json", "claimreview", "webannotation")


@cli.command()
@click.argument("article")
@click.option("-f", "--format", "fmt", type=click.Choice(REPORT_FORMATS), default="md",
              show_default=True,
              help="md/html: correction report; csv/json: every unit with its verdicts; "
              "claimreview: schema.org ClaimReview; webannotation: W3C Web Annotation.")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write to this file (replaced whole) instead of stdout.")
@click.option("--internal", is_flag=True,
              help="Name reviewers and include drafts (default: roles only, fit to send out).")
@click.option("--publisher", help="Who publishes the reviews (JSON-LD author; needed by "
              "claimreview).")
@click.option("--review-url", help="Where the report is published (ClaimReview url; needed "
              "by claimreview).")
@click.option("--article-url", help="The article's URL, if it was ingested without one.")
@db_option
def report(store, article, fmt, output, internal, publisher, review_url, article_url):
    """Export ARTICLE: a correction report, its units, or linked data.

    The md and html reports list every claim to correct (quote, verdict,
    reasons, rationale, evidence, suggested correction, who decided), where the
    article contradicts itself, disagreements and unreviewed claims; html also
    shows the article with every claim highlighted. Without --internal,
    reviewer names become roles and drafts are left out.

    \b
    Example:
        annotator report ketamine-depression -f html -o report.html
        annotator report ketamine-depression -f claimreview --publisher "Health Desk" \\
            --review-url https://example.org/checks/ketamine
    """
    from .report import ReportOptions, render, write_atomically

    options = ReportOptions(internal=internal, publisher=publisher, review_url=review_url,
                            article_url=article_url)
    text = render(store, article, fmt, options)
    if output:
        write_atomically(output, text)
        click.echo(f"Wrote the {fmt} report on {article} to {output}", err=True)
    else:
        click.echo(text, nl=False)


# consistency -------------------------------------------------------------------
# Reads what ingest stored; spaCy-free (annotator.store_conflicts imports no NLP).

CONFLICT_FIELDS = [
    "id", "a", "b", "reason", "detail", "score", "status", "decided_by", "decided_at",
]


@cli.command()
@click.argument("article")
@click.option("--confirm", metavar="N", help="Record that candidate N is a real contradiction.")
@click.option("--dismiss", metavar="N", help="Record that candidate N is not a contradiction.")
@click.option("--status", type=click.Choice(["open", "confirmed", "dismissed"]),
              help="List only candidates with this status.")
@click.option("--limit", type=click.IntRange(min=1),
              help="List at most this many (strongest first).")
@click.option("--json", "as_json", is_flag=True, help="Output a JSON array.")
@reviewer_option
@db_option
def conflicts(store, article, confirm, dismiss, status, limit, as_json, reviewer):
    """List the places where ARTICLE may contradict itself, strongest first.

    Candidates are found at ingest: pairs of claims on one topic with opposite
    words, a negation, incompatible amounts or different answers to "how does
    it work?". N is the number shown before a candidate; --confirm and
    --dismiss record a reviewer's decision (the latest one stands; all are kept).

    \b
    Example:
        annotator conflicts ketamine-depression
        annotator conflicts ketamine-depression --json
        annotator conflicts ketamine-depression --confirm 3 -r alice
    """
    if confirm and dismiss:
        raise click.UsageError("give --confirm or --dismiss, not both")
    found = store.article(article)
    if confirm or dismiss:
        status_given = "confirmed" if confirm else "dismissed"
        decision = store.decide_conflict(found["id"], confirm or dismiss, status_given, reviewer)
        if as_json:
            click.echo(json.dumps(decision, indent=2, ensure_ascii=False))
        click.echo(
            f"{found['slug']}: candidate {decision['conflict_id']} {status_given} by {reviewer}",
            err=True,
        )
        return
    rows = store.conflict_candidates(found["id"], status=status)[:limit]
    if as_json:
        for row in rows:
            for side in ("a", "b"):
                row[side] = {key: row[side][key] for key in ("id", "start", "end", "text")}
        write_rows(rows, "json", CONFLICT_FIELDS)
        return
    if not rows:
        click.echo(f"No conflict candidates in {found['slug']}.", err=True)
        return
    paint, echo = _painter()
    for row in rows:
        state = paint(row["status"], fg={"open": "yellow", "confirmed": "red"}.get(row["status"]))
        echo(
            f"{paint(str(row['id']).rjust(4), bold=True)}  {row['score']:.2f}  "
            f"{row['reason']}  [{state}]  {row['detail']}"
        )
        for side in ("a", "b"):
            unit = row[side]
            echo(f"      {paint(str(unit['id']).rjust(5), dim=True)}  {unit['text']}")


# agreement ---------------------------------------------------------------------
# Reads the review log (annotator.agreement is pure); spaCy-free like the reviews.


def _coefficient(value: float | None, shared: int) -> str:
    if shared == 0:
        return "n/a (no unit tagged by two reviewers)"
    return "undefined (one verdict throughout)" if value is None else f"{value:.3f}"


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


@cli.command()
@click.argument("article")
@click.option("--min-shared", type=click.IntRange(min=1), default=1, show_default=True,
              help="Cohen's κ only for pairs of reviewers who tagged at least this many "
              "units in common.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as a JSON object.")
@db_option
def agreement(store, article, min_shared, as_json):
    """How far the reviewers of ARTICLE agree, and where they disagree.

    Counts the current verdicts of reviewers (editors adjudicate, they are not
    raters): units each reviewer tagged, units tagged by two or more and the
    share of those all agree on, Krippendorff's α (nominal) over all reviewers,
    Cohen's κ for each pair, and the disagreement queue: units on which the
    reviewers differ and no editor has decided yet (see `annotator adjudicate`).
    κ and α are undefined with no overlap, or when one verdict is used throughout.

    \b
    Example:
        annotator agreement ketamine-depression
        annotator agreement ketamine-depression --json
    """
    import textwrap

    from .agreement import review_agreement
    from .screen import VERDICT_COLOURS

    found = store.article(article)
    result = review_agreement(store.current_reviews(found["id"]), min_shared)
    units = {unit["id"]: unit for unit in store.units(found["id"])}
    queue = [
        {key: units[item.unit][key] for key in ("id", "seq", "kind", "section", "text")}
        | {"votes": item.votes}
        for item in result.queue
    ]
    if as_json:
        payload = {
            "article": {key: found[key] for key in ("id", "slug", "revision")},
            "reviewers": result.raters, "units": result.units, "shared": result.shared,
            "agreed": result.agreed, "observed": _share(result.agreed, result.shared),
            "alpha": None if result.alpha is None else round(result.alpha, 4),
            "pairs": [
                {"reviewers": list(pair.raters), "shared": pair.shared, "agreed": pair.agreed,
                 "observed": _share(pair.agreed, pair.shared),
                 "kappa": None if pair.kappa is None else round(pair.kappa, 4)}
                for pair in result.pairs
            ],
            "adjudicated": len(result.disagreements) - len(result.queue),
            "disagreements": queue,
        }
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    if not result.raters:
        click.echo(f"No reviewer has tagged a unit of {found['slug']} yet.", err=True)
        return
    paint, echo = _painter()
    noun = "reviewer" if len(result.raters) == 1 else "reviewers"
    echo(paint(f"{found['slug']} (revision {found['revision']}): {len(result.raters)} {noun}, "
               f"{result.units} units tagged", bold=True))
    width = max(len(name) for name in result.raters)
    for name, count in result.raters.items():
        echo(f"  {name.ljust(width)}  {count} units")
    if result.shared:
        echo(f"Tagged by two or more reviewers: {result.shared} units; all agree on "
             f"{result.agreed} ({result.agreed / result.shared:.0%})")
    else:
        echo("Tagged by two or more reviewers: none yet")
    echo(f"Krippendorff's α (nominal, all reviewers): {_coefficient(result.alpha, result.shared)}")
    if result.pairs:
        echo("Cohen's κ by pair:")
    for pair in result.pairs:
        a, b = pair.raters
        echo(f"  {a} · {b}: {pair.shared} shared, {pair.agreed} agree "
             f"({pair.agreed / pair.shared:.0%}), κ {_coefficient(pair.kappa, pair.shared)}")
    settled = len(result.disagreements) - len(result.queue)
    echo(paint(f"Disagreements awaiting adjudication ({len(queue)})", bold=True)
         + (f"; {settled} already decided by an editor" if settled else ""))
    for item in queue:
        text = textwrap.shorten(item["text"], 66, placeholder=" …")
        echo(f"  {paint(str(item['id']).rjust(5), dim=True)}  #{item['seq']:<4} {text}")
        votes = " · ".join(
            f"{name}: {paint(verdict, fg=VERDICT_COLOURS.get(verdict))}"
            for name, verdict in item["votes"].items()
        )
        echo(f"{' ' * 15}{votes}")
    if queue:
        click.echo(f"Decide them with: annotator adjudicate {found['slug']} -r NAME", err=True)


@cli.command()
@click.argument("article")
@reviewer_option
@db_option
def adjudicate(store, article, reviewer):
    """Decide, as an editor, the units of ARTICLE on which reviewers disagree.

    Walks only the disagreement queue (the reviewers' verdicts differ and no
    editor has decided yet) and shows what each reviewer said: verdict,
    reasons, rationale, evidence. The keys of `annotator review`: s, c, u
    record your verdict as the editor's, the final one; r rationale,
    e evidence, x correction, t reasons; k skip, b back, z undo, ? help,
    q quit. Same as `annotator review --role editor` over the queue.

    \b
    Example:
        annotator adjudicate ketamine-depression -r "Dr Eve Stone"
        printf 'c\\nq\\n' | annotator adjudicate ketamine-depression -r eve
    """
    from .agreement import review_agreement
    from .keys import open_keys
    from .review import Session, run

    found = store.article(article)
    queue = review_agreement(store.current_reviews(found["id"])).queue
    if not queue:
        click.echo(f"Nothing to adjudicate: no disagreement awaits an editor in {found['slug']}.")
        return
    session = Session(store, found, reviewer, role="editor",
                      only=tuple(item.unit for item in queue))
    with open_keys() as keys:
        code = run(session, keys)
    if code:
        click.get_current_context().exit(code)
