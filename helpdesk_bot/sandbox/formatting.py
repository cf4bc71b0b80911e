"""Telegram-style parsing of formatted text (``parse_mode="HTML"``) for the sandbox.

The real Bot API turns HTML into plain text plus a list of ``MessageEntity`` objects and
refuses malformed input with ``400 Bad Request: can't parse entities: ...``.  This module does
the same, loosely: it knows the tags Telegram supports, rejects unknown and unbalanced tags and
bare ``<`` characters, and computes entity offsets in UTF-16 code units as Telegram does.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "EntityParseError",
    "ParsedText",
    "entities_to_plain",
    "parse_html",
    "utf16_len",
]

_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*?)?)\s*(/?)>")
_ATTR_RE = re.compile(r"""([a-zA-Z][a-zA-Z0-9_-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_CHARREF_RE = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|lt|gt|amp|quot);")

# tag name -> entity type (None: decided from attributes)
_SIMPLE_TAGS: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
}
_SUPPORTED_TAGS = {*_SIMPLE_TAGS, "a", "span", "blockquote", "tg-emoji"}


class EntityParseError(ValueError):
    """Raised for text that Telegram would refuse with ``can't parse entities``."""

    @property
    def description(self) -> str:
        """The Bot API error description for this problem."""
        return f"Bad Request: can't parse entities: {self}"


@dataclass
class ParsedText:
    """Plain text and Bot API entity dicts produced from formatted input."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _OpenTag:
    name: str
    entity: dict[str, Any] | None
    start: int  # UTF-16 offset in the output


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (the unit of Telegram's offsets and limits)."""
    return len(text.encode("utf-16-le")) // 2


def _decode_charrefs(chunk: str) -> str:
    def repl(match: re.Match[str]) -> str:
        return html.unescape(match.group(0))

    return _CHARREF_RE.sub(repl, chunk)


def _attributes(raw: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for match in _ATTR_RE.finditer(raw):
        name = match.group(1).lower()
        value = next((g for g in match.groups()[1:] if g is not None), "")
        attrs[name] = html.unescape(value)
    return attrs


def _entity_for(name: str, attrs: dict[str, str], byte_offset: int) -> dict[str, Any] | None:
    """Entity dict (without offset/length) for an opening tag, or None for a no-op tag."""
    if name in _SIMPLE_TAGS:
        return {"type": _SIMPLE_TAGS[name]}
    if name == "a":
        href = attrs.get("href")
        if not href:
            return None
        match = re.match(r"tg://user\?id=(\d+)$", href)
        if match:
            return {
                "type": "text_mention",
                "user": {"id": int(match.group(1)), "is_bot": False, "first_name": ""},
            }
        return {"type": "text_link", "url": href}
    if name == "span":
        if attrs.get("class") != "tg-spoiler":
            raise EntityParseError(f'Unsupported start tag "span" at byte offset {byte_offset}')
        return {"type": "spoiler"}
    if name == "blockquote":
        return {"type": "expandable_blockquote" if "expandable" in attrs else "blockquote"}
    if name == "tg-emoji":
        emoji_id = attrs.get("emoji-id")
        if not emoji_id:
            raise EntityParseError(f"Custom emoji entity must have emoji-id at byte offset {byte_offset}")
        return {"type": "custom_emoji", "custom_emoji_id": emoji_id}
    raise EntityParseError(f'Unsupported start tag "{name}" at byte offset {byte_offset}')


def parse_html(source: str) -> ParsedText:
    """Parse Telegram HTML into plain text and entities.

    Raises:
        EntityParseError: for unknown tags, unbalanced tags or a bare ``<``.
    """
    out: list[str] = []
    out_len = 0
    entities: list[dict[str, Any]] = []
    stack: list[_OpenTag] = []
    pos = 0
    while pos < len(source):
        lt = source.find("<", pos)
        chunk = source[pos:] if lt == -1 else source[pos:lt]
        if chunk:
            decoded = _decode_charrefs(chunk)
            out.append(decoded)
            out_len += utf16_len(decoded)
        if lt == -1:
            break
        byte_offset = len(source[:lt].encode("utf-8"))
        match = _TAG_RE.match(source, lt)
        if match is None:
            raise EntityParseError(f"Unexpected end of name token at byte offset {byte_offset}")
        closing, name, raw_attrs, self_closing = match.groups()
        name = name.lower()
        if name not in _SUPPORTED_TAGS:
            kind = "end" if closing else "start"
            raise EntityParseError(f'Unsupported {kind} tag "{name}" at byte offset {byte_offset}')
        if closing:
            if not stack:
                raise EntityParseError(f"Unexpected end tag at byte offset {byte_offset}")
            top = stack.pop()
            if top.name != name:
                raise EntityParseError(
                    f'Unmatched end tag at byte offset {byte_offset}, expected "</{top.name}>", found "</{name}>"'
                )
            if top.entity is not None and out_len > top.start:
                entities.append({**top.entity, "offset": top.start, "length": out_len - top.start})
        else:
            if self_closing:
                raise EntityParseError(f'Unsupported start tag "{name}/" at byte offset {byte_offset}')
            attrs = _attributes(raw_attrs or "")
            entity = _entity_for(name, attrs, byte_offset)
            if name == "code" and stack and stack[-1].name == "pre" and stack[-1].entity is not None:
                language = attrs.get("class", "")
                if language.startswith("language-"):
                    stack[-1].entity["language"] = language.removeprefix("language-")
                entity = None
            stack.append(_OpenTag(name=name, entity=entity, start=out_len))
        pos = match.end()
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return ParsedText(text="".join(out), entities=entities)


def _utf16_slice(text: str, offset: int, length: int) -> str:
    encoded = text.encode("utf-16-le")
    return encoded[offset * 2 : (offset + length) * 2].decode("utf-16-le", errors="replace")


def entities_to_plain(text: str, entities: list[dict[str, Any]] | None) -> str:
    """Render text for a terminal: links get their URL appended in brackets.

    Everything else stays plain; Telegram clients show formatting that a terminal cannot.
    """
    links = sorted(
        (e for e in entities or [] if e.get("type") == "text_link"),
        key=lambda e: int(e["offset"]),
        reverse=True,
    )
    encoded = text
    for entity in links:
        offset, length = int(entity["offset"]), int(entity["length"])
        label = _utf16_slice(encoded, offset, length)
        url = str(entity.get("url", ""))
        if url and url != label:
            units = encoded.encode("utf-16-le")
            tail = units[(offset + length) * 2 :].decode("utf-16-le", errors="replace")
            head = units[: (offset + length) * 2].decode("utf-16-le", errors="replace")
            encoded = f"{head} ({url}){tail}"
    return encoded
