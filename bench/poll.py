"""Polling benchmark: ``feeds poll`` against lemon24's reader and a bare aiohttp ceiling.

    python bench/poll.py [--feeds 5000] [--entries 50] [--workers 1,8,16,32]

Why this shape: a poller's cost is fetching plus parsing plus storing, and
only a side-by-side run on the same corpus, server and machine says which part
is slow and by how much. Each poller runs in its own process per phase, so
its wall time includes interpreter start and imports (what an operator waits
for) and its CPU time and peak resident memory are its own: the parent reads
them from the kernel with ``os.wait4`` (``ru_maxrss`` of that child alone; not
``RUSAGE_CHILDREN``, which is the maximum over every child so far). Because
``feeds`` parses in worker processes, whose memory adds up while wait4 only
reports the largest process, the parent also samples the RSS sum of the
child's process tree every 0.1 s (psutil) and reports the larger figure.

Phases, in this order on one store per poller (fresh for each poller and each reader W):

* cold: empty store, every feed answers 200 with its full body;
* warm: the same again, every feed answers 304 to the validators of cold;
* changed: 10 % of the feeds replaced (3 new stories, 2 re-edited; new
  mtime, so nginx gives a new ETag), the others answer 304.

The corpus (``_corpus.py``) is generated once per parameter set into
``bench/.corpus/`` and served by nginx on 127.0.0.1; scratch files go to
``bench/.work/``. Results go to stdout and ``bench/results-poll.md``.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import fcntl
import json
import os
import re
import resource
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import FrameType

import _corpus

try:
    import psutil
except ImportError:  # peak RSS then comes from wait4 alone (undercounts worker processes)
    psutil = None

BENCH = Path(__file__).resolve().parent
CORPUS_DIR = BENCH / ".corpus"
WORK = BENCH / ".work"
RESULTS = BENCH / "results-poll.md"
PHASES = ("cold", "warm", "changed")
#: py-spy samples per second. Blocking sampling at 200 Hz stopped a 70-thread poll so
#: often that it ran ten times slower and SQLite lock waits timed out; hence
#: --nonblocking and a modest rate.
PROFILE_RATE = 100
SUMMARY = re.compile(
    r"poll: sources: (\d+) ok, (\d+) failed; entries: (\d+) new, (\d+) updated, (\d+) duplicate"
)


def feeds_summary(stdout: str) -> tuple[int, int, int, int, int] | None:
    """``feeds poll``'s summary line, as numbers: sources ok and failed, entries new,
    updated and duplicate; None when it printed none (it timed out or crashed)."""
    match = SUMMARY.search(stdout)
    if match is None:
        return None
    ok, failed, new, updated, duplicate = (int(g) for g in match.groups())
    return ok, failed, new, updated, duplicate


class BenchError(Exception):
    """A missing tool or a broken setup: printed as one line, exit status 2."""


# --------------------------------------------------------------------------- processes


@dataclass
class Run:
    """One measured child process."""

    wall: float  #: seconds from spawn to exit, as an operator would time it
    rss_mb: float  #: peak resident set size of that process, from wait4 (MiB)
    cpu: float  #: user + system seconds of that process: less disturbed by a busy machine
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool = False


def run_measured(
    cmd: list[str], log: Path, timeout: float, env: dict[str, str] | None = None
) -> Run:
    """Run ``cmd``, wait for it with ``os.wait4`` and return its own peak RSS and CPU time.

    Output goes to files, not pipes: a poller printing thousands of warnings
    must never block on a full pipe while we wait for it. The child gets its
    own process group, so a timeout or Ctrl-C also ends what it started (py-spy's
    child, a parse worker).
    """
    out_path, err_path = log.with_suffix(".out"), log.with_suffix(".err")
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env, start_new_session=True
        )
        timed_out = False
        tree_peak = 0
        try:
            deadline = started + timeout
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                tree_peak = max(tree_peak, tree_rss(proc.pid))
                if time.perf_counter() > deadline:
                    timed_out = True
                    _kill_group(proc.pid)
                    pid, status, usage = os.wait4(proc.pid, 0)
                    break
                time.sleep(0.1)
        except BaseException:
            _kill_group(proc.pid)
            with contextlib.suppress(ChildProcessError):
                os.wait4(proc.pid, 0)
            raise
        wall = time.perf_counter() - started
    _kill_group(proc.pid)  # leftovers, if the child left any running
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(
        wall=wall,
        # wait4 gives the child's own peak (or its largest reaped child's), in KiB;
        # the sampled sum covers a poller with worker processes (feeds' parse pool).
        rss_mb=max(usage.ru_maxrss * 1024, tree_peak) / 2**20,
        cpu=usage.ru_utime + usage.ru_stime,
        returncode=proc.returncode,
        stdout=out_path.read_text(errors="replace"),
        stderr=err_path.read_text(errors="replace"),
        timed_out=timed_out,
    )


def run_phase(cmd: list[str], log: Path, timeout: float, phase: str, warm_runs: int) -> Run:
    """One phase of a poller; the warm phase, which changes nothing, ``warm_runs`` times,
    keeping the run of median wall time: a few seconds long, it is the phase this shared
    machine's noise moves most (the same warm poll took 3.3 to 4.8 s)."""
    runs = [run_measured(cmd, log, timeout) for _ in range(warm_runs if phase == "warm" else 1)]
    runs.sort(key=lambda r: r.wall)
    return runs[len(runs) // 2]


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants now (0 when psutil is missing)."""
    if psutil is None:
        return 0
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def last_json(text: str) -> dict[str, object]:
    for line in reversed(text.splitlines()):
        if line.startswith("{"):
            return dict(json.loads(line))
    return {}


# --------------------------------------------------------------------------- nginx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


NGINX_CONF = """\
# Written by bench/poll.py for one run; static files only.
{user}worker_processes {workers};
daemon off;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    keepalive_timeout 120s;
    client_body_temp_path {work}/nginx-tmp/body;
    proxy_temp_path {work}/nginx-tmp/proxy;
    fastcgi_temp_path {work}/nginx-tmp/fastcgi;
    uwsgi_temp_path {work}/nginx-tmp/uwsgi;
    scgi_temp_path {work}/nginx-tmp/scgi;
    types {{ }}
    default_type application/xml;
    charset utf-8;
    charset_types application/xml;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        etag on;
    }}
}}
"""


class Nginx:
    """nginx serving the corpus on 127.0.0.1, stopped on exit whatever happens.

    nginx and not a Python server: the server must never be the bottleneck
    nor share the GIL with a poller, and nginx gives ETag and Last-Modified
    from the file's mtime and size like a real site's static feeds.
    """

    def __init__(self, root: Path, workers: int = 2) -> None:
        self.root = root
        self.workers = workers
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Nginx:
        binary = shutil.which("nginx") or next(
            (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None
        )
        if binary is None:
            raise BenchError("nginx not found: install it with `apt-get install -y nginx`")
        for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (WORK / "nginx-tmp" / sub).mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        conf = WORK / "nginx.conf"
        conf.write_text(
            NGINX_CONF.format(
                # As root, nginx workers would switch to "nobody", who may not read the corpus.
                user="user root;\n" if os.geteuid() == 0 else "",
                workers=self.workers,
                work=WORK,
                port=self.port,
                root=self.root,
            )
        )
        with (WORK / "nginx-stderr.log").open("wb") as log:
            # Its own session: Ctrl-C reaches us, and we stop nginx in __exit__.
            self.proc = subprocess.Popen(
                [binary, "-p", str(WORK), "-c", str(conf), "-e", str(WORK / "nginx-error.log")],
                stdout=log,
                stderr=log,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        try:
            self._wait_listening()
        except BaseException:
            self.__exit__()
            raise
        return self

    def _wait_listening(self) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                errors = (WORK / "nginx-error.log").read_text(errors="replace")[-2000:]
                raise BenchError(f"nginx exited with {self.proc.returncode}:\n{errors}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2),
            ):
                return
            time.sleep(0.05)
        raise BenchError(f"nginx did not listen on 127.0.0.1:{self.port} within 10 s")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def __exit__(self, *exc: object) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()  # SIGTERM: fast shutdown of master and workers
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


# --------------------------------------------------------------------------- pollers


@dataclass
class Phase:
    """One poller's result for one phase."""

    wall: float
    rss_mb: float
    stored: int | None  #: entries stored by this phase (new for cold; new + updated for changed)
    detail: str  #: the poller's own counts, for the reader of the table
    ok: bool = True  #: no source failed
    failures: list[str] = field(default_factory=list)
    complete: bool = True  #: the poller finished and reported its counts
    partial: bool = False  #: killed at the timeout; rates are from what it had stored by then
    sources_done: int | None = None  #: sources polled, when not all (partial)
    cpu: float | None = None  #: user + system seconds of the poller process


