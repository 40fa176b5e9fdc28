"""``report``: correction reports and exports. Read-only and spaCy-free."""

from __future__ import annotations

import click

from annotator.cli.options import db_option
from annotator.output import raw_csv, raw_option

# reports -----------------------------------------------------------------------
# Read-only and spaCy-free: annotator.report.formats imports Jinja2, lazily.

REPORT_FORMATS = ("md", "html", "csv", "json", "claimreview", "webannotation")


@click.command()
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
@click.option("--publisher-url", help="The reviewing organisation's site (ClaimReview author url).")
@click.option("--claim-author", help="Who made the claims (ClaimReview itemReviewed.author), "
              "if ingest found no author or publisher in the article.")
@raw_option()
@db_option
def report(store, article, fmt, output, internal, publisher, review_url, article_url,
           publisher_url, claim_author):
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
    from annotator.cli.files import write_output
    from annotator.report.formats import ReportOptions, render_pieces

    options = ReportOptions(internal=internal, publisher=publisher, review_url=review_url,
                            article_url=article_url, raw=raw_csv(),
                            publisher_url=publisher_url, claim_author=claim_author)
    text = render_pieces(store, article, fmt, options, warn=lambda line: click.echo(
        f"Warning: {line}", err=True))
    if write_output(output, text):
        click.echo(f"Wrote the {fmt} report on {article} to {output}", err=True)
