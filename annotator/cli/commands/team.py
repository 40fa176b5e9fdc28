"""The team database on PostgreSQL: ``team init``, ``team add``, ``team list``.
No spaCy here."""

from __future__ import annotations

import json

import click

from annotator.errors import StoreError


def _url(value: str) -> str:
    from annotator.store import postgres

    if not postgres.is_url(value):
        raise StoreError(f"{value!r} is not a PostgreSQL URL (postgresql://user@host:5432/db)")
    return value


@click.group()
def team():
    """A review team on one shared PostgreSQL database.

    \b
    Example:
        annotator team init postgresql://admin@db.example.org/claims
        annotator team add ana --role reviewer -d postgresql://admin@db.example.org/claims
    """


@team.command()
@click.argument("url", envvar="ANNOTATOR_DB")
@click.option("--json", "as_json", is_flag=True, help="Print what was set up as JSON.")
def init(url, as_json):
    """Create annotator's schema and roles in the PostgreSQL database URL.

    Run once, as the database's owner (a role that may create roles): creates
    every table, the roles annotator_reviewer (reads everything, only adds review
    events, conflict decisions and unit corrections) and annotator_editor (also
    ingests and adjudicates), and their rights. Running it again changes nothing.
    A password is read by libpq (PGPASSWORD, ~/.pgpass), never printed.

    \b
    Example:
        annotator team init postgresql://admin@localhost:5432/claims
    """
    from annotator.store import postgres

    db = postgres.connect(_url(url))
    try:
        created = postgres.set_up(db)
    finally:
        db.close()
    where = postgres.redacted(url)
    if as_json:
        click.echo(json.dumps({"database": where, "created": created,
                               "roles": [postgres.REVIEWER_ROLE, postgres.EDITOR_ROLE]}))
        return
    done = "Set up" if created else "Already set up:"
    click.echo(f"{done} {where}: roles {postgres.REVIEWER_ROLE} and {postgres.EDITOR_ROLE}; "
               "add people with `annotator team add NAME --role reviewer|editor`", err=True)


def _team_store(url: str):
    """The team database, its schema checked."""
    from annotator.store.db import Store

    return Store.open(_url(url))


@team.command()
@click.argument("name")
@click.option("--role", type=click.Choice(["reviewer", "editor"]), required=True,
              help="reviewer: tag, correct, decide conflicts; editor: also ingest, adjudicate.")
@click.option("--password", is_flag=True,
              help="Ask for a password for the login (else log in as the server allows: "
                   "peer, certificate).")
@click.option("-d", "--db", "url", envvar="ANNOTATOR_DB", required=True,
              help="The team database's URL (env ANNOTATOR_DB).")
def add(name, role, password, url):
    """Create a login NAME for a person, as a reviewer or an editor.

    Their events carry this login: on the team database nobody can record a
    verdict under someone else's name. Adding someone again changes their role.

    \b
    Example:
        annotator team add ana --role reviewer -d postgresql://admin@localhost/claims
    """
    from annotator.identity import clean_name

    if clean_name(name) != name or not name.strip():
        raise StoreError(f"{name!r} is not a usable login name")
    secret = click.prompt("Password", hide_input=True, confirmation_prompt=True,
                          err=True) if password else None
    from annotator.store import postgres

    store = _team_store(url)
    try:
        new = postgres.add_person(store.db, name, role, secret)
    finally:
        store.close()
    click.echo(f"{'Added' if new else 'Updated'} {name} as {role}", err=True)


@team.command("list")
@click.option("-d", "--db", "url", envvar="ANNOTATOR_DB", required=True,
              help="The team database's URL (env ANNOTATOR_DB).")
@click.option("--json", "as_json", is_flag=True, help="Print the team as JSON.")
def list_(url, as_json):
    """Who may log in to the team database, and as what.

    \b
    Example:
        annotator team list -d postgresql://admin@localhost/claims
    """
    from annotator.store import postgres

    store = _team_store(url)
    try:
        people = postgres.team(store.db)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(people))
        return
    for person in people:
        click.echo(f"{person['name']}\t{person['role']}")
    if not people:
        click.echo("Nobody yet: add people with `annotator team add NAME --role ...`", err=True)
