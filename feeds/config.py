"""YAML -> typed settings. The only module that reads configuration files.

Validation collects *every* problem and reports each with file, line and key,
because an operator fixing a 200-source file should not have to rerun the check
once per typo. Relative paths in the file (``file:`` sources, a SQLite
database) are relative to the YAML file, so a config works from any directory.
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.resolver import implicit_resolvers

from feeds.errors import ConfigError, ConfigProblem

DEFAULT_CONFIG = "config/feeds.yaml"
RESERVED_SLUG = "all"

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3}


def parse_duration(value: object) -> float:
    """Read ``90s``, ``15m``, ``1h``, ``2d`` or a number of seconds into seconds."""
    if isinstance(value, bool):
        raise ValueError(f"not a duration: {value!r}")
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise ValueError(f"not a duration: {value!r} (use 90s, 15m, 1h, 1d or seconds)")
        seconds = float(match.group(1)) * _UNITS[match.group(2)]
    if seconds <= 0:
        raise ValueError(f"duration must be positive: {value!r}")
    return seconds


def parse_size(value: object) -> int:
    """Read ``10MB``, ``512KB`` or a number of bytes."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    match = _SIZE.match(str(value))
    if not match:
        raise ValueError(f"not a size: {value!r} (use 10MB, 512KB or bytes)")
    return int(float(match.group(1)) * _SIZE_UNITS[(match.group(2) or "b").lower()])


_WEEK = 7 * 86400.0

Duration = Annotated[float, BeforeValidator(parse_duration)]
Size = Annotated[int, BeforeValidator(parse_size)]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Site(_Strict):
    title: str = "feeds"
    base_url: str = "http://127.0.0.1:8080"  #: public address; used in self links and the page
    language: str = "vi"
    description: str | None = None

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"not an absolute http(s) URL: {value!r}")
        return value.rstrip("/")


class Server(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)
    refresh: Duration = 2.0  #: how often the server looks for changed entries to re-render
    metrics: bool = True  #: serve /metrics (Prometheus): polls, sources by state, stories
    metrics_every: Duration = 15.0  #: how often the store's numbers for /metrics are read


class Polling(_Strict):
    interval: Duration = 900.0  #: default interval between polls of a source
    concurrency: int = Field(32, ge=1, le=4096)  #: sources fetched at once
    per_host: int = Field(2, ge=1, le=256)  #: requests at once to one host
    timeout: Duration = 20.0  #: total time for one response
    max_bytes: Size = 10 * 1024 * 1024  #: body size limit, after decompression
    min_interval: Duration = 60.0
    max_interval: Duration = 86400.0  #: backoff and adaptive intervals stop here
    jitter: float = Field(0.1, ge=0, le=0.5)  #: +- fraction of the interval
    adaptive: bool = False  #: follow each source's observed publishing rate
    user_agent: str | None = None
    tick: Duration = 5.0  #: how often the service looks for due sources
    lease: Duration = 300.0  #: a claimed source is free again after this (crashed worker)
    #: processes that parse, dedupe and store fetched feeds; None: one per core, 0: a thread
    parse_workers: int | None = Field(None, ge=0, le=64)


class Publish(_Strict):
    entries_per_feed: int = Field(50, ge=1, le=10000)
    out_dir: Path | None = None  #: also write feed files here after each poll (static hosting)


class Dedupe(_Strict):
    cross_source: bool = True  #: merge copies across sources (link and text rules)
    window: Duration = 72 * 3600.0  #: text rules only merge copies published this close
    threshold: float = Field(0.6, ge=0.3, le=1.0)  #: least title and lead overlap, rule "similar"
    #: extra query parameters to ignore in links
    tracking_params: list[str] = Field(default_factory=list)


