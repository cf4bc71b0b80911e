"""When a weekly digest falls due, in the person's zone, across daylight-saving changes."""

from datetime import UTC, date, datetime

from helpdesk_bot.catalogue.digest import first_missing_day, next_occurrence

WARSAW = "Europe/Warsaw"


def test_next_occurrence_is_the_local_weekday_and_hour() -> None:
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # 10:00 in Warsaw
    assert next_occurrence(monday, 0, 9, WARSAW) == (datetime(2026, 11, 30, 8, 0, tzinfo=UTC), False)
    assert next_occurrence(monday, 0, 11, WARSAW) == (datetime(2026, 11, 23, 10, 0, tzinfo=UTC), False)
    assert next_occurrence(monday, 4, 18, "Europe/Vilnius") == (datetime(2026, 11, 27, 16, 0, tzinfo=UTC), False)


def test_an_hour_missing_on_the_spring_change_comes_right_after_the_gap() -> None:
    before = datetime(2027, 3, 22, 12, 0, tzinfo=UTC)
    due, shifted = next_occurrence(before, 6, 2, WARSAW)  # Sunday 28 March 2027, 02:00 does not exist
    assert shifted and due == datetime(2027, 3, 28, 1, 0, tzinfo=UTC)  # 03:00 summer time
    after, shifted_again = next_occurrence(due, 6, 2, WARSAW)
    assert not shifted_again and after == datetime(2027, 4, 4, 0, 0, tzinfo=UTC)  # 02:00 summer time


def test_the_repeated_autumn_hour_is_sent_once_at_its_first_occurrence() -> None:
    due, shifted = next_occurrence(datetime(2027, 10, 25, tzinfo=UTC), 6, 2, WARSAW)
    assert not shifted and due == datetime(2027, 10, 31, 0, 0, tzinfo=UTC)  # 02:00 summer time
    assert next_occurrence(due, 6, 2, WARSAW)[0] == datetime(2027, 11, 7, 1, 0, tzinfo=UTC)


def test_the_first_missing_day_within_a_year() -> None:
    start = datetime(2026, 12, 1, tzinfo=UTC)
    assert first_missing_day(start, 6, 2, WARSAW) == date(2027, 3, 28)
    assert first_missing_day(start, 6, 3, WARSAW) is None
    assert first_missing_day(start, 0, 2, WARSAW) is None
    assert first_missing_day(start, 6, 3, "Europe/Vilnius") == date(2027, 3, 28)  # EET: 03:00 -> 04:00
