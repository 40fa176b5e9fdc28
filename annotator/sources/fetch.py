"""Articles from the web: ``annotator ingest https://…``.

A page is fetched with the standard library (no new dependency): redirects
followed, a timeout, a size limit (the same ``--max-size`` as files), the
charset the server declares, and a User-Agent that says what is asking. Several
URLs are fetched in parallel threads. The bytes then go through the same path as
a saved page (:func:`annotator.sources.read.read_source`), with the final URL as
the article's ``url``.

Every failure is an :class:`~annotator.errors.InputError` naming the URL, one
line: no answer, a refused connection, an HTTP error status, a type that is not
a document annotator reads, a body over the limit.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from importlib.metadata import PackageNotFoundError, version

from annotator.errors import InputError
from annotator.sources.read import DOCUMENT_LIMIT_FACTOR

DEFAULT_TIMEOUT = 20.0
MAX_PARALLEL = 8
# What each content type is read as; anything else is refused.
KINDS = {
    "text/html": "html", "application/xhtml+xml": "html", "text/plain": "txt",
    "text/markdown": "md", "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def user_agent() -> str:
    try:
        mine = version("annotator")
    except PackageNotFoundError:  # run from a source tree
        mine = "dev"
    return f"annotator/{mine} (fact-check annotation of health articles; Python urllib)"


@dataclass(frozen=True)
class Fetched:
    """One page as the server sent it."""

    url: str  # as asked
    final_url: str  # after redirects
    data: bytes
    content_type: str
    charset: str | None
    fetched_at: str  # UTC, ISO 8601
    kind: str  # html, txt, md, pdf or docx


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, limit: int) -> Fetched:
    """GET ``url``; raises :class:`InputError` naming it on any failure."""
    request = urllib.request.Request(url, headers={
        "User-Agent": user_agent(),
        "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,"
                  "*/*;q=0.1",
    })
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            headers: Message = response.headers
            content_type = (headers.get_content_type() or "").lower()
            kind = KINDS.get(content_type)
            if kind is None:
                raise InputError(f"{url}: not an article but {content_type or 'no type'} "
                                 "(annotator reads HTML pages, plain text, PDF and Word)")
            if kind in ("pdf", "docx"):  # images and fonts inside, as for files
                limit *= DOCUMENT_LIMIT_FACTOR
            declared = headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise InputError(f"{url}: {int(declared):,} bytes, over the {limit:,}-byte "
                                 "limit for one article (raise --max-size)")
            data = response.read(limit + 1)
            if len(data) > limit:
                raise InputError(f"{url}: more than {limit:,} bytes, over the limit for one "
                                 "article (raise --max-size)")
            return Fetched(
                url=url, final_url=response.geturl(), data=data, content_type=content_type,
                charset=headers.get_content_charset(), kind=kind,
                fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            )
    except urllib.error.HTTPError as error:
        error.close()  # it holds the response
        raise InputError(f"{url}: the server answered HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise InputError(f"{url}: no answer within {timeout:g} s") from None
        raise InputError(f"{url}: cannot fetch it ({_reason(reason)})") from None
    except TimeoutError:
        raise InputError(f"{url}: no answer within {timeout:g} s") from None
    except (OSError, ValueError) as error:  # a reset connection, a malformed URL
        raise InputError(f"{url}: cannot fetch it ({_reason(error)})") from None


def _reason(error: object) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def fetch_all(
    urls: Iterable[str], *, timeout: float, limit: int,
    done: Callable[[], None] | None = None,
) -> Iterator[tuple[str, Fetched | InputError]]:
    """Fetch in parallel threads; yields ``(url, page or error)`` in the order given."""
    urls = list(urls)
    if not urls:
        return

    def one(url: str) -> Fetched | InputError:
        try:
            return fetch(url, timeout=timeout, limit=limit)
        except InputError as error:
            return error
        finally:
            if done is not None:
                done()

    with ThreadPoolExecutor(max_workers=min(MAX_PARALLEL, len(urls))) as pool:
        yield from zip(urls, pool.map(one, urls), strict=True)


def read_url_list(path: str) -> list[str]:
    """``--from FILE``: one URL a line; blank lines and ``#`` comments skipped."""
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the list of URLs ({error})") from None
    urls = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    bad = [url for url in urls if not is_url(url)]
    if bad:
        raise InputError(f"{path}: not http(s) URLs: {', '.join(bad[:3])}")
    return urls
