"""Shared fixtures: real SQLite files, the real PostgreSQL, real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.message import Message
from pathlib import Path
from typing import Any

import feedparser
import pytest
from lxml import etree
from prometheus_client.parser import text_string_to_metric_families
from ruamel.yaml import YAML

DATA = Path(__file__).parent / "data"
PG_URL = os.environ.get(
    "FEEDS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REQUIRE_PG = os.environ.get("FEEDS_REQUIRE_POSTGRES") == "1"
ROOT = Path(__file__).parent.parent


def feed_fixtures() -> list[Path]:
    """Every feed document the tests hold, broken ones included."""
    found = [
        p
        for p in (DATA / "feeds").iterdir()
        if p.suffix in (".rss", ".xml", ".atom", ".rdf", ".bin")
    ]
    found += sorted((ROOT / "config" / "samples").iterdir())
    found += sorted((DATA / "site" / "rss").iterdir())
    return sorted(found)


def benchmark_feeds() -> list[tuple[str, bytes]]:
    """Feeds of the polling benchmark's corpus: 12 feeds of each format."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import _corpus as corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    feeds = corpus.feeds_for(150)
    sites = corpus.sites_for(150)
    anchor = datetime(2025, 7, 11, 8, tzinfo=UTC)
    documents = []
    for feed in feeds[::4][:36]:
        items = corpus.feed_items(1, feed, 50, anchor, 500, sites)
        documents.append((feed.path, corpus.render(feed, items, anchor)))
    return documents


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    return ("127.0.0.1", 0)


def _pg_admin() -> Any:
    import psycopg

    url = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    return psycopg.connect(url, autocommit=True, connect_timeout=3)


@pytest.fixture(scope="session")
def pg_available() -> str:
    """PostgreSQL reachability, checked once. Skips (or fails in CI) when it is not there."""
    try:
        _pg_admin().close()
    except Exception as exc:  # psycopg missing or server down
        message = f"PostgreSQL not reachable at {PG_URL} ({exc}); set FEEDS_TEST_POSTGRES_URL"
        if REQUIRE_PG:
            pytest.fail(message)
        pytest.skip(message)
    return PG_URL


@pytest.fixture
def pg_url(pg_available: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    name = f"feeds_test_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    base, _, _ = pg_available.rpartition("/")
    yield f"{base}/{name}"
    with _pg_admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs on a SQLite file and on the real PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db' / 'feeds.db'}"
    return str(request.getfixturevalue("pg_url"))


ConfigWriter = Callable[..., Path]


@pytest.fixture
def write_config(tmp_path: Path) -> ConfigWriter:
    """Write a config file from keyword sections; categories default to the issue's example."""

    def write(
        *,
        sources: list[dict[str, Any]],
        database: str | None = None,
        name: str = "feeds.yaml",
        **sections: Any,
    ) -> Path:
        document: dict[str, Any] = {
            "database": database or f"sqlite:///{tmp_path / 'data' / 'feeds.db'}",
            "timezone": "Asia/Ho_Chi_Minh",
            "site": {
                "title": "Tin tổng hợp",
                "base_url": "http://127.0.0.1:8080",
                "language": "vi",
            },
            # Threads, not worker processes: each poll would otherwise start a process
            # pool; test_core_e2e and the service tests cover the process path.
            "polling": {"interval": "15m", "concurrency": 8, "timeout": "5s", "parse_workers": 0},
            "publish": {"entries_per_feed": 50},
            "categories": EXAMPLE_CATEGORIES,
            "sources": sources,
        }
        document.update(sections)
        path = tmp_path / name
        path.write_text(dump_yaml(document), encoding="utf-8")
        return path

    return write


def dump_yaml(document: Any) -> str:
    out = io.StringIO()
    yaml = YAML(typ="safe", pure=True)
    yaml.allow_unicode = True
    yaml.default_flow_style = False
    yaml.dump(document, out)
    return out.getvalue()


EXAMPLE_CATEGORIES = [
    {
        "slug": "an-sinh",
        "title": "An sinh xã hội",
        "match": {
            "terms": ["An sinh", "Xã hội"],
            "keywords": ["an sinh", "phúc lợi", "bảo hiểm y tế", "hộ nghèo"],
        },
    },
    {
        "slug": "thoi-tiet",
        "title": "Thời tiết",
        "match": {"keywords": ["mưa lớn", "lũ quét", "dự báo khí tượng", "nắng nóng"]},
    },
]


# --- checking what we publish --------------------------------------------------------------

ATOM_NS = "{http://www.w3.org/2005/Atom}"


def assert_valid_atom(data: bytes) -> None:
    """RFC 4287: the RELAX NG grammar, plus its two Schematron rules lxml does not run."""
    schema = etree.RelaxNG(etree.parse(str(DATA / "atom.rng")))
    doc = etree.fromstring(data)
    assert schema.validate(doc), schema.error_log
    feed_author = doc.find(f"{ATOM_NS}author") is not None
    for entry in doc.iter(f"{ATOM_NS}entry"):
        assert feed_author or entry.find(f"{ATOM_NS}author") is not None, "entry without author"
        alternate = [
            link
            for link in entry.findall(f"{ATOM_NS}link")
            if link.get("rel", "alternate") == "alternate"
        ]
        assert alternate or entry.find(f"{ATOM_NS}content") is not None, "no alternate/content"


# --- running things ----------------------------------------------------------------------------

ROOT = Path(__file__).parent.parent


def start(config: Path, log: Path | None = None) -> subprocess.Popen[bytes]:
    """The service on ``config``; its output to a pipe, or to ``log`` for a test to read
    while it runs."""
    command = [sys.executable, str(ROOT / "scheduler.py"), "-c", str(config)]
    if log is None:
        return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=ROOT)
    with log.open("wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def get(url: str, **headers: str) -> tuple[int, Message, bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def titles(base: str, slug: str = "all") -> list[str]:
    status, _, body = get(f"{base}/feeds/{slug}.atom")
    return [e.title for e in feedparser.parse(body).entries] if status == 200 else []


def scrape(base: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a service's ``/metrics``, by name and sorted labels."""
    status, headers, body = get(f"{base}/metrics")
    assert status == 200 and headers["Content-Type"].startswith("text/plain; version=")
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(body.decode())
        for s in family.samples
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(predicate: Callable[[], Any], timeout: float = 20.0, what: str = "condition") -> Any:
    """Poll ``predicate`` until truthy (a correctness wait, not a timing assertion)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except Exception:
            value = None
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


class ThreadServer:
    """uvicorn serving an ASGI app from a thread, on 127.0.0.1, for real-HTTP tests."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.port = free_port()
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        wait_for(lambda: self.server.started, what="server start")
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def web() -> Iterator[Any]:
    """A threaded pytest-httpserver on 127.0.0.1 (a slow handler must not block the others)."""
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


REPORT: list[str] = []  #: measurements tests want shown in the summary (e.g. dedupe precision)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for line in REPORT:
        terminalreporter.write_line(line)
