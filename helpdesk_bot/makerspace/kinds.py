"""Interaction kinds the makerspace writes (read by the indicator definitions).

``topic`` is the resource key (so reports break the figures down per resource), ``subject`` the
booking (``mbooking:<id>``), induction (``induction:<key>``) or resource day (``msday:<id>:<date>``).
"""

BOOKED = "makerspace.booked"            # value: booked hours; actor: the maker
CANCELLED = "makerspace.cancelled"      # outcome: by_person | maintenance ; value: hours
CHECKED_IN = "makerspace.checked_in"    # value: hours used; actor: the maker
NO_SHOW = "makerspace.no_show"          # actor: the maker
INDUCTION = "makerspace.induction"      # outcome: cli | chat | event ; actor: the person inducted
OPEN_HOURS = "makerspace.open_hours"    # one per resource and finished day; value: open unit-hours
BOOKED_HOURS = "makerspace.booked_hours"  # one per resource and finished day; value: booked unit-hours
