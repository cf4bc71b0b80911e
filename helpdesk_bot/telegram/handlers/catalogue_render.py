"""Rendering catalogue profiles for chat messages (safe HTML: every person-provided value escaped)."""

from __future__ import annotations

from collections.abc import Callable

from telegram import InlineKeyboardButton

from helpdesk_bot.catalogue.views import ProfileView
from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.web.language import ENDONYMS

Translate = Callable[..., Markup]


def profile_card(t: Translate, view: ProfileView, lang: str, *, private: bool = False) -> Markup:
    """The profile as a chat message; ``private`` adds status, visibility and needs (owner and staff)."""
    lines: list[Markup] = [Markup("<b>{}</b>").format(view.display_name)]
    place = ", ".join(p for p in (view.place(), str(t(f"country-{view.country}"))) if p)
    sectors = " · ".join(str(t(f"sector-{s}")) for s in view.sectors)
    lines.append(Markup("{}\n{}").format(sectors, place))
    offer = view.offer_in(lang)
    if offer:
        lines.append(Markup("{}").format(offer))
    if view.skills:
        lines.append(Markup("{}: {}").format(t("web-skills"), ", ".join(view.skills)))
    lines.append(Markup("{}: {}").format(t("web-languages"), ", ".join(ENDONYMS[code] for code in view.languages)))
    if view.links:
        lines.append(html_join("\n", view.links))
    if view.open_for_commissions:
        lines.append(t("web-open-for-commissions"))
    if private:
        lines.append(Markup("{}: {}\n{}: {}").format(t("catalogue-field-status"), t(f"status-{view.status}"),
                                                     t("catalogue-field-visibility"),
                                                     t(f"visibility-{view.visibility}")))
        needs = ", ".join(str(t(f"need-{n}")) for n in view.needs)
        if needs or view.needs_text:
            text = Markup("{}: {}").format(t("catalogue-field-needs"), needs)
            if view.needs_text:
                text += Markup("\n{}").format(view.needs_text)
            lines.append(text)
    return html_join("\n\n", lines)


def button(text: str, data: str) -> InlineKeyboardButton:
    """An inline button (callback data must stay within Telegram's 64 bytes)."""
    if len(data.encode()) > 64:
        raise ValueError(f"callback data over 64 bytes: {data!r}")
    return InlineKeyboardButton(str(text), callback_data=data)
