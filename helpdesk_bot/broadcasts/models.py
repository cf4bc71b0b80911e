"""The outbox: every scheduled or bulk message is a row with its state, sent by the dispatcher."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from helpdesk_bot.db.base import Base, BigIntPK, UTCDateTime


class OutboxState(StrEnum):
    """Life of an outbox message."""

    PENDING = "pending"      # waiting for its due time (or for a retry)
    SENDING = "sending"      # claimed by a dispatcher
    SENT = "sent"
    FAILED = "failed"        # gave up after retries, or permanently rejected
    BLOCKED = "blocked"      # the recipient blocked the bot
    CANCELLED = "cancelled"  # no longer wanted (booking cancelled, event moved, expired)


class Broadcast(Base):
    """A bulk send (an announcement): one outbox row per recipient, with a delivery report at the end."""

    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(256))
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    scheduled_for: Mapped[datetime] = mapped_column(UTCDateTime())
    total: Mapped[int] = mapped_column(Integer, default=0)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class OutboxMessage(Base):
    """One message to one person, sent once.

    ``dedup_key`` is unique: enqueuing the same message for the same person twice is a no-op, which
    is how "never sent twice" is enforced by the database. ``group_key`` groups the messages of one
    subject (``booking:12``) so they can be cancelled together. ``payload`` names a renderer
    (``kind``) and its arguments; the text is rendered at send time in the recipient's language.
    """

    __tablename__ = "outbox_messages"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(64))
    dedup_key: Mapped[str] = mapped_column(String(191), unique=True)
    group_key: Mapped[str | None] = mapped_column(String(128))
    broadcast_id: Mapped[int | None] = mapped_column(ForeignKey("broadcasts.id", ondelete="CASCADE"))
    recipient_telegram_id: Mapped[int] = mapped_column(BigInteger)
    payload: Mapped[dict[str, object]] = mapped_column(JSON)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    not_after: Mapped[datetime | None] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(16), default=OutboxState.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    last_error: Mapped[str | None] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_outbox_messages_state_due_at", "state", "due_at"),
        Index("ix_outbox_messages_group_key", "group_key"),
        Index("ix_outbox_messages_broadcast_id_state", "broadcast_id", "state"),
    )
