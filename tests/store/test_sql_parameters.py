"""SQL only through parameters. Every statement annotator sends to SQLite is
recorded while the CLI handles values carrying a marker (article text, slug,
reviewer, rationale, correction, evidence, search words, a split point, the
reason for a link, an imported review): the marker must never be part of the
SQL text, only of its bound parameters. A query built by string formatting from
a value fails this test."""

import json

from tests.conftest import invoke

MARKER = "zqxmarker"


def test_values_reach_sqlite_only_as_parameters(recorded_sql, runner, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(
        f"Ketamine and {MARKER} in one headline\n\n"
        f"Ketamine relieves depression within hours, say {MARKER} researchers. "
        f"Ketamine relieves depression only after weeks, say O'Brien's {MARKER} team.\n\n"
        f"Esketamine {MARKER} was approved in 2019 as a nasal spray.\n",
        encoding="utf-8",
    )
    db = tmp_path / "claims.db"
    slug = f"{MARKER}-article"
    reviewer = f"Dr {MARKER} O'Brien"

    def run(*args, code=0):
        result = invoke(runner, *args, "-d", db)
        assert result.exit_code == code, result.output
        return result

    run("ingest", article, "--slug", slug)
    units = json.loads(run("claims", slug, "--json").output)
    first, second = units[0]["id"], units[1]["id"]
    run("tag", first, "contradictory", "-r", reviewer,
        "--rationale", f"{MARKER}'; DROP TABLE reviews; --",
        "--correction", f"Say {MARKER} instead", "--evidence", f"https://example.org/{MARKER}")
    run("search", MARKER)
    run("search", f'"{MARKER}" OR {MARKER}*')
    run("claims", slug, "--status", "contradictory")
    run("history", first)
    run("conflicts", slug, "--add", first, second, "--why", f"{MARKER} says both", "-r", reviewer)
    run("split", second, "--before", f"say O'Brien's {MARKER}", "-r", reviewer)
    review = tmp_path / "review.jsonl"
    review.write_text(json.dumps({
        "quote": f"Esketamine {MARKER} was approved in 2019 as a nasal spray.",
        "verdict": "supported", "rationale": f"{MARKER} checked",
    }) + "\n", encoding="utf-8")
    run("import-reviews", review, "-a", slug, "-r", f"{MARKER} importer")
    run("report", slug, "-f", "html", "--internal")
    run("agreement", slug)
    run("articles")
    run("claims", f"{MARKER}-missing", code=1)  # a slug looked up and not found
    run("undo", first, "-r", reviewer)
    run("backup", tmp_path / "copy.db")

    assert len(recorded_sql) > 100  # the recording saw the commands' statements
    leaked = [sql for sql, _ in recorded_sql if MARKER in sql.lower()]
    assert not leaked, leaked[:3]

    # The recording would catch a query built from a value, as sqlite-utils runs it.
    from annotator.store.db import Store

    store = Store.open(db)
    try:
        assert store.query("SELECT count(*) AS n FROM units WHERE text LIKE ?",
                           [f"%{MARKER}%"])[0]["n"] >= 3  # the values are stored
        store.query(f"SELECT count(*) FROM units WHERE text LIKE '%{MARKER}%'")
    finally:
        store.close()
    assert [sql for sql, _ in recorded_sql if MARKER in sql.lower()]
