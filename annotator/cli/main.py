"""The ``annotator`` command line: thin commands that parse options and call the
library. Domain errors become one line on stderr and exit code 1; usage errors
exit 2 (click's convention). Nothing here imports spaCy: commands that segment
import it lazily through ``annotator.nlp.model``."""

from __future__ import annotations

import os
import sqlite3
import sys

import click

from annotator.cli.commands import (
    articles,
    corrections,
    database,
    findings,
    ingest,
    reports,
    reviews,
    team,
)
from annotator.errors import AnnotatorError


class AnnotatorGroup(click.Group):
    """Turns what a user can cause or fix into one line on stderr and exit code 1:
    domain errors, a database another command keeps locked, a file that cannot
    be read or an output that cannot be written."""

    def invoke(self, ctx: click.Context):
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a full disk or closed pipe shows up here, not at exit
            return result
        except AnnotatorError as error:
            raise click.ClickException(str(error)) from None
        except BrokenPipeError:
            # The reader went away (`annotator claims … | head`): stop quietly.
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - no flush error at exit
            ctx.exit(1)
        except sqlite3.OperationalError as error:
            from annotator.store.db import busy_timeout, write_failure

            if "locked" in str(error) or "busy" in str(error):
                raise click.ClickException(
                    "the database is busy: another annotator command has been writing to "
                    f"it for over {busy_timeout():g} s; nothing was changed; try again "
                    "(ANNOTATOR_BUSY_TIMEOUT waits longer)"
                ) from None
            reason = write_failure(error)
            if reason is None:
                raise
            raise click.ClickException(f"{reason}; nothing was changed") from None
        except OSError as error:
            where = f"{error.filename}: " if error.filename else ""
            raise click.ClickException(f"{where}{error.strerror or error}") from None
        except Exception as error:
            if not type(error).__module__.startswith("psycopg"):
                raise
            from annotator.store.postgres import failure

            raise click.ClickException(failure(error)) from None


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


COMMANDS = [
    ingest.ingest, articles.articles, articles.claims, articles.search, articles.remove,
    reviews.review, reviews.tag, reviews.undo, reviews.history,
    corrections.relabel, corrections.split, corrections.join, corrections.export_units,
    reviews.import_reviews, reviews.export_reviews, reviews.merge,
    findings.conflicts, findings.agreement, findings.adjudicate,
    reports.report, ingest.evaluate, database.backup, team.team,
]
for command in COMMANDS:
    cli.add_command(command)
