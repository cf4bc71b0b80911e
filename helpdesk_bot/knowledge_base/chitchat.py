"""Chit-chat: greetings, thanks and goodbyes (data: ``knowledge/_chitchat.yaml``).

"hi", "dzięki", "who are you", "ahoj", "hvala za pomoč", "danke", "ačiū", "tack" are not questions
for the knowledge base: they get a short friendly reply with the menu and are not filed as
knowledge gaps.  The vocabulary is data, per kind and per language:

.. code-block:: yaml

    kinds:
      greeting:
        en: [hi, hello, "good morning", "who are you"]
      thanks:
        pl: ["dzięk*", dziękuję]
    filler:            # words that may come with them ("thanks *so much* for the *help*")
      en: [so, much, help, bot]

Patterns are written like country cues (:mod:`.cues`): folded, ``*`` for any ending, several words
for consecutive words.  A message is chit-chat when it is short (at most :data:`MAX_WORDS` words)
and, once its chit-chat phrases are taken out, only stopwords and filler words are left.  "Hi, how
do I register a business?" is a question (``register``, ``business`` are left).

``identity`` words (*human*, *bot*, *AI*, *KI*, *program*) ask who is answering: a message of them,
filler and stopwords is a greeting ("Bist du eigentlich ein Mensch?"), even without a greeting
phrase.  People add a word of their own to chit-chat ("Bist du eine KI oder *sitzt* da ein Mensch?",
"Tack för hjälpen, ha det *gött*!"): one such word is let pass when the message holds at least
:data:`SIGNALS_FOR_A_STRAY_WORD` chit-chat phrases, identity or filler words and the word is no word
of the knowledge base (``is_topic_word``).  "Danke! Wo finde ich die Botschaft?" stays a question
(one signal only), and so does "Thanks! VAT?" (a topic word).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cues import MIN_PREFIX, Pattern, compile_pattern
from .model import LANGUAGES
from .normalise import stopwords_for
from .side_files import MISSING, read_side_file

CHITCHAT_FILE = "_chitchat.yaml"

#: Kinds of chit-chat; each has a translated reply ``kb-chitchat-<kind>``.
KINDS: tuple[str, ...] = ("greeting", "thanks", "bye")

#: Longest message (words) taken for chit-chat.
MAX_WORDS = 14
#: Chit-chat phrases, identity and filler words a message needs before one stray word of its own is let pass.
SIGNALS_FOR_A_STRAY_WORD = 2


@dataclass(frozen=True)
class ChitChatVocabulary:
    """Chit-chat phrases by kind, identity words and filler words (empty: nothing is chit-chat)."""

    phrases: tuple[Pattern, ...] = ()  # Pattern.kind is the chit-chat kind
    filler: tuple[Pattern, ...] = ()
    identity: tuple[Pattern, ...] = ()  # words asking who is answering (Pattern.kind "identity")
    _by_first: dict[str, list[Pattern]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, list[Pattern]] = {}
        for pattern in (*self.phrases, *self.identity, *self.filler):
            index.setdefault(pattern.words[0][:MIN_PREFIX], []).append(pattern)
        for bucket in index.values():
            bucket.sort(key=lambda p: (-len(p.words), p.kind == "filler"))
        object.__setattr__(self, "_by_first", index)

    def kind_of(
        self,
        folded: Sequence[str],
        lang: str | None,
        is_topic_word: Callable[[str], bool] | None = None,
    ) -> str | None:
        """The chit-chat kind of a message's folded words, or ``None`` when it is (also) a question.

        ``is_topic_word`` tells a word of the knowledge base; without it no stray word is let pass.
        """
        if not folded or len(folded) > MAX_WORDS or not self.phrases:
            return None
        stop = stopwords_for(lang)
        kinds: list[str] = []
        signals = 0
        stray: list[str] = []
        i = 0
        while i < len(folded):
            token = folded[i]
            matched = next(
                (p for p in self._by_first.get(token[:MIN_PREFIX], ()) if p.matches_at(folded, i)), None
            )
            if matched is not None:
                signals += 1
                if matched.kind == "identity":
                    kinds.append("greeting")  # "who is answering?" is answered like a greeting
                elif matched.kind != "filler":
                    kinds.append(matched.kind)
                i += len(matched.words)
                continue
            if token in stop or token.isdigit() or len(token) < 2:
                i += 1
                continue
            stray.append(token)  # a word of substance: a question, unless it is one stray word
            if len(stray) > 1 or is_topic_word is None or is_topic_word(token):
                return None
            i += 1
        if not kinds or (stray and signals < SIGNALS_FOR_A_STRAY_WORD):
            return None
        # "thanks, bye" is a goodbye; "hi, thanks" thanks
        for kind in ("bye", "thanks", "greeting"):
            if kind in kinds:
                return kind
        return kinds[0]


EMPTY_CHITCHAT = ChitChatVocabulary()


def parse_chitchat(data: Any) -> tuple[ChitChatVocabulary, list[tuple[str, str]]]:
    """Check and index the content of ``_chitchat.yaml``; returns the vocabulary and ``(field, problem)``s."""
    problems: list[tuple[str, str]] = []
    if not isinstance(data, Mapping):
        return EMPTY_CHITCHAT, [("yaml", "must be a mapping with kinds and filler")]
    for key in data:
        if key not in ("kinds", "filler", "identity"):
            problems.append((str(key), "unknown key"))
    phrases: list[Pattern] = []
    filler: list[Pattern] = []
    kinds = data.get("kinds")
    if not isinstance(kinds, Mapping):
        problems.append(("kinds", f"must be a mapping of {', '.join(KINDS)} -> language -> phrases"))
        kinds = {}
    for kind, by_lang in kinds.items():
        if kind not in KINDS:
            problems.append((f"kinds.{kind}", f"is not one of {', '.join(KINDS)}"))
            continue
        phrases.extend(patterns_by_language(by_lang, f"kinds.{kind}", str(kind), problems))
        missing = [lang for lang in LANGUAGES if not isinstance(by_lang, Mapping) or lang not in by_lang]
        if missing:
            problems.append((f"kinds.{kind}", f"missing language(s): {', '.join(missing)}"))
    filler.extend(patterns_by_language(data.get("filler") or {}, "filler", "filler", problems))
    identity = patterns_by_language(data.get("identity") or {}, "identity", "identity", problems)
    return ChitChatVocabulary(tuple(phrases), tuple(filler), tuple(identity)), problems


def patterns_by_language(
    raw: object, where: str, kind: str, problems: list[tuple[str, str]]
) -> list[Pattern]:
    """Patterns of a ``language -> list of phrases`` mapping; problems are appended as ``(field, message)``."""
    out: list[Pattern] = []
    if not isinstance(raw, Mapping):
        problems.append((where, "must be a mapping of language -> list of phrases"))
        return out
    for lang, items in raw.items():
        if lang not in LANGUAGES:
            problems.append((f"{where}.{lang}", f"unknown language (use one of {', '.join(LANGUAGES)})"))
            continue
        if not isinstance(items, list):
            problems.append((f"{where}.{lang}", "must be a list of phrases"))
            continue
        for i, item in enumerate(items):
            pattern = compile_pattern(item, "-", kind) if isinstance(item, str) else None
            if pattern is None:
                problems.append((f"{where}.{lang}[{i}]", "must be a phrase with letters"))
                continue
            if any(p and len(w) < MIN_PREFIX for w, p in zip(pattern.words, pattern.prefix, strict=True)):
                problems.append((f"{where}.{lang}[{i}]", f"{item!r} is too short for a prefix"))
                continue
            out.append(pattern)
    return out


def load_chitchat(path: Path) -> tuple[ChitChatVocabulary, list[tuple[str, str]]]:
    """Read and check a chit-chat file; a missing file means no chit-chat (no problem)."""
    data, problem = read_side_file(path)
    if data is MISSING:
        return EMPTY_CHITCHAT, [problem] if problem else []
    return parse_chitchat(data)
