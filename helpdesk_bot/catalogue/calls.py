"""Cooperation calls: a partner (or staff on a company's behalf) asks the network for creatives.

Staff approve a call; the approval notifies every matching profile through the outbox in its owner's
language (approved, visible in the network, open for commissions, a shared sector, a shared language
when the call names languages, and the country named by the call unless the call is open across
borders). A call that matches nobody is said so to the poster. "I'm interested" relays the creative's
profile to the poster (pressing it is the creative's consent to that); the poster can mark a
response as agreed. Staff see every call with its responses and outcomes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.broadcasts.renderers import TRANSLATED
from helpdesk_bot.catalogue.models import CallResponse, CatalogueProfile, CooperationCall
from helpdesk_bot.catalogue.renderers import MENTION
from helpdesk_bot.catalogue.validation import ProfileError, clean_text
from helpdesk_bot.catalogue.views import ProfileView, profile_view
from helpdesk_bot.catalogue.vocabulary import MAX_SECTORS, SECTORS, ProfileStatus
from helpdesk_bot.clock import Clock
from helpdesk_bot.config import COUNTRIES, LANGUAGES
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators.log import add_audit
from helpdesk_bot.people.actor import may
from helpdesk_bot.people.models import Role
from helpdesk_bot.people.service import PersonView

NEED_MAX = 1000
ORGANISATION_MAX = 120
BUDGET_MAX = 1_000_000_000


@dataclass(frozen=True)
class CallInput:
    """What a poster says about a call."""

    need: str
    sectors: tuple[str, ...]
    deadline: date
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    cross_border: bool = False
    budget_min: int | None = None
    budget_max: int | None = None
    organisation: str | None = None


@dataclass(frozen=True)
class CallView:
    """A call with its counts, detached from the database."""

    id: int
    poster_telegram_id: int | None
    organisation: str | None
    need: str
    sectors: tuple[str, ...]
    countries: tuple[str, ...]
    languages: tuple[str, ...]
    cross_border: bool
    deadline: date
    budget_min: int | None
    budget_max: int | None
    status: str
    notified: int = 0
    responses: int = 0
    agreed: int = 0


def validate_call(data: CallInput, today: date) -> CallInput:
    """``data`` checked and cleaned (raises :class:`ProfileError` with a ``call-...`` reason)."""
    need = clean_text(data.need, NEED_MAX, "call-need-invalid", required=True)
    if not data.sectors or len(set(data.sectors)) > MAX_SECTORS or any(s not in SECTORS for s in data.sectors):
        raise ProfileError("call-sectors-invalid")
    if any(c not in COUNTRIES for c in data.countries) or any(lang not in LANGUAGES for lang in data.languages):
        raise ProfileError("call-filters-invalid")
    if data.deadline <= today:
        raise ProfileError("call-deadline-past")
    low, high = data.budget_min, data.budget_max
    if (low is not None and not 0 <= low <= BUDGET_MAX) or (high is not None and not 0 <= high <= BUDGET_MAX) \
            or (low is not None and high is not None and low > high):
        raise ProfileError("call-budget-invalid")
    return CallInput(need=need or "", sectors=tuple(dict.fromkeys(data.sectors)), deadline=data.deadline,
                     countries=tuple(dict.fromkeys(data.countries)), languages=tuple(dict.fromkeys(data.languages)),
                     cross_border=data.cross_border, budget_min=low, budget_max=high,
                     organisation=clean_text(data.organisation, ORGANISATION_MAX, "call-organisation-invalid"))


def matches(call: CallView | CallInput, profile: ProfileView) -> bool:
    """Whether ``profile`` is one the call should reach."""
    if not profile.in_network or not profile.open_for_commissions:
        return False
    if not set(call.sectors) & set(profile.sectors):
        return False
    if call.languages and not set(call.languages) & set(profile.languages):
        return False
    return call.cross_border or not call.countries or profile.country in call.countries


def _view(row: CooperationCall, responses: int = 0, agreed: int = 0) -> CallView:
    return CallView(id=row.id, poster_telegram_id=row.poster_telegram_id, organisation=row.organisation,
                    need=row.need or "", sectors=tuple(row.sectors), countries=tuple(row.countries),
                    languages=tuple(row.languages), cross_border=row.cross_border, deadline=row.deadline,
                    budget_min=row.budget_min, budget_max=row.budget_max, status=row.status, notified=row.notified,
                    responses=responses, agreed=agreed)


class CallService:
    """Post, review, answer and follow cooperation calls."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox) -> None:
        self._uow = uow
        self._clock = clock
        self._outbox = outbox

    async def post(self, actor: PersonView, data: CallInput) -> CallView:
        """A partner or staff member posts a call; it waits for staff approval."""
        if not may(actor.roles, Role.PARTNER):
            raise ProfileError("forbidden")
        data = validate_call(data, self._clock.now().date())
        async with self._uow() as uow:
            row = CooperationCall(poster_telegram_id=actor.telegram_id, organisation=data.organisation,
                                  need=data.need, sectors=list(data.sectors), countries=list(data.countries),
                                  languages=list(data.languages), cross_border=data.cross_border,
                                  deadline=data.deadline, budget_min=data.budget_min, budget_max=data.budget_max,
                                  status="pending", created_at=self._clock.now())
            uow.session.add(row)
            await uow.session.flush()
            view = _view(row)
            add_audit(uow.session, row.created_at, "call.posted", actor=actor.telegram_id, target=f"call:{view.id}")
            await uow.commit()
            return view

    async def review(self, actor: PersonView | None, call_id: int, *, approve: bool,
                     notice: Callable[[CallView], dict[str, Any]],
                     poster_notice: Callable[[CallView, int], dict[str, Any]]) -> CallView:
        """Staff approve (matching profiles are notified, the poster hears how many, or that none match)
        or reject a pending call, in one transaction."""
        if actor is not None and not may(actor.roles, Role.STAFF):
            raise ProfileError("forbidden")
        async with self._uow() as uow:
            session = uow.session
            row = await session.get(CooperationCall, call_id, with_for_update=True)
            if row is None:
                raise ProfileError("call-not-found")
            if row.status != "pending":
                raise ProfileError("call-not-pending")
            row.status = "approved" if approve else "rejected"
            row.reviewed_at = self._clock.now()
            messages: list[OutgoingMessage] = []
            if approve:
                profiles = (await session.execute(select(CatalogueProfile).where(
                    CatalogueProfile.status == ProfileStatus.APPROVED,
                    CatalogueProfile.open_for_commissions.is_(True)))).scalars().all()
                view = _view(row)
                targets = [p for p in profiles if matches(view, profile_view(p)) and p.telegram_id != row.poster_telegram_id]
                row.notified = len(targets)
                messages = [OutgoingMessage(p.telegram_id, TRANSLATED, f"call:{row.id}:to:{p.telegram_id}",
                                            args=notice(view)) for p in targets]
            view = _view(row)
            if row.poster_telegram_id is not None:
                messages.append(OutgoingMessage(row.poster_telegram_id, TRANSLATED, f"call:{row.id}:reviewed",
                                                args=poster_notice(view, row.notified)))
            await self._outbox.add(session, messages)
            add_audit(session, self._clock.now(), "call.approved" if approve else "call.rejected",
                      actor=actor.telegram_id if actor else None, target=f"call:{view.id}",
                      via="telegram" if actor else "cli")
            await uow.commit()
            return view

    async def interested(self, actor: PersonView, call_id: int, *,
                         poster_notice: Callable[[CallView, ProfileView, int], dict[str, Any]]) -> CallView:
        """Relay the actor's profile to the poster of an approved, still open call (once per person)."""
        async with self._uow() as uow:
            session = uow.session
            row = await session.get(CooperationCall, call_id)
            if row is None or row.status != "approved":
                raise ProfileError("call-not-found")
            if row.deadline < self._clock.now().date():
                raise ProfileError("call-closed")
            profile_row = (await session.execute(select(CatalogueProfile).where(
                CatalogueProfile.telegram_id == actor.telegram_id))).scalar_one_or_none()
            profile = profile_view(profile_row) if profile_row is not None else None
            if profile is None or not profile.in_network:
                raise ProfileError("call-no-profile")
            response = CallResponse(call_id=row.id, responder_telegram_id=actor.telegram_id,
                                    profile_country=profile.country, status="contacted", created_at=self._clock.now())
            session.add(response)
            try:
                await session.flush()
            except IntegrityError:
                raise ProfileError("call-already-interested") from None
            view = _view(row)
            if row.poster_telegram_id is not None:
                payload = poster_notice(view, profile, response.id)
                await self._outbox.add(session, [OutgoingMessage(
                    row.poster_telegram_id, MENTION if "mention" in payload else TRANSLATED,
                    f"call:{row.id}:response:{response.id}", args=payload)])
            await uow.commit()
            return view

    async def agree(self, actor: PersonView, response_id: int) -> CallView:
        """The poster (or staff) records that they agreed on cooperation with a respondent."""
        async with self._uow() as uow:
            response = await uow.session.get(CallResponse, response_id)
            row = await uow.session.get(CooperationCall, response.call_id) if response is not None else None
            if response is None or row is None or (row.poster_telegram_id != actor.telegram_id and not actor.is_staff):
                raise ProfileError("call-not-found")
            if response.status == "agreed":
                raise ProfileError("call-already-agreed")
            response.status = "agreed"
            view = _view(row)
            await uow.commit()
            return view

    async def overview(self, actor: PersonView | None, limit: int = 20) -> list[CallView]:
        """The newest calls with their numbers of responses and agreements (staff only)."""
        if actor is not None and not may(actor.roles, Role.STAFF):
            raise ProfileError("forbidden")
        async with self._uow() as uow:
            counts = (
                select(CallResponse.call_id, func.count().label("n"),
                       func.count().filter(CallResponse.status == "agreed").label("agreed"))
                .group_by(CallResponse.call_id).subquery()
            )
            rows = (await uow.session.execute(
                select(CooperationCall, counts.c.n, counts.c.agreed)
                .outerjoin(counts, counts.c.call_id == CooperationCall.id)
                .order_by(CooperationCall.id.desc()).limit(limit))).all()
            return [_view(row, int(n or 0), int(agreed or 0)) for row, n, agreed in rows]

    async def get(self, call_id: int) -> CallView | None:
        """One call (any status)."""
        async with self._uow() as uow:
            row = await uow.session.get(CooperationCall, call_id)
            return _view(row) if row is not None else None


async def pending_calls(service: CallService, actor: PersonView | None) -> Sequence[CallView]:
    """Calls waiting for approval (staff only), oldest first."""
    return [c for c in reversed(await service.overview(actor, limit=200)) if c.status == "pending"]
