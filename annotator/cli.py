"""The ``annotator`` command line: thin commands that parse options and call the
library. Domain errors become one line on stderr and exit code 1; usage errors
exit 2 (click's convention). Nothing here imports spaCy: commands that segment
import it lazily through ``annotator.nlp``."""

from __future__ import annotations

import click

from .commands import articles, findings, ingest, reports, reviews
from .errors import AnnotatorError


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


COMMANDS = [
    ingest.ingest, articles.articles, articles.claims, articles.search,
    reviews.review, reviews.tag, reviews.undo, reviews.history,
    reviews.import_reviews, reviews.export_reviews, reviews.merge,
    findings.conflicts, findings.agreement, findings.adjudicate,
    reports.report, ingest.evaluate,
]
for command in COMMANDS:
    cli.add_command(command)
