"""Vietnamese cardinal numbers, decimals and digit strings as a newsreader says them.

Rules (Vietnamese grammar, checked against textbook readings):
- 10 is "mười", tens from 20 are "X mươi";
- after "mươi", 1 is "mốt", 4 is "tư" (or "bốn"), 5 is "lăm"; after "mười", 5 is "lăm";
- a zero tens digit before a unit is "linh" (or "lẻ"): 105 = một trăm linh năm;
- inside a larger number a group below 100 is read with "không trăm":
  2018 = hai nghìn không trăm mười tám; all-zero groups are skipped.
"""

from __future__ import annotations

import re

from .options import NORTHERN, Options

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
SCALES = ((10**9, "tỷ"), (10**6, "triệu"), (10**3, None))  # None: the thousand word


def read_below_1000(n: int, opts: Options = NORTHERN, inner: bool = False) -> str:
    """Read 0..999; `inner` means the group follows a larger group (2018 -> ...không trăm...)."""
    hundreds, rest = divmod(n, 100)
    tens, unit = divmod(rest, 10)
    out: list[str] = []
    if hundreds or (inner and rest):
        out += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if unit and out:
            out += [opts.zero_tens, DIGITS[unit]]
        elif unit or not out:
            out.append(DIGITS[unit])
        return " ".join(out)
    if tens == 1:
        out.append("mười")
        if unit:
            out.append("lăm" if unit == 5 else DIGITS[unit])
        return " ".join(out)
    out += [DIGITS[tens], "mươi"]
    if unit == 1:
        out.append("mốt")
    elif unit == 4:
        out.append(opts.four_after_tens)
    elif unit == 5:
        out.append("lăm")
    elif unit:
        out.append(DIGITS[unit])
    return " ".join(out)


def read_int(n: int, opts: Options = NORTHERN) -> str:
    """Read any integer (negative numbers with "âm")."""
    if n < 0:
        return "âm " + read_int(-n, opts)
    return _read(n, opts, inner=False)


def _read(n: int, opts: Options, inner: bool) -> str:
    if n < 1000:
        return read_below_1000(n, opts, inner)
    for scale, word in SCALES:
        if n >= scale:
            high, low = divmod(n, scale)
            name = word or opts.thousand
            head = _read(high, opts, inner)
            if low == 0:
                return f"{head} {name}"
            return f"{head} {name} {_read(low, opts, inner=True)}"
    raise AssertionError("unreachable")


def read_digits(digits: str) -> str:
    """Read a digit string one digit at a time (phone numbers, codes, leading zeros)."""
    return " ".join(DIGITS[int(d)] for d in digits if d.isdigit())


def read_fraction_digits(digits: str, opts: Options = NORTHERN) -> str:
    """The part after a decimal comma: leading zeros one by one, then the rest as a number."""
    stripped = digits.lstrip("0")
    zeros = ["không"] * (len(digits) - len(stripped))
    if not stripped:
        return " ".join(zeros)
    if len(stripped) > 3:
        return " ".join(zeros + [read_digits(stripped)])
    return " ".join(zeros + [read_below_1000(int(stripped), opts)])


def read_decimal(integer: str, fraction: str, opts: Options = NORTHERN) -> str:
    """A decimal written "3,25" as "ba phẩy hai mươi lăm"."""
    return f"{read_int(int(integer), opts)} phẩy {read_fraction_digits(fraction, opts)}"


# Digits beyond this are no amount a newsreader reads as a number (a trillion has 13); Python
# also refuses to turn over 4,300 digits into an int.
_LONGEST_NUMBER = 15


def read_number(token: str, opts: Options = NORTHERN) -> str:
    """Read a number as written in Vietnamese: "1.000.000", "1 000 000", "3,5", "2018", "06"."""
    token = token.strip()
    negative = token.startswith(("-", "−"))
    body = token.lstrip("-−")
    if "," in body:
        integer, fraction = body.split(",", 1)
        spoken = read_decimal(integer.replace(".", "").replace(" ", ""), fraction, opts)
    else:
        digits = body.replace(".", "").replace(" ", "")
        if len(digits) > 1 and digits.startswith("0"):
            spoken = read_digits(digits)
        elif len(digits) > _LONGEST_NUMBER:  # no amount: a code or a run of digits, in groups of three
            spoken = ", ".join(read_digits(digits[i : i + 3]) for i in range(0, len(digits), 3))
        else:
            spoken = read_int(int(digits), opts)
    return ("âm " + spoken) if negative else spoken


def read_ordinal(n: int, opts: Options = NORTHERN) -> str:
    """The word after "thứ": thứ nhất, thứ hai, thứ tư, thứ mười."""
    if n == 1:
        return "nhất"
    if n == 4:
        return "tư"
    return read_int(n, opts)


def read_month(n: int, opts: Options = NORTHERN) -> str:
    """Month names are numbers, except that April is "tháng tư"."""
    return "tư" if n == 4 else read_int(n, opts)


def read_fraction(numerator: int, denominator: int, opts: Options = NORTHERN) -> str:
    """ "1/3" -> "một phần ba", "3/4" -> "ba phần tư"."""
    below = "tư" if denominator == 4 else read_int(denominator, opts)
    return f"{read_int(numerator, opts)} phần {below}"


ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_value(text: str) -> int | None:
    """The value of a well-formed Roman numeral (I..MMMCMXCIX), else None."""
    if not text or not re.fullmatch(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})", text):
        return None
    total = 0
    for i, ch in enumerate(text):
        value = ROMAN[ch]
        total += -value if i + 1 < len(text) and ROMAN[text[i + 1]] > value else value
    return total
