"""The only module that speaks HTTP (and reads ``file:`` sources).

One ``Fetcher`` holds one aiohttp session for a whole run, so connections are
reused across sources. Politeness and safety are enforced here, where the bytes
are: a global limit of requests in flight, a per-host limit (a site with fifty
section feeds is not hit fifty times at once), a total time per response (a
server that drips a byte a second is cut off), and a size limit applied to the
*decompressed* stream (a gzip bomb stops at the limit). Conditional GET
validators go out with every request unless the caller asks for an
unconditional one.
"""

from __future__ import annotations

import asyncio
import email.utils
import hashlib
import mimetypes
import re
from collections import defaultdict
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote, urlsplit

import aiohttp
from yarl import URL

from feeds import __version__
from feeds.errors import FetchError
from feeds.model import Fetched

ACCEPT = (
    "application/atom+xml, application/rss+xml, application/feed+json, application/json;q=0.9, "
    "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.7, */*;q=0.1"
)
MAX_REDIRECTS = 5
_PERMANENT = (301, 308)
_CHUNK = 64 * 1024
_MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*(\d+)", re.IGNORECASE)


def user_agent(contact: str | None = None) -> str:
    """A clear User-Agent: who we are and where an admin can learn more."""
    suffix = f"; +{contact}" if contact else ""
    return f"feeds/{__version__} (feed aggregator{suffix})"


def body_hash(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=16).hexdigest()


class Fetcher:
    """Fetches source URLs with shared connections and limits. Use as ``async with``."""

    def __init__(
        self,
        *,
        concurrency: int = 32,
        per_host: int = 2,
        timeout: float = 20.0,
        max_bytes: int = 10 * 1024 * 1024,
        agent: str | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.per_host = per_host
        self._agent = agent or user_agent()
        self._concurrency = concurrency
        self._slots = asyncio.Semaphore(concurrency)
        self._hosts: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(per_host)
        )
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Fetcher:
        connector = aiohttp.TCPConnector(
            limit=self._concurrency, limit_per_host=self.per_host, ttl_dns_cache=300
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            headers={"User-Agent": self._agent, "Accept": ACCEPT},
            # From the request to the end of the body, redirects included. The slots the
            # fetch holds first (``fetch``) match the connector's limits, so a connection
            # is free when it starts: queueing for the slots does not count.
            timeout=aiohttp.ClientTimeout(total=self.timeout, sock_connect=self.timeout),
            max_line_size=16384,
            max_field_size=16384,
        )
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        conditional: bool = True,
    ) -> Fetched:
        """Fetch ``url``; raise FetchError with a human reason on any failure."""
        try:  # parsed once: aiohttp takes the parsed URL as it is
            target = URL(url)
        except (ValueError, TypeError) as exc:
            raise FetchError(url, f"invalid URL: {exc}") from None
        scheme = target.scheme
        if scheme == "file":
            return await asyncio.to_thread(
                _read_file, url, last_modified if conditional else None, self.max_bytes
            )
        if scheme not in ("http", "https"):
            raise FetchError(url, f"unsupported URL scheme {scheme!r}")
        headers = {}
        if conditional and etag:
            headers["If-None-Match"] = etag
        if conditional and last_modified:
            headers["If-Modified-Since"] = last_modified
        async with self._slots, self._hosts[target.raw_authority.lower()]:
            try:
                return await self._get(target, url, headers)
            except TimeoutError:
                raise FetchError(url, f"timed out after {self.timeout:g} s") from None
            except aiohttp.TooManyRedirects:
                raise FetchError(url, f"more than {MAX_REDIRECTS} redirects (a loop?)") from None
            except aiohttp.InvalidURL as exc:
                raise FetchError(url, f"invalid URL: {exc}") from None
            except aiohttp.ClientConnectorError as exc:
                raise FetchError(url, f"cannot connect: {exc.os_error or exc}") from None
            except aiohttp.ClientPayloadError as exc:
                raise FetchError(url, f"broken response body: {exc}") from None
            except aiohttp.ClientResponseError as exc:
                raise FetchError(url, f"bad response: {exc.message}", status=exc.status) from None
            except aiohttp.ClientError as exc:
                raise FetchError(url, f"{type(exc).__name__}: {exc}") from None

    async def _get(self, target: URL, url: str, headers: dict[str, str]) -> Fetched:
        assert self._session is not None, "use Fetcher as an async context manager"
        async with self._session.get(
            target, headers=headers, allow_redirects=True, max_redirects=MAX_REDIRECTS
        ) as response:
            permanent = _permanent_target(response)
            status = response.status
            if status == 304:
                return Fetched(
                    url=url,
                    final_url=str(response.url),
                    status=304,
                    body=b"",
                    etag=response.headers.get("ETag"),
                    last_modified=response.headers.get("Last-Modified"),
                    max_age=_max_age(response.headers.get("Cache-Control")),
                    permanent_redirect=permanent,
                )
            if status >= 400:
                raise FetchError(
                    url,
                    f"HTTP {status} {response.reason or ''}".rstrip(),
                    status=status,
                    retry_after=response.headers.get("Retry-After"),
                    permanent=status == 410,
                )
            body = await self._read_limited(url, response)
            return Fetched(
                url=url,
                final_url=str(response.url),
                status=status,
                body=body,
                content_type=response.headers.get("Content-Type"),
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
                max_age=_max_age(response.headers.get("Cache-Control")),
                permanent_redirect=permanent,
                body_hash=body_hash(body),
            )

    async def _read_limited(self, url: str, response: aiohttp.ClientResponse) -> bytes:
        declared = response.content_length
        if declared is not None and declared > self.max_bytes:
            raise FetchError(
                url, f"response of {declared} bytes is over the {_mb(self.max_bytes)} limit"
            )
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.content.iter_chunked(_CHUNK):
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(url, f"response is over the {_mb(self.max_bytes)} limit (cut)")
            chunks.append(chunk)
        return b"".join(chunks)


