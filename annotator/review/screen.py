"""Rendering one claim of a review session as lines of text. Pure: no I/O, no SQL.

The screen must fit an 80x24 terminal and use a wider one sensibly: text wraps
to the width (up to a readable measure) at word boundaries, the key bar at key
boundaries, and when the height runs out the optional parts (context sentences,
conflict details) shrink first; only then is a very long claim clipped, with a
marker saying how many lines are not shown, so that the title, the progress and
the keys always stay on the screen.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field

from annotator.evidence import from_dict
from annotator.output import style
from annotator.verdicts import ReviewState

MEASURE = 110  # wider lines are hard to read, whatever the terminal
HELP_INDENT = 7  # where the text of a HELP line starts, after its key
VERDICT_COLOURS = {"supported": "green", "contradictory": "red", "unsupported": "yellow"}
KEY_LINES = (
    "s supported  c contradictory  u unsupported   k skip  b back  z undo  q quit",
    "r rationale  e evidence  x correction  w restate  t reasons  ? help",
)
HELP = (
    "s/c/u  save the verdict and go to the next claim",
    "r      rationale: why (Enter keeps it, '-' clears it)",
    "e      evidence: PMID, DOI, URL or a citation; one at a time; -N removes",
    "x      correction   w  the claim restated to stand alone",
    "t      reason tags, by number or name ('1 8', 'dosage')",
    "a      accept the suggested verdict (a repeat, another article)",
    "l      link a claim this one contradicts (number or text), then why",
    "n not a claim  p split  m merge with next  g go to  / find  v view",
    "k      skip    b back    z undo your last change    q quit",
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
    """The screen for ``view``: lines of at most ``width`` visible characters, at
    most ``height - 1`` of them (the last terminal line is the input prompt).
    A claim too long for what is left is clipped, ending in ``… (+N lines)``;
    only a terminal too short for the header, the keys and two lines of claim
    gets more lines than it has."""
    width = max(width, 40)
    measure = min(width, MEASURE) - 2
    paint = _painter(colour)
    unit = view.unit
    progress = f"{view.position}/{view.total}"
    title = _clip(view.title or view.slug, width - len(progress) - 2)
    header = [paint(title, bold=True) + " " * (width - len(title) - len(progress)) + progress,
              paint("─" * width, dim=True)]
    section = unit.get("section")
    # The unit's number, the one `claims`, `search`, `conflicts`, `agreement`
    # and the reports show for it (and `g` and `l` take).
    label = f"#{unit['id']} · " if unit.get("id") is not None else ""
    label += f"§ {section}" if section else "§ (before the first heading)"
    kind = "" if unit["kind"] == "claim" else f"[{unit['kind']}] "
    claim = [paint("▌ ", fg="cyan") + paint(line, bold=True)
             for line in textwrap.wrap(kind + unit["text"], measure) or [""]]
    message = wrap(view.message, width) if view.message else [" "]
    footer = [paint("─" * width, dim=True), *message, *_keys(view, width)]
    if view.help:
        footer[1 + len(message):] = [
            paint(part, fg="cyan") for line in HELP
            for part in wrap(line, width, " " * HELP_INDENT)
        ]

    # Optional parts, from most to least important; shrunk until the screen fits.
    state, flags = _state_line(view.state, paint), _flags(unit, view.context, paint)
    full = [*wrap(flags, width, "    "), *wrap(state, width, "    ")]
    short = [clip_visible(line, width) for line in (flags, state) if line]
    conflicts = [_clip(f"  ⚠ {c['reason']} with #{c['other_id']}: {c['other_text']}", width)
                 for c in view.context.get("conflicts", [])]
    suggested = [_clip(line, width)
                 for offer in view.context.get("suggestions", [])[:1]
                 for line in _suggestion(offer)]
    opinions = view.context.get("opinions", [])
    steps = [(2, 2, True), (1, 2, True), (1, 1, True), (1, 0, True), (0, 0, True), (0, 0, False)]
    if view.help:  # the help may take the place of the details below the claim
        steps.append((0, 0, None))
    for context_lines, conflict_count, detailed in steps:
        if conflict_count == 0:
            suggested = []
        before = _context(view.previous, measure, context_lines, paint)
        after = _context(view.following, measure, context_lines, paint)
        body = [paint(_clip(label, width), fg="cyan"), *before, *claim, *after, ""]
        if detailed is not None:
            body += full if detailed else short
            body += [line for op in opinions for line in _opinion(op, width, detailed, paint)]
            body += suggested
            body += [paint(line, fg="magenta") for line in conflicts[:conflict_count]]
        screen = header + body + footer
        if len(screen) <= height - 1:
            return screen
    # Still too tall with every optional part gone: clip the claim itself, to at
    # least one line and the marker.
    keep = max(len(claim) - (len(screen) - (height - 1)) - 1, 1)
    if keep + 1 >= len(claim):
        return screen
    hidden = len(claim) - keep
    marker = paint("▌ ", fg="cyan") + paint(f"… (+{hidden} lines)", dim=True)
    at = len(header) + 1  # the claim follows the section label
    return screen[:at] + claim[:keep] + [marker] + screen[at + len(claim):]


def _keys(view: View, width: int) -> list[str]:
    """The key bar: each line of :data:`KEY_LINES` as it is when it fits, else
    wrapped between keys; the reviewer's progress at the right of the last line,
    or on a line of its own."""
    lines = []
    for line in KEY_LINES:
        if len(line) <= width:
            lines.append(line)
            continue
        row = ""
        for key in re.split(r"\s{2,}", line):
            if row and len(row) + 2 + len(key) > width:
                lines.append(row)
                row = ""
            row = f"{row}  {key}" if row else _clip(key, width)
        lines.append(row)
    mine = f"{view.reviewer} · {view.tagged}/{view.total} tagged"
    if len(lines[-1]) + len(mine) + 2 <= width:
        lines[-1] = lines[-1] + " " * (width - len(lines[-1]) - len(mine)) + mine
    else:
        lines.append(_clip(mine, width))
    return lines


_PAINT = re.compile(r"\x1b\[[0-9;]*m")


def clip_visible(text: str, width: int) -> str:
    """``text`` cut to ``width`` visible characters, ending in ``…`` when cut;
    colour codes are kept whole (and reset after a cut)."""
    if visible_length(text) <= width:
        return text
    out, shown = [], 0
    for token in re.findall(r"\x1b\[[0-9;]*m|.", text, re.S):
        if token.startswith("\x1b"):
            out.append(token)
        elif shown < width - 1:
            out.append(token)
            shown += 1
    painted = any(token.startswith("\x1b") for token in out)
    return "".join(out) + "…" + ("\x1b[0m" if painted else "")


def visible_length(text: str) -> int:
    """Columns ``text`` takes on a terminal (colour codes take none)."""
    return len(_PAINT.sub("", text))


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """``text`` as lines of at most ``width`` visible characters, broken at
    spaces (colour codes do not count and are never split), continuation lines
    starting with ``indent``; the spacing inside a line is kept, and a word
    longer than a line is cut. Empty text gives no line."""
    if not text.strip():
        return []
    if visible_length(text) <= width:
        return [text]
    room = max(width - len(indent), 1)
    lines: list[str] = []
    line, space = "", ""
    for token in re.findall(r"\S+|\s+", text.rstrip()):
        if token.isspace():
            space = token.replace("\n", " ").replace("\t", " ")
            if not line and not lines:
                line = space  # the text's own indentation
            continue
        while visible_length(token) > room:  # longer than any line: cut it
            if line.strip():
                lines.append(line)
            plain = _PAINT.sub("", token)
            lines.append((indent if lines else "") + plain[:room])
            line, space, token = "", "", plain[room:]
        if not line.strip() and not lines:
            line += token
        elif not line:
            line = indent + token
        elif visible_length(line + space + token) <= width:
            line += space + token
        else:
            lines.append(line)
            line = indent + token
        space = ""
    if line.strip():
        lines.append(line)
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
        parts.append(paint(f"{len(conflicts)} {noun}", fg="magenta"))
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
    correction = " ".join((event.get("correction") or "").split())
    cited = [from_dict(item).label() for item in event.get("evidence") or []]
    if not detailed:
        head += f" · “{rationale}”" if rationale else ""
        head += f" · evidence {len(cited)}" if cited else ""
        head += " · correction" if correction else ""
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
    if correction:
        lines.append(_clip(f"    correction: {correction}", width))
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
    if state.claim_text:
        parts.append("restated ✓")
    return " · ".join(parts)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _painter(enabled: bool):
    def paint(text: str, **styles) -> str:
        return style(text, enabled, **styles)

    return paint
