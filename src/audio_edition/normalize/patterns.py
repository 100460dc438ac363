"""Regular-expression pieces shared by the rules."""

from __future__ import annotations

# A number as Vietnamese news writes it: 1.000.000 / 1 000 000 / 3,5 / 2018.
NUM = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?: \d{3})+(?![\d,])|\d+(?:,\d+)?)"
# Not glued to a word, a decimal or a slash on the left.
START = r"(?<![\w.,/])"
# Not continued by a word, a slash or more decimals on the right.
END = r"(?![\w/]|[.,]\d)"
DASH = r"\s?[-–—]\s?"
# A kitchen's measures: "1.5 muỗng", "1/3 chén"
KITCHEN_MEASURES = ("muỗng", "thìa", "chén", "bát", "cốc", "ly", "tách")
