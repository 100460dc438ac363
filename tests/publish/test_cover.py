from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from audio_edition.errors import InputError
from audio_edition.publish.cover import load_cover, title_card


def test_title_card_is_a_square_jpeg_of_1400_px() -> None:
    card = title_card("Tổ Quốc", "Bộ TTTT đã hoàn thiện dự thảo Bộ quy tắc ứng xử")
    image = Image.open(io.BytesIO(card.data))
    assert card.mime == "image/jpeg" and image.format == "JPEG"
    assert image.size == (1400, 1400)


def test_diacritics_are_drawn_not_dropped() -> None:
    """Every tone mark and vowel mark changes the picture: the font has the letters."""
    base = np.asarray(Image.open(io.BytesIO(title_card("Báo", "Viet Nam a o u d").data)).convert("L"), dtype=float)
    marked = np.asarray(Image.open(io.BytesIO(title_card("Báo", "Việt Nam ầ ở ữ đ").data)).convert("L"), dtype=float)
    diff = np.abs(base - marked) > 60
    assert diff.sum() > 2000  # the marks add visible ink
    assert diff[200:700].sum() > 0.9 * diff.sum()  # all of it in the headline's lines


def test_a_long_headline_still_fits() -> None:
    card = title_card("Tổ Quốc", " ".join(["Bộ Thông tin và Truyền thông hoàn thiện dự thảo"] * 6))
    pixels = np.asarray(Image.open(io.BytesIO(card.data)).convert("L"))
    assert pixels[1300:, :].mean() == pytest.approx(pixels[1395:, :].mean(), abs=8)  # nothing drawn off the bottom


def test_user_cover_must_be_an_image(tmp_path: Path) -> None:
    png = tmp_path / "c.png"
    Image.new("RGB", (1400, 1400), (1, 2, 3)).save(png)
    assert load_cover(png).mime == "image/png"
    bad = tmp_path / "c.jpg"
    bad.write_text("not an image", encoding="utf-8")
    with pytest.raises(InputError, match="not a readable image"):
        load_cover(bad)
