"""Cover art: the user's image, or a square title card with the outlet and the headline.

The card is drawn with Source Sans Pro (from the font-source-sans-pro wheel), which has
every precomposed Vietnamese letter, so diacritics render as the reader expects.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..files import read_named_file

CARD_SIZE_PX = 1400  # Apple Podcasts asks for 1400-3000 px square artwork
_BACKGROUND = (17, 38, 68)
_ACCENT = (230, 57, 70)
_TEXT = (255, 255, 255)
_MUTED = (180, 196, 214)


@dataclass(frozen=True, slots=True)
class Cover:
    """An episode's cover art: the image bytes and their type (JPEG or PNG)."""

    data: bytes
    mime: str  # image/jpeg or image/png

    @property
    def suffix(self) -> str:
        return ".png" if self.mime == "image/png" else ".jpg"


def _font(weight: str, size: int):  # type: ignore[no-untyped-def]
    import font_source_sans_pro
    from PIL import ImageFont

    path = Path(font_source_sans_pro.__file__).parent / "files" / f"SourceSansPro-{weight}.ttf"
    return ImageFont.truetype(str(path), size)


def _wrap(text: str, font, width_px: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Greedy word wrap measured in pixels."""
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(f"{lines[-1]} {word}") <= width_px:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def title_card(outlet: str | None, headline: str, label: str = "") -> Cover:
    """A square JPEG with the outlet (or newsroom) at the top, the headline as large as fits, and
    a label at the bottom; never the tool's own name."""
    from PIL import Image, ImageDraw

    size, margin = CARD_SIZE_PX, 110
    image = Image.new("RGB", (size, size), _BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((margin, margin, margin + 160, margin + 14), fill=_ACCENT)
    if outlet:
        draw.text((margin, margin + 50), outlet.upper(), font=_font("Bold", 64), fill=_MUTED)
    for font_size in (120, 104, 92, 80, 70, 62, 54):
        font = _font("Bold", font_size)
        lines = _wrap(headline, font, size - 2 * margin)
        height = len(lines) * int(font_size * 1.22)
        if height <= size - 2 * margin - 330:
            break
    else:
        lines = textwrap.wrap(headline, 40)[:9]
    y = margin + 230
    for line in lines:
        draw.text((margin, y), line, font=font, fill=_TEXT)
        y += int(font_size * 1.22)
    if label:
        draw.text((margin, size - margin - 60), label, font=_font("Semibold", 52), fill=_ACCENT)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=88, optimize=True)
    return Cover(out.getvalue(), "image/jpeg")


def load_cover(path: Path) -> Cover:
    """The user's cover image; it must be a JPEG or PNG."""
    from PIL import Image, UnidentifiedImageError

    data = read_named_file(path, "cover image", 32 << 20)
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            width, height = image.size
    except Image.DecompressionBombError as exc:
        raise InputError(f"{path}: the cover image is too large to open ({exc})") from exc
    except (OSError, UnidentifiedImageError) as exc:
        raise InputError(f"{path}: not a readable image") from exc
    if kind not in ("JPEG", "PNG"):
        raise InputError(f"{path}: cover art must be JPEG or PNG, not {kind}")
    if width != height or width < 1400:
        import logging

        logging.getLogger(__name__).warning(
            "%s is %dx%d; podcast apps want a square image of at least 1400 px", path, width, height
        )
    return Cover(data, "image/jpeg" if kind == "JPEG" else "image/png")


THUMB_PX = 112  # the list shows covers at 56 CSS pixels: twice that for sharp phone screens


def thumbnail(data: bytes) -> bytes:
    """A small square JPEG of a cover, for lists (a 1400 px cover is over 100 times as many bytes)."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        small = image.convert("RGB")
        small.thumbnail((THUMB_PX, THUMB_PX))
        out = io.BytesIO()
        small.save(out, format="JPEG", quality=82, optimize=True)
    return out.getvalue()
