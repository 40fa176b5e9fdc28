"""The interactive review session: one claim at a time, one key per verdict.

Every key that changes data writes one event in its own transaction before the
next screen is drawn, so Ctrl-C, a closed terminal or a crash loses at most the
text being typed. Keys come from :mod:`annotator.review.keys`: single key presses on a
terminal, one line per key elsewhere (pipes, tests).
"""

from __future__ import annotations

import shlex
import shutil
import sys
import textwrap
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import click

from annotator.errors import AnnotatorError
from annotator.evidence import from_dict, recognise
from annotator.output import colour_enabled, style
from annotator.review.keys import Keys, open_keys
from annotator.review.screen import VERDICT_COLOURS, View, render
from annotator.verdicts import (
    REASONS,
    TAG,
    TEXT_NAMES,
    VERDICT_KEYS,
    VERDICTS,
    parse_reasons,
)

if TYPE_CHECKING:
    from annotator.store.db import Store

IGNORED = {"", " ", "\r", "\n"}
FIELD_KEYS = {"r": "rationale", "x": "correction", "w": "claim_text"}


def article_to_review(store: Store, ref: str) -> dict:
    """The article a session works on (the latest revision of ``ref``), warning
    on stderr when ``ref`` names an earlier revision."""
    found, warning = latest_revision_of(store, store.article(ref))
    if warning:
        click.echo(f"Warning: {warning}", err=True)
    return found


def run_on_terminal(session: Session) -> int:
    """:func:`run` with keys from the terminal (single key presses) or, when
    stdin is not one, a key per line."""
    with open_keys() as keys:
        return run(session, keys)


def latest_revision_of(store: Store, article: dict) -> tuple[dict, str | None]:
    """The revision a session reviews: the latest of ``article``'s slug, since
    verdicts on an earlier revision would count in no report (the store refuses
    them). With a warning saying so when ``article`` is an earlier revision."""
    latest = store.latest_revision(article["slug"])
    if latest is None or latest["id"] == article["id"]:
        return article, None
    return latest, (
        f"article {article['id']} is revision {article['revision']} of {latest['revision']} "
        f"of {article['slug']}; reviewing the latest, article id {latest['id']}"
    )


