"""A deterministic corpus of Vietnamese news feeds for the polling benchmark.

Why generated rather than recorded: a benchmark must be repeatable offline, at
any N, with known answers (how many distinct stories, how many copies), so a
poller's counts can be checked and not only its speed. The text is built from
word lists of real Vietnamese news vocabulary (places, agencies, verbs,
topics, with full diacritics), so parsers, Unicode normalisation and
SimHash see the same kind of text they see in production.

Shape, chosen to match what ``feeds`` meets in the wild:

* ``sites`` of up to 50 section feeds each (a site uses one format: RSS 2.0,
  Atom 1.0 or RSS 1.0/RDF), 50 entries per feed, about 100 KB per feed with
  ``content:encoded`` / Atom ``content`` of a few paragraphs;
* 30 % of each feed's entries are *shared* stories drawn from a common pool
  (each appears in about three feeds), carried under link variants (http vs
  https, ``www.`` or not, ``?utm_*``, a trailing slash, a ``#fragment``) and
  each copy under the carrying site's own guid: the cross-source dedupe case;
* dates spread over the five days before an anchor hour, written in +07:00;
* 10 % of the feeds have a *changed* variant (3 new stories on top, 2 stories
  re-edited, the 3 oldest dropped) for the "changed" phase.

Everything is a function of (seed, feeds, entries) and of the anchor hour
recorded in the manifest; the corpus never contains the server port, so it is
reused across runs.
"""

from __future__ import annotations

import json
import random
import shutil
import unicodedata
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

VERSION = 2  #: bump when the generator changes, so stale corpora are regenerated
SECTIONS_PER_SITE = 50
SHARED_FRACTION = 0.3
COPIES_PER_SHARED = 3  #: average number of feeds carrying one shared story
CHANGED_FRACTION = 0.1
CHANGED_NEW = 3  #: new stories on top of a changed feed
CHANGED_EDITED = 2  #: stories whose title and lead are re-edited
DAYS = 5
VN = timezone(timedelta(hours=7))

