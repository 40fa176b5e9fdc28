"""Rows to stdout as a JSON array (default for scripts), newline-delimited JSON or
CSV, the formats sqlite-utils uses; and terminal colour that respects NO_COLOR."""

from __future__ import annotations

import csv
import itertools
import os
import sys
import textwrap
from collections.abc import Callable, Iterable

import click

from annotator.inert import csv_cell, json_text, visible

FORMATS = ("json", "nl", "csv")
RAW_KEY = "annotator.raw_csv"


def raw_option() -> Callable:
    """``--raw``: CSV cells exactly as stored. By default a cell starting with
    ``= + - @`` (or tab, carriage return) gets a leading apostrophe so that a
    spreadsheet shows it as text instead of running it as a formula."""
    return click.option(
        "--raw", is_flag=True, expose_value=False, is_eager=True, callback=_remember_raw,
        help="With CSV: cells exactly as stored (default: an apostrophe before a cell "
        "starting with = + - @, so spreadsheets do not run it).")


def output_options(func: Callable) -> Callable:
    """Add ``--json``, ``--nl`` and ``--csv``; the command receives ``fmt``
    (``None`` when the human view is wanted)."""
    for option in (
        raw_option(),
        click.option("--csv", "fmt", flag_value="csv", help="Output CSV with a header row."),
        click.option("--nl", "fmt", flag_value="nl", help="Output one JSON object per line."),
        click.option("--json", "fmt", flag_value="json", help="Output a JSON array."),
    ):
        func = option(func)
    return func


def write_rows(rows: Iterable[dict], fmt: str, fields: list[str] | None = None) -> None:
    """Rows as JSON, JSON lines or CSV, written as they come (a million rows
    stream). CSV cells that a spreadsheet would run as a formula are neutralised
    unless the command was given ``--raw``."""
    out = sys.stdout
    rows = iter(rows)
    if fmt == "csv":
        first = next(rows, None)
        names = fields or (list(first) if first else [])
        writer = csv.DictWriter(out, fieldnames=names, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        raw = raw_csv()
        for row in itertools.chain([first] if first else [], rows):
            writer.writerow({k: csv_cell(v, raw) for k, v in row.items()})
    elif fmt == "nl":
        for row in rows:
            out.write(json_text(_pick(row, fields)) + "\n")
    else:
        # json.dumps(list, indent=2), one element at a time.
        opened = False
        for row in rows:
            out.write(",\n" if opened else "[\n")
            opened = True
            out.write(textwrap.indent(json_text(_pick(row, fields), indent=2), "  "))
        out.write("\n]\n" if opened else "[]\n")


def raw_csv() -> bool:
    """Whether the running command was given ``--raw``."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.meta.get(RAW_KEY))


def _remember_raw(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    ctx.meta[RAW_KEY] = value
    return value


def _pick(row: dict, fields: list[str] | None) -> dict:
    return {key: row.get(key) for key in fields} if fields else row


def colour_enabled(stream=None) -> bool:
    """Colour only on a terminal, never with NO_COLOR set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    stream = stream or sys.stdout
    return hasattr(stream, "isatty") and stream.isatty()


def style(text: str, enabled: bool, **styles) -> str:
    """``text`` styled for a terminal; control characters in it (an article's own
    escape sequences) are shown, never sent."""
    text = visible(text)
    return click.style(text, **styles) if enabled else text
