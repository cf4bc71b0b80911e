"""Issue 12: a booking's messages name the zone once, as people say it (never the raw id); the advisor
hears the entrepreneur's zone when it differs; dates and file names are the person's day, not UTC's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from helpdesk_bot.clock import ManualClock
from helpdesk_bot.sandbox import SandboxMessage
from tests.e2e.conftest import HarnessFactory
from tests.e2e.test_consultations_flow import _advisor_user, _book

LINE = "🕒 Time zone: "


def _zone_lines(message: SandboxMessage) -> list[str]:
    return [line for line in message.text.splitlines() if line.startswith(LINE)]


async def test_confirmation_and_reminder_name_the_zone_once(harness_factory: HarnessFactory) -> None:
    clock = ManualClock(datetime(2026, 12, 7, 8, 0, tzinfo=UTC))
    async with harness_factory(clock=clock, broadcast_per_chat_interval=0) as h:
        advisor = await _advisor_user(h)  # Europe/Warsaw
        ewa = h.user(101, "Ewa")
        await h.onboard(ewa, country="LT")  # Europe/Vilnius: an hour ahead of the advisor
        since_ewa, since_advisor = len(ewa.messages), len(advisor.messages)
        await _book(h, ewa, day_index=1)
        booking = (await h.services.consultations.upcoming_for_person(
            (await h.services.people.get(101)).id))[0]  # type: ignore[union-attr]
        await h.services.dispatcher.wake()
        request = await h.expect_button(advisor, f"bk:acc:{booking.id}")
        assert _zone_lines(request) == [LINE + "Central European Time"]  # the advisor's own zone
        assert "another time zone (Eastern European Time)" in request.text  # and the entrepreneur's
        await advisor.press(request, callback_data=f"bk:acc:{booking.id}")
        await h.services.dispatcher.wake()
        confirmation = await h.expect(ewa, lambda m: m.document is not None)
        assert _zone_lines(confirmation) == [LINE + "Eastern European Time"]
        assert f"{booking.starts_at.astimezone(ZoneInfo('Europe/Vilnius')):%H:%M}" in confirmation.text
        clock.set(booking.starts_at - timedelta(hours=24) + timedelta(seconds=5))
        await h.services.dispatcher.wake()
        reminder = await h.expect(ewa, lambda m: "Reminder" in m.text)
        assert _zone_lines(reminder) == [LINE + "Eastern European Time"]
        advisor_reminder = await h.expect(advisor, lambda m: "Reminder" in m.text)
        assert _zone_lines(advisor_reminder) == [LINE + "Central European Time"]
        await h.outbox_settled()
        for message in [*ewa.messages[since_ewa:], *advisor.messages[since_advisor:]]:
            assert "Europe/" not in message.text, message.text  # no raw zone id anywhere in the booking
            assert len(_zone_lines(message)) <= 1, message.text
            for row in message.buttons:
                assert all("Europe/" not in b.text for b in row)


async def test_mydata_after_midnight_is_the_persons_day(harness_factory: HarnessFactory, tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 12, 6, 23, 24, tzinfo=UTC))  # 00:24 on 7 December in Warsaw
    async with harness_factory(clock=clock) as h:
        ewa = h.user(401, "Ewa", language_code="pl")
        await h.onboard(ewa, language="pl", country="PL")
        await ewa.send_command("mydata")
        message = await h.expect(ewa, lambda m: m.document is not None)
        assert message.document is not None and message.document.filename == "mydata-2026-12-07.json"
        assert "7 gru 2026" in message.text and "6 gru" not in message.text
        await ewa.send_command("privacy")
        status = await h.expect(ewa, lambda m: "gru 2026" in m.text)
        assert "7 gru 2026" in status.text  # the day she agreed, in her zone
