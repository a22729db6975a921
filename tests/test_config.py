"""Configuration: the issue's example loads as written; every error names file, line and key."""

from __future__ import annotations

import re
import shutil
import textwrap
from pathlib import Path

import pytest

from feeds.cli import main
from feeds.config import config_path, load, parse_duration
from feeds.errors import ConfigError

ROOT = Path(__file__).parent.parent
EXAMPLE = textwrap.dedent("""\
    database: sqlite:///data/feeds.db          # any SQLAlchemy URL
    timezone: Asia/Ho_Chi_Minh                 # for dates without a zone
    site:
      title: "Tin tổng hợp"
      base_url: http://127.0.0.1:8080          # used for self links and ids
      language: vi
    server: {host: 127.0.0.1, port: 8080}
    polling: {interval: 15m, concurrency: 32, timeout: 20s}
    publish: {entries_per_feed: 50}
    categories:
      - slug: an-sinh
        title: "An sinh xã hội"
        match:
          terms: ["An sinh", "Xã hội"]
          keywords: ["an sinh", "phúc lợi", "bảo hiểm y tế", "hộ nghèo"]
      - slug: thoi-tiet
        title: "Thời tiết"
        match:
          keywords: ["mưa lớn", "lũ quét", "dự báo khí tượng", "nắng nóng"]
    sources:
      - name: tttd-xa-hoi
        url: https://tuoitrethudo.vn/rss/xa-hoi.rss
        categories: [an-sinh]                   # every entry of this source goes here
        interval: 10m
      - name: local-sample
        url: file:samples/moi-truong.xml       # relative to this YAML file
    """)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_issue_example_loads_as_written(tmp_path: Path) -> None:
    settings = load(write(tmp_path, EXAMPLE))
    assert settings.polling.interval == 900 and settings.polling.timeout == 20
    assert settings.sources[0].interval == 600
    assert settings.database == f"sqlite:///{tmp_path / 'data' / 'feeds.db'}"
    assert settings.sources[1].url == (tmp_path / "samples" / "moi-truong.xml").as_uri()
    assert [c.slug for c in settings.categories] == ["an-sinh", "thoi-tiet"]


@pytest.mark.parametrize("name", ["demo.yaml", "feeds.yaml"])
def test_bundled_configs_are_valid(name: str) -> None:
    assert main(["check", "-c", str(ROOT / "config" / name)]) == 0


@pytest.mark.parametrize(
    ("old", "new", "line", "key", "message"),
    [
        (
            "    interval: 10m\n",
            "    interval: 10m\n    colour: red\n",
            25,
            "sources[0].colour",
            "unknown key",
        ),
        (
            "url: https://tuoitrethudo.vn/rss/xa-hoi.rss",
            "url: tuoitrethudo.vn/rss",
            22,
            "sources[0].url",
            "not an absolute http(s) or file: URL",
        ),
        (
            "categories: [an-sinh]",
            "categories: [an-sinh, the-thao]",
            23,
            "sources[0].categories[1]",
            "unknown category slug 'the-thao'",
        ),
        (
            "name: local-sample",
            "name: tttd-xa-hoi",
            25,
            "sources[1].name",
            "duplicate source name 'tttd-xa-hoi'",
        ),
        ("interval: 10m", "interval: ten minutes", 24, "sources[0].interval", "not a duration"),
        (
            "polling: {interval: 15m,",
            "polling: {interval: 0s,",
            8,
            "polling.interval",
            "must be positive",
        ),
        (
            "timezone: Asia/Ho_Chi_Minh",
            "timezone: Asia/Hanoi_City",
            2,
            "timezone",
            "unknown time zone",
        ),
        ("  - slug: thoi-tiet", "  - slug: all", 16, "categories[1].slug", "reserved"),
        ("site:\n", "site:\n  tittle: x\n", 4, "site.tittle", "unknown key"),
    ],
)
def test_each_error_exits_2_naming_file_line_and_key(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    old: str,
    new: str,
    line: int,
    key: str,
    message: str,
) -> None:
    assert old in EXAMPLE
    path = write(tmp_path, EXAMPLE.replace(old, new, 1))
    assert main(["check", "-c", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:{line}: {key}: " in err, err
    assert message in err


def test_check_reports_every_problem_at_once(tmp_path: Path) -> None:
    text = (
        EXAMPLE.replace("interval: 10m", "interval: 10 parsecs")
        .replace("name: local-sample", "name: tttd-xa-hoi")
        .replace("categories: [an-sinh]", "categories: [nope]")
        .replace("polling: {", "polling: {speed: 3, ")
    )
    with pytest.raises(ConfigError) as info:
        load(write(tmp_path, text))
    keys = [p.key for p in info.value.problems]
    assert keys == [
        "polling.speed",
        "sources[0].categories[0]",
        "sources[0].interval",
        "sources[1].name",
    ]
    assert all(p.line is not None for p in info.value.problems)


def test_yaml_syntax_error_names_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, EXAMPLE.replace('title: "Thời tiết"', 'title: "Thời tiết'))
    assert main(["check", "-c", str(path)]) == 2
    assert re.search(rf"{re.escape(str(path))}:\d+: YAML syntax", capsys.readouterr().err)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    assert main(["check", "-c", str(tmp_path / "nope.yaml")]) == 2


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("15m", 900), ("1h", 3600), ("2d", 172800), (45, 45), ("30", 30), (1.5, 1.5)],
)
def test_durations(text: object, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "m", "15 minutes", "-5s", "0", True])
def test_bad_durations(text: object) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