PLACES = [
    "Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Quảng Ninh", "Nghệ An",
    "Thanh Hóa", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Bình Dương", "Đồng Nai", "Huế",
    "Quảng Nam", "Bắc Ninh", "Lào Cai", "Hà Giang", "Sơn La", "Cà Mau", "An Giang",
    "Kiên Giang", "Bến Tre", "Vĩnh Long", "Gia Lai", "Kon Tum", "Phú Yên", "Bình Định",
    "Quảng Ngãi", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Ninh Bình", "Nam Định",
    "Thái Bình", "Hưng Yên", "Hải Dương", "Vĩnh Phúc", "Phú Thọ", "Thái Nguyên",
    "Tuyên Quang", "Yên Bái", "Điện Biên", "Lai Châu", "Cao Bằng", "Lạng Sơn",
    "Bắc Giang", "Hòa Bình", "Long An", "Tiền Giang", "Trà Vinh", "Sóc Trăng",
    "Bạc Liêu", "Hậu Giang", "Đồng Tháp", "Tây Ninh", "Bình Phước", "Bà Rịa - Vũng Tàu",
    "Bình Thuận", "Ninh Thuận", "Đắk Nông", "Bắc Kạn", "Hà Nam",
]  # fmt: skip
AGENCIES = [
    "Bộ Y tế", "Bộ Giáo dục và Đào tạo", "Bộ Tài chính", "Bộ Công an",
    "Bộ Giao thông vận tải", "Bộ Công Thương", "Bộ Tài nguyên và Môi trường",
    "Bộ Nông nghiệp và Phát triển nông thôn", "Ngân hàng Nhà nước", "Quốc hội",
    "Chính phủ", "Thủ tướng", "UBND thành phố", "UBND tỉnh", "Sở Giao thông vận tải",
    "Sở Y tế", "Công an tỉnh", "Tổng cục Thống kê", "Tổng cục Thuế", "Bộ Xây dựng",
    "Bộ Kế hoạch và Đầu tư", "Trung tâm Dự báo khí tượng thủy văn quốc gia",
    "Ủy ban Chứng khoán Nhà nước", "Bảo hiểm xã hội Việt Nam", "Viện Kiểm sát nhân dân",
    "Tòa án nhân dân", "Cục Cảnh sát giao thông", "Hội đồng nhân dân",
    "Ủy ban Mặt trận Tổ quốc", "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Thông tin và Truyền thông", "Bộ Văn hóa, Thể thao và Du lịch", "Sở Giáo dục",
]  # fmt: skip
VERBS = [
    "công bố", "đề xuất", "yêu cầu kiểm tra", "triển khai", "phê duyệt", "khởi công",
    "cảnh báo", "tạm dừng", "điều chỉnh", "hỗ trợ", "xử phạt", "khởi tố", "thông qua",
    "ban hành quy định về", "đẩy mạnh", "siết chặt", "tăng cường kiểm soát", "chỉ đạo",
    "giải ngân", "thanh tra", "làm rõ", "xem xét", "kiến nghị", "rà soát", "tháo gỡ",
    "lấy ý kiến về", "hoàn thiện", "mở rộng", "nghiên cứu", "đánh giá",
]  # fmt: skip
TOPICS = [
    "giá xăng dầu", "giá vàng", "tỷ giá", "lãi suất cho vay", "học phí", "tuyển sinh lớp 10",
    "thi tốt nghiệp THPT", "bảo hiểm y tế", "dịch sốt xuất huyết", "mưa lớn", "lũ quét",
    "sạt lở đất", "nắng nóng", "bão số 3", "cao tốc Bắc - Nam", "sân bay Long Thành",
    "đường vành đai 3", "nhà ở xã hội", "giá đất", "thị trường bất động sản",
    "xuất khẩu gạo", "giá cà phê", "sầu riêng", "thị trường chứng khoán",
    "trái phiếu doanh nghiệp", "tai nạn giao thông", "vi phạm nồng độ cồn", "buôn lậu",
    "lừa đảo qua mạng", "an toàn thực phẩm", "ô nhiễm không khí", "rác thải nhựa",
    "chuyển đổi số", "căn cước công dân", "định danh điện tử", "du lịch nội địa",
    "lễ hội truyền thống", "đội tuyển Việt Nam", "V-League", "giá điện", "hạn mặn",
    "tiền lương", "lương hưu", "người lao động", "doanh nghiệp nhỏ và vừa", "đầu tư công",
    "dự án chậm tiến độ", "cải cách thủ tục hành chính", "khám chữa bệnh", "thuốc và vật tư y tế",
    "giáo viên mầm non", "sách giáo khoa", "xe buýt điện", "metro Bến Thành - Suối Tiên",
    "đường sắt đô thị", "thu ngân sách", "hàng giả", "khu công nghiệp", "năng lượng tái tạo",
    "điện mặt trời mái nhà", "chăn nuôi", "dịch tả lợn châu Phi", "giá lúa", "nước sạch nông thôn",
]  # fmt: skip
PEOPLE = [
    "ông Nguyễn Văn An", "bà Trần Thị Bình", "ông Lê Hoàng Cường", "ông Phạm Minh Đức",
    "bà Hoàng Thu Hà", "ông Vũ Quốc Hưng", "bà Đặng Thanh Hương", "ông Bùi Đức Khánh",
    "bà Đỗ Thị Lan", "ông Ngô Quang Minh", "ông Dương Văn Nam", "bà Lý Thị Ngọc",
    "ông Phan Thanh Phong", "bà Võ Thị Quỳnh", "ông Trịnh Xuân Sơn", "bà Hồ Thị Thảo",
    "ông Mai Văn Tiến", "bà Đinh Thị Uyên", "ông Lương Quốc Việt", "bà Tạ Thị Xuân",
]  # fmt: skip
ROLES = [
    "Giám đốc", "Phó Giám đốc", "Chủ tịch", "Phó Chủ tịch", "Trưởng phòng", "Cục trưởng",
    "Thứ trưởng", "người phát ngôn", "Chánh văn phòng", "Phó Cục trưởng",
]  # fmt: skip
TRENDS = ["tăng", "giảm", "tăng mạnh", "giảm sâu", "đi ngang", "phục hồi", "tăng nhẹ", "giảm nhẹ"]
CLAUSES = [
    "lượng khách tăng mạnh dịp cuối tuần", "giá nhiều mặt hàng thiết yếu biến động",
    "thời tiết diễn biến phức tạp", "nhiều tuyến đường ùn tắc kéo dài vào giờ cao điểm",
    "người dân đổ xô đi mua sắm", "nhiều doanh nghiệp gặp khó khăn về vốn",
    "mực nước trên các sông dâng cao", "cơ quan chức năng vào cuộc xác minh",
    "nhiều hộ gia đình phải di dời khẩn cấp", "tiến độ giải phóng mặt bằng còn chậm",
    "phụ huynh phản ánh nhiều khoản thu bất hợp lý", "đơn hàng xuất khẩu tăng trở lại",
    "nhiều bệnh viện quá tải", "lực lượng chức năng tăng cường tuần tra",
    "chính quyền địa phương tổ chức đối thoại với người dân",
]  # fmt: skip
WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
SENTENCES = [
    "Theo {agency}, trong {n} tháng đầu năm, {topic} tại {place} {trend} khoảng {p}% so với "
    "cùng kỳ năm trước.",
    "{Person}, {role} {agency}, cho biết đơn vị sẽ {verb} {topic} trong thời gian tới.",
    "{Person}, {role} {agency}, nhấn mạnh việc {verb} {topic} là nhiệm vụ trọng tâm của năm nay.",
    "Trước đó, {agency} đã {verb} {topic} ở {n} địa phương, trong đó có {place} và {place2}.",
    "Nhiều người dân tại {place} bày tỏ lo ngại về {topic} khi {clause}.",
    "Dự kiến, kết quả sẽ được báo cáo lên {agency} trước ngày {d}/{m}.",
    "Các chuyên gia cho rằng {topic} cần được {verb} đồng bộ, tránh tình trạng mỗi nơi một kiểu.",
    "Tính đến chiều {weekday}, lực lượng chức năng đã {verb} {n} trường hợp liên quan đến {topic}.",
    "Tổng vốn đầu tư của dự án khoảng {big} tỷ đồng, dự kiến hoàn thành vào quý {q} năm {year}.",
    "Theo ghi nhận của phóng viên, {clause}, trong khi {topic} ở {place2} vẫn {trend}.",
    "Đại diện {agency} thừa nhận {topic} còn nhiều bất cập và hứa sẽ {verb} ngay trong tháng {m}.",
    "Số liệu của {agency} cho thấy {topic} {trend} {p}%, cao nhất trong {n} năm trở lại đây.",
]
SECTIONS = [
    ("thoi-su", "Thời sự"), ("the-gioi", "Thế giới"), ("kinh-doanh", "Kinh doanh"),
    ("bat-dong-san", "Bất động sản"), ("khoa-hoc", "Khoa học"), ("giai-tri", "Giải trí"),
    ("the-thao", "Thể thao"), ("phap-luat", "Pháp luật"), ("giao-duc", "Giáo dục"),
    ("suc-khoe", "Sức khỏe"), ("doi-song", "Đời sống"), ("du-lich", "Du lịch"),
    ("so-hoa", "Số hóa"), ("xe", "Xe"), ("y-kien", "Ý kiến"), ("tam-su", "Tâm sự"),
    ("chinh-tri", "Chính trị"), ("xa-hoi", "Xã hội"), ("van-hoa", "Văn hóa"),
    ("quan-su", "Quân sự"), ("moi-truong", "Môi trường"), ("nong-nghiep", "Nông nghiệp"),
    ("giao-thong", "Giao thông"), ("chung-khoan", "Chứng khoán"), ("tai-chinh", "Tài chính"),
    ("ngan-hang", "Ngân hàng"), ("tieu-dung", "Tiêu dùng"), ("cong-nghe", "Công nghệ"),
    ("viec-lam", "Việc làm"), ("an-ninh", "An ninh"), ("toa-an", "Tòa án"),
    ("gioi-tre", "Giới trẻ"), ("phu-nu", "Phụ nữ"), ("gia-dinh", "Gia đình"),
    ("am-thuc", "Ẩm thực"), ("thoi-trang", "Thời trang"), ("am-nhac", "Âm nhạc"),
    ("dien-anh", "Điện ảnh"), ("sach", "Sách"), ("bong-da", "Bóng đá"),
    ("quan-vot", "Quần vợt"), ("doanh-nhan", "Doanh nhân"), ("quoc-te", "Quốc tế"),
    ("dong-nam-a", "Đông Nam Á"), ("ban-doc", "Bạn đọc"), ("video", "Video"),
    ("anh", "Ảnh"), ("tin-moi", "Tin mới"), ("nong-thon-moi", "Nông thôn mới"),
    ("tin-nhanh", "Tin nhanh"),
]  # fmt: skip
SITE_PREFIXES = [
    ("bao", "Báo"), ("tintuc", "Tin tức"), ("thoibao", "Thời báo"), ("doisong", "Đời sống"),
    ("kinhte", "Kinh tế"), ("phapluat", "Pháp luật"), ("laodong", "Lao động"),
    ("thanhnien", "Thanh niên"), ("nongnghiep", "Nông nghiệp"), ("congluan", "Công luận"),
]  # fmt: skip
#: Site formats in a cycle of 20, interleaved so that even a few sites get a mix:
#: 60 % RSS 2.0, 25 % Atom 1.0, 15 % RSS 1.0 (RDF).
FORMATS = [
    "rss", "atom", "rss", "rdf", "rss", "atom", "rss", "rss", "rdf", "atom",
    "rss", "rss", "atom", "rss", "rss", "rdf", "rss", "atom", "rss", "rss",
]  # fmt: skip
NFD_EVERY = 20  #: one site in 20 writes decomposed (NFD) Vietnamese


