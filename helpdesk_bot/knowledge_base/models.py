"""Database tables of the knowledge base's human side: tickets, their messages, collected gaps, reloads.

Free texts (questions, answers, replies, collected gap texts) are personal data: they are exported,
erased and purged by :mod:`helpdesk_bot.knowledge_base.privacy`; the rows themselves stay (anonymous)
so counts do not change.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from helpdesk_bot.db.base import Base, BigIntPK, UTCDateTime


class TicketState(StrEnum):
    """Life of a ticket: ``open`` (nobody has it) -> ``taken`` (the advisor's turn) <-> ``answered``
    (the entrepreneur's turn) -> ``closed``."""

    OPEN = "open"
    TAKEN = "taken"
    ANSWERED = "answered"
    CLOSED = "closed"


class GapKind(StrEnum):
    """Why a question was collected for curation."""

    UNANSWERED = "unanswered"  # the knowledge base had nothing (fallback, or "none of these")
    NOT_HELPFUL = "not_helpful"  # an answer was marked not helpful
    ADVISOR = "advisor"  # an advisor had to answer it (ticket)


class Ticket(Base):
    """A question handed over to the advisors."""

    __tablename__ = "kb_tickets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    person_telegram_id: Mapped[int | None] = mapped_column(BigInteger)
    actor_ref: Mapped[str | None] = mapped_column(String(32))
    question: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(8))
    entry_id: Mapped[str | None] = mapped_column(String(128))
    state: Mapped[str] = mapped_column(String(16), default=TicketState.OPEN.value)
    advisor_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    advisor_telegram_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[str | None] = mapped_column(String(16))
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # when the advisors are told about it: at once, or batched with the person's other new questions
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        CheckConstraint("state IN ('open', 'taken', 'answered', 'closed')", name="state"),
        Index("ix_kb_tickets_state_created_at", "state", "created_at"),
        Index("ix_kb_tickets_person_id", "person_id"),
        Index("ix_kb_tickets_person_id_notified_at", "person_id", "notified_at"),
        Index("ix_kb_tickets_advisor_person_id", "advisor_person_id"),
    )


class TicketMessage(Base):
    """One message of a ticket's conversation (an advisor's answer or the entrepreneur's reply)."""

    __tablename__ = "kb_ticket_messages"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("kb_tickets.id", ondelete="CASCADE"))
    author: Mapped[str] = mapped_column(String(16))  # advisor | person
    author_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        CheckConstraint("author IN ('advisor', 'person')", name="author"),
        Index("ix_kb_ticket_messages_ticket_id", "ticket_id"),
    )


class Gap(Base):
    """A question collected for the curation loop (``/gaps``, ``helpdesk-bot kb gaps``)."""

    __tablename__ = "kb_gaps"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    entry_id: Mapped[str | None] = mapped_column(String(128))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("kb_tickets.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (
        CheckConstraint("kind IN ('unanswered', 'not_helpful', 'advisor')", name="kind"),
        Index("ix_kb_gaps_closed_at_created_at", "closed_at", "created_at"),
        Index("ix_kb_gaps_person_id", "person_id"),
    )


class ReloadRequest(Base):
    """A request to reload the knowledge base; every bot process polls for new ones."""

    __tablename__ = "kb_reload_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    requested_by: Mapped[int | None] = mapped_column(BigInteger)
    via: Mapped[str] = mapped_column(String(16))


class FeedbackToken(Base):
    """The right to say "Helpful"/"Not helpful" once about one answer shown to one person.

    Issued when the answer is shown (its ``token`` goes into the buttons' callback data) and consumed
    by the first press (``used_at``), so a forged, another person's, replayed or double-tapped press
    finds nothing to consume and is refused. ``question_token`` names the question the answer was for
    in the person's conversation (for the "Not helpful" gap).
    """

    __tablename__ = "kb_feedback_tokens"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    token: Mapped[str] = mapped_column(String(16))
    entry_id: Mapped[str] = mapped_column(String(128))
    question_token: Mapped[str | None] = mapped_column(String(16))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    verdict: Mapped[str | None] = mapped_column(String(16))

    __table_args__ = (
        UniqueConstraint("person_id", "token"),
        Index("ix_kb_feedback_tokens_issued_at", "issued_at"),
    )
