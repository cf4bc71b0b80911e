"""/find TEXT with filter buttons and pages; Contact (a message relayed by the bot); the owner's
Accept / Decline; the ``/start profile-<id>`` deep link of the web catalogue."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from helpdesk_bot.broadcasts.renderers import intent_button, translated_message
from helpdesk_bot.catalogue.contacts import ContactView, Party
from helpdesk_bot.catalogue.draft import CONTACT_FLOW, FIND_FLOW, ContactDraft, FindDraft
from helpdesk_bot.catalogue.renderers import mention, mention_payload
from helpdesk_bot.catalogue.search import SearchFilters
from helpdesk_bot.catalogue.validation import ProfileError
from helpdesk_bot.catalogue.vocabulary import SECTORS
from helpdesk_bot.config import COUNTRIES, LANGUAGES
from helpdesk_bot.conversations import Conversation
from helpdesk_bot.i18n.catalog import Markup, html_join
from helpdesk_bot.telegram.callback_areas import CONTACT, CONTACT_ANSWER, FIND, RELAY
from helpdesk_bot.telegram.callback_data import parse_id
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.conversation import cancel_button, on_flow_text
from helpdesk_bot.telegram.handlers.catalogue_relay import relay_button
from helpdesk_bot.telegram.handlers.catalogue_render import button, profile_card
from helpdesk_bot.telegram.handlers.common import (
    command,
    deep_link,
    stale_button,
)
from helpdesk_bot.telegram.keyboards import rows
from helpdesk_bot.telegram.replies import edit_or_reply, reply
from helpdesk_bot.web.language import ENDONYMS

PAGE_SIZE = 5


def _summary(context: HelpdeskContext, draft: FindDraft, total: int, page: int, pages: int) -> Markup:
    parts = [context.t("catalogue-find-head", count=total, query=draft.text or "—")]
    chosen = [context.t(f"sector-{draft.sector}") if draft.sector else None,
              context.t(f"country-{draft.country}") if draft.country else None,
              ENDONYMS[draft.language] if draft.language else None,
              context.t("web-open-for-commissions") if draft.open_only else None]
    if any(chosen):
        parts.append(context.t("catalogue-find-filters", filters=", ".join(c for c in chosen if c)))
    if pages > 1:
        parts.append(context.t("web-page", page=page, pages=pages))
    return html_join("\n", parts)


async def _show(update: Update, context: HelpdeskContext, draft: FindDraft, *, edit: bool) -> None:
    person = context.person
    result = await context.services.catalogue.search.search(
        draft.text, SearchFilters(draft.sector, draft.country, draft.language, draft.open_only),
        audience="network", page=draft.page, lang=person.language, page_size=PAGE_SIZE)
    lines: list[Markup] = [_summary(context, draft, result.total, result.page, result.pages)]
    keyboard = []
    for n, view in enumerate(result.items, start=(result.page - 1) * PAGE_SIZE + 1):
        place = ", ".join(p for p in (view.city, context.t(f"country-{view.country}")) if p)
        sectors = ", ".join(context.t(f"sector-{s}") for s in view.sectors)
        lines.append(Markup("{}. <b>{}</b> — {}; {}").format(n, view.display_name, sectors, place))
        if view.telegram_id != person.telegram_id:
            keyboard.append([button(context.t("catalogue-btn-contact", number=n), CONTACT.encode(None, view.id))])
    if not result.items:
        lines.append(context.t("catalogue-find-none"))
    nav = []
    if result.page > 1:
        nav.append(button("◀", FIND.encode("p", result.page - 1)))
    if result.page < result.pages:
        nav.append(button("▶", FIND.encode("p", result.page + 1)))
    if nav:
        keyboard.append(nav)
    keyboard.append([button(context.t("web-filter-sector"), FIND.encode("m", "sector")),
                     button(context.t("web-filter-country"), FIND.encode("m", "country")),
                     button(context.t("web-filter-language"), FIND.encode("m", "language"))])
    keyboard.append([button(("✅ " if draft.open_only else "") + context.t("web-open-for-commissions"), FIND.encode("o", "1")),
                     button(context.t("catalogue-btn-clear"), FIND.encode("x", "1"))])
    await (edit_or_reply if edit else reply)(update, context, html_join("\n\n", lines), InlineKeyboardMarkup(keyboard))


async def find_command(update: Update, context: HelpdeskContext) -> None:
    """/find TEXT: search the network (public and network profiles, approved)."""
    text = " ".join(context.args or [])[:200]
    draft = FindDraft(text=text)
    await FIND_FLOW.start(context.services.conversations, context.person.id, "results", draft)
    context.record(kind="catalogue.find", outcome="searched")
    await _show(update, context, draft, edit=False)


async def on_find_button(update: Update, context: HelpdeskContext) -> None:
    """Filters, pages and clearing of the person's last search (read from the conversation store)."""
    query = update.callback_query
    pressed = FIND.decode(query.data if query else None)
    conv = await context.services.conversations.current(context.person.id)
    if query is None or pressed is None or not FIND_FLOW.owns(conv, "results") or conv is None:
        await stale_button(update, context)
        return
    draft = FIND_FLOW.draft(conv)
    kind = pressed.verb
    value = "" if kind == "p" else pressed.text()  # the page is a number, every other argument a word
    menus = {"sector": SECTORS, "country": COUNTRIES, "language": LANGUAGES}
    if kind == "m" and value in menus:
        await query.answer()
        labels = {"sector": lambda v: context.t(f"sector-{v}"), "country": lambda v: context.t(f"country-{v}"),
                  "language": lambda v: ENDONYMS[v]}[value]
        choices = [button(labels(v), FIND.encode(value[0], v)) for v in menus[value]]
        keyboard = [*rows(choices, 2), [button(context.t("web-filter-any"), FIND.encode(value[0], "-"))]]
        await edit_or_reply(update, context, context.t(f"web-filter-{value}"), InlineKeyboardMarkup(keyboard))
        return
    if kind == "p":
        draft.page = pressed.id()
    elif kind == "o":
        draft.open_only, draft.page = not draft.open_only, 1
    elif kind == "x":
        draft = FindDraft(text=draft.text)
    elif kind in ("s", "c", "l") and (value == "-" or value in menus[{"s": "sector", "c": "country",
                                                                        "l": "language"}[kind]]):
        setattr(draft, {"s": "sector", "c": "country", "l": "language"}[kind], None if value == "-" else value)
        draft.page = 1
    else:
        await stale_button(update, context)
        return
    if await FIND_FLOW.advance(context.services.conversations, conv, "results", draft) is None:
        await stale_button(update, context)
        return
    await query.answer()
    await _show(update, context, draft, edit=True)


