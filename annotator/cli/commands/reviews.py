"""The review log: ``review``, ``tag``, ``undo``, ``history``, ``import-reviews``,
``export-reviews``, ``merge``. Nothing here segments, so nothing imports spaCy."""

from __future__ import annotations

import dataclasses
import heapq
import json

import click

from annotator.cli.options import (
    EmptyValue,
    db_option,
    painter,
    reviewer_option,
    role_option,
    say_who,
)
from annotator.output import output_options, write_rows

# reviews -----------------------------------------------------------------------
# Nothing here segments, so nothing here may import spaCy (annotator.nlp.model/segment).

def _verdict(ctx, param, value):
    from annotator.verdicts import parse_verdict

    if ctx.resilient_parsing:
        return value
    unit = str(ctx.params.get("unit", ""))
    if value.strip().isdigit() and not unit.strip().isdigit():
        # "annotator tag ARTICLE 7 supported": a unit is named by its number alone
        raise click.UsageError(f"UNIT is a unit's number alone, as `annotator claims {unit}` "
                               f"prints it: annotator {ctx.info_name} {value.strip()} …")
    return parse_verdict(value)


def _reasons(ctx, param, value):
    from annotator.verdicts import parse_reasons

    return parse_reasons(value) if value and not ctx.resilient_parsing else None


def _evidence(ctx, param, value):
    from annotator.evidence import recognise

    return tuple(recognise(item) for item in value) if not ctx.resilient_parsing else ()


@click.command()
@click.argument("article")
@reviewer_option
@role_option
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
    nothing you confirmed. An id of an earlier revision reviews the latest
    revision of that article instead, with a warning.

    \b
    Example:
        annotator review ketamine-depression -r "Dr Ana Lima"
        printf 's\\nk\\nq\\n' | annotator review ketamine-depression -r ana
    """
    from annotator.review.session import Session, article_to_review, run_on_terminal

    found = article_to_review(store, article)
    say_who(reviewer)
    code = run_on_terminal(Session(store, found, reviewer, role, all_kinds, redo))
    if code:
        click.get_current_context().exit(code)


@click.command()
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
@click.option("--claim-text", help="The claim restated so that it stands alone, for fact-check "
              "feeds (\"It is safe\" → \"Ketamine is safe for most adults\"; '' clears it).")
@click.option("--rating-text", help="The rating as readers should read it in a fact-check feed, "
              "a short phrase (default: the verdict, e.g. \"Contradictory\").")
@reviewer_option
@role_option
@click.option("--json", "as_json", is_flag=True, help="Print the recorded event as JSON.")
@db_option
def tag(store, unit, verdict, reasons, rationale, evidence, correction, claim_text,
        rating_text, reviewer, role, as_json):
    """Record a VERDICT on UNIT, like a key press in `annotator review`.

    VERDICT is supported, contradictory or unsupported (or s, c, u). Tagging a
    unit you already tagged appends an amendment that supersedes your earlier
    verdict; options you leave out keep their earlier values. Only units of
    the latest revision of an article can be tagged (the error names the unit
    that carries the same text there).

    \b
    Example:
        annotator tag 17 contradictory --reason regulatory-status \\
            --rationale "Only esketamine is FDA-approved" --evidence "PMID: 31109201" -r ana
        annotator tag 23 unsupported --claim-text "Ketamine is safe for most adults" -r ana
    """
    found = store.unit(unit)
    event = store.record_review(
        found["id"], reviewer, role=role, verdict=verdict, reasons=reasons,
        rationale=rationale, correction=correction, add_evidence=evidence,
        claim_text=claim_text, rating_text=rating_text,
    )
    if event is None:
        click.echo(f"{reviewer}: unit {found['id']} is already {verdict}; nothing changed",
                   err=True)
        event = store.reviewer_verdicts(found["article_id"], reviewer)[found["id"]]
    else:
        click.echo(f"{reviewer}: unit {found['id']} {verdict} (event {event['id']})", err=True)
    if as_json:
        write_rows([event], "json")


@click.command()
@click.argument("unit")
@reviewer_option
@click.option("--json", "as_json", is_flag=True, help="Print the retraction event as JSON.")
@db_option
def undo(store, unit, reviewer, as_json):
    """Undo your latest change on UNIT (appends a retraction).

    The change is a verdict or note, a conflict you linked with `annotator
    conflicts --add` (UNIT is either of its units), or a correction of the
    units (relabel, split, join: UNIT is the unit or one of its pieces),
    whichever came last.
    Undoing an amendment brings back the verdict it replaced; nothing is deleted.
    Only units of the latest revision of an article (see `annotator tag`).

    \b
    Example:
        annotator undo 17 -r ana
    """
    found = store.unit(unit)
    unit_id = found["id"]
    linked = store.latest_live_unit_event(found["article_id"], reviewer, unit_id)
    events = store.reviewer_events(unit_id, reviewer)
    undone = {e["supersedes"] for e in events if e["action"] == "retract"}
    reviewed = [e for e in events if e["action"] != "retract" and e["id"] not in undone]
    if linked is not None and (not reviewed or linked["created_at"] >= reviewed[-1]["created_at"]):
        event = store.retract_unit_event(linked["id"], reviewer)
        click.echo(f"{reviewer}: undid your {_described(linked)}", err=True)
        if as_json:
            write_rows([event], "json")
        return
    event = store.retract_review(unit_id, reviewer)
    now = store.reviewer_state(unit_id, reviewer).verdict or "untagged"
    click.echo(f"{reviewer}: undid your latest change on unit {unit_id}; now {now}", err=True)
    if as_json:
        write_rows([event], "json")


def _described(event: dict) -> str:
    """A unit event in a few words, for undo's message."""
    unit, other = event["unit_id"], event["other_unit_id"]
    return {
        "link": f"conflict link between units {unit} and {other}",
        "relabel": f"relabelling of unit {unit} as {event['value']}",
        "split": f"split of unit {unit}",
        "join": f"join of units {unit} and {other}",
    }[event["action"]]


