"""Rows to stdout as a JSON array (default for scripts), newline-delimited JSON or
CSV, the formats sqlite-utils uses; and terminal colour that respects NO_COLOR."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Iterable

import click

FORMATS = ("json", "nl", "csv")


def output_options(func: Callable) -> Callable:
    """Add ``--json``, ``--nl`` and ``--csv``; the command receives ``fmt``
    (``None`` when the human view is wanted)."""
    for option in (
        click.option("--csv", "fmt", flag_value="csv", help="Output CSV with a header row."),
        click.option("--nl", "fmt", flag_value="nl", help="Output one JSON object per line."),
        click.option("--json", "fmt", flag_value="json", help="Output a JSON array."),
    ):
        func = option(func)
    return func


def write_rows(rows: Iterable[dict], fmt: str, fields: list[str] | None = None) -> None:
    out = sys.stdout
    if fmt == "csv":
        rows = list(rows)
        names = fields or (list(rows[0]) if rows else [])
        writer = csv.DictWriter(out, fieldnames=names, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif fmt == "nl":
        for row in rows:
            out.write(json.dumps(_pick(row, fields), ensure_ascii=False) + "\n")
    else:
        out.write(json.dumps([_pick(row, fields) for row in rows], ensure_ascii=False, indent=2))
        out.write("\n")


def _pick(row: dict, fields: list[str] | None) -> dict:
    return {key: row.get(key) for key in fields} if fields else row


def colour_enabled(stream=None) -> bool:
    """Colour only on a terminal, never with NO_COLOR set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    stream = stream or sys.stdout
    return hasattr(stream, "isatty") and stream.isatty()


def style(text: str, enabled: bool, **styles) -> str:
    return click.style(text, **styles) if enabled else text