# ------------------------------------------------------------------ contact
async def _start_contact(update: Update, context: HelpdeskContext, profile_id: int) -> None:
    view = await context.services.catalogue.profiles.get(profile_id)
    if view is None or not view.in_network:
        context.record(kind="catalogue.contact", outcome="unavailable")
        await reply(update, context, context.t("catalogue-error-contact-unavailable"))
        return
    if view.telegram_id == context.person.telegram_id:
        await reply(update, context, context.t("catalogue-error-contact-self"))
        return
    await CONTACT_FLOW.start(context.services.conversations, context.person.id, "message",
                             ContactDraft(profile_id=profile_id))
    await reply(update, context, context.t("catalogue-contact-ask", name=view.display_name),
                InlineKeyboardMarkup([[cancel_button(context)]]))


async def on_contact_button(update: Update, context: HelpdeskContext) -> None:
    """Contact under a search result: ask for the message to relay."""
    query = update.callback_query
    pressed = CONTACT.decode(query.data if query else None)
    profile_id = pressed.id() if pressed else None
    if query is None or profile_id is None:
        await stale_button(update, context)
        return
    await query.answer()
    await _start_contact(update, context, profile_id)


async def on_profile_link(update: Update, context: HelpdeskContext, arg: str) -> None:
    """``/start profile-<id>`` from the web catalogue: the profile with a Contact button."""
    profile_id = parse_id(arg)
    view = await context.services.catalogue.profiles.get(profile_id) if profile_id is not None else None
    if view is None or not view.in_network:
        context.record(kind="catalogue.profile_link", outcome="unavailable")
        await reply(update, context, context.t("catalogue-error-contact-unavailable"))
        return
    context.record(kind="catalogue.profile_link", outcome="shown", subject=f"profile:{view.id}")
    await reply(update, context, profile_card(context.t, view, context.lang),
                InlineKeyboardMarkup([[button(context.t("catalogue-btn-contact-one"), CONTACT.encode(None, view.id))]]))