@dataclass
class Session:
    """One reviewer walking one article; positions index ``walk``."""

    store: Store
    article: dict
    reviewer: str
    role: str = "reviewer"
    all_kinds: bool = False
    redo: bool = False
    # Walk just these units, whatever their kind (adjudicate: the disagreement queue).
    only: tuple[int, ...] | None = None
    saved: list[str] = field(default_factory=list)  # event ids written this session
    undone: int = 0
    skipped: set[int] = field(default_factory=set)
    # This session's changes, oldest first: what z takes back, newest first.
    changes: list[tuple[str, dict]] = field(default_factory=list)

    # This person's verdicts as last read (None: read again; see refresh()).
    _mine: dict[int, dict] | None = field(default=None, init=False, repr=False)

    def __post_init__(self):
        self.reload()

    def reload(self) -> None:
        """Read the units again (after a correction changed them)."""
        self.refresh()
        self.everything = self.store.units(self.article["id"])
        if self.only is not None:
            wanted = set(self.only)
            self.walk = [unit for unit in self.everything if unit["id"] in wanted]
        else:
            self.walk = [unit for unit in self.everything
                         if self.all_kinds or unit["kind"] == "claim"]
        self.order = {unit["id"]: i for i, unit in enumerate(self.everything)}

    # Where to go ---------------------------------------------------------------

    def verdicts(self) -> dict[int, dict]:
        """This person's current verdicts; in an editor's session only their
        adjudications (a verdict they gave as a reviewer decides nothing). Read
        once per key (see :meth:`refresh`): finding the next claim and drawing
        its screen share one read."""
        if self._mine is None:
            mine = self.store.reviewer_verdicts(self.article["id"], self.reviewer)
            if self.role == "editor":
                mine = {uid: event for uid, event in mine.items() if event["role"] == "editor"}
            self._mine = mine
        return self._mine

    def refresh(self) -> None:
        """Forget what was read of this person's verdicts: after each key (what
        they did in another terminal shows on the next screen) and each write."""
        self._mine = None

    def first(self) -> int | None:
        """Where a session opens: after the claim of this reviewer's latest
        change on the article (where they stopped), at the next claim they
        have not tagged, wrapping round; for someone new, at the first claim
        nobody has tagged. Never at a unit marked as not a claim (not walked)."""
        stopped = self._stopped_at()
        if stopped is not None:
            # A claim with notes but no verdict yet is where to pick up.
            if stopped >= 0 and self.walk[stopped]["id"] not in self.verdicts():
                return stopped
            after = self.following(stopped)
            return after if after is not None else self.following(-1)
        if not self.redo and self.only is None and self.role == "reviewer":
            anyone = set(self.store.current_reviews(self.article["id"]))
            fresh = next((i for i, u in enumerate(self.walk) if u["id"] not in anyone), None)
            if fresh is not None:
                return fresh
        return self.following(-1)

    def _stopped_at(self) -> int | None:
        """The position of the unit of this reviewer's latest change here (a
        verdict, a note, a link or a correction), if it is walked."""
        review = self.store.latest_live_event(self.article["id"], self.reviewer, self.role)
        change = self.store.latest_live_unit_event(self.article["id"], self.reviewer)
        latest = max((e for e in (review, change) if e is not None),
                     key=lambda e: e["created_at"], default=None)
        if latest is None:
            return None
        at = self._position(latest["unit_id"])
        if at is None:
            # Not walked (relabelled, split, joined): the last walked unit up to it.
            start = self.store.unit(latest["unit_id"])["start"]
            before = [i for i, u in enumerate(self.walk) if u["start"] <= start]
            at = before[-1] if before else -1
        return at

    def following(self, position: int) -> int | None:
        """The next position to show: the next unit, or (without ``redo``) the
        next one this reviewer has not tagged yet."""
        done = set() if self.redo else set(self.verdicts())
        for index in range(position + 1, len(self.walk)):
            if self.walk[index]["id"] not in done:
                return index
        return None

    def view(self, position: int, message: str = "", show_help: bool = False) -> View:
        unit = self.walk[position]
        verdicts = self.verdicts()
        at = self.order[unit["id"]]
        return View(
            title=self.article["title"] or self.article["slug"], slug=self.article["slug"],
            position=position + 1, total=len(self.walk), reviewer=self.reviewer,
            tagged=sum(1 for u in self.walk if u["id"] in verdicts), unit=unit,
            previous=self._neighbour(at - 1), following=self._neighbour(at + 1),
            state=self.store.reviewer_state(unit["id"], self.reviewer),
            context=self._context(unit["id"]), message=message, help=show_help,
        )

    def _context(self, unit_id: int) -> dict:
        # Found by annotator.consistency.repeats; read through its store queries.
        context = {
            "duplicates": self.store.duplicate_group(unit_id),
            "conflicts": self.store.open_conflicts_for_unit(unit_id),
            "suggestions": self.store.suggestions_for(unit_id),
        }
        # An editor decides between the reviewers, so sees what each one said; a
        # reviewer does not, so that their verdicts stay independent.
        if self.role == "editor":
            context["opinions"] = [op for op in self.store.unit_opinions(unit_id)
                                   if op["reviewer"] != self.reviewer]
        return context

    def _neighbour(self, index: int) -> str | None:
        # A heading is already shown as the section; it is not a sentence to resolve "It".
        if 0 <= index < len(self.everything) and self.everything[index]["kind"] != "heading":
            return self.everything[index]["text"]
        return None

    # What a key does -----------------------------------------------------------

    def save(self, unit: dict, **changes) -> dict | None:
        event = self.store.record_review(unit["id"], self.reviewer, role=self.role, **changes)
        self.refresh()
        if event is not None:
            self.saved.append(event["id"])
            self.changes.append(("review", event))
        return event

    def changed_units(self, event: dict) -> None:
        """Record a unit event (a link or a correction) made in this session."""
        self.changes.append(("unit", event))
        self.reload()

    def undo(self) -> tuple[int | None, str]:
        """Take back this session's own latest change still standing: the same
        reviewer in another terminal keeps theirs (``annotator undo`` takes
        back the reviewer's latest, wherever it was made)."""
        while self.changes:
            kind, event = self.changes.pop()
            if self._still_live(kind, event):
                break
        else:
            return None, "Nothing to undo in this session."
        if kind == "unit":
            linked = event
            self.store.retract_unit_event(linked["id"], self.reviewer)
            self.undone += 1
            self.reload()
            position = self._position(linked["unit_id"])
            if linked["action"] == "link":
                return position, (f"Undid the conflict link between units {linked['unit_id']} "
                                  f"and {linked['other_unit_id']}.")
            return position, f"Undid the {linked['action']} of unit {linked['unit_id']}."
        self.store.retract_review(event["unit_id"], self.reviewer, event_id=event["id"])
        self.refresh()
        self.undone += 1
        what = f"verdict {event['verdict']}" if event["action"] == TAG else "note"
        position = self._position(event["unit_id"])
        where = (f"{position + 1}/{len(self.walk)}" if position is not None
                 else f"unit {event['unit_id']}")
        return position, f"Undid {what} on {where}."

    def _still_live(self, kind: str, event: dict) -> bool:
        table = "unit_events" if kind == "unit" else "reviews"
        return not self.store.query(
            f"SELECT 1 FROM {table} WHERE action = 'retract' AND supersedes = ?", [event["id"]])

    def _position(self, unit_id: int) -> int | None:
        return next((i for i, u in enumerate(self.walk) if u["id"] == unit_id), None)

    def find(self, wanted: str, position: int) -> dict | None:
        """The unit a reviewer names: a number (``17`` or ``#17``) is a unit's
        number as the screen and every command show it; other text, the next
        unit after `position` containing it (case-insensitive), wrapping round."""
        if (number := unit_number(wanted)) is not None:
            return next((u for u in self.everything if u["id"] == number), None)
        needle = wanted.casefold()
        at = self.order[self.walk[position]["id"]]
        ring = self.everything[at + 1 :] + self.everything[: at + 1]
        return next((u for u in ring if needle in u["text"].casefold()), None)

    def summary(self, interrupted: bool = False) -> list[str]:
        verdicts = self.verdicts()
        mine = [v for v in verdicts.values() if v["id"] in self.saved]
        counts = ", ".join(
            f"{sum(v['verdict'] == name for v in mine)} {name}" for name in VERDICTS
        )
        done = sum(1 for unit in self.walk if unit["id"] in verdicts)
        still_skipped = len(self.skipped - set(verdicts))
        what = "claims" if not self.all_kinds else "units"
        command = ["annotator", "review", self.article["slug"], "-r", self.reviewer]
        command += ["--all-kinds"] if self.all_kinds else []
        if self.only is not None:
            what = "disagreements"
            command = ["annotator", "adjudicate", self.article["slug"], "-r", self.reviewer]
        elif self.role != "reviewer":
            command += ["--role", self.role]
        lines = ["Interrupted. Everything you confirmed is saved."] if interrupted else []
        lines += [
            f"This session: {len(mine)} tagged ({counts}); {len(self.saved)} changes saved, "
            f"{self.undone} undone, {still_skipped} skipped.",
            f"{self.reviewer} has tagged {done}/{len(self.walk)} {what} of {self.article['slug']}.",
        ]
        if done < len(self.walk):
            lines.append(f"Continue with: {shlex.join(command)}")
        return lines


