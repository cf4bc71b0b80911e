"""/profile: create or edit one's profile step by step (state in the conversation store), pause, resume,
delete; /moderate: staff approve or send back submitted profiles."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from helpdesk_bot.catalogue.draft import PROFILE_FLOW, ProfileDraft
from helpdesk_bot.catalogue.validation import (
    MAX_LINKS,
    MAX_SKILLS,
    NAME_MAX,
    NEEDS_TEXT_MAX,
    OFFER_MAX,
    PLACE_MAX,
    SKILL_MAX,
    ProfileError,
    check_link,
    check_photo,
    clean_text,
)
from helpdesk_bot.catalogue.vocabulary import MAX_PHOTOS, NEEDS, SECTORS, Visibility
from helpdesk_bot.config import COUNTRIES, LANGUAGES
from helpdesk_bot.conversations import Conversation
from helpdesk_bot.i18n.catalog import Markup
from helpdesk_bot.people.models import Role
from helpdesk_bot.telegram.callback_areas import MODERATE, PROFILE_MANAGE, PROFILE_STEPS
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.conversation import cancel_button, on_flow_text
from helpdesk_bot.telegram.handlers.catalogue_render import button, profile_card
from helpdesk_bot.telegram.handlers.catalogue_steps import read_step_press, toggle_choice
from helpdesk_bot.telegram.handlers.common import (
    command,
    pressed_parts,
    requires_role,
    stale_button,
)
from helpdesk_bot.telegram.keyboards import rows
from helpdesk_bot.telegram.replies import edit_or_reply, reply
from helpdesk_bot.web.language import ENDONYMS

TEXT_STEPS = {"name", "city", "offer", "skills", "links", "needs_text"}
OPTIONAL = {"city", "offer", "skills", "links", "photos", "needs_text"}
TOGGLES = {"sectors": SECTORS, "languages": LANGUAGES, "needs": NEEDS}
CHOICES = {"country": COUNTRIES, "open": ("1", "0"), "visibility": tuple(Visibility)}


def _next(step: str) -> str:
    steps = PROFILE_FLOW.steps
    return steps[steps.index(step) + 1]


def _label(context: HelpdeskContext, step: str, value: str) -> str:
    if step == "sectors":
        return context.t(f"sector-{value}")
    if step == "needs":
        return context.t(f"need-{value}")
    if step in ("languages",):
        return ENDONYMS[value]
    if step == "country":
        return context.t(f"country-{value}")
    if step == "open":
        return context.t("catalogue-btn-yes" if value == "1" else "catalogue-btn-no")
    return context.t(f"visibility-{value}")


def _prompt(context: HelpdeskContext, step: str, draft: ProfileDraft) -> tuple[Markup, InlineKeyboardMarkup]:
    """The question of ``step`` and its buttons."""
    text = context.t(f"catalogue-ask-{step}") if step != "photos" else Markup("")
    keyboard: list[list[Any]] = []
    if step in TOGGLES:
        chosen = set(getattr(draft, step))
        keyboard = rows([button(("✅ " if v in chosen else "") + _label(context, step, v), PROFILE_STEPS.encode("t", step, v))
                         for v in TOGGLES[step]], 2)
        keyboard.append([button(context.t("catalogue-btn-done"), PROFILE_STEPS.encode("d", step))])
    elif step in CHOICES:
        keyboard = rows([button(_label(context, step, v), PROFILE_STEPS.encode("v", step, v)) for v in CHOICES[step]],
                        1 if step == "visibility" else 3)
    elif step == "photos":
        text = context.t("catalogue-ask-photos", count=len(draft.photos))
        keyboard = [[button(context.t("catalogue-btn-done"), PROFILE_STEPS.encode("d", "photos"))]]
    elif step == "confirm":
        text = context.t("catalogue-ask-confirm") + "\n\n" + profile_card(
            context.t, _preview(draft), context.lang, private=True)
        keyboard = [[button(context.t("catalogue-btn-save"), PROFILE_STEPS.encode("save", "1"))]]
    if step in OPTIONAL and step != "photos":
        current = getattr(draft, step) if step != "offer" else draft.offer.get(context.lang)
        keyboard.append([button(context.t("catalogue-btn-keep" if current else "catalogue-btn-skip"),
                                PROFILE_STEPS.encode("s", step))])
    keyboard.append([cancel_button(context)])
    return text, InlineKeyboardMarkup(keyboard)


def _preview(draft: ProfileDraft) -> Any:
    from datetime import UTC, datetime

    from helpdesk_bot.catalogue.views import ProfileView

    return ProfileView(id=0, telegram_id=0, slug="", display_name=draft.display_name, sectors=tuple(draft.sectors),
                       offer=dict(draft.offer), skills=tuple(draft.skills), city=draft.city, region=None,
                       country=draft.country, languages=tuple(draft.languages), links=tuple(draft.links),
                       photos=tuple(draft.photos), open_for_commissions=draft.open_for_commissions,
                       visibility=draft.visibility, needs=tuple(draft.needs), needs_text=draft.needs_text,
                       status="draft", updated_at=datetime.now(UTC))


async def _ask(update: Update, context: HelpdeskContext, step: str, draft: ProfileDraft, *, edit: bool = False) -> None:
    text, keyboard = _prompt(context, step, draft)
    if edit:
        await edit_or_reply(update, context, text, keyboard)
    else:
        await reply(update, context, text, keyboard)


async def _move(update: Update, context: HelpdeskContext, conv: Conversation, step: str, draft: ProfileDraft,
                *, edit: bool = False) -> None:
    moved = await PROFILE_FLOW.advance(context.services.conversations, conv, step, draft)
    if moved is None:
        await stale_button(update, context)
        return
    await _ask(update, context, step, draft, edit=edit)


# ------------------------------------------------------------------ /profile
async def profile_command(update: Update, context: HelpdeskContext) -> None:
    """Show one's profile with Edit / Pause / Delete, or start creating one."""
    person = context.person
    view = await context.services.catalogue.profiles.for_owner(person.telegram_id)
    context.record(kind="catalogue.profile", outcome="shown" if view else "start")
    if view is None:
        draft = ProfileDraft(country=person.country if person.country in COUNTRIES else "",
                             languages=[person.language])
        await PROFILE_FLOW.start(context.services.conversations, person.id, "name", draft)
        await reply(update, context, context.t("catalogue-intro"))
        await _ask(update, context, "name", draft)
        return
    paused = view.status == "paused"
    keyboard = InlineKeyboardMarkup([
        [button(context.t("catalogue-btn-edit"), PROFILE_MANAGE.encode("edit", "0")),
         button(context.t("catalogue-btn-resume" if paused else "catalogue-btn-pause"),
                PROFILE_MANAGE.encode("resume", "0") if paused else PROFILE_MANAGE.encode("pause", "0"))],
        [button(context.t("catalogue-btn-delete"), PROFILE_MANAGE.encode("del", "0"))],
    ])
    await reply(update, context, profile_card(context.t, view, context.lang, private=True), keyboard)