def phase_of(run: Run, stored: int | None, detail: str, **kwargs: object) -> Phase:
    return Phase(run.wall, run.rss_mb, stored, detail, cpu=run.cpu, **kwargs)  # type: ignore[arg-type]


@dataclass
class Poller:
    name: str
    label: str
    phases: dict[str, Phase] = field(default_factory=dict)
    note: str = ""
    workers: int | None = None  #: reader's thread count (W)


FEEDS_CONFIG_HEAD = """\
# Written by bench/poll.py. Every source is on 127.0.0.1, so the per-host politeness
# limit is raised to the global one: on real sites it stays at its default of 2.
database: sqlite:///{db}
timezone: Asia/Ho_Chi_Minh
site: {{title: "Bench", base_url: "http://127.0.0.1:8080", language: vi}}
polling: {{concurrency: 64, per_host: 64, timeout: 60s, interval: 1h}}
publish: {{entries_per_feed: 50}}
categories:
  - slug: thoi-tiet
    title: "Thời tiết"
    match:
      keywords: ["mưa lớn", "lũ quét", "sạt lở đất", "nắng nóng", "bão số 3"]
sources:
"""


def feeds_command() -> list[str]:
    script = Path(sys.executable).parent / "feeds"
    if script.exists():
        return [str(script)]
    found = shutil.which("feeds")
    if found is None:
        raise BenchError(
            "the feeds command was not found: activate the venv (. .venv/bin/activate) "
            "and pip install -e ."
        )
    return [found]


def compile_feeds() -> None:
    """Byte-compile the feeds package, as an installed package is: pip compiles what it
    installs (reader, aiohttp and the rest were). From an editable install, with
    PYTHONDONTWRITEBYTECODE set (as on the machines this was measured on), every feeds
    process would otherwise compile feeds' modules again: about 0.1 s of each warm poll,
    which no deployment pays."""
    package = BENCH.parent / "feeds"
    if package.is_dir() and not compileall.compile_dir(package, quiet=1):
        raise BenchError(f"cannot byte-compile {package}")