def run(session: Session, keys: Keys) -> int:
    """The key loop. Returns the exit code: 0, or 130 after Ctrl-C."""
    colour = colour_enabled(sys.stdout)
    noun = "units" if session.all_kinds else "claims"
    if not session.walk:
        click.echo(f"{session.article['slug']} has no {noun} to review.")
        return 0
    position = session.first() if not session.redo else 0
    if position is None:
        click.echo(
            f"Nothing to review: {session.reviewer} has tagged all {len(session.walk)} "
            f"{noun} of {session.article['slug']} (--redo walks them again)."
        )
        return 0
    message, show_help, interrupted = "", False, False
    try:
        while position is not None:
            _draw(session.view(position, message, show_help), colour, keys.interactive)
            message, show_help = "", False
            key = keys.key()
            session.refresh()
            if key == "q":
                break
            try:
                position, message, show_help = _apply(session, position, key, keys, colour)
            except AnnotatorError as error:  # e.g. a newer revision was ingested meanwhile
                message = f"Not saved: {error}"
        else:
            click.echo("End of the article.")
    except (KeyboardInterrupt, click.Abort):
        interrupted = True
        click.echo("")
    except EOFError:
        pass
    for line in session.summary(interrupted):
        click.echo(line)
    return 130 if interrupted else 0


