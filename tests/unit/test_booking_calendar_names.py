"""The booking calendar's header: both years when a page spans two, weekday abbreviations distinct."""

from __future__ import annotations

from datetime import date

import pytest

from helpdesk_bot.telegram.handlers.booking_calendar import calendar_title, weekday_headers

LANGUAGES = ("pl", "cs", "sl", "de", "lt", "sv", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_weekday_abbreviations_are_distinct_within_a_week(lang: str) -> None:
    names = weekday_headers(lang)
    assert len(names) == 7
    assert len({n.casefold() for n in names}) == 7, names
    assert all(1 < len(n) <= 5 for n in names), names


def test_polish_weekdays_as_polish_calendars_write_them() -> None:
    assert weekday_headers("pl") == ["pon", "wt", "śr", "czw", "pt", "sob", "niedz"]


def test_abbreviations_carry_no_dot() -> None:
    assert weekday_headers("de")[:2] == ["Mo", "Di"]
    assert weekday_headers("sl")[0] == "pon"


def test_a_page_across_new_year_names_both_years() -> None:
    assert calendar_title(date(2026, 12, 8), date(2027, 1, 5), "pl") == "grudzień 2026 – styczeń 2027"
    assert calendar_title(date(2026, 12, 8), date(2027, 1, 5), "en") == "December 2026 – January 2027"


def test_one_year_names_it_once() -> None:
    assert calendar_title(date(2026, 11, 23), date(2026, 12, 20), "de") == "November – Dezember 2026"
    assert calendar_title(date(2026, 11, 2), date(2026, 11, 29), "cs") == "listopad 2026"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_names_both_years(lang: str) -> None:
    title = calendar_title(date(2026, 12, 28), date(2027, 1, 31), lang)
    assert "2026" in title and "2027" in title
