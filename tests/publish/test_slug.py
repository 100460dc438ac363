from __future__ import annotations

import re

import pytest

from audio_edition.publish.slug import slugify


@pytest.mark.parametrize(
    ("headline", "slug"),
    [
        ("Bộ TTTT đã hoàn thiện dự thảo", "bo-tttt-da-hoan-thien-du-thao"),
        ("Đường dây nóng: 1900 6060!", "duong-day-nong-1900-6060"),
        ("Mưa lũ miền Trung: hơn 2.000 hộ dân phải sơ tán", "mua-lu-mien-trung-hon-2-000-ho-dan-phai-so-tan"),
        ("../../etc/passwd", "etc-passwd"),
        ("“”…", "article"),
    ],
)
def test_slug_is_ascii_and_safe(headline: str, slug: str) -> None:
    assert slugify(headline) == slug


def test_long_headlines_are_cut_at_a_word() -> None:
    slug = slugify(
        "Bộ TTTT đã hoàn thiện dự thảo Bộ quy tắc ứng xử cho các nhà cung cấp dịch vụ, "
        "người sử dụng mạng xã hội tại Việt Nam"
    )
    assert len(slug) <= 80 and re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug)
    assert slug.startswith("bo-tttt-da-hoan-thien")