def _draw(view: View, colour: bool, interactive: bool) -> None:
    size = shutil.get_terminal_size((80, 24))
    if interactive and sys.stdout.isatty():
        click.clear()
    else:
        click.echo("")  # the previous prompt line has no newline of its own
    click.echo("\n".join(render(view, size.columns, size.lines, colour)))
    click.echo("> ", nl=False)


def _apply(session: Session, position: int, key: str, keys: Keys, colour: bool):
    """Do what ``key`` means; returns (next position or None, message, show help)."""
    unit = session.walk[position]
    total = len(session.walk)
    if key in VERDICT_KEYS:
        verdict = VERDICT_KEYS[key]
        event = session.save(unit, verdict=verdict)
        word = style(verdict, colour, fg=VERDICT_COLOURS[verdict], bold=True)
        note = "Saved" if event else "Unchanged:"
        return session.following(position), f"{note} {word} on {position + 1}/{total}.", False
    if key == "a":
        return _accept(session, position, unit, colour)
    if key == "k":
        session.skipped.add(unit["id"])
        return session.following(position), f"Skipped {position + 1}/{total}.", False
    if key == "b":
        if position == 0:
            return position, "This is the first one.", False
        return position - 1, "", False
    if key == "z":
        target, message = session.undo()
        return (position if target is None else target), message, False
    if key == "?":
        return position, "", True
    if key in IGNORED:
        return position, "", False
    try:
        if key in FIELD_KEYS:
            return position, _edit_text(session, unit, FIELD_KEYS[key], keys), False
        if key == "e":
            return position, _add_evidence(session, unit, keys), False
        if key == "t":
            return position, _set_reasons(session, unit, keys), False
        if key == "l":
            return position, _link_conflict(session, position, unit, keys), False
        if key in CORRECTION_KEYS:
            return CORRECTION_KEYS[key](session, position, unit, keys)
        if key in MOVE_KEYS:
            return MOVE_KEYS[key](session, position, keys)
    except AnnotatorError as error:
        return position, f"Not saved: {error}", False
    return position, f"Unknown key {key!r}: press ? for help.", False


def _accept(session: Session, position: int, unit: dict, colour: bool):
    """Record the best suggestion as this reviewer's own verdict, with its reasons,
    rationale and evidence; a suggestion is never a verdict until this key."""
    offers = session.store.suggestions_for(unit["id"])
    if not offers:
        return position, "No suggestion to accept.", False
    offer = offers[0]
    session.save(
        unit, verdict=offer["verdict"], reasons=tuple(offer["reasons"] or ()),
        rationale=offer["rationale"] or None,
        evidence=tuple(from_dict(item) for item in offer["evidence"] or ()),
    )
    word = style(offer["verdict"], colour, fg=VERDICT_COLOURS[offer["verdict"]], bold=True)
    total = len(session.walk)
    return session.following(position), f"Accepted {word} on {position + 1}/{total}.", False