@click.command()
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
    from annotator.verdicts import explain

    found = store.unit(unit)
    events = explain(store.unit_history(found["id"]))
    # Corrections and conflict links on the unit, told in words like verdicts.
    unit_events = store.unit_event_history(found["id"])
    by_id = {e["id"]: e for e in unit_events}
    told = []
    for event in unit_events:
        done = by_id.get(event["supersedes"]) if event["action"] == "retract" else event
        change = _described(done) if done else "undo"
        if event["action"] == "retract":
            change = f"undo: {change}"
        elif event["action"] == "link":
            change += f": {event['value']}"
        told.append({**event, "change": change})
    # Both lists are oldest first; the verdicts keep their order (revision by revision).
    events = list(heapq.merge(events, told, key=lambda e: e["created_at"]))
    if fmt:
        write_rows(events, fmt)
        return
    paint, echo = painter()
    echo(paint(f"unit {found['id']}: {found['text']}", bold=True))
    if not events:
        click.echo("No reviews yet.", err=True)
    for event in events:
        when = event["created_at"][:19].replace("T", " ")
        who = f"{event['reviewer']} ({event['role']})"
        echo(f"{paint(when, dim=True)}  {who}  {event['action']:<7}  {event['change']}")


@click.command("import-reviews")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("-a", "--article", help="The article the quotes come from (slug or id; default: "
              "the file name before its first dot, e.g. ketamine-depression.review.jsonl).")
@click.option("--strict", is_flag=True, help="Import nothing if any quote matches no unit.")
@click.option("--replace", is_flag=True,
              help="Where a reviewer's current verdict on a unit differs from the file's, "
              "take the file's (appended on top; the earlier verdict stays in the log).")