def write_feeds_config(urls: list[str], paths: list[str], db: Path) -> Path:
    lines = [FEEDS_CONFIG_HEAD.format(db=db)]
    for url, path in zip(urls, paths, strict=True):
        name = path.removesuffix(".xml").replace("/", "-")
        lines.append(f"  - {{name: {name}, url: {json.dumps(url)}}}\n")
    config = WORK / "feeds.yaml"
    config.write_text("".join(lines), encoding="utf-8")
    return config


def fresh(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def feeds_store_counts(db: Path) -> tuple[int, int, int] | None:
    """Stories, copies and polled sources in the feeds store, read directly.

    Read from SQLite rather than from the summary line so that a poll killed
    at the timeout still tells how far it got.
    """
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
            stories = con.execute("select count(*) from entries").fetchone()[0]
            copies = con.execute("select count(*) from copies").fetchone()[0]
            polled = con.execute("select count(*) from sources where last_fetch is not null")
            return int(stories), int(copies), int(polled.fetchone()[0])
    except sqlite3.Error:
        return None


def _store_text(counts: tuple[int, int, int] | None) -> str:
    if counts is None:
        return "store unreadable"
    return f"store: {counts[0]} stories, {counts[1]} copies, {counts[2]} sources polled"


def run_feeds(corpus: _corpus.Corpus, urls: list[str], timeout: float, warm_runs: int) -> Poller:
    db = WORK / "feeds.db"
    fresh(db)
    config = write_feeds_config(urls, corpus.paths, db)
    poller = Poller("feeds", "feeds", note="concurrency 64, per_host raised to 64 (one host here)")
    corpus.restore()
    for phase in PHASES:
        if phase == "changed":
            corpus.apply_changes()
        run = run_phase(
            [*feeds_command(), "poll", "-c", str(config)],
            WORK / f"feeds-{phase}",
            timeout,
            phase,
            warm_runs,
        )
        summary = feeds_summary(run.stdout)
        failures = [
            line.removeprefix("failed: ")
            for line in run.stderr.splitlines()
            if line.startswith("failed: ")
        ]
        store = feeds_store_counts(db)
        counts = _store_text(store)
        if summary is None:
            why = f"timed out after {timeout:.0f} s" if run.timed_out else f"exit {run.returncode}"
            tail = [] if run.timed_out else run.stderr.strip().splitlines()[-3:]
            detail = " | ".join([f"PARTIAL, no summary line ({why}); {counts}", *tail])
            partial = run.timed_out and phase == "cold" and store is not None
            poller.phases[phase] = phase_of(
                run, store[0] if partial and store else None, detail,
                ok=False, complete=False, partial=partial,
                sources_done=store[2] if partial and store else None,
            )  # fmt: skip
            print(f"  feeds {phase}: {detail}", flush=True)
            if run.timed_out:  # the next phases would not measure what they claim to
                break
            continue
        ok, failed, new, updated, dup = summary
        stored = new if phase == "cold" else new + updated
        detail = (
            f"{ok} ok, {failed} failed; {new} new, {updated} updated, {dup} duplicate; {counts}"
        )
        poller.phases[phase] = phase_of(
            run, stored if phase != "warm" else None, detail,
            ok=failed == 0, failures=failures,
        )  # fmt: skip
        print(f"  feeds {phase}: {run.wall:.1f} s, {run.rss_mb:.0f} MB; {detail}", flush=True)
    corpus.restore()
    return poller


def check_reader(python: str) -> None:
    probe = subprocess.run(
        [python, "-c", "import reader, sgmllib; print(reader.__version__)"],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        raise BenchError(
            f"reader is not importable by {python}: pip install 'reader>=3.26' sgmllib3k "
            "(reader 3.27 needs Python 3.12: run it from such a venv with --reader-python), "
            "or leave it out with --pollers feeds,ceiling\n"
            + probe.stderr.strip().splitlines()[-1:][0]
        )


def reader_version(python: str) -> str:
    probe = subprocess.run(
        [python, "-c", "import reader; print(reader.__version__)"], capture_output=True, text=True
    )
    return probe.stdout.strip()


def run_reader(
    corpus: _corpus.Corpus,
    url_file: Path,
    workers: int,
    python: str,
    timeout: float,
    warm_runs: int,
) -> Poller:
    db = WORK / f"reader-w{workers}.db"
    fresh(db)
    poller = Poller("reader", f"reader (W={workers})", workers=workers)
    corpus.restore()
    for phase in PHASES:
        if phase == "changed":
            corpus.apply_changes()
        cmd = [
            python, str(BENCH / "_reader_poll.py"), "--db", str(db), "--urls", str(url_file),
            "--phase", phase, "--workers", str(workers),
        ]  # fmt: skip
        run = run_phase(cmd, WORK / f"reader-w{workers}-{phase}", timeout, phase, warm_runs)
        data = last_json(run.stdout)
        if not data:
            why = f"timed out after {timeout:.0f} s" if run.timed_out else f"exit {run.returncode}"
            detail = f"no result ({why}): " + " | ".join(run.stderr.strip().splitlines()[-3:])
            poller.phases[phase] = phase_of(run, None, detail, ok=False, complete=False)
            print(f"  reader W={workers} {phase}: {detail}", flush=True)
            break
        new, modified, errors = int(data["new"]), int(data["modified"]), int(data["errors"])  # type: ignore[call-overload]
        stored = new if phase == "cold" else new + modified
        detail = (
            f"{new} new, {modified} modified, {data['not_modified']} not modified, "
            f"{errors} errors; {data['stored']} entries stored"
        )
        if phase == "cold":
            detail += f"; add_feed {float(data['setup_seconds']):.1f} s"  # type: ignore[arg-type]
        poller.phases[phase] = phase_of(
            run, stored if phase != "warm" else None, detail,
            ok=errors == 0, failures=list(data.get("first_errors", [])),  # type: ignore[call-overload]
        )  # fmt: skip
        print(
            f"  reader W={workers} {phase}: {run.wall:.1f} s, {run.rss_mb:.0f} MB; {detail}",
            flush=True,
        )
    corpus.restore()
    return poller


@dataclass
class Pair:
    """A poll by feeds and one by another poller (reader, the ceiling), of the same phase
    and the same N, run one right after the other."""

    first: str  #: which of the two ran first
    feeds: float | None  #: wall seconds; None if it failed
    other: float | None

    @property
    def ratio(self) -> float | None:
        """feeds' throughput over the other's."""
        return self.other / self.feeds if self.feeds and self.other else None


def cold_pairs(
    corpus: _corpus.Corpus,
    urls: list[str],
    url_file: Path,
    reader_workers: int,
    python: str,
    timeout: float,
    rounds: int,
) -> list[Pair]:
    """More cold polls of feeds and of reader, in turn, each pair back to back and the
    order alternating, so that the ratio of each pair is measured at one speed of the
    machine: a VM here drifted by 1.5x within an hour, and the main run measures feeds'
    cold poll minutes before reader's."""
    feeds_db, reader_db = WORK / "feeds-pair.db", WORK / "reader-pair.db"
    config = write_feeds_config(urls, corpus.paths, feeds_db)
    corpus.restore()
    feeds_cmd = [*feeds_command(), "poll", "-c", str(config)]
    reader_cmd = [
        python, str(BENCH / "_reader_poll.py"), "--db", str(reader_db), "--urls", str(url_file),
        "--phase", "cold", "--workers", str(reader_workers),
    ]  # fmt: skip

    def feeds_ok(run: Run) -> bool:
        summary = feeds_summary(run.stdout)
        return summary is not None and summary[1] == 0  # none failed

    def reader_ok(run: Run) -> bool:
        data = last_json(run.stdout)
        return bool(data) and int(data["errors"]) == 0  # type: ignore[call-overload]

    def feeds_cold() -> float | None:
        fresh(feeds_db)
        return pair_poll("feeds cold", feeds_cmd, WORK / "feeds-pair", timeout, feeds_ok)

    def reader_cold() -> float | None:
        fresh(reader_db)
        return pair_poll("reader cold", reader_cmd, WORK / "reader-pair", timeout, reader_ok)

    return in_turns("reader", feeds_cold, reader_cold, rounds)


def warm_pairs(
    corpus: _corpus.Corpus,
    urls: list[str],
    url_file: Path,
    connections: int,
    timeout: float,
    rounds: int,
) -> list[Pair]:
    """More warm polls of feeds and of the ceiling, in turn, the order alternating. The
    main run measures the ceiling's warm phase a minute before feeds', and a warm poll
    lasts a second or two, where a slow stretch of the VM shows: on the nineteenth VM
    feeds' warm poll took 2.7 s in the main run and 1.9-2.3 s in turns with the ceiling
    half an hour later, while the ceiling's stayed at 1.0-1.1 s."""
    config = write_feeds_config(urls, corpus.paths, WORK / "feeds.db")  # the main run's store
    feeds_cmd = [*feeds_command(), "poll", "-c", str(config)]
    ceiling_cmd = ceiling_command(url_file, "warm", connections)
    feeds_log, ceiling_log = WORK / "feeds-pair", WORK / "ceiling-pair"
    # The main run put the changed feeds back with new mtimes, hence new ETags: both
    # pollers first take the validators of the corpus as served now.
    run_measured(ceiling_command(url_file, "cold", connections), ceiling_log, timeout)
    run_measured(feeds_cmd, feeds_log, timeout)

    def feeds_ok(run: Run) -> bool:
        summary = feeds_summary(run.stdout)
        return summary is not None and summary[:4] == (len(urls), 0, 0, 0)  # all unchanged

    def ceiling_ok(run: Run) -> bool:
        data = last_json(run.stdout)
        return bool(data) and data["statuses"] == {"304": len(urls)}

    return in_turns(
        "ceiling",
        partial(pair_poll, "feeds warm", feeds_cmd, feeds_log, timeout, feeds_ok, digits=2),
        partial(pair_poll, "ceiling warm", ceiling_cmd, ceiling_log, timeout, ceiling_ok, digits=2),
        rounds,
    )


def pair_poll(
    what: str, cmd: list[str], log: Path, timeout: float, ok: Callable[[Run], bool], digits: int = 1
) -> float | None:
    """One poll of a pair: its wall seconds, or None if ``ok`` says it failed."""
    run = run_measured(cmd, log, timeout)
    good = ok(run)
    print(f"  pair: {what} {run.wall:.{digits}f} s{'' if good else ' (FAILED)'}", flush=True)
    return run.wall if good else None


def in_turns(
    other: str,
    feeds: Callable[[], float | None],
    theirs: Callable[[], float | None],
    rounds: int,
) -> list[Pair]:
    """``rounds`` pairs of one poll by each, the other poller first in every other pair."""
    pairs = []
    for round_ in range(rounds):
        if round_ % 2 == 0:
            other_s = theirs()
            pairs.append(Pair(other, feeds(), other_s))
        else:
            feeds_s = feeds()
            pairs.append(Pair("feeds", feeds_s, theirs()))
    return pairs


def _wall(poller: Poller, phase: str) -> float | None:
    """A poller's wall seconds for ``phase`` in the main run, if it ran."""
    measured = poller.phases.get(phase)
    return measured.wall if measured else None


def pairs_table(main: Pair | None, pairs: list[Pair], phase: str, other: str) -> str:
    every = ([main] if main else []) + pairs
    digits = 1 if phase == "cold" else 2
    rows = [
        f"| pair | first | feeds {phase} s | {other} {phase} s | feeds/{other} |",
        "|---|---|---|---|---|",
    ]
    for i, p in enumerate(every):
        label = "main run" if main and i == 0 else str(i if main else i + 1)
        rows.append(
            f"| {label} | {p.first} | {_fmt(p.feeds, digits)} | {_fmt(p.other, digits)} | "
            f"{_fmt(p.ratio, 2) if p.ratio else '-'} |"
        )
    ratios = sorted(p.ratio for p in every if p.ratio)
    text = "\n".join(rows)
    if ratios:
        text += (
            f"\n\nMedian feeds/{other} over {len(ratios)} pairs: "
            f"**{statistics.median(ratios):.2f}x** (from {ratios[0]:.2f} to {ratios[-1]:.2f})."
        )
    return text


#: Where the ceiling keeps the ETags and Last-Modified it was served, for its warm polls.
CEILING_VALIDATORS = WORK / "ceiling-validators.json"


def ceiling_command(url_file: Path, phase: str, connections: int) -> list[str]:
    """The bare fetch of every URL in ``url_file``, as the ceiling polls in ``phase``."""
    return [
        sys.executable, str(BENCH / "_bare_fetch.py"), "--urls", str(url_file),
        "--phase", phase, "--validators", str(CEILING_VALIDATORS),
        "--connections", str(connections),
    ]  # fmt: skip


def run_ceiling(
    corpus: _corpus.Corpus, url_file: Path, connections: int, timeout: float, warm_runs: int
) -> Poller:
    CEILING_VALIDATORS.unlink(missing_ok=True)
    poller = Poller(
        "ceiling", "ceiling", note=f"bare aiohttp, {connections} connections, no parsing"
    )
    corpus.restore()
    for phase in PHASES:
        if phase == "changed":
            corpus.apply_changes()
        cmd = ceiling_command(url_file, phase, connections)
        run = run_phase(cmd, WORK / f"ceiling-{phase}", timeout, phase, warm_runs)
        data = last_json(run.stdout)
        if not data:
            detail = "no result: " + " | ".join(run.stderr.strip().splitlines()[-3:])
            poller.phases[phase] = phase_of(run, None, detail, ok=False, complete=False)
            print(f"  ceiling {phase}: {detail}", flush=True)
            break
        statuses = ", ".join(f"{v}x{k}" for k, v in dict(data["statuses"]).items())  # type: ignore[call-overload]
        megabytes = int(data["bytes"]) / 2**20  # type: ignore[call-overload]
        detail = f"{statuses}; {megabytes:.0f} MB of bodies; {data['errors']} errors"
        poller.phases[phase] = phase_of(run, None, detail, ok=not data["errors"])
        print(f"  ceiling {phase}: {run.wall:.1f} s, {run.rss_mb:.0f} MB; {detail}", flush=True)
    corpus.restore()
    return poller


# --------------------------------------------------------------------------- profile


def profile_feeds(corpus: _corpus.Corpus, urls: list[str], timeout: float, top: int = 10) -> str:
    """A py-spy profile of one cold ``feeds poll``; returns a markdown summary.

    The raw (collapsed stacks) format is kept, so the summary is computed here
    and the file can be fed to any flame graph tool (speedscope imports it).
    """
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(spy).exists():
        raise BenchError("py-spy not found: pip install py-spy")
    db = WORK / "feeds-profile.db"
    fresh(db)
    config = write_feeds_config(urls, corpus.paths, db)
    corpus.restore()
    raw = WORK / "profile.txt"
    cmd = [
        spy, "record", "--format", "raw", "--rate", str(PROFILE_RATE), "--nonblocking",
        "--subprocesses", "-o", str(raw),
        "--", *feeds_command(), "poll", "-c", str(config),
    ]  # fmt: skip
    run = run_measured(cmd, WORK / "feeds-profile", timeout)
    if not raw.exists():
        raise BenchError(f"py-spy wrote no profile: {run.stderr.strip()[-500:]}")
    return summarise_profile(raw, run.wall, top)


_PROCESS_FRAME = re.compile(r'^process \d+:"[^"]*";')


def _frame_key(frame: str) -> tuple[str, str]:
    """'name (path/to/file.py:123)' -> ('name', 'short/path.py')."""
    name, _, where = frame.rpartition(" (")
    path = where.rstrip(")").rsplit(":", 1)[0]
    for marker in ("site-packages/", "lib/python3", "/work/main/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return (name or frame), path


def _package(path: str) -> str:
    if path.startswith("feeds/"):
        return path.removesuffix(".py").replace("/", ".")
    head = path.split("/", 1)[0]
    if head.startswith(".") or head[:1].isdigit():  # lib/python3.11/... (the stdlib)
        rest = path.split("/", 1)[1] if "/" in path else path
        return "stdlib:" + rest.split("/", 1)[0].removesuffix(".py")
    return head.removesuffix(".py")


def summarise_profile(raw: Path, wall: float, top: int) -> str:
    own: Counter[tuple[str, str]] = Counter()
    by_package: Counter[str] = Counter()
    by_stage: Counter[str] = Counter()
    total = 0
    for line in raw.read_text(errors="replace").splitlines():
        line = _PROCESS_FRAME.sub("", line)  # --subprocesses: 'process 123:"cmd line";...'
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [_frame_key(f) for f in stack.split(";") if "(" in f]
        if not frames:
            continue
        total += count
        own[frames[-1]] += count
        by_package[_package(frames[-1][1])] += count
        stage = next((p for _, p in reversed(frames) if p.startswith("feeds/")), "(outside feeds)")
        by_stage[_package(stage) if stage.startswith("feeds/") else stage] += count
    if total == 0:
        return "py-spy recorded no samples"
    lines = [
        f"py-spy --nonblocking, {total} samples of active threads at {PROFILE_RATE} Hz "
        f"(a thread in C code counts, e.g. inside SQLite), {wall:.1f} s wall.",
        "",
        "| # | function (own time) | file | share |",
        "|---|---|---|---|",
    ]
    for i, ((name, path), count) in enumerate(own.most_common(top), 1):
        lines.append(f"| {i} | `{name}` | {path} | {100 * count / total:.1f} % |")
    lines += ["", "| package of the running frame | share |", "|---|---|"]
    lines += [f"| {p} | {100 * c / total:.1f} % |" for p, c in by_package.most_common(12)]
    lines += ["", "| innermost feeds module on the stack | share |", "|---|---|"]
    lines += [f"| {p} | {100 * c / total:.1f} % |" for p, c in by_stage.most_common(12)]
    return "\n".join(lines)


# --------------------------------------------------------------------------- report


def _fmt(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}" if value < 100 else f"{value:,.0f}"


def _ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0:
        return "-"
    return f"{a / b:.2f}"


def report(
    n: int, corpus: _corpus.Corpus, pollers: list[Poller], sweep: list[Poller], header: str
) -> str:
    by = {p.name: p for p in pollers}
    feeds, reader, ceiling = by.get("feeds"), by.get("reader"), by.get("ceiling")
    cols = [p for p in (feeds, reader, ceiling) if p is not None]
    head = ["phase", "metric", *[p.label for p in cols]]
    if feeds and reader:
        head.append("feeds/reader")
    if feeds and ceiling:
        head.append("feeds/ceiling")
    rows = [head, ["---"] * len(head)]

    def metric(p: Poller | None, phase: str, what: str) -> float | None:
        if p is None or phase not in p.phases:
            return None
        ph = p.phases[phase]
        if what == "wall s":
            return ph.wall
        if what == "CPU s":
            return ph.cpu
        if what == "sources/s":
            if ph.partial and ph.sources_done is not None:
                return ph.sources_done / ph.wall
            return n / ph.wall if ph.complete else None
        if what == "entries stored/s":
            return ph.stored / ph.wall if ph.stored else None
        return ph.rss_mb

    for phase in PHASES:
        for what in ("wall s", "CPU s", "sources/s", "entries stored/s", "peak RSS MB"):
            values = [metric(p, phase, what) for p in cols]
            row = [
                phase,
                what,
                *[
                    _fmt(v) + ("*" if v is not None and p.phases[phase].partial else "")
                    for p, v in zip(cols, values, strict=True)
                ],
            ]
            if feeds and reader:
                row.append(_ratio(metric(feeds, phase, what), metric(reader, phase, what)))
            if feeds and ceiling:
                row.append(_ratio(metric(feeds, phase, what), metric(ceiling, phase, what)))
            rows.append(row)
    table = "\n".join("| " + " | ".join(r) + " |" for r in rows)

    counts = ["| poller | phase | counts |", "|---|---|---|"]
    for p in [*cols, *[s for s in sweep if s is not reader]]:
        for phase, ph in p.phases.items():
            counts.append(f"| {p.label} | {phase} | {ph.detail} |")
    failures = [
        f"- {p.label} {phase}: {f}"
        for p in cols
        for phase, ph in p.phases.items()
        for f in ph.failures[:5]
    ]

    sweep_rows = ""
    if sweep:
        sweep_rows = "\n".join(
            ["| reader workers | cold s | warm s | changed s | peak RSS MB (max) |",
             "|---|---|---|---|---|"]
            + [
                f"| {s.label.split('=')[1].rstrip(')')} | "
                + " | ".join(_fmt(s.phases[ph].wall) if ph in s.phases else "-" for ph in PHASES)
                + f" | {_fmt(max((x.rss_mb for x in s.phases.values()), default=None))} |"
                for s in sweep
            ]
        )  # fmt: skip

    m = corpus.manifest
    expected = dict(m["expected"])  # type: ignore[call-overload]
    if not cols:
        return header + "\n"
    parts = [
        header,
        "",
        f"Corpus: {n} feeds on {m['sites']} sites ({m['formats']}), {m['entries']} entries "
        f"each, {int(m['bytes']) / 2**20:.0f} MB ({int(m['bytes']) / n / 1024:.0f} KB per feed); "  # type: ignore[call-overload]
        f"{expected['distinct_stories']} distinct stories in {expected['entries']} entries "
        f"({expected['shared_copies']} copies of {expected['shared_stories']} shared stories); "
        f"changed phase: {len(corpus.changed)} feeds, {expected['changed_new']} new + "
        f"{expected['changed_edited']} re-edited entries.",
        "",
        table,
        "",
        "Ratios are feeds divided by the other column: above 1 is slower for `wall s` and "
        "`CPU s` (user + system of the poller process, nginx not included) and more for "
        "`peak RSS MB`, faster for the rates. `entries stored/s`: new entries in cold, new + "
        "updated in changed; feeds stores each story once (copies merged), reader stores every "
        "entry of every feed.",
    ]
    if any(ph.partial for p in cols for ph in p.phases.values()):
        parts.append(
            "`*` partial: the phase was stopped at the timeout; rates are what it had polled "
            "and stored by then (from the store), the later phases were not run."
        )
    if sweep_rows:
        parts += ["", sweep_rows]
    parts += ["", *counts]
    if failures:
        parts += ["", "Failures (first 5 per phase):", *failures]
    notes = [f"- {p.label}: {p.note}" for p in cols if p.note]
    if notes:
        parts += ["", *notes]
    return "\n".join(parts) + "\n"


# --------------------------------------------------------------------------- main


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def feeds_revision() -> str:
    """The feeds commit measured, and whether its working tree differed (numbers move with it)."""
    try:
        out = subprocess.run(
            ["git", "-C", str(BENCH.parent), "log", "-1", "--format=%h %cs %s"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(BENCH.parent), "status", "--porcelain", "--", "feeds"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown revision"
    return f"{out}{' + uncommitted changes in feeds/' if dirty else ''}"


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "?",
    )
    mem = next(
        (
            int(line.split()[1]) / 2**20
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        0.0,
    )
    return f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GB RAM, Python {sys.version.split()[0]}"


def machine_busy() -> float:
    """Busy CPU seconds of the whole machine since boot, from /proc/stat."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    ticks = [int(f) for f in fields]
    idle = ticks[3] + ticks[4]  # idle + iowait
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python bench/poll.py", description=__doc__.splitlines()[0])
    p.add_argument("--feeds", type=int, default=5000, help="number of feeds (default 5000)")
    p.add_argument("--entries", type=int, default=50, help="entries per feed (default 50)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument(
        "--workers", default="1,8,16,32", help="reader worker counts to try (default 1,8,16,32)"
    )
    p.add_argument(
        "--pollers",
        default="ceiling,feeds,reader",
        help="which to run, comma-separated: ceiling, feeds, reader (default all)",
    )
    p.add_argument("--connections", type=int, default=64, help="ceiling connections (64)")
    p.add_argument(
        "--reader-python", default=sys.executable, help="interpreter with reader installed"
    )
    p.add_argument("--timeout", type=float, default=1800, help="seconds per phase (1800)")
    p.add_argument(
        "--warm-runs", type=int, default=3, help="runs of the warm phase, median kept (3)"
    )
    p.add_argument(
        "--profile",
        action="store_true",
        help="also profile one cold feeds poll with py-spy (summary printed and written)",
    )
    p.add_argument(
        "--cold-pairs",
        type=int,
        default=0,
        help="then this many more cold polls of feeds and of reader (its best W), in turn, "
        "each pair back to back; the table gives each pair's ratio and their median (0)",
    )
    p.add_argument(
        "--warm-pairs",
        type=int,
        default=0,
        help="then this many more warm polls of feeds and of the ceiling, in turn, "
        "each pair back to back; the table gives each pair's ratio and their median (0)",
    )
    p.add_argument(
        "--out",
        type=Path,
        help="markdown results file (default: bench/results-poll.md for a run of all three "
        "pollers, bench/.work/results-poll-nN.md otherwise)",
    )
    p.add_argument("--nginx-workers", type=int, default=2)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    wanted = {w.strip() for w in args.pollers.split(",") if w.strip()}
    unknown = wanted - {"feeds", "reader", "ceiling"}
    if unknown:
        print(f"error: unknown poller(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    workers = [int(w) for w in args.workers.split(",") if w.strip()]
    args.out = args.out or default_out(args.feeds, wanted)
    signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        return _run(args, wanted, workers)
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as exc:
        print(f"interrupted ({exc or 'Ctrl-C'}); nginx stopped", file=sys.stderr)
        return 130


def default_out(n: int, wanted: set[str]) -> Path:
    """Where results go unless ``--out`` says: the recorded file only for a run that
    compares all three pollers. A profile or a memory-scaling run of feeds alone wrote
    over the recorded comparison before."""
    if wanted == {"ceiling", "feeds", "reader"}:
        return RESULTS
    return WORK / f"results-poll-n{n}.md"


def _run(args: argparse.Namespace, wanted: set[str], workers: list[int]) -> int:
    if "feeds" in wanted or args.profile:
        feeds_command()
    if "reader" in wanted:
        check_reader(args.reader_python)
    WORK.mkdir(parents=True, exist_ok=True)
    lock = (WORK / "poll.lock").open("a+")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.seek(0)
        raise BenchError(
            f"another bench/poll.py is running ({lock.read().strip()}): two runs would share "
            "bench/.work/ and the CPU and measure nothing; wait for it to finish"
        ) from None
    lock.truncate(0)
    lock.write(f"pid {os.getpid()}, --feeds {args.feeds}, since {time.strftime('%H:%M:%S')}")
    lock.flush()
    n = args.feeds
    load = os.getloadavg()[0]
    if load > 0.5:
        print(
            f"warning: the machine is busy (load {load:.1f}) before we start: wall times will "
            "be inflated; CPU s is the steadier figure",
            file=sys.stderr,
        )
    generation = time.perf_counter()
    print(f"corpus: {n} feeds x {args.entries} entries (seed {args.seed}) ...", flush=True)
    corpus = _corpus.ensure(CORPUS_DIR, n, args.entries, args.seed, jobs=os.cpu_count() or 2)
    print(f"corpus: {corpus.root} ready in {time.perf_counter() - generation:.0f} s", flush=True)

    pollers: list[Poller] = []
    sweep: list[Poller] = []
    profile = pairs = warm = ""
    w = 0
    started = time.perf_counter()
    busy0, ours0 = machine_busy(), children_cpu()
    revision = feeds_revision()  # at the start: the code the pollers import
    with Nginx(corpus.www, args.nginx_workers) as nginx:
        urls = [nginx.url(path) for path in corpus.paths]
        url_file = WORK / "urls.txt"
        url_file.write_text("\n".join(urls) + "\n")
        with urllib.request.urlopen(urls[0]) as response:  # fail early, with a clear message
            if not response.headers.get("ETag"):
                raise BenchError("nginx gives no ETag; check bench/.work/nginx.conf")
        print(f"nginx: 127.0.0.1:{nginx.port}, {args.nginx_workers} workers", flush=True)
        if "ceiling" in wanted:
            print("ceiling (bare aiohttp):", flush=True)
            pollers.append(
                run_ceiling(corpus, url_file, args.connections, args.timeout, args.warm_runs)
            )
        if "feeds" in wanted:
            print("feeds poll (per_host raised to 64: every source is on 127.0.0.1):", flush=True)
            compile_feeds()
            pollers.append(run_feeds(corpus, urls, args.timeout, args.warm_runs))
        if "reader" in wanted:
            print(f"reader {reader_version(args.reader_python)}:", flush=True)
            for w in workers:
                sweep.append(
                    run_reader(
                        corpus, url_file, w, args.reader_python, args.timeout, args.warm_runs
                    )
                )
            complete = [s for s in sweep if "cold" in s.phases and s.phases["cold"].stored]
            best = min(complete or sweep, key=lambda s: s.phases["cold"].wall)
            best.note = "best cold wall time of workers " + ",".join(map(str, workers))
            pollers.append(best)
        feeds_run = next((p for p in pollers if p.name == "feeds"), None)
        reader_run = next((p for p in pollers if p.name == "reader"), None)
        if args.cold_pairs and feeds_run and reader_run and reader_run.workers:
            print(f"cold polls in pairs ({args.cold_pairs}):", flush=True)
            w = reader_run.workers
            more = cold_pairs(
                corpus, urls, url_file, w, args.reader_python, args.timeout, args.cold_pairs
            )
            main_pair = Pair("feeds", _wall(feeds_run, "cold"), _wall(reader_run, "cold"))
            pairs = pairs_table(main_pair, more, "cold", "reader")
        ceiling_run = next((p for p in pollers if p.name == "ceiling"), None)
        if args.warm_pairs and feeds_run and ceiling_run:
            print(f"warm polls in pairs ({args.warm_pairs}):", flush=True)
            turns = warm_pairs(
                corpus, urls, url_file, args.connections, args.timeout, args.warm_pairs
            )
            main_warm = Pair("ceiling", _wall(feeds_run, "warm"), _wall(ceiling_run, "warm"))
            warm = pairs_table(main_warm, turns, "warm", "ceiling")
        if args.profile:
            print("profiling a cold feeds poll with py-spy ...", flush=True)
            profile = profile_feeds(corpus, urls, args.timeout)

    elapsed = time.perf_counter() - started
    others = max(0.0, (machine_busy() - busy0) - (children_cpu() - ours0))
    header = (
        f"## Polling benchmark, N={n}\n\n{time.strftime('%Y-%m-%d %H:%M')}, {machine()}; "
        f"nginx {args.nginx_workers} workers on 127.0.0.1; each phase a separate process, "
        "wall time includes interpreter start; CPU s from wait4; peak RSS is the larger of "
        "wait4's ru_maxrss and the RSS sum of the process tree sampled every 0.1 s. "
        f"Other processes used {others / elapsed:.2f} of the {os.cpu_count()} cores on "
        f"average during the {elapsed:.0f} s run (load at start {load:.2f}).\n\n"
        f"feeds at {revision}."
    )
    text = report(n, corpus, pollers, sweep, header)
    if pairs:
        text += (
            f"\n### Cold polls in pairs, N={n}\n\nThe main run's cold polls (feeds first, "
            "reader some minutes later), then pairs run back to back, the order alternating, "
            f"reader with W={w}. Ratio: feeds' throughput over reader's.\n\n{pairs}\n"
        )
    if warm:
        text += (
            f"\n### Warm polls in pairs, N={n}\n\nThe main run's warm polls (medians; the "
            "ceiling's a minute before feeds'), then pairs run back to back, the order "
            "alternating, on the main run's store. Ratio: feeds' throughput over the "
            f"ceiling's.\n\n{warm}\n"
        )
    if profile:
        text += f"\n### Profile: one cold `feeds poll`, N={n}\n\n{profile}\n"
    feeds = next((p for p in pollers if p.name == "feeds"), None)
    if feeds and feeds.phases:
        peak = max(ph.rss_mb for ph in feeds.phases.values())
        text += f"\nfeeds peak RSS at N={n}: {peak:.0f} MB ({1024 * peak / n:.0f} KB per source)\n"
    print()
    print(text)
    args.out.write_text(text, encoding="utf-8")
    print(f"written to {args.out} in {time.perf_counter() - started:.0f} s total")
    failed = any(not ph.ok for p in pollers for ph in p.phases.values())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
