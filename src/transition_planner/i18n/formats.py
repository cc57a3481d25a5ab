"""Dates, numbers and money in the language of the process (SPEC §6: they follow the language).

English: 16 Oct 2019, 1,200, 12.5, $1,234,567. French: 16 oct. 2019, 1 200, 12,5, 1 234 567 $ US
(thousands separated by a no-break space, so a number never breaks across lines).
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
}
_MONTHS_LONG = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}
_NBSP = "\u00a0"


def _lang(lang: str | None) -> str:
    if lang is None:
        from . import language

        return language()
    return lang


def month_names(lang: str | None = None, *, long: bool = False) -> tuple[str, ...]:
    """The twelve month names (abbreviated unless `long`)."""
    table = _MONTHS_LONG if long else _MONTHS
    return table.get(_lang(lang), table["en"])


def format_day(day: date, lang: str | None = None) -> str:
    """'16 Oct 2019' / '16 oct. 2019'; the first of a month in French is '1er'."""
    lang = _lang(lang)
    month = month_names(lang)[day.month - 1]
    first = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{first} {month} {day.year}"


def format_month(day: date, lang: str | None = None) -> str:
    """'Oct 2019' / 'oct. 2019'."""
    return f"{month_names(lang)[day.month - 1]} {day.year}"


def format_number(value: float | int | Fraction, lang: str | None = None) -> str:
    """1200 → '1,200' / '1 200'; 12.5 → '12.5' / '12,5' (at most two decimals)."""
    number = float(value)
    text = f"{int(number):,}" if number.is_integer() else f"{number:,.2f}".rstrip("0").rstrip(".")
    if _lang(lang) == "fr":
        text = text.replace(",", _NBSP).replace(".", ",")
    return text


def format_score(value: float, sign: bool = False, lang: str | None = None) -> str:
    """A continuity score (or a difference of two) to one decimal: '97.5' / '97,5', '+2.0'."""
    text = f"{value:+.1f}" if sign else f"{value:.1f}"
    return text.replace(".", ",") if _lang(lang) == "fr" else text


def format_percent(fraction: float, lang: str | None = None) -> str:
    """0.5 → '50%' / '50 %'."""
    text = format_number(round(fraction * 100, 2), lang)
    return f"{text}{_NBSP}%" if _lang(lang) == "fr" else f"{text}%"


def format_usd(amount: float | int | Fraction, lang: str | None = None) -> str:
    """'$1,234,567' / '1 234 567 $ US' (whole dollars)."""
    whole = format_number(round(float(amount)), lang)
    return f"{whole}{_NBSP}$ US" if _lang(lang) == "fr" else f"${whole}"