async def on_contact_text(update: Update, context: HelpdeskContext, conv: Conversation) -> None:
    """The message of a contact request: relayed to the owner with Accept / Decline."""
    message = update.effective_message
    draft = CONTACT_FLOW.draft(conv)
    sender = context.person

    def owner_payload(contact_id: int) -> dict[str, object]:
        return translated_message(
            "catalogue-contact-incoming", {"name": sender.first_name or "—", "message": message.text or ""}
            if message else {},
            buttons=[[intent_button("catalogue-btn-accept", "cc", "a", contact_id),
                      intent_button("catalogue-btn-decline", "cc", "d", contact_id)],
                     [intent_button("catalogue-btn-accept-relay", "cc", "b", contact_id)]])

    try:
        view = await context.services.catalogue.contacts.request(sender, draft.profile_id,
                                                                 message.text if message and message.text else "",
                                                                 owner_payload=owner_payload)
    except ProfileError as exc:
        context.record(kind="catalogue.contact", outcome=exc.reason)
        await reply(update, context, context.t(f"catalogue-error-{exc.reason}"))
        if exc.reason != "contact-message-invalid":
            await context.services.conversations.finish(sender.id, version=conv.version)
        return
    await context.services.conversations.finish(sender.id, version=conv.version)
    context.record(kind="catalogue.contact", outcome="requested", subject=f"profile:{view.profile_id}",
                   value=1 if view.cross_border else 0)
    await reply(update, context, context.t("catalogue-contact-sent", name=view.profile_name))


def _handle(party: Party) -> str:
    """How one side is named to the other: @username, else the name (the message links the Telegram id)."""
    return f"@{party.username}" if party.username else (party.name or str(party.telegram_id))


async def on_contact_answer(update: Update, context: HelpdeskContext) -> None:
    """The owner accepts (handles are exchanged), accepts through the bot only, or declines a request."""
    query = update.callback_query
    pressed = CONTACT_ANSWER.decode(query.data if query else None)
    args, contact_id = ([str(pressed.verb)], pressed.id()) if pressed else (None, None)
    if query is None or args is None or args[0] not in ("a", "b", "d") or contact_id is None:
        await stale_button(update, context)
        return
    await query.answer()
    accept, through_bot = args[0] in ("a", "b"), args[0] == "b"

    def sender_payload(view: ContactView, owner: Party) -> dict[str, object]:
        if through_bot:
            return translated_message("catalogue-contact-accepted-relay", {"name": view.profile_name},
                                      buttons=relay_button(view.id, "catalogue-btn-relay-write"))
        if accept:
            return mention_payload("catalogue-contact-accepted", {"name": view.profile_name},
                                   user_id=owner.telegram_id, label=_handle(owner),
                                   buttons=relay_button(view.id, "catalogue-btn-relay-write"))
        return translated_message("catalogue-contact-declined", {"name": view.profile_name})

    try:
        view, sender = await context.services.catalogue.contacts.answer(context.person, contact_id, accept=accept,
                                                                        sender_payload=sender_payload,
                                                                        share_handles=not through_bot)
    except ProfileError as exc:
        await edit_or_reply(update, context, context.t(f"catalogue-error-{exc.reason}"))
        return
    outcome = ("accepted_cross_border" if view.cross_border else "accepted") if accept else "declined"
    context.record(kind="catalogue.contact_reply", outcome=outcome, subject=f"contact:{view.id}")
    write = InlineKeyboardMarkup([[button(context.t("catalogue-btn-relay-write"), RELAY.encode(None, view.id))]])
    if sender is not None:
        await edit_or_reply(update, context, context.t("catalogue-contact-you-accepted",
                                                       handle=mention(sender.telegram_id, _handle(sender))), write)
    elif through_bot:
        await edit_or_reply(update, context, context.t("catalogue-contact-you-accepted-relay"), write)
    else:
        await edit_or_reply(update, context, context.t("catalogue-contact-you-declined"))


def register(application: Application) -> None:  # type: ignore[type-arg]
    """/find, its buttons, Contact, the owner's answer and the profile deep link."""
    application.add_handler(CommandHandler("find", find_command, filters=filters.ChatType.PRIVATE))
    application.add_handler(CallbackQueryHandler(on_find_button, pattern=FIND.pattern))
    application.add_handler(CallbackQueryHandler(on_contact_button, pattern=CONTACT.pattern))
    application.add_handler(CallbackQueryHandler(on_contact_answer, pattern=CONTACT_ANSWER.pattern))
    on_flow_text(application, CONTACT_FLOW.name, on_contact_text, restart_command="find")
    deep_link(application, "profile", on_profile_link)
    command(application, "find")
