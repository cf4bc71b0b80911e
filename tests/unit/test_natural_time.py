"""The moments staff type in each of the 7 languages, read with a fixed clock in their time zone."""

import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from helpdesk_bot.events.natural_time import example_moment, parse_moment

WARSAW = ZoneInfo("Europe/Warsaw")
NOW = datetime(2026, 12, 7, 13, 30, tzinfo=ZoneInfo("UTC"))  # Monday 7 December, 14:30 in Warsaw


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=WARSAW)


TOMORROW_9 = _at(8, 9)
FRIDAY_10 = _at(11, 10)
IN_2_HOURS = _at(7, 16, 30)

CASES = {
    "pl": {"jutro 9:00": TOMORROW_9, "jutro o 9": TOMORROW_9, "jutro o godz. 9": TOMORROW_9,
           "w piątek 10:00": FRIDAY_10, "piątek o 10": FRIDAY_10, "za 2 godziny": IN_2_HOURS,
           "pojutrze 10:00": _at(9, 10), "15 grudnia 10:00": _at(15, 10), "dziś 18:00": _at(7, 18)},
    "cs": {"zítra v 9": TOMORROW_9, "zítra v 9:00": TOMORROW_9, "zítra v 9 hodin": TOMORROW_9,
           "v pátek v 10": FRIDAY_10, "pátek 10:00": FRIDAY_10, "za 2 hodiny": IN_2_HOURS,
           "pozítří 10:00": _at(9, 10), "15. prosince 10:00": _at(15, 10)},
    "sl": {"jutri ob 9h": TOMORROW_9, "jutri ob 9": TOMORROW_9, "jutri ob 9:00": TOMORROW_9,
           "v petek ob 10": FRIDAY_10, "petek 10:00": FRIDAY_10, "čez 2 uri": IN_2_HOURS,
           "pojutrišnjem ob 10h": _at(9, 10), "v soboto ob 9h": _at(12, 9), "danes ob 18:00": _at(7, 18)},
    "de": {"morgen 9 Uhr": TOMORROW_9, "morgen um 9 Uhr": TOMORROW_9, "morgen 9:00": TOMORROW_9,
           "Freitag 10 Uhr": FRIDAY_10, "am Freitag um 10:00": FRIDAY_10, "in 2 Stunden": IN_2_HOURS,
           "übermorgen 10:00": _at(9, 10), "heute 18:00": _at(7, 18)},
    "lt": {"rytoj 9:00": TOMORROW_9, "rytoj 9 val.": TOMORROW_9, "penktadienį 10:00": FRIDAY_10,
           "penktadienis 10:00": FRIDAY_10, "po 2 valandų": IN_2_HOURS, "poryt 10:00": _at(9, 10),
           "šiandien 18:00": _at(7, 18)},
    "sv": {"imorgon 9:00": TOMORROW_9, "i morgon 9:00": TOMORROW_9, "imorgon kl 9": TOMORROW_9,
           "imorgon kl. 9": TOMORROW_9, "fredag 10:00": FRIDAY_10, "på fredag kl 10": FRIDAY_10,
           "om 2 timmar": IN_2_HOURS, "i övermorgon 10:00": _at(9, 10), "idag 18:00": _at(7, 18)},
    "en": {"tomorrow 9am": TOMORROW_9, "tomorrow at 9:00": TOMORROW_9, "tomorrow at 9": TOMORROW_9,
           "friday 10am": FRIDAY_10, "on Friday at 10:00": FRIDAY_10, "in 2 hours": IN_2_HOURS,
           "in two hours": IN_2_HOURS, "next monday 9:00": _at(14, 9), "today 6pm": _at(7, 18)},
}


@pytest.mark.parametrize(("language", "text", "expected"),
                         [(lang, text, when) for lang, forms in CASES.items() for text, when in forms.items()])
def test_every_form_of_every_language_is_read_in_the_persons_zone(language: str, text: str,
                                                                  expected: datetime) -> None:
    parsed = parse_moment(text, language=language, timezone="Europe/Warsaw", now=NOW)
    assert parsed.problem is None, (language, text)
    assert parsed.moment == expected, (language, text, parsed.moment)
    assert parsed.moment is not None and parsed.moment.tzinfo == WARSAW


@pytest.mark.parametrize("language", list(CASES))
def test_iso_and_day_month_year_keep_working_in_every_language(language: str) -> None:
    for text in ("2026-12-10 10:00", "2026-12-10T10:00", "10.12.2026 10:00"):
        assert parse_moment(text, language=language, timezone="Europe/Warsaw", now=NOW).moment == _at(10, 10)


