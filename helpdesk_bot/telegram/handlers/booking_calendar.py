"""The calendar of the booking flow: a month-style grid of the days with free slots, paged by weeks."""

from __future__ import annotations

from datetime import date, timedelta

from babel.dates import get_day_names, get_month_names
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from helpdesk_bot.telegram.callbacks import CalendarPage, FlowStep, PickDay
from helpdesk_bot.telegram.context import HelpdeskContext

WEEKS_PER_PAGE = 5


def calendar_keyboard(context: HelpdeskContext, days: set[date], page: int) -> tuple[InlineKeyboardMarkup, int]:
    """A month-style grid: Mon..Sun columns, a button only on days with free slots; paged by weeks."""
    first = min(days)
    monday = first - timedelta(days=first.weekday())
    last = max(days)
    weeks = (last - monday).days // 7 + 1
    pages = max(1, -(-weeks // WEEKS_PER_PAGE))
    page = max(0, min(page, pages - 1))
    names = get_day_names("narrow", locale=context.lang)
    start = monday + timedelta(weeks=page * WEEKS_PER_PAGE)
    months = get_month_names("wide", context="stand-alone", locale=context.lang)
    end = start + timedelta(weeks=WEEKS_PER_PAGE, days=-1)
    title = months[start.month] if start.month == min(end, last).month else \
        f"{months[start.month]} – {months[min(end, last).month]}"
    rows: list[list[InlineKeyboardButton]] = [
        [InlineKeyboardButton(f"{title} {start.year}", callback_data=FlowStep("noop").encode())],
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
    rows.append([InlineKeyboardButton(context.t("consult-btn-abort"), callback_data=FlowStep("abort").encode())])
    return InlineKeyboardMarkup(rows), page
