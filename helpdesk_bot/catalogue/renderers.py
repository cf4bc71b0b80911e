"""Outbox renderer of the weekly digest: the payload holds data only; the text is made at send time in the
recipient's language and time zone, every value escaped."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from helpdesk_bot.broadcasts.delivery import ButtonIntent, ButtonSpec, Recipient, RenderedMessage, Renderer
from helpdesk_bot.broadcasts.renderers import payload_button
from helpdesk_bot.i18n.catalog import Markup, Translator, html_join
from helpdesk_bot.i18n.formatting import format_date, format_time

DIGEST = "catalogue.digest"


def digest_payload(events: list[tuple[datetime, str]], calls: list[tuple[str, date]], kb: list[str]) -> dict[str, Any]:
    """The outbox payload of a digest: upcoming events (start, title), matching calls (need, deadline), answers."""
    return {"events": [{"starts_at": s.isoformat(), "title": t} for s, t in events],
            "calls": [{"need": n, "deadline": d.isoformat()} for n, d in calls],
            "kb": list(kb)}


def digest_renderer(translator: Translator) -> Renderer:
    """Render :data:`DIGEST` payloads (None when a payload is empty: nothing is sent)."""

    async def render(payload: dict[str, Any], recipient: Recipient) -> RenderedMessage | None:
        lang, tz = recipient.language, recipient.timezone
        parts: list[Markup] = [translator(lang, "digest-head")]
        events = payload.get("events") or []
        if events:
            lines = []
            for item in events:
                start = datetime.fromisoformat(str(item["starts_at"]))
                local_day = start.astimezone(ZoneInfo(tz)).date()
                lines.append(Markup("• {}, {} — {}").format(format_date(local_day, lang), format_time(start, lang, tz),
                                                            str(item.get("title") or "")))
            parts.append(translator(lang, "digest-events") + Markup("\n") + html_join("\n", lines))
        calls = payload.get("calls") or []
        if calls:
            lines = [Markup("• {} ({})").format(str(c.get("need") or ""),
                                                format_date(date.fromisoformat(str(c["deadline"])), lang))
                     for c in calls]
            parts.append(translator(lang, "digest-calls") + Markup("\n") + html_join("\n", lines))
        kb = payload.get("kb") or []
        if kb:
            parts.append(translator(lang, "digest-kb") + Markup("\n")
                         + html_join("\n", [Markup("• {}").format(str(q)) for q in kb]))
        if len(parts) == 1:
            return None
        if events:
            parts.append(translator(lang, "digest-times-in", zone=tz))
        button = ButtonSpec(str(translator(lang, "digest-btn-unsubscribe")), intent=ButtonIntent("dg", "u", ("1",)))
        return RenderedMessage(text=html_join("\n\n", parts), buttons=[[button]])

    return render


MENTION = "catalogue.mention"


def mention_payload(key: str, args: dict[str, Any], *, user_id: int, label: str, arg: str = "handle",
                    buttons: list[list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    """Outbox payload of a message that names a person with a link to their Telegram account (``arg``)."""
    payload: dict[str, Any] = {"key": key, "args": args, "mention": {"arg": arg, "user_id": int(user_id),
                                                                   "label": str(label)}}
    if buttons:
        payload["buttons"] = buttons
    return payload


def mention(user_id: int, label: str) -> Markup:
    """A link to a Telegram account (works with or without a username); the label is escaped."""
    return Markup('<a href="tg://user?id={}">{}</a>').format(int(user_id), label)


def mention_renderer(translator: Translator) -> Renderer:
    """Render :data:`MENTION` payloads: a catalog message whose ``mention`` argument links a person."""

    async def render(payload: dict[str, Any], recipient: Recipient) -> RenderedMessage | None:
        lang = recipient.language
        args: dict[str, Any] = {k: (v if isinstance(v, (str, int, float)) or v is None else str(v))
                                for k, v in (payload.get("args") or {}).items()}
        spec = payload.get("mention") or {}
        if spec:
            args[str(spec["arg"])] = mention(int(spec["user_id"]), str(spec.get("label") or ""))
        text = translator.format(lang, str(payload["key"]), args)
        rows = [[payload_button(str(translator(lang, b["key"])), b) for b in row] for row in payload.get("buttons", [])]
        return RenderedMessage(text=text, buttons=rows)

    return render
