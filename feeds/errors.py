"""The one exception tree of feeds.

::

    FeedsError                  anything feeds raises on purpose
    ├── ConfigError             the YAML is wrong; carries every problem found
    ├── FetchError              a source could not be fetched (network, HTTP status, limits)
    ├── ParseError              a response is not a feed/page we can read
    ├── StoreError              the database refused or is unreachable
    └── ServeError              the HTTP server cannot listen where it is told to

Messages say what failed and with what input, e.g.
``fetch https://x/rss.xml: timed out after 20 s``, because they end up
verbatim in ``feeds sources`` where an operator reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class FeedsError(Exception):
    """Root of every error feeds raises on purpose."""


@dataclass(frozen=True)
class ConfigProblem:
    """One problem in a configuration file, located for a human."""

    file: str
    line: int | None  #: 1-based; None when the problem has no single place (e.g. file missing)
    key: str  #: dotted path such as ``sources[2].interval``
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


class ConfigError(FeedsError):
    """The configuration is invalid; ``problems`` lists all of them, not only the first."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.problems,))


class FetchError(FeedsError):
    """A fetch failed.

    ``status`` is the HTTP status when there was one; ``retry_after`` is the
    raw Retry-After header (429/503), which ``schedule`` turns into a due time.
    """

    def __init__(
        self,
        url: str,
        reason: str,
        *,
        status: int | None = None,
        retry_after: str | None = None,
        permanent: bool = False,
    ) -> None:
        self.url = url
        self.reason = reason
        self.status = status
        self.retry_after = retry_after
        self.permanent = permanent  #: e.g. 410 Gone: the source should be disabled
        super().__init__(f"fetch {url}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _fetch_error,
            (self.url, self.reason, self.status, self.retry_after, self.permanent),
        )


class ParseError(FeedsError):
    """The body could not be read as any supported format."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"parse {url}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.url, self.reason))


def _fetch_error(
    url: str, reason: str, status: int | None, retry_after: str | None, permanent: bool
) -> FetchError:
    return FetchError(url, reason, status=status, retry_after=retry_after, permanent=permanent)


class StoreError(FeedsError):
    """The store failed in a way the caller cannot fix by retrying the same input."""


class ServeError(FeedsError):
    """The service cannot listen on its configured address (taken, or not this host's)."""