async def on_manage(update: Update, context: HelpdeskContext) -> None:
    """Edit, pause, resume or delete one's own profile."""
    query = update.callback_query
    args = pressed_parts(PROFILE_MANAGE, query.data if query else None)
    if query is None or args is None or args[0] not in ("edit", "pause", "resume", "del", "delok") or args[1] != "0":
        await stale_button(update, context)
        return
    await query.answer()
    person = context.person
    profiles = context.services.catalogue.profiles
    action = args[0]
    view = await profiles.for_owner(person.telegram_id)
    if view is None:
        await edit_or_reply(update, context, context.t("catalogue-error-not-found"))
        return
    context.record(kind=f"catalogue.profile_{action}")
    try:
        if action == "edit":
            draft = ProfileDraft.from_view(view)
            await PROFILE_FLOW.start(context.services.conversations, person.id, "name", draft)
            await reply(update, context, context.t("catalogue-edit-intro"))
            await _ask(update, context, "name", draft)
        elif action in ("pause", "resume"):
            changed = await profiles.set_paused(person, person.telegram_id, action == "pause")
            await edit_or_reply(update, context, context.t(f"catalogue-{action}d", status=context.t(
                f"status-{changed.status}")))
        elif action == "del":
            await edit_or_reply(update, context, context.t("catalogue-delete-confirm"), InlineKeyboardMarkup(
                [[button(context.t("catalogue-btn-delete-yes"), PROFILE_MANAGE.encode("delok", "0"))], [cancel_button(context)]]))
        else:
            await profiles.delete(person, person.telegram_id)
            await edit_or_reply(update, context, context.t("catalogue-deleted"))
    except ProfileError as exc:
        await edit_or_reply(update, context, context.t(f"catalogue-error-{exc.reason}"))


