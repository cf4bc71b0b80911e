"""The entrepreneur's number for a phone consultation: loosely checked, kept as written."""

import pytest

from helpdesk_bot.consultations.phone import normalise_phone


@pytest.mark.parametrize(("typed", "stored"), [
    ("+48 600 100 200", "+48 600 100 200"),
    ("  +48   600-100-200 ", "+48 600-100-200"),
    ("(0)12 345 67 89", "(0)12 345 67 89"),
    ("+420.601.123.456", "+420.601.123.456"),
    ("1234567", "1234567"),  # 7 digits, the fewest
    ("+123456789012345", "+123456789012345"),  # 15 digits, the most (E.164)
])
def test_numbers_are_accepted_as_written(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", [
    "", "   ", None, "123456",  # too few digits
    "+1234567890123456",  # 16 digits
    "call me maybe", "600 100 200 ext. 5", "+48 600 100 200 <b>", "48+600100200", "++48600100200",
    "(600 100 200", "600) 100 (200(", "６００１００２００",  # unbalanced brackets; full-width digits
    "+48 " + "1" * 40,
])
def test_what_is_not_a_number_is_refused(typed: str | None) -> None:
    assert normalise_phone(typed) is None
