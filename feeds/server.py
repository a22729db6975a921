"""HTTP: serves the published files from memory.

A request never renders, compresses, or touches the database: every file is
rendered once per change (``SiteCache.update``), and its bytes, gzipped bytes,
ETag and Last-Modified are kept. That is the difference between serving ~7,000
and ~600 requests/s on one core. Conditional requests get 304, HEAD is
supported, unknown names get 404.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from feeds.metrics import MEDIA_TYPE as METRICS_TYPE
from feeds.metrics import Metrics
from feeds.publish import FORMATS

_TYPES = {
    "atom": FORMATS["atom"],
    "rss": FORMATS["rss"],
    "json": FORMATS["json"],
    "html": "text/html; charset=utf-8",
    "opml": "text/x-opml; charset=utf-8",
}
CACHE_CONTROL = "public, max-age=60"


@dataclass(frozen=True, slots=True)
class Rendered:
    """One file ready to send, in both encodings."""

    body: bytes
    gzipped: bytes
    etag: str  #: of the identity encoding; the gzip variant appends ``-gz``
    last_modified: datetime
    media_type: str

    @classmethod
    def of(cls, name: str, body: bytes, now: datetime) -> Rendered:
        digest = hashlib.blake2b(body, digest_size=12).hexdigest()
        return cls(
            body=body,
            gzipped=gzip.compress(body, compresslevel=6, mtime=0),
            etag=f'"{digest}"',
            last_modified=now.replace(microsecond=0),
            media_type=_TYPES[name.rsplit(".", 1)[-1]],
        )


class SiteCache:
    """The current rendered files. Replaced whole, so readers never see half an update."""

    def __init__(self) -> None:
        self.files: dict[str, Rendered] = {}
        self.revision = -1  #: the store revision the files were rendered from
        self.rendered_at: datetime | None = None

    def update(self, files: dict[str, bytes], revision: int, now: datetime) -> list[str]:
        """Swap in new files, keeping ETag and Last-Modified of those whose bytes did not change."""
        old = self.files
        new: dict[str, Rendered] = {}
        changed = []
        for name, body in files.items():
            previous = old.get(name)
            if previous is not None and previous.body == body:
                new[name] = previous
            else:
                new[name] = Rendered.of(name, body, now)
                changed.append(name)
        self.files, self.revision, self.rendered_at = new, revision, now
        return changed


def _accepts_gzip(request: Request) -> bool:
    for part in request.headers.get("accept-encoding", "").split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip().lower() in ("gzip", "*"):
            return params.replace(" ", "").lower() not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def _not_modified(request: Request, rendered: Rendered) -> bool:
    """RFC 9110: If-None-Match decides when present; else If-Modified-Since."""
    inm = request.headers.get("if-none-match")
    if inm is not None:
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return "*" in tags or rendered.etag in tags or _gz_etag(rendered) in tags
    ims = request.headers.get("if-modified-since")
    if ims:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError, IndexError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return rendered.last_modified <= since
    return False


def _gz_etag(rendered: Rendered) -> str:
    return rendered.etag[:-1] + '-gz"'


def send(request: Request, rendered: Rendered | None) -> Response:
    if rendered is None:
        return Response("not found\n", status_code=404, media_type="text/plain")
    gz = _accepts_gzip(request)
    headers = {
        "ETag": _gz_etag(rendered) if gz else rendered.etag,
        "Last-Modified": format_datetime(rendered.last_modified, usegmt=True),
        "Cache-Control": CACHE_CONTROL,
        "Vary": "Accept-Encoding",
    }
    if _not_modified(request, rendered):
        return Response(status_code=304, headers=headers)
    body = rendered.gzipped if gz else rendered.body
    if gz:
        headers["Content-Encoding"] = "gzip"
    if request.method == "HEAD":
        headers["Content-Length"] = str(len(body))
        return Response(status_code=200, headers=headers, media_type=rendered.media_type)
    return Response(body, headers=headers, media_type=rendered.media_type)


def create_app(cache: SiteCache, metrics: Metrics | None = None) -> Starlette:
    """The ASGI app over a cache that someone else keeps up to date, and ``/metrics`` when
    given the metrics to show."""

    async def index(request: Request) -> Response:
        return send(request, cache.files.get("index.html"))

    async def opml(request: Request) -> Response:
        return send(request, cache.files.get("feeds.opml"))

    async def feed(request: Request) -> Response:
        name = request.path_params["name"]
        return send(request, cache.files.get(name) if name.rsplit(".", 1)[-1] in FORMATS else None)

    async def healthz(request: Request) -> Response:
        ready = cache.rendered_at is not None
        body = {
            "status": "ok" if ready else "starting",
            "revision": cache.revision,
            "rendered_at": cache.rendered_at.isoformat() if cache.rendered_at else None,
            "files": len(cache.files),
        }
        return Response(
            json.dumps(body),
            status_code=200 if ready else 503,
            media_type="application/json",
            headers={"Cache-Control": "no-store"},
        )

    async def scrape(request: Request) -> Response:
        assert metrics is not None
        return Response(
            metrics.render(), media_type=METRICS_TYPE, headers={"Cache-Control": "no-store"}
        )

    methods = ["GET", "HEAD"]
    routes = [
        Route("/", index, methods=methods),
        Route("/index.html", index, methods=methods),
        Route("/feeds.opml", opml, methods=methods),
        Route("/feeds/{name}", feed, methods=methods),
        Route("/healthz", healthz, methods=methods),
    ]
    if metrics is not None:
        routes.append(Route("/metrics", scrape, methods=methods))
    return Starlette(routes=routes)
