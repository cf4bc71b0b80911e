"""Inline keyboards of the core flows. Callback data is ``<area>:<action>[:<arg>]`` and always re-validated."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from helpdesk_bot.config import COUNTRIES, COUNTRY_TIMEZONES, LANGUAGES, OTHER_COUNTRY
from helpdesk_bot.i18n.formatting import COUNTRY_FLAGS, LANGUAGE_NAMES, zone_place
from helpdesk_bot.telegram.callback_areas import CONSENT, COUNTRY, LANGUAGE, MENU, SETTINGS, TIMEZONE_BUTTONS

Translate = Callable[[str], str]

REGION_TIMEZONES: tuple[str, ...] = (
    *dict.fromkeys(COUNTRY_TIMEZONES.values()),
    "Europe/London",
    "Europe/Kyiv",
    "UTC",
)


def rows(buttons: Sequence[InlineKeyboardButton], per_row: int) -> list[list[InlineKeyboardButton]]:
    """Lay buttons out ``per_row`` to a row."""
    return [list(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row)]


def language_keyboard(current: str | None = None) -> InlineKeyboardMarkup:
    """The seven languages in their own names; the current one is ticked."""
    buttons = [
        InlineKeyboardButton(("✓ " if code == current else "") + LANGUAGE_NAMES[code], callback_data=LANGUAGE.encode(None, code))
        for code in LANGUAGES
    ]
    return InlineKeyboardMarkup(rows(buttons, 2))


def consent_keyboard(t: Translate) -> InlineKeyboardMarkup:
    """Accept or decline the privacy notice."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(t("privacy-accept"), callback_data=CONSENT.encode("yes"))],
         [InlineKeyboardButton(t("privacy-decline"), callback_data=CONSENT.encode("no"))]]
    )


def country_keyboard(t: Translate, current: str | None = None) -> InlineKeyboardMarkup:
    """The six countries and 'another country'."""
    buttons = [
        InlineKeyboardButton(
            ("✓ " if code == current else "") + f"{COUNTRY_FLAGS[code]} {t(f'country-{code}')}",
            callback_data=COUNTRY.encode(None, code),
        )
        for code in (*COUNTRIES, OTHER_COUNTRY)
    ]
    return InlineKeyboardMarkup(rows(buttons, 2))


def main_menu_keyboard(t: Translate) -> InlineKeyboardMarkup:
    """The main menu: ask, topics, book, events, settings."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(t("menu-ask"), callback_data=MENU.encode("ask")),
             InlineKeyboardButton(t("menu-topics"), callback_data=MENU.encode("topics"))],
            [InlineKeyboardButton(t("menu-book"), callback_data=MENU.encode("book")),
             InlineKeyboardButton(t("menu-events"), callback_data=MENU.encode("events"))],
            [InlineKeyboardButton(t("menu-settings"), callback_data=MENU.encode("settings"))],
        ]
    )


def settings_keyboard(t: Translate, share_handle: bool) -> InlineKeyboardMarkup:
    """Settings: language, country, time zone, handle visibility."""
    share_label = t("settings-share-off") if share_handle else t("settings-share-on")
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(t("settings-language"), callback_data=SETTINGS.encode("lang")),
             InlineKeyboardButton(t("settings-country"), callback_data=SETTINGS.encode("country"))],
            [InlineKeyboardButton(t("settings-timezone"), callback_data=SETTINGS.encode("tz"))],
            [InlineKeyboardButton(share_label, callback_data=SETTINGS.encode("share"))],
        ]
    )


def timezone_keyboard(current: str, lang: str) -> InlineKeyboardMarkup:
    """Time zones of the region by the city they follow, in ``lang`` (others with ``/timezone NAME``)."""
    buttons = [
        InlineKeyboardButton(("✓ " if zone == current else "") + zone_place(zone, lang),
                             callback_data=TIMEZONE_BUTTONS.encode(None, zone))
        for zone in REGION_TIMEZONES
    ]
    return InlineKeyboardMarkup(rows(buttons, 2))