def _permanent_target(response: aiohttp.ClientResponse) -> str | None:
    """Where the chain of *permanent* redirects from the requested URL ends, if it starts with one.

    A chain 301 -> 302 -> 200 moves the source to the 302's URL only: the
    temporary hop must stay visible to later polls.
    """
    target = None
    for hop in response.history:
        if hop.status not in _PERMANENT:
            break
        location = hop.headers.get("Location")
        if location is None:
            break
        target = str(hop.url.join(URL(location)))
    return target


def _max_age(header: str | None) -> int | None:
    match = _MAX_AGE.search(header or "")
    return int(match.group(1)) if match else None


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:g} MB" if size >= 1024 * 1024 else f"{size} bytes"


def _read_file(url: str, last_modified: str | None, max_bytes: int) -> Fetched:
    """Read a ``file:`` source; its mtime stands in for Last-Modified, so re-polls are cheap."""
    path = Path(unquote(urlsplit(url).path))
    try:
        stat = path.stat()
        mtime = email.utils.formatdate(stat.st_mtime, usegmt=True) + f" {stat.st_mtime_ns}"
        if last_modified == mtime:
            return Fetched(url=url, final_url=url, status=304, body=b"", last_modified=mtime)
        if stat.st_size > max_bytes:
            raise FetchError(
                url, f"file of {stat.st_size} bytes is over the {_mb(max_bytes)} limit"
            )
        body = path.read_bytes()
    except FileNotFoundError:
        raise FetchError(url, "no such file", status=404) from None
    except OSError as exc:
        raise FetchError(url, f"cannot read: {exc.strerror or exc}") from None
    return Fetched(
        url=url,
        final_url=url,
        status=200,
        body=body,
        last_modified=mtime,
        body_hash=body_hash(body),
        content_type=mimetypes.guess_type(path.name)[0],
    )
