"""Use cases of the catalogue: save, submit, moderate, pause, resume and delete profiles.

Role checks live here (the chat and the CLI call the same methods): an owner changes only their own
profile, staff moderate and may change any, ``actor=None`` is the command line (trusted operator).
Public and network profiles are shown to others only once staff approved them; an owner's edit sends
the profile back to the moderation queue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.broadcasts.renderers import TRANSLATED, translated_message
from helpdesk_bot.catalogue.models import CatalogueProfile, CatalogueState
from helpdesk_bot.catalogue.search_text import search_text_for
from helpdesk_bot.catalogue.validation import ProfileError, ProfileInput, check_status, make_slug, validate
from helpdesk_bot.catalogue.views import ProfileView, profile_view
from helpdesk_bot.catalogue.vocabulary import ProfileStatus, Visibility
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators import kinds
from helpdesk_bot.indicators.log import add_audit
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.people.actor import may
from helpdesk_bot.people.models import Role
from helpdesk_bot.people.service import PersonView

SectorNames = Callable[[str], Iterable[str]]
"""The names of a sector in every language (for the search text)."""


@dataclass(frozen=True)
class ImportItem:
    """One profile of an import file."""

    telegram_id: int
    data: ProfileInput
    status: str = ProfileStatus.APPROVED


def _is_staff(actor: PersonView | None) -> bool:
    """Staff by the one rule of :mod:`helpdesk_bot.people.actor`; None is the command line (the operator)."""
    return actor is None or may(actor.roles, Role.STAFF)


def _require_owner_or_staff(actor: PersonView | None, telegram_id: int) -> None:
    if not _is_staff(actor) and (actor is None or actor.telegram_id != telegram_id):
        raise ProfileError("forbidden")


def review_notice(view: ProfileView, *, approve: bool) -> OutgoingMessage:
    """The message telling the owner their profile was approved or sent back (once per decision)."""
    return OutgoingMessage(view.telegram_id, TRANSLATED, f"profile:{view.id}:review:{view.updated_at.isoformat()}",
                           args=translated_message("catalogue-approved" if approve else "catalogue-sent-back",
                                                   {"name": view.display_name}))


class CatalogueService:
    """Profiles: create or edit, submit for moderation, approve, pause, resume, delete, import, export."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, sector_names: SectorNames, outbox: Outbox) -> None:
        self._uow = uow
        self._clock = clock
        self._outbox = outbox
        self._sector_names = sector_names

    # ------------------------------------------------------------------ reading
    async def get(self, profile_id: int) -> ProfileView | None:
        """The profile with ``profile_id`` (any status)."""
        async with self._uow() as uow:
            row = await uow.session.get(CatalogueProfile, profile_id)
            return profile_view(row) if row else None

    async def for_owner(self, telegram_id: int) -> ProfileView | None:
        """The profile of the person with ``telegram_id``."""
        async with self._uow() as uow:
            row = await self._by_owner(uow.session, telegram_id)
            return profile_view(row) if row else None

    async def public_by_slug(self, slug: str) -> ProfileView | None:
        """The profile at ``/catalogue/<slug>`` when it is approved and public, else None."""
        async with self._uow() as uow:
            row = (await uow.session.execute(
                select(CatalogueProfile).where(CatalogueProfile.slug == slug))).scalar_one_or_none()
            view = profile_view(row) if row else None
            return view if view is not None and view.on_web else None

    async def moderation_queue(self, actor: PersonView | None, limit: int = 20) -> list[ProfileView]:
        """Profiles waiting for approval, oldest first (staff only)."""
        if not _is_staff(actor):
            raise ProfileError("forbidden")
        async with self._uow() as uow:
            rows = (await uow.session.execute(
                select(CatalogueProfile).where(CatalogueProfile.status == ProfileStatus.PENDING)
                .order_by(CatalogueProfile.updated_at, CatalogueProfile.id).limit(limit))).scalars().all()
            return [profile_view(r) for r in rows]

    async def all_profiles(self) -> list[ProfileView]:
        """Every profile (for staff exports), by id."""
        async with self._uow() as uow:
            rows = (await uow.session.execute(select(CatalogueProfile).order_by(CatalogueProfile.id))).scalars()
            return [profile_view(r) for r in rows]

    # ------------------------------------------------------------------ writing
    async def save(self, actor: PersonView | None, telegram_id: int, data: ProfileInput, *,
                   status: str | None = None) -> ProfileView:
        """Create or replace the profile of ``telegram_id`` with ``data`` (validated first; nothing is
        saved on a problem). An owner's save submits the profile for moderation (a hidden one stays a
        draft); staff and the command line keep the status unless ``status`` is given."""
        _require_owner_or_staff(actor, telegram_id)
        data = validate(data)
        owner_edit = actor is not None and actor.telegram_id == telegram_id and not actor.is_staff
        async with self._uow() as uow:
            session = uow.session
            row = await self._by_owner(session, telegram_id)
            now = self._clock.now()
            slug = await self._slug_for(session, data, row)
            if row is None:
                row = CatalogueProfile(telegram_id=telegram_id, created_at=now, status=ProfileStatus.DRAFT)
                session.add(row)
            self._apply(row, data, slug)
            if status is not None:
                row.status = check_status(status)
            elif owner_edit or row.status == ProfileStatus.DRAFT:
                row.status = ProfileStatus.DRAFT if data.visibility == Visibility.HIDDEN else ProfileStatus.PENDING
            if row.status != ProfileStatus.APPROVED:
                row.reviewed_at = None
            elif actor is None or actor.is_staff:
                row.reviewed_at, row.reviewed_by = now, actor.telegram_id if actor else None
            _touch(row, now)
            await session.flush()
            await bump_generation(session)
            view = profile_view(row)
            add_audit(session, now, "catalogue.saved", actor=actor.telegram_id if actor else None,
                      target=f"profile:{view.id}", status=view.status, via="telegram" if actor else "cli")
            await uow.commit()
            return view

    async def review(self, actor: PersonView | None, profile_id: int, *, approve: bool) -> ProfileView:
        """Staff approve a pending profile (it appears in search and, if public, on the web) or send it back.

        The owner is told (:func:`review_notice`) through the outbox in the same transaction as the
        decision and its audit row; the outbox wakes its dispatcher after the commit."""
        if not _is_staff(actor):
            raise ProfileError("forbidden")
        async with self._uow() as uow:
            row = await uow.session.get(CatalogueProfile, profile_id, with_for_update=True)
            if row is None:
                raise ProfileError("not-found")
            if row.status != ProfileStatus.PENDING:
                raise ProfileError("not-pending", row.status)
            now = self._clock.now()
            row.status = ProfileStatus.APPROVED if approve else ProfileStatus.DRAFT
            row.reviewed_at = now if approve else None
            row.reviewed_by = actor.telegram_id if actor else None
            _touch(row, now)
            view = profile_view(row)
            if approve:  # the fact the "profiles in the catalogue" indicator counts, with the decision
                uow.session.add(Interaction(
                    occurred_at=now, kind=kinds.CATALOGUE_PROFILE_LISTED, outcome="ok",
                    actor_ref=actor.actor_ref if actor else None, person_id=actor.id if actor else None,
                    subject=f"profile:{view.id}", country=view.country))
            add_audit(uow.session, now, "catalogue.approved" if approve else "catalogue.sent_back",
                      actor=actor.telegram_id if actor else None, target=f"profile:{view.id}",
                      via="telegram" if actor else "cli")
            await self._outbox.add(uow.session, [review_notice(view, approve=approve)])
            await bump_generation(uow.session)
            await uow.commit()
            return view

    async def set_paused(self, actor: PersonView | None, telegram_id: int, paused: bool) -> ProfileView:
        """Pause (nobody finds or contacts it) or resume the profile of ``telegram_id``.

        Resuming returns an approved profile to the catalogue and anything else to moderation."""
        _require_owner_or_staff(actor, telegram_id)
        async with self._uow() as uow:
            row = await self._by_owner(uow.session, telegram_id)
            if row is None:
                raise ProfileError("not-found")
            if paused:
                if row.status == ProfileStatus.PAUSED:
                    raise ProfileError("already-paused")
                row.status = ProfileStatus.PAUSED
            else:
                if row.status != ProfileStatus.PAUSED:
                    raise ProfileError("not-paused")
                row.status = ProfileStatus.APPROVED if row.reviewed_at is not None else ProfileStatus.PENDING
            _touch(row, self._clock.now())
            view = profile_view(row)
            await bump_generation(uow.session)
            await uow.commit()
            return view

    async def delete(self, actor: PersonView | None, telegram_id: int) -> bool:
        """Delete the profile of ``telegram_id`` (from the bot and the web at once); False when there was none."""
        _require_owner_or_staff(actor, telegram_id)
        async with self._uow() as uow:
            row = await self._by_owner(uow.session, telegram_id)
            profile_id = row.id if row is not None else None
            deleted = await delete_profile(uow.session, telegram_id)
            if deleted:
                add_audit(uow.session, self._clock.now(), "catalogue.deleted",
                          actor=actor.telegram_id if actor else None, target=f"profile:{profile_id}",
                          via="telegram" if actor else "cli")
            await uow.commit()
            return deleted

    async def import_profiles(self, items: Sequence[ImportItem]) -> list[tuple[ProfileView, str]]:
        """Create or update every item by ``telegram_id`` in one transaction (all or nothing).

        Returns each view with ``created`` or ``updated``. A problem raises :class:`ProfileError`
        with the item's telegram id in ``detail``."""
        results: list[tuple[ProfileView, str]] = []
        async with self._uow() as uow:
            session = uow.session
            now = self._clock.now()
            for item in items:
                try:
                    data = validate(item.data)
                    status = check_status(item.status)
                    row = await self._by_owner(session, item.telegram_id)
                    slug = await self._slug_for(session, data, row)
                except ProfileError as exc:
                    raise ProfileError(exc.reason, f"telegram_id {item.telegram_id}: {exc.detail}") from exc
                action = "updated" if row is not None else "created"
                if row is None:
                    row = CatalogueProfile(telegram_id=item.telegram_id, created_at=now)
                    session.add(row)
                self._apply(row, data, slug)
                row.status = status
                row.reviewed_at = now if status == ProfileStatus.APPROVED else None
                _touch(row, now)
                await session.flush()
                results.append((profile_view(row), action))
            await bump_generation(uow.session)
            await uow.commit()
        return results

    # ------------------------------------------------------------------ helpers
    @staticmethod
    async def _by_owner(session: AsyncSession, telegram_id: int) -> CatalogueProfile | None:
        return (await session.execute(
            select(CatalogueProfile).where(CatalogueProfile.telegram_id == telegram_id))).scalar_one_or_none()

    @staticmethod
    async def _slug_for(session: AsyncSession, data: ProfileInput, row: CatalogueProfile | None) -> str:
        """The slug to store: an explicit one must be free; otherwise keep the row's, or derive a free one."""
        own_id = row.id if row is not None else None

        async def taken(slug: str) -> bool:
            found = (await session.execute(
                select(CatalogueProfile.id).where(CatalogueProfile.slug == slug))).scalar_one_or_none()
            return found is not None and found != own_id

        if data.slug:
            if await taken(data.slug):
                raise ProfileError("slug-taken", data.slug)
            return data.slug
        if row is not None:
            return row.slug
        base = make_slug(data.display_name)
        used = set((await session.execute(
            select(CatalogueProfile.slug).where(CatalogueProfile.slug.like(f"{base}%")))).scalars())
        if base not in used:
            return base
        n = 2
        while f"{base}-{n}" in used:
            n += 1
        return f"{base}-{n}"

    def _apply(self, row: CatalogueProfile, data: ProfileInput, slug: str) -> None:
        row.slug = slug
        row.display_name = data.display_name
        row.sectors = list(data.sectors)
        row.offer = dict(data.offer)
        row.skills = list(data.skills)
        row.city, row.region, row.country = data.city, data.region, data.country
        row.languages = list(data.languages)
        row.links = list(data.links)
        row.photos = list(data.photos)
        row.open_for_commissions = data.open_for_commissions
        row.visibility = str(data.visibility)
        row.needs = list(data.needs)
        row.needs_text = data.needs_text
        row.search_text = search_text_for(data, self._sector_names)


def _touch(row: CatalogueProfile, now: datetime) -> None:
    """Mark a change of the row (the caller bumps the catalogue's generation before committing)."""
    row.updated_at = now


async def bump_generation(session: AsyncSession) -> None:
    """Count one more change of the catalogue (in the writer's transaction; search snapshots compare it)."""
    result = await session.execute(update(CatalogueState).where(CatalogueState.id == 1)
                                   .values(generation=CatalogueState.generation + 1))
    if not getattr(result, "rowcount", 0):
        session.add(CatalogueState(id=1, generation=1))
        await session.flush()


async def delete_profile(session: AsyncSession, telegram_id: int) -> bool:
    """Delete the profile of ``telegram_id`` inside ``session`` (used by erasure too)."""
    result = await session.execute(delete(CatalogueProfile).where(CatalogueProfile.telegram_id == telegram_id))
    deleted = bool(getattr(result, "rowcount", 0))
    if deleted:
        await bump_generation(session)
    return deleted