class Retention(_Strict):
    """How long stories are kept (``retention.py`` says which ones go)."""

    #: stories all of whose copies were published longer ago are deleted, and older
    #: entries are no longer stored; None keeps everything
    max_age: Duration | None = None
    #: each source's newest copies stay whatever their age: a story its feed still
    #: lists would otherwise come back as new
    keep_per_source: int = Field(100, ge=0)
    every: Duration = 3600.0  #: how often the service deletes what has expired

    @field_validator("max_age")
    @classmethod
    def _a_week_at_least(cls, value: float | None) -> float | None:
        if value is not None and value < _WEEK:
            raise ValueError(
                "must be at least 7d: adaptive polling counts the last week's stories "
                "and de-duplication matches within its window"
            )
        return value


class Match(_Strict):
    terms: list[str] = Field(default_factory=list)  #: the entry's own category terms that map here
    keywords: list[str] = Field(default_factory=list)  #: whole words or phrases in title or summary


class Category(_Strict):
    slug: Slug
    title: str
    description: str | None = None
    match: Match | None = None

    @field_validator("slug")
    @classmethod
    def _not_reserved(cls, value: str) -> str:
        if value == RESERVED_SLUG:
            raise ValueError(f"slug {RESERVED_SLUG!r} is reserved for the feed of every entry")
        return value


class Selectors(_Strict):
    """How to scrape a listing page (``type: html``): CSS, or XPath when starting with ``/``."""

    item: str  #: one match per story card
    title: str | None = None
    link: str | None = None  #: ``a@href`` style attribute access
    date: str | None = None
    date_format: str | None = None  #: strptime; without it the common Vietnamese forms are read
    summary: str | None = None
    image: str | None = None
    category: str | None = None
    author: str | None = None
    next: str | None = None  #: the next-page link
    max_pages: int = Field(1, ge=1, le=100)


