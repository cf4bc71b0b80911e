"""Times name their zone once per message, the way people say it, in all seven languages (issue 12);
dates are the reader's; the centre's name is configured per language."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from helpdesk_bot.config import LANGUAGES, load_settings
from helpdesk_bot.events.ics import event_ics
from helpdesk_bot.events.presentation import event_card, event_line, organiser_name
from helpdesk_bot.events.views import CENTRE_ORGANISER, EventView
from helpdesk_bot.i18n.catalog import LOCALES_DIR, Translator
from helpdesk_bot.i18n.formatting import (
    format_datetime,
    format_time,
    local_stamp,
    local_today,
    zone_label,
    zone_name,
    zone_place,
)
from helpdesk_bot.telegram.keyboards import timezone_keyboard

WARSAW = "Europe/Warsaw"
VILNIUS = "Europe/Vilnius"
MOMENT = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)  # 10:00 in Warsaw, 11:00 in Vilnius

CENTRAL = {
    "pl": "czas środkowoeuropejski",
    "cs": "středoevropský čas",
    "sl": "srednjeevropski čas",  # Slovenian writes it small inside a sentence (CLDR capitalises it)
    "de": "Mitteleuropäische Zeit",
    "lt": "Vidurio Europos laikas",
    "sv": "centraleuropeisk tid",
    "en": "Central European Time",
}
EASTERN = {
    "pl": "czas wschodnioeuropejski",
    "cs": "východoevropský čas",
    "sl": "vzhodnoevropski čas",
    "de": "Osteuropäische Zeit",
    "lt": "Rytų Europos laikas",
    "sv": "östeuropeisk tid",
    "en": "Eastern European Time",
}
ZONE_LINE = {
    "pl": "🕒 Strefa czasowa: ",
    "cs": "🕒 Časové pásmo: ",
    "sl": "🕒 Časovni pas: ",
    "de": "🕒 Zeitzone: ",
    "lt": "🕒 Laiko juosta: ",
    "sv": "🕒 Tidszon: ",
    "en": "🕒 Time zone: ",
}


@pytest.fixture(scope="module")
def tr() -> Translator:
    return Translator()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_zone_names_are_the_ones_people_use_all_year(lang: str) -> None:
    assert zone_name(WARSAW, lang) == CENTRAL[lang]
    assert zone_name("Europe/Prague", lang) == CENTRAL[lang]  # one name for one clock
    assert zone_name(VILNIUS, lang) == EASTERN[lang]
    utc = zone_name("UTC", lang)
    assert "UTC" not in utc and "Unknown" not in utc and utc  # "Coordinated Universal Time", not a fallback
    assert zone_label(WARSAW, lang).startswith(CENTRAL[lang] + " (")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_message_with_a_time_names_the_zone_once_in_its_own_line(lang: str, tr: Translator) -> None:
    when = format_datetime(MOMENT, lang, VILNIUS)
    assert "11:00" in when and "Europe/" not in when
    text = tr(lang, "consult-booked-confirmed", when=when, advisor="Tomas")
    assert text.count(ZONE_LINE[lang]) == 1 and text.endswith(ZONE_LINE[lang] + EASTERN[lang])
    assert "Europe/" not in text and text.count(EASTERN[lang]) == 1
    assert "Europe/" not in tr.plain(lang, "consult-booked-confirmed", when=when, advisor="Tomas")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lines_of_lists_and_buttons_leave_the_zone_to_their_header(lang: str, tr: Translator) -> None:
    time = format_time(MOMENT, lang, WARSAW)
    line = tr(lang, "ms-ws-line", icon="•", when=time, until=time, unit="1", person="Ewa", id="1")
    assert ZONE_LINE[lang] not in line and CENTRAL[lang] not in line
    assert ZONE_LINE[lang] not in tr(lang, "ms-ws-btn-in", who=time)
    # a header naming the zone is given the id and shows the name
    header = tr(lang, "ms-ws-today", day="x", zone=WARSAW)
    assert CENTRAL[lang] in header and "Europe/" not in header and ZONE_LINE[lang] not in header


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_message_with_its_own_zone_place_gets_it_filled_not_a_second_line(lang: str, tr: Translator) -> None:
    text = tr(lang, "timezone-set", timezone=zone_label(VILNIUS, lang), example=format_datetime(MOMENT, lang, VILNIUS))
    assert text.count(EASTERN[lang]) == 1 and ZONE_LINE[lang] not in text and "Europe/" not in text
    prompt = tr(lang, "evn-ask-start", timezone=WARSAW)  # a zone id given to a message is shown by name
    assert CENTRAL[lang] in prompt and "Europe/" not in prompt


@pytest.mark.parametrize("lang", LANGUAGES)
def test_country_and_settings_name_the_zone_readably(lang: str, tr: Translator) -> None:
    label = zone_label(VILNIUS, lang)
    for text in (tr(lang, "country-set", country="LT", timezone=label),
                 tr(lang, "settings-text", language="x", country="LT", timezone=label, share="no")):
        assert EASTERN[lang] in text and zone_place(VILNIUS, lang) in text and "Europe/" not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_timezone_buttons_show_cities_in_the_persons_language(lang: str) -> None:
    keyboard = timezone_keyboard(WARSAW, lang)
    labels = [b.text for row in keyboard.inline_keyboard for b in row]
    assert all("/" not in label for label in labels)
    assert f"✓ {zone_place(WARSAW, lang)}" in labels and "UTC" in labels
    assert keyboard.inline_keyboard[0][0].callback_data == f"tz:{WARSAW}"


def _event(*, organiser: str | None = CENTRE_ORGANISER, deadline: bool = True) -> EventView:
    now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    return EventView(
        id=1, key=None, kind="workshop", status="published", default_language="en",
        texts={"en": {"title": "Pricing", "description": "Costs"}}, starts_at=now + timedelta(days=2),
        ends_at=now + timedelta(days=2, hours=2), timezone=WARSAW, venue="Kraków", online_url=None,
        organiser=organiser, topics=("sales-marketing",), countries=(), languages=("en",), registration_mode="bot",
        registration_url=None, capacity=10, registration_deadline=now + timedelta(days=1) if deadline else None,
        publish_at=now, revision=1, created_by=None,
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_event_card_names_the_zone_once_for_its_times_and_deadline(lang: str, tr: Translator) -> None:
    now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    card = event_card(tr, _event(), lang, VILNIUS, now)
    assert card.count(ZONE_LINE[lang]) == 1 and card.count(EASTERN[lang]) == 1 and "Europe/" not in card
    assert "11:00 – 13:00" in card  # 09:00–11:00 UTC, shown in Vilnius
    quiet = event_card(tr, _event(), lang, VILNIUS, now, name_zone=False)
    assert ZONE_LINE[lang] not in quiet and EASTERN[lang] not in quiet
    line = event_line(tr, _event(), lang, VILNIUS, 1)
    assert ZONE_LINE[lang] not in line and "Europe/" not in line


def test_event_times_are_in_the_readers_zone() -> None:
    tr = Translator()
    card = event_card(tr, _event(), "en", VILNIUS, datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
    assert re.search(r"Wed, 9 Dec 2026, 11:00 – 13:00", card)  # 09:00 UTC start shown in Vilnius


def test_the_centres_name_is_configured_per_language() -> None:
    settings = load_settings(_env_file=None, centre_name="Regional centre", centre_name_pl="Centrum Regionalne",
                             centre_name_de="Regionalzentrum")
    names = settings.centre_names()
    assert names["pl"] == "Centrum Regionalne" and names["de"] == "Regionalzentrum"
    assert names["cs"] == names["en"] == "Regional centre"  # the default where a language has none
    assert load_settings(_env_file=None).centre_names() == {}  # nothing configured


def test_the_centres_name_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELPDESK_CENTRE_NAME", "Regional centre")
    monkeypatch.setenv("HELPDESK_CENTRE_NAME_LT", "Regiono verslo centras")
    names = load_settings(_env_file=None).centre_names()
    assert names["lt"] == "Regiono verslo centras" and names["sv"] == "Regional centre"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_event_of_the_centre_names_it_in_the_readers_language(lang: str) -> None:
    names = {code: f"Centre in {code}" for code in LANGUAGES}
    tr = Translator(centre_names=names)
    event = _event()
    assert organiser_name(tr, event, lang) == names[lang]
    card = event_card(tr, event, lang, WARSAW, datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
    assert names[lang] in card and f" {CENTRE_ORGANISER}\n" not in card
    ics = event_ics(event, lang, datetime(2026, 12, 7, tzinfo=UTC), organiser=organiser_name(tr, event, lang))
    assert names[lang] in ics.decode()
    assert organiser_name(tr, _event(organiser="Design Fair GmbH"), lang) == "Design Fair GmbH"
    web = tr.plain(lang, "web-run-by")
    assert names[lang] in web


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_configuration_the_centre_has_a_generic_name_in_each_language(lang: str) -> None:
    tr = Translator()
    name = tr.centre_name(lang)
    assert name and name == tr.plain(lang, "centre-name-default")
    if lang != "en":
        assert name != tr.centre_name("en")


def test_dates_and_command_line_times_are_the_readers_day_not_utcs() -> None:
    late = datetime(2026, 12, 6, 23, 24, tzinfo=UTC)  # 00:24 on 7 December in Warsaw
    assert local_today(late, WARSAW).isoformat() == "2026-12-07"
    assert local_today(late, "UTC").isoformat() == "2026-12-06"
    assert local_stamp(late, WARSAW) == "2026-12-07 00:24"
    assert local_stamp(late, WARSAW, seconds=True) == "2026-12-07 00:24:00"


def test_every_message_naming_a_zone_has_a_place_for_it_in_every_language() -> None:
    """A message using ``$zone``/``$timezone`` does so in all seven catalogs (the fill is per message)."""
    users: dict[str, set[str]] = {}
    for path in LOCALES_DIR.glob("*/*.ftl"):
        for match in re.finditer(r"^([a-z][a-z0-9_-]*) =(.*(?:\n[ \t].*)*)", path.read_text(encoding="utf-8"), re.M):
            if re.search(r"\$(zone|timezone)\b", match.group(2)):
                users.setdefault(match.group(1), set()).add(path.parent.name)
    assert users and all(langs == set(LANGUAGES) for langs in users.values()), users


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_event_elsewhere_also_shows_the_time_at_its_venue(lang: str, tr: Translator) -> None:
    now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    away = event_card(tr, _event(), lang, VILNIUS, now)  # a Kraków workshop read in Vilnius
    assert "11:00 – 13:00" in away and "10:00 – 12:00" in away and CENTRAL[lang] in away
    home = event_card(tr, _event(), lang, "Europe/Prague", now)  # same clocks: nothing to add
    assert "11:00" not in home and home.count(CENTRAL[lang]) == 1


def test_the_demo_names_its_centre_in_all_seven_languages() -> None:
    from helpdesk_bot.demo import DEMO_CENTRE_NAMES

    names = load_settings(_env_file=None, **DEMO_CENTRE_NAMES).centre_names()
    assert set(names) == set(LANGUAGES) and len(set(names.values())) == len(LANGUAGES)  # one per language
    assert names["pl"] == DEMO_CENTRE_NAMES["centre_name_pl"] and names["sv"] == DEMO_CENTRE_NAMES["centre_name_sv"]


@pytest.mark.parametrize(("lang", "expected"), [
    ("de", "Di., 8. Dez. 2026, 14:00"), ("sl", "tor., 8. dec. 2026, 14:00"), ("cs", "út 8. 12. 2026, 14:00"),
    ("lt", "2026-12-08, an, 14:00"), ("pl", "wt., 8 gru 2026, 14:00"), ("sv", "tis, 8 dec. 2026, 14:00"),
    ("en", "Tue, 8 Dec 2026, 14:00"),
])
def test_days_are_written_as_each_language_writes_them(lang: str, expected: str) -> None:
    from helpdesk_bot.i18n.formatting import format_date, format_datetime
    moment = datetime(2026, 12, 8, 13, 0, tzinfo=UTC)
    assert str(format_datetime(moment, lang, "Europe/Warsaw")) == expected
    assert format_date(moment.date(), lang) == expected.rsplit(", ", 1)[0]
