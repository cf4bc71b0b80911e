"""Every button of the bot: the longest value of every action fits Telegram's 64 bytes and decodes back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpdesk_bot.broadcasts.delivery import ButtonIntent, Recipient
from helpdesk_bot.broadcasts.renderers import intent_button, payload_button, translated_renderer
from helpdesk_bot.i18n.catalog import Translator
from helpdesk_bot.telegram.callback_areas import (
    AREAS,
    BOOKING_AREA,
    CALL_STEPS,
    PROFILE_STEPS,
    button_data,
    intent_data,
)
from helpdesk_bot.telegram.callback_protocol import Area, Id, Num, Pressed, Token, act, prefix_of

ALL_EXAMPLES = [(area.prefix, data, pressed) for area in (*AREAS, BOOKING_AREA) for data, pressed in area.examples()]
BY_PREFIX = {area.prefix: area for area in (*AREAS, BOOKING_AREA)}


def test_every_area_has_a_unique_prefix_without_a_colon() -> None:
    prefixes = [a.prefix for a in (*AREAS, BOOKING_AREA)]
    assert len(prefixes) == len(set(prefixes)) and all(":" not in p for p in prefixes)
    assert len(ALL_EXAMPLES) > 100  # every action of ~30 areas


@pytest.mark.parametrize(("prefix", "data", "pressed"), ALL_EXAMPLES, ids=[d for _, d, _ in ALL_EXAMPLES])
def test_longest_value_of_every_action_fits_and_round_trips(prefix: str, data: str, pressed: object) -> None:
    assert len(data.encode("utf-8")) <= 64, data
    assert data.startswith(prefix + ":")
    assert BY_PREFIX[data.split(":", 1)[0]].decode(data) == pressed


def test_the_longest_button_of_the_bot_is_within_64_bytes() -> None:
    longest = max((d for _, d, _ in ALL_EXAMPLES), key=lambda d: len(d.encode()))
    assert len(longest.encode()) <= 64


AREA = Area("zz", act("one", Id()), act("two", Num(0, 9), Token(5)), act("bare"))


@pytest.mark.parametrize("data", [
    None, "", "zz", "zz:", "zz:one", "zz:one:", "zz:one:0", "zz:one:007", "zz:one:+1", "zz:one:²", "zz:one:1:2",
    "zz:one:2147483648", "zz:two:10:ab", "zz:two:1:abcdef", "zz:two:1:a:b", "zz:two:1:é", "zz:bare:x", "zz:three",
    "yy:one:1", "zz:one:" + "1" * 70,
])
def test_malformed_data_is_refused(data: str | None) -> None:
    assert AREA.decode(data) is None


def test_values_are_typed() -> None:
    pressed = AREA.decode("zz:two:9:a-b_c")
    assert pressed == Pressed("two", (9, "a-b_c")) and pressed.id(0) == 9 and pressed.text(1) == "a-b_c"
    assert AREA.decode("zz:bare") == Pressed("bare", ())


def test_encoding_refuses_values_the_decoder_would_refuse() -> None:
    for verb, values in (("one", (0,)), ("one", ("1",)), ("two", (10, "a")), ("two", (1, "a:b")), ("nope", ()),
                         ("one", (1, 2)), ("one", (True,))):
        with pytest.raises(ValueError):
            AREA.encode(verb, *values)


def test_handlers_register_with_the_area_pattern() -> None:
    import re

    for area in AREAS:
        for data, _ in area.examples():
            assert re.match(area.pattern, data)
            others = [a for a in AREAS if a is not area and re.match(a.pattern, data)]
            assert not others, (data, [a.prefix for a in others])


@given(st.text(max_size=70))
def test_no_string_crashes_a_decoder(data: str) -> None:
    for area in AREAS:
        pressed = area.decode(data)
        if pressed is not None:
            assert area.encode(pressed.verb, *pressed.values) == data


def test_an_intent_becomes_the_callback_data_of_its_area() -> None:
    assert intent_data(ButtonIntent("ev", "reg", (12,))) == "ev:reg:12"
    assert intent_data(ButtonIntent("bk", "rate", (3, 5))) == "bk:rate:3:5"
    assert intent_data(ButtonIntent("bk", "acc", (7,))) == "bk:acc:7"
    assert intent_data(ButtonIntent("ci", None, (4,))) == "ci:4"
    for bad in (ButtonIntent("nope", "x", ()), ButtonIntent("ev", "reg", (0,)), ButtonIntent("tk", "take", ("1",))):
        with pytest.raises(ValueError):
            intent_data(bad)


def test_an_intent_survives_the_json_of_an_outbox_payload() -> None:
    intent = ButtonIntent("dg", "h", (6, 23))
    assert ButtonIntent.from_json(intent.to_json()) == intent


async def test_outbox_rows_stored_with_callback_data_still_render() -> None:
    """Compat path: payloads written before intents carry ``"data"``; both forms render to the same button."""
    render = translated_renderer(Translator())
    recipient = Recipient(telegram_id=1, language="en", timezone="Europe/Warsaw")
    old = {"key": "ticket-btn-take", "data": "tk:take:5"}
    new = intent_button("ticket-btn-take", "tk", "take", 5)
    message = await render({"key": "ticket-btn-take", "args": {}, "buttons": [[old, new]]}, recipient)
    assert message is not None
    first, second = message.buttons[0]
    assert first.intent is None and second.intent == ButtonIntent("tk", "take", (5,))
    assert button_data(first) == button_data(second) == "tk:take:5"
    assert first.text == second.text
    link = payload_button("x", {"key": "k", "url": "https://example.org"})
    assert button_data(link) is None and link.url == "https://example.org"


STEP_AREAS = pytest.mark.parametrize("area", [PROFILE_STEPS, CALL_STEPS], ids=lambda a: a.prefix)


@STEP_AREAS
def test_catalogue_step_buttons_round_trip(area: Area) -> None:
    for data, pressed in ((f"{area.prefix}:t:sectors:ceramics", Pressed("t", ("sectors", "ceramics"))),
                          (f"{area.prefix}:t:languages:pl", Pressed("t", ("languages", "pl"))),
                          (f"{area.prefix}:d:sectors", Pressed("d", ("sectors",))),
                          (f"{area.prefix}:save:1", Pressed("save", ("1",)))):
        assert area.decode(data) == pressed  # the format of buttons already in chats is unchanged
        assert area.encode(pressed.verb, *pressed.values) == data


@STEP_AREAS
def test_catalogue_step_buttons_decode_strictly(area: Area) -> None:
    other = CALL_STEPS if area is PROFILE_STEPS else PROFILE_STEPS
    p = area.prefix
    for data in (f"{p}:t:sectors", f"{p}:t:sectors:a:b", f"{p}:d:sectors:wood", f"{p}:s", f"{p}:save",
                 f"{p}:save:2", f"{p}:save:1:1", f"{p}:x:sectors", f"{p}:t:nostep:wood", f"{p}:d:",
                 f"{p}:t:sectors:" + "w" * 25, f"{p}:t:sectors:wo:od", f"{p}:t:sectors:wöod",
                 f"{p}:t:sectors:" + "w" * 70, f"{other.prefix}:save:1", "ev:show:1", f"{p}:T:sectors:wood"):
        assert area.decode(data) is None, data
    only_other = set(other.actions["d"].args[0].values) - set(area.actions["d"].args[0].values)  # type: ignore[attr-defined]
    assert only_other and all(area.decode(f"{p}:d:{step}") is None for step in only_other)
    with pytest.raises(ValueError):
        area.encode("d", "nostep")


def test_catalogue_step_buttons_are_checked_for_size() -> None:
    checked = {data.split(":", 1)[0] for _, data, _ in ALL_EXAMPLES}
    assert {"pf", "cf"} <= checked


def test_an_area_claims_its_prefix_only() -> None:
    assert AREA.claims("zz:anything") and AREA.claims("zz:")
    assert not AREA.claims("zz") and not AREA.claims("zzz:one:1") and not AREA.claims("yy:one:1") and not AREA.claims(None)
    assert prefix_of("tk:take:1") == "tk" and prefix_of(None) == "" and prefix_of("plain") == "plain"
