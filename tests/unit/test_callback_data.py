"""The one strict parser of callback data and deep-link payloads (issue 10, item 5)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from helpdesk_bot.telegram.callback_data import (
    MAX_ID,
    InvalidInput,
    parse_callback,
    parse_id,
    parse_int,
    parse_timestamp,
    require_id,
    split_payload,
)


def test_only_plain_ascii_numbers_in_range_are_ids() -> None:
    assert parse_id("42") == 42 and parse_id(str(MAX_ID)) == MAX_ID
    for bad in ("²", "١٢", "４２", "0", "-1", "+1", " 1", "1 ", "1_000", "007", "", None, str(MAX_ID + 1),
                "99999999999999999999999", "1e3", "0x10"):
        assert parse_id(bad) is None, bad
    assert parse_int("0", 0, 5) == 0 and parse_int("6", 0, 5) is None
    assert parse_timestamp("1765000000") == 1765000000 and parse_timestamp("99999999999999") is None


def test_require_id_raises_invalid_input() -> None:
    assert require_id("5") == 5
    try:
        require_id("²")
    except InvalidInput:
        pass
    else:
        raise AssertionError("require_id accepted '²'")


def test_callback_shapes() -> None:
    assert parse_callback("ev:show:5", "ev", 2) == ["show", "5"]
    assert parse_callback("ev:show", "ev", 2) is None
    assert parse_callback("ev:show::", "ev", 3) is None
    assert parse_callback("evn:show:5", "ev", 2) is None
    assert parse_callback("ev:" + "1" * 70, "ev", 1) is None  # longer than Telegram allows


def test_payloads() -> None:
    assert split_payload("event-5") == ("event", "5")
    assert split_payload("ref-ZyxwqCampaign") == ("ref", "ZyxwqCampaign")
    for bad in ("event-²", "a b", "", None, "x" * 65, "event-5\n"):
        assert split_payload(bad) is None, bad


@given(st.text(max_size=40))
def test_any_text_is_an_id_or_nothing(text: str) -> None:
    number = parse_id(text)
    assert number is None or (1 <= number <= MAX_ID and str(number) == text)


@given(st.text(max_size=80))
def test_any_payload_splits_into_ascii_parts_or_nothing(text: str) -> None:
    parts = split_payload(text)
    if parts is not None:
        prefix, arg = parts
        assert text.isascii() and (f"{prefix}-{arg}" if "-" in text else prefix) == text


@given(st.text(max_size=100), st.sampled_from(["ev", "bk", "tk", "kb"]), st.integers(1, 4))
def test_any_callback_data_parses_or_is_refused(data: str, prefix: str, parts: int) -> None:
    args = parse_callback(data, prefix, parts)
    assert args is None or (len(args) == parts and all(args) and len(data.encode("utf-8", "surrogatepass")) <= 64)