# ------------------------------------------------------------------ steps
async def on_text(update: Update, context: HelpdeskContext, conv: Conversation) -> None:
    """Free text of the profile flow: the answer to a text step, else a hint to use the buttons."""
    message = update.effective_message
    text = message.text if message and message.text else ""
    draft = PROFILE_FLOW.draft(conv)
    step = conv.step
    if step not in TEXT_STEPS:
        await reply(update, context, context.t("catalogue-use-buttons"))
        return
    try:
        if step == "name":
            name = clean_text(text, NAME_MAX, "name-invalid", required=True)
            draft.display_name = name or ""
        elif step == "city":
            draft.city = clean_text(text, PLACE_MAX, "place-too-long")
        elif step == "offer":
            offer = clean_text(text, OFFER_MAX, "offer-too-long")
            if offer:
                draft.offer[context.lang] = offer
        elif step == "skills":
            skills = [s for s in (clean_text(p, SKILL_MAX, "skill-too-long") for p in text.split(",")) if s]
            if len(skills) > MAX_SKILLS:
                raise ProfileError("too-many-skills")
            draft.skills = skills
        elif step == "links":
            links = [check_link(p) for p in text.replace(",", " ").split() if p]
            if len(links) > MAX_LINKS:
                raise ProfileError("too-many-links")
            draft.links = links
        else:
            draft.needs_text = clean_text(text, NEEDS_TEXT_MAX, "needs-too-long")
    except ProfileError as exc:
        context.record(outcome="invalid")
        await reply(update, context, context.t(f"catalogue-error-{exc.reason}") + "\n\n" + context.t(
            f"catalogue-ask-{step}"))
        return
    await _move(update, context, conv, _next(step), draft)


async def on_step_button(update: Update, context: HelpdeskContext) -> None:
    """Toggle, choose, skip or finish a step; save at the end."""
    press = await read_step_press(update, context, PROFILE_FLOW, PROFILE_STEPS)
    if press is None:
        return
    query = update.callback_query
    assert query is not None
    kind, step, value, conv = press.kind, press.step, press.value, press.conversation
    draft = PROFILE_FLOW.draft(conv)
    if kind == "t" and step in TOGGLES and value in TOGGLES[step]:
        if await toggle_choice(update, context, getattr(draft, step), value, step):
            await _move(update, context, conv, step, draft, edit=True)
    elif kind == "d" and (step in TOGGLES or step == "photos"):
        if step == "sectors" and not draft.sectors:
            await query.answer(context.t("catalogue-error-sector-missing"), show_alert=True)
            return
        if step == "languages" and not draft.languages:
            await query.answer(context.t("catalogue-error-language-missing"), show_alert=True)
            return
        await query.answer()
        await _move(update, context, conv, _next(step), draft)
    elif kind == "v" and step in CHOICES and value in CHOICES[step]:
        await query.answer()
        if step == "country":
            draft.country = value
        elif step == "open":
            draft.open_for_commissions = value == "1"
        else:
            draft.visibility = value
        await _move(update, context, conv, _next(step), draft)
    elif kind == "s" and step in OPTIONAL:
        await query.answer()
        await _move(update, context, conv, _next(step), draft)
    elif kind == "save":
        await query.answer()
        await _save(update, context, conv, draft)
    else:
        await stale_button(update, context)


async def _save(update: Update, context: HelpdeskContext, conv: Conversation, draft: ProfileDraft) -> None:
    person = context.person
    try:
        view = await context.services.catalogue.profiles.save(person, person.telegram_id, draft.to_input())
    except ProfileError as exc:  # nothing saved; the draft stays for another try
        context.record(kind="catalogue.profile_saved", outcome="invalid")
        await reply(update, context, context.t(f"catalogue-error-{exc.reason}"))
        return
    await context.services.conversations.finish(person.id, version=conv.version)
    context.record(kind="catalogue.profile_saved", outcome=view.status, subject=f"profile:{view.id}")
    key = "catalogue-saved-pending" if view.status == "pending" else "catalogue-saved-hidden"
    await edit_or_reply(update, context, context.t(key))


