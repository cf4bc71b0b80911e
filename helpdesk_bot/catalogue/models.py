"""Tables of the catalogue: profiles of creatives, contact requests, cooperation calls and responses."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from helpdesk_bot.db.base import Base, UTCDateTime


class CatalogueProfile(Base):
    """The opt-in profile of one creative (one per Telegram account).

    ``offer`` maps a language code to the "what I offer" text in that language (at least one);
    ``sectors``, ``skills``, ``languages``, ``links``, ``photos`` (Telegram file ids) and ``needs`` are
    lists. ``search_text`` is the folded text the search matches (sector names in every language,
    skills, place, offer), rebuilt on every save.
    """

    __tablename__ = "catalogue_profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    sectors: Mapped[list[str]] = mapped_column(JSON)
    offer: Mapped[dict[str, str]] = mapped_column(JSON)
    skills: Mapped[list[str]] = mapped_column(JSON)
    city: Mapped[str | None] = mapped_column(String(80))
    region: Mapped[str | None] = mapped_column(String(80))
    country: Mapped[str] = mapped_column(String(8))
    languages: Mapped[list[str]] = mapped_column(JSON)
    links: Mapped[list[str]] = mapped_column(JSON)
    photos: Mapped[list[str]] = mapped_column(JSON)
    open_for_commissions: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa.false())
    visibility: Mapped[str] = mapped_column(String(16))
    needs: Mapped[list[str]] = mapped_column(JSON)
    needs_text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reviewed_by: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (Index("ix_catalogue_profiles_status_visibility", "status", "visibility"),)

    def as_dict(self) -> dict[str, Any]:
        """The profile's fields as plain data (export, /mydata)."""
        return {
            "id": self.id, "slug": self.slug, "display_name": self.display_name, "sectors": list(self.sectors),
            "offer": dict(self.offer), "skills": list(self.skills), "city": self.city, "region": self.region,
            "country": self.country, "languages": list(self.languages), "links": list(self.links),
            "photos": len(self.photos), "open_for_commissions": self.open_for_commissions,
            "visibility": self.visibility, "needs": list(self.needs), "needs_text": self.needs_text,
            "status": self.status, "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
        }


class CatalogueState(Base):
    """One row: ``generation`` grows with every change of any profile (search snapshots compare it)."""

    __tablename__ = "catalogue_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    generation: Mapped[int] = mapped_column(BigInteger, default=0, server_default=sa.text("0"))


class ContactRequest(Base):
    """A request of one person to get in touch with a profile's owner, relayed by the bot.

    Erasing either person keeps the row without their ids and message (indicator totals stay).
    ``cross_border`` is fixed when the request is made (sender's country differs from the profile's).
    """

    __tablename__ = "catalogue_contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile_id: Mapped[int | None] = mapped_column(ForeignKey("catalogue_profiles.id", ondelete="SET NULL"))
    sender_telegram_id: Mapped[int | None] = mapped_column(BigInteger)
    owner_telegram_id: Mapped[int | None] = mapped_column(BigInteger)
    message: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # pending | accepted | declined
    share_handles: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa.false())
    cross_border: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa.false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_catalogue_contacts_sender_telegram_id_created_at", "sender_telegram_id", "created_at"),)


class CooperationCall(Base):
    """A call for cooperation posted by a partner (a company or institution) or by staff on its behalf.

    Empty ``countries``/``languages`` mean any; ``cross_border`` opens the call to profiles of every
    country. ``status``: pending (waits for staff), approved (matching profiles notified), rejected,
    closed. ``notified`` is how many profiles were told when it was approved.
    """

    __tablename__ = "catalogue_calls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    poster_telegram_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    organisation: Mapped[str | None] = mapped_column(String(120))
    need: Mapped[str | None] = mapped_column(Text)
    sectors: Mapped[list[str]] = mapped_column(JSON)
    countries: Mapped[list[str]] = mapped_column(JSON)
    languages: Mapped[list[str]] = mapped_column(JSON)
    cross_border: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa.false())
    deadline: Mapped[date] = mapped_column(Date)
    budget_min: Mapped[int | None] = mapped_column(Integer)
    budget_max: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    notified: Mapped[int] = mapped_column(Integer, default=0, server_default=sa.text("0"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CallResponse(Base):
    """A creative's "I'm interested" in a call; ``status`` moves from contacted (profile relayed) to agreed."""

    __tablename__ = "catalogue_call_responses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("catalogue_calls.id", ondelete="CASCADE"))
    responder_telegram_id: Mapped[int | None] = mapped_column(BigInteger)
    profile_country: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (UniqueConstraint("call_id", "responder_telegram_id"),)


class DigestSubscription(Base):
    """A person's weekly digest: ``weekday`` (0 Monday) and ``hour`` in their own time zone.

    ``next_due_at`` is the next moment (UTC) the digest falls due; it moves a week on after each run.
    """

    __tablename__ = "catalogue_digest_subscriptions"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    weekday: Mapped[int] = mapped_column(Integer)
    hour: Mapped[int] = mapped_column(Integer)
    next_due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
