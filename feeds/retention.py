"""Which stories have had their time. Pure: the pipeline and the store act on it.

A news store that keeps every story grows for as long as it runs, while the
published feeds show only the newest. With ``retention.max_age`` set:

- a story **expires** when every copy of it was published before the horizon
  (now less ``max_age``), unless one of those copies is among its source's
  ``keep_per_source`` newest (sources still polled only: one removed from the
  config or disabled lists nothing any more). The store deletes expired
  stories with their copies and categories (``Store.purge``), a chunk at a time;
- an entry published before the horizon is **not stored** (nor, if stored
  before, updated): a feed that still lists an expired story, or a new source
  whose feed reaches back years, would otherwise bring it back as new at
  every poll.

The newest copies of each source stay because a feed that publishes rarely
still lists stories older than the horizon: deleted, and no longer stored,
they would leave its category feeds empty. An entry without a date takes the
time of each poll as its date, so the horizon never turns it away: deleted
while its feed still lists it, it would come back as a new story. The store
therefore keeps the stories whose undated copies their source's last parsed
document listed (``COPIES.listed``); once the feed drops one, it ages from its
first-seen time like any other.
"""

from __future__ import annotations

from datetime import datetime, timedelta


def horizon(now: datetime, max_age: float | None) -> datetime | None:
    """Stories published before this have expired; None when they never do."""
    return None if max_age is None else now - timedelta(seconds=max_age)


def expired(published: datetime, before: datetime | None) -> bool:
    """Whether an entry published at ``published`` is past the horizon ``before``."""
    return before is not None and published < before
