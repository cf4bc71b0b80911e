"""The interaction log (source of every indicator), processed updates and the staff audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Float, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from helpdesk_bot.db.base import Base, BigIntPK, UTCDateTime


class Interaction(Base):
    """One processed update or one business event.

    ``actor_ref`` is a random reference of the person (never the Telegram id), so interactions stay
    countable per distinct person after the person's data has been erased.
    """

    __tablename__ = "interactions"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(32))
    actor_ref: Mapped[str | None] = mapped_column(String(32))
    person_id: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(8))
    subject: Mapped[str | None] = mapped_column(String(128))
    topic: Mapped[str | None] = mapped_column(String(64))
    value: Mapped[float | None] = mapped_column(Float)
    update_id: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (
        Index("ix_interactions_occurred_at", "occurred_at"),
        Index("ix_interactions_kind_occurred_at", "kind", "occurred_at"),
        Index("ix_interactions_person_id", "person_id"),
        # covering index of the indicator reports (helpdesk_bot.indicators.report_sql.REPORT_INDEX)
        Index("ix_interactions_report", "kind", "outcome", "language", "country", "topic", "occurred_at",
              "value", "actor_ref", "subject"),
        # people one after the other (distinct people in the reports, the privacy export's lookups)
        Index("ix_interactions_actor_report", "actor_ref", "kind", "outcome", "language", "country", "topic",
              "occurred_at"),
    )


class ProcessedUpdate(Base):
    """An update id that has been taken for processing (duplicate deliveries are skipped)."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    processed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AuditEntry(Base):
    """A staff action: role change, broadcast, export, knowledge-base reload, ..."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_telegram_id: Mapped[int | None] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str | None] = mapped_column(String(128))
    detail: Mapped[dict[str, object] | None] = mapped_column(JSON)

    __table_args__ = (Index("ix_audit_log_occurred_at", "occurred_at"),)
