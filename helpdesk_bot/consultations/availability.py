"""Advisors and their availability: profiles, weekly hours, exceptions and the free slots they give."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.consultations import rules as checks
from helpdesk_bot.consultations.core import ConsultationCore, _window
from helpdesk_bot.consultations.models import (
    Advisor,
    AdvisorException,
    AdvisorHours,
)
from helpdesk_bot.consultations.slots import (
    DatedException,
    WeeklyWindow,
    Window,
)
from helpdesk_bot.consultations.views import (
    MODES,
    AdvisorView,
    AvailabilityView,
    BookingError,
    ExceptionView,
    WeeklyHoursView,
)
from helpdesk_bot.indicators.log import add_audit
from helpdesk_bot.people.actor import Actor, channel, require
from helpdesk_bot.people.models import Role
from helpdesk_bot.topics import TOPICS


@dataclass(frozen=True)
class AdvisorSpec:
    """An advisor as given in a YAML file or by staff; ``hours``/``exceptions`` None = leave as they are."""

    telegram_id: int
    name: str
    timezone: str
    languages: tuple[str, ...]
    expertise: tuple[str, ...]
    modes: dict[str, str]
    bios: dict[str, str]
    auto_confirm: bool = False
    active: bool = True
    slot_minutes: int | None = None
    buffer_minutes: int | None = None
    min_notice_hours: int | None = None
    horizon_days: int | None = None
    hours: tuple[WeeklyWindow, ...] | None = None
    exceptions: tuple[DatedException, ...] | None = None


class AdvisorsAndSlots(ConsultationCore):
    """Advisors, availability and free slots."""

    async def upsert_advisor(self, spec: AdvisorSpec) -> AdvisorView:
        """Create or update the advisor with ``spec.telegram_id`` (hours/exceptions replaced when given)."""
        validate_spec(spec)
        now = self._clock.now()
        async with self._uow() as uow:
            s = uow.session
            advisor = (await s.execute(select(Advisor).where(Advisor.telegram_id == spec.telegram_id))).scalar_one_or_none()
            if advisor is None:
                advisor = Advisor(telegram_id=spec.telegram_id, created_at=now)
                s.add(advisor)
            advisor.name = spec.name[:128]
            advisor.timezone = spec.timezone
            advisor.languages = list(spec.languages)
            advisor.expertise = list(spec.expertise)
            advisor.modes = dict(spec.modes)
            advisor.bios = dict(spec.bios)
            advisor.auto_confirm = spec.auto_confirm
            advisor.active = spec.active
            advisor.slot_minutes = spec.slot_minutes
            advisor.buffer_minutes = spec.buffer_minutes
            advisor.min_notice_hours = spec.min_notice_hours
            advisor.horizon_days = spec.horizon_days
            advisor.updated_at = now
            await s.flush()
            if spec.hours is not None:
                await s.execute(delete(AdvisorHours).where(AdvisorHours.advisor_id == advisor.id))
                s.add_all([AdvisorHours(advisor_id=advisor.id, weekday=h.weekday, start_minute=h.window.start_minute,
                                        end_minute=h.window.end_minute) for h in spec.hours])
            if spec.exceptions is not None:
                await s.execute(delete(AdvisorException).where(AdvisorException.advisor_id == advisor.id))
                s.add_all([AdvisorException(advisor_id=advisor.id, day=e.day, kind=e.kind,
                                            start_minute=e.window.start_minute if e.window else None,
                                            end_minute=e.window.end_minute if e.window else None)
                           for e in spec.exceptions])
            await uow.commit()
            return self._advisor_view(advisor)

    async def list_advisors(self, *, active_only: bool = False) -> list[AdvisorView]:
        """Every advisor (or only the active ones), by name."""
        async with self._uow() as uow:
            query = select(Advisor).order_by(Advisor.name, Advisor.id)
            if active_only:
                query = query.where(Advisor.active.is_(True))
            return [self._advisor_view(a) for a in (await uow.session.execute(query)).scalars()]

    async def get_advisor(self, advisor_id: int) -> AdvisorView | None:
        """The advisor with this id."""
        async with self._uow() as uow:
            advisor = await uow.session.get(Advisor, advisor_id)
            return self._advisor_view(advisor) if advisor else None

    async def advisor_by_telegram(self, telegram_id: int) -> AdvisorView | None:
        """The advisor profile of this Telegram user, if any."""
        async with self._uow() as uow:
            advisor = (await uow.session.execute(
                select(Advisor).where(Advisor.telegram_id == telegram_id))).scalar_one_or_none()
            return self._advisor_view(advisor) if advisor else None

    async def set_active(self, advisor_id: int, active: bool, *, by: Actor) -> AdvisorView:
        """Show or hide an advisor for new bookings (existing bookings stay). Staff only; the audit row
        ``advisor.active``/``advisor.inactive`` is written in the same transaction."""
        require(by, Role.STAFF)
        now = self._clock.now()
        async with self._uow() as uow:
            advisor = await uow.session.get(Advisor, advisor_id)
            if advisor is None:
                raise BookingError("not_found")
            advisor.active = active
            advisor.updated_at = now
            add_audit(uow.session, now, "advisor.active" if active else "advisor.inactive", actor=by.telegram_id,
                      target=str(advisor.telegram_id), via=channel(by))
            await uow.commit()
            return self._advisor_view(advisor)

    async def advisors_for(self, topic: str, language: str) -> tuple[list[AdvisorView], bool]:
        """Active advisors for ``topic`` who speak ``language``; when none does, those for the topic.

        The flag says whether the language filter could be applied.
        """
        advisors = [a for a in await self.list_advisors(active_only=True) if topic in a.expertise]
        speaking = [a for a in advisors if language in a.languages]
        return (speaking, True) if speaking else (advisors, False)

    async def availability(self, advisor_id: int) -> AvailabilityView:
        """Weekly hours and the exceptions from today on."""
        async with self._uow() as uow:
            s = uow.session
            advisor = await s.get(Advisor, advisor_id)
            if advisor is None:
                raise BookingError("not_found")
            hours = (await s.execute(select(AdvisorHours).where(AdvisorHours.advisor_id == advisor_id)
                                     .order_by(AdvisorHours.weekday, AdvisorHours.start_minute))).scalars().all()
            today = self._clock.now().date() - timedelta(days=1)
            exceptions = (await s.execute(
                select(AdvisorException).where(AdvisorException.advisor_id == advisor_id, AdvisorException.day >= today)
                .order_by(AdvisorException.day, AdvisorException.start_minute))).scalars().all()
            return AvailabilityView(
                self._advisor_view(advisor),
                tuple(WeeklyHoursView(h.id, h.weekday, Window(h.start_minute, h.end_minute)) for h in hours),
                tuple(ExceptionView(e.id, e.day, e.kind, _window(e)) for e in exceptions),
            )

    async def add_weekly_hours(self, advisor_id: int, weekday: int, window: Window) -> None:
        """Add a recurring window."""
        if not 0 <= weekday <= 6:
            raise ValueError("weekday")
        async with self._uow() as uow:
            uow.session.add(AdvisorHours(advisor_id=advisor_id, weekday=weekday, start_minute=window.start_minute,
                                         end_minute=window.end_minute))
            await uow.commit()

    async def remove_weekly_hours(self, advisor_id: int, hours_id: int) -> bool:
        """Remove one recurring window of this advisor (False when it is not theirs or gone)."""
        async with self._uow() as uow:
            result = await uow.session.execute(
                delete(AdvisorHours).where(AdvisorHours.id == hours_id, AdvisorHours.advisor_id == advisor_id))
            await uow.commit()
            return bool(result.rowcount)  # type: ignore[attr-defined]

    async def add_exception(self, advisor_id: int, day: date, kind: str, window: Window | None = None) -> None:
        """A day (or part of it) off, or extra hours (``kind`` off | extra; extra needs a window)."""
        if kind not in ("off", "extra") or (kind == "extra" and window is None):
            raise ValueError("kind")
        async with self._uow() as uow:
            uow.session.add(AdvisorException(advisor_id=advisor_id, day=day, kind=kind,
                                             start_minute=window.start_minute if window else None,
                                             end_minute=window.end_minute if window else None))
            await uow.commit()

    async def remove_exception(self, advisor_id: int, exception_id: int) -> bool:
        """Remove one exception of this advisor."""
        async with self._uow() as uow:
            result = await uow.session.execute(delete(AdvisorException).where(
                AdvisorException.id == exception_id, AdvisorException.advisor_id == advisor_id))
            await uow.commit()
            return bool(result.rowcount)  # type: ignore[attr-defined]

    async def _slots(self, session: AsyncSession, advisor: Advisor, *, exclude_booking: int | None = None,
                     now: datetime | None = None) -> list[datetime]:
        now = now or self._clock.now()
        return await checks.free_slots(self._calendar(session), self._advisor_view(advisor), now,
                                      exclude_booking=exclude_booking)

    async def free_slots(self, advisor_id: int, *, exclude_booking: int | None = None) -> list[datetime]:
        """Free slot starts (UTC) of one advisor."""
        async with self._uow() as uow:
            advisor = await uow.session.get(Advisor, advisor_id)
            if advisor is None or not advisor.active:
                return []
            return await self._slots(uow.session, advisor, exclude_booking=exclude_booking)

    async def slots_for(self, advisor_ids: Sequence[int], *, exclude_booking: int | None = None
                        ) -> dict[datetime, list[int]]:
        """Free slots of several advisors: slot start -> the advisors free then (in the given order)."""
        result: dict[datetime, list[int]] = {}
        for advisor_id in advisor_ids:
            for slot in await self.free_slots(advisor_id, exclude_booking=exclude_booking):
                result.setdefault(slot, []).append(advisor_id)
        return dict(sorted(result.items()))

    async def next_free_slots(self, advisor_id: int, limit: int = 3, *, exclude_booking: int | None = None
                              ) -> tuple[datetime, ...]:
        """The next ``limit`` free slots of an advisor (offered when something fell through)."""
        return tuple((await self.free_slots(advisor_id, exclude_booking=exclude_booking))[:limit])


def validate_spec(spec: AdvisorSpec) -> None:
    """Raise ValueError when an advisor spec is not usable."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from helpdesk_bot.config import LANGUAGES

    if spec.telegram_id <= 0:
        raise ValueError("telegram_id must be a positive Telegram user id")
    if not spec.name.strip():
        raise ValueError("name is required")
    try:
        ZoneInfo(spec.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {spec.timezone!r}") from exc
    bad = [lang for lang in spec.languages if lang not in LANGUAGES]
    if bad or not spec.languages:
        raise ValueError(f"languages must be some of {', '.join(LANGUAGES)}")
    bad = [t for t in spec.expertise if t not in TOPICS]
    if bad or not spec.expertise:
        raise ValueError(f"expertise must be some of {', '.join(TOPICS)} (got {', '.join(bad) or 'none'})")
    bad = [m for m in spec.modes if m not in MODES]
    if bad or not spec.modes:
        raise ValueError(f"modes must be some of {', '.join(MODES)}")
    if "online" in spec.modes and not spec.modes["online"].startswith(("https://", "http://")):
        raise ValueError("the online mode needs a meeting link (https://...)")
    if "in_person" in spec.modes and not spec.modes["in_person"].strip():
        raise ValueError("the in_person mode needs an address")
    if spec.slot_minutes is not None and not 10 <= spec.slot_minutes <= 240:
        raise ValueError("slot_minutes must be between 10 and 240")
    for value, name in ((spec.buffer_minutes, "buffer_minutes"), (spec.min_notice_hours, "min_notice_hours"),
                        (spec.horizon_days, "horizon_days")):
        if value is not None and value < 0:
            raise ValueError(f"{name} must not be negative")
