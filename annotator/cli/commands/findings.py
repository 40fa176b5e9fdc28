"""What the review log and consistency analysis found: ``conflicts``,
``agreement``, ``adjudicate``. Read what ingest stored; spaCy-free."""

from __future__ import annotations

import json

import click

from annotator.cli.options import (
    EmptyValue,
    db_option,
    painter,
    reviewer_option,
    say_who,
)
from annotator.inert import visible
from annotator.output import write_rows
from annotator.store.conflicts import CONFLICT_STATUSES

# consistency -------------------------------------------------------------------
# Reads what ingest stored; spaCy-free (annotator.store.conflicts imports no NLP).

CONFLICT_FIELDS = [
    "id", "a", "b", "reason", "detail", "score", "status", "decided_by", "decided_at",
]


@click.command()
@click.argument("article")
@click.option("--confirm", metavar="N", help="Record that candidate N is a real contradiction.")
@click.option("--dismiss", metavar="N", help="Record that candidate N is not a contradiction.")
@click.option("--add", nargs=2, metavar="A B",
              help="Link units A and B (ids) as a conflict the analysis missed; needs --why.")
@click.option("--why", metavar="TEXT", help="With --add: why A and B contradict each other.")
@click.option("--status", type=click.Choice(CONFLICT_STATUSES),
              help="List only candidates with this status.")
@click.option("--limit", type=click.IntRange(min=1),
              help="List at most this many (strongest first).")
@click.option("--json", "as_json", is_flag=True, help="Output a JSON array.")
@reviewer_option
@db_option
def conflicts(store, article, add, why, confirm, dismiss, status, limit, as_json, reviewer):
    """List the places where ARTICLE may contradict itself, strongest first.

    Candidates are found at ingest. First those the rules prove on the parse:
    opposite words, a negation, incompatible amounts, different answers to
    one question. Then pairs on one topic that carry a cue: numbers of the same
    measure (a dose beyond a stated limit or range, a day's total counted; how
    often; no time at all against a duration; hours apart against the same
    time), opposite direction words,
    antonyms and opposite phrases, a word negated in one only, one thing put in
    two kinds, a claim without exception (or safe for some people) against a
    caveat (or a rule against them), an effect against a study that found none,
    "as well as" against "better than". At most 25.
    N is the number shown before a
    candidate; --confirm and --dismiss record a reviewer's decision (the latest
    one stands; all are kept). --add links two units the analysis missed, as a
    confirmed conflict (reason "reviewer"); `annotator undo A -r NAME` takes
    the link back.

    \b
    Example:
        annotator conflicts ketamine-depression
        annotator conflicts ketamine-depression --json
        annotator conflicts ketamine-depression --confirm 3 -r alice
        annotator conflicts ketamine-depression --add 12 40 --why "minutes vs an hour" -r alice
    """
    # An empty value is given, not absent: "--confirm ''" must not list candidates.
    # (White space only is a candidate number that does not exist.)
    if confirm is not None and dismiss is not None:
        raise click.UsageError("give --confirm or --dismiss, not both")
    for name, value in (("--confirm", confirm), ("--dismiss", dismiss)):
        if value == "":
            raise EmptyValue(f"{name} is empty: give the number N of a candidate "
                             f"(see `annotator conflicts {article}`)")
    if why is not None and not add:
        raise click.UsageError("--why goes with --add A B")
    if add and (confirm is not None or dismiss is not None):
        raise click.UsageError("give --add, --confirm or --dismiss, one at a time")
    found = store.article(article)
    if add:
        if why is None:
            raise click.UsageError("--add needs --why TEXT: why the two units contradict")
        event = store.link_conflict(found["id"], add[0], add[1], why, reviewer)
        if as_json:
            write_rows([event], "json")
        click.echo(f"{found['slug']}: units {event['unit_id']} and {event['other_unit_id']} "
                   f"linked as a conflict by {reviewer} (event {event['id']})", err=True)
        return
    if confirm is not None or dismiss is not None:
        status_given = "confirmed" if confirm is not None else "dismissed"
        chosen = confirm if confirm is not None else dismiss
        decision = store.decide_conflict(found["id"], chosen, status_given, reviewer)
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
    paint, echo = painter()
    for row in rows:
        state = paint(row["status"], fg={"open": "yellow", "confirmed": "red"}.get(row["status"]))
        if row["reason"] == "reviewer":
            state += f" by {row['decided_by']}"
        echo(
            f"{paint(str(row['id']).rjust(4), bold=True)}  {row['score']:.2f}  "
            f"{row['reason']}  [{state}]  {row['detail']}"
        )
        for side in ("a", "b"):
            unit = row[side]
            echo(f"      {paint(str(unit['id']).rjust(5), dim=True)}  {visible(unit['text'])}")


# agreement ---------------------------------------------------------------------
# Reads the review log (annotator.review.agreement is pure); spaCy-free like the reviews.


def _coefficient(value: float | None, shared: int) -> str:
    if shared == 0:
        return "n/a (no unit tagged by two reviewers)"
    return "undefined (one verdict throughout)" if value is None else f"{value:.3f}"


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


@click.command()
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

    from annotator.review.agreement import review_agreement
    from annotator.review.screen import VERDICT_COLOURS

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
    paint, echo = painter()
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
        text = textwrap.shorten(visible(item["text"]), 66, placeholder=" …")
        echo(f"  {paint(('#' + str(item['id'])).rjust(6), dim=True)}  {text}")
        votes = " · ".join(
            f"{name}: {paint(verdict, fg=VERDICT_COLOURS.get(verdict))}"
            for name, verdict in item["votes"].items()
        )
        echo(f"{' ' * 15}{votes}")
    if queue:
        click.echo(f"Decide them with: annotator adjudicate {found['slug']} -r NAME", err=True)


@click.command()
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
    from annotator.review.agreement import review_agreement
    from annotator.review.session import Session, article_to_review, run_on_terminal

    found = article_to_review(store, article)
    queue = review_agreement(store.current_reviews(found["id"])).queue
    if not queue:
        click.echo(f"Nothing to adjudicate: no disagreement awaits an editor in {found['slug']}.")
        return
    session = Session(store, found, reviewer, role="editor",
                      only=tuple(item.unit for item in queue))
    say_who(reviewer)
    code = run_on_terminal(session)
    if code:
        click.get_current_context().exit(code)
