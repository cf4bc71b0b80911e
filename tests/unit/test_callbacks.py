"""The typed callback-data protocol: every type fits Telegram's 64 bytes at its longest, and decoding
inverts encoding; anything else decodes to None."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from helpdesk_bot.telegram.callback_data import MAX_CALLBACK_BYTES, MAX_ID, MAX_TIMESTAMP
from helpdesk_bot.telegram.callbacks import (
    BOOKING_VERBS,
    FLOW_VERBS,
    MODES,
    BackToAdvisors,
    BookingAction,
    CalendarPage,
    FlowStep,
    PickAdvisor,
    PickDay,
    PickMode,
    PickTime,
    PickTopic,
    Rate,
    Rebook,
    decode_booking,
)
from helpdesk_bot.topics import TOPICS

LONGEST = [
    *(BookingAction(verb, MAX_ID) for verb in BOOKING_VERBS),  # type: ignore[arg-type]
    Rebook(MAX_ID, MAX_TIMESTAMP),
    Rate(MAX_ID, 5),
    *(FlowStep(verb) for verb in FLOW_VERBS),  # type: ignore[arg-type]
    PickTopic(max(TOPICS, key=len)),
    PickAdvisor(MAX_ID),
    PickAdvisor(None),
    BackToAdvisors(),
    CalendarPage(CalendarPage.MAX_PAGE),
    PickDay(date(9999, 12, 31)),
    PickTime(MAX_TIMESTAMP),
    *(PickMode(mode) for mode in MODES),
]


def test_the_longest_value_of_every_type_fits_and_decodes_to_itself() -> None:
    for pressed in LONGEST:
        data = pressed.encode()
        assert len(data.encode()) <= MAX_CALLBACK_BYTES, data
        assert decode_booking(data) == pressed


@given(st.sampled_from(BOOKING_VERBS), st.integers(1, MAX_ID))
def test_booking_actions_round_trip(verb: str, booking_id: int) -> None:
    pressed = BookingAction(verb, booking_id)  # type: ignore[arg-type]
    assert decode_booking(pressed.encode()) == pressed


@given(st.integers(1, MAX_ID), st.integers(0, MAX_TIMESTAMP), st.integers(1, 5))
def test_rebook_and_rate_round_trip(booking_id: int, start: int, rating: int) -> None:
    assert decode_booking(Rebook(booking_id, start).encode()) == Rebook(booking_id, start)
    assert decode_booking(Rate(booking_id, rating).encode()) == Rate(booking_id, rating)


@given(st.text(max_size=80))
def test_anything_else_decodes_to_a_known_type_or_none(data: str) -> None:
    decoded = decode_booking(data)
    assert decoded is None or decoded.encode() == data


def test_malformed_and_out_of_range_buttons_decode_to_none() -> None:
    for data in ("bk:", "bk:acc:x", "bk:cx:²", "bk:cx:0", f"bk:cx:{MAX_ID + 1}", "bk:cx:007", "bk:rate:1:9",
                 "bk:rebook:1:99999999999", "bk:topic:nonsense", "bk:day:20261331", "bk:mode:fax", "bk:adv:all",
                 "bk:back:day", "bk:time:1:2", "bk:confirm:1", "bk:noop:x", "kb:acc:1", "bk:acc:1:2", "bk:cal:1001",
                 "bk:acc:" + "1" * 60, None):
        assert decode_booking(data) is None, data
