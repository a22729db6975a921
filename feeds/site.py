"""store -> publish: every published file of the site, rendered from the stored stories.

Used three ways with the same output: the HTTP server keeps the bytes in
memory, ``feeds build`` writes them to a folder, and ``publish.out_dir``
rewrites the changed ones after each poll (static hosting: serve the folder
as ``<base_url>/feeds/``).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from feeds.config import RESERVED_SLUG, Settings
from feeds.model import FeedInfo
from feeds.publish import FORMATS, render, render_index, render_opml
from feeds.store import Store


def feed_infos(settings: Settings) -> list[FeedInfo]:
    """The published feeds: ``all`` first, then each category in config order."""
    titles = {c.slug: c.title for c in settings.categories}
    site = settings.site

    def info(slug: str, title: str) -> FeedInfo:
        return FeedInfo(
            slug=slug,
            title=title,
            base_url=site.base_url,
            language=site.language,
            site_title=site.title,
            category_titles=titles,
        )

    return [info(RESERVED_SLUG, site.title)] + [info(s, t) for s, t in titles.items()]


def render_site(settings: Settings, store: Store) -> dict[str, bytes]:
    """Relative path -> bytes for every feed in every format, the index page and the OPML."""
    infos = feed_infos(settings)
    limit = settings.publish.entries_per_feed
    files: dict[str, bytes] = {}
    for info in infos:
        entries = store.entries(None if info.slug == RESERVED_SLUG else info.slug, limit)
        for fmt in FORMATS:
            files[f"{info.slug}.{fmt}"] = render(info, entries, fmt)
    files["index.html"] = render_index(infos[0], infos)
    files["feeds.opml"] = render_opml(infos[0], infos)
    return files


def write_site(files: dict[str, bytes], out_dir: Path) -> list[str]:
    """Write the files that changed, each atomically (temp file + rename); return their names."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in sorted(files.items()):
        target = out_dir / name
        try:
            if target.read_bytes() == data:
                continue
        except FileNotFoundError:
            pass
        fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o644)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        written.append(name)
    return written
