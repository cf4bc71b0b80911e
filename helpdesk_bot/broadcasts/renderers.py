"""Renderers shared by every domain: a translated message with optional buttons."""

from __future__ import annotations

from typing import Any

from helpdesk_bot.broadcasts.delivery import ButtonIntent, ButtonSpec, Recipient, RenderedMessage, Renderer
from helpdesk_bot.i18n.catalog import Translator

TRANSLATED = "translated"


def translated_message(key: str, args: dict[str, Any] | None = None,
                       buttons: list[list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    """Outbox payload of a catalog message rendered in the recipient's language at send time.

    ``buttons`` rows hold :func:`intent_button` dicts (``{"key": catalog key, "intent": {...}}``) or
    ``{"key", "url"}``, and optionally ``"args"`` for the label (``{"key": "ticket-btn-take-id", "args":
    {"id": 12}, ...}``). Rows stored before intents hold ``"data"`` (callback data) and still render.
    Every string argument is escaped when the message is rendered: a payload read back from the
    database can never carry markup of its own.
    """
    payload: dict[str, Any] = {"key": key, "args": args or {}}
    if buttons:
        payload["buttons"] = buttons
    return payload


def intent_button(key: str, area: str, verb: str | None, *values: int | str,
                  args: dict[str, Any] | None = None) -> dict[str, Any]:
    """A button of an outbox payload: its label's catalog key and what it does (see :class:`ButtonIntent`)."""
    button: dict[str, Any] = {"key": key, "intent": ButtonIntent(area, verb, values).to_json()}
    if args:
        button["args"] = args
    return button


def payload_button(text: str, button: dict[str, Any]) -> ButtonSpec:
    """The :class:`ButtonSpec` of a stored payload button: an intent, a link, or old callback ``data``."""
    intent = button.get("intent")
    return ButtonSpec(text, callback_data=None if intent else button.get("data"), url=button.get("url"),
                      intent=ButtonIntent.from_json(intent) if intent else None)


def translated_renderer(translator: Translator) -> Renderer:
    """The renderer of :data:`TRANSLATED` payloads."""

    async def render(payload: dict[str, Any], recipient: Recipient) -> RenderedMessage | None:
        args = {k: (v if isinstance(v, (str, int, float)) or v is None else str(v))
                for k, v in payload.get("args", {}).items()}
        text = translator.format(recipient.language, str(payload["key"]), args)
        rows = [
            [
                payload_button(str(translator.format(recipient.language, b["key"], b.get("args") or {})), b)
                for b in row
            ]
            for row in payload.get("buttons", [])
        ]
        return RenderedMessage(text=text, buttons=rows)

    return render
