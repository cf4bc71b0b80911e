"""Answers that know their country, direct answers and chit-chat, end to end (issue 13)."""

from __future__ import annotations

from sqlalchemy import func, select

from helpdesk_bot.i18n.catalog import Translator
from helpdesk_bot.knowledge_base.models import Gap
from tests.e2e.conftest import Harness
from tests.e2e.test_knowledge import _interactions, kb_dir, kb_harness  # noqa: F401  (fixtures)

translator = Translator()


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0]


async def test_the_questions_country_wins_and_the_answer_names_it_with_buttons_for_the_others(
    kb_harness: Harness,  # noqa: F811
) -> None:
    h = kb_harness
    user = h.user(601, "Ola")
    await h.onboard(user, language="pl", country="PL")
    # profile in Poland, question about Sweden: answered directly with the Swedish entry
    await user.send_text("Kiedy muszę zarejestrować się jako podatnik VAT w Szwecji?")
    answer = await h.expect_button(user, "kb:fb:")
    assert _first_line(answer.text) == "Ta odpowiedź dotyczy kraju: 🇸🇪 Szwecja."
    # vat-se has no Polish: English, and the bot says so in Polish
    assert translator("pl", "kb-note-english") in answer.text
    others = {b.value.split(":")[2]: b.text for b in answer.flat_buttons if b.value.startswith("kb:cc:")}
    assert others == {"vat-de": "🇩🇪 Niemcy", "vat-pl": "🇵🇱 Polska"}
    rows = await _interactions(h, "kb.question")
    assert [(r.outcome, r.subject) for r in rows] == [("answered", "vat-se")]
    # the other country's button shows that country's answer, again with its country line
    await user.press(answer, callback_data=next(b.value for b in answer.flat_buttons if ":vat-pl:" in b.value))
    polish = await h.expect(user, lambda m: m.message_id != answer.message_id and "kb:fb:" in str(
        [b.value for b in m.flat_buttons]))
    assert _first_line(polish.text) == "Ta odpowiedź dotyczy kraju: 🇵🇱 Polska."
    assert {b.value.split(":")[2] for b in polish.flat_buttons if b.value.startswith("kb:cc:")} == {"vat-de", "vat-se"}


async def test_a_system_term_points_to_its_country(kb_harness: Harness) -> None:  # noqa: F811
    h = kb_harness
    user = h.user(602, "Jan")
    await h.onboard(user, language="de", country="PL")
    await user.send_text("Was ist die Kleinunternehmerregelung?")
    answer = await h.expect_button(user, "kb:fb:")
    assert _first_line(answer.text) == "Diese Antwort bezieht sich auf: 🇩🇪 Deutschland."
    assert "Kleinunternehmer" in answer.text
    assert {b.value.split(":")[2] for b in answer.flat_buttons if b.value.startswith("kb:cc:")} == {"vat-pl", "vat-se"}


async def test_a_general_answer_has_no_country_line_nor_country_buttons(kb_harness: Harness) -> None:  # noqa: F811
    h = kb_harness
    user = h.user(603, "Eva")
    await h.onboard(user, language="en", country="SE")
    await user.send_text("how much should I charge for my handmade jewellery")
    answer = await h.expect_button(user, "kb:fb:")
    assert not _first_line(answer.text).startswith("This answer is for")
    assert not [b for b in answer.flat_buttons if b.value.startswith("kb:cc:")]


async def test_chit_chat_gets_a_friendly_reply_with_the_menu_and_is_not_a_gap(kb_harness: Harness) -> None:  # noqa: F811
    h = kb_harness
    user = h.user(604, "Tom")
    await h.onboard(user, language="pl", country="PL")
    thanks = translator("pl", "kb-chitchat-thanks")
    await user.send_text("Dzięki!")
    reply = await h.expect(user, lambda m: m.text.strip() == thanks)
    assert any(b.value == "menu:ask" for b in reply.flat_buttons)  # with the menu
    greeting = translator("pl", "kb-chitchat-greeting")
    await user.send_text("cześć")
    hello = await h.expect(user, lambda m: m.text.strip() == greeting)
    assert any(b.value == "menu:topics" for b in hello.flat_buttons)
    assert not any(translator("pl", "kb-fallback") in m.text for m in user.messages if m.from_bot)
    rows = await _interactions(h, "kb.question")
    assert [(r.outcome, r.subject) for r in rows] == [("chitchat", "thanks"), ("chitchat", "greeting")]
    async with h.services.uow() as uow:
        assert (await uow.session.execute(select(func.count()).select_from(Gap))).scalar_one() == 0