def ascii_slug(text: str, words: int = 10) -> str:
    """Vietnamese text -> URL slug the way Vietnamese CMSs make them (diacritics dropped)."""
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    parts = "".join(c if c.isalnum() else " " for c in plain).split()
    return "-".join(parts[:words])


@dataclass(frozen=True, slots=True)
class Site:
    slug: str  #: path segment on the benchmark server, e.g. "baohanoi"
    title: str
    host: str  #: the host of its article links (never fetched)
    fmt: str  #: rss | atom | rdf
    path_style: str  #: ".html", ".htm" or "" (article URL suffix, as real CMSs differ)
    nfd: bool  #: writes decomposed Vietnamese (some CMSs and typing tools do)


@dataclass(frozen=True, slots=True)
class Story:
    key: str  #: unique story id in the corpus ("u..." or "s...")
    title: str
    lead: str
    body: str  #: HTML paragraphs
    published: datetime
    link: str  #: canonical article URL on the origin site
    author: str
    section: str


@dataclass(frozen=True, slots=True)
class Feed:
    index: int
    site: Site
    section: str
    section_title: str

    @property
    def path(self) -> str:
        return f"{self.site.slug}/{self.section}.xml"


def sites_for(feeds: int) -> list[Site]:
    count = -(-feeds // SECTIONS_PER_SITE)
    sites = []
    for i in range(count):
        prefix, prefix_title = SITE_PREFIXES[(i // len(PLACES)) % len(SITE_PREFIXES)]
        place = PLACES[i % len(PLACES)]
        round_ = i // (len(PLACES) * len(SITE_PREFIXES))
        slug = f"{prefix}{ascii_slug(place).replace('-', '')}{round_ or ''}"
        r = random.Random(f"site/{slug}")
        sites.append(
            Site(
                slug=slug,
                title=f"{prefix_title} {place}",
                host=f"{slug}.vn",
                fmt=FORMATS[i % len(FORMATS)],
                path_style=r.choice([".html", ".html", ".htm", ""]),
                nfd=i % NFD_EVERY == NFD_EVERY - 1,
            )
        )
    return sites


def feeds_for(count: int) -> list[Feed]:
    feeds = []
    for i, site in enumerate(sites_for(count)):
        for j, (section, title) in enumerate(SECTIONS[:SECTIONS_PER_SITE]):
            index = i * SECTIONS_PER_SITE + j
            if index < count:
                feeds.append(Feed(index, site, section, title))
    return feeds


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fill(r: random.Random, template: str) -> str:
    return template.format(
        agency=r.choice(AGENCIES),
        topic=r.choice(TOPICS),
        place=r.choice(PLACES),
        place2=r.choice(PLACES),
        verb=r.choice(VERBS),
        trend=r.choice(TRENDS),
        Person=_upper_first(r.choice(PEOPLE)),
        role=r.choice(ROLES),
        clause=r.choice(CLAUSES),
        weekday=r.choice(WEEKDAYS),
        n=r.randint(2, 12),
        p=r.randint(3, 45),
        d=r.randint(1, 28),
        m=r.randint(1, 12),
        q=r.randint(1, 4),
        big=r.randint(120, 98000),
        year=r.randint(2025, 2030),
    )


def _title(r: random.Random) -> str:
    place, agency, verb = r.choice(PLACES), r.choice(AGENCIES), r.choice(VERBS)
    topic, trend, n = r.choice(TOPICS), r.choice(TRENDS), r.randint(2, 999)
    shape = r.randrange(6)
    if shape == 0:
        return f"{place}: {agency} {verb} {topic}, {n} trường hợp bị xử lý"
    if shape == 1:
        return f"{agency} {verb} {topic} tại {place} sau {n} ngày"
    if shape == 2:
        return f"{topic[0].upper()}{topic[1:]} tại {place} {trend} {n}% trong tuần qua"
    if shape == 3:
        return f"Vì sao {topic} ở {place} {trend} {n}% dù {agency} đã {verb}?"
    if shape == 4:
        return f"{place} {verb} {topic}, dành {n} tỷ đồng cho {r.choice(TOPICS)}"
    return f"Ngày {r.randint(1, 28)}/{r.randint(1, 12)}: {n} điểm nóng về {topic} tại {place}"


def make_story(seed: int, key: str, anchor: datetime, site: Site, section: str) -> Story:
    """One story, entirely determined by ``seed`` and ``key``."""
    r = random.Random(f"{seed}/{key}")
    title = _title(r)
    lead = (
        f"{r.choice(AGENCIES)} vừa {r.choice(VERBS)} {r.choice(TOPICS)} tại {r.choice(PLACES)}, "
        f"sau khi {r.choice(CLAUSES)}. Theo đó, {r.choice(CLAUSES)} "
        f"trong {r.randint(2, 30)} ngày qua."
    )
    paragraphs = []
    for p in range(r.randint(2, 4)):
        text = " ".join(_fill(r, r.choice(SENTENCES)) for _ in range(r.randint(2, 3)))
        if p == 1:
            text = f"<strong>{escape(_fill(r, r.choice(SENTENCES)))}</strong> {escape(text)}"
        else:
            text = escape(text)
        paragraphs.append(f"<p>{text}</p>")
    image = f"https://cdn.{site.host}/{anchor:%Y/%m/%d}/{key}-{r.randrange(10**6)}.jpg"
    caption = escape(f"Ảnh minh họa: {r.choice(PLACES)}, {r.choice(TOPICS)}.")
    paragraphs.insert(
        2,
        f'<figure><img src="{image}" alt="{escape(title)}" width="680" height="425">'
        f"<figcaption>{caption}</figcaption></figure>",
    )
    published = anchor - timedelta(seconds=r.randint(3600, DAYS * 86400))
    number = r.randrange(10**6, 10**7)
    link = f"https://www.{site.host}/{section}/{ascii_slug(title)}-{number}{site.path_style}"
    return Story(
        key=key,
        title=title,
        lead=lead,
        body="\n".join(paragraphs),
        published=published,
        link=link,
        author=r.choice(PEOPLE).split(" ", 1)[1],
        section=section,
    )


def link_variant(r: random.Random, link: str, carrier: Site) -> str:
    """The same article URL as another site's CMS or share widget writes it."""
    variant = link
    kind = r.randrange(6)
    if kind == 1:
        variant = variant.replace("https://", "http://", 1)
    elif kind == 2:
        variant = variant.replace("://www.", "://", 1)
    elif kind == 3:
        campaign = r.choice(["rss", "tin-lien-quan", "doc-them"])
        variant += f"?utm_source={carrier.slug}&utm_medium=rss&utm_campaign={campaign}"
    elif kind == 4:
        variant += "/" if not variant.endswith((".html", ".htm")) else "#box-comment"
    elif kind == 5:
        variant = variant.replace("https://www.", "http://", 1) + "#main"
    return variant


@dataclass(frozen=True, slots=True)
class Item:
    """One entry as a feed writes it: a story plus this feed's guid and link."""

    story: Story
    guid: str
    link: str


def feed_items(
    seed: int, feed: Feed, entries: int, anchor: datetime, shared_pool: int, sites: list[Site]
) -> list[Item]:
    """The entries of one feed, newest first: own stories plus shared stories."""
    r = random.Random(f"{seed}/feed/{feed.index}")
    shared = round(entries * SHARED_FRACTION)
    items = []
    for k in range(entries - shared):
        story = make_story(seed, f"u{feed.index}-{k}", anchor, feed.site, feed.section)
        items.append(Item(story, f"{feed.site.slug}-{feed.index}-{k}", story.link))
    for sid in r.sample(range(shared_pool), min(shared, shared_pool)):
        origin = sites[sid % len(sites)]
        story = make_story(seed, f"s{sid}", anchor, origin, SECTIONS[sid % len(SECTIONS)][0])
        guid = f"{feed.site.slug}-s{sid}-{r.randrange(10**6)}"
        items.append(Item(story, guid, link_variant(r, story.link, feed.site)))
    items.sort(key=lambda i: (i.story.published, i.guid), reverse=True)
    return items


def changed_items(
    seed: int, feed: Feed, items: list[Item], anchor: datetime
) -> tuple[list[Item], list[str]]:
    """The feed a little later: new stories on top, some re-edited, the oldest dropped.

    Returns the items and the keys of re-edited stories. Only the feed's own
    stories are re-edited, so the expected counts stay exact (a re-edited
    shared story could also be re-merged elsewhere).
    """
    r = random.Random(f"{seed}/changed/{feed.index}")
    fresh = []
    for k in range(CHANGED_NEW):
        story = make_story(seed, f"n{feed.index}-{k}", anchor, feed.site, feed.section)
        story = _replace_published(story, anchor - timedelta(minutes=5 + 10 * k))
        fresh.append(Item(story, f"{feed.site.slug}-{feed.index}-n{k}", story.link))
    kept = items[: len(items) - CHANGED_NEW]
    own = [i for i, item in enumerate(kept) if item.story.key.startswith("u")]
    edited = r.sample(own, min(CHANGED_EDITED, len(own)))
    for i in edited:
        s = kept[i].story
        story = Story(
            s.key,
            f"{s.title} (cập nhật)",
            f"{s.lead} Thông tin đang được cập nhật.",
            s.body,
            s.published,
            s.link,
            s.author,
            s.section,
        )
        kept[i] = Item(story, kept[i].guid, kept[i].link)
    return fresh + kept, [kept[i].story.key for i in edited]


def _replace_published(s: Story, published: datetime) -> Story:
    return Story(s.key, s.title, s.lead, s.body, published, s.link, s.author, s.section)


def _rfc822(d: datetime) -> str:
    return d.astimezone(VN).strftime("%a, %d %b %Y %H:%M:%S +0700")


def _iso(d: datetime) -> str:
    return d.astimezone(VN).isoformat(timespec="seconds")


def _cdata(html: str) -> str:
    return "<![CDATA[" + html.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def render(feed: Feed, items: list[Item], built: datetime) -> bytes:
    """One feed document in its site's format, UTF-8."""
    site = feed.site
    home = f"https://www.{site.host}/{feed.section}"
    title = f"{site.title} - {feed.section_title}"
    description = f"Tin {feed.section_title.lower()} mới nhất từ {site.title}"
    out: list[str] = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    if site.fmt == "rss":
        out.append(
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{home}</link>\n"
            f"<description>{escape(description)}</description>\n<language>vi</language>\n"
            f"<lastBuildDate>{_rfc822(built)}</lastBuildDate>\n"
        )
        for it in items:
            s = it.story
            out.append(
                f"<item>\n<title>{escape(s.title)}</title>\n<link>{escape(it.link)}</link>\n"
                f'<guid isPermaLink="false">{it.guid}</guid>\n'
                f"<description>{_cdata(escape(s.lead))}</description>\n"
                f"<content:encoded>{_cdata(s.body)}</content:encoded>\n"
                f"<pubDate>{_rfc822(s.published)}</pubDate>\n"
                f"<category>{escape(feed.section_title)}</category>\n"
                f"<dc:creator>{escape(s.author)}</dc:creator>\n</item>\n"
            )
        out.append("</channel>\n</rss>\n")
    elif site.fmt == "atom":
        out.append(
            '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">\n'
            f"<title>{escape(title)}</title>\n<subtitle>{escape(description)}</subtitle>\n"
            f'<id>{home}</id>\n<link rel="alternate" href="{home}"/>\n'
            f"<updated>{_iso(built)}</updated>\n"
        )
        for it in items:
            s = it.story
            out.append(
                f"<entry>\n<title>{escape(s.title)}</title>\n"
                f"<id>tag:{site.host},{s.published:%Y}:{it.guid}</id>\n"
                f'<link rel="alternate" href={quoteattr(it.link)}/>\n'
                f"<published>{_iso(s.published)}</published>\n"
                f"<updated>{_iso(s.published)}</updated>\n"
                f"<author><name>{escape(s.author)}</name></author>\n"
                f"<category term={quoteattr(feed.section_title)}/>\n"
                f'<summary type="html">{_cdata(escape(s.lead))}</summary>\n'
                f'<content type="html">{_cdata(s.body)}</content>\n</entry>\n'
            )
        out.append("</feed>\n")
    else:
        out.append(
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
            f'<channel rdf:about="{home}">\n<title>{escape(title)}</title>\n'
            f"<link>{home}</link>\n<description>{escape(description)}</description>\n"
            f"<dc:language>vi</dc:language>\n<dc:date>{_iso(built)}</dc:date>\n"
            "<items>\n<rdf:Seq>\n"
        )
        out.extend(f"<rdf:li rdf:resource={quoteattr(it.link)}/>\n" for it in items)
        out.append("</rdf:Seq>\n</items>\n</channel>\n")
        for it in items:
            s = it.story
            out.append(
                f"<item rdf:about={quoteattr(it.link)}>\n<title>{escape(s.title)}</title>\n"
                f"<link>{escape(it.link)}</link>\n"
                f"<description>{escape(s.lead)}</description>\n"
                f"<content:encoded>{_cdata(s.body)}</content:encoded>\n"
                f"<dc:date>{_iso(s.published)}</dc:date>\n"
                f"<dc:subject>{escape(feed.section_title)}</dc:subject>\n"
                f"<dc:creator>{escape(s.author)}</dc:creator>\n</item>\n"
            )
        out.append("</rdf:RDF>\n")
    text = "".join(out)
    if site.nfd:
        text = unicodedata.normalize("NFD", text)
    return text.encode("utf-8")


@dataclass(frozen=True, slots=True)
class Corpus:
    """A generated corpus on disk, as the benchmark uses it.

    ``www`` is the folder nginx serves; ``orig`` and ``changed`` hold the two
    versions of the feeds that the "changed" phase swaps, so every poller
    sees exactly the same change.
    """

    root: Path
    manifest: dict[str, object]

    @property
    def www(self) -> Path:
        return self.root / "www"

    @property
    def paths(self) -> list[str]:
        return self._paths("paths")

    @property
    def changed(self) -> list[str]:
        return self._paths("changed")

    def _paths(self, key: str) -> list[str]:
        """A list of feed paths from the manifest, which is JSON: checked, not assumed."""
        value = self.manifest[key]
        if not isinstance(value, list):
            raise ValueError(f"{self.root}/manifest.json: {key} is not a list")
        return [str(path) for path in value]

    def restore(self) -> None:
        """Put the original version of every changed feed back (new mtime, so a new ETag)."""
        for path in self.changed:
            shutil.copyfile(self.root / "orig" / path, self.www / path)

    def apply_changes(self) -> None:
        """Serve the changed version of 10 % of the feeds; nginx sees new size and mtime."""
        for path in self.changed:
            shutil.copyfile(self.root / "changed" / path, self.www / path)


def _generate_chunk(
    args: tuple[int, int, int, int, datetime, list[int], set[int]],
) -> tuple[int, dict[str, int]]:
    seed, count, entries, shared_pool, anchor, indexes, changed = args
    sites = sites_for(count)
    feeds = feeds_for(count)
    root = Path(_ROOT)
    size = 0
    stats = {"stories": 0, "shared_copies": 0, "edited": 0}
    for i in indexes:
        feed = feeds[i]
        items = feed_items(seed, feed, entries, anchor, shared_pool, sites)
        body = render(feed, items, anchor)
        (root / "www" / feed.path).write_bytes(body)
        size += len(body)
        stats["stories"] += len(items)
        stats["shared_copies"] += sum(1 for it in items if it.story.key.startswith("s"))
        if i in changed:
            (root / "orig" / feed.path).write_bytes(body)
            later, edited = changed_items(seed, feed, items, anchor)
            (root / "changed" / feed.path).write_bytes(render(feed, later, anchor))
            stats["edited"] += len(edited)
    return size, stats


_ROOT = ""


def _init(root: str) -> None:
    global _ROOT
    _ROOT = root


def _chunks(items: list[int], n: int) -> Iterator[list[int]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def ensure(base: Path, feeds: int, entries: int, seed: int, jobs: int = 2) -> Corpus:
    """Reuse the corpus for these parameters, or generate it (a few minutes at N=5000)."""
    root = base / f"n{feeds}-e{entries}-s{seed}-v{VERSION}"
    manifest_file = root / "manifest.json"
    if manifest_file.exists():
        manifest = json.loads(manifest_file.read_text())
        if manifest.get("complete"):
            return Corpus(root, manifest)
    if root.exists():
        shutil.rmtree(root)
    anchor = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    shared_per_feed = round(entries * SHARED_FRACTION)
    shared_pool = max(1, feeds * shared_per_feed // COPIES_PER_SHARED)
    all_feeds = feeds_for(feeds)
    picker = random.Random(f"{seed}/changed")
    changed = set(picker.sample(range(feeds), max(1, round(feeds * CHANGED_FRACTION))))
    for sub in ("www", "orig", "changed"):
        for site in {f.site.slug for f in all_feeds}:
            (root / sub / site).mkdir(parents=True, exist_ok=True)
    work = [
        (seed, feeds, entries, shared_pool, anchor, chunk, changed)
        for chunk in _chunks(list(range(feeds)), 50)
    ]
    total = 0
    stats = {"stories": 0, "shared_copies": 0, "edited": 0}
    with ProcessPoolExecutor(jobs, initializer=_init, initargs=(str(root),)) as pool:
        for size, chunk_stats in pool.map(_generate_chunk, work):
            total += size
            for k, v in chunk_stats.items():
                stats[k] += v
    shared_used = _shared_used(seed, all_feeds, entries, shared_pool)
    manifest = {
        "version": VERSION,
        "feeds": feeds,
        "entries": entries,
        "seed": seed,
        "anchor": anchor.isoformat(),
        "bytes": total,
        "formats": {
            fmt: sum(1 for f in all_feeds if f.site.fmt == fmt) for fmt in ("rss", "atom", "rdf")
        },
        "sites": len({f.site.slug for f in all_feeds}),
        "paths": [f.path for f in all_feeds],
        "changed": sorted(all_feeds[i].path for i in changed),
        "expected": {
            "entries": stats["stories"],
            "distinct_stories": stats["stories"] - stats["shared_copies"] + shared_used,
            "shared_copies": stats["shared_copies"],
            "shared_stories": shared_used,
            "changed_new": CHANGED_NEW * len(changed),
            "changed_edited": stats["edited"],
        },
        "complete": True,
    }
    manifest_file.write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
    return Corpus(root, manifest)


def _shared_used(seed: int, feeds: list[Feed], entries: int, pool: int) -> int:
    """How many distinct shared stories the feeds carry (same draws as ``feed_items``)."""
    shared = round(entries * SHARED_FRACTION)
    used: set[int] = set()
    for feed in feeds:
        r = random.Random(f"{seed}/feed/{feed.index}")
        used.update(r.sample(range(pool), min(shared, pool)))
    return len(used)