def _edit_text(session: Session, unit: dict, name: str, keys: Keys) -> str:
    current = getattr(session.store.reviewer_state(unit["id"], session.reviewer), name)
    label = TEXT_NAMES[name].capitalize()
    if current and keys.interactive:
        click.echo(f"Current {TEXT_NAMES[name]}: {current}")
    text = keys.text(f"{label} (Enter keeps, '-' clears)")
    if not text:
        return f"{label} unchanged."
    session.save(unit, **{name: "" if text == "-" else text})
    return f"{label} {'cleared' if text == '-' else 'saved'}."


def _add_evidence(session: Session, unit: dict, keys: Keys) -> str:
    """``e``: what is cited so far, numbered; then a new item to add, or ``-N``
    to remove item N (``-`` when there is only one)."""
    cited = session.store.reviewer_state(unit["id"], session.reviewer).evidence
    for number, item in enumerate(cited, 1):
        click.echo(f"  {number} {item.label()}")
    hint = f"; -N removes item N of {len(cited)}" if len(cited) > 1 else (
        "; '-' removes it" if cited else "")
    text = keys.text(f"Evidence: PMID, DOI, URL or citation{hint}")
    if not text:
        return "Evidence unchanged."
    if text.startswith("-") and not text.startswith("--"):
        number = text[1:].strip() or ("1" if len(cited) == 1 else "")
        if not number.isdigit() or not 1 <= int(number) <= len(cited):
            return (f"Nothing removed: give -1 to -{len(cited)}." if cited
                    else "Nothing cited to remove.")
        gone = cited[int(number) - 1]
        session.save(unit, evidence=tuple(e for e in cited if e != gone))
        return f"Evidence removed: {gone.label()}"
    item = recognise(text)
    if session.save(unit, add_evidence=(item,)) is None:
        return f"Already cited: {item.label()}"
    return f"Evidence added: {item.label()}"


def _set_reasons(session: Session, unit: dict, keys: Keys) -> str:
    have = session.store.reviewer_state(unit["id"], session.reviewer).reasons
    if keys.interactive:
        # A screen of its own, so the list never pushes the claim off an 80x24 terminal.
        click.clear()
        width = min(shutil.get_terminal_size((80, 24)).columns, 110)
        shown = textwrap.wrap(f"#{unit['id']} {unit['text']}", width, max_lines=4,
                              placeholder=" …")
        click.echo("\n".join(shown) + "\n")
        for number, reason in enumerate(REASONS, 1):
            click.echo(f"  {number} {'*' if reason in have else ' '} {reason}")
    text = keys.text("Reasons by number or name ('-' clears)")
    if not text:
        return "Reasons unchanged."
    reasons = () if text == "-" else parse_reasons([text])
    session.save(unit, reasons=reasons)
    return "Reasons: " + (", ".join(reasons) or "none") + "."


def _link_conflict(session: Session, position: int, unit: dict, keys: Keys) -> str:
    """Link the current claim to another it contradicts, with why: a conflict
    the analysis missed (an event, undone with z)."""
    wanted = keys.text("Contradicts which claim? Its number (#), or text to find")
    if not wanted:
        return "No link made."
    other = session.find(wanted, position)
    if other is None:
        return f"No claim {wanted!r} here: nothing linked."
    if other["id"] == unit["id"]:
        return "A claim cannot contradict itself: nothing linked."
    if keys.interactive:
        click.echo(f"Linking to: {other['text'][:200]}")
    why = keys.text("Why do they contradict each other?")
    if not why:
        return "No reason given: nothing linked."
    session.changed_units(session.store.link_conflict(
        session.article["id"], unit["id"], other["id"], why, session.reviewer, session.role))
    return f"Linked as a conflict: this claim and unit {other['id']}."


