#!/usr/bin/env python3
# ruff: noqa: E501  (the corpus below is one story per line)
"""Generate tests/data/dedupe/pairs.jsonl, the labelled de-duplication corpus.

Pure stdlib and deterministic (seeded): running it twice gives the same file.

    python tests/data/dedupe/make_pairs.py            # writes pairs.jsonl next to this file
    python tests/data/dedupe/make_pairs.py --check    # regenerate in memory, compare, validate

Every story below is written by hand.  The script only does the mechanical
part: builds article URLs for each site, picks guids, applies the link and
text variations that real feeds and aggregators introduce (tracking params,
AMP URLs, trimmed "TTTĐ - " prefixes, straight quotes, NFD, truncated leads...)
and spreads publication times.  See README.md for the format and the kinds.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

Item = dict[str, str]
Record = dict[str, Any]

SEED = 20240227
HERE = Path(__file__).resolve().parent
OUT = HERE / "pairs.jsonl"
ICT = timezone(timedelta(hours=7))

# --------------------------------------------------------------------------
# sites
# --------------------------------------------------------------------------

#: lead prefix each newsroom puts in front of its own sapo
PREFIX = {
    "tttd": "TTTĐ - ",
    "dantri": "(Dân trí) - ",
    "kinhtedothi": "Kinhtedothi - ",
    "hanoimoi": "(HNM) - ",
    "vnexpress": "",
    "tuoitre": "",
    "laodong": "",
    "vietnamnet": "",
}

#: the category path segment some sites put in their URLs
CAT_PATH = {
    "xa-hoi": "xa-hoi",
    "moi-truong": "moi-truong",
    "do-thi": "bat-dong-san",
    "giao-duc": "giao-duc",
    "suc-khoe": "suc-khoe",
    "kinh-te": "kinh-doanh",
    "the-thao": "the-thao",
    "van-hoa": "van-hoa",
    "phap-luat": "phap-luat",
    "thoi-su": "thoi-su",
}


def site_of(source: str) -> str:
    """'tttd-xa-hoi' -> 'tttd', 'baomoi-xa-hoi' -> 'baomoi', 'dantri-xa-hoi' -> 'dantri'."""
    return source.split("-", 1)[0]


def slugify(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-").lower()
    return text


def _days(dt: datetime) -> int:
    return (dt.date() - datetime(2024, 2, 27).date()).days


def article_id(site: str, dt: datetime, rng: random.Random) -> str:
    """A plausible, time-increasing article id for each site."""
    d = _days(dt)
    minute = dt.hour * 60 + dt.minute
    if site == "tttd":
        # 257312 on 27/02/2024, 283398 on 10/07/2025 (see tests/data/site/rss)
        return str(257312 + d * 52 + minute * 48 // 1440 + rng.randint(0, 3))
    if site == "baomoi":
        return str(48291234 + d * 9100 + rng.randint(0, 8000))
    if site == "docbao":
        return str(755123 + d * 140 + rng.randint(0, 120))
    if site == "vnexpress":
        return str(4716000 + d * 320 + rng.randint(0, 300))
    if site in ("dantri", "tuoitre"):
        return dt.strftime("%Y%m%d%H%M%S") + f"{rng.randint(0, 999):03d}"
    if site == "kinhtedothi":
        return str(501234 + d * 95 + rng.randint(0, 90))
    if site == "hanoimoi":
        return str(660120 + d * 110 + rng.randint(0, 100))
    if site == "laodong":
        return str(1310000 + d * 700 + rng.randint(0, 600))
    if site == "vietnamnet":
        return str(2255000 + d * 480 + rng.randint(0, 400))
    raise ValueError(site)


def article_url(site: str, slug: str, aid: str, sec: str) -> str:
    cat = CAT_PATH.get(sec, "xa-hoi")
    if site == "tttd":
        return f"https://tuoitrethudo.vn/{slug}-{aid}.html"
    if site == "baomoi":
        return f"https://baomoi.com/{slug}-c{aid}.epi"
    if site == "docbao":
        return f"https://docbao.vn/{cat}/{slug}-tintuc{aid}"
    if site == "vnexpress":
        return f"https://vnexpress.net/{slug}-{aid}.html"
    if site == "dantri":
        return f"https://dantri.com.vn/{cat}/{slug}-{aid}.htm"
    if site == "tuoitre":
        return f"https://tuoitre.vn/{slug}-{aid}.htm"
    if site == "kinhtedothi":
        return f"https://kinhtedothi.vn/{slug}.{aid}.html"
    if site == "hanoimoi":
        return f"https://hanoimoi.vn/{slug}-{aid}.html"
    if site == "laodong":
        return f"https://laodong.vn/{cat}/{slug}-{aid}.ldo"
    if site == "vietnamnet":
        return f"https://vietnamnet.vn/{slug}-{aid}.html"
    raise ValueError(site)


def pick_guid(site: str, url: str, aid: str, rng: random.Random) -> str:
    r = rng.random()
    if site == "tttd":
        return url if r < 0.55 else (aid if r < 0.75 else "")
    if site == "baomoi":
        return url if r < 0.4 else (f"c{aid}" if r < 0.7 else "")
    return url if r < 0.7 else ""


# --------------------------------------------------------------------------
# link variants (same article, different URL string)
# --------------------------------------------------------------------------


def _add_query(url: str, query: str) -> str:
    s = urlsplit(url)
    q = f"{s.query}&{query}" if s.query else query
    return urlunsplit((s.scheme, s.netloc, s.path, q, s.fragment))


def _host(url: str, prefix: str) -> str:
    s = urlsplit(url)
    host = s.netloc
    if host.startswith("www."):
        host = host[4:]
    return urlunsplit((s.scheme, prefix + host, s.path, s.query, s.fragment))


def link_variant(url: str, name: str, rng: random.Random, feed: str = "tttd-all") -> str:
    s = urlsplit(url)
    if name == "utm":
        return _add_query(url, f"utm_source=rss&utm_medium=feed&utm_campaign={feed}")
    if name == "utm_social":
        return _add_query(url, "utm_source=facebook&utm_medium=social&utm_campaign=fanpage")
    if name == "fbclid":
        token = "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
            for _ in range(54)
        )
        return _add_query(url, f"fbclid=IwAR{token}")
    if name == "zalo":
        return _add_query(url, "zarsrc=30&utm_source=zalo&utm_medium=zalo&utm_campaign=zalo")
    if name == "ref":
        return _add_query(url, rng.choice(["ref=rss", "ref=home", "ref=tttd-home", "ref=related"]))
    if name == "http":
        return urlunsplit(("http", s.netloc, s.path, s.query, s.fragment))
    if name == "www":
        return _host(url, "www.")
    if name == "m":
        return _host(url, "m.")
    if name == "amphost":
        return _host(url, "amp.")
    if name == "amppath":
        return urlunsplit((s.scheme, s.netloc, "/amp" + s.path, s.query, s.fragment))
    if name == "ampsuffix":
        return urlunsplit((s.scheme, s.netloc, s.path + ".amp", s.query, s.fragment))
    if name == "amp1":
        return _add_query(url, "amp=1")
    if name == "slash":
        return urlunsplit((s.scheme, s.netloc, s.path + "/", s.query, s.fragment))
    if name == "fragment":
        return urlunsplit(
            (
                s.scheme,
                s.netloc,
                s.path,
                s.query,
                rng.choice(["box-comment", "comment", "related-news", "top"]),
            )
        )
    raise ValueError(name)


LINK_NOTES = {
    "utm": "utm_* params",
    "utm_social": "utm_* params (social)",
    "fbclid": "fbclid param",
    "zalo": "zarsrc=30 + utm_* (Zalo share)",
    "ref": "ref= param",
    "http": "http vs https",
    "www": "www. host",
    "m": "m. host",
    "amphost": "amp. host",
    "amppath": "/amp path prefix",
    "ampsuffix": ".amp suffix",
    "amp1": "?amp=1",
    "slash": "trailing slash",
    "fragment": "#fragment",
}

# --------------------------------------------------------------------------
# text variants (same text, different characters)
# --------------------------------------------------------------------------

OLD_TONE = {  # new-style (òa) -> old-style (oà) tone-mark placement
    "òa": "oà",
    "óa": "oá",
    "ỏa": "oả",
    "õa": "oã",
    "ọa": "oạ",
    "Òa": "Oà",
    "Óa": "Oá",
    "Ỏa": "Oả",
    "Õa": "Oã",
    "Ọa": "Oạ",
    "òe": "oè",
    "óe": "oé",
    "ỏe": "oẻ",
    "õe": "oẽ",
    "ọe": "oẹ",
    "ùy": "uỳ",
    "úy": "uý",
    "ủy": "uỷ",
    "ũy": "uỹ",
    "ụy": "uỵ",
    "Ùy": "Uỳ",
    "Úy": "Uý",
    "Ủy": "Uỷ",
    "Ũy": "Uỹ",
    "Ụy": "Uỵ",
}


def old_tone(text: str) -> str:
    # only at the end of a syllable: "hoàng" keeps its spelling, "hòa" -> "hoà"
    return re.sub(
        "(" + "|".join(OLD_TONE) + r")(?![a-zà-ỹ])",
        lambda m: OLD_TONE[m.group(1)],
        text,
    )


def straight_quotes(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")


def messy_space(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    out = []
    for i, w in enumerate(words):
        out.append(w)
        if i < len(words) - 1:
            out.append(rng.choice([" ", " ", " ", " ", "  ", "\u00a0"]))
    return " " + "".join(out) + rng.choice(["  ", " \n", "\t"])


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def truncate(text: str, rng: random.Random) -> str:
    """A prefix of text cut at a word boundary, plus an ellipsis."""
    words = text.split(" ")
    n = len(words)
    k = max(6, int(n * rng.uniform(0.38, 0.72)))
    cut = " ".join(words[:k]).rstrip(",;:-–")
    return cut + rng.choice(["...", "...", "…", "…", " ...", " …"])


# --------------------------------------------------------------------------
# data helpers
# --------------------------------------------------------------------------


def rows(block: str) -> list[list[str]]:
    out = []
    for line in block.strip("\n").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        out.append([f.strip() for f in line.split("|")])
    return out


def parse_dt(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=ICT)


def rel_dt(base: datetime, text: str) -> datetime:
    m = re.fullmatch(r"\+(\d+)([mhd])", text)
    if not m:
        return parse_dt(text)
    n, unit = int(m.group(1)), m.group(2)
    return base + {"m": timedelta(minutes=n), "h": timedelta(hours=n), "d": timedelta(days=n)}[unit]


# ==========================================================================
# DUPLICATE stories
# ==========================================================================
# syndicated / different_url_same_text / nfd / truncated_lead:
#     section | published | title | lead (without the newsroom prefix) [| origin site]
# edited:
#     section | published | title A | title B | lead | lead edit "old=>new" | url mode
#     url mode: same (one URL), slug (same article id, slug follows the new title),
#     other (the edited version seen under an aggregator URL)

SYNDICATED = """
xa-hoi | 2024-02-27 14:46 | Tăng cường tuyên truyền để người dân cùng thực hiện chính sách an sinh | Quận Hoàng Mai cần tăng cường công tác tuyên truyền để người dân hiểu và cùng tham gia thực hiện các chính sách liên quan tới bảo đảm an sinh xã hội, nâng cao phúc lợi xã hội, chất lượng cuộc sống của Nhân dân.
moi-truong | 2025-07-10 16:20 | Mưa lớn diện rộng, đề phòng lũ quét ở Bắc Bộ và Trung Bộ | Theo Trung tâm Dự báo khí tượng thủy văn Quốc gia, ngày 11/7, thành phố Hà Nội có mưa, mưa vừa và dông, cục bộ có nơi mưa to. Gió tây bắc cấp 2-3.
xa-hoi | 2025-07-10 11:05 | Thành lập Ban Quản lý dự án đầu tư xây dựng Tây Hải Phòng | UBND TP Hải Phòng vừa có quyết định về việc đổi tên Ban Quản lý dự án đầu tư xây dựng tỉnh Hải Dương thành Ban Quản lý dự án đầu tư xây dựng Tây Hải Phòng.
do-thi | 2024-09-18 08:30 | Hà Nội đề xuất tổ chức lại giao thông nút Ngã Tư Sở | Sở Giao thông vận tải Hà Nội vừa trình UBND thành phố phương án tổ chức lại giao thông tại nút Ngã Tư Sở, trong đó hạn chế một số hướng rẽ trái để giảm xung đột và ùn tắc vào giờ cao điểm.
giao-duc | 2023-06-10 12:15 | Hơn 100.000 thí sinh Hà Nội hoàn thành bài thi Ngữ văn vào lớp 10 | Sáng nay (10/6), hơn 100.000 thí sinh trên địa bàn Hà Nội đã hoàn thành bài thi môn Ngữ văn trong kỳ thi tuyển sinh vào lớp 10 THPT năm học 2023-2024. Nhiều thí sinh nhận xét đề thi vừa sức, có tính phân loại.
suc-khoe | 2024-10-14 09:40 | Hà Nội ghi nhận gần 600 ca sốt xuất huyết trong tuần | Theo CDC Hà Nội, trong tuần qua (từ ngày 4/10 đến 11/10), toàn thành phố ghi nhận 593 ca mắc sốt xuất huyết, giảm 41 ca so với tuần trước; không có trường hợp tử vong. Bệnh nhân phân bố tại 28/30 quận, huyện, thị xã.
kinh-te | 2024-03-12 15:00 | Hải Phòng thu hút gần 900 triệu USD vốn FDI trong 2 tháng đầu năm | Theo Ban Quản lý Khu kinh tế Hải Phòng, trong 2 tháng đầu năm 2024, thành phố đã thu hút gần 900 triệu USD vốn đầu tư trực tiếp nước ngoài, tập trung chủ yếu vào các khu công nghiệp DEEP C, Tràng Duệ và Nam Đình Vũ.
the-thao | 2025-01-02 22:10 | Thắng Thái Lan 2-1, tuyển Việt Nam nắm lợi thế ở chung kết ASEAN Cup | Tối 2/1, trên sân Việt Trì (Phú Thọ), đội tuyển Việt Nam đã giành chiến thắng 2-1 trước đội tuyển Thái Lan trong trận chung kết lượt đi ASEAN Mitsubishi Electric Cup 2024, qua đó nắm lợi thế trước trận lượt về tại Bangkok.
van-hoa | 2024-10-08 10:00 | Nhiều hoạt động văn hóa đặc sắc kỷ niệm 70 năm Giải phóng Thủ đô | Chuỗi hoạt động văn hóa, nghệ thuật, triển lãm và lễ hội đường phố sẽ diễn ra tại khu vực hồ Hoàn Kiếm và các quận, huyện nhân dịp kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024).
phap-luat | 2024-05-21 17:25 | Triệt phá đường dây cá độ bóng đá qua mạng hơn 300 tỷ đồng | Công an TP Hà Nội vừa triệt phá một đường dây tổ chức đánh bạc, cá độ bóng đá qua mạng với tổng số tiền giao dịch hơn 300 tỷ đồng, bắt giữ 12 đối tượng liên quan.
do-thi | 2024-11-05 07:50 | Đà Nẵng khởi công cầu vượt nút giao Hòa Cầm | UBND TP Đà Nẵng tổ chức lễ khởi công dự án cầu vượt tại nút giao Hòa Cầm trên tuyến đường Trường Sơn, với tổng mức đầu tư hơn 250 tỷ đồng, dự kiến hoàn thành sau 18 tháng thi công.
xa-hoi | 2024-01-25 09:15 | TP.HCM chi hơn 1.000 tỷ đồng chăm lo Tết cho người nghèo | Dịp Tết Nguyên đán Giáp Thìn 2024, TP.HCM dành hơn 1.000 tỷ đồng để thăm hỏi, tặng quà cho hộ nghèo, hộ cận nghèo, người có công và công nhân có hoàn cảnh khó khăn, bảo đảm mọi người dân đều được đón Tết đầm ấm.
moi-truong | 2024-12-02 08:05 | Hà Nội ô nhiễm không khí ở mức kém trong nhiều giờ | Sáng 2/12, nhiều trạm quan trắc trên địa bàn Hà Nội ghi nhận chỉ số chất lượng không khí (AQI) ở ngưỡng kém, có thời điểm vượt 180. Người dân được khuyến cáo hạn chế ra ngoài và đeo khẩu trang khi tham gia giao thông.
giao-duc | 2024-08-20 14:30 | Hà Nội còn thiếu hơn 4.000 giáo viên cho năm học mới | Sở Giáo dục và Đào tạo Hà Nội cho biết, năm học 2024-2025, toàn thành phố còn thiếu hơn 4.000 giáo viên các cấp, chủ yếu ở bậc mầm non và tiểu học tại các quận, huyện có tốc độ tăng dân số cơ học cao.
xa-hoi | 2024-07-27 11:40 | Hải Phòng trao tặng 150 sổ tiết kiệm cho thân nhân liệt sĩ | Nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ, Ủy ban Mặt trận Tổ quốc Việt Nam TP Hải Phòng đã trao tặng 150 sổ tiết kiệm, mỗi sổ trị giá 5 triệu đồng, cho thân nhân liệt sĩ có hoàn cảnh khó khăn.
do-thi | 2025-03-14 16:00 | Điều chỉnh tổ chức giao thông phục vụ thi công ga ngầm tuyến metro Nhổn - ga Hà Nội | Từ ngày 16/3, Sở Xây dựng Hà Nội điều chỉnh tổ chức giao thông trên một số tuyến phố quanh khu vực Cát Linh và ga Hà Nội để phục vụ thi công đoạn đi ngầm tuyến đường sắt đô thị Nhổn - ga Hà Nội.
suc-khoe | 2024-04-16 10:20 | Bệnh viện Bạch Mai tiếp nhận nhiều ca ngộ độc do ăn thịt cóc | Trung tâm Chống độc, Bệnh viện Bạch Mai vừa tiếp nhận 3 bệnh nhân nhập viện trong tình trạng nguy kịch sau khi ăn thịt cóc tự chế biến. Các bác sĩ khuyến cáo người dân tuyệt đối không sử dụng cóc làm thực phẩm.
kinh-te | 2024-09-25 13:45 | Đà Nẵng đón hơn 7 triệu lượt khách du lịch trong 9 tháng | Sở Du lịch Đà Nẵng cho biết, 9 tháng năm 2024, tổng lượt khách cơ sở lưu trú phục vụ ước đạt hơn 7 triệu lượt, tăng 25% so với cùng kỳ; trong đó khách quốc tế chiếm gần 40%.
xa-hoi | 2023-11-18 20:10 | Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư phố Hàng Bạc | Tối 18/11, khu dân cư số 5, phường Hàng Bạc, quận Hoàn Kiếm tổ chức Ngày hội Đại đoàn kết toàn dân tộc với sự tham dự của lãnh đạo thành phố cùng đông đảo người dân trên địa bàn.
the-thao | 2024-07-14 18:00 | Khai mạc Giải Bơi lội các nhóm tuổi thanh thiếu niên Hà Nội | Chiều 14/7, tại Cung Thể thao dưới nước Mỹ Đình, Giải Bơi lội các nhóm tuổi thanh thiếu niên Hà Nội năm 2024 chính thức khai mạc với sự tham gia của hơn 600 vận động viên đến từ 30 quận, huyện, thị xã.
phap-luat | 2025-02-18 09:30 | Khởi tố đối tượng dùng dao đe dọa tài xế xe công nghệ ở Cầu Giấy | Công an quận Cầu Giấy đã ra quyết định khởi tố vụ án, khởi tố bị can đối với Nguyễn Văn Q. (SN 1998) về hành vi cưỡng đoạt tài sản, sau khi đối tượng dùng dao đe dọa một tài xế xe ôm công nghệ trên phố Trần Thái Tông.
moi-truong | 2024-09-07 13:00 | Bão số 3 đổ bộ, Hải Phòng và Quảng Ninh gió giật trên cấp 16 | Trưa 7/9, bão số 3 (Yagi) đổ bộ vào khu vực Hải Phòng - Quảng Ninh với sức gió mạnh nhất vùng gần tâm bão cấp 14, giật trên cấp 16, gây đổ cây, tốc mái nhà và mất điện trên diện rộng.
do-thi | 2024-05-30 15:20 | TP.HCM đẩy nhanh tiến độ dự án đường Vành đai 3 | UBND TP.HCM yêu cầu các sở, ngành và địa phương tập trung tháo gỡ vướng mắc về mặt bằng, nguồn vật liệu để đẩy nhanh tiến độ dự án đường Vành đai 3, phấn đấu thông xe kỹ thuật một số đoạn trong năm 2025.
xa-hoi | 2024-03-08 10:30 | Trao 500 suất quà tặng nữ công nhân có hoàn cảnh khó khăn | Nhân dịp kỷ niệm Ngày Quốc tế Phụ nữ 8/3, Liên đoàn Lao động TP Hà Nội đã trao 500 suất quà, mỗi suất trị giá 1 triệu đồng, tặng nữ đoàn viên, người lao động có hoàn cảnh khó khăn tại các khu công nghiệp.
giao-duc | 2024-09-05 08:20 | Hơn 2,3 triệu học sinh Hà Nội hân hoan khai giảng năm học mới | Sáng 5/9, hơn 2,3 triệu học sinh Thủ đô từ bậc mầm non đến THPT đã dự lễ khai giảng năm học 2024-2025 trong không khí trang trọng, vui tươi và tiết kiệm.
kinh-te | 2025-01-20 11:10 | Chợ hoa Tết Hàng Lược chuẩn bị hoạt động | Chợ hoa Xuân truyền thống Hàng Lược (quận Hoàn Kiếm) sẽ hoạt động từ ngày 23 tháng Chạp đến hết ngày 29 Tết, với hơn 200 gian hàng hoa, cây cảnh phục vụ người dân Thủ đô.
xa-hoi | 2024-06-12 07:30 | Xe tải lật trên cầu Thanh Trì, giao thông ùn tắc nhiều km | Sáng 12/6, một xe tải chở hàng bị lật trên cầu Thanh Trì theo hướng từ Long Biên đi Pháp Vân, khiến giao thông qua khu vực ùn tắc kéo dài nhiều km. Vụ việc không gây thương vong. | dantri
thoi-su | 2024-10-26 18:40 | Đà Nẵng sơ tán hơn 30.000 dân tránh bão Trà Mi | Chính quyền Đà Nẵng yêu cầu sơ tán khoảng 30.000 người dân ở các khu vực ven biển, vùng trũng thấp và nhà xuống cấp trước khi bão Trà Mi đổ bộ, hoàn thành trước 12h ngày 27/10. | vnexpress
xa-hoi | 2024-12-20 15:30 | Quận Long Biên ra mắt mô hình “Tủ bánh mì 0 đồng” cho người lao động nghèo | Hội Liên hiệp Phụ nữ phường Ngọc Lâm, quận Long Biên vừa ra mắt mô hình “Tủ bánh mì 0 đồng”, mỗi ngày cung cấp khoảng 200 chiếc bánh mì miễn phí cho người lao động tự do, người bán hàng rong và sinh viên khó khăn.
moi-truong | 2024-04-22 09:00 | Hà Nội hưởng ứng Ngày Trái đất với chiến dịch giảm rác thải nhựa | Nhân Ngày Trái đất 22/4, hàng nghìn đoàn viên, thanh niên Thủ đô đồng loạt ra quân thu gom rác thải, trồng cây xanh và tuyên truyền người dân hạn chế sử dụng túi ni lông, đồ nhựa dùng một lần.
suc-khoe | 2025-05-09 16:45 | Hà Nội khuyến cáo người dân cho trẻ tiêm vắc xin phòng sởi đầy đủ | Sở Y tế Hà Nội khuyến cáo cha mẹ đưa trẻ đi tiêm đủ 2 mũi vắc xin phòng sởi theo lịch, đồng thời chủ động theo dõi sức khỏe, đưa trẻ đến cơ sở y tế khi có biểu hiện sốt, phát ban, ho, chảy nước mũi.
do-thi | 2024-08-15 10:15 | Hải Phòng lắp đặt thêm 200 camera giám sát giao thông | Sở Giao thông vận tải Hải Phòng vừa hoàn thành lắp đặt thêm 200 camera giám sát tại các nút giao trọng điểm, phục vụ điều hành giao thông và xử lý vi phạm qua hình ảnh.
van-hoa | 2025-04-18 21:00 | Lễ hội Hoa phượng đỏ Hải Phòng 2025 khai mạc rực rỡ | Tối 18/4, tại Quảng trường Nhà hát Thành phố, Lễ hội Hoa phượng đỏ Hải Phòng năm 2025 chính thức khai mạc với chương trình nghệ thuật đặc sắc, thu hút hàng chục nghìn người dân và du khách.
xa-hoi | 2024-10-17 14:00 | Hà Nội tiếp tục phân bổ kinh phí hỗ trợ khắc phục hậu quả bão số 3 | Ban Thường trực Ủy ban MTTQ Việt Nam TP Hà Nội vừa quyết định phân bổ đợt 3 nguồn kinh phí ủng hộ, hỗ trợ các quận, huyện bị thiệt hại do bão số 3 và hoàn lưu sau bão, tập trung khắc phục nhà ở, trường học và sản xuất nông nghiệp.
phap-luat | 2024-11-26 16:10 | TP.HCM: Bắt nhóm đối tượng lừa đảo bán vé máy bay giá rẻ | Công an TP.HCM vừa bắt giữ 5 đối tượng lập các trang mạng xã hội giả mạo đại lý bán vé máy bay giá rẻ dịp cuối năm để chiếm đoạt tiền của hàng trăm bị hại, với tổng số tiền khoảng 4 tỷ đồng.
"""

DIFFERENT_URL = """
xa-hoi | 2025-07-10 09:20 | Hà Nội đảm bảo chăm lo chu đáo cho người có công | Các xã, phường mới trên cơ sở tiếp nhận bàn giao tiếp tục triển khai, thực hiện trong tháng cao điểm đền ơn đáp nghĩa; cơ bản đã triển khai xong việc thực hiện quà của Chủ tịch nước và TP đến các đối tượng chính sách theo quy định bảo đảm kịp thời, chu đáo.
moi-truong | 2025-07-09 15:00 | Hồi sinh những dòng sông “chết”: Quan trắc trực tuyến để có nhiều số liệu cụ thể hơn | Chuyên gia Hoàng Dương Tùng, nguyên Phó Tổng cục trưởng Tổng cục Môi trường cho rằng, mỗi dòng sông ô nhiễm phải có các giải pháp khác nhau, không thể có giải pháp chung được. Muốn có giải pháp riêng phải có dữ liệu số, quan trắc riêng biệt.
xa-hoi | 2025-07-09 17:30 | LG Electronics Việt Nam triển khai dự án “Ươm mầm xanh, Gieo mật ngọt” | Ngày 9/7, LG Electronics Việt Nam chính thức triển khai chương trình Đại sứ Cộng đồng LG 2025 (LG Ambassador Challenge 2025) tại Việt Nam, với dự án “Ươm mầm xanh, Gieo mật ngọt” tại Vườn Quốc gia Bến En, huyện Như Xuân, tỉnh Thanh Hóa.
xa-hoi | 2025-07-10 08:00 | Công an xã Phú Xuyên triển khai vận hành tốt mô hình “một cửa” | Tinh thần chủ động, tác phong kỷ luật, thái độ phục vụ Nhân dân tận tụy, gần gũi đã và đang giúp lực lượng Công an xã Phú Xuyên ngày càng nhận được sự ủng hộ của người dân.
do-thi | 2024-10-02 10:45 | Quận Hoàn Kiếm chỉnh trang 15 tuyến phố trước dịp 10/10 | Quận Hoàn Kiếm đang khẩn trương chỉnh trang vỉa hè, hạ ngầm đường dây, sơn sửa mặt tiền tại 15 tuyến phố trong khu phố cổ, hoàn thành trước dịp kỷ niệm 70 năm Ngày Giải phóng Thủ đô.
giao-duc | 2024-05-15 16:30 | Hà Nội công bố chỉ tiêu tuyển sinh lớp 10 công lập năm học 2024-2025 | Sở Giáo dục và Đào tạo Hà Nội vừa công bố chỉ tiêu tuyển sinh vào lớp 10 của 124 trường THPT công lập, với tổng số khoảng 73.000 chỉ tiêu, tương đương 61,6% số học sinh tốt nghiệp THCS.
suc-khoe | 2024-07-03 14:20 | Cảnh báo gia tăng bệnh tay chân miệng ở trẻ nhỏ | Những tuần gần đây, số ca mắc tay chân miệng tại TP.HCM và Hà Nội có xu hướng gia tăng, chủ yếu ở trẻ dưới 5 tuổi. Các chuyên gia khuyến cáo phụ huynh rửa tay cho trẻ bằng xà phòng, vệ sinh đồ chơi và đưa trẻ đi khám sớm khi có dấu hiệu sốt, loét miệng.
kinh-te | 2024-11-12 09:50 | “Chợ phiên nông sản an toàn” quy tụ hơn 100 gian hàng | Chợ phiên nông sản an toàn Hà Nội lần thứ 6 năm 2024 diễn ra tại quận Đống Đa với hơn 100 gian hàng của các hợp tác xã, doanh nghiệp đến từ Hà Nội và các tỉnh, thành phố, giới thiệu sản phẩm OCOP, nông sản đạt chứng nhận VietGAP.
the-thao | 2024-03-31 13:40 | Hà Nội Marathon mùa xuân thu hút hơn 8.000 vận động viên | Sáng 31/3, hơn 8.000 vận động viên trong nước và quốc tế đã tham gia giải chạy Marathon mùa xuân Hà Nội với các cự ly 5 km, 10 km, 21 km và 42 km, xuất phát từ khu vực hồ Hoàn Kiếm.
phap-luat | 2024-08-08 11:25 | Hải Phòng: Bắt quả tang nhóm đối tượng vận chuyển pháo nổ | Công an huyện An Dương, TP Hải Phòng vừa bắt quả tang 3 đối tượng đang vận chuyển hơn 120 kg pháo nổ trên xe ô tô con khi đi qua địa bàn xã Lê Thiện.
giao-duc | 2025-03-21 16:15 | TP.HCM miễn học phí cho học sinh từ năm học 2025-2026 | HĐND TP.HCM đã thông qua nghị quyết miễn học phí cho trẻ mầm non, học sinh phổ thông và học viên giáo dục thường xuyên học chương trình THCS, THPT trên địa bàn thành phố từ năm học 2025-2026.
moi-truong | 2024-06-20 10:30 | Nắng nóng gay gắt, nhu cầu tiêu thụ điện ở miền Bắc tăng cao | Những ngày qua, nắng nóng gay gắt trên 38 độ C kéo dài khiến công suất tiêu thụ điện tại khu vực miền Bắc liên tục lập đỉnh. EVN khuyến cáo người dân sử dụng điện tiết kiệm, nhất là vào giờ cao điểm từ 13h đến 15h và từ 21h đến 23h.
do-thi | 2025-06-02 08:40 | TP.HCM đề xuất thí điểm làn đường ưu tiên cho xe buýt | Sở Xây dựng TP.HCM đề xuất thí điểm tổ chức làn đường ưu tiên cho xe buýt trên một số tuyến đường trục, nhằm nâng cao tốc độ khai thác và thu hút người dân sử dụng phương tiện công cộng.
xa-hoi | 2024-02-02 10:10 | Bưu điện Hà Nội chi trả lương hưu, trợ cấp tháng 2 sớm trước Tết | Bưu điện TP Hà Nội bắt đầu chi trả lương hưu, trợ cấp bảo hiểm xã hội kỳ tháng 2/2024 từ ngày 2/2, sớm hơn thường lệ để người hưởng có điều kiện chuẩn bị đón Tết Nguyên đán Giáp Thìn.
van-hoa | 2024-11-22 09:30 | Nhiều di tích ở Hà Nội mở cửa miễn phí dịp Ngày Di sản Văn hóa Việt Nam | Nhân Ngày Di sản Văn hóa Việt Nam 23/11, Khu di tích Hoàng thành Thăng Long, Văn Miếu - Quốc Tử Giám và Nhà tù Hỏa Lò mở cửa miễn phí đón khách tham quan trong ngày 23/11.
phap-luat | 2025-04-03 14:50 | Đà Nẵng: Phạt nặng tài xế chở khách vượt quá số người quy định | Phòng Cảnh sát giao thông Công an TP Đà Nẵng vừa xử phạt tài xế xe khách 16 chỗ chở 27 người trên tuyến quốc lộ 14B, đồng thời tước giấy phép lái xe 4 tháng.
suc-khoe | 2024-12-10 15:40 | Bệnh viện Việt Đức ghép tạng thành công từ người hiến chết não, hồi sinh 4 cuộc đời | Từ nguồn tạng hiến của một nam thanh niên chết não do tai nạn giao thông, Bệnh viện Hữu nghị Việt Đức đã tổ chức ghép thành công 2 quả thận, gan và tim, mang lại cơ hội sống cho 4 người bệnh.
kinh-te | 2024-06-13 14:35 | Giá xăng giảm nhẹ từ 15h chiều nay | Liên Bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ xăng dầu kỳ này, theo đó giá xăng E5 RON 92 giảm 210 đồng/lít, xăng RON 95 giảm 180 đồng/lít, có hiệu lực từ 15h ngày 13/6.
xa-hoi | 2025-01-15 13:00 | Hải Phòng: Hơn 96.000 người được nhận quà Tết | Nhân dịp Tết Nguyên đán Ất Tỵ 2025, TP Hải Phòng dành hơn 120 tỷ đồng tặng quà cho hơn 96.000 người có công với cách mạng, đối tượng bảo trợ xã hội và hộ nghèo, hộ cận nghèo trên địa bàn.
do-thi | 2024-12-05 17:00 | Hà Nội thông xe đoạn tuyến Vành đai 2,5 qua quận Hoàng Mai | Sáng 5/12, quận Hoàng Mai tổ chức thông xe đoạn tuyến dài 1,2 km thuộc đường Vành đai 2,5, góp phần giảm tải cho đường Giải Phóng và Nguyễn Hữu Thọ.
giao-duc | 2025-02-26 10:20 | Học sinh Hà Nội dẫn đầu cả nước về số giải học sinh giỏi quốc gia | Đoàn học sinh Hà Nội tham dự kỳ thi chọn học sinh giỏi quốc gia THPT năm học 2024-2025 đã giành 198 giải, trong đó có 22 giải Nhất, tiếp tục dẫn đầu cả nước về số lượng giải.
moi-truong | 2025-03-23 18:00 | Hà Nội: Hơn 200 tấn rác được thu gom trong “Ngày Chủ nhật xanh” | Hưởng ứng chương trình “Ngày Chủ nhật xanh”, hàng nghìn người dân tại 30 quận, huyện, thị xã trên địa bàn Hà Nội đã ra quân dọn vệ sinh môi trường, thu gom hơn 200 tấn rác thải tại các khu dân cư, kênh mương, điểm công cộng.
xa-hoi | 2024-09-12 12:00 | Người dân Thủ đô xếp hàng dài quyên góp ủng hộ đồng bào vùng lũ | Từ sáng sớm, hàng trăm người dân Hà Nội đã xếp hàng tại trụ sở Ủy ban MTTQ các phường để gửi tiền, nhu yếu phẩm ủng hộ đồng bào các tỉnh phía Bắc bị thiệt hại nặng nề do bão số 3 và lũ lụt.
the-thao | 2024-05-26 21:15 | CLB Hà Nội thắng đậm Hải Phòng ở vòng 18 V.League | Trên sân Hàng Đẫy tối 26/5, CLB Hà Nội đã có chiến thắng 3-0 trước CLB Hải Phòng ở vòng 18 V.League 2023/24, qua đó tạm vươn lên vị trí thứ tư trên bảng xếp hạng.
kinh-te | 2024-10-22 15:15 | TP.HCM: Xuất khẩu 9 tháng tăng hơn 8% | Cục Thống kê TP.HCM cho biết, kim ngạch xuất khẩu hàng hóa của thành phố 9 tháng năm 2024 ước đạt hơn 37 tỷ USD, tăng 8,3% so với cùng kỳ năm trước; trong đó nhóm hàng điện tử, máy tính và linh kiện tăng mạnh nhất.
phap-luat | 2024-03-19 10:05 | Bắt giữ đối tượng trộm cắp xe máy liên quận tại Hà Nội | Công an quận Hai Bà Trưng vừa bắt giữ Trần Văn H. (SN 1993, trú tại tỉnh Bắc Giang), đối tượng đã thực hiện 15 vụ trộm cắp xe máy trên địa bàn các quận Hai Bà Trưng, Hoàng Mai và Thanh Xuân.
suc-khoe | 2025-06-18 11:30 | Nắng nóng, nhiều người nhập viện vì sốc nhiệt | Những ngày nắng nóng gay gắt, các bệnh viện tại Hà Nội tiếp nhận nhiều trường hợp người cao tuổi và người lao động ngoài trời nhập viện do sốc nhiệt, mất nước, rối loạn điện giải. Bác sĩ khuyến cáo người dân uống đủ nước, tránh ra ngoài từ 11h đến 16h.
xa-hoi | 2024-06-26 09:45 | Hà Nội ra quân chiến dịch Thanh niên tình nguyện hè 2024 | Sáng 26/6, Thành đoàn Hà Nội tổ chức lễ ra quân chiến dịch Thanh niên tình nguyện hè năm 2024 với hơn 300 công trình, phần việc thanh niên được triển khai tại các xã, phường trên địa bàn Thủ đô.
do-thi | 2024-07-23 07:30 | Mưa lớn kéo dài, nhiều tuyến phố Hà Nội ngập sâu | Mưa lớn từ đêm qua đến sáng nay (23/7) khiến hàng loạt tuyến phố như Nguyễn Khuyến, Phan Bội Châu, Lý Nam Đế... ngập sâu, nhiều phương tiện chết máy giữa đường, giao thông ùn tắc cục bộ.
giao-duc | 2024-07-17 09:00 | Hà Nội công bố điểm chuẩn vào lớp 10 công lập | Sở GD&ĐT Hà Nội đã công bố điểm chuẩn vào lớp 10 các trường THPT công lập năm học 2024-2025. Trường THPT Chu Văn An và THPT Yên Hòa tiếp tục nằm trong nhóm có điểm chuẩn cao nhất. | dantri
"""

NFD_STORIES = """
xa-hoi | 2025-07-10 14:00 | Thủ tướng yêu cầu hoàn thành công tác chuẩn bị Triển lãm thành tựu Đất nước trước ngày 15/8/2025 | Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 107/CĐ-TTg ngày 10/7/2025 về việc khẩn trương tập trung triển khai tổ chức Triển lãm thành tựu Đất nước nhân dịp kỷ niệm 80 năm Ngày Quốc khánh.
do-thi | 2025-07-10 10:30 | Trang bị kỹ năng tác nghiệp an toàn trong thiên tai cho đội ngũ phóng viên | Nhằm trang bị kiến thức, kỹ năng cho phóng viên tác nghiệp an toàn trong thiên tai, Cục Quản lý đê điều và Phòng chống thiên tai, Bộ Nông nghiệp và Môi trường tổ chức buổi tập huấn cho đội ngũ phóng viên chuyên trách về phòng, chống thiên tai.
xa-hoi | 2025-07-09 20:00 | Hải Phòng: Kiểm tra vận hành chính quyền địa phương mới sau sáp nhập | Ông Hoàng Quốc Thưởng, Ủy viên Ban Thường vụ Thành ủy, Phó Bí thư Đảng ủy Khối các cơ quan thành phố Hải Phòng đã có buổi làm việc nhằm kiểm tra tình hình tổ chức, vận hành chính quyền tại xã Trường Tân mới sau sáp nhập.
moi-truong | 2024-08-28 16:30 | Quảng Ninh: Sạt lở đất vùi lấp một phần nhà dân sau mưa lớn | Mưa lớn kéo dài từ đêm 27/8 đã gây sạt lở đất tại phường Hà Khánh, TP Hạ Long, làm đổ sập một phần ngôi nhà của một hộ dân. Rất may các thành viên trong gia đình đã kịp thời sơ tán.
giao-duc | 2024-12-16 10:00 | Trường học Hà Nội tăng cường phòng chống bạo lực học đường | Sở Giáo dục và Đào tạo Hà Nội vừa ban hành văn bản yêu cầu các trường học tăng cường công tác tư vấn tâm lý, giáo dục kỹ năng sống và kịp thời phát hiện, ngăn chặn các hành vi bạo lực học đường.
suc-khoe | 2024-11-14 14:10 | Bệnh đái tháo đường ở Việt Nam ngày càng trẻ hóa | Nhân Ngày Đái tháo đường thế giới 14/11, các chuyên gia cảnh báo tỷ lệ người mắc bệnh đái tháo đường típ 2 ở độ tuổi dưới 40 đang gia tăng, liên quan tới chế độ ăn nhiều đường, ít vận động và thừa cân, béo phì.
kinh-te | 2025-02-10 15:30 | Giá vàng nhẫn lập đỉnh mới, vượt 90 triệu đồng/lượng | Chiều 10/2, giá vàng nhẫn tròn trơn 9999 tại nhiều doanh nghiệp được niêm yết quanh mức 90,5 triệu đồng/lượng ở chiều bán ra, cao nhất từ trước đến nay, do ảnh hưởng từ đà đi lên của giá vàng thế giới.
the-thao | 2024-07-28 18:30 | Trịnh Thu Vinh vào chung kết 10 m súng ngắn hơi nữ tại Olympic Paris 2024 | Xạ thủ Trịnh Thu Vinh đã xuất sắc giành quyền vào chung kết nội dung 10 m súng ngắn hơi nữ tại Olympic Paris 2024, trở thành vận động viên đầu tiên của thể thao Việt Nam góp mặt ở một trận chung kết tại Thế vận hội năm nay.
van-hoa | 2024-02-14 11:00 | Người dân Thủ đô đi lễ chùa đầu năm mới Giáp Thìn | Những ngày đầu xuân, dòng người đổ về các ngôi chùa, đền, phủ nổi tiếng của Hà Nội như chùa Trấn Quốc, phủ Tây Hồ, chùa Hà để dâng hương, cầu mong một năm mới bình an, may mắn.
phap-luat | 2024-10-09 16:20 | Khởi tố 4 đối tượng chống người thi hành công vụ tại Sóc Sơn | Cơ quan Cảnh sát điều tra Công an huyện Sóc Sơn đã khởi tố vụ án, khởi tố bị can đối với 4 đối tượng về hành vi chống người thi hành công vụ, sau khi nhóm này lao xe máy vào tổ công tác đang làm nhiệm vụ tuần tra.
xa-hoi | 2024-05-17 08:45 | Hà Nội xét tặng danh hiệu “Công dân Thủ đô ưu tú” năm 2024 | UBND TP Hà Nội vừa ban hành kế hoạch xét tặng danh hiệu “Công dân Thủ đô ưu tú” năm 2024, nhằm tôn vinh các cá nhân có thành tích đặc biệt xuất sắc, đóng góp cho sự phát triển của Thủ đô trên các lĩnh vực.
do-thi | 2024-03-26 14:30 | Đà Nẵng bố trí tái định cư cho hơn 100 hộ dân vùng dự án cảng Liên Chiểu | UBND quận Liên Chiểu đang khẩn trương kiểm đếm, áp giá bồi thường và bố trí tái định cư cho hơn 100 hộ dân thuộc phạm vi giải phóng mặt bằng dự án bến cảng Liên Chiểu, bảo đảm bàn giao mặt bằng đúng tiến độ.
moi-truong | 2025-01-08 07:20 | Rét đậm, rét hại bao trùm Bắc Bộ, vùng núi có nơi dưới 5 độ C | Do ảnh hưởng của không khí lạnh tăng cường, từ đêm qua, khu vực Bắc Bộ chìm trong rét đậm, rét hại. Nhiệt độ thấp nhất tại Hà Nội phổ biến 9-11 độ C, vùng núi cao như Sa Pa, Mẫu Sơn có nơi dưới 5 độ C.
kinh-te | 2024-06-11 10:00 | Hà Nội: Tổng thu từ khách du lịch 5 tháng đạt hơn 41.000 tỷ đồng | Theo Sở Du lịch Hà Nội, 5 tháng đầu năm 2024, Thủ đô đón khoảng 11,7 triệu lượt khách, tổng thu từ khách du lịch ước đạt hơn 41.000 tỷ đồng, tăng 16,3% so với cùng kỳ năm 2023.
xa-hoi | 2024-12-27 16:50 | Quận Đống Đa trao 300 suất học bổng cho học sinh nghèo vượt khó | Hội Khuyến học quận Đống Đa vừa tổ chức trao 300 suất học bổng, mỗi suất trị giá 2 triệu đồng, cho học sinh có hoàn cảnh khó khăn, vươn lên học tốt trên địa bàn quận.
suc-khoe | 2025-03-24 09:15 | Hà Nội phấn đấu phát hiện sớm và điều trị thành công trên 90% ca bệnh lao | Nhân Ngày Thế giới phòng, chống lao 24/3, Sở Y tế Hà Nội đặt mục tiêu tăng cường sàng lọc chủ động tại cộng đồng, phấn đấu phát hiện sớm và điều trị thành công trên 90% số ca mắc lao.
giao-duc | 2025-06-26 11:40 | Thí sinh cả nước hoàn thành môn Ngữ văn kỳ thi tốt nghiệp THPT 2025 | Sáng 26/6, hơn 1,1 triệu thí sinh cả nước đã hoàn thành bài thi môn Ngữ văn, môn thi đầu tiên của kỳ thi tốt nghiệp THPT năm 2025 - kỳ thi đầu tiên theo Chương trình Giáo dục phổ thông 2018.
the-thao | 2025-03-05 17:00 | Khai mạc Giải Quần vợt các câu lạc bộ Hà Nội mở rộng 2025 | Chiều 5/3, tại Trung tâm Huấn luyện và Thi đấu thể dục thể thao Hà Nội, Giải Quần vợt các câu lạc bộ Hà Nội mở rộng năm 2025 đã chính thức khai mạc với sự tham gia của gần 400 vận động viên phong trào.
phap-luat | 2024-07-09 15:00 | TP.HCM: Phát hiện cơ sở sản xuất nước mắm giả quy mô lớn | Đội Quản lý thị trường số 5, Cục Quản lý thị trường TP.HCM phối hợp Công an quận Bình Tân kiểm tra, phát hiện cơ sở sản xuất nước mắm mang nhãn hiệu giả với hơn 8.000 lít thành phẩm và nguyên liệu.
xa-hoi | 2024-09-15 21:30 | Hà Nội tổ chức “Vui Tết Trung thu” cho trẻ em có hoàn cảnh khó khăn | Tối 15/9, Ủy ban MTTQ Việt Nam TP Hà Nội tổ chức chương trình “Vui Tết Trung thu” cho hơn 500 trẻ em có hoàn cảnh khó khăn, trẻ em khuyết tật đang được nuôi dưỡng tại các trung tâm bảo trợ xã hội.
do-thi | 2024-10-25 11:00 | Hải Phòng khởi công dự án nhà ở xã hội gần 2.000 căn | Sáng 25/10, tại quận Lê Chân, TP Hải Phòng, chủ đầu tư tổ chức lễ khởi công dự án nhà ở xã hội với quy mô gần 2.000 căn hộ, dự kiến hoàn thành vào năm 2027, góp phần đáp ứng nhu cầu nhà ở cho công nhân và người thu nhập thấp.
moi-truong | 2024-07-29 09:00 | Mưa lũ gây sạt lở nhiều tuyến đường ở Hà Giang | Mưa lớn kéo dài từ đêm qua đã gây sạt lở đất đá tại nhiều điểm trên quốc lộ 4C và quốc lộ 34, khiến giao thông qua địa bàn các huyện Quản Bạ, Yên Minh bị chia cắt cục bộ.
kinh-te | 2024-12-31 16:00 | TP.HCM: Tổng thu ngân sách năm 2024 vượt 500.000 tỷ đồng | Năm 2024, tổng thu ngân sách nhà nước trên địa bàn TP.HCM ước đạt hơn 510.000 tỷ đồng, vượt dự toán được giao, tiếp tục là địa phương có đóng góp lớn nhất cho ngân sách quốc gia.
xa-hoi | 2025-05-30 09:00 | Hà Nội: Nhiều hoạt động thiết thực hưởng ứng Tháng hành động vì trẻ em | Tháng hành động vì trẻ em năm 2025 với chủ đề “Chung tay tạo dựng môi trường sống an toàn cho trẻ em” đang được các địa phương trên địa bàn Hà Nội triển khai với nhiều hoạt động thiết thực như tặng quà, dạy bơi an toàn, khám sàng lọc sức khỏe.
van-hoa | 2024-06-08 23:10 | Đà Nẵng: Lễ hội pháo hoa quốc tế DIFF 2024 khai mạc | Tối 8/6, Lễ hội pháo hoa quốc tế Đà Nẵng (DIFF) 2024 chính thức khai mạc bên bờ sông Hàn với màn trình diễn của hai đội Việt Nam và Phần Lan, thu hút hàng chục nghìn khán giả.
"""

EDITED = """
xa-hoi | 2024-03-04 10:20 | Quận Tây Hồ chi trả trợ cấp cho hơn 1.200 đối tượng bảo trợ xã hội | Hà Nội: Quận Tây Hồ chi trả trợ cấp cho hơn 1.200 đối tượng bảo trợ xã hội | Quận Tây Hồ vừa hoàn thành chi trả trợ cấp xã hội hằng tháng qua tài khoản cá nhân cho hơn 1.200 đối tượng bảo trợ xã hội trên địa bàn, bảo đảm kịp thời, công khai, minh bạch. |  | same
moi-truong | 2024-09-10 08:10 | Nước sông Hồng tại Hà Nội lên nhanh, vượt báo động 2 | Nước sông Hồng tại Hà Nội đang lên nhanh, vượt mức báo động 2 | Do lũ từ thượng nguồn đổ về, lúc 7h sáng 10/9, mực nước sông Hồng tại trạm Long Biên đã vượt mức báo động 2 và dự báo tiếp tục lên trong những giờ tới. Người dân sống ven sông được khuyến cáo chủ động di chuyển tài sản đến nơi an toàn. | chủ động di chuyển=>khẩn trương di chuyển | slug
giao-duc | 2024-03-18 16:40 | Hơn 15.000 thí sinh đăng ký thi đánh giá năng lực của ĐHQG Hà Nội | Hơn 51.000 thí sinh đăng ký thi đánh giá năng lực của ĐHQG Hà Nội | Kỳ thi đánh giá năng lực đợt 1 năm 2024 do Đại học Quốc gia Hà Nội tổ chức ghi nhận hơn 51.000 thí sinh đăng ký, tăng mạnh so với năm trước. Đây là một trong những căn cứ quan trọng để nhiều trường đại học xét tuyển. |  | slug
xa-hoi | 2024-11-02 13:15 | Cháy nhà trọ ở Hà Đông, 2 người bị thương | Cháy nhà trọ ở quận Hà Đông, 2 người bị thương | Khoảng 11h trưa nay (2/11), một căn nhà trọ 4 tầng trên phố Tô Hiệu, phường Nguyễn Trãi, quận Hà Đông bất ngờ bốc cháy. Lực lượng Cảnh sát PCCC đã kịp thời dập tắt đám cháy, đưa 2 người bị thương đi cấp cứu. |  | same
kinh-te | 2024-05-10 09:30 | Giá vàng miếng SJC lập đỉnh mới | Giá vàng miếng SJC lập đỉnh mới, vượt 90 triệu đồng/lượng | Mở cửa phiên giao dịch sáng 10/5, giá vàng miếng SJC được Công ty Vàng bạc Đá quý Sài Gòn niêm yết ở mức 90,4 triệu đồng/lượng ở chiều bán ra, tăng 1,2 triệu đồng so với cuối phiên hôm qua. |  | other
the-thao | 2025-01-05 23:50 | Đánh bại Thái Lan, Việt Nam vô địch ASEAN Cup 2024 | Đánh bại Thái Lan 3-2, đội tuyển Việt Nam vô địch ASEAN Cup 2024 | Vượt qua Thái Lan với tỷ số 3-2 trong trận chung kết lượt về trên sân Rajamangala tối 5/1, đội tuyển Việt Nam giành chức vô địch ASEAN Mitsubishi Electric Cup 2024 với tổng tỷ số 5-3 sau hai lượt trận. |  | slug
do-thi | 2024-06-14 15:10 | Hà Nội cấm xe tải trên cầu Chương Dương từ ngày 15/6 | Hà Nội cấm xe tải trên cầu Chương Dương từ ngày 17/6 | Sở Giao thông vận tải Hà Nội vừa có thông báo về việc tổ chức phân luồng, cấm xe tải có tải trọng trên 2,5 tấn lưu thông qua cầu Chương Dương từ 0h ngày 17/6 để phục vụ công tác sửa chữa mặt cầu. |  | same
suc-khoe | 2024-08-22 11:00 | Phát hiện ổ dịch sốt xuất huyết tại quận Hoàng Mai | Hà Nội: Phát hiện ổ dịch sốt xuất huyết mới tại quận Hoàng Mai | Trung tâm Y tế quận Hoàng Mai vừa ghi nhận ổ dịch sốt xuất huyết với 12 ca mắc tại phường Trần Phú. Ngành y tế đã tổ chức phun hóa chất diệt muỗi, xử lý ổ bọ gậy tại khu vực xung quanh. | 12 ca mắc=>12 ca bệnh | other
xa-hoi | 2025-02-03 15:00 | TP.HCM: Người lao động trở lại làm việc sau Tết | TP.HCM: Phần lớn người lao động đã trở lại làm việc sau Tết | Theo Sở Lao động - Thương binh và Xã hội TP.HCM, ngày làm việc đầu tiên sau kỳ nghỉ Tết Nguyên đán Ất Tỵ, tỷ lệ người lao động quay trở lại làm việc tại các doanh nghiệp đạt khoảng 95%, cao hơn cùng kỳ năm trước. |  | slug
moi-truong | 2024-11-19 07:40 | Không khí lạnh tràn về, Hà Nội giảm nhiệt mạnh | Không khí lạnh tràn về, nhiệt độ Hà Nội giảm mạnh | Từ đêm nay (19/11), một đợt không khí lạnh mạnh sẽ tràn về khu vực Bắc Bộ. Nhiệt độ thấp nhất tại Hà Nội có thể xuống 15-17 độ C, vùng núi cao phổ biến 11-13 độ C. |  | same
van-hoa | 2024-04-18 10:30 | Lễ Giỗ Tổ Hùng Vương năm 2024 diễn ra trang trọng | Phú Thọ: Lễ Giỗ Tổ Hùng Vương năm Giáp Thìn diễn ra trang trọng | Sáng 18/4 (tức ngày 10/3 âm lịch), tại Khu Di tích lịch sử Đền Hùng, tỉnh Phú Thọ đã trang trọng tổ chức Lễ dâng hương tưởng niệm các Vua Hùng. Hàng vạn đồng bào, du khách thập phương đã về dự lễ. |  | other
xa-hoi | 2024-07-01 14:20 | Từ hôm nay, tăng lương cơ sở lên 2,34 triệu đồng/tháng | Từ hôm nay (1/7), tăng lương cơ sở lên 2,34 triệu đồng/tháng | Từ ngày 1/7/2024, mức lương cơ sở áp dụng đối với cán bộ, công chức, viên chức và lực lượng vũ trang tăng từ 1,8 triệu đồng lên 2,34 triệu đồng/tháng, tương đương mức tăng 30%. Đồng thời, lương hưu và trợ cấp bảo hiểm xã hội cũng được điều chỉnh tăng 15%. |  | same
do-thi | 2025-03-28 17:00 | Đà Nẵng: Tạm dừng lưu thông ban đêm qua cầu Thuận Phước | Đà Nẵng tạm dừng lưu thông ban đêm qua cầu Thuận Phước để sửa chữa | Sở Giao thông vận tải TP Đà Nẵng thông báo tạm dừng lưu thông các loại phương tiện qua cầu Thuận Phước vào ban đêm từ ngày 1/4 để thi công sửa chữa hệ thống cáp và khe co giãn, dự kiến kéo dài 45 ngày. |  | slug
phap-luat | 2024-12-12 08:50 | Bắt giữ 3 đối tượng cướp tiệm vàng ở Hải Phòng | Bắt giữ 2 đối tượng cướp tiệm vàng ở Hải Phòng | Chỉ sau 6 giờ gây án, Công an TP Hải Phòng đã bắt giữ 2 đối tượng dùng súng nhựa đe dọa, cướp tiệm vàng trên địa bàn quận Kiến An, thu hồi toàn bộ số tài sản chiếm đoạt. |  | slug
giao-duc | 2024-09-24 10:30 | Hà Nội: Không thu các khoản ngoài quy định đầu năm học | Hà Nội yêu cầu không thu các khoản ngoài quy định đầu năm học | Sở Giáo dục và Đào tạo Hà Nội yêu cầu các cơ sở giáo dục tuyệt đối không thu các khoản ngoài danh mục quy định, không vận động tài trợ trái quy định; hiệu trưởng chịu trách nhiệm nếu để xảy ra lạm thu trong trường học. |  | other
kinh-te | 2025-04-10 16:30 | Hải Phòng: Sản lượng hàng hóa qua cảng tăng 12% trong quý I | Hải Phòng: Sản lượng hàng hóa thông qua cảng tăng 12% trong quý I | Quý I/2025, tổng sản lượng hàng hóa thông qua hệ thống cảng biển Hải Phòng ước đạt hơn 48 triệu tấn, tăng 12% so với cùng kỳ năm trước; trong đó hàng container tăng mạnh nhờ các bến cảng nước sâu Lạch Huyện đi vào khai thác. |  | same
suc-khoe | 2024-06-03 19:00 | Hơn 30 học sinh nhập viện nghi ngộ độc thực phẩm ở TP.HCM | Hơn 40 học sinh nhập viện nghi ngộ độc thực phẩm ở TP.HCM | Sau bữa ăn bán trú trưa 3/6, nhiều học sinh một trường tiểu học tại TP Thủ Đức có biểu hiện đau bụng, nôn ói, sốt và được đưa đến bệnh viện cấp cứu. Đến tối cùng ngày, đã có hơn 40 em nhập viện điều trị. | hơn 40 em=>hơn 40 học sinh | slug
xa-hoi | 2024-10-20 09:15 | Phụ nữ Thủ đô lan tỏa phong trào “Phụ nữ tích cực học tập, lao động sáng tạo” | Phụ nữ Thủ đô lan tỏa phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc” | Nhân kỷ niệm 94 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2024), Hội LHPN TP Hà Nội biểu dương 94 gương phụ nữ tiêu biểu trong các phong trào thi đua, góp phần xây dựng Thủ đô văn hiến, văn minh, hiện đại. |  | same
moi-truong | 2025-05-20 06:30 | Bắc Bộ sắp đón đợt nắng nóng đầu tiên trong năm | Bắc Bộ sắp đón đợt nắng nóng gay gắt đầu tiên trong năm | Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết, từ ngày 21/5, khu vực Bắc Bộ và Bắc Trung Bộ sẽ xuất hiện đợt nắng nóng diện rộng đầu tiên, nhiệt độ cao nhất phổ biến 35-37 độ C, có nơi trên 38 độ C. |  | other
do-thi | 2024-02-20 14:45 | Hà Nội ra quân lập lại trật tự vỉa hè sau Tết | Hà Nội: Các quận đồng loạt ra quân lập lại trật tự vỉa hè sau Tết | Ngay sau kỳ nghỉ Tết Nguyên đán, các quận nội thành Hà Nội đã đồng loạt ra quân xử lý tình trạng lấn chiếm vỉa hè, lòng đường để kinh doanh, trông giữ xe trái phép, trả lại không gian cho người đi bộ. |  | slug
the-thao | 2024-09-29 21:00 | Nguyễn Thị Oanh giành HCV 1.500 m tại giải vô địch quốc gia | Nguyễn Thị Oanh giành HCV 1.500 m giải điền kinh vô địch quốc gia | Chiều 29/9, tại Sân vận động Hà Đông, “nữ hoàng điền kinh” Nguyễn Thị Oanh đã xuất sắc về nhất nội dung 1.500 m nữ tại Giải Điền kinh vô địch quốc gia năm 2024, tiếp tục khẳng định vị thế số một ở các cự ly trung bình và dài. |  | same
xa-hoi | 2024-04-26 11:30 | TP.HCM: Trên 1 triệu lượt khách đi qua các bến xe dịp nghỉ lễ 30/4 - 1/5 | TP.HCM: Gần 1 triệu lượt khách đi qua các bến xe dịp nghỉ lễ 30/4 - 1/5 | Theo dự báo của Sở Giao thông vận tải TP.HCM, trong kỳ nghỉ lễ 30/4 - 1/5 năm nay, lượng hành khách đi qua các bến xe Miền Đông, Miền Tây và An Sương ước đạt gần 1 triệu lượt, tăng khoảng 10% so với cùng kỳ. |  | slug
phap-luat | 2025-06-05 15:40 | Khởi tố nguyên Chủ tịch UBND xã ở Mê Linh | Khởi tố nguyên Chủ tịch UBND xã ở huyện Mê Linh về tội vi phạm quy định quản lý đất đai | Cơ quan Cảnh sát điều tra Công an TP Hà Nội đã khởi tố vụ án, khởi tố bị can, bắt tạm giam nguyên Chủ tịch UBND một xã thuộc huyện Mê Linh để điều tra về tội “Vi phạm các quy định về quản lý đất đai”. |  | other
kinh-te | 2024-08-26 10:10 | Tỷ giá USD hôm nay tiếp tục giảm mạnh | Tỷ giá USD tại các ngân hàng tiếp tục giảm mạnh | Sáng 26/8, Ngân hàng Nhà nước công bố tỷ giá trung tâm của đồng Việt Nam với USD ở mức 24.183 đồng, giảm 32 đồng so với cuối tuần trước. Giá USD tại các ngân hàng thương mại cũng đồng loạt giảm. |  | same
giao-duc | 2025-07-16 08:00 | Hà Nội công bố điểm chuẩn lớp 10 năm 2025 | Hà Nội chính thức công bố điểm chuẩn lớp 10 công lập năm 2025 | Sở Giáo dục và Đào tạo Hà Nội vừa công bố điểm chuẩn vào lớp 10 các trường THPT công lập năm học 2025-2026. Thí sinh có thể tra cứu kết quả trên cổng thông tin điện tử của Sở từ 8h ngày 16/7. |  | slug
suc-khoe | 2025-01-17 09:50 | Cảnh báo gia tăng bệnh cúm mùa trong mùa lạnh | Cảnh báo gia tăng ca mắc cúm mùa trong những ngày rét | Thời tiết lạnh, độ ẩm cao khiến số ca mắc cúm mùa tại các bệnh viện ở Hà Nội tăng mạnh, nhiều trường hợp là trẻ nhỏ và người cao tuổi có bệnh nền. Bác sĩ khuyến cáo người dân tiêm vắc xin cúm hằng năm để chủ động phòng bệnh. |  | same
do-thi | 2024-12-23 16:00 | TP.HCM: Tuyến metro số 1 chở hơn 150.000 lượt khách ngày đầu vận hành | TP.HCM: Tuyến metro số 1 phục vụ hơn 150.000 lượt khách trong ngày đầu vận hành | Trong ngày đầu vận hành thương mại (22/12), tuyến metro số 1 Bến Thành - Suối Tiên đã phục vụ hơn 150.000 lượt hành khách. Người dân được miễn phí vé trong 30 ngày đầu tiên. |  | other
xa-hoi | 2024-10-01 10:45 | Hà Nội tổ chức Ngày Quốc tế người cao tuổi | Hà Nội tổ chức kỷ niệm Ngày Quốc tế người cao tuổi | Sáng 1/10, Hội Người cao tuổi TP Hà Nội tổ chức gặp mặt, mừng thọ các cụ tròn 90 tuổi và 100 tuổi, đồng thời biểu dương 120 người cao tuổi tiêu biểu trong phong trào “Tuổi cao - Gương sáng”. |  | slug
moi-truong | 2024-09-08 10:30 | Hà Nội: Hơn 25.000 cây xanh bị gãy đổ sau bão số 3 | Hà Nội: Gần 25.000 cây xanh bị gãy đổ sau bão số 3 | Theo thống kê sơ bộ của Sở Xây dựng Hà Nội, sau khi bão số 3 đi qua, toàn thành phố có gần 25.000 cây xanh bị gãy đổ, nhiều tuyến phố bị cây chắn ngang gây ách tắc giao thông. Lực lượng chức năng đang khẩn trương thu dọn. |  | same
van-hoa | 2025-01-26 15:20 | Hội chữ Xuân Ất Tỵ khai mạc tại Văn Miếu - Quốc Tử Giám | Hà Nội: Hội chữ Xuân Ất Tỵ 2025 khai mạc tại Văn Miếu - Quốc Tử Giám | Sáng 26/1 (tức 27 tháng Chạp), Hội chữ Xuân Ất Tỵ 2025 chính thức khai mạc tại Văn Miếu - Quốc Tử Giám với hàng chục ông đồ, nghệ nhân thư pháp phục vụ người dân xin chữ đầu xuân. |  | slug
"""

TRUNCATED = """
xa-hoi | 2024-03-15 10:20 | Hà Nội: Hơn 8.000 lượt lao động được tư vấn, giới thiệu việc làm trong quý I | Trong quý I/2024, Trung tâm Dịch vụ việc làm Hà Nội đã tổ chức 45 phiên giao dịch việc làm, tư vấn, giới thiệu việc làm cho hơn 8.000 lượt người lao động; trong đó nhiều vị trí tuyển dụng có mức lương từ 8 đến 15 triệu đồng/tháng, tập trung ở các ngành điện tử, logistics và dịch vụ.
moi-truong | 2024-07-22 20:30 | Bão số 2 suy yếu sau khi đổ bộ, Bắc Bộ mưa rất to | Chiều tối 22/7, bão số 2 (Prapiroon) đã đi vào đất liền khu vực Quảng Ninh - Hải Phòng và suy yếu thành áp thấp nhiệt đới. Do ảnh hưởng của hoàn lưu bão, các tỉnh Bắc Bộ có mưa to đến rất to, nguy cơ cao xảy ra lũ quét, sạt lở đất ở vùng núi và ngập úng cục bộ ở vùng trũng thấp.
giao-duc | 2025-04-02 15:30 | Hà Nội chốt phương án thi vào lớp 10 năm học 2025-2026 | Sở Giáo dục và Đào tạo Hà Nội vừa công bố phương án tuyển sinh vào lớp 10 THPT năm học 2025-2026, theo đó thí sinh thi 3 môn gồm Ngữ văn, Toán và Ngoại ngữ; điểm xét tuyển là tổng điểm ba bài thi cộng điểm ưu tiên, kỳ thi dự kiến diễn ra trong hai ngày 7 và 8/6/2025.
suc-khoe | 2024-05-28 09:00 | Bệnh viện Nhi Trung ương cảnh báo nguy cơ đuối nước ở trẻ dịp hè | Bước vào dịp nghỉ hè, Bệnh viện Nhi Trung ương liên tục tiếp nhận các trường hợp trẻ bị đuối nước được chuyển đến trong tình trạng nặng, có trẻ phải thở máy. Các bác sĩ khuyến cáo phụ huynh tuyệt đối không để trẻ bơi ở ao, hồ, sông suối khi không có người lớn giám sát và nên cho trẻ học bơi, học kỹ năng an toàn dưới nước.
kinh-te | 2024-10-07 14:15 | Hà Nội: Chỉ số giá tiêu dùng tháng 9 tăng 0,2% | Theo Cục Thống kê TP Hà Nội, chỉ số giá tiêu dùng (CPI) tháng 9/2024 tăng 0,2% so với tháng trước, tăng 3,6% so với cùng kỳ năm trước. Nguyên nhân chủ yếu do giá một số mặt hàng lương thực, thực phẩm tăng sau bão số 3 và giá dịch vụ giáo dục điều chỉnh khi bước vào năm học mới.
the-thao | 2024-11-17 22:30 | Hải Phòng FC chia điểm đáng tiếc trên sân Lạch Tray | Dù có bàn mở tỷ số từ sớm và chơi hơn người trong phần lớn thời gian của hiệp hai, Hải Phòng FC vẫn chỉ có được trận hòa 1-1 trước Sông Lam Nghệ An trên sân nhà Lạch Tray tối 17/11, khiến đội bóng đất Cảng tiếp tục nằm trong nhóm cuối bảng xếp hạng V.League 2024/25.
phap-luat | 2025-03-10 11:20 | Triệt xóa ổ nhóm cho vay lãi nặng hoạt động tại nhiều tỉnh | Công an TP Hà Nội vừa triệt xóa một ổ nhóm cho vay lãi nặng với lãi suất lên tới 300%/năm, hoạt động tại Hà Nội và nhiều tỉnh lân cận. Các đối tượng sử dụng các biện pháp đòi nợ kiểu “khủng bố” như đe dọa, bôi nhọ danh dự, ném chất bẩn vào nhà người vay.
xa-hoi | 2024-08-05 16:40 | Hải Phòng hoàn thành xóa nhà tạm, nhà dột nát cho hộ nghèo trước thời hạn | Với sự chung tay của các cấp, ngành, doanh nghiệp và nhà hảo tâm, TP Hải Phòng đã hoàn thành hỗ trợ xây mới, sửa chữa nhà ở cho hơn 1.300 hộ nghèo, hộ cận nghèo và gia đình chính sách có nhà tạm, nhà dột nát, về đích sớm hơn kế hoạch đề ra. Mỗi hộ được hỗ trợ từ 50 đến 80 triệu đồng tùy mức độ.
do-thi | 2024-04-11 08:30 | Cầu Thăng Long tạm cấm phương tiện để sửa chữa mặt đường | Từ 22h đêm nay đến 5h sáng mai, cầu Thăng Long sẽ tạm cấm các phương tiện lưu thông trên mặt cầu theo chiều từ Nội Bài về trung tâm thành phố để phục vụ thi công sửa chữa mặt đường. Các phương tiện được hướng dẫn đi theo cầu Nhật Tân và đường Võ Nguyên Giáp.
van-hoa | 2024-12-14 20:10 | Lễ hội Văn hóa ẩm thực Hà Nội 2024 thu hút đông đảo du khách | Lễ hội Văn hóa ẩm thực Hà Nội năm 2024 với gần 200 gian hàng giới thiệu các món ăn đặc trưng của Thủ đô và nhiều vùng miền đang diễn ra tại Hoàng thành Thăng Long, thu hút đông đảo người dân và du khách trong nước, quốc tế đến tham quan, thưởng thức. Lễ hội kéo dài đến hết ngày 16/12.
moi-truong | 2025-02-25 09:40 | Đà Nẵng đặt mục tiêu 100% hộ gia đình phân loại rác tại nguồn | UBND TP Đà Nẵng vừa ban hành kế hoạch triển khai phân loại chất thải rắn sinh hoạt tại nguồn trên địa bàn thành phố, phấn đấu đến cuối năm 2025, 100% hộ gia đình, cơ quan, trường học thực hiện phân loại rác thành ba nhóm: chất thải có khả năng tái chế, chất thải thực phẩm và chất thải rắn sinh hoạt khác.
xa-hoi | 2025-01-09 10:30 | Hà Nội mở rộng đối tượng được hưởng trợ cấp xã hội hằng tháng | HĐND TP Hà Nội vừa thông qua nghị quyết quy định mức chuẩn trợ giúp xã hội và mở rộng thêm một số nhóm đối tượng được hưởng trợ cấp xã hội hằng tháng, trong đó có người cao tuổi từ 75 đến dưới 80 tuổi thuộc hộ cận nghèo và trẻ em dưới 3 tuổi thuộc hộ cận nghèo. Chính sách được áp dụng từ ngày 1/1/2025.
giao-duc | 2024-11-20 09:00 | Hà Nội tuyên dương 100 nhà giáo tiêu biểu nhân ngày 20/11 | Nhân kỷ niệm 42 năm Ngày Nhà giáo Việt Nam, UBND TP Hà Nội tổ chức lễ tuyên dương 100 nhà giáo tiêu biểu, có nhiều đóng góp trong đổi mới phương pháp dạy học, bồi dưỡng học sinh giỏi và giúp đỡ học sinh có hoàn cảnh khó khăn vươn lên trong học tập.
suc-khoe | 2025-04-25 14:50 | Số ca mắc sốt rét tại Việt Nam giảm mạnh | Nhân Ngày Thế giới phòng chống sốt rét 25/4, Bộ Y tế cho biết số ca mắc sốt rét tại Việt Nam đã giảm mạnh trong những năm gần đây, nhiều tỉnh, thành phố đã được công nhận loại trừ bệnh sốt rét. Tuy nhiên, nguy cơ sốt rét quay trở lại vẫn hiện hữu ở khu vực biên giới và ở người đi làm ăn ở nước ngoài trở về.
kinh-te | 2025-05-14 10:25 | Hà Nội đẩy mạnh kích cầu tiêu dùng hàng Việt | Sở Công Thương Hà Nội phối hợp với các hiệp hội ngành hàng tổ chức chuỗi hội chợ, phiên chợ hàng Việt về các khu dân cư, khu công nghiệp và các xã ngoại thành, với nhiều chương trình khuyến mại, giảm giá sâu, nhằm kích cầu tiêu dùng và hỗ trợ doanh nghiệp mở rộng thị trường nội địa. | kinhtedothi
do-thi | 2024-09-30 13:00 | Hồ Thành Công sẽ được cải tạo thành không gian mở | UBND quận Ba Đình vừa phê duyệt chủ trương đầu tư cải tạo, chỉnh trang hồ Thành Công và không gian xung quanh theo hướng mở, kết nối với các tuyến phố Láng Hạ, Huỳnh Thúc Kháng, bổ sung đường dạo, cây xanh, ghế nghỉ và khu vui chơi cho trẻ em, phục vụ nhu cầu sinh hoạt của người dân.
phap-luat | 2024-07-24 16:30 | Cảnh giác với thủ đoạn giả danh công an yêu cầu cập nhật định danh điện tử | Công an TP Hà Nội vừa phát đi cảnh báo về thủ đoạn các đối tượng giả danh cán bộ công an gọi điện thoại, yêu cầu người dân cài đặt ứng dụng giả mạo để “cập nhật thông tin định danh điện tử mức độ 2”, từ đó chiếm quyền điều khiển điện thoại và chiếm đoạt tiền trong tài khoản ngân hàng của bị hại.
xa-hoi | 2024-06-01 09:20 | TP.HCM tổ chức Ngày hội “Thiếu nhi vui khỏe” cho hàng nghìn trẻ em | Nhân Ngày Quốc tế Thiếu nhi 1/6, Nhà Văn hóa Thiếu nhi TP.HCM tổ chức Ngày hội “Thiếu nhi vui khỏe” với nhiều hoạt động vui chơi, giao lưu văn nghệ, trò chơi dân gian và tặng quà cho hàng nghìn trẻ em, trong đó có nhiều em có hoàn cảnh khó khăn, trẻ em khuyết tật.
moi-truong | 2022-10-15 08:10 | Miền Trung mưa lớn, Đà Nẵng nhiều tuyến đường ngập sâu | Do ảnh hưởng của không khí lạnh kết hợp với nhiễu động gió đông, từ đêm qua đến sáng nay (15/10), TP Đà Nẵng có mưa to đến rất to, nhiều tuyến đường như Điện Biên Phủ, Hàm Nghi, Tôn Đức Thắng ngập sâu từ 0,3 đến 0,5 m, nhiều phương tiện chết máy, học sinh được nghỉ học để bảo đảm an toàn.
the-thao | 2025-03-09 11:00 | Hơn 1.000 vận động viên tham dự Giải Việt dã truyền thống Báo Hà Nội mới | Sáng 9/3, tại khu vực hồ Hoàn Kiếm, Giải Việt dã truyền thống Báo Hà Nội mới năm 2025 đã diễn ra sôi nổi với sự tham gia của hơn 1.000 vận động viên đến từ các quận, huyện, thị xã, các ngành và lực lượng vũ trang Thủ đô. | hanoimoi
kinh-te | 2024-02-19 13:30 | Hàng hóa dồi dào, giá cả ổn định sau Tết | Theo ghi nhận tại các chợ dân sinh và siêu thị trên địa bàn Hà Nội, sau kỳ nghỉ Tết Nguyên đán Giáp Thìn, nguồn cung hàng hóa dồi dào, giá các mặt hàng thiết yếu như rau xanh, thịt lợn, thực phẩm chế biến cơ bản ổn định, một số loại rau còn giảm giá nhẹ so với những ngày cận Tết.
giao-duc | 2024-06-28 17:20 | Hơn 1 triệu thí sinh hoàn thành kỳ thi tốt nghiệp THPT năm 2024 | Chiều 28/6, hơn 1 triệu thí sinh trên cả nước đã hoàn thành bài thi cuối cùng của kỳ thi tốt nghiệp THPT năm 2024. Theo Bộ Giáo dục và Đào tạo, kỳ thi diễn ra an toàn, nghiêm túc, đúng quy chế; dự kiến kết quả thi sẽ được công bố vào ngày 17/7. | vnexpress
xa-hoi | 2024-11-08 15:10 | Đà Nẵng hỗ trợ người dân vùng lũ sớm ổn định cuộc sống | Sau đợt mưa lũ vừa qua, UBND TP Đà Nẵng đã trích ngân sách hỗ trợ các hộ dân có nhà bị sập, hư hỏng nặng, đồng thời huy động lực lượng quân đội, đoàn viên thanh niên giúp người dân dọn dẹp bùn đất, vệ sinh môi trường, sớm khôi phục sản xuất và ổn định cuộc sống.
do-thi | 2025-06-10 09:50 | Hải Phòng đẩy nhanh tiến độ các công trình giao thông trọng điểm | UBND TP Hải Phòng yêu cầu các chủ đầu tư, nhà thầu tập trung nhân lực, máy móc, tổ chức thi công “3 ca, 4 kíp” để đẩy nhanh tiến độ các công trình giao thông trọng điểm như cầu Nguyễn Trãi, cầu Lại Xuân, đường ven sông Lạch Tray, bảo đảm hoàn thành đúng kế hoạch.
suc-khoe | 2024-09-19 11:00 | Nguy cơ bùng phát dịch bệnh sau lũ, Bộ Y tế đưa ra khuyến cáo | Sau bão số 3 và mưa lũ, nhiều địa phương khu vực phía Bắc đối mặt với nguy cơ bùng phát các dịch bệnh như tiêu chảy, đau mắt đỏ, bệnh ngoài da, sốt xuất huyết. Bộ Y tế khuyến cáo người dân ăn chín, uống chín, sử dụng nguồn nước sạch và thực hiện vệ sinh môi trường, khử khuẩn nhà cửa ngay sau khi nước rút.
phap-luat | 2024-05-02 10:40 | Xử lý hơn 1.200 trường hợp vi phạm nồng độ cồn dịp nghỉ lễ | Trong 5 ngày nghỉ lễ 30/4 - 1/5, lực lượng Cảnh sát giao thông Công an TP Hà Nội đã kiểm tra, xử lý hơn 1.200 trường hợp vi phạm nồng độ cồn, tạm giữ hàng trăm phương tiện, tước giấy phép lái xe có thời hạn đối với nhiều tài xế ô tô.
xa-hoi | 2025-04-29 23:30 | Người dân TP.HCM thức trắng đêm chờ xem diễu binh mừng 50 năm thống nhất đất nước | Từ tối 29/4, hàng nghìn người dân TP.HCM và du khách đã mang theo áo mưa, nước uống, cờ đỏ sao vàng, ngồi kín các tuyến đường Lê Duẩn, Tôn Đức Thắng, Nguyễn Thị Minh Khai để chờ xem Lễ diễu binh, diễu hành kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước diễn ra vào sáng 30/4.
moi-truong | 2024-03-21 10:00 | Hà Nội hưởng ứng Chiến dịch Giờ Trái đất 2024 | Hưởng ứng Chiến dịch Giờ Trái đất năm 2024, từ 20h30 đến 21h30 ngày 23/3, các cơ quan, công sở, doanh nghiệp và hộ gia đình trên địa bàn Hà Nội sẽ đồng loạt tắt đèn và các thiết bị điện không cần thiết trong 1 giờ, góp phần tiết kiệm năng lượng và nâng cao nhận thức về ứng phó biến đổi khí hậu.
van-hoa | 2024-05-31 22:00 | Khai mạc Tuần Du lịch “Sắc vàng Tam Cốc - Tràng An” 2024 | Tối 31/5, tại Khu du lịch Tam Cốc - Bích Động, tỉnh Ninh Bình đã khai mạc Tuần Du lịch Ninh Bình năm 2024 với chủ đề “Sắc vàng Tam Cốc - Tràng An”, với nhiều hoạt động đặc sắc như trình diễn nghệ thuật, chụp ảnh trên cánh đồng lúa chín, giới thiệu ẩm thực và sản phẩm OCOP của địa phương.
kinh-te | 2025-07-02 16:00 | Hải Phòng: Thu ngân sách 6 tháng đầu năm đạt hơn 60% dự toán | Theo báo cáo của Sở Tài chính TP Hải Phòng, thu ngân sách nhà nước trên địa bàn thành phố 6 tháng đầu năm 2025 ước đạt hơn 60% dự toán, tăng mạnh so với cùng kỳ, trong đó thu nội địa và thu từ hoạt động xuất nhập khẩu đều tăng khá, tạo nền tảng quan trọng để hoàn thành mục tiêu cả năm.
"""

# ==========================================================================
# DISTINCT pairs
# ==========================================================================
# section | published A | title A | lead A | published B (or +Nm/+Nh/+Nd) | title B | lead B [| source A | source B]
# Sources default to the TTTĐ feed of the section (sometimes tttd-all).

DAILY_SERIES = """
moi-truong | 2025-06-20 16:20 | Dự báo thời tiết ngày 21/6: Hà Nội có mưa dông | Theo Trung tâm Dự báo khí tượng thủy văn Quốc gia, ngày 21/6, Hà Nội có mây, có mưa rào và dông rải rác, cục bộ có nơi mưa to. Gió đông nam cấp 2-3. Nhiệt độ thấp nhất 26-28 độ C, cao nhất 33-35 độ C. | 2025-06-21 16:05 | Dự báo thời tiết ngày 22/6: Hà Nội có mưa dông | Theo Trung tâm Dự báo khí tượng thủy văn Quốc gia, ngày 22/6, Hà Nội có mưa vừa, mưa to và dông, lượng mưa phổ biến 20-40 mm. Gió nhẹ. Nhiệt độ thấp nhất 25-27 độ C, cao nhất 30-32 độ C.
moi-truong | 2025-01-04 17:00 | Thời tiết Hà Nội ngày 5/1: Rét đậm, nhiệt độ thấp nhất 10 độ C | Ngày 5/1, Hà Nội nhiều mây, đêm và sáng sớm có mưa nhỏ rải rác, trời rét đậm. Gió đông bắc cấp 2-3. Nhiệt độ thấp nhất 10-12 độ C, cao nhất 15-17 độ C. | 2025-01-05 16:45 | Thời tiết Hà Nội ngày 6/1: Rét đậm, nhiệt độ thấp nhất 9 độ C | Ngày 6/1, Hà Nội có mây, không mưa, đêm và sáng trời rét đậm, trưa chiều hửng nắng. Gió bắc cấp 2. Nhiệt độ thấp nhất 9-11 độ C, cao nhất 17-19 độ C.
kinh-te | 2024-10-21 09:05 | Giá vàng hôm nay 21/10: Vàng nhẫn tăng vọt | Sáng 21/10, giá vàng nhẫn tròn trơn 9999 tại nhiều thương hiệu được niêm yết ở mức 86,4 - 87,6 triệu đồng/lượng (mua vào - bán ra), tăng 600.000 đồng/lượng so với cuối tuần trước. Vàng miếng SJC đi ngang ở mức 87 - 89 triệu đồng/lượng. | 2024-10-22 09:10 | Giá vàng hôm nay 22/10: Vàng nhẫn tăng vọt | Sáng 22/10, giá vàng nhẫn tròn trơn 9999 tiếp tục tăng mạnh, được niêm yết ở mức 87,2 - 88,4 triệu đồng/lượng (mua vào - bán ra), tăng thêm 800.000 đồng/lượng so với hôm qua. Vàng miếng SJC vẫn đứng yên ở mức 87 - 89 triệu đồng/lượng.
kinh-te | 2024-12-03 08:45 | Giá vàng hôm nay: Vàng miếng SJC đứng yên, vàng nhẫn giảm nhẹ | Mở cửa phiên giao dịch sáng 3/12, giá vàng miếng SJC được niêm yết ở mức 82,8 - 85,3 triệu đồng/lượng, không đổi so với hôm qua. Trong khi đó, vàng nhẫn 9999 giảm 200.000 đồng/lượng, xuống còn 83,9 - 84,9 triệu đồng/lượng. | 2024-12-04 08:50 | Giá vàng hôm nay: Vàng miếng SJC đứng yên, vàng nhẫn giảm nhẹ | Mở cửa phiên giao dịch sáng 4/12, giá vàng miếng SJC tiếp tục được niêm yết ở mức 82,8 - 85,3 triệu đồng/lượng. Vàng nhẫn 9999 giảm thêm 150.000 đồng/lượng, còn 83,75 - 84,75 triệu đồng/lượng.
kinh-te | 2024-08-15 08:30 | Tỷ giá USD hôm nay 15/8/2024 | Sáng 15/8, Ngân hàng Nhà nước công bố tỷ giá trung tâm của đồng Việt Nam với USD ở mức 24.246 đồng, giảm 9 đồng so với phiên trước. Tại Vietcombank, giá USD niêm yết ở mức 24.820 - 25.190 đồng (mua vào - bán ra). | 2024-08-16 08:25 | Tỷ giá USD hôm nay 16/8/2024 | Sáng 16/8, tỷ giá trung tâm được Ngân hàng Nhà nước công bố ở mức 24.235 đồng, giảm tiếp 11 đồng. Giá USD tại Vietcombank niêm yết ở mức 24.790 - 25.160 đồng (mua vào - bán ra), giảm 30 đồng ở cả hai chiều.
xa-hoi | 2025-03-03 07:00 | Tin vắn sáng 3/3 | Hà Nội tổ chức tọa đàm về phát triển công nghiệp văn hóa; TP.HCM khởi công tuyến đường song hành quốc lộ 1; Hải Phòng ra quân Tết trồng cây đầu xuân; Đà Nẵng đón tàu biển quốc tế chở hơn 2.000 du khách. | 2025-03-04 07:00 | Tin vắn sáng 4/3 | Hà Nội cảnh báo tình trạng ô nhiễm không khí vào sáng sớm; TP.HCM đề xuất thí điểm thu phí ô tô vào khu vực trung tâm; Hải Phòng công bố phương án tuyển sinh lớp 10; Đà Nẵng tăng cường kiểm tra an toàn thực phẩm tại các chợ.
kinh-te | 2024-05-09 08:15 | Giá xăng dầu hôm nay 9/5: Dầu thô quay đầu giảm | Giá dầu thế giới sáng 9/5 quay đầu giảm sau khi tồn kho dầu thô của Mỹ tăng ngoài dự báo, với giá dầu Brent giao tháng 7 ở mức 83,2 USD/thùng. Giá xăng trong nước vẫn giữ nguyên theo kỳ điều hành gần nhất. | 2024-05-10 08:20 | Giá xăng dầu hôm nay 10/5: Dầu thô tăng trở lại | Sáng 10/5, giá dầu thế giới tăng trở lại nhờ kỳ vọng nhu cầu phục hồi, dầu Brent giao tháng 7 ở mức 84,1 USD/thùng. Giá xăng trong nước áp dụng theo kỳ điều hành chiều 9/5, với xăng RON 95 ở mức 23.810 đồng/lít.
kinh-te | 2024-06-18 07:40 | Giá heo hơi hôm nay 18/6: Tiếp tục tăng ở miền Bắc | Giá heo hơi hôm nay tại khu vực miền Bắc tăng 1.000 đồng/kg ở một số địa phương như Hà Nội, Hưng Yên, dao động trong khoảng 67.000 - 69.000 đồng/kg. Khu vực miền Trung và miền Nam đi ngang. | 2024-06-19 07:35 | Giá heo hơi hôm nay 19/6: Tiếp tục tăng ở miền Bắc | Giá heo hơi hôm nay tại miền Bắc tiếp tục tăng 1.000 - 2.000 đồng/kg, lên mức 68.000 - 70.000 đồng/kg; Thái Bình và Hà Nam là các địa phương có mức giá cao nhất. Miền Nam giảm nhẹ 1.000 đồng/kg.
thoi-su | 2024-04-01 17:30 | Dự báo thời tiết TP.HCM ngày 2/4: Nắng nóng gay gắt | Ngày 2/4, TP.HCM ngày nắng nóng, nhiệt độ cao nhất 35-36 độ C, chỉ số tia UV ở mức nguy cơ gây hại rất cao. Chiều tối có mưa rào và dông vài nơi. | 2024-04-02 17:20 | Dự báo thời tiết TP.HCM ngày 3/4: Nắng nóng gay gắt | Ngày 3/4, TP.HCM nắng nóng gay gắt kéo dài, nhiệt độ cao nhất lên tới 36-37 độ C. Độ ẩm thấp nhất 40%, người dân cần hạn chế ra ngoài trời vào buổi trưa. | vnexpress-thoi-su | vnexpress-thoi-su
suc-khoe | 2024-09-30 09:40 | Hà Nội ghi nhận hơn 600 ca sốt xuất huyết trong tuần | Theo CDC Hà Nội, trong tuần từ ngày 20/9 đến 27/9, toàn thành phố ghi nhận 672 ca sốt xuất huyết, tăng 58 ca so với tuần trước; không có trường hợp tử vong. | 2024-10-07 09:30 | Hà Nội ghi nhận hơn 600 ca sốt xuất huyết trong tuần | Theo CDC Hà Nội, trong tuần từ ngày 27/9 đến 4/10, toàn thành phố ghi nhận 634 ca sốt xuất huyết, giảm 38 ca so với tuần trước; ghi nhận thêm 9 ổ dịch mới tại các quận Hoàng Mai, Đống Đa, Thanh Xuân.
do-thi | 2024-06-13 15:00 | Lịch cắt điện Hà Nội ngày 14/6 | Để phục vụ công tác sửa chữa, bảo dưỡng lưới điện, ngày 14/6, EVNHANOI tạm ngừng cung cấp điện tại một số khu vực thuộc các quận Đống Đa, Cầu Giấy, Hà Đông và huyện Gia Lâm. Thời gian cắt điện từ 8h đến 16h. | 2024-06-14 15:10 | Lịch cắt điện Hà Nội ngày 15/6 | Ngày 15/6, EVNHANOI tạm ngừng cấp điện để bảo dưỡng, thay thế thiết bị tại một số khu vực thuộc các quận Long Biên, Thanh Xuân và huyện Đông Anh, Sóc Sơn. Thời gian tạm ngừng cấp điện từ 7h30 đến 15h30.
do-thi | 2024-11-20 07:30 | Bản tin giao thông sáng 20/11: Ùn tắc kéo dài trên đường Nguyễn Trãi | Sáng nay (20/11), do mưa nhỏ kết hợp lưu lượng phương tiện tăng cao, đường Nguyễn Trãi theo hướng từ Hà Đông về Ngã Tư Sở ùn tắc kéo dài hơn 2 km. Các tuyến Trường Chinh, Láng cũng đông đúc, phương tiện di chuyển chậm. | 2024-11-21 07:25 | Bản tin giao thông sáng 21/11: Ùn tắc kéo dài trên đường Nguyễn Trãi | Sáng nay (21/11), một xe ô tô con va chạm với xe máy tại khu vực ga Thượng Đình khiến đường Nguyễn Trãi ùn tắc kéo dài theo cả hai chiều. Lực lượng CSGT đã có mặt phân luồng, hướng dẫn phương tiện.
kinh-te | 2025-04-08 08:00 | Giá cà phê hôm nay 8/4: Tăng 1.000 đồng/kg | Giá cà phê hôm nay tại các tỉnh Tây Nguyên tăng 1.000 đồng/kg so với hôm qua, dao động trong khoảng 128.000 - 129.500 đồng/kg. Trên sàn London, giá cà phê Robusta cũng phục hồi nhẹ. | 2025-04-09 08:05 | Giá cà phê hôm nay 9/4: Giảm 1.000 đồng/kg | Giá cà phê hôm nay tại khu vực Tây Nguyên quay đầu giảm 1.000 đồng/kg, về mức 127.000 - 128.500 đồng/kg, do giá Robusta trên sàn London giảm mạnh trong phiên giao dịch đêm qua.
kinh-te | 2024-09-27 07:50 | Giá lúa gạo hôm nay 27/9: Giá gạo xuất khẩu đi ngang | Giá lúa gạo hôm nay tại Đồng bằng sông Cửu Long ổn định. Giá gạo 5% tấm xuất khẩu của Việt Nam được chào bán ở mức 568 USD/tấn, không đổi so với hôm qua. | 2024-09-28 07:45 | Giá lúa gạo hôm nay 28/9: Giá gạo xuất khẩu đi ngang | Giá lúa tại một số địa phương ở Đồng bằng sông Cửu Long tăng nhẹ 100 đồng/kg. Giá gạo 5% tấm xuất khẩu giữ ở mức 568 USD/tấn, trong khi giá gạo nguyên liệu giảm 50 đồng/kg.
kinh-te | 2025-03-12 12:00 | Chứng khoán phiên sáng 12/3: VN-Index tăng hơn 10 điểm | Kết thúc phiên giao dịch sáng 12/3, chỉ số VN-Index tăng 10,6 điểm lên 1.319,4 điểm nhờ lực kéo của nhóm ngân hàng và bất động sản. Thanh khoản trên sàn HOSE đạt hơn 9.000 tỷ đồng. | 2025-03-13 12:00 | Chứng khoán phiên sáng 13/3: VN-Index tăng hơn 10 điểm | Chốt phiên sáng 13/3, VN-Index tăng 11,2 điểm lên 1.330,6 điểm, dòng tiền tập trung vào nhóm thép và chứng khoán. Khối ngoại tiếp tục bán ròng hơn 300 tỷ đồng trên sàn HOSE.
xa-hoi | 2024-02-25 06:30 | Điểm tin Thủ đô ngày 25/2 | Hà Nội đón hàng vạn lượt khách dịp Rằm tháng Giêng; Lễ hội chùa Hương đón lượng khách tăng mạnh dịp cuối tuần; quận Hoàn Kiếm xử lý nghiêm các trường hợp lấn chiếm vỉa hè trên phố Hàng Ngang. | 2024-02-26 06:30 | Điểm tin Thủ đô ngày 26/2 | Hà Nội triển khai cao điểm kiểm tra nồng độ cồn sau Tết; học sinh Thủ đô trở lại trường học sau kỳ nghỉ; mưa phùn, nồm ẩm khiến nhiều tuyến đường trơn trượt.
moi-truong | 2024-06-02 06:00 | Chỉ số UV ở Hà Nội ngày 2/6 ở mức rất cao | Ngày 2/6, chỉ số tia cực tím (UV) tại Hà Nội được dự báo ở mức 10-11, mức nguy cơ gây hại rất cao. Người dân cần che chắn kỹ, hạn chế ra ngoài trời từ 10h đến 15h. | 2024-06-03 06:00 | Chỉ số UV ở Hà Nội ngày 3/6 ở mức rất cao | Ngày 3/6, chỉ số tia UV tại Hà Nội dự báo ở mức 9-10, ngưỡng nguy cơ gây hại rất cao. Trời nắng nóng, nhiệt độ cao nhất 36 độ C; chiều tối có thể có mưa dông.
moi-truong | 2022-10-14 06:00 | Thời tiết Đà Nẵng hôm nay 14/10: Mưa to đến rất to | Ngày 14/10, Đà Nẵng có mưa vừa, mưa to, có nơi mưa rất to với tổng lượng mưa phổ biến 100-200 mm. Người dân không nên di chuyển qua các khu vực trũng thấp, ngầm tràn. | 2022-10-15 06:00 | Thời tiết Đà Nẵng hôm nay 15/10: Mưa to đến rất to | Ngày 15/10, mưa lớn tiếp tục xảy ra tại Đà Nẵng, lượng mưa phổ biến 50-100 mm, có nơi trên 150 mm; nguy cơ cao ngập úng tại các tuyến đường nội thị và sạt lở đất ở huyện Hòa Vang.
moi-truong | 2024-09-11 08:00 | Mực nước sông Hồng tại Hà Nội sáng 11/9 | Lúc 7h sáng 11/9, mực nước sông Hồng tại trạm Long Biên đạt 11,2 m, trên báo động 2 là 0,7 m và đang tiếp tục lên chậm. Nhiều khu vực bãi giữa, ven sông ở quận Long Biên, Tây Hồ bị ngập. | 2024-09-12 08:00 | Mực nước sông Hồng tại Hà Nội sáng 12/9 | Lúc 7h sáng 12/9, mực nước sông Hồng tại trạm Long Biên đạt 10,8 m, dưới báo động 3 khoảng 0,7 m và đang xuống chậm. Chính quyền các địa phương ven sông tiếp tục duy trì lực lượng ứng trực.
kinh-te | 2025-01-03 08:40 | Tỷ giá trung tâm ngày 3/1 tăng 5 đồng | Sáng 3/1, Ngân hàng Nhà nước công bố tỷ giá trung tâm giữa đồng Việt Nam và USD ở mức 24.339 đồng, tăng 5 đồng so với phiên trước. Giá USD tại các ngân hàng thương mại ít biến động. | 2025-01-06 08:35 | Tỷ giá trung tâm ngày 6/1 tăng 5 đồng | Sáng 6/1, tỷ giá trung tâm được Ngân hàng Nhà nước niêm yết ở mức 24.344 đồng, tăng 5 đồng so với cuối tuần trước. Trên thị trường tự do, giá USD tăng nhẹ, giao dịch quanh mức 25.750 đồng ở chiều bán ra.
kinh-te | 2024-07-04 14:40 | Giá xăng đồng loạt giảm từ 15h chiều nay | Liên Bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ xăng dầu, theo đó giá xăng E5 RON 92 giảm 130 đồng/lít, xăng RON 95 giảm 160 đồng/lít, có hiệu lực từ 15h ngày 4/7. | 2024-07-11 14:50 | Giá xăng đồng loạt giảm từ 15h chiều nay | Từ 15h hôm nay (11/7), giá xăng E5 RON 92 giảm 250 đồng/lít, xăng RON 95 giảm 310 đồng/lít theo điều chỉnh của Liên Bộ Công Thương - Tài chính; giá dầu diesel giảm nhẹ 90 đồng/lít.
moi-truong | 2024-12-18 08:30 | Hà Nội: Chất lượng không khí ngày 18/12 ở mức kém | Sáng 18/12, chỉ số AQI tại nhiều trạm quan trắc ở Hà Nội dao động 151-190, ở mức kém và xấu, ảnh hưởng đến sức khỏe nhóm nhạy cảm như người già, trẻ em, người mắc bệnh hô hấp. | 2024-12-19 08:30 | Hà Nội: Chất lượng không khí ngày 19/12 ở mức kém | Sáng 19/12, chất lượng không khí tại Hà Nội tiếp tục ở mức kém, chỉ số AQI trung bình khoảng 160; khu vực Long Biên, Tây Hồ ghi nhận giá trị cao nhất do ảnh hưởng của hiện tượng nghịch nhiệt.
phap-luat | 2024-08-07 06:30 | Tin nhanh an ninh trật tự Thủ đô ngày 7/8 | Bắt đối tượng trộm cắp xe máy tại Hoàng Mai; tạm giữ tài xế xe tải gây tai nạn trên đường Phạm Văn Đồng; triệt phá ổ nhóm đánh bạc tại huyện Thường Tín. | 2024-08-08 06:30 | Tin nhanh an ninh trật tự Thủ đô ngày 8/8 | Khởi tố đối tượng lừa đảo bán hàng qua mạng; Công an quận Tây Hồ trao trả tài sản cho du khách nước ngoài đánh rơi; phát hiện cơ sở kinh doanh karaoke vi phạm phòng cháy chữa cháy.
kinh-te | 2024-11-05 09:00 | Giá vàng sáng 5/11: SJC giảm 1 triệu đồng | Sáng 5/11, giá vàng miếng SJC được niêm yết ở mức 86 - 88 triệu đồng/lượng, giảm 1 triệu đồng/lượng so với cuối phiên hôm qua. Vàng nhẫn 9999 cũng giảm 800.000 đồng/lượng. | 2024-11-05 15:30 | Giá vàng chiều 5/11: SJC giảm 1 triệu đồng | Chiều 5/11, giá vàng miếng SJC tiếp tục giảm thêm 1 triệu đồng/lượng, xuống còn 85 - 87 triệu đồng/lượng. Vàng nhẫn 9999 giảm tổng cộng 1,5 triệu đồng/lượng trong ngày, về quanh mức 85 triệu đồng/lượng.
moi-truong | 2025-02-13 17:00 | Thời tiết Hải Phòng ngày 14/2: Sương mù vào sáng sớm | Ngày 14/2, Hải Phòng có mưa nhỏ rải rác, đêm và sáng sớm có sương mù, tầm nhìn xa dưới 1 km. Nhiệt độ thấp nhất 15-17 độ C, cao nhất 21-23 độ C. | 2025-02-14 17:10 | Thời tiết Hải Phòng ngày 15/2: Sương mù vào sáng sớm | Ngày 15/2, Hải Phòng nhiều mây, sáng sớm có sương mù nhẹ, trưa chiều trời hửng nắng. Nhiệt độ thấp nhất 16-18 độ C, cao nhất 24-26 độ C; độ ẩm cao, trời nồm.
kinh-te | 2024-07-22 08:10 | Giá thép hôm nay 22/7: Giá thép xây dựng đi ngang | Giá thép xây dựng hôm nay tại các doanh nghiệp trong nước tiếp tục đi ngang, thép cuộn CB240 của Hòa Phát ở mức 13.640 đồng/kg. Trên sàn Thượng Hải, giá thép thanh giảm nhẹ. | 2024-07-23 08:15 | Giá thép hôm nay 23/7: Giá thép xây dựng đi ngang | Giá thép xây dựng trong nước hôm nay giữ ổn định, thép thanh vằn D10 CB300 của Hòa Phát ở mức 14.030 đồng/kg. Giá quặng sắt trên sàn Đại Liên tăng nhẹ 0,4%.
"""

NUMBERED_SERIES = """
moi-truong | 2025-07-07 10:00 | Hồi sinh những dòng sông “chết” - Kỳ 1: Nỗi ám ảnh mang tên Tô Lịch | Dù đã được đầu tư hàng nghìn tỷ đồng cho các dự án cải tạo, sông Tô Lịch vẫn đen ngòm, bốc mùi vào những ngày nắng nóng, trở thành nỗi ám ảnh của người dân sống ven sông. | 2025-07-08 10:00 | Hồi sinh những dòng sông “chết” - Kỳ 2: Bài học từ những dòng sông được hồi sinh | Nhiều đô thị trên thế giới như Seoul, Singapore đã hồi sinh thành công những dòng sông ô nhiễm. Điểm chung là tầm nhìn dài hạn, sự quyết liệt của chính quyền và sự tham gia của người dân.
xa-hoi | 2024-04-15 09:00 | Nghề xe ôm công nghệ: Thu nhập bấp bênh, rủi ro rình rập (Bài 1) | Hàng trăm nghìn tài xế xe ôm công nghệ tại Hà Nội và TP.HCM đang ngày đêm mưu sinh với thu nhập bấp bênh, phụ thuộc vào chính sách chiết khấu của các hãng và đối mặt nhiều rủi ro trên đường. | 2024-04-16 09:00 | Nghề xe ôm công nghệ: Thu nhập bấp bênh, rủi ro rình rập (Bài 2) | Không hợp đồng lao động, không bảo hiểm xã hội, phần lớn tài xế xe ôm công nghệ gần như đứng ngoài mạng lưới an sinh. Khi gặp tai nạn hay ốm đau, họ phải tự xoay xở.
xa-hoi | 2024-10-21 18:00 | Kỳ họp thứ 8, Quốc hội khóa XV: Ngày làm việc thứ nhất | Sáng 21/10, Quốc hội khóa XV khai mạc Kỳ họp thứ 8 tại Nhà Quốc hội. Trong ngày làm việc đầu tiên, Quốc hội tiến hành công tác nhân sự và nghe báo cáo về tình hình kinh tế - xã hội năm 2024. | 2024-10-22 18:00 | Kỳ họp thứ 8, Quốc hội khóa XV: Ngày làm việc thứ hai | Ngày 22/10, Quốc hội nghe Tờ trình và Báo cáo thẩm tra một số dự án luật, sau đó thảo luận ở tổ về tình hình kinh tế - xã hội và ngân sách nhà nước.
van-hoa | 2024-08-12 08:00 | Làng nghề Thủ đô - Phần 1: Người giữ lửa làng gốm Bát Tràng | Hơn 40 năm gắn bó với bàn xoay, nghệ nhân Nguyễn Văn Thành vẫn miệt mài sáng tạo những dòng men cổ, góp phần giữ gìn và lan tỏa thương hiệu gốm Bát Tràng. | 2024-08-13 08:00 | Làng nghề Thủ đô - Phần 2: Làng lụa Vạn Phúc giữa nhịp sống đô thị | Nằm giữa lòng quận Hà Đông, làng lụa Vạn Phúc vẫn giữ được tiếng thoi đưa lách cách, trở thành điểm đến hấp dẫn du khách trong và ngoài nước.
giao-duc | 2024-06-27 12:30 | Thi tốt nghiệp THPT 2024 - ngày 1: Thí sinh hoàn thành bài thi Ngữ văn | Sáng 27/6, hơn 1 triệu thí sinh trên cả nước bước vào bài thi Ngữ văn, môn thi đầu tiên của kỳ thi tốt nghiệp THPT năm 2024. Đề thi được đánh giá vừa sức, có tính phân hóa. | 2024-06-28 12:30 | Thi tốt nghiệp THPT 2024 - ngày 2: Thí sinh làm bài thi tổ hợp | Sáng 28/6, thí sinh làm bài thi tổ hợp Khoa học tự nhiên hoặc Khoa học xã hội; buổi chiều thi môn Ngoại ngữ. Tỷ lệ thí sinh dự thi đạt trên 99%.
do-thi | 2024-03-05 09:00 | Giải mã cơn sốt đất vùng ven - Kỳ 1: Những cú “thổi giá” | Chỉ sau vài tháng, giá đất tại nhiều xã ven đô Hà Nội bị đẩy lên gấp đôi. Đằng sau những cơn sốt là các nhóm “cò đất” tung tin đồn quy hoạch để thổi giá. | 2024-03-07 09:00 | Giải mã cơn sốt đất vùng ven - Kỳ 2: Nhà đầu tư “ôm trái đắng” | Khi cơn sốt qua đi, nhiều nhà đầu tư thứ cấp mua giá đỉnh bằng vốn vay ngân hàng rơi vào cảnh “ôm” đất không bán được, lãi suất đè nặng.
xa-hoi | 2024-12-09 20:00 | Hà Nội đêm muộn (Kỳ 1): Những người gác phố | Khi thành phố chìm vào giấc ngủ, các tổ công tác 141 vẫn miệt mài tuần tra trên các tuyến phố, giữ bình yên cho Thủ đô. | 2024-12-10 20:00 | Hà Nội đêm muộn (Kỳ 2): Những chuyến xe rác xuyên đêm | Gần nửa đêm, hàng trăm công nhân môi trường bắt đầu ca làm việc, thu gom hàng nghìn tấn rác để trả lại những con phố sạch đẹp vào sáng hôm sau.
the-thao | 2024-04-28 21:30 | V.League vòng 15: CLB Hà Nội thắng nhọc trên sân nhà | Phải đến phút 88, CLB Hà Nội mới có bàn thắng duy nhất vào lưới Khánh Hòa, giành trọn 3 điểm trên sân Hàng Đẫy tối 28/4. | 2024-05-05 21:30 | V.League vòng 16: CLB Hà Nội thắng nhọc trên sân nhà | Trên sân Hàng Đẫy tối 5/5, CLB Hà Nội vượt qua Quảng Nam với tỷ số 2-1 nhờ bàn thắng ở những phút cuối trận.
xa-hoi | 2024-04-22 21:00 | Hành trình “Tuổi trẻ Thủ đô hướng về biển, đảo” - Ngày 1: Lên tàu ra Trường Sa | Sáng 22/4, đoàn công tác của Thành đoàn Hà Nội cùng đại biểu các bộ, ngành rời cảng Cam Ranh, bắt đầu hành trình thăm quân và dân huyện đảo Trường Sa và Nhà giàn DK1. | 2024-04-24 21:00 | Hành trình “Tuổi trẻ Thủ đô hướng về biển, đảo” - Ngày 3: Thăm đảo Sinh Tồn | Sau hơn hai ngày lênh đênh trên biển, đoàn công tác đã cập đảo Sinh Tồn, thăm hỏi, tặng quà cán bộ, chiến sĩ và người dân đang sinh sống trên đảo.
giao-duc | 2025-02-17 08:00 | Dạy thêm, học thêm: Khi quy định mới có hiệu lực (Bài 1) | Từ ngày 14/2, Thông tư 29 của Bộ GD&ĐT quy định về dạy thêm, học thêm chính thức có hiệu lực, trong đó không cho phép giáo viên dạy thêm có thu tiền đối với học sinh mình đang dạy chính khóa. | 2025-02-18 08:00 | Dạy thêm, học thêm: Phụ huynh, học sinh xoay xở thế nào? (Bài 2) | Khi nhiều trung tâm tạm dừng, lớp học thêm trong trường bị cắt, không ít phụ huynh loay hoay tìm chỗ học cho con, nhất là với học sinh cuối cấp chuẩn bị thi chuyển cấp.
the-thao | 2023-05-09 22:00 | SEA Games 32 - ngày thi đấu thứ 4: Việt Nam giành thêm 6 HCV | Trong ngày thi đấu 9/5, đoàn thể thao Việt Nam giành thêm 6 HCV ở các môn vật, điền kinh và võ gậy, vươn lên vị trí thứ hai trên bảng tổng sắp huy chương. | 2023-05-10 22:00 | SEA Games 32 - ngày thi đấu thứ 5: Việt Nam giành thêm 6 HCV | Ngày 10/5, các VĐV Việt Nam tiếp tục thi đấu ấn tượng, mang về thêm 6 HCV ở các môn kickboxing, bơi và điền kinh, qua đó vươn lên dẫn đầu bảng tổng sắp.
do-thi | 2025-05-12 09:00 | Gỡ “nút thắt” nhà ở xã hội - Kỳ 3: Doanh nghiệp vẫn “ngại” làm nhà giá rẻ | Dù đã có nhiều chính sách ưu đãi, các doanh nghiệp vẫn chưa mặn mà với nhà ở xã hội do lợi nhuận bị khống chế, thủ tục kéo dài và khó tiếp cận quỹ đất sạch. | 2025-05-14 09:00 | Gỡ “nút thắt” nhà ở xã hội - Kỳ cuối: Cần cơ chế đột phá | Để đạt mục tiêu 1 triệu căn nhà ở xã hội, các chuyên gia cho rằng cần cơ chế đột phá về thủ tục đầu tư, quỹ đất và nguồn vốn tín dụng ưu đãi dài hạn cho cả chủ đầu tư lẫn người mua.
van-hoa | 2024-10-05 21:00 | Phim tài liệu “Hà Nội - 70 năm một chặng đường”: Tập 1 lên sóng | Tập 1 của bộ phim tài liệu tái hiện những ngày tháng 10/1954 lịch sử, khi đoàn quân chiến thắng tiến về tiếp quản Thủ đô trong niềm hân hoan của người dân. | 2024-10-06 21:00 | Phim tài liệu “Hà Nội - 70 năm một chặng đường”: Tập 2 lên sóng | Tập 2 của bộ phim đưa khán giả trở lại những năm tháng Hà Nội kiên cường trong chiến tranh phá hoại và trận “Điện Biên Phủ trên không” năm 1972.
xa-hoi | 2025-03-24 20:00 | Hành trình về nguồn (ngày 1): Dâng hương tưởng niệm các Vua Hùng | Ngày 24/3, đoàn cán bộ, đoàn viên Thành đoàn Hà Nội đã dâng hương tưởng niệm các Vua Hùng tại Khu Di tích lịch sử Đền Hùng, mở đầu hành trình về nguồn năm 2025. | 2025-03-25 20:00 | Hành trình về nguồn (ngày 2): Thăm Khu di tích ATK Định Hóa | Tiếp tục hành trình, ngày 25/3, đoàn đến Khu di tích lịch sử ATK Định Hóa (Thái Nguyên), dâng hương tại Di tích lịch sử quốc gia đặc biệt Nơi Bác Hồ ở và làm việc.
xa-hoi | 2025-06-09 08:30 | Chuyển đổi số cấp xã - Phần 2: Những con số biết nói | Sau một năm triển khai, nhiều xã ngoại thành Hà Nội đã số hóa gần như toàn bộ hồ sơ hộ tịch, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%. | 2025-06-10 08:30 | Chuyển đổi số cấp xã - Phần 3: Khi người cao tuổi cũng dùng dịch vụ công trực tuyến | Nhờ các tổ công nghệ số cộng đồng, nhiều người cao tuổi ở các xã ngoại thành đã biết tự nộp hồ sơ, thanh toán phí, lệ phí trên điện thoại thông minh.
giao-duc | 2024-06-08 12:00 | Kỳ thi vào lớp 10 Hà Nội: Ngày thi thứ nhất diễn ra an toàn | Sáng 8/6, hơn 105.000 thí sinh Hà Nội làm bài thi môn Ngữ văn, chiều cùng ngày thi Ngoại ngữ. Ngày thi thứ nhất diễn ra an toàn, nghiêm túc, không có thí sinh vi phạm quy chế. | 2024-06-09 12:00 | Kỳ thi vào lớp 10 Hà Nội: Ngày thi thứ hai diễn ra an toàn | Sáng 9/6, thí sinh thi môn Toán; buổi chiều, thí sinh đăng ký vào các lớp chuyên tiếp tục làm bài thi môn chuyên. Theo Sở GD&ĐT, toàn thành phố có 46 thí sinh vắng thi môn Toán.
the-thao | 2024-04-07 19:00 | Cúp xe đạp Truyền hình TP.HCM: Chặng 5 Huế - Đà Nẵng | Các tay đua đã vượt đèo Hải Vân trong chặng 5 dài 105 km từ Huế vào Đà Nẵng; áo vàng tiếp tục thuộc về tay đua của đội Vĩnh Long. | 2024-04-08 19:00 | Cúp xe đạp Truyền hình TP.HCM: Chặng 6 Đà Nẵng - Quảng Ngãi | Chặng 6 dài 135 km từ Đà Nẵng đến Quảng Ngãi chứng kiến màn nước rút quyết liệt, áo xanh đổi chủ sau chiến thắng chặng của một tay đua đội TP.HCM.
van-hoa | 2025-01-14 07:00 | Xuân về trên những làng nghề - Kỳ 1: Tranh Khúc tất bật vào vụ bánh chưng | Những ngày cuối năm, làng Tranh Khúc (huyện Thanh Trì) tất bật đỏ lửa ngày đêm, mỗi hộ gói hàng trăm chiếc bánh chưng mỗi ngày để kịp giao cho khách dịp Tết. | 2025-01-15 07:00 | Xuân về trên những làng nghề - Kỳ 2: Làng đào Nhật Tân rộn ràng đón Tết | Những gốc đào thế được chăm chút cả năm đã bắt đầu hé nụ, người trồng đào Nhật Tân tất bật chuẩn bị cho mùa Tết.
xa-hoi | 2025-05-19 07:30 | Chống lãng phí - Bài 1: Những công trình “đắp chiếu” | Nhiều công trình nhà văn hóa, chợ dân sinh được đầu tư hàng chục tỷ đồng nhưng bỏ hoang nhiều năm, cỏ mọc um tùm, gây lãng phí lớn nguồn lực xã hội. | 2025-05-20 07:30 | Chống lãng phí - Bài 2: Trụ sở bỏ trống sau sắp xếp đơn vị hành chính | Sau sắp xếp đơn vị hành chính, hàng loạt trụ sở, cơ sở nhà đất dôi dư đang bỏ trống, xuống cấp nếu không sớm có phương án sử dụng hợp lý.
do-thi | 2024-11-11 10:00 | Hà Nội tiếp nhận hồ sơ mua nhà ở xã hội: Đợt 1 | Chủ đầu tư dự án nhà ở xã hội tại khu đô thị mới Thượng Thanh (quận Long Biên) bắt đầu tiếp nhận hồ sơ đợt 1 với 300 căn hộ, thời gian nhận hồ sơ từ ngày 11/11 đến hết ngày 30/11. | 2024-12-16 10:00 | Hà Nội tiếp nhận hồ sơ mua nhà ở xã hội: Đợt 2 | Sau khi kết thúc đợt 1, dự án nhà ở xã hội tại Thượng Thanh tiếp tục mở bán đợt 2 với 220 căn hộ còn lại; người dân đủ điều kiện có thể nộp hồ sơ từ ngày 16/12.
xa-hoi | 2025-01-23 09:00 | Tết của người xa quê - Kỳ 1: Những chuyến xe nghĩa tình | Những ngày giáp Tết, hàng nghìn công nhân, sinh viên ở Hà Nội được tặng vé xe, vé tàu miễn phí để về quê sum họp cùng gia đình sau một năm làm việc, học tập xa nhà. | 2025-01-24 09:00 | Tết của người xa quê - Kỳ 2: Đón Tết nơi phòng trọ | Vì công việc hay hoàn cảnh khó khăn, không ít người lao động ngoại tỉnh chọn ở lại Thủ đô đón Tết trong những căn phòng trọ chật hẹp, nhưng vẫn ấm áp nhờ sự sẻ chia của chủ nhà, hàng xóm.
the-thao | 2024-08-02 23:00 | Olympic Paris 2024 - ngày thi đấu thứ 7: Thể thao Việt Nam chưa có huy chương | Trong ngày thi đấu thứ 7 của Olympic Paris 2024, các VĐV Việt Nam tiếp tục tranh tài ở nhiều nội dung nhưng chưa có thêm VĐV nào giành quyền vào chung kết. | 2024-08-03 23:00 | Olympic Paris 2024 - ngày thi đấu thứ 8: Thể thao Việt Nam chưa có huy chương | Ngày thi đấu thứ 8 tiếp tục không mang về niềm vui cho đoàn thể thao Việt Nam khi các VĐV ở môn chèo thuyền và điền kinh đều sớm dừng bước.
"""

CORRECTION = """
xa-hoi | 2024-03-22 09:30 | Cháy xưởng may ở Thanh Trì, nhiều công nhân hoảng loạn tháo chạy | Khoảng 8h sáng nay (22/3), một xưởng may tại xã Tứ Hiệp, huyện Thanh Trì bất ngờ bốc cháy dữ dội. Nhiều công nhân đang làm việc hoảng loạn tháo chạy ra ngoài. Lực lượng Cảnh sát PCCC đã có mặt dập lửa. | 2024-03-22 15:40 | Cập nhật vụ cháy xưởng may ở Thanh Trì: 2 công nhân bị thương nặng | Cơ quan chức năng xác nhận vụ cháy xưởng may tại xã Tứ Hiệp sáng nay đã khiến 2 công nhân bị thương nặng do bỏng và ngạt khói, hiện đang được điều trị tại Bệnh viện Bạch Mai. Nguyên nhân vụ cháy đang được điều tra làm rõ.
giao-duc | 2024-03-12 16:00 | Hải Phòng công bố lịch thi vào lớp 10 năm học 2024-2025 | Sở GD&ĐT Hải Phòng vừa công bố kế hoạch tuyển sinh vào lớp 10 năm học 2024-2025, theo đó kỳ thi sẽ diễn ra trong hai ngày 3 và 4/6, thí sinh thi 3 môn Ngữ văn, Toán, Tiếng Anh. | 2024-03-13 10:20 | Đính chính: Lịch thi vào lớp 10 năm học 2024-2025 tại Hải Phòng | Trong bài viết “Hải Phòng công bố lịch thi vào lớp 10 năm học 2024-2025” đăng ngày 12/3, do sơ suất, chúng tôi đã đưa thông tin kỳ thi diễn ra trong hai ngày 3 và 4/6. Thông tin chính xác là kỳ thi diễn ra trong hai ngày 4 và 5/6. Tòa soạn xin đính chính và thành thật xin lỗi bạn đọc.
moi-truong | 2024-09-10 07:30 | Sạt lở đất ở Lào Cai, nhiều người mất tích | Mưa lớn kéo dài đã gây sạt lở đất tại xã Bản Xèo, huyện Bát Xát, tỉnh Lào Cai, vùi lấp nhiều nhà dân. Lực lượng chức năng đang khẩn trương tìm kiếm những người bị mất tích. | 2024-09-11 12:15 | Cập nhật sạt lở ở Lào Cai: Tìm thấy thêm 3 nạn nhân | Đến trưa 11/9, lực lượng cứu hộ đã tìm thấy thêm 3 nạn nhân trong vụ sạt lở đất tại huyện Bát Xát. Công tác tìm kiếm những người còn mất tích tiếp tục được triển khai trong điều kiện thời tiết bất lợi.
do-thi | 2024-08-16 06:50 | TP.HCM: Lật xe khách trên cao tốc, nhiều hành khách bị thương | Rạng sáng 16/8, một xe khách giường nằm lưu thông trên cao tốc TP.HCM - Trung Lương bất ngờ lật nghiêng, khiến nhiều hành khách bị thương. Lực lượng chức năng đã có mặt đưa các nạn nhân đi cấp cứu. | 2024-08-17 10:00 | Vụ lật xe khách trên cao tốc TP.HCM - Trung Lương: Tài xế khai ngủ gật | Làm việc với cơ quan công an, tài xế xe khách gây tai nạn trên cao tốc TP.HCM - Trung Lương rạng sáng 16/8 khai nhận do chạy liên tục nhiều giờ nên buồn ngủ, mất lái. Hiện vẫn còn 4 hành khách đang điều trị tại bệnh viện.
xa-hoi | 2024-05-14 11:00 | Sập giàn giáo công trình ở Cầu Giấy, 1 công nhân tử vong | Khoảng 9h sáng 14/5, tại một công trình xây dựng trên phố Trần Quốc Vượng, quận Cầu Giấy, hệ thống giàn giáo bất ngờ đổ sập, khiến 1 công nhân tử vong tại chỗ, 2 người khác bị thương. | 2024-05-14 19:30 | Cập nhật: Vụ sập giàn giáo ở Cầu Giấy, thêm 1 công nhân tử vong | Một trong hai công nhân bị thương trong vụ sập giàn giáo tại công trình trên phố Trần Quốc Vượng đã tử vong tại bệnh viện vào chiều cùng ngày, nâng số người thiệt mạng lên 2. Công an quận Cầu Giấy đang điều tra nguyên nhân.
do-thi | 2024-12-10 14:00 | Hà Nội điều chỉnh giá vé xe buýt từ ngày 1/1/2025 | UBND TP Hà Nội vừa ban hành quyết định điều chỉnh giá vé xe buýt, theo đó vé lượt tăng thêm 1.000 - 2.000 đồng tùy cự ly, vé tháng giữ nguyên mức hiện hành; quyết định có hiệu lực từ ngày 1/1/2025. | 2024-12-11 09:00 | Đính chính thông tin về giá vé xe buýt Hà Nội | Bài viết “Hà Nội điều chỉnh giá vé xe buýt từ ngày 1/1/2025” có nội dung chưa chính xác. Theo quyết định của UBND TP, mức giá mới chỉ áp dụng cho vé lượt trên các tuyến có cự ly trên 30 km, thời điểm áp dụng là từ ngày 1/2/2025. Tòa soạn xin đính chính và cáo lỗi cùng bạn đọc.
moi-truong | 2023-07-17 16:00 | Bão số 1 tiến vào vịnh Bắc Bộ, Quảng Ninh và Hải Phòng cấm biển | Để chủ động ứng phó với bão số 1 (Talim), từ 12h ngày 17/7, tỉnh Quảng Ninh và TP Hải Phòng cấm tàu thuyền, phương tiện thủy nội địa ra khơi; các lồng bè nuôi trồng thủy sản được yêu cầu gia cố, đưa người lên bờ. | 2023-07-18 20:00 | Cập nhật: Bão số 1 suy yếu, thiệt hại ở Quảng Ninh không lớn | Bão số 1 đã suy yếu thành áp thấp nhiệt đới khi đi vào đất liền khu vực Quảng Ninh chiều 18/7. Theo báo cáo nhanh, bão làm đổ một số cây xanh, tốc mái vài nhà dân, chưa ghi nhận thiệt hại về người.
phap-luat | 2024-10-03 10:00 | Điều tra vụ nam thanh niên tử vong bất thường trong phòng trọ ở Đà Nẵng | Công an quận Thanh Khê, TP Đà Nẵng đang điều tra, làm rõ vụ việc một nam thanh niên được phát hiện tử vong trong phòng trọ trên đường Hà Huy Tập, trên người có nhiều vết thương. | 2024-10-05 16:00 | Vụ nam thanh niên tử vong trong phòng trọ ở Đà Nẵng: Bắt giữ nghi phạm | Chỉ sau hơn 48 giờ, Công an TP Đà Nẵng đã bắt giữ nghi phạm gây ra cái chết của nam thanh niên trong phòng trọ trên đường Hà Huy Tập. Bước đầu, nghi phạm khai do mâu thuẫn trong chuyện tiền bạc.
xa-hoi | 2024-06-30 18:00 | Lật thuyền trên sông Hồng, 2 người mất tích | Chiều 30/6, một chiếc thuyền chở 4 người đánh cá trên sông Hồng, đoạn qua xã Hồng Hà, huyện Đan Phượng bất ngờ bị lật. Hai người bơi được vào bờ, hai người còn lại mất tích. | 2024-07-02 11:00 | Đã tìm thấy thi thể 2 nạn nhân vụ lật thuyền trên sông Hồng | Sau gần hai ngày tìm kiếm, lực lượng chức năng huyện Đan Phượng đã tìm thấy thi thể 2 nạn nhân mất tích trong vụ lật thuyền trên sông Hồng chiều 30/6, cách vị trí gặp nạn khoảng 3 km về phía hạ lưu.
kinh-te | 2025-01-06 15:00 | Hà Nội thu hút hơn 2,8 tỷ USD vốn FDI trong năm 2024 | Năm 2024, Hà Nội thu hút khoảng 2,8 tỷ USD vốn đầu tư trực tiếp nước ngoài, tăng 4% so với năm trước; Nhật Bản, Singapore và Hàn Quốc tiếp tục là những nhà đầu tư lớn nhất. | 2025-01-07 17:30 | Đính chính số liệu thu hút FDI của Hà Nội năm 2024 | Trong bài viết “Hà Nội thu hút hơn 2,8 tỷ USD vốn FDI trong năm 2024” đăng ngày 6/1, số liệu tăng trưởng được ghi là 4%. Số liệu chính xác là tăng 14% so với năm 2023. Xin đính chính cùng bạn đọc.
suc-khoe | 2024-10-24 12:00 | Hơn 30 trẻ mầm non ở Hải Phòng nhập viện nghi ngộ độc thực phẩm | Sau bữa ăn trưa tại trường, hơn 30 trẻ của một trường mầm non tư thục tại quận Hải An, TP Hải Phòng có biểu hiện nôn, sốt, đau bụng và được đưa đến Bệnh viện Trẻ em Hải Phòng điều trị. | 2024-10-25 09:00 | Vụ trẻ mầm non nghi ngộ độc ở Hải Phòng: Số trẻ nhập viện tăng lên 52 | Tính đến sáng 25/10, số trẻ phải nhập viện sau bữa ăn trưa tại trường mầm non tư thục ở quận Hải An đã tăng lên 52 em; sức khỏe các cháu hiện đã ổn định. Cơ quan chức năng đã lấy mẫu thực phẩm để xét nghiệm.
xa-hoi | 2024-11-18 22:30 | Cháy nhà ống ở Phú Diễn, cảnh sát giải cứu 5 người mắc kẹt | Khoảng 21h tối 18/11, ngôi nhà 5 tầng trên phố Phú Diễn, quận Bắc Từ Liêm bốc cháy dữ dội. Lực lượng Cảnh sát PCCC đã dùng thang dây giải cứu thành công 5 người mắc kẹt trên tầng thượng. | 2024-11-19 14:00 | Vụ cháy nhà ống ở Phú Diễn: Xác định nguyên nhân ban đầu do chập điện | Theo kết quả điều tra ban đầu, vụ cháy ngôi nhà 5 tầng trên phố Phú Diễn tối 18/11 xuất phát từ khu vực để xe máy ở tầng 1, nghi do chập điện khi sạc xe máy điện qua đêm.
do-thi | 2024-09-04 16:00 | Tạm dừng cấp nước sạch tại nhiều khu vực quận Hoàng Mai | Để phục vụ thi công đấu nối đường ống truyền dẫn, Công ty Nước sạch Hà Nội thông báo tạm dừng cấp nước từ 22h ngày 5/9 đến 18h ngày 6/9 tại các phường Định Công, Đại Kim, Hoàng Liệt, quận Hoàng Mai. | 2024-09-06 11:00 | Cập nhật: Nước sạch được cấp trở lại sớm hơn dự kiến tại quận Hoàng Mai | Công tác đấu nối đường ống hoàn thành sớm, nước sạch đã được cấp trở lại cho người dân các phường Định Công, Đại Kim, Hoàng Liệt từ 10h sáng nay (6/9), sớm hơn 8 tiếng so với kế hoạch.
moi-truong | 2024-07-28 09:00 | Động đất 4,0 độ ở Kon Tum, người dân cảm nhận rung lắc | Theo Viện Vật lý địa cầu, lúc 3h03 sáng 28/7, một trận động đất có độ lớn 4,0 xảy ra tại huyện Kon Plông, tỉnh Kon Tum, độ sâu chấn tiêu khoảng 8,1 km. Người dân trong khu vực cảm nhận rõ rung lắc. | 2024-07-28 17:30 | Cập nhật: Thêm 3 dư chấn sau trận động đất ở Kon Plông | Sau trận động đất 4,0 độ rạng sáng nay, khu vực huyện Kon Plông tiếp tục ghi nhận thêm 3 dư chấn có độ lớn từ 2,5 đến 3,1. Chưa có báo cáo thiệt hại về người và tài sản.
phap-luat | 2025-01-12 08:00 | Xe container đâm vào trạm thu phí trên quốc lộ 5 | Khoảng 5h sáng 12/1, một xe container lưu thông trên quốc lộ 5 hướng Hà Nội - Hải Phòng đã đâm vào làn thu phí tại trạm Phú Thái, khiến cabin trạm và barie hư hỏng nặng. | 2025-01-12 18:00 | Vụ container đâm trạm thu phí trên quốc lộ 5: Tạm giữ tài xế để điều tra | Cơ quan công an đã tạm giữ tài xế xe container đâm vào trạm thu phí trên quốc lộ 5 sáng 12/1 để điều tra. Kết quả kiểm tra cho thấy tài xế dương tính với ma túy.
giao-duc | 2024-11-19 08:00 | Người thầy 30 năm gieo chữ trên đảo Cát Bà | Gần 30 năm gắn bó với học trò vùng đảo, thầy giáo Phạm Văn Hòa ở huyện Cát Hải, TP Hải Phòng vẫn miệt mài đến trường mỗi sớm, thắp lên ước mơ cho bao thế hệ học sinh làng chài. | 2024-11-20 15:00 | Đính chính tên nhân vật trong bài “Người thầy 30 năm gieo chữ trên đảo Cát Bà” | Trong bài viết “Người thầy 30 năm gieo chữ trên đảo Cát Bà” đăng ngày 19/11, tên nhân vật được ghi là Phạm Văn Hòa. Tên đúng là thầy Phạm Văn Hoàn. Tòa soạn xin đính chính và cáo lỗi cùng nhân vật, bạn đọc.
moi-truong | 2024-06-05 18:30 | Hà Nội: Mưa lớn làm đổ cây đè trúng ô tô | Cơn mưa lớn kèm dông lốc chiều 5/6 khiến một cây xanh trên phố Hoàng Hoa Thám, quận Ba Đình bật gốc, đổ đè trúng một xe ô tô con đang lưu thông. Rất may tài xế đã kịp thoát ra ngoài. | 2024-06-05 22:00 | Mưa dông ở Hà Nội: Một người tử vong do cây đổ trên phố Láng | Cũng trong trận mưa dông chiều 5/6, một cây xà cừ trên phố Láng, quận Đống Đa bị gãy đổ, đè trúng một người đi xe máy khiến nạn nhân tử vong. Toàn thành phố ghi nhận hơn 40 cây xanh bị gãy, đổ.
xa-hoi | 2024-04-03 20:00 | Tai nạn trên quốc lộ 5 đoạn qua Hải Phòng, 2 người tử vong | Chiều 3/4, trên quốc lộ 5 đoạn qua phường Quán Toan, quận Hồng Bàng, TP Hải Phòng đã xảy ra vụ va chạm giữa xe tải và xe máy khiến 2 người đi xe máy tử vong tại chỗ. | 2024-04-05 10:00 | Khởi tố tài xế xe tải gây tai nạn làm 2 người chết trên quốc lộ 5 | Cơ quan Cảnh sát điều tra Công an TP Hải Phòng đã khởi tố vụ án, khởi tố bị can đối với tài xế xe tải gây tai nạn trên quốc lộ 5 chiều 3/4 về tội “Vi phạm quy định về tham gia giao thông đường bộ”.
suc-khoe | 2024-07-08 13:00 | Hơn 20 du khách nghi ngộ độc sau bữa hải sản ở Đà Nẵng | Sau khi ăn tối tại một nhà hàng hải sản trên đường Võ Nguyên Giáp, hơn 20 du khách của một đoàn đến từ Hà Nội có biểu hiện đau bụng, nôn ói, phải nhập viện cấp cứu. | 2024-07-09 16:00 | Vụ du khách ngộ độc ở Đà Nẵng: Tạm đình chỉ hoạt động nhà hàng | Ban Quản lý An toàn thực phẩm TP Đà Nẵng đã quyết định tạm đình chỉ hoạt động nhà hàng hải sản trên đường Võ Nguyên Giáp liên quan vụ hơn 20 du khách nghi ngộ độc thực phẩm, đồng thời lấy mẫu gửi đi xét nghiệm.
xa-hoi | 2024-01-16 13:00 | Nổ bình gas tại quán ăn ở TP.HCM, 3 người bị thương | Trưa 16/1, tại một quán ăn trên đường Ba Tháng Hai, quận 10, TP.HCM, bình gas bất ngờ phát nổ làm 3 người bị thương, nhiều tài sản bị hư hỏng. | 2024-01-16 20:30 | Cập nhật vụ nổ bình gas ở quận 10: Thêm 2 người bị bỏng nặng | Ngoài 3 người bị thương được đưa đi cấp cứu ngay sau vụ nổ, cơ quan chức năng xác định thêm 2 người đi đường bị bỏng nặng; tổng số người bị thương đã lên 5.
do-thi | 2024-06-18 15:00 | Lịch cắt điện khu vực quận Long Biên ngày 20/6 | Công ty Điện lực Long Biên thông báo tạm ngừng cung cấp điện ngày 20/6 tại các phường Phúc Đồng, Việt Hưng, Giang Biên từ 8h đến 17h để phục vụ thay thế máy biến áp. | 2024-06-19 10:00 | Đính chính: Lịch cắt điện khu vực quận Long Biên ngày 20/6 | Do có sự thay đổi kế hoạch thi công, Công ty Điện lực Long Biên đính chính: ngày 20/6 chỉ tạm ngừng cấp điện tại phường Phúc Đồng từ 8h đến 12h; các phường Việt Hưng, Giang Biên vẫn được cấp điện bình thường.
xa-hoi | 2024-03-01 21:00 | Học sinh lớp 6 mất tích sau giờ tan trường ở Hoài Đức | Gia đình em N.V.K. (12 tuổi, học sinh lớp 6 một trường THCS tại huyện Hoài Đức) đang rất lo lắng khi em rời trường từ chiều 1/3 nhưng đến tối vẫn chưa về nhà. | 2024-03-02 09:00 | Học sinh lớp 6 mất tích ở Hoài Đức đã được tìm thấy an toàn | Sáng 2/3, em N.V.K., học sinh lớp 6 mất tích sau giờ tan trường chiều 1/3 ở huyện Hoài Đức, đã được người dân phát hiện tại một quán internet ở quận Nam Từ Liêm và đưa về với gia đình an toàn.
"""

NEAR_TITLE = """
moi-truong | 2024-09-09 08:00 | Mưa lớn gây sạt lở nghiêm trọng ở Hà Giang | Mưa lớn kéo dài do hoàn lưu bão số 3 đã gây sạt lở đất tại nhiều xã của huyện Vị Xuyên và Bắc Quang, tỉnh Hà Giang, làm hư hỏng hàng chục ngôi nhà, chia cắt nhiều tuyến đường liên xã. | +2h | Mưa lớn gây sạt lở nghiêm trọng ở Lào Cai | Tại tỉnh Lào Cai, mưa lớn từ đêm qua khiến nhiều điểm trên quốc lộ 4D và tỉnh lộ 155 bị sạt lở, đất đá tràn xuống mặt đường; thị xã Sa Pa và huyện Bát Xát có nhiều hộ dân phải di dời khẩn cấp.
xa-hoi | 2024-03-05 10:00 | Quận Hà Đông tăng cường tuyên truyền chính sách an sinh xã hội | Tại buổi làm việc với Ban Thường vụ Quận ủy Hà Đông, lãnh đạo thành phố đề nghị quận tăng cường tuyên truyền, giúp người dân hiểu và thụ hưởng đầy đủ các chính sách an sinh xã hội, đặc biệt là bảo hiểm xã hội tự nguyện. | 2024-03-07 15:00 | Quận Long Biên tăng cường tuyên truyền chính sách an sinh xã hội | Quận Long Biên vừa tổ chức hội nghị triển khai kế hoạch tuyên truyền chính sách an sinh xã hội năm 2024, trong đó tập trung vận động người dân tham gia bảo hiểm y tế hộ gia đình, phấn đấu tỷ lệ bao phủ đạt trên 95%.
giao-duc | 2024-08-01 09:00 | Hà Nội khởi công xây dựng trường THCS tại quận Tây Hồ | Sáng 1/8, quận Tây Hồ tổ chức lễ khởi công xây dựng Trường THCS Phú Thượng với quy mô 30 lớp học, tổng mức đầu tư khoảng 180 tỷ đồng, dự kiến đưa vào sử dụng từ năm học 2025-2026. | 2024-08-02 09:30 | Hà Nội khởi công xây dựng trường THCS tại quận Nam Từ Liêm | Quận Nam Từ Liêm vừa khởi công xây dựng Trường THCS Đại Mỗ 2 trên diện tích hơn 1 ha, với 36 lớp học và đầy đủ phòng học bộ môn, nhà thể chất, bể bơi.
xa-hoi | 2025-07-12 10:00 | Hải Phòng: Kiểm tra vận hành chính quyền địa phương mới tại phường Thủy Nguyên | Đoàn công tác của Thành ủy Hải Phòng đã kiểm tra tình hình tổ chức, vận hành bộ máy chính quyền hai cấp tại phường Thủy Nguyên, ghi nhận Trung tâm Phục vụ hành chính công của phường đã tiếp nhận hơn 1.500 hồ sơ sau 10 ngày hoạt động. | +6h | Hải Phòng: Kiểm tra vận hành chính quyền địa phương mới tại xã Tiên Lãng | Chiều 12/7, đoàn kiểm tra của Thành ủy Hải Phòng làm việc với Đảng ủy, UBND xã Tiên Lãng, yêu cầu địa phương sớm kiện toàn đội ngũ cán bộ chuyên môn, bảo đảm không để gián đoạn việc giải quyết thủ tục hành chính cho người dân.
xa-hoi | 2024-01-08 23:00 | Cháy nhà dân trên phố Hàng Bông, nhiều tài sản bị thiêu rụi | Khoảng 21h30 tối 8/1, một ngôi nhà 3 tầng trên phố Hàng Bông, quận Hoàn Kiếm bất ngờ bốc cháy. Lực lượng chức năng đã nhanh chóng khống chế ngọn lửa, không có thiệt hại về người. | 2024-01-09 06:30 | Cháy nhà dân trên phố Hàng Gai, nhiều tài sản bị thiêu rụi | Rạng sáng 9/1, người dân phố Hàng Gai phát hiện khói bốc lên từ tầng 2 một ngôi nhà kinh doanh đồ lưu niệm. Đám cháy được dập tắt sau khoảng 30 phút, toàn bộ hàng hóa trong nhà bị thiêu rụi.
thoi-su | 2024-05-20 19:00 | TP.HCM: Mưa lớn gây ngập sâu nhiều tuyến đường ở TP Thủ Đức | Cơn mưa lớn kéo dài hơn 1 giờ chiều 20/5 khiến đường Kha Vạn Cân, Đặng Văn Bi, quốc lộ 13 thuộc TP Thủ Đức ngập sâu, nhiều xe máy chết máy, người dân phải dắt bộ. | 2024-05-25 18:30 | TP.HCM: Mưa lớn gây ngập sâu nhiều tuyến đường ở quận Bình Tân | Chiều 25/5, mưa lớn trút xuống TP.HCM khiến nhiều tuyến đường thuộc quận Bình Tân như Tân Kỳ Tân Quý, Lê Văn Quới, Tên Lửa ngập sâu, giao thông hỗn loạn vào giờ tan tầm. | tuoitre-thoi-su | tuoitre-thoi-su
van-hoa | 2023-06-03 23:30 | Đà Nẵng khai mạc Lễ hội pháo hoa quốc tế 2023 | Tối 3/6, Lễ hội pháo hoa quốc tế Đà Nẵng (DIFF) 2023 với chủ đề “Những miền di sản” chính thức khai mạc bên bờ sông Hàn, thu hút đông đảo người dân và du khách. | 2025-05-31 23:30 | Đà Nẵng khai mạc Lễ hội pháo hoa quốc tế 2025 | Tối 31/5, Lễ hội pháo hoa quốc tế Đà Nẵng (DIFF) 2025 chính thức khai mạc, mở đầu chuỗi các đêm thi kéo dài đến tháng 7 với sự tham gia của các đội pháo hoa đến từ nhiều quốc gia.
suc-khoe | 2024-06-10 10:00 | Hà Nội tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi | Sở Y tế Hà Nội triển khai chiến dịch tiêm vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi chưa tiêm đủ mũi tại 30 quận, huyện, thị xã, nhằm chủ động phòng chống dịch sởi. | 2024-09-03 10:00 | TP.HCM tiêm vắc xin sởi cho trẻ từ 1 đến 10 tuổi | Trước tình hình số ca mắc sởi gia tăng, TP.HCM triển khai chiến dịch tiêm vắc xin sởi cho trẻ từ 1 đến 10 tuổi chưa tiêm hoặc chưa tiêm đủ mũi tại các trạm y tế và trường học.
phap-luat | 2024-03-26 15:00 | Bắt đối tượng trộm tiền công đức tại chùa ở Sóc Sơn | Công an huyện Sóc Sơn vừa bắt giữ Nguyễn Văn T. (SN 1990), đối tượng đã lợi dụng lúc vắng người để cạy hòm công đức tại một ngôi chùa ở xã Phù Linh, lấy trộm hơn 10 triệu đồng. | 2024-03-27 09:00 | Bắt đối tượng trộm tiền công đức tại chùa ở Ba Vì | Công an huyện Ba Vì đã bắt giữ một đối tượng nhiều lần đột nhập các chùa trên địa bàn xã Tản Lĩnh, Vân Hòa để trộm tiền công đức; tại cơ quan công an, đối tượng khai nhận lấy tiền để tiêu xài, chơi game.
the-thao | 2024-11-02 17:00 | Khai mạc Giải Bóng đá học sinh THPT Hà Nội 2024 | Chiều 2/11, Giải Bóng đá học sinh THPT Hà Nội năm 2024 chính thức khai mạc với sự tham gia của 40 đội bóng đến từ các trường THPT trên địa bàn Thủ đô. | 2024-12-22 21:00 | Bế mạc Giải Bóng đá học sinh THPT Hà Nội 2024 | Tối 22/12, trận chung kết và lễ bế mạc Giải Bóng đá học sinh THPT Hà Nội năm 2024 diễn ra trên sân Hàng Đẫy; đội THPT Việt Đức giành chức vô địch sau loạt sút luân lưu kịch tính.
do-thi | 2024-07-10 16:00 | Hà Nội thu hồi 15 dự án chậm triển khai | UBND TP Hà Nội vừa quyết định chấm dứt hoạt động, thu hồi đất đối với 15 dự án chậm triển khai, vi phạm Luật Đất đai trên địa bàn các huyện Mê Linh, Đông Anh và Sóc Sơn với tổng diện tích hơn 120 ha. | 2024-11-28 16:00 | Hà Nội thu hồi 25 dự án chậm triển khai | Sau khi rà soát, UBND TP Hà Nội tiếp tục ban hành quyết định thu hồi đất đối với 25 dự án chậm triển khai, trong đó nhiều dự án đã được giao đất từ trước năm 2010 nhưng bỏ hoang, gây lãng phí.
xa-hoi | 2024-01-28 10:00 | Trao 200 suất quà Tết cho công nhân khó khăn tại KCN Thăng Long | Sáng 28/1, Công đoàn các Khu công nghiệp và chế xuất Hà Nội trao 200 suất quà Tết, mỗi suất trị giá 1 triệu đồng, cho công nhân có hoàn cảnh khó khăn đang làm việc tại Khu công nghiệp Thăng Long (huyện Đông Anh). | 2024-01-30 10:00 | Trao 200 suất quà Tết cho công nhân khó khăn tại KCN Quang Minh | Liên đoàn Lao động huyện Mê Linh phối hợp với doanh nghiệp trao 200 suất quà Tết cho công nhân tại Khu công nghiệp Quang Minh, trong đó có nhiều công nhân không có điều kiện về quê đón Tết.
do-thi | 2024-04-23 09:00 | Giải phóng mặt bằng đường Vành đai 4 đoạn qua huyện Hoài Đức | Huyện Hoài Đức đã bàn giao hơn 98% diện tích mặt bằng cho dự án đường Vành đai 4 - Vùng Thủ đô đoạn qua địa bàn, với hơn 2.000 hộ dân bị ảnh hưởng; số hộ còn lại đang được vận động, thuyết phục. | 2024-04-25 09:00 | Giải phóng mặt bằng đường Vành đai 4 đoạn qua huyện Thanh Oai | Huyện Thanh Oai đang tập trung hoàn thiện các khu tái định cư để bàn giao nốt mặt bằng dự án đường Vành đai 4 - Vùng Thủ đô, trong đó còn khoảng 30 hộ dân chưa nhận tiền bồi thường.
giao-duc | 2024-09-28 10:00 | Hải Phòng khởi công xây dựng trường THPT mới tại quận Kiến An | Sáng 28/9, UBND quận Kiến An tổ chức khởi công xây dựng trường THPT mới với quy mô 45 lớp học, tổng mức đầu tư hơn 200 tỷ đồng, nhằm giảm áp lực tuyển sinh vào lớp 10 công lập. | 2024-10-03 10:00 | Hải Phòng khởi công xây dựng trường THPT mới tại huyện An Dương | Huyện An Dương vừa khởi công xây dựng Trường THPT An Dương 2 trên diện tích 2,5 ha, với 40 phòng học, nhà đa năng và ký túc xá cho học sinh.
xa-hoi | 2024-09-20 08:30 | Xe buýt bốc cháy trên phố Giải Phóng, hành khách thoát nạn | Sáng 20/9, một xe buýt đang lưu thông trên phố Giải Phóng bất ngờ bốc khói từ khoang động cơ rồi bùng cháy. Tài xế đã kịp thời mở cửa cho hơn 20 hành khách xuống xe an toàn. | 2024-10-02 17:45 | Xe buýt bốc cháy trên đường Phạm Văn Đồng, hành khách thoát nạn | Chiều 2/10, một xe buýt đang chạy trên đường Phạm Văn Đồng, quận Bắc Từ Liêm bất ngờ bốc cháy; các hành khách đã kịp xuống xe, ngọn lửa sau đó được lực lượng PCCC dập tắt.
suc-khoe | 2024-07-15 09:00 | Sở Y tế Hà Nội cảnh báo nguy cơ gia tăng sốt xuất huyết | Sở Y tế Hà Nội cho biết, bước vào mùa mưa, số ca mắc sốt xuất huyết có xu hướng tăng; người dân cần chủ động diệt bọ gậy, loăng quăng, ngủ màn kể cả ban ngày để phòng bệnh. | +5h | Sở Y tế TP.HCM cảnh báo nguy cơ gia tăng sốt xuất huyết | Theo Sở Y tế TP.HCM, số ca sốt xuất huyết tại thành phố 6 tháng đầu năm giảm so với cùng kỳ nhưng nguy cơ bùng phát trong mùa mưa là rất lớn, đặc biệt tại các khu nhà trọ, công trình xây dựng. | tttd-suc-khoe | vnexpress-thoi-su
giao-duc | 2024-07-05 10:00 | Tuyển sinh đầu cấp: Quận Cầu Giấy thiếu chỗ học lớp 6 | Năm học 2024-2025, quận Cầu Giấy dự kiến có hơn 6.000 học sinh vào lớp 6, trong khi khả năng tiếp nhận của các trường công lập chỉ khoảng 4.500 chỗ, khiến áp lực tuyển sinh rất lớn. | 2024-07-06 10:00 | Tuyển sinh đầu cấp: Quận Hà Đông thiếu chỗ học lớp 1 | Do tốc độ đô thị hóa nhanh, quận Hà Đông năm nay có gần 9.000 trẻ trong độ tuổi vào lớp 1, nhiều trường tiểu học phải tăng sĩ số lên trên 45 học sinh/lớp.
phap-luat | 2024-08-20 09:00 | Phát hiện thi thể nam giới trên sông Tô Lịch | Sáng 20/8, người dân phát hiện một thi thể nam giới nổi trên sông Tô Lịch, đoạn qua phường Định Công, quận Hoàng Mai. Công an quận đã có mặt phong tỏa hiện trường, điều tra làm rõ. | 2024-08-27 16:00 | Phát hiện thi thể nam giới trên sông Nhuệ | Chiều 27/8, người dân xã Tả Thanh Oai, huyện Thanh Trì phát hiện thi thể một nam giới khoảng 40 tuổi trên sông Nhuệ và trình báo cơ quan công an.
van-hoa | 2024-05-31 10:00 | Quận Ba Đình ra mắt “Tủ sách 0 đồng” cho thiếu nhi | Nhân dịp Tháng hành động vì trẻ em, Quận đoàn Ba Đình ra mắt mô hình “Tủ sách 0 đồng” tại 14 phường với hơn 3.000 đầu sách, truyện thiếu nhi được quyên góp từ đoàn viên, thanh niên. | 2024-06-05 10:00 | Quận Đống Đa ra mắt “Tủ sách 0 đồng” cho thiếu nhi | Hội Liên hiệp Phụ nữ quận Đống Đa vừa ra mắt “Tủ sách 0 đồng” đặt tại nhà văn hóa các tổ dân phố, giúp thiếu nhi có thêm sân chơi bổ ích trong dịp nghỉ hè.
xa-hoi | 2024-10-11 07:30 | Tai nạn liên hoàn trên cao tốc Pháp Vân - Cầu Giẽ, giao thông ùn tắc | Sáng 11/10, vụ va chạm giữa 4 xe ô tô trên cao tốc Pháp Vân - Cầu Giẽ, đoạn qua huyện Thường Tín, khiến giao thông theo hướng về Hà Nội ùn tắc kéo dài hơn 5 km. | +10h | Tai nạn liên hoàn trên cao tốc Hà Nội - Hải Phòng, giao thông ùn tắc | Chiều 11/10, 3 xe ô tô va chạm liên hoàn trên cao tốc Hà Nội - Hải Phòng đoạn qua tỉnh Hưng Yên, giao thông theo hướng Hải Phòng ùn ứ nhiều km.
giao-duc | 2024-01-05 16:00 | Sở Giáo dục Hà Nội tổng kết năm 2023 | Sở GD&ĐT Hà Nội tổ chức hội nghị tổng kết công tác năm 2023, đánh giá ngành giáo dục Thủ đô đã hoàn thành 12/12 chỉ tiêu, tiếp tục dẫn đầu cả nước về số lượng giải học sinh giỏi quốc gia và quốc tế. | 2024-01-19 16:00 | Sở Giáo dục Hà Nội sơ kết học kỳ I năm học 2023-2024 | Hội nghị sơ kết học kỳ I năm học 2023-2024 của Sở GD&ĐT Hà Nội đã chỉ ra những hạn chế cần khắc phục như thiếu giáo viên, sĩ số lớp cao ở các quận đông dân.
xa-hoi | 2024-03-23 10:00 | Đà Nẵng tổ chức Ngày hội việc làm cho sinh viên | Ngày hội việc làm năm 2024 do Đại học Đà Nẵng phối hợp tổ chức thu hút hơn 80 doanh nghiệp tham gia với hơn 5.000 vị trí tuyển dụng trong các lĩnh vực công nghệ thông tin, du lịch, logistics. | 2024-03-30 10:00 | Hải Phòng tổ chức Ngày hội việc làm cho sinh viên | Tại Trường Đại học Hàng hải Việt Nam, Ngày hội việc làm năm 2024 đã kết nối hơn 60 doanh nghiệp với hàng nghìn sinh viên, chủ yếu trong lĩnh vực vận tải biển, cảng biển và logistics.
xa-hoi | 2024-12-07 15:00 | Cứu nạn thành công 2 ngư dân gặp nạn trên biển Hải Phòng | Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực I đã điều tàu SAR cứu thành công 2 ngư dân trên tàu cá bị chìm ở vùng biển cách đảo Bạch Long Vĩ khoảng 20 hải lý. | 2024-12-12 09:00 | Cứu nạn thành công 5 ngư dân gặp nạn trên biển Đà Nẵng | Bộ đội Biên phòng TP Đà Nẵng đã cứu vớt an toàn 5 ngư dân trên tàu cá bị hỏng máy, trôi dạt trên vùng biển cách bờ khoảng 12 hải lý do sóng to, gió lớn.
moi-truong | 2024-09-10 12:00 | Lũ trên sông Thao vượt báo động 3 | Do mưa lớn ở thượng nguồn, mực nước sông Thao tại trạm Yên Bái lúc 10h sáng 10/9 đã vượt mức báo động 3, gây ngập lụt nhiều khu dân cư ven sông thuộc TP Yên Bái. | +3h | Lũ trên sông Lô vượt báo động 3 | Mực nước sông Lô tại trạm Tuyên Quang chiều 10/9 đã vượt báo động 3, nhiều tuyến phố ở TP Tuyên Quang bị ngập sâu, người dân phải di chuyển bằng thuyền.
phap-luat | 2025-02-11 10:00 | Bắt giữ 2 đối tượng cướp giật tài sản tại quận Đống Đa | Công an quận Đống Đa vừa bắt giữ 2 đối tượng đi xe máy cướp giật điện thoại của một phụ nữ trên phố Tây Sơn, thu giữ tang vật và phương tiện gây án. | 2025-02-13 10:00 | Bắt giữ 2 đối tượng cướp giật tài sản tại quận Hai Bà Trưng | Sau 24 giờ truy xét, Công an quận Hai Bà Trưng đã bắt giữ 2 thanh niên cướp giật túi xách của du khách nước ngoài trên phố Bà Triệu.
suc-khoe | 2024-08-30 09:00 | TP.HCM kiểm tra an toàn thực phẩm tại 100% trường học | Trước thềm năm học mới, Ban Quản lý An toàn thực phẩm TP.HCM triển khai kiểm tra bếp ăn bán trú, căng tin tại 100% trường học trên địa bàn, kiên quyết đình chỉ các cơ sở không bảo đảm điều kiện. | 2024-09-03 09:00 | Hà Nội kiểm tra an toàn thực phẩm tại 100% bếp ăn tập thể | Sở Y tế Hà Nội yêu cầu các quận, huyện kiểm tra 100% bếp ăn tập thể tại các khu công nghiệp, trường học trong quý III, đặc biệt là các cơ sở cung cấp suất ăn sẵn.
xa-hoi | 2024-10-09 10:00 | Khánh thành nhà văn hóa tổ dân phố số 5 phường Phúc Đồng | Sáng 9/10, phường Phúc Đồng, quận Long Biên tổ chức lễ khánh thành nhà văn hóa tổ dân phố số 5 với tổng kinh phí gần 3 tỷ đồng, gồm hội trường 120 chỗ ngồi và sân tập thể dục. | 2024-11-15 10:00 | Khánh thành nhà văn hóa tổ dân phố số 7 phường Phúc Đồng | Nhà văn hóa tổ dân phố số 7, phường Phúc Đồng được khánh thành và đưa vào sử dụng đúng dịp Ngày hội Đại đoàn kết toàn dân tộc, đáp ứng nhu cầu sinh hoạt cộng đồng của hơn 400 hộ dân.
xa-hoi | 2024-06-24 20:00 | Giải cứu 3 người mắc kẹt trong thang máy chung cư ở Hà Đông | Tối 24/6, do sự cố mất điện, thang máy tại một tòa chung cư ở phường Dương Nội, quận Hà Đông dừng đột ngột giữa tầng 15 và 16. Lực lượng cứu nạn đã giải cứu an toàn 3 người mắc kẹt. | 2024-07-08 13:00 | Giải cứu 4 người mắc kẹt trong thang máy chung cư ở Hoàng Mai | Trưa 8/7, Đội Cảnh sát PCCC và CNCH quận Hoàng Mai đã kịp thời giải cứu 4 người, trong đó có 1 trẻ nhỏ, bị mắc kẹt trong thang máy tại một chung cư ở khu đô thị Linh Đàm.
kinh-te | 2024-06-20 15:00 | Quận Long Biên tổ chức hội nghị đối thoại với doanh nghiệp | Hội nghị đối thoại giữa lãnh đạo quận Long Biên với hơn 150 doanh nghiệp trên địa bàn đã ghi nhận nhiều kiến nghị về thủ tục đất đai, phòng cháy chữa cháy và thuế. | +1d | Quận Cầu Giấy tổ chức hội nghị đối thoại với doanh nghiệp | Tại hội nghị, các doanh nghiệp công nghệ trên địa bàn quận Cầu Giấy đề xuất hỗ trợ mặt bằng cho khởi nghiệp sáng tạo và đẩy nhanh giải quyết hồ sơ hoàn thuế.
suc-khoe | 2024-05-16 10:00 | Hải Phòng: Xử lý 12 cơ sở vi phạm an toàn thực phẩm | Qua đợt kiểm tra trong Tháng hành động vì an toàn thực phẩm, đoàn liên ngành TP Hải Phòng đã phát hiện, xử phạt 12 cơ sở vi phạm với tổng số tiền hơn 80 triệu đồng, chủ yếu do không bảo đảm điều kiện vệ sinh. | 2024-05-17 10:00 | Đà Nẵng: Xử lý 12 cơ sở vi phạm an toàn thực phẩm | Ban Quản lý An toàn thực phẩm TP Đà Nẵng vừa xử phạt 12 cơ sở kinh doanh ăn uống tại khu vực ven biển quận Sơn Trà, Ngũ Hành Sơn vì sử dụng nguyên liệu không rõ nguồn gốc.
"""

SHORT_TITLE = """
xa-hoi | 2024-05-08 07:00 | Tin vắn | Quận Hoàn Kiếm ra quân xử lý vi phạm trật tự đô thị trên phố Đinh Tiên Hoàng; Hội Chữ thập đỏ Hà Nội trao 120 thẻ BHYT cho người cao tuổi neo đơn. | +9h | Tin vắn | Thành đoàn Hà Nội phát động cuộc thi sáng tác ca khúc về Thủ đô; Trung tâm Y tế huyện Đông Anh ghi nhận 2 ổ dịch tay chân miệng mới.
moi-truong | 2024-12-09 05:30 | Thời tiết hôm nay | Bắc Bộ trời rét, đêm và sáng sớm có sương mù rải rác; Hà Nội nhiệt độ thấp nhất 14-16 độ C, cao nhất 22-24 độ C. | +40m | Thời tiết hôm nay | Nam Bộ ngày nắng, chiều tối có mưa rào và dông vài nơi; TP.HCM nhiệt độ cao nhất 32-34 độ C, cần đề phòng lốc, sét trong cơn dông. | tttd-moi-truong | tuoitre-thoi-su
phap-luat | 2024-07-19 06:00 | Bản tin 113 | Công an quận Thanh Xuân bắt đối tượng chuyên trộm cắp điện thoại tại các quán cà phê; CSGT Hà Nội xử lý 350 trường hợp vi phạm nồng độ cồn trong đêm. | +12h | Bản tin 113 | Bắt giữ nhóm thanh thiếu niên mang hung khí “đi bão” trên đường Võ Chí Công; triệt phá tụ điểm đánh bạc tại một quán nước ở quận Hoàng Mai.
xa-hoi | 2025-03-17 06:00 | Điểm tin | Hà Nội khởi động Tháng Thanh niên 2025; thêm 3 tuyến xe buýt điện đi vào hoạt động; phố đi bộ Trịnh Công Sơn mở cửa trở lại sau thời gian cải tạo. | +6h | Điểm tin | Đề xuất tăng mức phạt vi phạm vệ sinh môi trường nơi công cộng; Sở Y tế Hà Nội cảnh báo gia tăng bệnh sởi; nhiều trường học tổ chức cho học sinh tham quan trải nghiệm dịp cuối tuần.
the-thao | 2024-09-06 21:00 | Tin thể thao | Đội tuyển U20 nữ Việt Nam hội quân chuẩn bị cho vòng loại châu Á; Giải Quần vợt Hà Nội mở rộng thu hút hơn 300 vận động viên phong trào. | +2h | Tin thể thao | Giải Bóng đá Hạng Nhất quốc gia mùa giải mới dự kiến khởi tranh vào cuối tháng 9; Giải Cầu lông các câu lạc bộ Hà Nội mở rộng thu hút gần 500 vận động viên.
xa-hoi | 2024-08-01 09:00 | Thông báo | Báo Tuổi trẻ Thủ đô thông báo tuyển dụng phóng viên, biên tập viên làm việc tại trụ sở tòa soạn. Hồ sơ gửi về Phòng Hành chính - Trị sự trước ngày 31/8/2024. | +7h | Thông báo | Báo Tuổi trẻ Thủ đô thông báo ông Lê Minh Q. không còn là cộng tác viên của Báo kể từ ngày 1/8/2024; mọi hoạt động nhân danh Báo của cá nhân này đều không có giá trị.
xa-hoi | 2024-11-25 05:45 | Tin buổi sáng | Hà Nội bước vào cao điểm kiểm tra an toàn thực phẩm cuối năm; nhiều trường học điều chỉnh giờ vào lớp do trời rét. | +5m | Tin buổi sáng | Giá vàng miếng đầu tuần tăng nhẹ; TP.HCM lấy ý kiến người dân về phương án cải tạo kênh Xuyên Tâm. | tttd-xa-hoi | vietnamnet-thoi-su
do-thi | 2024-10-30 07:00 | An toàn giao thông | Trong 24 giờ qua, CSGT Hà Nội phát hiện, xử lý 1.120 trường hợp vi phạm, tạm giữ 96 phương tiện; không có tai nạn giao thông nghiêm trọng xảy ra. | +10h | An toàn giao thông | Sở Giao thông vận tải Hà Nội lắp đặt thêm đèn tín hiệu tại 12 nút giao có nguy cơ mất an toàn, trong đó có nút giao Nguyễn Văn Huyên - Hoàng Quốc Việt.
kinh-te | 2024-09-23 09:00 | Giá vàng | Sáng 23/9, giá vàng nhẫn 9999 tăng 300.000 đồng/lượng, lên 80,2 - 81,2 triệu đồng/lượng; vàng miếng SJC đi ngang. | +6m | Giá vàng | Giá vàng thế giới vượt mốc 2.620 USD/ounce, lập đỉnh lịch sử mới trong bối cảnh Cục Dự trữ Liên bang Mỹ bắt đầu chu kỳ giảm lãi suất.
xa-hoi | 2024-12-16 08:00 | Nhịp sống Thủ đô | Phố phường Hà Nội rực rỡ sắc màu Giáng sinh, nhiều nhà thờ, trung tâm thương mại trang hoàng cây thông, đèn lấp lánh thu hút giới trẻ đến check-in. | +8h | Nhịp sống Thủ đô | Những gánh hàng rong bán hoa cúc họa mi cuối mùa len lỏi khắp các con phố, níu chân người qua đường trong tiết trời se lạnh.
phap-luat | 2025-02-20 10:00 | Cảnh báo | Công an TP Hà Nội cảnh báo thủ đoạn lừa đảo tuyển cộng tác viên làm nhiệm vụ online, yêu cầu nạp tiền để nhận hoa hồng rồi chiếm đoạt. | +4h | Cảnh báo | Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo không khí lạnh tăng cường, biển động mạnh ở vịnh Bắc Bộ, tàu thuyền cần chủ động phòng tránh. | tttd-phap-luat | tttd-moi-truong
xa-hoi | 2024-06-12 06:00 | Tin nhanh | Quận Cầu Giấy tổ chức đối thoại với người dân về công tác giải phóng mặt bằng; huyện Gia Lâm trao 30 nhà tình nghĩa cho gia đình chính sách. | +3h | Tin nhanh | Hà Nội tiếp nhận 20 xe cứu thương mới; sinh viên tình nguyện sẵn sàng hỗ trợ thí sinh trong kỳ thi tốt nghiệp THPT.
kinh-te | 2025-04-14 15:30 | Chứng khoán | Kết phiên 14/4, VN-Index tăng 15,3 điểm lên 1.225,7 điểm; thanh khoản trên sàn HOSE đạt hơn 21.000 tỷ đồng. | +1h | Chứng khoán | Ủy ban Chứng khoán Nhà nước xử phạt một công ty chứng khoán 500 triệu đồng do vi phạm quy định về cho vay ký quỹ.
giao-duc | 2024-04-10 09:00 | Tuyển sinh | Nhiều trường đại học công bố phương án tuyển sinh năm 2024, trong đó xét tuyển sớm bằng kết quả thi đánh giá năng lực, đánh giá tư duy tiếp tục được mở rộng. | +5h | Tuyển sinh | Hà Nội hướng dẫn tuyển sinh trực tuyến vào lớp 1, lớp 6 năm học 2024-2025; phụ huynh đăng ký cho con từ đầu tháng 7.
xa-hoi | 2024-07-31 06:15 | Tin trong nước | Các địa phương miền núi phía Bắc được yêu cầu chủ động ứng phó mưa lũ, sạt lở đất; Bộ Giáo dục và Đào tạo công bố ngưỡng điểm xét tuyển khối ngành sư phạm. | +5h | Tin trong nước | Bộ Y tế khuyến cáo phòng chống bệnh sốt xuất huyết trong mùa mưa; nhiều địa phương đẩy nhanh giải ngân vốn đầu tư công những tháng cuối năm.
xa-hoi | 2024-07-31 06:30 | Tin quốc tế | Bão Gaemi gây mưa lớn ở miền Nam Trung Quốc, hàng trăm nghìn người phải sơ tán; Nhật Bản cảnh báo nắng nóng gay gắt tại nhiều tỉnh. | +6h | Tin quốc tế | Hàng trăm người thương vong trong vụ lở đất ở bang Kerala, Ấn Độ; Thế vận hội Paris bước sang ngày thi đấu thứ năm.
xa-hoi | 2025-01-22 07:00 | Tin vắn | Hà Nội trao 5.000 suất quà Tết cho công nhân lao động; chợ hoa Quảng Bá nhộn nhịp từ sáng sớm những ngày giáp Tết. | +11h | Tin vắn | Quận Tây Hồ ra quân bảo đảm trật tự khu vực làng đào Nhật Tân; Bệnh viện Xanh Pôn trực cấp cứu 24/24 giờ dịp Tết.
moi-truong | 2024-08-18 05:00 | Thời tiết | Ngày 18/8, Bắc Bộ có mưa rào và dông vài nơi, trưa chiều trời nắng nóng; Hà Nội nhiệt độ cao nhất 34-36 độ C. | +1h | Thời tiết | Vùng áp thấp trên Biển Đông có khả năng mạnh lên thành áp thấp nhiệt đới trong 24 giờ tới; vùng biển Hoàng Sa có gió mạnh cấp 6, sóng cao 2-3 m.
the-thao | 2024-11-10 21:50 | Kết quả bóng đá | Kết quả vòng 8 V.League: CLB Hà Nội giành chiến thắng trên sân nhà, Thép Xanh Nam Định tiếp tục bám sát nhóm dẫn đầu. | 2024-11-10 07:30 | Kết quả bóng đá | Kết quả Ngoại hạng Anh rạng sáng nay: Liverpool củng cố ngôi đầu, Manchester City nhận thất bại thứ ba liên tiếp.
van-hoa | 2024-10-19 20:00 | Sự kiện cuối tuần | Lễ hội Văn hóa vì hòa bình tại Hoàng thành Thăng Long; đêm nhạc “Hà Nội - Mùa thu cách mạng” tại Nhà hát Lớn. | +1h | Sự kiện cuối tuần | Hội chợ sách cũ tại Phố Sách Hà Nội; triển lãm ảnh “Hà Nội xưa và nay” tại Trung tâm Văn hóa Pháp L'Espace.
"""

DIACRITICS = """
xa-hoi | 2024-04-07 09:00 | Thanh Xuân ra quân tổng vệ sinh môi trường | Hưởng ứng “Ngày Chủ nhật xanh”, quận Thanh Xuân (Hà Nội) huy động hơn 3.000 cán bộ, đoàn viên và người dân ra quân tổng vệ sinh các tuyến phố, khu dân cư, thu gom hơn 40 tấn rác thải. | +6h | Thạnh Xuân ra quân tổng vệ sinh môi trường | Sáng 7/4, phường Thạnh Xuân (quận 12, TP.HCM) tổ chức ra quân tổng vệ sinh, nạo vét kênh rạch, phát quang bụi rậm nhằm phòng chống sốt xuất huyết trong mùa mưa. | tttd-xa-hoi | tuoitre-thoi-su
kinh-te | 2024-02-20 10:00 | Bão giá vật liệu xây dựng đầu năm | Ngay sau Tết, giá nhiều loại vật liệu xây dựng như thép, xi măng, cát, đá đồng loạt tăng 5-10%, khiến nhiều chủ đầu tư, người dân đang xây nhà lao đao. | 2024-02-21 15:00 | Báo giá vật liệu xây dựng đầu năm | Nhiều doanh nghiệp sản xuất thép, xi măng đã gửi báo giá mới tới các đại lý phân phối, theo đó giá thép cuộn xây dựng điều chỉnh giảm 100.000 - 200.000 đồng/tấn, xi măng giữ nguyên.
kinh-te | 2024-03-14 08:00 | Giá lúa tăng mạnh sau Tết | Tại Đồng bằng sông Cửu Long, giá lúa tươi tại ruộng tăng 300 - 500 đồng/kg so với trước Tết, lên mức 7.800 - 8.200 đồng/kg, nông dân phấn khởi bước vào vụ thu hoạch Đông Xuân. | +6h | Giá lụa tăng mạnh sau Tết | Tại làng lụa Vạn Phúc (Hà Đông), giá các loại lụa tơ tằm tăng 10-15% so với trước Tết do giá kén và sợi tơ tăng, trong khi nhu cầu may áo dài dịp đầu xuân của du khách vẫn cao.
do-thi | 2024-06-11 17:00 | Bình Thạnh xử lý dứt điểm tình trạng ngập úng | UBND quận Bình Thạnh (TP.HCM) phối hợp Trung tâm Quản lý hạ tầng kỹ thuật cải tạo hệ thống thoát nước trên đường Ung Văn Khiêm, phấn đấu xóa điểm ngập trước mùa mưa cao điểm. | 2024-06-12 09:00 | Bình Thành xử lý dứt điểm tình trạng ngập úng | Xã Bình Thành (huyện Thanh Bình, Đồng Tháp) đầu tư nạo vét kênh nội đồng, lắp đặt trạm bơm điện, chống ngập úng cho hơn 300 ha lúa Hè Thu.
moi-truong | 2024-08-15 10:00 | Thanh Trì: Nguy cơ sạt lở bờ sông mùa mưa lũ | Tại huyện Thanh Trì (Hà Nội), nhiều đoạn bờ sông Hồng thuộc xã Yên Mỹ, Duyên Hà có nguy cơ sạt lở cao; địa phương đã cắm biển cảnh báo và lên phương án di dời các hộ dân. | 2024-08-16 10:00 | Thạnh Trị: Nguy cơ sạt lở bờ sông mùa mưa lũ | Huyện Thạnh Trị (Sóc Trăng) ghi nhận nhiều điểm sạt lở dọc các tuyến kênh, đe dọa an toàn nhà ở của người dân; tỉnh đã hỗ trợ kinh phí khắc phục khẩn cấp.
xa-hoi | 2024-10-16 10:00 | Đông Hòa trao nhà Đại đoàn kết cho hộ nghèo | Thị xã Đông Hòa (Phú Yên) vừa trao 25 căn nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở, mỗi căn được hỗ trợ 60 triệu đồng. | 2024-10-17 10:00 | Đồng Hòa trao nhà Đại đoàn kết cho hộ nghèo | Ủy ban MTTQ phường Đồng Hòa (quận Kiến An, Hải Phòng) phối hợp các nhà hảo tâm bàn giao nhà Đại đoàn kết cho gia đình bà Nguyễn Thị L., hộ nghèo neo đơn tại tổ dân phố số 3.
the-thao | 2024-03-10 18:00 | Đông Sơn vô địch giải bóng chuyền nông dân | Đội bóng chuyền huyện Đông Sơn (Thanh Hóa) đã giành chức vô địch Giải bóng chuyền nông dân tỉnh Thanh Hóa mở rộng năm 2024 sau chiến thắng 3-1 trong trận chung kết. | +2h | Đồng Sơn vô địch giải bóng chuyền nông dân | Đội bóng chuyền phường Đồng Sơn (TP Đồng Hới, Quảng Bình) vượt qua 11 đội để giành chức vô địch giải bóng chuyền hơi nông dân thành phố năm 2024.
xa-hoi | 2025-02-18 10:00 | Thanh Lộc: Ra mắt mô hình “Khu dân cư không có tội phạm” | Xã Thanh Lộc, huyện Can Lộc (Hà Tĩnh) ra mắt mô hình “Khu dân cư không có tội phạm và tệ nạn xã hội”, với sự tham gia của hơn 500 hộ dân. | +5h | Thạnh Lộc: Ra mắt mô hình “Khu dân cư không có tội phạm” | Công an phường Thạnh Lộc (quận 12, TP.HCM) phối hợp với UBND phường ra mắt mô hình “Khu dân cư không có tội phạm” tại khu phố 2, gắn với lắp đặt camera an ninh.
xa-hoi | 2024-09-05 15:00 | Cựu chiến binh Nguyễn Văn Tân hiến đất làm đường | Ông Nguyễn Văn Tân, cựu chiến binh ở xã Đông Phương Yên, huyện Chương Mỹ (Hà Nội) đã tự nguyện hiến hơn 200 m² đất để mở rộng đường liên thôn, góp phần xây dựng nông thôn mới. | 2024-09-06 09:00 | Cựu chiến binh Nguyễn Văn Tần hiến đất làm đường | Tại xã Vũ Hội, huyện Vũ Thư (Thái Bình), cựu chiến binh Nguyễn Văn Tần cùng các con đã hiến 150 m² đất vườn và tháo dỡ tường rào để làm đường giao thông nông thôn.
giao-duc | 2024-11-19 10:00 | Thầy giáo Nguyễn Văn Hùng được tuyên dương Nhà giáo tiêu biểu | Thầy Nguyễn Văn Hùng, giáo viên Trường THCS Ngọc Lâm (quận Long Biên), là một trong 100 nhà giáo được UBND TP Hà Nội tuyên dương nhân dịp 20/11 nhờ nhiều năm bồi dưỡng học sinh giỏi môn Toán. | +6h | Thầy giáo Nguyễn Văn Hưng được tuyên dương Nhà giáo tiêu biểu | Thầy Nguyễn Văn Hưng, giáo viên một trường tiểu học vùng cao ở huyện Mường Tè (Lai Châu), được tuyên dương nhà giáo tiêu biểu sau 20 năm bám bản, vận động học sinh ra lớp.
the-thao | 2024-06-15 18:00 | Nguyễn Thị Thủy giành HCV tại giải vô địch các câu lạc bộ | Đô vật Nguyễn Thị Thủy (Hà Nội) đã xuất sắc giành huy chương vàng hạng cân 53 kg nữ tại Giải Vô địch các câu lạc bộ Vật tự do toàn quốc năm 2024. | +1d | Nguyễn Thị Thúy giành HCV tại giải vô địch các câu lạc bộ | Võ sĩ Nguyễn Thị Thúy (Đà Nẵng) giành huy chương vàng nội dung kumite nữ tại Giải Vô địch các câu lạc bộ Karate toàn quốc năm 2024.
giao-duc | 2024-05-28 10:00 | Nỗi ám ảnh mang tên kỳ thi | Áp lực thi vào lớp 10 công lập khiến không ít học sinh Hà Nội mất ngủ, căng thẳng kéo dài; nhiều phụ huynh chi hàng chục triệu đồng cho con ôn luyện. | 2024-05-30 10:00 | Nỗi ám ảnh mang tên kỳ thị | Dù đã điều trị ổn định, nhiều người từng mắc bệnh lao, HIV vẫn phải đối mặt với sự xa lánh của cộng đồng, khó khăn khi tìm kiếm việc làm và hòa nhập xã hội. | tttd-giao-duc | tttd-suc-khoe
van-hoa | 2024-07-20 10:00 | Mỹ Tho: Khai mạc ngày hội trái cây ngon | Ngày hội trái cây ngon TP Mỹ Tho năm 2024 trưng bày hơn 50 gian hàng sầu riêng, xoài, vú sữa Lò Rèn từ các nhà vườn Tiền Giang. | +1d | Mỹ Thọ: Khai mạc ngày hội trái cây ngon | Xã Mỹ Thọ, huyện Cao Lãnh (Đồng Tháp) lần đầu tổ chức ngày hội trái cây ngon, giới thiệu xoài cát Hòa Lộc, xoài Đài Loan và nhiều đặc sản của địa phương.
van-hoa | 2024-09-26 10:00 | Phố Hà Nội qua ống kính nhiếp ảnh gia trẻ | Triển lãm giới thiệu gần 80 bức ảnh về những góc phố cổ, phố cũ, mái ngói rêu phong và nhịp sống thường ngày của người Hà Nội, do các nhiếp ảnh gia dưới 30 tuổi thực hiện. | 2024-09-28 10:00 | Phở Hà Nội qua ống kính nhiếp ảnh gia trẻ | Bộ ảnh ghi lại những hàng phở gia truyền, những người giữ nghề nấu phở qua nhiều thế hệ, được trưng bày bên lề lễ hội ẩm thực tại phố đi bộ hồ Gươm.
xa-hoi | 2025-01-20 10:00 | Gói bánh tét tặng người nghèo | Hội Liên hiệp Thanh niên phường Bến Nghé (quận 1, TP.HCM) tổ chức gói 500 đòn bánh tét tặng người vô gia cư, người lao động nghèo không có điều kiện về quê đón Tết. | +2h | Gói bánh Tết tặng người nghèo | Đoàn Thanh niên xã Kim Sơn (thị xã Sơn Tây, Hà Nội) gói 300 chiếc bánh chưng tặng hộ nghèo, người già neo đơn trên địa bàn trong chương trình “Xuân yêu thương”. | tuoitre-thoi-su | tttd-xa-hoi
van-hoa | 2024-11-06 10:00 | Họa sĩ Lê Tuấn ra mắt triển lãm cá nhân | Triển lãm “Phố trong mưa” của họa sĩ Lê Tuấn gồm 35 tác phẩm sơn dầu về phố cổ Hà Nội, mở cửa tại Bảo tàng Mỹ thuật Việt Nam đến hết ngày 20/11. | 2024-11-08 10:00 | Họa sĩ Lê Tuân ra mắt triển lãm cá nhân | Họa sĩ Lê Tuân, người nhiều năm gắn bó với chất liệu sơn mài, giới thiệu 28 tác phẩm về làng quê Bắc Bộ tại một không gian nghệ thuật ở quận Tây Hồ.
moi-truong | 2025-02-20 18:00 | Hà Nội: Mưa lốc đầu xuân | Chiều 20/2, mưa dông kèm lốc xoáy bất ngờ xuất hiện tại huyện Thạch Thất, Quốc Oai, làm tốc mái hàng chục ngôi nhà, gãy đổ nhiều cây xanh. | 2025-01-29 08:00 | Hà Nội: Mưa lộc đầu xuân | Sáng mùng 1 Tết, mưa phùn nhẹ bao phủ Thủ đô, được nhiều người dân đón nhận như “mưa lộc” đầu xuân, mang lại may mắn, bình an cho năm mới.
xa-hoi | 2024-10-08 09:00 | Quận Ba Đình tổ chức Hội thao chào mừng ngày Giải phóng Thủ đô | Hội thao cán bộ, công chức, viên chức quận Ba Đình với các môn bóng bàn, cầu lông, kéo co thu hút hơn 600 vận động viên, chào mừng 70 năm Ngày Giải phóng Thủ đô. | +3h | Quận Ba Đình tổ chức Hội thảo chào mừng ngày Giải phóng Thủ đô | Hội thảo khoa học “Ba Đình - 70 năm xây dựng và phát triển” quy tụ nhiều nhà sử học, nhà nghiên cứu, làm rõ vị thế của Ba Đình trong tiến trình lịch sử Thủ đô.
kinh-te | 2024-04-16 10:00 | Hải Dương: Ra quân chống hạn cho cây lúa | Trước tình trạng nắng nóng kéo dài, tỉnh Hải Dương huy động các trạm bơm lấy nước từ sông Thái Bình, bảo đảm đủ nước tưới cho hơn 60.000 ha lúa xuân. | 2024-04-17 10:00 | Hải Đường: Ra quân chống hạn cho cây lúa | Xã Hải Đường, huyện Hải Hậu (Nam Định) tổ chức nạo vét kênh mương, vận hành trạm bơm dã chiến chống hạn cho hơn 400 ha lúa xuân đang thì làm đòng.
moi-truong | 2024-06-12 19:00 | Mưa dông bất thường ở Hà Nội | Chiều 12/6, dù trước đó trời nắng gắt, Hà Nội bất ngờ xuất hiện mưa dông kèm gió giật mạnh, nhiều cây xanh gãy đổ, một số tuyến phố ngập cục bộ. | 2025-01-10 19:00 | Mưa đông bất thường ở Hà Nội | Giữa mùa khô hanh, Hà Nội hứng trận mưa lớn hiếm gặp vào tháng Giêng dương lịch, lượng mưa tại nhiều trạm vượt 50 mm, cao nhất trong vòng 20 năm cho thời điểm này.
"""

UNRELATED = """
xa-hoi | 2024-04-02 09:15 | Hà Nội trao tặng 50 xe lăn cho người khuyết tật | Hội Bảo trợ người khuyết tật và trẻ mồ côi TP Hà Nội phối hợp với nhà tài trợ trao tặng 50 chiếc xe lăn cho người khuyết tật có hoàn cảnh khó khăn tại các huyện Ba Vì, Mỹ Đức, Ứng Hòa. | +20m | Hội Cựu chiến binh quận Thanh Xuân sơ kết công tác quý I | Hội Cựu chiến binh quận Thanh Xuân tổ chức sơ kết công tác quý I/2024, biểu dương nhiều mô hình cựu chiến binh giúp nhau phát triển kinh tế, tham gia bảo vệ an ninh trật tự ở khu dân cư.
moi-truong | 2024-08-05 14:00 | Cảnh báo lũ quét, sạt lở đất tại 12 tỉnh miền núi phía Bắc | Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo nguy cơ lũ quét trên các sông, suối nhỏ và sạt lở đất trên sườn dốc tại 12 tỉnh miền núi phía Bắc trong 6 giờ tới. | +35m | Hà Nội đã trồng mới hơn 1 triệu cây xanh | Theo Sở Nông nghiệp và Phát triển nông thôn Hà Nội, từ đầu nhiệm kỳ đến nay, thành phố đã trồng mới hơn 1 triệu cây xanh các loại tại khu đô thị, vùng đồi gò và rừng phòng hộ.
do-thi | 2024-06-06 10:00 | Quận Hoàng Mai cưỡng chế công trình xây dựng sai phép tại phường Lĩnh Nam | UBND quận Hoàng Mai đã tổ chức cưỡng chế tháo dỡ phần sai phép của một công trình 3 tầng tại phường Lĩnh Nam, sau khi chủ đầu tư không tự giác chấp hành quyết định xử phạt. | +15m | Hà Nội lắp đặt thêm 500 điểm sạc xe điện công cộng | Sở Công Thương Hà Nội phối hợp các doanh nghiệp lắp đặt thêm 500 điểm sạc xe điện công cộng tại các bãi đỗ xe, trung tâm thương mại trong năm 2024.
giao-duc | 2024-09-09 16:00 | Trường THCS Trưng Vương tổ chức ngày hội đọc sách | Nhằm lan tỏa văn hóa đọc, Trường THCS Trưng Vương (quận Hoàn Kiếm) tổ chức ngày hội đọc sách với các hoạt động giới thiệu sách, thi kể chuyện và trao đổi sách cũ giữa các lớp. | +1h | Quận Hà Đông hỗ trợ học sinh khó khăn bị ảnh hưởng bởi bão số 3 | Ngay sau bão số 3, quận Hà Đông trao tặng sách giáo khoa, đồ dùng học tập và hỗ trợ 1 triệu đồng cho mỗi học sinh có hoàn cảnh khó khăn bị thiệt hại do bão.
suc-khoe | 2024-03-21 10:00 | Bệnh viện Đa khoa Đức Giang triển khai kỹ thuật can thiệp tim mạch mới | Bệnh viện Đa khoa Đức Giang (quận Long Biên) vừa thực hiện thành công kỹ thuật can thiệp động mạch vành qua đường động mạch quay cho bệnh nhân cao tuổi, giúp rút ngắn thời gian nằm viện. | +40m | Trẻ mắc thủy đậu gia tăng thời điểm giao mùa | Thời điểm giao mùa, số ca mắc thủy đậu tại các bệnh viện nhi ở Hà Nội gia tăng; bác sĩ khuyến cáo phụ huynh cho trẻ tiêm vắc xin và cách ly trẻ mắc bệnh tại nhà.
kinh-te | 2024-08-14 11:00 | Xuất khẩu rau quả 7 tháng đạt hơn 4 tỷ USD | Theo Hiệp hội Rau quả Việt Nam, kim ngạch xuất khẩu rau quả 7 tháng đầu năm 2024 đạt hơn 4 tỷ USD, tăng mạnh so với cùng kỳ, trong đó sầu riêng tiếp tục là mặt hàng chủ lực. | +25m | Khai trương điểm bán sản phẩm OCOP tại phố cổ Hà Nội | Điểm giới thiệu và bán sản phẩm OCOP tại khu phố cổ Hà Nội vừa được khai trương trên phố Hàng Đường, trưng bày hơn 300 sản phẩm đạt từ 3 sao trở lên.
the-thao | 2024-06-16 20:00 | Giải Bóng rổ chuyên nghiệp Việt Nam 2024 khởi tranh | Mùa giải Bóng rổ chuyên nghiệp Việt Nam VBA 2024 chính thức khởi tranh với nhiều thay đổi về thể thức, lịch thi đấu và quy định đăng ký cầu thủ ngoại. | +10m | Hơn 120 kỳ thủ tranh tài tại Giải Cờ tướng người cao tuổi quận Đống Đa | Giải Cờ tướng người cao tuổi quận Đống Đa năm 2024 thu hút hơn 120 kỳ thủ đến từ 21 phường, tạo sân chơi bổ ích, rèn luyện trí tuệ cho người cao tuổi.
van-hoa | 2024-05-18 19:00 | Bảo tàng Hà Nội mở cửa miễn phí nhân Ngày Quốc tế Bảo tàng | Nhân Ngày Quốc tế Bảo tàng 18/5, Bảo tàng Hà Nội mở cửa miễn phí và tổ chức nhiều hoạt động trải nghiệm, giới thiệu hiện vật cho học sinh và du khách. | +30m | Ra mắt sách ảnh “Phố cổ - Ký ức và hiện tại” | Cuốn sách ảnh tập hợp hơn 200 bức ảnh do các nhiếp ảnh gia ghi lại những biến chuyển của khu phố cổ Hà Nội qua hơn 30 năm.
phap-luat | 2024-12-03 15:00 | Tạm giữ đối tượng tàng trữ pháo nổ tại Thanh Oai | Công an huyện Thanh Oai phát hiện, tạm giữ một đối tượng tàng trữ hơn 40 kg pháo nổ tại nhà riêng, khai mua qua mạng xã hội để bán kiếm lời dịp cuối năm. | +45m | Xử phạt chủ quán karaoke vi phạm phòng cháy chữa cháy ở Cầu Giấy | Qua kiểm tra, Công an quận Cầu Giấy phát hiện một cơ sở karaoke không bảo đảm lối thoát nạn, hệ thống báo cháy không hoạt động, xử phạt 60 triệu đồng và đình chỉ hoạt động.
xa-hoi | 2025-05-06 08:30 | Thành đoàn Hà Nội tuyên dương 50 thanh niên tiêu biểu | Thành đoàn Hà Nội tuyên dương 50 gương thanh niên tiêu biểu trong học tập, lao động, sáng tạo và hoạt động tình nguyện, nhân kỷ niệm ngày thành lập Đoàn. | +1h | Người dân xã Tản Lĩnh vui mừng nhận nhà mới | Sau 3 tháng thi công, 15 hộ nghèo, hộ cận nghèo ở xã Tản Lĩnh, huyện Ba Vì đã được bàn giao nhà mới từ chương trình xóa nhà tạm, nhà dột nát.
moi-truong | 2024-10-24 09:00 | Hà Nội thí điểm phân loại rác tại nguồn ở quận Hoàn Kiếm | Quận Hoàn Kiếm triển khai thí điểm phân loại rác thải sinh hoạt tại nguồn ở 3 phường Hàng Bạc, Hàng Buồm, Hàng Đào, phát miễn phí túi đựng rác theo màu cho các hộ dân. | +20m | Bão Trà Mi đi vào Biển Đông, trở thành cơn bão số 6 | Bão Trà Mi đã vượt qua Philippines đi vào Biển Đông, trở thành cơn bão số 6 năm 2024, dự báo tiếp tục mạnh lên và di chuyển hướng về phía quần đảo Hoàng Sa.
do-thi | 2025-04-21 14:00 | Hà Nội điều chỉnh lộ trình 5 tuyến xe buýt từ ngày 25/4 | Trung tâm Quản lý và điều hành giao thông đô thị Hà Nội điều chỉnh lộ trình 5 tuyến xe buýt đi qua khu vực Ba Đình, Hoàn Kiếm để phục vụ các sự kiện chính trị, văn hóa dịp 30/4. | +50m | Đà Nẵng đấu giá thành công 12 lô đất tại khu đô thị Nam cầu Cẩm Lệ | Phiên đấu giá 12 lô đất tại khu đô thị Nam cầu Cẩm Lệ thu về hơn 80 tỷ đồng, giá trúng bình quân cao hơn 20% so với giá khởi điểm.
giao-duc | 2025-05-22 10:00 | Học sinh Hà Nội đoạt giải cao tại cuộc thi Khoa học kỹ thuật cấp quốc gia | Đoàn học sinh Hà Nội giành 2 giải Nhất, 4 giải Nhì tại cuộc thi Khoa học kỹ thuật cấp quốc gia dành cho học sinh trung học, với nhiều dự án ứng dụng trí tuệ nhân tạo. | +15m | Trường mầm non ở Mê Linh đạt chuẩn quốc gia mức độ 2 | Trường Mầm non Tiền Phong A (huyện Mê Linh) đón nhận bằng công nhận trường đạt chuẩn quốc gia mức độ 2 sau hai năm đầu tư cơ sở vật chất, đội ngũ.
suc-khoe | 2024-12-18 14:00 | Bác sĩ cảnh báo ngộ độc khí CO khi sưởi ấm bằng than | Trung tâm Chống độc, Bệnh viện Bạch Mai cảnh báo nguy cơ ngộ độc khí CO khi đốt than sưởi trong phòng kín; đã có nhiều trường hợp nhập viện trong tình trạng hôn mê. | +1h | Hà Nội đẩy mạnh tiêm chủng mở rộng những tháng cuối năm | Trung tâm Kiểm soát bệnh tật Hà Nội yêu cầu các quận, huyện rà soát, tiêm bù, tiêm vét cho trẻ chưa được tiêm đủ các mũi vắc xin trong chương trình tiêm chủng mở rộng.
kinh-te | 2025-01-08 09:30 | Xuất khẩu thủy sản năm 2024 đạt khoảng 10 tỷ USD | Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam, kim ngạch xuất khẩu thủy sản năm 2024 đạt khoảng 10 tỷ USD, tăng hơn 12% so với năm trước nhờ nhu cầu phục hồi tại Mỹ và Trung Quốc. | +5m | Hà Nội khai mạc Hội chợ Xuân 2025 tại Cung Triển lãm | Hội chợ Xuân 2025 với gần 400 gian hàng đặc sản vùng miền, hàng Việt chất lượng cao mở cửa phục vụ người dân mua sắm Tết đến hết ngày 27 tháng Chạp.
the-thao | 2025-02-09 21:00 | Khai mạc Giải Cầu lông học sinh tiểu học quận Long Biên | Giải Cầu lông học sinh tiểu học quận Long Biên năm 2025 thu hút hơn 300 vận động viên nhí đến từ 20 trường, thi đấu ở 8 nội dung đơn, đôi. | +40m | Giải bán marathon Hà Nội mùa xuân mở cổng đăng ký | Ban tổ chức giải bán marathon Hà Nội mùa xuân 2025 mở cổng đăng ký với 4 cự ly, dự kiến thu hút khoảng 10.000 vận động viên.
phap-luat | 2024-09-26 11:00 | Bắt đối tượng giả danh nhân viên ngân hàng lừa đảo vay vốn | Công an quận Long Biên bắt giữ một đối tượng giả danh nhân viên ngân hàng, hứa hẹn giải ngân khoản vay ưu đãi để yêu cầu bị hại chuyển “phí hồ sơ”, chiếm đoạt hơn 300 triệu đồng. | +10m | Xử lý nghiêm xe quá tải trên quốc lộ 21B | Tổ công tác Đội CSGT số 13 phát hiện, lập biên bản 7 xe tải chở vật liệu xây dựng vượt tải trọng cho phép trên quốc lộ 21B đoạn qua huyện Mỹ Đức.
van-hoa | 2025-06-14 16:00 | Trình diễn áo dài tại phố đi bộ hồ Gươm | Chương trình trình diễn áo dài với hơn 200 người mẫu không chuyên là các cô giáo, nữ doanh nhân, sinh viên đã mang đến không khí rực rỡ cho phố đi bộ hồ Gươm. | +25m | Khai mạc trại sáng tác điêu khắc ngoài trời ở Ba Vì | Trại sáng tác điêu khắc ngoài trời quy tụ 12 nhà điêu khắc trong và ngoài nước, các tác phẩm hoàn thành sẽ được trưng bày lâu dài tại khu du lịch ở huyện Ba Vì.
xa-hoi | 2024-02-07 10:00 | Chuyến xe Tết 0 đồng đưa công nhân về quê | Liên đoàn Lao động TP Hà Nội tổ chức 30 chuyến xe miễn phí đưa hơn 1.300 công nhân, người lao động về quê đón Tết Giáp Thìn. | +30m | Hà Nội bắn pháo hoa tại 31 điểm đêm Giao thừa | Thành phố Hà Nội tổ chức bắn pháo hoa tầm cao và tầm thấp tại 31 điểm vào thời khắc Giao thừa Tết Giáp Thìn, trong đó có điểm bắn tại hồ Hoàn Kiếm.
moi-truong | 2025-06-05 09:00 | Ngày Môi trường thế giới: Hà Nội ra quân chống rác thải nhựa | Hưởng ứng Ngày Môi trường thế giới 5/6, hàng nghìn đoàn viên, thanh niên Thủ đô ra quân thu gom rác thải nhựa tại các tuyến sông, hồ và khu dân cư. | +15m | Động đất 3,5 độ tại Sơn La | Viện Vật lý địa cầu cho biết, một trận động đất có độ lớn 3,5 xảy ra tại huyện Mộc Châu, tỉnh Sơn La, độ sâu chấn tiêu khoảng 10 km, không gây thiệt hại.
"""

FAR_APART = """
moi-truong | 2024-11-04 08:00 | Hà Nội công bố chỉ số AQI | Sáng 4/11, Sở Tài nguyên và Môi trường Hà Nội công bố chỉ số chất lượng không khí (AQI) tại 10 trạm quan trắc tự động; 7/10 trạm ở mức trung bình, 3 trạm ở mức kém. | 2024-12-16 08:00 | Hà Nội công bố chỉ số AQI | Sáng 16/12, theo công bố của Sở Tài nguyên và Môi trường, chỉ số AQI tại phần lớn trạm quan trắc của Hà Nội ở mức kém, riêng trạm Minh Khai ở mức xấu với giá trị 205.
do-thi | 2024-03-08 15:00 | Điều chỉnh tổ chức giao thông trên đường Nguyễn Trãi | Sở Giao thông vận tải Hà Nội điều chỉnh tổ chức giao thông đoạn từ Khuất Duy Tiến đến Ngã Tư Sở, cấm rẽ trái tại một số điểm mở dải phân cách từ ngày 10/3. | 2024-08-20 15:00 | Điều chỉnh tổ chức giao thông trên đường Nguyễn Trãi | Từ ngày 22/8, phương tiện lưu thông trên đường Nguyễn Trãi đoạn qua quận Thanh Xuân được bố trí lại làn đường để phục vụ thi công cải tạo hệ thống thoát nước.
xa-hoi | 2024-07-20 12:00 | Ngày hội hiến máu “Giọt hồng tri ân” | Sáng 20/7, Ngày hội hiến máu “Giọt hồng tri ân” năm 2024 do Thành đoàn Hà Nội phối hợp tổ chức đã tiếp nhận hơn 1.500 đơn vị máu, nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ. | 2025-07-19 12:00 | Ngày hội hiến máu “Giọt hồng tri ân” | Hưởng ứng kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ, Ngày hội hiến máu “Giọt hồng tri ân” năm 2025 thu hút hơn 2.000 tình nguyện viên đăng ký tham gia tại Cung Văn hóa Hữu nghị Việt Xô.
phap-luat | 2024-05-10 10:00 | Cảnh báo thủ đoạn lừa đảo mới | Công an TP Hà Nội cảnh báo thủ đoạn giả mạo nhân viên điện lực gọi điện thông báo cắt điện, yêu cầu người dân truy cập đường link lạ để thanh toán tiền điện. | 2024-09-16 10:00 | Cảnh báo thủ đoạn lừa đảo mới | Lợi dụng tình hình bão lũ, các đối tượng lập trang mạng xã hội giả mạo tổ chức từ thiện kêu gọi quyên góp rồi chiếm đoạt tiền của người dân hảo tâm.
phap-luat | 2024-03-06 16:00 | Công an TP Hà Nội tìm bị hại trong vụ lừa đảo chiếm đoạt tài sản | Cơ quan Cảnh sát điều tra Công an TP Hà Nội đang điều tra vụ án lừa đảo liên quan đến việc mua bán căn hộ chung cư tại một dự án ở quận Hà Đông, đề nghị ai là bị hại liên hệ để phối hợp giải quyết. | 2024-08-13 16:00 | Công an TP Hà Nội tìm bị hại trong vụ lừa đảo chiếm đoạt tài sản | Công an TP Hà Nội thông báo tìm bị hại trong vụ án liên quan đến sàn giao dịch tiền ảo do một công ty có trụ sở tại quận Cầu Giấy điều hành, với hàng nghìn nhà đầu tư tham gia.
do-thi | 2024-03-05 09:30 | Quận Đống Đa ra quân xử lý vi phạm trật tự đô thị | Quận Đống Đa tổ chức ra quân lập lại trật tự đô thị trên các tuyến phố Xã Đàn, Nguyễn Lương Bằng, Tây Sơn, xử lý dứt điểm tình trạng lấn chiếm vỉa hè để trông giữ xe. | 2024-10-14 09:30 | Quận Đống Đa ra quân xử lý vi phạm trật tự đô thị | Trong đợt cao điểm tháng 10, lực lượng chức năng quận Đống Đa tháo dỡ hơn 200 biển quảng cáo sai quy định, thu giữ nhiều bàn ghế, mái che lấn chiếm lòng đường trên phố Khâm Thiên.
xa-hoi | 2024-01-20 10:00 | Phiên chợ 0 đồng cho người nghèo | Hội Liên hiệp Phụ nữ quận Hoàng Mai tổ chức phiên chợ 0 đồng với hơn 1.000 suất hàng gồm gạo, dầu ăn, bánh chưng, mang Tết ấm đến với các hộ nghèo, cận nghèo. | 2024-06-15 10:00 | Phiên chợ 0 đồng cho người nghèo | Phiên chợ 0 đồng do Đoàn Thanh niên huyện Sóc Sơn tổ chức đã trao tặng quần áo, đồ dùng học tập và nhu yếu phẩm cho hơn 400 hộ có hoàn cảnh khó khăn ở các xã miền núi.
phap-luat | 2024-02-16 07:00 | Tăng cường kiểm tra nồng độ cồn | Sau kỳ nghỉ Tết Nguyên đán, lực lượng CSGT Hà Nội bố trí nhiều tổ công tác kiểm tra nồng độ cồn trên các tuyến cửa ngõ, xử lý hơn 300 trường hợp vi phạm chỉ trong một đêm. | 2024-09-02 07:00 | Tăng cường kiểm tra nồng độ cồn | Trong dịp nghỉ lễ Quốc khánh 2/9, Phòng CSGT Công an TP Hà Nội duy trì các tổ công tác kiểm tra nồng độ cồn xuyên đêm tại khu vực phố cổ, Tây Hồ và các tuyến đường vành đai.
giao-duc | 2023-06-28 15:00 | Hà Nội công bố điểm thi vào lớp 10 | Sở GD&ĐT Hà Nội công bố điểm thi vào lớp 10 năm học 2023-2024; thí sinh có thể tra cứu điểm qua cổng thông tin điện tử, tin nhắn hoặc tại trường THCS nơi đăng ký dự thi. | 2024-06-26 15:00 | Hà Nội công bố điểm thi vào lớp 10 | Chiều 26/6, Hà Nội công bố điểm thi vào lớp 10 năm học 2024-2025; môn Ngoại ngữ có phổ điểm cao, trong khi số bài thi Toán đạt điểm 10 giảm so với năm trước.
moi-truong | 2024-05-25 06:00 | Cảnh báo nắng nóng gay gắt | Từ ngày 25/5, khu vực đồng bằng Bắc Bộ xuất hiện nắng nóng gay gắt với nhiệt độ cao nhất 37-38 độ C; chỉ số tia UV ở mức nguy cơ gây hại rất cao. | 2024-07-08 06:00 | Cảnh báo nắng nóng gay gắt | Trung Bộ đang trải qua đợt nắng nóng đặc biệt gay gắt, nhiều nơi trên 39 độ C; độ ẩm thấp nhất 40-45%, nguy cơ cháy rừng và cháy nổ khu dân cư rất cao.
xa-hoi | 2024-03-24 11:00 | Ra quân “Ngày Chủ nhật xanh” | Sáng 24/3, huyện Gia Lâm huy động hơn 5.000 người dân, đoàn viên thanh niên ra quân vệ sinh môi trường tại các tuyến đường liên xã, kênh mương nội đồng. | 2024-06-30 11:00 | Ra quân “Ngày Chủ nhật xanh” | Quận Hai Bà Trưng ra quân “Ngày Chủ nhật xanh” với trọng tâm xóa các điểm đổ rác thải tự phát trên tuyến phố Minh Khai, Kim Ngưu, trồng thêm hoa tại các khu đất trống.
suc-khoe | 2024-06-15 09:00 | Cảnh báo ngộ độc nấm rừng | Trung tâm Chống độc, Bệnh viện Bạch Mai tiếp nhận 3 bệnh nhân ở Lai Châu ngộ độc nặng sau khi ăn nấm rừng hái gần nhà, trong đó 1 người suy gan cấp phải lọc máu. | 2024-09-10 09:00 | Cảnh báo ngộ độc nấm rừng | Sở Y tế Lào Cai khuyến cáo người dân không hái, ăn nấm mọc hoang sau mưa lũ, sau khi ghi nhận 2 vụ ngộ độc nấm khiến 5 người phải nhập viện.
do-thi | 2024-03-29 16:00 | Phân luồng giao thông phục vụ giải chạy | Để phục vụ giải chạy Marathon mùa xuân Hà Nội sáng 31/3, một số tuyến phố quanh hồ Hoàn Kiếm sẽ tạm cấm phương tiện từ 4h30 đến 11h. | 2024-10-04 16:00 | Phân luồng giao thông phục vụ giải chạy | Sở Giao thông vận tải Hà Nội phân luồng, hạn chế phương tiện trên các tuyến đường quanh hồ Tây và khu vực Ba Đình để phục vụ giải chạy marathon quốc tế diễn ra sáng 6/10.
xa-hoi | 2024-02-23 09:00 | Hà Nội tổ chức phiên giao dịch việc làm | Phiên giao dịch việc làm đầu xuân tại quận Cầu Giấy thu hút hơn 50 doanh nghiệp tham gia tuyển dụng gần 6.000 vị trí, ưu tiên lao động có tay nghề trong lĩnh vực cơ khí, điện tử. | 2024-05-10 09:00 | Hà Nội tổ chức phiên giao dịch việc làm | Phiên giao dịch việc làm dành cho người khuyết tật tại huyện Đông Anh kết nối 30 doanh nghiệp với hơn 200 lao động, nhiều người được phỏng vấn và nhận việc ngay tại chỗ.
moi-truong | 2024-12-02 16:00 | Không khí lạnh tăng cường, Bắc Bộ chuyển rét | Từ đêm 3/12, không khí lạnh tăng cường ảnh hưởng đến Bắc Bộ, nhiệt độ thấp nhất tại Hà Nội 14-16 độ C, vùng núi phía Bắc có nơi dưới 10 độ C. | 2025-01-15 16:00 | Không khí lạnh tăng cường, Bắc Bộ chuyển rét | Một đợt không khí lạnh mới tràn xuống khiến miền Bắc rét đậm từ ngày 16/1; Hà Nội trời có mưa nhỏ rải rác, nhiệt độ thấp nhất 11-13 độ C.
the-thao | 2024-02-24 21:30 | CLB Hà Nội thắng đậm trên sân nhà | Tối 24/2, CLB Hà Nội đánh bại Hồng Lĩnh Hà Tĩnh với tỷ số 4-1 trên sân Hàng Đẫy, giành chiến thắng đầu tiên dưới thời tân huấn luyện viên trưởng. | 2024-10-20 21:30 | CLB Hà Nội thắng đậm trên sân nhà | CLB Hà Nội có chiến thắng 3-0 trước Quảng Nam trên sân Hàng Đẫy tối 20/10, qua đó vươn lên nhóm dẫn đầu bảng xếp hạng V.League 2024/25.
xa-hoi | 2024-03-12 10:00 | Trao nhà Đại đoàn kết cho hộ nghèo | Ủy ban MTTQ huyện Sóc Sơn trao kinh phí xây mới 10 căn nhà Đại đoàn kết cho hộ nghèo tại các xã Bắc Sơn, Nam Sơn, Minh Phú, mỗi căn được hỗ trợ 50 triệu đồng. | 2024-11-15 10:00 | Trao nhà Đại đoàn kết cho hộ nghèo | Nhân Ngày hội Đại đoàn kết toàn dân tộc, huyện Ứng Hòa bàn giao 8 căn nhà Đại đoàn kết đã hoàn thiện cho các hộ nghèo, hộ có hoàn cảnh đặc biệt khó khăn.
phap-luat | 2024-04-09 14:00 | Bắt quả tang đối tượng tàng trữ trái phép chất ma túy | Công an quận Long Biên bắt quả tang một đối tượng đang cất giấu 50 gói ma túy tổng hợp trong cốp xe máy để bán lẻ cho các con nghiện trên địa bàn phường Bồ Đề. | 2024-07-30 14:00 | Bắt quả tang đối tượng tàng trữ trái phép chất ma túy | Tổ công tác Công an huyện Gia Lâm kiểm tra hành chính một phòng trọ tại xã Kiêu Kỵ, phát hiện đối tượng đang tàng trữ hơn 100 gam ma túy đá.
giao-duc | 2024-01-10 11:00 | Hà Nội công bố lịch nghỉ Tết của học sinh | Sở GD&ĐT Hà Nội thông báo học sinh các cấp được nghỉ Tết Nguyên đán Giáp Thìn từ ngày 8/2 đến hết ngày 17/2/2024, sau đó trở lại trường học bình thường. | 2025-01-06 11:00 | Hà Nội công bố lịch nghỉ Tết của học sinh | Học sinh Hà Nội được nghỉ Tết Nguyên đán Ất Tỵ từ ngày 25/1 đến hết ngày 2/2/2025; các trường được yêu cầu không giao bài tập quá nhiều trong kỳ nghỉ.
do-thi | 2025-04-25 16:00 | Phân luồng giao thông phục vụ tổng duyệt diễu binh, diễu hành | Để phục vụ tổng duyệt Lễ diễu binh, diễu hành kỷ niệm 50 năm Ngày Giải phóng miền Nam, TP.HCM cấm phương tiện trên các tuyến đường Lê Duẩn, Tôn Đức Thắng, Nguyễn Thị Minh Khai từ tối 26/4. | 2025-08-28 16:00 | Phân luồng giao thông phục vụ tổng duyệt diễu binh, diễu hành | Công an TP Hà Nội thông báo cấm, hạn chế phương tiện trên nhiều tuyến phố quanh Quảng trường Ba Đình để phục vụ tổng duyệt Lễ diễu binh, diễu hành kỷ niệm 80 năm Quốc khánh.
"""

# ==========================================================================
# building the pairs
# ==========================================================================

KINDS_DUP = ["syndicated", "different_url_same_text", "nfd", "edited", "truncated_lead"]
KINDS_DISTINCT = [
    "daily_series",
    "numbered_series",
    "correction",
    "near_title",
    "short_title",
    "diacritics",
    "unrelated",
    "same_template_far_apart",
]

LINK_GROUPS = {
    "host": ["www", "m", "amphost"],
    "amp": ["amppath", "amp1"],
    "pathend": ["ampsuffix", "slash"],
    "query": ["utm", "fbclid", "zalo", "ref", "utm_social"],
    "scheme": ["http"],
    "frag": ["fragment"],
}
GROUP_OF = {v: g for g, vs in LINK_GROUPS.items() for v in vs}
#: primary variants, cycled so every kind of link noise occurs several times
PRIMARY = [
    "utm",
    "m",
    "amppath",
    "zalo",
    "fbclid",
    "http",
    "ampsuffix",
    "www",
    "ref",
    "amp1",
    "slash",
    "fragment",
    "amphost",
    "utm_social",
]


SERIES_MARK = re.compile(
    r"(Kỳ \d+|Kỳ cuối|Bài \d+|Phần \d+|Tập \d+|Chặng \d+|Đợt \d+|vòng \d+|ngày thi đấu thứ \d+"
    r"|[Nn]gày làm việc thứ \w+|[Nn]gày thi thứ \w+|[Nn]gày \d+(?=[:)])|\(ngày \d+\))"
)


def describe(names: list[str]) -> str:
    out = []
    for n in names:
        base = n.split(" (")[0]
        if base in LINK_NOTES:
            out.append(LINK_NOTES[base] + (" on the other side" if "(other side)" in n else ""))
        else:
            out.append(n)
    return ", ".join(out)


class Builder:
    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.used_ids: set[tuple[str, str]] = set()
        self.primary_i = 0
        self.t_used: Counter[str] = Counter()

    # ---------------------------------------------------------------- items
    def fmt(self, dt: datetime) -> str:
        if self.rng.random() < 0.06:  # same instant, written in UTC
            return dt.astimezone(UTC).isoformat()
        return dt.isoformat()

    def lead(self, site: str, text: str) -> str:
        return PREFIX.get(site, "") + text

    def item(
        self,
        source: str,
        sec: str,
        title: str,
        summary: str,
        dt: datetime,
        *,
        aid: str | None = None,
        link: str | None = None,
        guid: str | None = None,
    ) -> Item:
        site = site_of(source)
        if aid is None:
            aid = article_id(site, dt, self.rng)
            while (site, aid) in self.used_ids:  # two stories never share an article id
                aid = str(int(aid) + 1)
            self.used_ids.add((site, aid))
        canonical = article_url(site, slugify(title), aid, sec)
        if link is None:
            link = canonical
        if guid is None:
            guid = pick_guid(site, link, aid, self.rng)
        return {
            "source": source,
            "guid": guid,
            "link": link,
            "title": title,
            "summary": summary,
            "published": self.fmt(dt),
            "_aid": aid,
            "_canonical": canonical,
        }

    def link_variants(self, url: str, feed: str, extra_p: float = 0.4) -> tuple[str, list[str]]:
        primary = PRIMARY[self.primary_i % len(PRIMARY)]
        self.primary_i += 1
        names = [primary]
        if self.rng.random() < extra_p:
            others = [v for v in GROUP_OF if GROUP_OF[v] != GROUP_OF[primary]]
            names.append(self.rng.choice(others))
        for n in names:
            url = link_variant(url, n, self.rng, feed)
        return url, names

    def dup_delay(self) -> timedelta:
        r = self.rng.random()
        if r < 0.55:
            return timedelta(minutes=self.rng.randint(0, 120))
        if r < 0.85:
            return timedelta(minutes=self.rng.randint(121, 12 * 60))
        if r < 0.95:
            return timedelta(minutes=self.rng.randint(12 * 60, 48 * 60))
        return timedelta(minutes=self.rng.randint(48 * 60, 70 * 60))

    def feed(self, sec: str) -> str:
        return f"tttd-{sec}"

    def aggregator(self, sec: str) -> str:
        return self.rng.choice(["baomoi", f"baomoi-{sec}", f"docbao-{sec}", "baomoi", "docbao"])

    # ------------------------------------------------------- duplicate kinds
    def syndicated(
        self, i: int, sec: str, dt: datetime, title: str, text: str, origin: str
    ) -> tuple[Item, Item, str]:
        if origin != "tttd":
            src_a = f"{origin}-{sec}"
            a = self.item(src_a, sec, title, self.lead(origin, text), dt)
            b_src = self.rng.choice(["baomoi", f"baomoi-{sec}"])
            b = self.item(b_src, sec, title, a["summary"], dt + self.dup_delay())
            b["link"], names = self.link_variants(b["link"], b_src, 0.0)
            return (
                a,
                b,
                f"{origin} article republished verbatim by {b_src} under its own URL ({describe(names)})",
            )
        summary = self.lead("tttd", text)
        mode = self.rng.choices(
            ["all_vs_section", "section_vs_partner", "aggregator_pair"], [0.55, 0.25, 0.20]
        )[0]
        if mode == "all_vs_section":
            a = self.item("tttd-all", sec, title, summary, dt)
            b = self.item(
                self.feed(sec),
                sec,
                title,
                summary,
                dt + timedelta(seconds=self.rng.choice([0, 0, 0, 0, 30, 60, 300])),
                aid=a["_aid"],
            )
            a["link"], names = self.link_variants(a["_canonical"], "tttd-all")
            if self.rng.random() < 0.3:
                b["link"], more = self.link_variants(b["_canonical"], b["source"], 0.0)
                names += [f"{m} (other side)" for m in more]
            a["guid"] = self.rng.choice([a["link"], a["_aid"], ""])
            b["guid"] = self.rng.choice([b["_canonical"], f"tuoitrethudo.vn/{a['_aid']}"])
            if self.rng.random() < 0.2:
                b["summary"] = summary.replace(", ", ",  ", 1) + " "
                names.append("stray whitespace in summary")
            why = "same article in the site's all-feed and section feed"
            if names[-1] == "stray whitespace in summary":
                names.pop()
                why += " (section copy has stray whitespace in the summary)"
        elif mode == "section_vs_partner":
            a = self.item(self.feed(sec), sec, title, summary, dt)
            src_b = self.rng.choice(["baomoi", f"baomoi-{sec}"])
            b = self.item(src_b, sec, title, summary, dt + self.dup_delay())
            b["link"], names = self.link_variants(b["_canonical"], src_b, 0.2)
            why = f"TTTĐ article republished verbatim by {src_b} under its own URL"
        else:
            site = self.rng.choice(["baomoi", "docbao"])
            src_a, src_b = site, f"{site}-{sec}"
            a = self.item(src_a, sec, title, summary, dt)
            b = self.item(
                src_b,
                sec,
                title,
                summary,
                dt + timedelta(minutes=self.rng.randint(0, 30)),
                aid=a["_aid"],
            )
            if site == "baomoi" and self.rng.random() < 0.5:
                a["link"] = a["_canonical"] + f"?cat={sec}&src=rss"
                b["link"] = b["_canonical"] + f"?src=rss&cat={sec}"
                names = ["query param order"]
            else:
                a["link"], names = self.link_variants(a["_canonical"], src_a)
            a["guid"] = self.rng.choice([a["link"], ""])
            b["guid"] = self.rng.choice([b["link"], f"{site}:{a['_aid']}"])
            why = f"same {site} copy listed in its home feed and section feed"
        return a, b, f"{why}; link differs by {describe(names)}"

    TEXT_T: ClassVar[list[str]] = [
        "strip_prefix",
        "straight_quotes",
        "title_upper",
        "messy_space",
        "old_tone",
        "title_words",
        "dash",
        "ellipsis",
    ]

    def text_transform(
        self, name: str, title: str, summary: str, site: str
    ) -> tuple[str, str, str] | None:
        if name == "strip_prefix":
            p = PREFIX.get(site, "")
            if p and summary.startswith(p):
                return title, summary[len(p) :], f"lead prefix “{p.strip(' -')}” trimmed"
            return None
        if name == "straight_quotes":
            t, s = straight_quotes(title), straight_quotes(summary)
            return (t, s, "curly quotes straightened") if (t, s) != (title, summary) else None
        if name == "title_upper":
            return title.upper(), summary, "title upper-cased"
        if name == "title_words":
            return title.title(), summary, "title in Title Case"
        if name == "messy_space":
            return (
                messy_space(title, self.rng),
                messy_space(summary, self.rng),
                "extra/odd whitespace (double spaces, NBSP, trailing)",
            )
        if name == "old_tone":
            t, s = old_tone(title), old_tone(summary)
            return (
                (t, s, "old-style tone-mark placement (hoà, thuỷ)")
                if (t, s) != (title, summary)
                else None
            )
        if name == "dash":
            t, s = title.replace(" - ", " – "), summary.replace(" - ", " – ")
            return (
                (t, s, "hyphen dashes replaced by en dashes")
                if (t, s) != (title, summary)
                else None
            )
        if name == "ellipsis":
            t, s = title.replace("...", "…"), summary.replace("...", "…")
            return (t, s, "'...' written as '…'") if (t, s) != (title, summary) else None
        raise ValueError(name)

    def different_url(
        self, i: int, sec: str, dt: datetime, title: str, text: str, origin: str
    ) -> tuple[Item, Item, str]:
        src_a = self.feed(sec) if origin == "tttd" else f"{origin}-{sec}"
        a = self.item(src_a, sec, title, self.lead(origin, text), dt)
        src_b = self.aggregator(sec)
        t, s = a["title"], a["summary"]
        done: list[tuple[str, str]] = []
        applicable = [n for n in dict.fromkeys(self.TEXT_T) if self.text_transform(n, t, s, origin)]
        # the least used applicable transform first, so every kind of noise shows up
        applicable.sort(key=lambda n: (self.t_used[n], self.rng.random()))
        want = self.rng.choice([1, 1, 2, 2, 3])
        for name in applicable:
            if len(done) >= want:
                break
            if name in ("title_upper", "title_words") and any(
                d[0] in ("title_upper", "title_words") for d in done
            ):
                continue
            r = self.text_transform(name, t, s, origin)
            if r:
                t, s, what = r
                done.append((name, what))
                self.t_used[name] += 1
        b = self.item(src_b, sec, title, s, dt + self.dup_delay())
        b["title"] = t
        return (
            a,
            b,
            f"aggregator copy under an unrelated URL; text: {'; '.join(w for _, w in done)}",
        )

    def nfd_pair(
        self, i: int, sec: str, dt: datetime, title: str, text: str, origin: str
    ) -> tuple[Item, Item, str]:
        summary = self.lead(origin, text)
        a = self.item(self.feed(sec), sec, title, summary, dt)
        scope = ["title and summary", "title and summary", "title only", "summary only"][i % 4]
        if self.rng.random() < 0.5:
            b = self.item(
                "tttd-all",
                sec,
                title,
                summary,
                dt + timedelta(minutes=self.rng.choice([0, 0, 1, 5])),
                aid=a["_aid"],
            )
            b["guid"] = self.rng.choice([b["_canonical"], a["_aid"]])
            where = "same article in the all-feed"
            if self.rng.random() < 0.4:
                b["link"], names = self.link_variants(b["_canonical"], "tttd-all", 0.0)
                where += f" (link: {LINK_NOTES[names[0]]})"
        else:
            src_b = self.aggregator(sec)
            b = self.item(src_b, sec, title, summary, dt + self.dup_delay())
            where = f"{src_b} copy"
        if scope != "summary only":
            b["title"] = nfd(b["title"])
        if scope != "title only":
            b["summary"] = nfd(b["summary"])
        return a, b, f"{where}; {scope} decomposed (Unicode NFD), otherwise identical"

    def edited(
        self, i: int, sec: str, dt: datetime, t1: str, t2: str, text: str, edit: str, mode: str
    ) -> tuple[Item, Item, str]:
        summary = self.lead("tttd", text)
        summary2 = summary
        if edit:
            old, new = edit.split("=>")
            assert old in summary2, (old, summary2)
            summary2 = summary2.replace(old, new)
        later = dt + timedelta(minutes=self.rng.randint(10, 300))
        src_a = self.rng.choice([self.feed(sec), self.feed(sec), "tttd-all"])
        a = self.item(src_a, sec, t1, summary, dt)
        if mode == "same":
            same_src = self.rng.random() < 0.5
            src_b = src_a if same_src else ("tttd-all" if src_a != "tttd-all" else self.feed(sec))
            b = self.item(
                src_b,
                sec,
                t1,
                summary2,
                later,
                aid=a["_aid"],
                link=a["link"],
                guid=a["guid"] if same_src else None,
            )
            if self.rng.random() < 0.3:
                b["published"] = a["published"]  # the CMS kept the first publication time
            where = "same URL" + (" and guid in the same feed" if same_src else ", other feed")
        elif mode == "slug":
            b = self.item(
                self.rng.choice([src_a, "tttd-all"]), sec, t2, summary2, later, aid=a["_aid"]
            )
            where = "same article id, slug regenerated from the new title"
        else:
            src_b = self.aggregator(sec)
            b = self.item(src_b, sec, t2, summary2, later)
            where = f"edited version picked up by {src_b} under another URL"
        b["title"] = t2
        w1, w2 = t1.split(), t2.split()
        parts = []
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=w1, b=w2).get_opcodes():
            old_w, new_w = " ".join(w1[i1:i2]), " ".join(w2[j1:j2])
            if op == "insert":
                parts.append(f"added “{new_w}”")
            elif op == "delete":
                parts.append(f"removed “{old_w}”")
            elif op == "replace" and new_w.startswith(old_w.rstrip(",:”")):
                parts.append(f"added “{new_w[len(old_w.rstrip(',:”')) :].strip(' ,:”')}”")
            elif op == "replace":
                parts.append(f"“{old_w}” → “{new_w}”")
        lead_note = (
            f"; lead edited (“{edit.split('=>')[0]}” → “{edit.split('=>')[1]}”)"
            if edit
            else "; lead unchanged"
        )
        return a, b, f"re-edited title ({', '.join(parts)}){lead_note}; {where}"

    def truncated(
        self, i: int, sec: str, dt: datetime, title: str, text: str, origin: str
    ) -> tuple[Item, Item, str]:
        summary = self.lead(origin, text)
        src_a = self.feed(sec) if origin == "tttd" else f"{origin}-{sec}"
        a = self.item(src_a, sec, title, summary, dt)
        short = truncate(summary, self.rng)
        choice = i % 3
        if origin == "tttd" and choice == 0:
            b = self.item("tttd-all", sec, title, short, dt, aid=a["_aid"])
            b["link"], names = self.link_variants(b["_canonical"], "tttd-all", 0.0)
            where = f"all-feed with a shortened description ({LINK_NOTES[names[0]]})"
        else:
            src_b = self.aggregator(sec)
            b = self.item(src_b, sec, title, short, dt + self.dup_delay())
            where = f"{src_b} teaser"
        n_short = len(short.rstrip(".… ").split())
        return (
            a,
            b,
            f"{where}: lead cut after {n_short} of {len(summary.split())} words, ends with “{short[-3:].strip() if short.endswith('...') else '…'}”",
        )

    # -------------------------------------------------------- distinct kinds
    def distinct(self, kind: str, row: list[str]) -> tuple[Item, Item, str]:
        sec, dta, ta, la, dtb, tb, lb = row[:7]
        src_a = row[7] if len(row) > 7 else None
        src_b = row[8] if len(row) > 8 else None
        da = parse_dt(dta)
        db = rel_dt(da, dtb)
        if not src_a:
            src_a = self.feed(sec)
            if self.rng.random() < 0.15:
                src_a = "tttd-all"
        if not src_b:
            src_b = self.feed(sec)
            if self.rng.random() < 0.15:
                src_b = "tttd-all"
        a = self.item(src_a, sec, ta, self.lead(site_of(src_a), la), da)
        b = self.item(src_b, sec, tb, self.lead(site_of(src_b), lb), db)
        gap = abs(db - da)
        hours = gap.total_seconds() / 3600
        if hours < 1:
            when = f"{gap.seconds // 60} min apart"
        elif hours < 48:
            when = f"{hours:.0f} h apart"
        else:
            when = f"{gap.days} days apart"
        if kind == "daily_series":
            if ta == tb:
                same = "identical titles"
            elif self.only_numbers_differ(ta, tb):
                same = "titles differ only in the date"
            else:
                same = "similar titles, next edition"
            note = f"periodic bulletin, two editions ({same}), different figures; {when}"
        elif kind == "numbered_series":
            ma, mb = SERIES_MARK.search(ta), SERIES_MARK.search(tb)
            marks = f" (“{ma.group(0)}” vs “{mb.group(0)}”)" if ma and mb else ""
            note = f"different installments of one series{marks}; {when}"
        elif kind == "correction":
            if tb.startswith("Đính chính") or "Đính chính" in tb:
                note = f"original article vs a separate correction notice; {when}"
            elif "Cập nhật" in tb:
                note = f"original report vs a later update article with new facts; {when}"
            else:
                note = f"original report vs follow-up article on the same incident; {when}"
        elif kind == "near_title":
            note = f"near-identical headlines about different places/events ({self.word_diff(ta, tb)}); {when}"
        elif kind == "short_title":
            note = f"generic headline “{ta}” on both, different content; {when}"
        elif kind == "diacritics":
            note = f"titles equal once diacritics are stripped ({self.word_diff(ta, tb)}), different stories; {when}"
        elif kind == "unrelated":
            note = f"unrelated stories from the same site, {when}"
        elif kind == "same_template_far_apart":
            note = f"recurring headline reused {gap.days} days later for a different event"
        else:
            raise ValueError(kind)
        return a, b, note

    @staticmethod
    def only_numbers_differ(ta: str, tb: str) -> bool:
        w1, w2 = ta.split(), tb.split()
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=w1, b=w2).get_opcodes():
            if op != "equal" and not all(re.search(r"\d", w) for w in w1[i1:i2] + w2[j1:j2]):
                return False
        return True

    @staticmethod
    def word_diff(ta: str, tb: str) -> str:
        w1, w2 = ta.split(), tb.split()
        parts = []
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=w1, b=w2).get_opcodes():
            if op != "equal":
                parts.append(
                    f"“{' '.join(w1[i1:i2]).strip(',:;')}” vs “{' '.join(w2[j1:j2]).strip(',:;')}”"
                )
        return ", ".join(parts)


def build(seed: int = SEED) -> list[Record]:
    bld = Builder(seed)
    rng = bld.rng
    pairs: list[tuple[str, str, Item, Item, str]] = []

    def add(label: str, kind: str, a: Item, b: Item, note: str, swap_p: float = 0.3) -> None:
        if rng.random() < swap_p:
            a, b = b, a
        pairs.append((label, kind, a, b, note))

    for i, r in enumerate(rows(SYNDICATED)):
        sec, dt, title, text = r[:4]
        origin = r[4] if len(r) > 4 else "tttd"
        add("duplicate", "syndicated", *bld.syndicated(i, sec, parse_dt(dt), title, text, origin))
    for i, r in enumerate(rows(DIFFERENT_URL)):
        sec, dt, title, text = r[:4]
        origin = r[4] if len(r) > 4 else "tttd"
        add(
            "duplicate",
            "different_url_same_text",
            *bld.different_url(i, sec, parse_dt(dt), title, text, origin),
        )
    for i, r in enumerate(rows(NFD_STORIES)):
        sec, dt, title, text = r[:4]
        add("duplicate", "nfd", *bld.nfd_pair(i, sec, parse_dt(dt), title, text, "tttd"))
    for i, r in enumerate(rows(EDITED)):
        sec, dt, t1, t2, text, edit, mode = r
        add("duplicate", "edited", *bld.edited(i, sec, parse_dt(dt), t1, t2, text, edit, mode))
    for i, r in enumerate(rows(TRUNCATED)):
        sec, dt, title, text = r[:4]
        origin = r[4] if len(r) > 4 else "tttd"
        add(
            "duplicate",
            "truncated_lead",
            *bld.truncated(i, sec, parse_dt(dt), title, text, origin),
            swap_p=0.4,
        )

    for kind, block in [
        ("daily_series", DAILY_SERIES),
        ("numbered_series", NUMBERED_SERIES),
        ("correction", CORRECTION),
        ("near_title", NEAR_TITLE),
        ("short_title", SHORT_TITLE),
        ("diacritics", DIACRITICS),
        ("unrelated", UNRELATED),
        ("same_template_far_apart", FAR_APART),
    ]:
        for r in rows(block):
            add("distinct", kind, *bld.distinct(kind, r), swap_p=0.25)

    rng.shuffle(pairs)
    out = []
    for n, (label, kind, a, b, note) in enumerate(pairs, 1):
        clean = [{k: v for k, v in x.items() if not k.startswith("_")} for x in (a, b)]
        out.append(
            {
                "id": f"p{n:04d}",
                "label": label,
                "kind": kind,
                "note": note,
                "a": clean[0],
                "b": clean[1],
            }
        )
    return out


def dumps(records: list[Record]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ==========================================================================
# validation
# ==========================================================================

FIELDS = ("source", "guid", "link", "title", "summary", "published")


def _is_nfc(s: str) -> bool:
    return unicodedata.is_normalized("NFC", s)


def validate(lines: list[str]) -> Counter[tuple[str, str]]:
    """Raise AssertionError on the first problem; return counts per (label, kind)."""
    seen: set[str] = set()
    counts: Counter[tuple[str, str]] = Counter()
    for n, line in enumerate(lines, 1):
        rec = json.loads(line)
        where = f"line {n} ({rec.get('id')})"
        assert set(rec) == {"id", "label", "kind", "note", "a", "b"}, where
        assert re.fullmatch(r"p\d{4}", rec["id"]) and rec["id"] not in seen, where
        seen.add(rec["id"])
        label, kind = rec["label"], rec["kind"]
        assert (label == "duplicate" and kind in KINDS_DUP) or (
            label == "distinct" and kind in KINDS_DISTINCT
        ), where
        assert isinstance(rec["note"], str) and rec["note"].strip(), where
        a, b = rec["a"], rec["b"]
        for side in (a, b):
            assert set(side) == set(FIELDS), where
            assert all(isinstance(side[f], str) for f in FIELDS), where
            assert side["link"].startswith(("http://", "https://")), where
            assert side["title"].strip() and side["summary"].strip() and side["source"], where
            dt = datetime.fromisoformat(side["published"])
            assert dt.utcoffset() is not None, where
        gap = abs(datetime.fromisoformat(a["published"]) - datetime.fromisoformat(b["published"]))
        if label == "duplicate":
            assert gap <= timedelta(hours=72), where
        if kind == "same_template_far_apart":
            assert gap > timedelta(hours=72), where
        if kind == "nfd":
            non_nfc = [s for s in (a, b) if not (_is_nfc(s["title"]) and _is_nfc(s["summary"]))]
            assert len(non_nfc) == 1, where
            for f in ("title", "summary"):
                assert unicodedata.normalize("NFC", a[f]) == unicodedata.normalize("NFC", b[f]), (
                    where
                )
        else:
            for s in (a, b):
                assert _is_nfc(s["title"]) and _is_nfc(s["summary"]), where
        if kind == "truncated_lead":
            short, full = sorted((a["summary"], b["summary"]), key=len)
            assert short.endswith(("...", "…")), where
            assert full.startswith(short.rstrip(".… ")), where
            assert a["title"] == b["title"], where
        if kind in ("syndicated", "nfd", "truncated_lead"):
            assert a["title"] == b["title"] or kind == "nfd", where
        if kind == "syndicated":
            assert a["link"] != b["link"], where
        if label == "distinct":
            assert a["link"] != b["link"], where
            assert (a["title"], a["summary"]) != (b["title"], b["summary"]), where
            assert not (a["guid"] and a["guid"] == b["guid"]), where
        counts[(label, kind)] += 1
    return counts


def report(counts: Counter[tuple[str, str]]) -> str:
    total = sum(counts.values())
    lines = [f"{total} pairs"]
    for label, kinds in (("duplicate", KINDS_DUP), ("distinct", KINDS_DISTINCT)):
        n = sum(counts[(label, k)] for k in kinds)
        lines.append(f"  {label}: {n} ({100 * n / total:.1f}%)")
        for k in kinds:
            lines.append(f"    {k}: {counts[(label, k)]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--check",
        action="store_true",
        help="do not write; verify pairs.jsonl is up to date and valid",
    )
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    text = dumps(build())
    if args.check:
        current = args.out.read_text(encoding="utf-8")
        if current != text:
            print(f"{args.out} is out of date; run {Path(__file__).name}", file=sys.stderr)
            return 1
    else:
        args.out.write_text(text, encoding="utf-8")
    counts = validate(args.out.read_text(encoding="utf-8").split("\n")[:-1])
    print(report(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