class Source(_Strict):
    name: str = Field(min_length=1, max_length=200)
    url: str
    type: Literal["feed", "jsonfeed", "html"] | None = None  #: detected from the response if unset
    categories: list[str] = Field(default_factory=list)  #: every entry of this source goes to these
    interval: Duration | None = None  #: overrides polling.interval
    priority: int = 0  #: copies from higher priority sources provide the text of merged stories
    enabled: bool = True
    title: str | None = None  #: display name (OPML text); the name when unset
    site_url: str | None = None  #: the site's home page (OPML htmlUrl)
    selectors: Selectors | None = None  #: for ``type: html``
    full_text: bool = False  #: fetch each new entry's page once and extract the article
    content: str | None = None  #: selector of the article body; wins over automatic extraction
    #: keep only entries matching one of these (keywords or /regex/)
    include: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)  #: drop entries matching one of these

    @field_validator("include", "exclude")
    @classmethod
    def _patterns(cls, values: list[str]) -> list[str]:
        for value in values:
            if len(value) > 2 and value.startswith("/") and value.endswith("/"):
                try:
                    re.compile(value[1:-1])
                except re.error as exc:
                    raise ValueError(f"bad regex {value!r}: {exc}") from None
        return values

    @model_validator(mode="after")
    def _html_needs_selectors(self) -> Source:
        if self.type == "html" and self.selectors is None:
            raise ValueError("type: html needs selectors (at least selectors.item)")
        return self

    @field_validator("url")
    @classmethod
    def _absolute(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme == "file" and (parts.path or parts.netloc):
            return value
        if parts.scheme in ("http", "https") and parts.netloc:
            return value
        raise ValueError(f"not an absolute http(s) or file: URL: {value!r}")


class Settings(_Strict):
    database: str = "sqlite:///data/feeds.db"
    timezone: str = "Asia/Ho_Chi_Minh"  #: for dates that carry no zone
    site: Site = Site()
    server: Server = Server()
    polling: Polling = Polling()
    publish: Publish = Publish()
    dedupe: Dedupe = Dedupe()
    retention: Retention = Retention()
    categories: list[Category] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    path: Path | None = Field(default=None, exclude=True)  #: the file this came from

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone: {value!r}") from None
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @cached_property
    def _sources_by_name(self) -> dict[str, Source]:
        return {source.name: source for source in self.sources}

    def source(self, name: str) -> Source:
        """The source called ``name`` (KeyError if none). A dict lookup: the pipeline asks
        once per poll, and a scan would make a poll of N sources cost N^2."""
        return self._sources_by_name[name]

    def interval_of(self, source: Source) -> float:
        return source.interval if source.interval is not None else self.polling.interval


#: What a running service cannot take from a reloaded file: its store, and the server's
#: socket and routes, are set up once at start.
_FIXED_AT_START = ("database", "server.host", "server.port", "server.metrics")


def needs_restart(running: Settings, reloaded: Settings) -> list[str]:
    """The keys of ``_FIXED_AT_START`` whose values differ between the two."""
    changed = []
    for key in _FIXED_AT_START:
        section, _, name = key.rpartition(".")
        old = getattr(running, section) if section else running
        new = getattr(reloaded, section) if section else reloaded
        if getattr(old, name) != getattr(new, name):
            changed.append(key)
    return changed


def config_path(option: str | None) -> Path:
    """``-c`` wins, then ``$FEEDS_CONFIG``, then ``config/feeds.yaml``."""
    return Path(option or os.environ.get("FEEDS_CONFIG") or DEFAULT_CONFIG)


def load(path: str | os.PathLike[str]) -> Settings:
    """Read and validate a configuration file; raise ConfigError listing every problem."""
    file = Path(path)
    name = str(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([ConfigProblem(name, None, "", "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([ConfigProblem(name, None, "", f"cannot read: {exc}")]) from None
    plain = _plain_yaml(text)
    if isinstance(plain, dict) and not any(_cross_checks(plain, name)):
        try:
            return _resolve_paths(Settings.model_validate(plain), file)
        except ValidationError:
            pass  # reported below, with the line of each problem
    try:
        data = YAML(typ="rt").load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise ConfigError([ConfigProblem(name, line, "", f"YAML syntax: {problem}")]) from None
    if data is None:
        data = CommentedMap()
    if not isinstance(data, dict):
        raise ConfigError([ConfigProblem(name, 1, "", "the file must be a mapping of keys")])

    problems = list(_cross_checks(data, name))
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            loc = tuple(error["loc"])
            problems.append(ConfigProblem(name, _line_of(data, loc), _key_of(loc), _message(error)))
    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.key))
        raise ConfigError(problems)
    return _resolve_paths(settings, file)


def _plain_yaml(text: str) -> Any:
    """The document read by libyaml, or ``_UNSURE`` when it might not read exactly as
    ruamel.yaml (YAML 1.2) reads it. ruamel, in pure Python, takes 2 s for a file of
    5,000 sources, which every ``feeds poll`` and service start paid; libyaml takes
    0.2 s. Only plain scalars whose YAML 1.2 meaning is certain are converted here
    (null, true/false, decimal and hex integers, simple floats); anything else
    (tags, merge keys, duplicate keys, timestamps, octal or underscored numbers,
    a syntax error) goes to ruamel, which also gives the lines of any problems.
    """
    if not _LIBYAML:
        return _UNSURE
    import yaml

    try:
        root = yaml.compose(text, Loader=_PlainLoader)
    except yaml.YAMLError:
        return _UNSURE
    try:
        return None if root is None else _plain_node(root)
    except _Unsure:
        return _UNSURE


class _Unsure(Exception):
    """A node ``_plain_yaml`` leaves to ruamel.yaml."""


_UNSURE = object()
_PLAIN, _QUOTED = "!feeds-plain", "!feeds-quoted"
_MAP, _SEQ = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
try:
    import yaml as _yaml

    _LIBYAML = bool(_yaml.__with_libyaml__)

    class _PlainLoader(_yaml.CSafeLoader):
        """libyaml's parser, tagging untagged scalars only as plain or quoted, so that an
        explicit tag (``!!str 1``) stays visible."""

        def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
            if kind is _yaml.ScalarNode:
                return _PLAIN if implicit[0] else _QUOTED
            return _MAP if kind is _yaml.MappingNode else _SEQ

except ImportError:  # PyYAML is a dependency; a build without libyaml takes the slow path
    _LIBYAML = False

#: ruamel's own regexes, compiled here: it keeps them behind a lazy proxy whose every
#: attribute access costs more than the match (a third of loading 5,000 sources).
_YAML_1_2_TYPES = [
    (first, re.compile(regexp.pattern, regexp.flags))
    for versions, _, regexp, first in implicit_resolvers
    if (1, 2) in versions
]
_YAML_1_2_FIRST = {c for first, _ in _YAML_1_2_TYPES for c in first}
_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_HEX = re.compile(r"[-+]?0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+|\.[0-9]+)")


def _typed_in_yaml_1_2(value: str) -> bool:
    """Whether ruamel.yaml reads this plain scalar as anything but a string: its own
    implicit resolvers for YAML 1.2 decide, so "15m" or "https://..." are strings for both."""
    if value[:1] not in _YAML_1_2_FIRST:  # most names and every URL: no regex to try
        return False
    return any(value[:1] in first and regexp.match(value) for first, regexp in _YAML_1_2_TYPES)


def _plain_node(node: Any) -> Any:
    import yaml

    if node.tag == _QUOTED:
        return node.value
    if node.tag == _PLAIN:
        value: str = node.value
        if value in _NULL:
            return None
        if value in _BOOL:
            return _BOOL[value]
        if _INT.fullmatch(value):
            return int(value)
        if _HEX.fullmatch(value):
            return int(value, 16)
        if _FLOAT.fullmatch(value):
            return float(value)
        if _typed_in_yaml_1_2(value):  # octal, 1_000, .inf, dates, merge keys ...
            raise _Unsure
        return value
    if node.tag == _SEQ and isinstance(node, yaml.SequenceNode):
        return [_plain_node(item) for item in node.value]
    if node.tag == _MAP and isinstance(node, yaml.MappingNode):
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _plain_node(key_node)
            if not isinstance(key, str | int) or key in mapping:
                raise _Unsure  # duplicates are an error for ruamel; odd keys
            mapping[key] = _plain_node(value_node)
        return mapping
    raise _Unsure  # an explicit tag


def _cross_checks(data: Any, name: str) -> Iterable[ConfigProblem]:
    """Rules spanning several keys: unique names and slugs, known category slugs.

    They run on the raw YAML, so they are reported alongside type errors instead
    of only after those are fixed.
    """

    def items(key: str) -> list[tuple[int, Any]]:
        value = data.get(key)
        return (
            [(i, v) for i, v in enumerate(value) if isinstance(v, dict)]
            if isinstance(value, list)
            else []
        )

    def problem(loc: tuple[Any, ...], message: str) -> ConfigProblem:
        return ConfigProblem(name, _line_of(data, loc), _key_of(loc), message)

    slugs: set[str] = set()
    for i, category in items("categories"):
        slug = category.get("slug")
        if slug in slugs:
            yield problem(("categories", i, "slug"), f"duplicate category slug {slug!r}")
        if isinstance(slug, str):
            slugs.add(slug)
    names: set[str] = set()
    for i, source in items("sources"):
        source_name = source.get("name")
        if source_name in names:
            yield problem(("sources", i, "name"), f"duplicate source name {source_name!r}")
        if isinstance(source_name, str):
            names.add(source_name)
        wanted = source.get("categories")
        for j, slug in enumerate(wanted if isinstance(wanted, list) else []):
            if slug not in slugs:
                known = ", ".join(sorted(slugs)) or "none defined"
                yield problem(
                    ("sources", i, "categories", j),
                    f"unknown category slug {slug!r} (known: {known})",
                )


def slugify(text: str) -> str:
    """ASCII slug of a Vietnamese title: "Xã hội" -> "xa-hoi"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "source"


def add_sources(
    path: Path, items: Iterable[tuple[str, str, str | None, Sequence[str]]]
) -> tuple[list[str], list[str]]:
    """Append sources ``(title, url, site_url, folders)`` to a config file, keeping its
    comments, order and layout (a round-trip edit), with a category per folder.

    URLs already configured are skipped. The result is validated before the
    file is replaced, so a failed import leaves the file as it was. Returns the
    names added and the category slugs created.
    """
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    yaml.preserve_quotes = True
    data = yaml.load(path.read_text(encoding="utf-8")) or CommentedMap()
    sources = data.setdefault("sources", CommentedSeq())
    categories = data.setdefault("categories", CommentedSeq())
    by_title = {fold_title(c.get("title", "")): c.get("slug") for c in categories}
    slugs = {c.get("slug") for c in categories}
    names = {s.get("name") for s in sources}
    urls = {s.get("url") for s in sources}
    added: list[str] = []
    created: list[str] = []
    for title, url, site_url, folders in items:
        if url in urls:
            continue
        wanted = []
        for folder in folders:
            slug = by_title.get(fold_title(folder)) or slugify(folder)
            if slug not in slugs:
                categories.append(CommentedMap(slug=slug, title=folder))
                slugs.add(slug)
                by_title[fold_title(folder)] = slug
                created.append(slug)
            wanted.append(slug)
        name = base = slugify(title)
        counter = 2
        while name in names:
            name, counter = f"{base}-{counter}", counter + 1
        source = CommentedMap(name=name, url=url)
        if title != name:
            source["title"] = title
        if site_url:
            source["site_url"] = site_url
        if wanted:
            source["categories"] = CommentedSeq(wanted)
            source["categories"].fa.set_flow_style()
        sources.append(source)
        names.add(name)
        urls.add(url)
        added.append(name)
    out = io.StringIO()
    yaml.dump(data, out)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(out.getvalue(), encoding="utf-8")
    try:
        load(tmp)
    except ConfigError:
        tmp.unlink()
        raise
    os.replace(tmp, path)
    return added, created


def fold_title(text: str) -> str:
    return unicodedata.normalize("NFC", str(text)).casefold().strip()


def _resolve_paths(settings: Settings, file: Path) -> Settings:
    """Make file: URLs, the SQLite path and out_dir absolute, relative to the YAML file."""
    base = file.resolve().parent
    sources = [
        s.model_copy(update={"url": _resolve_file_url(s.url, base)})
        if s.url[:5].lower() == "file:"
        else s
        for s in settings.sources
    ]
    database = os.environ.get("FEEDS_DATABASE_URL") or _resolve_sqlite(settings.database, base)
    publish = settings.publish
    if publish.out_dir is not None and not publish.out_dir.is_absolute():
        publish = publish.model_copy(update={"out_dir": base / publish.out_dir})
    return settings.model_copy(
        update={"sources": sources, "database": database, "publish": publish, "path": file}
    )


def _resolve_file_url(url: str, base: Path) -> str:
    parts = urlsplit(url)
    if parts.scheme != "file":
        return url
    path = Path(parts.netloc + parts.path) if parts.netloc else Path(parts.path)
    return (base / path).resolve().as_uri() if not path.is_absolute() else path.as_uri()


def _resolve_sqlite(url: str, base: Path) -> str:
    prefix, sep, path = url.partition(":///")
    if not sep or not prefix.startswith("sqlite") or not path or path.startswith((":memory:", "/")):
        return url
    return f"{prefix}:///{(base / path).resolve()}"


def _line_of(data: Any, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of the deepest node of ``loc`` that exists in the YAML."""
    node, line = data, (data.lc.line + 1 if hasattr(data, "lc") else None)
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line = node.lc.key(part)[0] + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            line = node.lc.item(part)[0] + 1
            node = node[part]
        else:
            break
    return line


def _key_of(loc: tuple[Any, ...]) -> str:
    key = ""
    for part in loc:
        key += f"[{part}]" if isinstance(part, int) else (f".{part}" if key else str(part))
    return key


def _message(error: Any) -> str:
    kind, msg = error["type"], str(error["msg"])
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required key is missing"
    return msg.removeprefix("Value error, ")
