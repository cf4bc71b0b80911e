"""People: first contact, consent, preferences and roles. No Telegram imports: plain values in and out."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from helpdesk_bot.clock import Clock
from helpdesk_bot.config import COUNTRIES, LANGUAGES, OTHER_COUNTRY, timezone_for_country
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators.log import add_audit
from helpdesk_bot.people.actor import Actor, channel, may, require
from helpdesk_bot.people.models import Person, PersonRole, Role


@dataclass(frozen=True)
class PersonView:
    """What the rest of the bot needs to know about a person, detached from the database."""

    id: int
    telegram_id: int
    actor_ref: str
    language: str
    country: str | None
    timezone: str
    first_name: str | None
    username: str | None
    consent_version: str | None
    roles: frozenset[str]
    is_active: bool
    share_handle: bool

    @property
    def has_consented(self) -> bool:
        """Whether the person accepted a privacy notice (any version)."""
        return self.consent_version is not None

    @property
    def is_staff(self) -> bool:
        """Staff role (granted or from configuration)."""
        return Role.STAFF in self.roles

    def may(self, role: Role) -> bool:
        """Whether the person may act in ``role``: the one rule of who may do what.

        Staff may do everything advisors and partners may do; every other role is its own.
        """
        return may(self.roles, role)

    @property
    def is_advisor(self) -> bool:
        """Advisor role."""
        return Role.ADVISOR in self.roles

    def display_name(self) -> str:
        """A name to address the person with (never empty); the @handle only when the person allowed it."""
        return self.first_name or (f"@{self.username}" if self.username and self.share_handle else f"#{self.id}")


@dataclass(frozen=True)
class TelegramProfile:
    """The parts of a Telegram user the bot may store (after consent)."""

    telegram_id: int
    first_name: str | None = None
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None


class RoleChangeError(Exception):
    """A role change that is not allowed; ``reason`` is a stable code for translation."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_revoke(telegram_id: int, role: Role, *, by: Actor, configured_staff: frozenset[int]) -> None:
    """The rule of taking a role away: staff from configuration keep it (change the configuration), and
    nobody revokes their own staff role, so the bot is never left without staff by a revocation: whoever
    revokes is staff and stays staff."""
    if role == Role.STAFF and telegram_id in configured_staff:
        raise RoleChangeError("configured_staff")
    if role == Role.STAFF and by.telegram_id == telegram_id:
        raise RoleChangeError("self_revoke")


def _trim(value: str | None, limit: int) -> str | None:
    return value[:limit] if value is not None else None


def language_from_code(code: str | None, default: str) -> str:
    """Map Telegram's ``language_code`` (``de``, ``pl-PL``, ``nb``...) to one of the seven languages."""
    if not code:
        return default
    base = code.split("-")[0].split("_")[0].lower()
    return base if base in LANGUAGES else default


def _view(person: Person, staff_ids: frozenset[int]) -> PersonView:
    roles = {r.role for r in person.roles}
    if person.telegram_id in staff_ids:
        roles.add(Role.STAFF)
    return PersonView(
        id=person.id,
        telegram_id=person.telegram_id,
        actor_ref=person.actor_ref,
        language=person.language,
        country=person.country,
        timezone=person.timezone,
        first_name=person.first_name,
        username=person.username,
        consent_version=person.consent_version,
        roles=frozenset(roles),
        is_active=person.is_active,
        share_handle=person.share_handle,
    )