def test_config_default_and_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FEEDS_CONFIG", raising=False)
    assert config_path(None) == Path("config/feeds.yaml")
    monkeypatch.setenv("FEEDS_CONFIG", str(tmp_path / "x.yaml"))
    assert config_path(None) == tmp_path / "x.yaml"
    assert config_path("other.yaml") == Path("other.yaml")


def test_config_directory_can_move(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "config", tmp_path / "config")
    settings = load(tmp_path / "config" / "demo.yaml")
    assert settings.sources[0].url.startswith((tmp_path / "config" / "samples").as_uri())


def test_errors_survive_a_trip_to_a_worker_process() -> None:
    import pickle

    from feeds.errors import ConfigProblem, FetchError, ParseError

    for error in (
        ParseError("https://x.vn/rss", "not a feed"),
        FetchError("https://x.vn/rss", "HTTP 429", status=429, retry_after="60"),
        ConfigError([ConfigProblem("f.yaml", 3, "sources[0].url", "bad")]),
    ):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)
        assert vars(copy) == vars(error)


SCALARS = [
    *("yes", "no", "on", "true", "True", "TRUE", "tRue", "false", "~", "null", "Null", ""),
    *("0", "-0", "06", "017", "0o17", "0x1f", "0X1F", "1_000", "0b101", "+1", "-1", "00"),
    *("1.5", ".5", "1.", "1e3", "1e+3", "1.5e3", "-1.5e-3", ".inf", "-.Inf", ".nan", "1e"),
    *("1:30", "2024-01-01", "2024-01-01 10:00:00", "=", "<<", "15m", "90s", "10MB", "1x"),
    *("https://tuoitrethudo.vn/rss/xa-hoi.rss", "Tin tổng hợp", "'0.6'", '"true"', "-x"),
    *("[1, 2]", "{a: 1}", "!!str 1", "!!int '3'", "[&a x, *a]", "{<<: {a: 1}}", "|\n  khối"),
]


@pytest.mark.parametrize("scalar", SCALARS)
def test_the_fast_yaml_reading_agrees_with_ruamel_or_steps_aside(scalar: str) -> None:
    """libyaml reads a config unless a value might mean something else to ruamel (YAML 1.2)."""
    from ruamel.yaml import YAML

    from feeds.config import _UNSURE, _plain_yaml

    def plain(value: object) -> object:
        """ruamel's value as plain Python (its ScalarInt is an int, CommentedMap a dict ...)."""
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        for kind in (bool, int, float, str):
            if isinstance(value, kind):
                return kind(value)
        return value

    document = f"k: {scalar}\n"
    fast, reference = _plain_yaml(document), plain(YAML(typ="rt").load(document)["k"])
    if fast is _UNSURE:
        return  # ruamel reads it, as before
    value = fast["k"]
    assert type(value) is type(reference)
    assert value == reference or (value != value and reference != reference)  # nan


def test_a_config_of_plain_values_takes_the_fast_reading(tmp_path: Path) -> None:
    from feeds.config import _plain_yaml

    sources = "".join(f"  - {{name: s{i}, url: 'https://x.vn/{i}.rss'}}\n" for i in range(50))
    data = _plain_yaml(EXAMPLE + sources)
    assert isinstance(data, dict) and len(data["sources"]) == 52
    config = tmp_path / "feeds.yaml"
    config.write_text(EXAMPLE + sources, encoding="utf-8")
    assert len(load(config).sources) == 52


@pytest.mark.parametrize("valid", [True, False])
def test_reading_the_settings_runs_no_collection_and_leaves_the_collector_on(
    tmp_path: Path, valid: bool
) -> None:
    import gc

    sources = "".join(f"  - {{name: s{i}, url: 'https://x.vn/{i}.rss'}}\n" for i in range(2000))
    config = write(tmp_path, EXAMPLE + sources + ("" if valid else "  - {name: s0}\n"))
    collections: list[dict[str, int]] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info)

    thresholds = gc.get_threshold()
    gc.set_threshold(700, 10, 10)  # the interpreter's defaults: hundreds of collections
    gc.callbacks.append(count)
    try:
        assert main(["check", "-c", str(config)]) == (0 if valid else 2)
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*thresholds)
    assert gc.isenabled()
    if valid:  # read, then frozen, and after it the poll's thresholds (quiet_gc)
        assert collections == []


def test_a_command_line_error_leaves_the_collector_on(capsys: pytest.CaptureFixture[str]) -> None:
    import gc

    with pytest.raises(SystemExit):
        main(["poll", "--no-such-option"])
    assert gc.isenabled()
    assert "--no-such-option" in capsys.readouterr().err