def test_english_works_whatever_the_staff_members_language() -> None:
    assert parse_moment("tomorrow 9am", language="lt", timezone="Europe/Warsaw", now=NOW).moment == TOMORROW_9


@pytest.mark.parametrize(("language", "text"), [
    ("pl", "wczoraj 12:00"), ("pl", "dziś 9:00"), ("en", "2026-12-01 09:00"), ("de", "gestern 9 Uhr"),
    ("en", "yesterday at noon"), ("cs", "1.12.2026 9:00"),
])
def test_past_moments_are_refused_as_past(language: str, text: str) -> None:
    parsed = parse_moment(text, language=language, timezone="Europe/Warsaw", now=NOW)
    assert (parsed.moment, parsed.problem) == (None, "past")


@pytest.mark.parametrize(("language", "text"), [
    ("pl", "jutro"), ("en", "friday"), ("de", "morgen"), ("pl", "15 grudnia"), ("pl", "w piątek 10"),
    ("sv", "imorgon"), ("sl", "jutri"),
])
def test_a_day_without_a_time_of_day_is_ambiguous(language: str, text: str) -> None:
    parsed = parse_moment(text, language=language, timezone="Europe/Warsaw", now=NOW)
    assert (parsed.moment, parsed.problem) == (None, "ambiguous")


@pytest.mark.parametrize("text", ["", "blah", "jutro 25:00", "tomorrow 13pm", "9:75"])
def test_unreadable_text_is_said_to_be_unreadable(text: str) -> None:
    parsed = parse_moment(text, language="pl", timezone="Europe/Warsaw", now=NOW)
    assert parsed.moment is None and parsed.problem in ("unreadable", "ambiguous")


def test_a_bare_time_is_its_next_occurrence() -> None:
    assert parse_moment("18:00", language="pl", timezone="Europe/Warsaw", now=NOW).moment == _at(7, 18)
    assert parse_moment("9:00", language="pl", timezone="Europe/Warsaw", now=NOW).moment == TOMORROW_9


def test_the_persons_zone_decides_the_moment() -> None:
    vilnius = parse_moment("rytoj 9:00", language="lt", timezone="Europe/Vilnius", now=NOW).moment
    assert vilnius == datetime(2026, 12, 8, 9, 0, tzinfo=ZoneInfo("Europe/Vilnius"))
    assert vilnius is not None and vilnius - TOMORROW_9 == timedelta(hours=-1)


def test_the_example_is_tomorrow_at_nine_in_the_persons_zone() -> None:
    assert example_moment(NOW, "Europe/Warsaw") == TOMORROW_9
    late = datetime(2026, 12, 7, 23, 30, tzinfo=ZoneInfo("UTC"))  # already 8 December in Warsaw
    assert example_moment(late, "Europe/Warsaw") == _at(9, 9)


LOCALES = Path(__file__).resolve().parents[2] / "helpdesk_bot" / "i18n" / "locales"


@pytest.mark.parametrize("language", list(CASES))
def test_every_example_the_catalogs_show_is_read_as_a_future_moment(language: str) -> None:
    text = (LOCALES / language / "events.ftl").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.startswith(("ann-ask-time =", "ann-time-", "evn-ask-start =", "evn-ask-publish_at ="))]
    examples = {code for line in lines for code in re.findall(r"<code>([^<]+)</code>", line) if "$" not in code}
    assert len(examples) >= 3, language
    for example in examples:
        parsed = parse_moment(example, language=language, timezone="Europe/Warsaw", now=NOW)
        assert parsed.moment is not None and parsed.moment > NOW, (language, example, parsed.problem)


def test_in_two_hours_is_elapsed_time_across_the_autumn_change_of_clocks() -> None:
    before = datetime(2027, 10, 30, 23, 30, tzinfo=ZoneInfo("UTC"))  # 01:30 summer time in Warsaw
    moment = parse_moment("in 2 hours", language="en", timezone="Europe/Warsaw", now=before).moment
    assert moment is not None and moment - before == timedelta(hours=2)
    assert moment.tzinfo == WARSAW and moment.hour == 2  # 02:30 winter time


def test_dateparser_is_loaded_only_when_a_moment_is_read() -> None:
    import subprocess
    import sys

    code = ("import sys, helpdesk_bot.bootstrap, helpdesk_bot.telegram.handlers, helpdesk_bot.events.natural_time\n"
            "print('dateparser' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
