"""Reading dates and times that staff type ("2026-12-10 10:00", "10.12.2026 10:00", "10:00")."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

_DATE_TIME = [
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})[ T]+(?P<H>\d{1,2})[:.](?P<M>\d{2})$", re.ASCII),
    re.compile(r"^(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4}),?\s+(?P<H>\d{1,2})[:.](?P<M>\d{2})$", re.ASCII),
]
_TIME = re.compile(r"^(?P<H>\d{1,2})[:.](?P<M>\d{2})$", re.ASCII)  # ASCII digits only, as everywhere


def parse_local(text: str, timezone: str, *, day: date | None = None) -> datetime | None:
    """``text`` as an aware datetime in ``timezone``; a bare time needs ``day``. None when unreadable."""
    value = " ".join(text.strip().split())
    zone = ZoneInfo(timezone)
    for pattern in _DATE_TIME:
        match = pattern.match(value)
        if match:
            try:
                return datetime(int(match["y"]), int(match["m"]), int(match["d"]), int(match["H"]), int(match["M"]),
                                tzinfo=zone)
            except ValueError:
                return None
    match = _TIME.match(value)
    if match and day is not None:
        try:
            return datetime.combine(day, time(int(match["H"]), int(match["M"])), tzinfo=zone)
        except ValueError:
            return None
    return None