# Correcting the units -------------------------------------------------------------

_HIDDEN_KINDS = ("meta", "heading", "question", "advice", "promo")


def _relabel(session: Session, position: int, unit: dict, keys: Keys):
    """``n``: a claim is not a claim (the kind to give it asked, meta by
    default); a unit that is not a claim (seen with --all-kinds) becomes one."""
    if unit["kind"] == "claim":
        text = keys.text(f"Not a claim: which kind? ({', '.join(_HIDDEN_KINDS)}; Enter: meta)")
        kind = (text or "meta").strip().lower()
        if kind not in _HIDDEN_KINDS:
            return position, f"Unknown kind {kind!r}: nothing changed.", False
    else:
        kind = "claim"
    session.changed_units(session.store.relabel_unit(unit["id"], kind, session.reviewer,
                                                     session.role))
    at = session._position(unit["id"])
    if at is None:  # no longer walked: show what now stands in its place
        at = min(position, len(session.walk) - 1)
    return (at if session.walk else None), f"Unit {unit['id']} is now {kind}.", False


def _split(session: Session, position: int, unit: dict, keys: Keys):
    """``p``: split the unit where the typed text first occurs in it."""
    before = keys.text("Split before which words?")
    if not before:
        return position, "Not split.", False
    event = session.store.split_unit(unit["id"], before, session.reviewer, session.role)
    session.changed_units(event)
    pieces = [u for u in session.walk if (u.get("created_by") or "").startswith(event["id"])]
    at = session._position(pieces[0]["id"]) if pieces else position
    return at, f"Split unit {unit['id']} in two.", False


def _merge(session: Session, position: int, unit: dict, keys: Keys):
    """``m``: join the unit with the next one of its paragraph."""
    event = session.store.join_unit(unit["id"], session.reviewer, session.role)
    session.changed_units(event)
    joined = [u for u in session.walk if (u.get("created_by") or "").startswith(event["id"])]
    at = session._position(joined[0]["id"]) if joined else position
    return at, f"Joined units {unit['id']} and {event['other_unit_id']}.", False


CORRECTION_KEYS = {"n": _relabel, "p": _split, "m": _merge}


# Moving around ----------------------------------------------------------------------


def unit_number(typed: str) -> int | None:
    """A unit's number as a reviewer types it: ``17`` or ``#17``."""
    number = typed.strip().removeprefix("#")
    return int(number) if number.isdigit() else None


def _go(session: Session, position: int, keys: Keys):
    """``g``: jump to a claim by its number (``#17``, as shown everywhere)."""
    wanted = keys.text("Go to which claim? (its number, e.g. 17)")
    number = unit_number(wanted)
    at = session._position(number) if number is not None else None
    if at is None:
        return position, f"No claim #{wanted.strip().removeprefix('#')} here.", False
    return at, "", False


def _find(session: Session, position: int, keys: Keys):
    """``/``: the next unit of the walk containing the text, wrapping round."""
    wanted = keys.text("Find")
    if not wanted:
        return position, "", False
    needle = wanted.casefold()
    total = len(session.walk)
    for step in range(1, total + 1):
        at = (position + step) % total
        if needle in session.walk[at]["text"].casefold():
            return at, "", False
    return position, f"No claim contains {wanted!r}.", False


def _view(session: Session, position: int, keys: Keys):
    """``v``: the whole of a long claim, through a pager on a terminal."""
    unit = session.walk[position]
    text = f"{unit['text']}\n"
    if keys.interactive:
        click.echo_via_pager(text)
    else:
        click.echo("\n" + text)  # after the prompt's "> "
    return position, "", False


MOVE_KEYS = {"g": _go, "/": _find, "v": _view}
