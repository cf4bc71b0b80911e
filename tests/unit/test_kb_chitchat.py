"""Chit-chat (``knowledge/_chitchat.yaml``): greetings, thanks and goodbyes in the seven languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpdesk_bot.knowledge_base.chitchat import ChitChatVocabulary, load_chitchat, parse_chitchat
from helpdesk_bot.knowledge_base.normalise import tokens
from helpdesk_bot.knowledge_base.validation import validate_directory

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="module")
def vocabulary() -> ChitChatVocabulary:
    loaded, problems = load_chitchat(KNOWLEDGE / "_chitchat.yaml")
    assert problems == []
    return loaded


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("hi", "en", "greeting"),
        ("Hello, who are you?", "en", "greeting"),
        ("thanks a lot!", "en", "thanks"),
        ("ok bye", "en", "bye"),
        ("dzięki", "pl", "thanks"),
        ("Dzień dobry, kim jesteś?", "pl", "greeting"),
        ("dziekuje bardzo", "pl", "thanks"),
        ("ahoj", "cs", "greeting"),
        ("Díky moc, na shledanou", "cs", "bye"),
        ("dekuju", "cs", "thanks"),
        ("hvala", "sl", "thanks"),
        ("Živjo, kdo si?", "sl", "greeting"),
        ("hvala za pomoč, lep dan še naprej", "sl", "bye"),
        ("danke", "de", "thanks"),
        ("Guten Morgen!", "de", "greeting"),
        ("Tschüss, bis bald", "de", "bye"),
        ("ačiū", "lt", "thanks"),
        ("aciu labai", "lt", "thanks"),
        ("Labas, kaip sekasi?", "lt", "greeting"),
        ("tack", "sv", "thanks"),
        ("Hej, vem är du?", "sv", "greeting"),
        ("hej då", "sv", "bye"),
        # "who are you, a human or a bot?" and thanks with praise, as people write them
        ("Am I talking to a human or a bot?", "en", "greeting"),
        ("Thanks, that really helped!", "en", "thanks"),
        ("Jesteś człowiekiem czy botem?", "pl", "greeting"),
        ("Dzięki, bardzo mi to pomogło", "pl", "thanks"),
        ("Jsi člověk, nebo robot?", "cs", "greeting"),
        ("Díky, to mi fakt pomohlo", "cs", "thanks"),
        ("Si človek ali robot?", "sl", "greeting"),
        ("Hvala, res ste mi pomagali", "sl", "thanks"),
        ("Bist du ein Mensch oder ein Bot?", "de", "greeting"),
        ("Vielen Dank, das war sehr hilfreich", "de", "thanks"),
        ("Ar tu žmogus, ar robotas?", "lt", "greeting"),
        ("Ačiū, labai padėjo", "lt", "thanks"),
        ("Är du en människa eller en bot?", "sv", "greeting"),
        ("Tack, det hjälpte verkligen", "sv", "thanks"),
        # a bot word with only filler and stopwords asks who is answering
        ("Píšu si teď s robotem?", "cs", "greeting"),
        ("Är det en riktig människa eller en bot?", "sv", "greeting"),
        ("bot?", "en", "greeting"),
        # who is answering, asked without a greeting phrase, in any words around it
        ("Bist du eigentlich ein Mensch?", "de", "greeting"),
        ("Wer bist du eigentlich – ein Mensch oder ein Programm?", "de", "greeting"),
        ("Are you an AI?", "en", "greeting"),
        ("Czy rozmawiam z człowiekiem?", "pl", "greeting"),
        ("Jsi skutečný člověk?", "cs", "greeting"),
        ("Ar tu dirbtinis intelektas?", "lt", "greeting"),
        ("Si umetna inteligenca?", "sl", "greeting"),
        ("Är du en AI?", "sv", "greeting"),
        # is anybody there?
        ("Sveiki, ar čia kas nors yra?", "lt", "greeting"),
        ("Hallo, ist da jemand?", "de", "greeting"),
        ("Är det en människa som svarar här?", "sv", "greeting"),
        ("Dobrý den, je tu někdo?", "cs", "greeting"),
        # closing words
        ("Díky, to mi stačí. Hezký den!", "cs", "bye"),
        ("Danke, das reicht mir!", "de", "thanks"),
        ("Tack för hjälpen, ha det gött!", "sv", "bye"),
        # the bot's name, and "now I get it" after thanks
        ("Wie heißt du?", "de", "greeting"),
        ("Jak se jmenuješ?", "cs", "greeting"),
        ("Jak masz na imię?", "pl", "greeting"),
        ("Kako ti je ime?", "sl", "greeting"),
        ("Koks tavo vardas?", "lt", "greeting"),
        ("What's your name?", "en", "greeting"),
        ("Thanks, got it, makes sense now", "en", "thanks"),
        ("Dzięki, już kumam", "pl", "thanks"),
        ("Ačiū, dabar suprantu", "lt", "thanks"),
        ("Danke, jetzt ist alles klar", "de", "thanks"),
        # a live person or a robot
        ("Czy piszę z żywym człowiekiem?", "pl", "greeting"),
        ("Ar kalbu su gyvu žmogumi?", "lt", "greeting"),
        ("lol ok you're actually pretty helpful, thanks", "en", "thanks"),
        ("haha dzięki xd", "pl", "thanks"),
        # who built the bot, and longer ways of asking who answers
        ("who are you and who built you?", "en", "greeting"),
        ("Bist du eine KI oder sitzt da ein echter Mensch?", "de", "greeting"),
        ("Wer hat dich programmiert?", "de", "greeting"),
        ("Vem är du egentligen, är du en människa eller en bot?", "sv", "greeting"),
        ("A ty w ogóle kim jesteś? Człowiek czy bot?", "pl", "greeting"),
    ],
)
def test_chit_chat_is_recognised(vocabulary: ChitChatVocabulary, text: str, lang: str, kind: str) -> None:
    assert vocabulary.kind_of(tokens(text), lang) == kind


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hi, how do I register a business?", "en"),
        ("dzięki, a ile płacę do ZUS?", "pl"),
        ("Ahoj, musím platit DPH?", "cs"),
        ("Hvala, kako odprem s.p.?", "sl"),
        ("Danke! Wie melde ich ein Gewerbe an?", "de"),
        ("Labas, kaip įregistruoti veiklą?", "lt"),
        ("Tack, hur startar jag enskild firma?", "sv"),
        ("What is the weather tomorrow?", "en"),
        # the words that come with chit-chat never make a question chit-chat
        ("Czy bot pomoże mi z ZUS?", "pl"),
        ("Bist du ein Mensch? Wie melde ich ein Gewerbe an?", "de"),
        ("Tack! Hjälp mig med momsen", "sv"),
        ("Díky, kde koupím boty na veletrh?", "cs"),  # shoes, not a bot
        ("Danke! Wo finde ich die Botschaft?", "de"),
        ("Kann ich mit einem Menschen sprechen?", "de"),  # a request for an advisor
        ("Can I copyright AI art?", "en"),
        ("", "en"),
    ],
)
def test_a_question_with_a_greeting_is_still_a_question(vocabulary: ChitChatVocabulary, text: str, lang: str) -> None:
    assert vocabulary.kind_of(tokens(text), lang) is None
    assert vocabulary.kind_of(tokens(text), lang, _topic_words) is None


#: The knowledge base's words, for the stray-word rule (the matcher asks its vocabulary).
_TOPIC_WORDS = frozenset({"vat", "zus", "momsen", "gewerbe", "copyright", "art", "register", "business", "finde"})


def _topic_words(word: str) -> bool:
    return word in _TOPIC_WORDS


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Bist du eine KI oder hockt da ein Mensch?", "de", "greeting"),
        ("Tack för hjälpen, du är en stjärna!", "sv", "thanks"),
        ("Thanks so much, lovely!", "en", "thanks"),
    ],
)
def test_one_stray_word_of_no_topic_passes_in_clear_chit_chat(
    vocabulary: ChitChatVocabulary, text: str, lang: str, kind: str
) -> None:
    assert vocabulary.kind_of(tokens(text), lang, _topic_words) == kind
    # without the knowledge base's vocabulary no stray word is let pass
    assert vocabulary.kind_of(tokens(text), lang) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thanks so much! VAT?", "en"),  # a topic word is a question
        ("Danke! Botschaft?", "de"),  # one chit-chat signal only
        ("Thanks so much, lovely weather today", "en"),  # two stray words
        ("Hi there, ZUS?", "pl"),
    ],
)
def test_a_stray_word_of_a_topic_or_a_second_one_makes_a_question(
    vocabulary: ChitChatVocabulary, text: str, lang: str
) -> None:
    assert vocabulary.kind_of(tokens(text), lang, _topic_words) is None


def test_every_kind_has_all_seven_languages_and_problems_are_reported(tmp_path: Path) -> None:
    problems = parse_chitchat({"kinds": {"greeting": {"en": ["hi"]}, "smalltalk": {"en": ["x"]}}, "other": 1})[1]
    text = [f"{where}: {message}" for where, message in problems]
    assert any(t.startswith("kinds.greeting: missing language(s): pl") for t in text), text
    assert any(t.startswith("kinds.smalltalk: is not one of") for t in text), text
    assert any(t.startswith("other: unknown key") for t in text), text
    (tmp_path / "_chitchat.yaml").write_text("kinds: [1]\n", encoding="utf-8")
    assert any(p.file == "_chitchat.yaml" for p in validate_directory(tmp_path))


def test_the_shipped_vocabulary_is_valid() -> None:
    assert [p for p in validate_directory(KNOWLEDGE) if p.file == "_chitchat.yaml"] == []
