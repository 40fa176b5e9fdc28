"""Rendering one claim of a review session as lines of text. Pure: no I/O, no SQL.

The screen must fit an 80x24 terminal and use a wider one sensibly: text wraps
to the width (up to a readable measure), and when the height runs out the
optional parts (context sentences, conflict details) shrink first; the claim
itself is never cut.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from .evidence import from_dict
from .output import style
from .verdicts import ReviewState

MEASURE = 110  # wider lines are hard to read, whatever the terminal
VERDICT_COLOURS = {"supported": "green", "contradictory": "red", "unsupported": "yellow"}
KEY_LINES = (
    "s supported  c contradictory  u unsupported   k skip  b back  z undo  q quit",
    "r rationale  e evidence  x correction  t reasons   ? help",
)
HELP = (
    "s/c/u  save the verdict and go to the next claim",
    "r      rationale: why (Enter keeps it, '-' clears it)",
    "e      evidence: PMID, DOI or URL (recognised), or a citation; add one at a time",
    "x      suggested correction: what the article should say instead",
    "t      reason tags, by number or name (e.g. '1 8' or 'dosage')",
    "a      accept the suggested verdict (from a repeat of this claim or another article)",
    "k      skip (stays untagged)     b  back to the previous claim",
    "z      undo your last change     q  quit with a summary",
    "Everything is saved the moment you confirm it; Ctrl-C loses nothing saved.",
)


@dataclass(frozen=True)
class View:
    """Everything the screen shows for one unit."""

    title: str
    slug: str
    position: int  # 1-based, in the walk
    total: int
    reviewer: str
    tagged: int  # units of the walk this reviewer has a verdict on
    unit: dict
    previous: str | None
    following: str | None
    state: ReviewState
    # duplicates, conflicts, suggestions; for an editor also "opinions": the
    # current verdict events of everyone else on the unit.
    context: dict = field(default_factory=dict)
    message: str = ""
    help: bool = False


def render(view: View, width: int = 80, height: int = 24, colour: bool = False) -> list[str]:
    """The screen for ``view``, at most ``height - 1`` lines (the last terminal
    line is the input prompt) unless the claim alone needs more."""
    width = max(width, 40)
    measure = min(width, MEASURE) - 2
    paint = _painter(colour)
    unit = view.unit
    progress = f"{view.position}/{view.total}"
    title = _clip(view.title or view.slug, width - len(progress) - 2)
    header = [paint(title, bold=True) + " " * (width - len(title) - len(progress)) + progress,
              paint("─" * width, dim=True)]
    section = unit.get("section")
    label = f"§ {section}" if section else "§ (before the first heading)"
    kind = "" if unit["kind"] == "claim" else f"[{unit['kind']}] "
    claim = [paint("▌ ", fg="cyan") + paint(line, bold=True)
             for line in textwrap.wrap(kind + unit["text"], measure) or [""]]
    footer = [paint("─" * width, dim=True), view.message or " ", *_keys(view, width)]
    if view.help:
        footer[2:] = [paint(line, fg="cyan") for line in HELP]

    # Optional parts, from most to least important; shrunk until the screen fits.
    state_line = _state_line(view.state, paint)
    flags = _flags(unit, view.context, paint)
    conflicts = [_clip(f"  ⚠ {c['reason']} with #{c['other_id']}: {c['other_text']}", width)
                 for c in view.context.get("conflicts", [])]
    suggested = [_clip(line, width)
                 for offer in view.context.get("suggestions", [])[:1]
                 for line in _suggestion(offer)]
    opinions = view.context.get("opinions", [])
    steps = ((2, 2, True), (1, 2, True), (1, 1, True), (1, 0, True), (0, 0, True), (0, 0, False))
    for context_lines, conflict_count, detailed in steps:
        if conflict_count == 0:
            suggested = []
        before = _context(view.previous, measure, context_lines, paint)
        after = _context(view.following, measure, context_lines, paint)
        body = [paint(_clip(label, width), fg="cyan"), *before, *claim, *after, ""]
        body += [line for line in (flags, state_line) if line]
        body += [line for op in opinions for line in _opinion(op, width, detailed, paint)]
        body += suggested
        body += [paint(line, fg="magenta") for line in conflicts[:conflict_count]]
        screen = header + body + footer
        if len(screen) <= height - 1:
            break
    return screen


def _keys(view: View, width: int) -> list[str]:
    mine = f"{view.reviewer} · {view.tagged}/{view.total} tagged"
    lines = [line if len(line) <= width else _clip(line, width) for line in KEY_LINES]
    if len(lines[1]) + len(mine) + 2 <= width:
        lines[1] = lines[1] + " " * (width - len(lines[1]) - len(mine)) + mine
    else:
        lines.append(_clip(mine, width))
    return lines


def _context(text: str | None, measure: int, lines: int, paint) -> list[str]:
    if not text or lines == 0:
        return []
    # Keep the start: it holds the subject a pronoun in the claim refers to.
    wrapped = textwrap.wrap(text, measure, max_lines=lines, placeholder=" …")
    return [paint("  " + line, dim=True) for line in wrapped]


def _flags(unit: dict, context: dict, paint) -> str:
    parts = []
    if unit.get("hedged"):
        parts.append(paint("hedged", fg="yellow"))
    same = context.get("duplicates") or []
    if same:
        parts.append("also said at #" + ", #".join(str(other["id"]) for other in same))
    conflicts = context.get("conflicts") or []
    if conflicts:
        noun = "conflict" if len(conflicts) == 1 else "conflicts"
        parts.append(paint(f"{len(conflicts)} open {noun}", fg="magenta"))
    return "  " + " · ".join(parts) if parts else ""


def _suggestion(offer: dict) -> list[str]:
    where = ("the same claim" if offer["origin"] == "duplicate"
             else f"a similar claim in {offer['source_article']}")
    lines = [f"  suggested: {offer['verdict']} ({offer['reviewer']} on {where}) · a accepts"]
    if offer.get("rationale"):
        lines.append(f"    “{offer['rationale']}”")
    return lines


def _opinion(event: dict, width: int, detailed: bool, paint) -> list[str]:
    """Another person's current verdict (shown to an editor): verdict and reasons,
    then rationale and evidence on lines of their own, or all on one line when
    the screen is short."""
    who = event["reviewer"] + (f" ({event['role']})" if event["role"] != "reviewer" else "")
    verdict = event["verdict"]
    head = f"  {who}: {verdict}"
    if event.get("reasons"):
        head += " · " + ", ".join(event["reasons"])
    rationale = " ".join((event.get("rationale") or "").split())
    cited = [from_dict(item).label() for item in event.get("evidence") or []]
    if not detailed:
        head += f" · “{rationale}”" if rationale else ""
        head += f" · evidence {len(cited)}" if cited else ""
    # Clipped before it is painted: escape codes take no room on the screen.
    head, marked = _clip(head, width), f"  {who}: {verdict}"
    if head.startswith(marked):
        painted = paint(verdict, fg=VERDICT_COLOURS.get(verdict), bold=True)
        head = f"  {who}: {painted}{head[len(marked):]}"
    lines = [head]
    if not detailed:
        return lines
    if rationale:
        quoted = textwrap.wrap(f"“{rationale}”", min(width, MEASURE) - 4, max_lines=2,
                               placeholder=" …”")
        lines += ["    " + line for line in quoted]
    if cited:
        lines.append(_clip("    evidence: " + " · ".join(cited), width))
    return lines


def _state_line(state: ReviewState, paint) -> str:
    if state.is_blank:
        return ""
    verdict = (paint(state.verdict, fg=VERDICT_COLOURS[state.verdict], bold=True)
               if state.verdict else paint("no verdict yet", dim=True))
    parts = [f"  you: {verdict}"]
    if state.reasons:
        parts.append("reasons " + ", ".join(state.reasons))
    if state.rationale:
        parts.append("rationale ✓")
    if state.evidence:
        parts.append(f"evidence {len(state.evidence)}")
    if state.correction:
        parts.append("correction ✓")
    return " · ".join(parts)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _painter(enabled: bool):
    def paint(text: str, **styles) -> str:
        return style(text, enabled, **styles)

    return paint
