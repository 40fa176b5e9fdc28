"""Options and output helpers shared by the commands (as sqlite-utils does with
``output_options``): ``-d/--db``, ``-r/--reviewer``, ``--role``, and colour."""

from __future__ import annotations

import functools
from collections.abc import Callable

import click

from annotator.output import colour_enabled, style

UNIT_FIELDS = ["id", "seq", "start", "end", "kind", "text", "hedged", "section"]
KIND_COLOURS = {
    "claim": "white", "heading": "cyan", "question": "blue",
    "advice": "green", "promo": "magenta", "meta": "bright_black",
}


class Size(click.ParamType):
    """A size such as ``5MB``, ``500kB`` or a number of bytes, read as bytes while
    click parses the command line: a bad one is a usage error (exit 2), found
    before anything is opened."""

    name = "size"

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            return value
        from annotator.errors import InputError
        from annotator.sources.read import parse_size

        try:
            return parse_size(value)
        except InputError:
            self.fail(f"{value!r}: give a size such as 5MB, 500kB or 20000000", param, ctx)


def db_option(func: Callable | None = None, *, create: bool = False) -> Callable:
    """``-d/--db`` on every command; commands receive an open ``Store`` as ``store``
    (opened after the command's own arguments were checked). Only commands that
    add articles pass ``create=True``: a mistyped path to a reading command is an
    error, not a new empty database."""

    def decorate(command: Callable) -> Callable:
        @click.option(
            "-d", "--db", "db_path", envvar="ANNOTATOR_DB", default="claims.db",
            show_default=True, type=click.Path(dir_okay=False),
            help="Database file, or a PostgreSQL URL for a team database "
            "(env ANNOTATOR_DB).",
        )
        @functools.wraps(command)
        def wrapper(*args, db_path: str, **kwargs):
            from annotator.store.db import Store

            store = Store.open(db_path, create=create)
            try:
                if store.engine == "postgresql" and "reviewer" in kwargs:
                    kwargs["reviewer"] = _team_reviewer(store, kwargs["reviewer"])
                elif kwargs.get("reviewer"):
                    # "dr ana lima" is "Dr Ana Lima" if she wrote that first.
                    kwargs["reviewer"] = store.known_reviewer(kwargs["reviewer"])
                return command(*args, store=store, **kwargs)
            finally:
                store.close()

        return wrapper

    return decorate(func) if func is not None else decorate


def _team_reviewer(store, given: str) -> str:
    """On the team database a reviewer is their login: events carry it, and the
    server refuses anything else from a reviewer. An editor (who merges others'
    work) may name someone else with -r."""
    from annotator.errors import AnnotatorError
    from annotator.store import postgres

    login = postgres.login(store.db)
    source = click.get_current_context().meta.get("reviewer_source")
    if source != "-r" or given == login:
        click.get_current_context().meta["reviewer_source"] = "-r"  # nothing to announce
        return login
    if not postgres.may_act_for_others(store.db):
        raise AnnotatorError(
            f"on the team database you record as your login {login!r}; "
            f"-r {given!r} is refused (leave -r out)"
        )
    return store.known_reviewer(given)


def painter(stream=None) -> tuple[Callable[..., str], Callable[..., None]]:
    """``paint`` styles text and ``echo`` prints it, both with colour only when
    the stream is a terminal and NO_COLOR is unset."""
    enabled = colour_enabled(stream)
    return functools.partial(style, enabled=enabled), functools.partial(click.echo, color=enabled)


class EmptyValue(click.ClickException):
    """An argument or option given as an empty string: a usage error (exit 2),
    in one line like every error (click's UsageError adds the usage text)."""

    exit_code = 2


REVIEW_ROLES = ("reviewer", "editor")


def _resolve_reviewer(ctx: click.Context, param: click.Parameter, value: str | None):
    if ctx.resilient_parsing:
        return value
    from annotator.identity import reviewer_and_source

    name, source = reviewer_and_source(value)
    ctx.meta["reviewer_source"] = source
    return name


def say_who(reviewer: str) -> None:
    """On stderr, whose name a session records when -r was not given: a name
    taken from git or the login must never be used silently."""
    source = click.get_current_context().meta.get("reviewer_source", "-r")
    if source != "-r":
        click.echo(f"Working as {reviewer} (from {source}); pass -r NAME to work as "
                   "someone else.", err=True)


def reviewer_option(func: Callable) -> Callable:
    """``-r/--reviewer``; the command receives ``reviewer``, never empty (env
    ANNOTATOR_REVIEWER, else ``git config user.name``, else the login name)."""
    return click.option(
        "-r", "--reviewer", envvar="ANNOTATOR_REVIEWER", callback=_resolve_reviewer,
        help="Who is reviewing (env ANNOTATOR_REVIEWER; default: git config user.name, "
        "else the login name).",
    )(func)


def role_option(func: Callable) -> Callable:
    return click.option(
        "--role", type=click.Choice(REVIEW_ROLES), default="reviewer", show_default=True,
        help="'editor' records an adjudication: it becomes the final verdict.",
    )(func)