async def on_photo(update: Update, context: HelpdeskContext) -> None:
    """A photo (or image file) sent during the photos step; anything else is left to other handlers."""
    person = context.request.person
    message = update.effective_message
    if person is None or message is None:
        return
    conv = await context.services.conversations.current(person.id)
    if not PROFILE_FLOW.owns(conv, "photos") or conv is None or conv.is_expired(context.services.clock.now()):
        return
    draft = PROFILE_FLOW.draft(conv)
    try:
        if message.photo:
            largest = message.photo[-1]
            check_photo("image/jpeg", largest.file_size)
            file_id = largest.file_id
        elif message.document is not None:
            check_photo(message.document.mime_type or "application/octet-stream", message.document.file_size)
            file_id = message.document.file_id
        else:
            return
        if len(draft.photos) >= MAX_PHOTOS:
            raise ProfileError("too-many-photos")
    except ProfileError as exc:
        context.record(kind="catalogue.profile_photo", outcome="invalid")
        await reply(update, context, context.t(f"catalogue-error-{exc.reason}"))
    else:
        draft.photos.append(file_id)
        context.record(kind="catalogue.profile_photo", outcome="ok")
        await _move(update, context, conv, "photos", draft)
    raise ApplicationHandlerStop  # the photo was this step's answer: no other handler replies to it


# ------------------------------------------------------------------ /moderate
@requires_role(Role.STAFF)
async def moderate_command(update: Update, context: HelpdeskContext) -> None:
    """The oldest profile waiting for approval, with Approve / Send back."""
    await _show_queue(update, context, edit=False)


async def _show_queue(update: Update, context: HelpdeskContext, *, edit: bool) -> None:
    queue = await context.services.catalogue.profiles.moderation_queue(context.person, limit=1)
    if not queue:
        await (edit_or_reply if edit else reply)(update, context, context.t("catalogue-moderate-empty"))
        return
    view = queue[0]
    keyboard = InlineKeyboardMarkup([[button(context.t("catalogue-btn-approve"), MODERATE.encode("a", view.id)),
                                      button(context.t("catalogue-btn-reject"), MODERATE.encode("r", view.id))]])
    text = context.t("catalogue-moderate-head") + "\n\n" + profile_card(context.t, view, context.lang, private=True)
    await (edit_or_reply if edit else reply)(update, context, text, keyboard)


@requires_role(Role.STAFF)
async def on_moderate(update: Update, context: HelpdeskContext) -> None:
    """Approve or send back a profile (the use case tells its owner through the outbox)."""
    query = update.callback_query
    pressed = MODERATE.decode(query.data if query else None)
    args, profile_id = ([str(pressed.verb)], pressed.id()) if pressed else (None, None)
    if query is None or args is None or args[0] not in ("a", "r") or profile_id is None:
        await stale_button(update, context)
        return
    await query.answer()
    approve = args[0] == "a"
    try:
        view = await context.services.catalogue.profiles.review(context.person, profile_id, approve=approve)
    except ProfileError as exc:
        await edit_or_reply(update, context, context.t(f"catalogue-error-{exc.reason}"))
        return
    context.record(kind="staff.catalogue_review", outcome="approved" if approve else "sent_back",
                   subject=f"profile:{view.id}")
    await _show_queue(update, context, edit=True)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """/profile, its steps and buttons, photos, /moderate."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("profile", profile_command, filters=private))
    application.add_handler(CommandHandler("moderate", moderate_command, filters=private))
    application.add_handler(CallbackQueryHandler(on_manage, pattern=PROFILE_MANAGE.pattern))
    application.add_handler(CallbackQueryHandler(on_step_button, pattern=PROFILE_STEPS.pattern))
    application.add_handler(CallbackQueryHandler(on_moderate, pattern=MODERATE.pattern))
    application.add_handler(MessageHandler(private & (filters.PHOTO | filters.Document.ALL), on_photo),
                            group=-6)  # before the conversation router (-5), see telegram/routing.py
    on_flow_text(application, PROFILE_FLOW.name, on_text, restart_command="profile")
    command(application, "profile")
    command(application, "moderate", Role.STAFF)
