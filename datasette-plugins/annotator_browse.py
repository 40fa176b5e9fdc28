"""Datasette 0.65 plugin for the annotator's database (README: "Browse with Datasette"):

    datasette claims.db -m metadata.yaml --plugins-dir datasette-plugins

It reads, for each table or view of metadata.yaml, ``plugins: annotator_browse:``:

``hidden_columns``
    left out of the table page (which redirects to itself with ``?_nocol=``), its JSON
    and CSV (``_nocol=`` added in place) and the page of one row, unless the URL names
    columns itself with ``?_col=`` or ``?_nocol=``.
``json_columns``
    returned as JSON, not as strings, by the JSON API (``_json=`` added) unless the URL
    has ``?_json=`` itself.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, quote, urlencode

from datasette import hookimpl
from datasette.utils import tilde_decode, to_css_class

NAME = "annotator_browse"
# Datasette 0.65's routes for a table (or view) and for one of its rows.
TABLE = re.compile(r"/(?P<database>[^/.]+)/(?P<table>[^/.]+)(\.(?P<format>\w+))?")
ROW = re.compile(r"/(?P<database>[^/.]+)/(?P<table>[^/]+?)/[^/]+?(\.(?P<format>\w+))?")
# The row page's table without the hidden columns, then Datasette's own table templates.
ROW_TABLE = """\
{% set display_columns = display_columns|rejectattr("name", "in", hidden_columns)|list %}
{% set display_rows = display_rows|map("rejectattr", "column", "in", hidden_columns)
                                  |map("list")|list %}
{% include table_templates %}"""


def settings(datasette, route, table):
    try:
        database = datasette.get_database(route=route).name
    except KeyError:
        return {}
    return datasette.plugin_config(NAME, database=database, table=tilde_decode(table)) or {}


def names_columns(args) -> bool:
    return "_col" in args or "_nocol" in args


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def browse(scope, receive, send):
            if scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD"):
                return await app(scope, receive, send)
            raw = scope.get("raw_path")
            path = raw.decode("latin-1").partition("?")[0] if raw else scope["path"]
            base_url = datasette.setting("base_url")
            if base_url != "/" and path.startswith(base_url):
                path = "/" + path[len(base_url):]
            query = (scope.get("query_string") or b"").decode("latin-1")
            args = parse_qs(query, keep_blank_values=True)
            match = TABLE.fullmatch(path) or ROW.fullmatch(path)
            config = settings(datasette, match["database"], match["table"]) if match else {}
            added = []
            if match and match.re is TABLE and not names_columns(args):
                added += [("_nocol", column) for column in config.get("hidden_columns", [])]
            if added and not match["format"]:
                # A redirect, so that the address (read by the column menus) says what
                # is left out.
                location = raw.decode("latin-1") if raw else quote(scope["path"])
                location = location.partition("?")[0]
                location += "?" + "&".join(filter(None, [query, urlencode(added)]))
                await send({"type": "http.response.start", "status": 302,
                            "headers": [(b"location", location.encode("latin-1")),
                                        (b"content-length", b"0")]})
                return await send({"type": "http.response.body", "body": b""})
            if match and match["format"] == "json" and "_json" not in args:
                added += [("_json", column) for column in config.get("json_columns", [])]
            if added:
                query = "&".join(filter(None, [query, urlencode(added)]))
                scope = dict(scope, query_string=query.encode("latin-1"))
            hidden = config.get("hidden_columns")
            if (match and match.re is ROW and match["format"] == "json" and hidden
                    and not names_columns(args)):
                # The row view ignores ?_nocol=: its JSON is trimmed on the way out.
                send = _without_columns(send, set(hidden))
            return await app(scope, receive, send)

        return browse

    return wrap


def _without_columns(send, hidden: set[str]):
    """``send`` for a JSON response of rows, with the ``hidden`` columns removed."""
    start, chunks = None, []

    async def trimmed(message):
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
            return None
        if message["type"] != "http.response.body" or start is None:
            return await send(message)
        chunks.append(message.get("body", b""))
        if message.get("more_body"):
            return None
        body = b"".join(chunks)
        if start["status"] == 200:
            body = json.dumps(_trim(json.loads(body), hidden)).encode("utf-8")
        headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
        await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
        return await send({"type": "http.response.body", "body": body})

    return trimmed


def _trim(data, hidden: set[str]):
    """Rows without the hidden columns, in each of Datasette's JSON shapes."""
    if isinstance(data, list):  # ?_shape=array
        return [_trim(row, hidden) for row in data]
    if not isinstance(data, dict):
        return data
    if "rows" not in data:  # a row object, or ?_shape=object keyed by primary key
        return {key: _trim(value, hidden) if isinstance(value, dict) else value
                for key, value in data.items() if key not in hidden}
    columns = data.get("columns") or []
    keep = [i for i, column in enumerate(columns) if column not in hidden]
    data["columns"] = [columns[i] for i in keep]
    data["rows"] = [_trim(row, hidden) if isinstance(row, dict) else [row[i] for i in keep]
                    for row in data["rows"]]
    return data


@hookimpl
def extra_template_vars(view_name, database, table, columns, request, datasette):
    if view_name != "row" or request is None or names_columns(request.args):
        return {}
    hidden = (datasette.plugin_config(NAME, database=database, table=table) or {}).get(
        "hidden_columns")
    if not hidden:
        return {}
    names = f"{to_css_class(database)}-{to_css_class(table)}"
    return {
        "hidden_columns": hidden,
        "table_templates": [f"_table-{names}.html", f"_table-row-{names}.html", "_table.html"],
        "custom_table_templates": datasette.jinja_env.from_string(ROW_TABLE),
        # The labels row.html gives the cells on narrow screens.
        "columns": [column for column in columns or [] if column not in hidden],
    }
