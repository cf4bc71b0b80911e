"""Rendering catalogue profiles for chat messages (HTML, every person-provided value escaped)."""

from __future__ import annotations

import html
from collections.abc import Callable

from telegram import InlineKeyboardButton

from helpdesk_bot.catalogue.views import ProfileView
from helpdesk_bot.web.language import ENDONYMS

Translate = Callable[..., str]


def profile_card(t: Translate, view: ProfileView, lang: str, *, private: bool = False) -> str:
    """The profile as a chat message; ``private`` adds status, visibility and needs (owner and staff)."""
    e = html.escape
    lines = [f"<b>{e(view.display_name)}</b>"]
    place = ", ".join(p for p in (view.place(), t(f"country-{view.country}")) if p)
    lines.append(f"{e(' · '.join(t(f'sector-{s}') for s in view.sectors))}\n{e(place)}")
    offer = view.offer_in(lang)
    if offer:
        lines.append(e(offer))
    if view.skills:
        lines.append(f"{t('web-skills')}: {e(', '.join(view.skills))}")
    lines.append(f"{t('web-languages')}: {e(', '.join(ENDONYMS[code] for code in view.languages))}")
    if view.links:
        lines.append("\n".join(e(link) for link in view.links))
    if view.open_for_commissions:
        lines.append(t("web-open-for-commissions"))
    if private:
        lines.append(f"{t('catalogue-field-status')}: {t(f'status-{view.status}')}\n"
                     f"{t('catalogue-field-visibility')}: {t(f'visibility-{view.visibility}')}")
        needs = [t(f"need-{n}") for n in view.needs]
        if needs or view.needs_text:
            lines.append(f"{t('catalogue-field-needs')}: {e(', '.join(needs))}"
                         + (f"\n{e(view.needs_text)}" if view.needs_text else ""))
    return "\n\n".join(lines)


def button(text: str, data: str) -> InlineKeyboardButton:
    """An inline button (callback data must stay within Telegram's 64 bytes)."""
    if len(data.encode()) > 64:
        raise ValueError(f"callback data over 64 bytes: {data!r}")
    return InlineKeyboardButton(text, callback_data=data)
