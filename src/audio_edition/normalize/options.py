"""Reading options shared by the normalization rules."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Options:
    """How numbers are read. The default is the northern newsreader's reading."""

    thousand: str = "nghìn"  # "ngàn" in the south
    zero_tens: str = "linh"  # "lẻ" in the south: 105 = một trăm linh năm / lẻ năm
    four_after_tens: str = "tư"  # 24 = hai mươi tư / hai mươi bốn

    @classmethod
    def southern(cls) -> Options:
        return cls(thousand="ngàn", zero_tens="lẻ", four_after_tens="bốn")


NORTHERN = Options()
SOUTHERN = Options.southern()
