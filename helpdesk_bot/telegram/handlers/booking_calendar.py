"""The calendar of the booking flow: a month-style grid of the days with free slots, paged by weeks."""

from __future__ import annotations

from datetime import date, timedelta

from babel.dates import get_day_names, get_month_names
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from helpdesk_bot.telegram.callbacks import CalendarPage, FlowStep, PickDay
from helpdesk_bot.telegram.context import HelpdeskContext

WEEKS_PER_PAGE = 5


def weekday_headers(lang: str) -> list[str]:
    """Monday..Sunday as the language abbreviates them, without the dot, distinct within a week.

    Babel's abbreviated names (``pon. wt. śr. czw. pt. sob. niedz.``, ``Mo. Di.``), not its narrow ones, which
    repeat letters (Polish ``p w ś c p s n``), nor its short ones, which in Polish end Sunday as ``nie``.
    """
    names = get_day_names("abbreviated", context="stand-alone", locale=lang)
    return [names[i].rstrip(".") for i in range(7)]


def calendar_title(first: date, last: date, lang: str) -> str:
    """The header of a calendar page showing ``first``..``last``, naming both years when it spans two.

    E.g. ``grudzień 2026``, ``listopad – grudzień 2026``, ``grudzień 2026 – styczeń 2027``.
    """
    months = get_month_names("wide", context="stand-alone", locale=lang)
    if first.year != last.year:
        return f"{months[first.month]} {first.year} – {months[last.month]} {last.year}"
    if first.month != last.month:
        return f"{months[first.month]} – {months[last.month]} {first.year}"
    return f"{months[first.month]} {first.year}"


def calendar_keyboard(context: HelpdeskContext, days: set[date], page: int,
                      last_row: list[InlineKeyboardButton] | None = None) -> tuple[InlineKeyboardMarkup, int]:
    """A month-style grid: Mon..Sun columns, a button only on days with free slots; paged by weeks.

    ``last_row`` ends the keyboard (the flow's Back and Cancel); by default a Cancel button.
    """
    first = min(days)
    monday = first - timedelta(days=first.weekday())
    last = max(days)
    weeks = (last - monday).days // 7 + 1
    pages = max(1, -(-weeks // WEEKS_PER_PAGE))
    page = max(0, min(page, pages - 1))
    names = weekday_headers(context.lang)
    start = monday + timedelta(weeks=page * WEEKS_PER_PAGE)
    end = start + timedelta(weeks=WEEKS_PER_PAGE, days=-1)
    title = calendar_title(start, min(end, last), context.lang)
    rows: list[list[InlineKeyboardButton]] = [
        [InlineKeyboardButton(title, callback_data=FlowStep("noop").encode())],
        [InlineKeyboardButton(names[i], callback_data=FlowStep("noop").encode()) for i in range(7)],
    ]
    for week in range(WEEKS_PER_PAGE):
        week_start = start + timedelta(weeks=week)
        if week_start > last:
            break
        row = []
        for offset in range(7):
            day = week_start + timedelta(days=offset)
            if day in days:
                row.append(InlineKeyboardButton(str(day.day), callback_data=PickDay(day).encode()))
            else:
                row.append(InlineKeyboardButton(" ", callback_data=FlowStep("noop").encode()))
        rows.append(row)
    nav = []
    if page > 0:
        nav.append(InlineKeyboardButton("◀", callback_data=CalendarPage(page - 1).encode()))
    if page < pages - 1:
        nav.append(InlineKeyboardButton("▶", callback_data=CalendarPage(page + 1).encode()))
    if nav:
        rows.append(nav)
    rows.append(last_row or [InlineKeyboardButton(context.t("consult-btn-abort"),
                                                  callback_data=FlowStep("abort").encode())])
    return InlineKeyboardMarkup(rows), page
