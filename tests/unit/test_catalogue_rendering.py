"""The catalogue's own renderers and chat cards with hostile values: valid Telegram HTML, values shown as text."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from helpdesk_bot.broadcasts.delivery import Recipient
from helpdesk_bot.catalogue.renderers import (
    digest_payload,
    digest_renderer,
    mention_payload,
    mention_renderer,
)
from helpdesk_bot.catalogue.views import ProfileView
from helpdesk_bot.config import LANGUAGES
from helpdesk_bot.i18n.catalog import Translator
from helpdesk_bot.telegram.callback_areas import button_data
from helpdesk_bot.telegram.handlers.catalogue_render import profile_card
from tests.unit.test_html_safety import HOSTILE, check_rendered, telegram_html

TRANSLATOR = Translator()


def recipient(lang: str) -> Recipient:
    return Recipient(telegram_id=1, language=lang, timezone="Europe/Warsaw", country="PL")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("value", HOSTILE)
async def test_digest_with_hostile_titles(lang: str, value: str) -> None:
    render = digest_renderer(TRANSLATOR)

    def payload(v: str) -> dict[str, object]:
        return digest_payload([(datetime(2027, 3, 29, 16, 0, tzinfo=UTC), v)], [(v, date(2027, 5, 1))], [v])

    benign = await render(payload("Ceramics fair"), recipient(lang))
    hostile = await render(payload(value), recipient(lang))
    assert benign is not None and hostile is not None
    check_rendered(str(benign.text), str(hostile.text), value)
    assert [[button_data(b) for b in row] for row in hostile.buttons] == [["dg:u:1"]]
    assert await render(digest_payload([], [], []), recipient(lang)) is None  # nothing to tell: nothing sent


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("value", HOSTILE)
async def test_mentions_link_the_account_and_escape_the_name(lang: str, value: str) -> None:
    render = mention_renderer(TRANSLATOR)

    def payload(v: str) -> dict[str, object]:
        return mention_payload("catalogue-contact-accepted", {"name": v}, user_id=42, label=v)

    benign = await render(payload("Ola"), recipient(lang))
    hostile = await render(payload(value), recipient(lang))
    assert benign is not None and hostile is not None
    check_rendered(str(benign.text), str(hostile.text), value)
    mentions = [e for e in telegram_html(str(hostile.text)).entities if e.get("type") == "text_mention"]
    assert len(mentions) == 1 and mentions[0]["user"]["id"] == 42


@pytest.mark.parametrize("value", HOSTILE)
def test_profile_card_with_hostile_fields(value: str) -> None:
    def view(v: str) -> ProfileView:
        return ProfileView(id=1, telegram_id=1, slug="s", display_name=v, sectors=("glass",), offer={"en": v},
                           skills=(v,), city=v, region=None, country="PL", languages=("en",),
                           links=("https://example.org/a?b=1&c=2",), photos=(), open_for_commissions=True,
                           visibility="public", needs=("funding",), needs_text=v, status="approved",
                           updated_at=datetime(2026, 11, 1, tzinfo=UTC))

    def t(key: str, **args: object) -> object:
        return TRANSLATOR("en", key, **args)  # type: ignore[arg-type]

    check_rendered(str(profile_card(t, view("Fala"), "en", private=True)),
                   str(profile_card(t, view(value), "en", private=True)), value)
