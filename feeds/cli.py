"""The ``feeds`` command line.

Exit status: 0 done, 1 some sources failed or the store is unusable, 2 the
configuration is invalid (every problem printed with file, line and key).

Each command imports what only it needs (the server, feed rendering, OPML,
terminal tables) when it runs: a ``feeds poll`` that finds every feed
unchanged is over in a few seconds, and imports were a third of that. Nothing
heavy is imported at the top, not even the configuration: a worker process
started with ``spawn`` runs the ``feeds`` script again, and importing
pydantic and the rest there cost each worker 11 MB and 0.2 s for nothing.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from feeds import __version__
from feeds.errors import ConfigError, FeedsError, ParseError, ServeError, StoreError

if TYPE_CHECKING:
    from rich.progress import Progress

    from feeds.config import Settings
    from feeds.model import PollOutcome

EXIT_FAILED = 1
EXIT_CONFIG = 2


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args, settings = _start(argv)
    except ConfigError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return EXIT_CONFIG
    if settings is None:  # a command that needs no configuration
        code: int = args.command(args)
        return code
    command: Callable[[Settings, argparse.Namespace], int] = args.command
    try:
        return command(settings, args)
    except (StoreError, ParseError, ServeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED


def _start(argv: Sequence[str] | None) -> tuple[argparse.Namespace, Settings | None]:
    """Read the command line, import the stages and read the configuration (unless the
    command needs none), with the cyclic collector off.

    What this makes (modules, classes, the settings of every source) lives as long
    as the process, and the collector at its default thresholds went through it
    some 350 times: 0.18-0.25 s, a twentieth of a ``feeds poll`` that finds 5,000
    feeds unchanged. It leaves about 2,000 objects of garbage, which ``quiet_gc``
    freezes with the rest rather than pay a full collection (0.1 s) for them.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        args = _parser().parse_args(argv)
        logging.basicConfig(
            level=logging.DEBUG if args.verbose else logging.INFO,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        # APScheduler reports every tick at INFO: a line every few seconds says nothing.
        logging.getLogger("apscheduler").setLevel(
            logging.DEBUG if args.verbose else logging.WARNING
        )
        if args.standalone:
            return args, None
        from feeds.config import config_path, load
        from feeds.pipeline import quiet_gc

        settings = load(config_path(args.config))
    finally:
        if collecting:
            gc.enable()
    quiet_gc()  # modules and settings live as long as the process
    return args, settings


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-c", "--config", help="YAML file (default: $FEEDS_CONFIG, then config/feeds.yaml)"
    )
    common.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    parser = argparse.ArgumentParser(prog="feeds", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"feeds {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    def add(name: str, fn: Callable[..., int], help: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, parents=[common], help=help, description=help)
        command.set_defaults(command=fn, standalone=False)
        return command

    add("check", cmd_check, "validate the configuration only")
    poll = add("poll", cmd_poll, "poll every (or one) source once, store, and exit")
    poll.add_argument("--source", action="append", metavar="NAME", help="only this source")
    build = add("build", cmd_build, "write every feed, index.html and feeds.opml to a folder")
    build.add_argument("--out", required=True, type=Path, metavar="DIR")
    add("serve", cmd_serve, "serve the published feeds over HTTP (no polling)")
    add("run", cmd_run, "the service: poll on schedule and serve")
    shown = add("sources", cmd_sources, "show each source's fetch state")
    shown.add_argument(
        "--failing", action="store_true", help="only sources whose last poll failed, or disabled"
    )
    dup = add("duplicates", cmd_duplicates, "list merged stories and the rule that merged them")
    dup.add_argument("--since", default="7d", help="first seen within this long (default 7d)")
    purge = add("purge", cmd_purge, "delete the stories retention.max_age says have expired")
    purge.add_argument("--dry-run", action="store_true", help="only count them")
    found = add("discover", cmd_discover, "show the feeds a page announces")
    found.add_argument("url", help="a page or feed URL")
    found.set_defaults(standalone=True)
    imp = add("import-opml", cmd_import_opml, "add an OPML file's feeds to the config file")
    imp.add_argument("file", type=Path, help="the OPML file")
    exp = add("export-opml", cmd_export_opml, "write the configured sources as OPML 2.0")
    exp.add_argument("--out", type=Path, help="file to write (default: standard output)")
    return parser


def cmd_check(settings: Settings, args: argparse.Namespace) -> int:
    print(
        f"{settings.path}: ok ({len(settings.sources)} sources, "
        f"{len(settings.categories)} categories)"
    )
    return 0


def cmd_poll(settings: Settings, args: argparse.Namespace) -> int:
    import asyncio

    from feeds.pipeline import summary_line

    names = args.source or [s.name for s in settings.sources if s.enabled]
    unknown = sorted(set(names) - {s.name for s in settings.sources})
    if unknown:
        print(f"error: unknown source: {', '.join(unknown)}", file=sys.stderr)
        return EXIT_CONFIG
    outcomes = asyncio.run(_poll_once(settings, names))
    for outcome in outcomes:
        if not outcome.ok:
            print(f"failed: {outcome.source}: {outcome.error}", file=sys.stderr)
    print(f"poll: {summary_line(outcomes)}")
    return 0 if all(o.ok for o in outcomes) else EXIT_FAILED


async def _poll_once(settings: Settings, names: list[str]) -> list[PollOutcome]:
    import asyncio

    from feeds.pipeline import Poller, Workers, make_fetcher, sync, utcnow
    from feeds.store import Store

    store = await asyncio.to_thread(Store.open, settings.database)
    try:
        now = utcnow()
        await asyncio.to_thread(sync, settings, store, now)
        claim = partial(
            store.claim_due,
            now,
            limit=len(names),
            lease=timedelta(seconds=settings.polling.lease),
            worker="feeds-poll",
            names=names,
        )
        # Submitted at once, so that the HTTP client is imported while SQLite updates the
        # claims (without the GIL): each took a tenth of a warm poll of 5,000 sources.
        claiming = asyncio.get_running_loop().run_in_executor(None, claim)
        fetcher = make_fetcher(settings)
        states = await claiming
        busy = sorted(set(names) - {s.name for s in states})
        if busy:
            print(
                f"skipped (being polled elsewhere or disabled): {', '.join(busy)}", file=sys.stderr
            )
        workers = Workers.of(settings, store)
        try:
            with _progress(len(states)) as advance:
                async with fetcher:
                    poller = Poller(settings, store, workers=workers)
                    outcomes = await poller.poll_many(states, fetcher, advance)
        finally:
            workers.close(wait=True)
        if settings.publish.out_dir is not None:
            from feeds.site import render_site, write_site

            files = await asyncio.to_thread(render_site, settings, store)
            await asyncio.to_thread(write_site, files, settings.publish.out_dir)
        return outcomes
    finally:
        store.close()


class _progress:
    """A progress bar on a terminal; nothing otherwise. Yields the per-outcome callback."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.bar: Progress | None = None

    def __enter__(self) -> Callable[[PollOutcome], None]:
        if not sys.stderr.isatty() or self.total == 0:
            return lambda outcome: None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.bar = Progress(
            TextColumn("polling"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.bar.start()
        task = self.bar.add_task("poll", total=self.total)
        bar = self.bar
        return lambda outcome: bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def cmd_build(settings: Settings, args: argparse.Namespace) -> int:
    from feeds.site import render_site, write_site
    from feeds.store import Store

    store = Store.open(settings.database)
    try:
        written = write_site(render_site(settings, store), args.out)
    finally:
        store.close()
    print(f"build: {len(written)} files written to {args.out}")
    return 0


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    import asyncio

    from feeds.service import Service

    asyncio.run(Service(settings, poll=False).run())
    return 0


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    import asyncio

    from feeds.service import Service

    asyncio.run(Service(settings).run())
    return 0


def _when(value: datetime | None, now: datetime) -> str:
    if value is None:
        return "-"
    seconds = (value - now).total_seconds()
    span = abs(seconds)
    text = (
        f"{span:.0f}s"
        if span < 120
        else f"{span / 60:.0f}m"
        if span < 7200
        else f"{span / 3600:.1f}h"
    )
    return f"in {text}" if seconds > 0 else f"{text} ago"


def cmd_sources(settings: Settings, args: argparse.Namespace) -> int:
    """A table on a terminal; tab-separated lines, one per source, when piped."""
    from feeds.store import Store

    store = Store.open(settings.database)
    try:
        states = store.sources()
    finally:
        store.close()
    if args.failing:
        states = [s for s in states if s.error_count or s.disabled_reason]
    now = datetime.now(UTC)
    header = ("source", "last fetch", "HTTP", "last error", "entries", "next poll")
    urls = {c.name: c.url for c in settings.sources}
    rows = []
    for s in states:
        error = (
            (s.disabled_reason and f"disabled: {s.disabled_reason}")
            or s.last_error
            or (f"warning: {s.last_warning}" if s.last_warning else "")
        )
        configured = urls.get(s.name)
        name = f"{s.name} → {s.url}" if configured and s.url != configured else s.name
        due = "disabled" if s.disabled_reason else _when(s.next_due, now)
        rows.append(
            (
                name,
                _when(s.last_fetch, now),
                str(s.last_status or "-"),
                error,
                str(s.entry_count),
                due,
            )
        )
    if not sys.stdout.isatty():
        for row in (header, *rows):
            print("\t".join(" ".join(cell.split()) for cell in row))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(*header, title=f"{len(states)} sources")
    for row in rows:
        table.add_row(*row)
    Console().print(table)
    return 0


def cmd_duplicates(settings: Settings, args: argparse.Namespace) -> int:
    from feeds.config import parse_duration
    from feeds.store import Store

    since = datetime.now(UTC) - timedelta(seconds=parse_duration(args.since))
    store = Store.open(settings.database)
    try:
        groups = store.merged_groups(since)
    finally:
        store.close()
    for entry, copies in groups:
        print(f"{entry.uid}  {entry.title}")
        for copy in copies:
            mark = "*" if copy["primary"] else " "
            print(f"  {mark} [{copy['rule']}] {copy['source']}: {copy['link'] or '-'}")
    print(f"{len(groups)} merged stories since {since:%Y-%m-%d %H:%M} UTC")
    return 0


def cmd_purge(settings: Settings, args: argparse.Namespace) -> int:
    from feeds import retention
    from feeds.pipeline import purge
    from feeds.store import Store

    now = datetime.now(UTC)
    before = retention.horizon(now, settings.retention.max_age)
    if before is None:
        print(f"{settings.path}: retention.max_age is not set: stories are kept for good")
        return 0
    store = Store.open(settings.database)
    try:
        count = purge(settings, store, now, dry_run=args.dry_run)
    finally:
        store.close()
    noun = "story" if count == 1 else "stories"
    verb = "would be deleted" if args.dry_run else "deleted"
    print(f"{count} {noun} {verb} (every copy published before {before:%Y-%m-%d %H:%M} UTC)")
    return 0


def cmd_discover(args: argparse.Namespace) -> int:
    """Print the feeds a URL is or announces, one per line: URL, type, title."""
    import asyncio

    from feeds.fetch import Fetcher
    from feeds.parse.discover import discover, sniff

    async def fetch() -> list[tuple[str, str, str]]:
        async with Fetcher() as fetcher:
            page = await fetcher.fetch(args.url, conditional=False)
        kind = sniff(page.body, page.content_type)
        if kind != "html":
            return [(page.final_url, kind, "(the URL is a feed)")]
        return [
            (f.url, f.type, f.title or "")
            for f in discover(page.body, url=page.final_url, content_type=page.content_type)
        ]

    try:
        found = asyncio.run(fetch())
    except FeedsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for url, kind, title in found:
        print(f"{url}\t{kind}\t{title}")
    if not found:
        print(f"no feeds announced on {args.url}", file=sys.stderr)
        return EXIT_FAILED
    return 0


def cmd_import_opml(settings: Settings, args: argparse.Namespace) -> int:
    from feeds.config import add_sources
    from feeds.opml import read_opml

    outlines = read_opml(args.file.read_bytes(), name=str(args.file))
    assert settings.path is not None
    try:
        added, created = add_sources(
            settings.path, ((o.title, o.xml_url, o.html_url, o.categories) for o in outlines)
        )
    except ConfigError as exc:
        for problem in exc.problems:
            print(f"error: import would make the config invalid: {problem}", file=sys.stderr)
        return EXIT_CONFIG
    skipped = len(outlines) - len(added)
    print(
        f"import-opml: {len(added)} sources added, {len(created)} categories created, "
        f"{skipped} already present; {settings.path} updated"
    )
    return 0


def cmd_export_opml(settings: Settings, args: argparse.Namespace) -> int:
    from feeds.opml import Outline, write_opml

    titles = {c.slug: c.title for c in settings.categories}
    data = write_opml(
        [
            Outline(
                title=s.title or s.name,
                xml_url=s.url,
                html_url=s.site_url,
                categories=tuple(titles[c] for c in s.categories),
            )
            for s in settings.sources
        ],
        title=settings.site.title,
    )
    if args.out is None:
        sys.stdout.buffer.write(data)
    else:
        args.out.write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
