"""Build small RSS and Atom documents for tests, with the seed's stories."""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

WELFARE_TITLE = "Tăng cường tuyên truyền để người dân cùng thực hiện chính sách an sinh"
WELFARE_LEAD = (
    "TTTĐ - Quận Hoàng Mai cần tăng cường công tác tuyên truyền để người dân hiểu và cùng tham "
    "gia thực hiện các chính sách liên quan tới bảo đảm an sinh xã hội, nâng cao phúc lợi xã "
    "hội, chất lượng cuộc sống của Nhân dân."
)
WEATHER_TITLE = "Mưa lớn diện rộng, đề phòng lũ quét ở Bắc Bộ và Trung Bộ"
WEATHER_LEAD = (
    "TTTĐ - Theo Trung tâm Dự báo khí tượng thủy văn Quốc gia, ngày 11/7, thành phố Hà Nội có "
    "mưa, mưa vừa và dông, cục bộ có nơi mưa to. Gió tây bắc cấp 2-3."
)


@dataclass
class Item:
    title: str
    link: str
    description: str = ""
    guid: str | None = None
    pub_date: str = "Tue, 27 Feb 2024 14:46:00 +0700"
    categories: list[str] = field(default_factory=list)


def rss(
    items: list[Item],
    *,
    title: str = "Tuổi Trẻ Thủ Đô",
    encoding: str = "utf-8",
    extra_channel: str = "",
) -> bytes:
    parts = [
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>https://tuoitrethudo.vn/</link>"
        f"<description>{escape(title)}</description>{extra_channel}"
    ]
    for item in items:
        guid = f'<guid isPermaLink="false">{escape(item.guid)}</guid>' if item.guid else ""
        cats = "".join(f"<category>{escape(c)}</category>" for c in item.categories)
        parts.append(
            f"<item><title>{escape(item.title)}</title><link>{escape(item.link)}</link>{guid}"
            f"<description>{escape(item.description)}</description>"
            f"<pubDate>{item.pub_date}</pubDate>{cats}</item>"
        )
    parts.append("</channel></rss>\n")
    return "".join(parts).encode(encoding)


def welfare(
    link: str = "https://tuoitrethudo.vn/tang-cuong-tuyen-truyen-257312.html", **kw: object
) -> Item:
    return Item(WELFARE_TITLE, link, WELFARE_LEAD, **kw)  # type: ignore[arg-type]


def weather(
    link: str = "https://tuoitrethudo.vn/mua-lon-dien-rong-283400.html", **kw: object
) -> Item:
    kw.setdefault("pub_date", "Fri, 11 Jul 2025 06:00:00 +0700")
    return Item(WEATHER_TITLE, link, WEATHER_LEAD, **kw)  # type: ignore[arg-type]
