"""Consultation slots come from the shared slot engine (:mod:`helpdesk_bot.scheduling.slots`).

Kept so the consultations domain (and code importing it) names its slots where it always did.
"""

from helpdesk_bot.scheduling.slots import (
    WEEKDAYS,
    Busy,
    DatedException,
    SlotRules,
    WeeklyWindow,
    Window,
    compute_slots,
    group_by_day,
    local_to_utc,
    minutes_label,
    parse_hhmm,
    parse_window,
    windows_on,
)

__all__ = [
    "WEEKDAYS", "Busy", "DatedException", "SlotRules", "WeeklyWindow", "Window", "compute_slots", "group_by_day",
    "local_to_utc", "minutes_label", "parse_hhmm", "parse_window", "windows_on",
]
