"""Exporting the indicator report: the one use case of staff's ``/report`` and of ``helpdesk-bot report``.

The use case refuses anyone but staff, builds the report (and the sector diagnosis of the network of
creatives when asked), hands it to the adapter to deliver (the chat sends a summary, a chart and a
workbook; the command line writes a file or standard output) and, once it is delivered, writes the
one ``report.export`` audit row. Neither adapter writes that row or checks the role itself.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from helpdesk_bot.indicators.results import Period, Report, ReportFilters
from helpdesk_bot.people.actor import Actor, channel, require
from helpdesk_bot.people.models import Role


class ReportBuilder(Protocol):
    """What the use case needs of :class:`~helpdesk_bot.indicators.report.ReportService`."""

    timezone: str

    def named_period(self, name: str) -> Period:
        """``month``, ``quarter``, ``year`` or ``project`` up to today."""

    async def build(self, period: Period, filters: ReportFilters | None = None) -> Report:
        """Every indicator of ``period``."""


class AuditTrail(Protocol):
    """What the use case needs of :class:`~helpdesk_bot.indicators.log.AuditLog`: one row in its own transaction."""

    async def add(self, action: str, *, actor: int | None, target: str | None = None, **detail: Any) -> None:
        """Record ``action`` of ``actor`` on ``target``."""


Diagnose = Callable[[datetime, datetime], Awaitable[dict[str, Any]]]
"""The sector diagnosis of ``[since, until)`` (:func:`helpdesk_bot.catalogue.diagnosis.sector_diagnosis`)."""


@dataclass(frozen=True)
class Export:
    """A built report, ready for the adapter to render and deliver."""

    period: Period
    report: Report
    diagnosis: dict[str, Any] | None


Deliver = Callable[[Export], Awaitable[None]]
Started = Callable[[], Awaitable[None]]


class ReportExports:
    """``export``: the report for staff, delivered by the adapter, audited once."""

    def __init__(self, reports: ReportBuilder, audit: AuditTrail, diagnose: Diagnose) -> None:
        self._reports = reports
        self._audit = audit
        self._diagnose = diagnose

    async def export(self, by: Actor, period: Period | str, *, target: str, deliver: Deliver,
                     filters: ReportFilters | None = None, diagnosis: bool = True,
                     started: Started | None = None, **detail: Any) -> Export:
        """Build the report of ``period`` (a :class:`Period` or the name of one) for ``by``, let
        ``deliver`` render and send it, then write the ``report.export`` audit row (``target`` is the
        format; ``detail`` goes into the row with the period, the period's name, the filters and ``via``).

        Raises :class:`~helpdesk_bot.people.actor.Forbidden` for anyone but staff before anything is
        read, and :class:`~helpdesk_bot.indicators.definitions_file.DefinitionError` when the indicator
        definitions are invalid. ``started`` is awaited once the actor is authorised, before the
        (slow) build. Nothing is audited when building or delivering fails.
        """
        require(by, Role.STAFF)
        if started is not None:
            await started()
        name = period if isinstance(period, str) else None
        chosen = self._reports.named_period(period) if isinstance(period, str) else period
        report = await self._reports.build(chosen, filters)
        found = await self._diagnose(*chosen.bounds(self._reports.timezone)) if diagnosis else None
        export = Export(chosen, report, found)
        await deliver(export)
        if name is not None:
            detail["name"] = name
        if filters is not None:
            detail["filters"] = filters.describe() or None
        await self._audit.add("report.export", actor=by.telegram_id, target=target, via=channel(by),
                              period=f"{chosen.start}/{chosen.end}", **detail)
        return export
