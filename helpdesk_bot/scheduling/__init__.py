"""Scheduling shared by every bookable resource: opening windows, exceptions, DST, units and lengths.

:mod:`helpdesk_bot.scheduling.slots` computes the slot grid (consultations use it with a buffer
between slots); :mod:`helpdesk_bot.scheduling.spans` adds resources with several identical units and
bookings of several consecutive slots (the makerspace).
"""
