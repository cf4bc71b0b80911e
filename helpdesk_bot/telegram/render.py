"""Rendering helpers: splitting long HTML messages within Telegram's 4096-character limit.

Telegram counts lengths in UTF-16 code units (an emoji such as 🎨 counts twice), so every limit here
is measured with :func:`utf16_len`.
"""

from __future__ import annotations

import re

TELEGRAM_TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
def utf16_len(text: str) -> int:
    """The length of ``text`` as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


_TOKEN = re.compile(r"<(/?)([a-zA-Z0-9-]+)([^>]*)>|&[#a-zA-Z0-9]+;|[^<&]+|[<&]")


def split_html(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Split HTML text into chunks of at most ``limit`` UTF-16 code units (tags counted too).

    Cuts preferably at paragraph breaks, then line breaks, then spaces; never inside a tag or an
    entity; tags open at a cut are closed at the end of the chunk and reopened in the next one.
    """
    if utf16_len(text) <= limit:
        return [text]
    pieces: list[tuple[str, str | None, str]] = []  # (text, tag name, kind)
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if match.group(2):
            pieces.append((token, match.group(2).lower(), "close" if match.group(1) else "open"))
        elif token.startswith("&") and token.endswith(";"):
            pieces.append((token, None, "atom"))
        else:
            pieces.extend((ch, None, "char") for ch in token)

    chunks: list[str] = []
    stack: list[tuple[str, str]] = []  # (tag name, opening tag)
    current: list[str] = []
    length = 0

    def closing() -> str:
        return "".join(f"</{name}>" for name, _ in reversed(stack))

    def flush(upto: int) -> None:
        nonlocal current, length
        head, tail = current[:upto], current[upto:]
        # recompute the stack at the cut to close/reopen tags
        open_tags: list[tuple[str, str]] = []
        for tok in head:
            m = re.fullmatch(r"<(/?)([a-zA-Z0-9-]+)([^>]*)>", tok)
            if m:
                if m.group(1):
                    if open_tags and open_tags[-1][0] == m.group(2).lower():
                        open_tags.pop()
                else:
                    open_tags.append((m.group(2).lower(), tok))
        chunk = "".join(head).rstrip() + "".join(f"</{n}>" for n, _ in reversed(open_tags))
        if chunk.strip():
            chunks.append(chunk)
        reopen = [t for _, t in open_tags]
        prefix_stack[:] = open_tags
        body = list(tail)
        while body and body[0] in ("\n", " "):
            body.pop(0)
        current = reopen + body
        length = sum(utf16_len(t) for t in current)

    prefix_stack: list[tuple[str, str]] = []
    reserve = 64
    for token, name, kind in pieces:
        if kind == "open" and name is not None:
            stack.append((name, token))
        elif kind == "close" and name is not None and stack and stack[-1][0] == name:
            stack.pop()
        current.append(token)
        length += utf16_len(token)
        if length + len(closing()) + reserve > limit:
            joined = current
            cut = None
            for separator in ("\n\n", "\n", " "):
                for index in range(len(joined) - 1, 0, -1):
                    if separator == "\n\n":
                        if joined[index] == "\n" and joined[index - 1] == "\n":
                            cut = index + 1
                            break
                    elif joined[index] == separator:
                        cut = index + 1
                        break
                if cut and cut > len(joined) // 3:
                    break
                cut = None
            flush(cut or len(joined))
    if current:
        flush(len(current))
    return [c for c in chunks if c.strip()]