@reviewer_option
@click.option("--json", "as_json", is_flag=True, help="Print the import report as JSON.")
@db_option
def import_reviews(store, file, article, strict, replace, reviewer, as_json):
    """Import reviews from a JSON-lines FILE (quote, verdict, rationale, evidence).

    Each quote (verbatim, or start/end offsets) is mapped to the units it
    covers; lines without a reviewer are recorded under -r. Importing the same
    file again adds nothing; quotes that match no unit are reported. A quote
    that covers less than half of a unit it is mapped to, or only units that
    are not claims (headings, questions, advice, promo, meta), is imported with
    a warning naming the unit and its kind. A reviewer's current verdict that
    differs from the file's is kept and reported, unless --replace.

    \b
    Example:
        annotator import-reviews tests/data/ketamine-depression.review.jsonl -r ana
    """
    from annotator.exchange.imports import import_reviews as run_import

    if article is not None and not article.strip():
        raise EmptyValue("--article is empty: give a slug or an id, or leave it out")
    report = run_import(store, file, reviewer=reviewer, article=article, strict=strict,
                        replace=replace)
    warnings = sorted([*report.unmatched, *report.warnings], key=lambda w: (w[0] or 0))
    for number, why in warnings:
        click.echo(f"Warning: {'' if number is None else f'line {number}: '}{why}", err=True)
    for name, ids in report.kept.items():
        click.echo(f"Warning: kept the current verdict of {name} on {_units(ids)} where the "
                   "file says otherwise; --replace to overwrite them", err=True)
    for name, ids in report.replaced.items():
        click.echo(f"Replaced the current verdict of {name} on {_units(ids)} with the file's "
                   "(the earlier one stays in the log)", err=True)
    kept = sum(len(ids) for ids in report.kept.values())
    click.echo(
        f"Imported {report.matched}/{report.lines} reviews: {report.added} new events, "
        f"{report.present} already present, {len(report.unmatched)} unmatched"
        + (f", {kept} kept" if kept else ""),
        err=True,
    )
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(report), indent=2))


def _units(ids: list[int], shown: int = 20) -> str:
    noun = "unit" if len(ids) == 1 else "units"
    listed = ", ".join(str(i) for i in ids[:shown])
    more = f" … (+{len(ids) - shown}; --json lists all)" if len(ids) > shown else ""
    return f"{len(ids)} {noun} ({'id' if len(ids) == 1 else 'ids'} {listed}{more})"


@click.command("export-reviews")
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
    from annotator.cli.files import write_output
    from annotator.exchange.exports import export_reviews as run_export

    # An empty value is given, not absent: it must not mean "every article".
    if article is not None and not article.strip():
        raise EmptyValue("ARTICLE is empty: give a slug or an id, or leave it out "
                         "to export every article")
    if only is not None and not only.strip():
        raise EmptyValue("--by is empty: give a reviewer name, or leave it out")
    found = store.article(article) if article is not None else None
    by_id = found is not None and article.strip().isdigit()
    lines = run_export(
        store, reviewer=only, article_id=found["id"] if by_id else None,
        slug=found["slug"] if found and not by_id else None,
    )
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    if write_output(output, text):
        click.echo(f"Exported {len(lines)} review lines to {output}", err=True)


@click.command()
@click.argument("other", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the merge report as JSON.")
@db_option
def merge(store, other, as_json):
    """Merge the review events of another annotator database OTHER into this one.

    Events are matched to units by article slug, text sha256 and offsets, and
    keyed by UUID: merging is idempotent and order-free. OTHER is only read;
    the database itself and a file written by a newer annotator are refused.

    \b
    Example:
        annotator merge ../ana/claims.db
    """
    from annotator.exchange.merge import merge_database

    if not other.strip():
        raise EmptyValue("OTHER is empty: give the path of another annotator database")
    report = merge_database(store, other)
    for slug, count in sorted(report.unmatched.items()):
        click.echo(
            f"Warning: {count} events on {slug!r} have no matching article text here "
            "(ingest the same text first)", err=True,
        )
    from annotator.store.postgres import redacted

    click.echo(
        f"Merged {redacted(other)}: {report.added} new events, {report.present} already present",
        err=True,
    )
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(report), indent=2))
