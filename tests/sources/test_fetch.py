"""`annotator ingest URL` against a web server the test starts on 127.0.0.1:
redirects, error statuses, a slow answer, a huge body, a type that is not a
page, the charset the server declares, a page whose text changes. Never the
internet."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from annotator.errors import InputError
from annotator.sources.fetch import read_url_list, user_agent
from annotator.sources.read import url_slug
from tests.conftest import invoke

ARTICLE = """<!DOCTYPE html><html><head><title>Ketamine in the clinic</title>
<meta name="author" content="Dana Reporter"></head>
<body><nav><a href="/">Home</a></nav><article>
<h1>Ketamine in the clinic</h1>
<p>Ketamine relieves depression within hours in some patients, a café owner said.</p>
<p>Esketamine was approved in 2019 as a nasal spray.</p>
</article><footer>Copyright</footer></body></html>"""


class Pages(BaseHTTPRequestHandler):
    agents: ClassVar[list[str]] = []
    revision: ClassVar[list[int]] = [0]

    def log_message(self, *args):  # keep the test output clean
        pass

    def send(self, status, body: bytes, content_type="text/html; charset=utf-8", length=True):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        Pages.agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/news/ketamine-clinic.html":
            self.send(200, ARTICLE.encode("utf-8"))
        elif path == "/latin1":
            body = ARTICLE.replace("Ketamine in the clinic", "Kétamine à la clinique")
            self.send(200, body.encode("latin-1"), "text/html; charset=iso-8859-1")
        elif path == "/old-link":
            self.send_response(301)
            self.send_header("Location", "/news/ketamine-clinic.html")
            self.end_headers()
        elif path == "/missing":
            self.send(404, b"<p>Not here.</p>")
        elif path == "/broken":
            self.send(500, b"<p>Oops.</p>")
        elif path == "/slow":
            time.sleep(3)
            self.send(200, ARTICLE.encode())
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the limit is checked on the body
            chunk = b"<p>" + b"Ketamine helps some patients. " * 1000 + b"</p>\n"
            try:
                for _ in range(100):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/picture.png":
            self.send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
        elif path == "/chrome-only":
            self.send(200, b"<html><body><nav>Home</nav><script>x()</script></body></html>")
        elif path == "/changing":
            Pages.revision[0] += 1
            body = ARTICLE.replace("in 2019", f"in 2019 (update {Pages.revision[0]})")
            self.send(200, body.encode())
        else:
            self.send(404, b"")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    # A proxy configured on the machine must not be asked for 127.0.0.1.
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
                 "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


def articles(runner, db) -> dict[str, dict]:
    result = invoke(runner, "articles", "--json", "-d", db)
    return {row["slug"]: row for row in json.loads(result.output)}


def test_a_page_is_fetched_after_redirects_and_read_like_a_saved_page(server, runner, tmp_path):
    db = tmp_path / "claims.db"
    result = invoke(runner, "ingest", f"{server}/old-link", "-d", db)
    assert result.exit_code == 0, result.output
    stored = articles(runner, db)["ketamine-clinic"]
    # The final URL after the redirect is the article's; where it came from is kept.
    assert stored["url"] == f"{server}/news/ketamine-clinic.html"
    assert stored["source_path"] == f"{server}/old-link"
    assert stored["source_type"] == "text/html" and len(stored["source_sha256"]) == 64
    assert stored["source_modified"].endswith("+00:00")
    assert (stored["title"], stored["author"]) == ("Ketamine in the clinic", "Dana Reporter")
    claims = invoke(runner, "claims", "ketamine-clinic", "--all", "-d", db).output
    assert "Ketamine relieves depression within hours in some patients, a café owner" in claims
    assert "Home" not in claims and "Copyright" not in claims
    assert Pages.agents[-1] == user_agent() and user_agent().startswith("annotator/")


def test_the_charset_the_server_declares_is_used(server, runner, tmp_path):
    db = tmp_path / "claims.db"
    result = invoke(runner, "ingest", f"{server}/latin1", "--slug", "latin", "-d", db)
    assert result.exit_code == 0, result.output
    assert articles(runner, db)["latin"]["title"] == "Kétamine à la clinique"
    assert "Warning" not in result.stderr


def test_bad_urls_are_one_line_each_and_the_good_ones_go_in(server, runner, tmp_path):
    db = tmp_path / "claims.db"
    listed = tmp_path / "links.txt"
    listed.write_text(f"# links from the desk\n{server}/news/ketamine-clinic.html\n\n"
                      f"{server}/missing\n{server}/picture.png\n", encoding="utf-8")
    result = invoke(runner, "ingest", f"{server}/broken", f"{server}/slow", f"{server}/huge",
                    f"{server}/chrome-only", "http://127.0.0.1:9/refused", "--from", listed,
                    "--timeout", "1", "--max-size", "1MB", "-d", db)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    expected = {
        f"{server}/broken": "the server answered HTTP 500",
        f"{server}/slow": "no answer within 1 s",
        f"{server}/huge": "more than 1,000,000 bytes",
        f"{server}/chrome-only": "the HTML has no readable text",
        "http://127.0.0.1:9/refused": "cannot fetch it (",
        f"{server}/missing": "the server answered HTTP 404",
        f"{server}/picture.png": "not an article but image/png",
    }
    for url, problem in expected.items():
        assert any(line.startswith(f"Error: {url}: {problem}") for line in errors), (url, errors)
    assert errors[-1].startswith(f"Error: {len(expected)} of {len(expected) + 1} inputs not "
                                 "ingested")
    assert set(articles(runner, db)) == {"ketamine-clinic"}


def test_a_changed_page_is_a_new_revision(server, runner, tmp_path):
    db = tmp_path / "claims.db"
    for _ in range(2):
        result = invoke(runner, "ingest", f"{server}/changing", "-d", db)
        assert result.exit_code == 0, result.output
    rows = json.loads(invoke(runner, "articles", "--all-revisions", "--json", "-d", db).output)
    assert [(row["slug"], row["revision"]) for row in rows] == [("changing", 1), ("changing", 2)]
    assert rows[0]["source_sha256"] != rows[1]["source_sha256"]


def test_url_slugs_and_url_lists(tmp_path):
    assert url_slug("https://example.org/2024/03/ketamine-hopes.html") == "ketamine-hopes"
    assert url_slug("https://example.org/news/12345/") == "news-12345"
    assert url_slug("https://example.org/") == "example-org"
    assert url_slug("https://example.org/sant%C3%A9/caf%C3%A9") == "café"
    bad = tmp_path / "bad.txt"
    bad.write_text("https://example.org/a\nftp://example.org/b\n", encoding="utf-8")
    with pytest.raises(InputError, match="not http"):
        read_url_list(str(bad))


def test_a_list_without_urls_is_one_line(runner, tmp_path):
    listed = tmp_path / "links.txt"
    listed.write_text("# the desk's links, none yet\n\n", encoding="utf-8")
    result = invoke(runner, "ingest", "--from", listed, "-d", tmp_path / "claims.db")
    assert result.exit_code == 1 and result.stderr == f"Error: {listed}: lists no URLs\n"
    assert not (tmp_path / "claims.db").exists() or invoke(
        runner, "articles", "--json", "-d", tmp_path / "claims.db").output.strip() == "[]"
