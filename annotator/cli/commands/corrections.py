"""Reviewers correct the segmenter: ``relabel``, ``split``, ``join``, and
``export-units`` (the corrected units, as a gold file). Each correction is an
append-only event, like a verdict; nothing here segments, so nothing imports spaCy."""

from __future__ import annotations

import json

import click

from annotator.cli.options import EmptyValue, db_option, reviewer_option
from annotator.output import write_rows
from annotator.store.unit_events import UNIT_KINDS


def _done(store, event: dict, what: str, as_json: bool) -> None:
    pieces = store.query(
        "SELECT id, kind, text FROM units WHERE created_by LIKE ? AND retired_by IS NULL "
        "ORDER BY start", [event["id"] + ":%"],
    )
    now = "; ".join(f"unit {p['id']}: {p['text'][:60]}" for p in pieces)
    click.echo(f"{event['reviewer']}: {what} (event {event['id']})"
               + (f"; now {now}" if now else ""), err=True)
    if as_json:
        write_rows([event | {"units": pieces}], "json")


@click.command()
@click.argument("unit")
@click.argument("kind", type=click.Choice(UNIT_KINDS))
@reviewer_option
@click.option("--json", "as_json", is_flag=True, help="Print the correction event as JSON.")
@db_option
def relabel(store, unit, kind, reviewer, as_json):
    """Give UNIT another KIND: take junk out of review, or bring a hidden claim in.

    A unit that is not a `claim` is not walked by `review` and not counted as
    a claim anywhere. The correction is an event: `annotator undo UNIT` takes
    it back.

    \b
    Example:
        annotator relabel 42 meta -r ana          # "Yes." is not a claim
        annotator relabel 57 claim -r ana         # a checkable claim taken for advice
    """
    event = store.relabel_unit(unit, kind, reviewer)
    _done(store, event, f"unit {event['unit_id']} is now {kind}", as_json)


@click.command()
@click.argument("unit")
@click.option("--before", required=True, metavar="TEXT",
              help="The second unit starts at the first occurrence of TEXT inside UNIT.")
@reviewer_option
@click.option("--json", "as_json", is_flag=True, help="Print the correction event as JSON.")
@db_option
def split(store, unit, before, reviewer, as_json):
    """Split UNIT in two where TEXT first occurs in it.

    Both pieces keep UNIT's kind and are new units; verdicts given on UNIT
    stay attached to it (the report shows them). `annotator undo` on UNIT or
    on either piece takes the split back.

    \b
    Example:
        annotator split 10 --before "and lasts up to" -r ana
    """
    if not before.strip():
        raise EmptyValue("--before is empty: give text from the middle of the unit")
    event = store.split_unit(unit, before, reviewer)
    _done(store, event, f"unit {event['unit_id']} split before {before!r}", as_json)


@click.command()
@click.argument("unit")
@reviewer_option
@click.option("--json", "as_json", is_flag=True, help="Print the correction event as JSON.")
@db_option
def join(store, unit, reviewer, as_json):
    """Join UNIT with the next unit of the same paragraph or list item.

    The joined text is a new unit with UNIT's kind; verdicts on the two
    stay with them. `annotator undo` on any of the three takes it back.

    \b
    Example:
        annotator join 9 -r ana
    """
    event = store.join_unit(unit, reviewer)
    _done(store, event,
          f"units {event['unit_id']} and {event['other_unit_id']} joined", as_json)


@click.command("export-units")
@click.argument("article")
@click.option("--gold", is_flag=True, required=True,
              help="Write the units as a gold segmentation (the format `evaluate` reads).")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write to this file (replaced whole) instead of stdout.")
@db_option
def export_units(store, article, gold, output):
    """Export ARTICLE's units as reviewers corrected them, one JSON line each.

    Each line is {"start", "end", "kind", "hedged", "text"}, offsets into the
    article as stored, the format of tests/data/*.units.jsonl: `annotator
    evaluate FILE` then scores the segmenter against what reviewers fixed.

    \b
    Example:
        annotator export-units ketamine-depression --gold -o ketamine-depression.units.jsonl
        annotator evaluate ketamine-depression.units.jsonl --corpus corpus
    """
    found = store.article(article)
    lines = [
        json.dumps({"start": u["start"], "end": u["end"], "kind": u["kind"],
                    "hedged": bool(u["hedged"]), "text": u["text"]}, ensure_ascii=False)
        for u in store.units(found["id"])
    ]
    from annotator.cli.files import write_output

    if write_output(output, "".join(line + "\n" for line in lines)):
        click.echo(f"Exported {len(lines)} units of {found['slug']} to {output}", err=True)
