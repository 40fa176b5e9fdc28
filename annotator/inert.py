"""Untrusted text made inert for output. Pure; no imports beyond the standard library.

Article text is stored exactly as ingested (offsets must re-select it), so it may
hold control characters; a review imported from another tool may too. Every
exporter passes text through here:

- :func:`visible` shows control characters instead of sending them: a terminal
  escape in an article must not recolour or retitle the reader's terminal, and
  HTML or Markdown must not carry characters their validators reject.
- :func:`csv_cell` also keeps a spreadsheet from reading a cell as a formula
  (``=``, ``+``, ``-``, ``@``, tab, carriage return: OWASP's CSV injection list)
  by putting an apostrophe before it, which spreadsheets show as text.
- :func:`json_text` escapes what is valid JSON but unsafe where JSON is pasted:
  C1 controls, U+2028/U+2029 (line breaks to older JavaScript) and ``</`` (ends
  a ``<script>`` element).
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 controls except tab, line feed and carriage return; DEL; C1 controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_JSON_UNSAFE = re.compile(r"[\x80-\x9f\u2028\u2029]|</")


def _picture(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # U+2400 CONTROL PICTURES: ␀ … ␛ …
    return "\u2421" if code == 0x7F else "\ufffd"


def visible(text: str) -> str:
    """``text`` with every control character but tab and line breaks shown as a
    symbol (ESC as ``␛``, NUL as ``␀``; C1 controls as ``�``)."""
    return _CONTROLS.sub(_picture, text)


def csv_cell(value: Any, raw: bool = False) -> Any:
    """A CSV cell a spreadsheet shows as text; ``raw`` leaves it as stored."""
    if raw or not isinstance(value, str):
        return value
    value = visible(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _escape(match: re.Match) -> str:
    found = match.group()
    return "<\\/" if found == "</" else f"\\u{ord(found):04x}"


def json_text(data: Any, **options: Any) -> str:
    """``json.dumps`` (keeping other non-ASCII text readable) with the unsafe
    characters above escaped; ``json.loads`` gives back exactly ``data``."""
    return _JSON_UNSAFE.sub(_escape, json.dumps(data, ensure_ascii=False, **options))
