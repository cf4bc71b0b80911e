"""Staff commands for roles: /grant, /revoke, /roles."""

from __future__ import annotations

from telegram import MessageOriginUser, Update
from telegram.ext import Application, CommandHandler

from helpdesk_bot.i18n.catalog import html_join
from helpdesk_bot.people.actor import Forbidden
from helpdesk_bot.people.models import Role
from helpdesk_bot.people.service import PersonView, RoleChangeError
from helpdesk_bot.telegram.callback_data import MAX_TELEGRAM_ID, parse_int
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.handlers.common import command, refuse, requires_role
from helpdesk_bot.telegram.replies import reply, send

_ROLES = {"advisor": Role.ADVISOR, "staff": Role.STAFF, "partner": Role.PARTNER}


def _target(update: Update, context: HelpdeskContext) -> tuple[Role | None, int | None, str | None]:
    """(role, target telegram id, error key) from the arguments or the replied-to forwarded message."""
    args = context.args or []
    role = _ROLES.get(args[0].lower()) if args else None
    if role is None:
        return None, None, None
    if len(args) >= 2:
        target = parse_int(args[1], 1, MAX_TELEGRAM_ID)
        return (role, target, None) if target is not None else (None, None, None)
    message = update.effective_message
    replied = message.reply_to_message if message else None
    if replied is not None:
        origin = replied.forward_origin
        if isinstance(origin, MessageOriginUser):
            return role, origin.sender_user.id, None
        if origin is not None:
            return role, None, "role-error-hidden_forward"
    return None, None, None


async def _change(update: Update, context: HelpdeskContext, grant: bool) -> None:
    role, target, error = _target(update, context)
    verb = "grant" if grant else "revoke"
    context.record(kind=f"roles.{verb}")
    if error:
        context.record(outcome="invalid")
        await reply(update, context, context.t(error))
        return
    if role is None or target is None:
        context.record(outcome="invalid")
        await reply(update, context, context.t(f"{verb}-usage"))
        return
    people = context.services.people
    try:
        changed: PersonView = await (people.grant if grant else people.revoke)(target, role, by=context.person)
    except Forbidden as refused:
        await refuse(update, context, refused.role)
        return
    except RoleChangeError as exc:
        context.record(outcome="refused", subject=str(target))
        await reply(update, context, context.t(f"role-error-{exc.reason}"))
        return
    context.record(outcome="ok", subject=str(target), topic=str(role))
    role_name = context.t(f"role-{role.value}")
    await reply(update, context, context.t(f"{verb}-done", name=changed.display_name(), role=role_name))
    tr = context.services.translator
    try:
        await send(context, target, tr(changed.language, f"role-{'granted' if grant else 'revoked'}-you",
                                       role=tr(changed.language, f"role-{role.value}")))
    except Exception:  # the person may have blocked the bot; the change stands
        pass


@requires_role(Role.STAFF)
async def grant(update: Update, context: HelpdeskContext) -> None:
    """/grant advisor|staff USER_ID (or as a reply to a forwarded message)."""
    await _change(update, context, grant=True)


@requires_role(Role.STAFF)
async def revoke(update: Update, context: HelpdeskContext) -> None:
    """/revoke advisor|staff USER_ID (or as a reply to a forwarded message)."""
    await _change(update, context, grant=False)


@requires_role(Role.STAFF)
async def list_roles(update: Update, context: HelpdeskContext) -> None:
    """/roles: everyone with a role."""
    people = await context.services.people.list_with_roles()
    if not people:
        await reply(update, context, context.t("roles-list-empty"))
        return
    lines = [context.t("roles-list-title")]
    for p in people:
        roles = html_join(", ", (context.t(f"role-{r}") for r in sorted(p.roles)))
        lines.append(context.t("roles-list-line", name=p.display_name(), id=str(p.telegram_id), roles=roles))
    await reply(update, context, html_join("\n", lines))


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Add the role commands."""
    application.add_handler(CommandHandler("grant", grant))
    application.add_handler(CommandHandler("revoke", revoke))
    application.add_handler(CommandHandler("roles", list_roles))
    command(application, "grant", Role.STAFF)
    command(application, "revoke", Role.STAFF)
    command(application, "roles", Role.STAFF)
