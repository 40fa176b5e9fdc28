"""`--json`, `--nl` and `--csv` write rows as they come: a million units stream
through in constant memory instead of being held as a list first."""

import csv
import io
import json

import pytest

from annotator.output import write_rows


@pytest.mark.parametrize("fmt", ["json", "nl", "csv"])
def test_rows_are_written_before_the_next_is_read(monkeypatch, fmt):
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)

    def rows():
        for n in range(5):
            if n:  # the row before is already out
                assert f"unit {n - 1}" in out.getvalue(), out.getvalue()
            yield {"id": n, "text": f"unit {n}", "hedged": n % 2 == 0}

    write_rows(rows(), fmt, ["id", "text", "hedged"])
    text = out.getvalue()
    if fmt == "json":
        expected = [{"id": n, "text": f"unit {n}", "hedged": n % 2 == 0} for n in range(5)]
        assert text == json.dumps(expected, indent=2) + "\n"  # as json.dumps would
    elif fmt == "nl":
        assert [json.loads(line)["id"] for line in text.splitlines()] == list(range(5))
    else:
        assert [row["text"] for row in csv.DictReader(io.StringIO(text))] == [
            f"unit {n}" for n in range(5)]


@pytest.mark.parametrize("fmt, expected", [("json", "[]\n"), ("nl", ""), ("csv", "a\n")])
def test_no_rows(monkeypatch, fmt, expected):
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    write_rows(iter(()), fmt, ["a"])
    assert out.getvalue() == expected