class PeopleService:
    """Creates people on first contact and changes their preferences, consent and roles."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        clock: Clock,
        *,
        staff_ids: frozenset[int],
        default_language: str,
        default_timezone: str,
        notice_version: str,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._staff_ids = staff_ids
        self._default_language = default_language
        self._default_timezone = default_timezone
        self.notice_version = notice_version

    async def _get(self, session: AsyncSession, telegram_id: int) -> Person | None:
        return (
            await session.execute(
                select(Person).options(joinedload(Person.roles)).where(Person.telegram_id == telegram_id)
            )
        ).unique().scalar_one_or_none()

    async def get(self, telegram_id: int) -> PersonView | None:
        """The person with this Telegram id, if they have contacted the bot."""
        async with self._uow() as uow:
            person = await self._get(uow.session, telegram_id)
            return _view(person, self._staff_ids) if person else None

    async def get_by_id(self, person_id: int) -> PersonView | None:
        """The person with this internal id."""
        async with self._uow() as uow:
            person = await uow.session.get(Person, person_id)
            return _view(person, self._staff_ids) if person else None

    async def ensure(self, profile: TelegramProfile) -> PersonView:
        """The person for this Telegram user, created on first contact.

        Before consent only the Telegram id and the interface language are stored; names and the
        handle are kept (and refreshed) only once the privacy notice has been accepted.
        """
        now = self._clock.now()
        async with self._uow() as uow:
            person = await self._get(uow.session, profile.telegram_id)
            if person is None:
                person = Person(
                    telegram_id=profile.telegram_id,
                    actor_ref=secrets.token_hex(12),
                    language=language_from_code(profile.language_code, self._default_language),
                    country=None,
                    timezone=self._default_timezone,
                    share_handle=False,
                    is_active=True,
                    created_at=now,
                    updated_at=now,
                )
                person.roles = []
                uow.session.add(person)
                try:
                    await uow.commit()
                except IntegrityError:  # created concurrently by another update
                    await uow.rollback()
                    person = await self._get(uow.session, profile.telegram_id)
                    assert person is not None
                return _view(person, self._staff_ids)
            changed = False
            if not person.is_active:
                person.is_active = True
                changed = True
            if person.consent_version is not None:
                for field in ("first_name", "last_name", "username"):
                    value = getattr(profile, field)
                    if value is not None:
                        value = value[:128]
                    if getattr(person, field) != value:
                        setattr(person, field, value)
                        changed = True
            if changed:
                person.updated_at = now
                await uow.commit()
            return _view(person, self._staff_ids)

    async def known_many_in(self, session: AsyncSession,
                            profiles: Sequence[TelegramProfile]) -> list[PersonView | None]:
        """The people inside the caller's transaction, each when nothing about them needs changing.

        The hot path of every update: one Core query for all of them (no ORM objects, no write); the
        answers are in the order of ``profiles``. None for newcomers, for people who were inactive and for
        consenting people whose names changed: the caller then uses :meth:`ensure`.
        """
        if not profiles:
            return []
        people, roles = Person.__table__, PersonRole.__table__
        rows = (
            await session.execute(
                select(people.c.telegram_id, people.c.id, people.c.actor_ref, people.c.language, people.c.country,
                       people.c.timezone, people.c.first_name, people.c.last_name, people.c.username,
                       people.c.consent_version, people.c.is_active, people.c.share_handle, roles.c.role)
                .select_from(people.outerjoin(roles, roles.c.person_id == people.c.id))
                .where(people.c.telegram_id.in_({p.telegram_id for p in profiles}))
            )
        ).all()
        by_person: dict[int, list[Any]] = {}  # rows of one person: one per role
        for row in rows:
            by_person.setdefault(row.telegram_id, []).append(row)
        return [self._known_view(profile, by_person.get(profile.telegram_id)) for profile in profiles]

    def _known_view(self, profile: TelegramProfile, rows: list[Any] | None) -> PersonView | None:
        if not rows:
            return None
        row = rows[0]
        if not row.is_active:
            return None
        if row.consent_version is not None and (
            row.first_name != _trim(profile.first_name, 128) or row.last_name != _trim(profile.last_name, 128)
            or row.username != _trim(profile.username, 64)
        ):
            return None
        granted = {r.role for r in rows if r.role is not None}
        if profile.telegram_id in self._staff_ids:
            granted.add(Role.STAFF)
        return PersonView(
            id=row.id, telegram_id=profile.telegram_id, actor_ref=row.actor_ref, language=row.language,
            country=row.country, timezone=row.timezone, first_name=row.first_name, username=row.username,
            consent_version=row.consent_version, roles=frozenset(granted), is_active=row.is_active,
            share_handle=row.share_handle,
        )

    async def accept_notice(self, profile: TelegramProfile) -> PersonView:
        """Record consent to the current privacy notice, and from now on keep the person's names."""
        now = self._clock.now()
        async with self._uow() as uow:
            person = await self._get(uow.session, profile.telegram_id)
            if person is None:
                raise LookupError(profile.telegram_id)
            person.consent_version = self.notice_version
            person.consent_at = now
            person.first_name = (profile.first_name or "")[:128] or None
            person.last_name = (profile.last_name or "")[:128] or None
            person.username = (profile.username or "")[:64] or None
            person.updated_at = now
            await uow.commit()
            return _view(person, self._staff_ids)

    async def consent_date(self, telegram_id: int) -> datetime | None:
        """When the person last accepted the privacy notice."""
        async with self._uow() as uow:
            person = await self._get(uow.session, telegram_id)
            return person.consent_at if person else None

    def needs_consent(self, person: PersonView) -> bool:
        """Whether the person must (again) accept the privacy notice before using the bot."""
        return person.consent_version != self.notice_version

    async def set_language(self, telegram_id: int, language: str) -> PersonView:
        """Change the interface language (one of the seven)."""
        if language not in LANGUAGES:
            raise ValueError(language)
        return await self._update(telegram_id, language=language)

    async def set_country(self, telegram_id: int, country: str) -> PersonView:
        """Change the country; the time zone follows the country."""
        if country not in (*COUNTRIES, OTHER_COUNTRY):
            raise ValueError(country)
        return await self._update(
            telegram_id, country=country, timezone=timezone_for_country(country, self._default_timezone)
        )

    async def set_timezone(self, telegram_id: int, timezone: str) -> PersonView:
        """Change the time zone (an IANA name such as ``Europe/Vilnius``)."""
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(timezone) from exc
        return await self._update(telegram_id, timezone=timezone)

    async def set_share_handle(self, telegram_id: int, share: bool) -> PersonView:
        """Whether advisors may see the person's Telegram handle."""
        return await self._update(telegram_id, share_handle=share)

    async def mark_inactive(self, telegram_id: int) -> None:
        """The person blocked the bot: stop sending them anything until they write again."""
        async with self._uow() as uow:
            person = await self._get(uow.session, telegram_id)
            if person is not None and person.is_active:
                person.is_active = False
                person.updated_at = self._clock.now()
                await uow.commit()

    async def _update(self, telegram_id: int, **values: object) -> PersonView:
        async with self._uow() as uow:
            person = await self._get(uow.session, telegram_id)
            if person is None:
                raise LookupError(telegram_id)
            for key, value in values.items():
                setattr(person, key, value)
            person.updated_at = self._clock.now()
            await uow.commit()
            return _view(person, self._staff_ids)

    async def grant(self, telegram_id: int, role: Role, *, by: Actor) -> PersonView:
        """Grant ``role`` (staff only: :class:`~helpdesk_bot.people.actor.Forbidden`); the person must have
        contacted the bot before. The audit row ``role.grant`` is written in the same transaction."""
        require(by, Role.STAFF)
        now = self._clock.now()
        async with self._uow() as uow:
            person = await self._get(uow.session, telegram_id)
            if person is None:
                raise RoleChangeError("unknown_person")
            if any(r.role == role for r in person.roles):
                raise RoleChangeError("already_has_role")
            person.roles.append(PersonRole(role=str(role), granted_at=now, granted_by=by.telegram_id))
            add_audit(uow.session, now, "role.grant", actor=by.telegram_id, target=str(telegram_id), role=str(role),
                      via=channel(by))
            await uow.commit()
            return _view(person, self._staff_ids)

    async def revoke(self, telegram_id: int, role: Role, *, by: Actor) -> PersonView:
        """Revoke ``role`` (staff only; see :func:`check_revoke` for what cannot be revoked). The audit row
        ``role.revoke`` is written in the same transaction."""
        require(by, Role.STAFF)
        check_revoke(telegram_id, role, by=by, configured_staff=self._staff_ids)
        now = self._clock.now()
        async with self._uow() as uow:
            person = await self._get(uow.session, telegram_id)
            if person is None:
                raise RoleChangeError("unknown_person")
            remaining = [r for r in person.roles if r.role != role]
            if len(remaining) == len(person.roles):
                raise RoleChangeError("does_not_have_role")
            person.roles = remaining
            add_audit(uow.session, now, "role.revoke", actor=by.telegram_id, target=str(telegram_id), role=str(role),
                      via=channel(by))
            await uow.commit()
            return _view(person, self._staff_ids)

    async def list_with_roles(self) -> list[PersonView]:
        """Everyone who holds a role (granted, or staff from configuration who have contacted the bot)."""
        async with self._uow() as uow:
            people = (await uow.session.execute(select(Person).order_by(Person.id))).scalars().all()
            views = [_view(p, self._staff_ids) for p in people]
        return [v for v in views if v.roles]

    async def with_role(self, role: Role) -> list[PersonView]:
        """Active people holding ``role``."""
        return [p for p in await self.list_with_roles() if role in p.roles and p.is_active]
