"""The database file itself: ``backup``. No spaCy here."""

from __future__ import annotations

import json
from pathlib import Path

import click

from annotator.cli.options import db_option
from annotator.errors import StoreError


@click.command()
@click.argument("target", metavar="OUT.db", type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Replace OUT.db if it exists.")
@click.option("--json", "as_json", is_flag=True, help="Print what was copied as JSON.")
@db_option
def backup(store, target, force, as_json):
    """Copy the database to OUT.db, consistently, even while others write to it.

    Uses SQLite's online backup API: the copy is the database as it was at one
    moment, taken without stopping review sessions. OUT.db is one self-contained
    file (no -wal beside it), checked before it takes its name.

    \b
    Example:
        annotator backup backups/claims-2026-11-29.db
    """
    if Path(target).exists() and not force:
        raise StoreError(f"{target} exists; pass --force to replace it")
    copied = store.backup(target)
    if as_json:
        click.echo(json.dumps(copied, indent=2))
        return
    size = copied["bytes"] / 1e6
    click.echo(
        f"Backed up {copied['database']} to {copied['backup']} ({size:.1f} MB): "
        f"{copied.get('articles', 0)} article revisions, {copied.get('units', 0)} units, "
        f"{copied.get('reviews', 0)} review events, {copied.get('unit_events', 0)} unit events.",
        err=True,
    )
