"""knowledge base: tickets, ticket messages, collected gaps, reload requests

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BIGINT_PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "kb_tickets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("person_telegram_id", sa.BigInteger(), nullable=True),
        sa.Column("actor_ref", sa.String(length=32), nullable=True),
        sa.Column("question", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("entry_id", sa.String(length=128), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("advisor_person_id", sa.Integer(), nullable=True),
        sa.Column("advisor_telegram_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.String(length=16), nullable=True),
        sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("state IN ('open', 'taken', 'answered', 'closed')", name=op.f("ck_kb_tickets_state")),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_kb_tickets_person_id_people"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["advisor_person_id"], ["people.id"],
                                name=op.f("fk_kb_tickets_advisor_person_id_people"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_tickets")),
    )
    with op.batch_alter_table("kb_tickets", schema=None) as batch_op:
        batch_op.create_index("ix_kb_tickets_state_created_at", ["state", "created_at"], unique=False)
        batch_op.create_index("ix_kb_tickets_person_id", ["person_id"], unique=False)
        batch_op.create_index("ix_kb_tickets_advisor_person_id", ["advisor_person_id"], unique=False)

    op.create_table(
        "kb_ticket_messages",
        sa.Column("id", _BIGINT_PK, autoincrement=True, nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=16), nullable=False),
        sa.Column("author_person_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("author IN ('advisor', 'person')", name=op.f("ck_kb_ticket_messages_author")),
        sa.ForeignKeyConstraint(["ticket_id"], ["kb_tickets.id"],
                                name=op.f("fk_kb_ticket_messages_ticket_id_kb_tickets"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["author_person_id"], ["people.id"],
                                name=op.f("fk_kb_ticket_messages_author_person_id_people"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_ticket_messages")),
    )
    with op.batch_alter_table("kb_ticket_messages", schema=None) as batch_op:
        batch_op.create_index("ix_kb_ticket_messages_ticket_id", ["ticket_id"], unique=False)

    op.create_table(
        "kb_gaps",
        sa.Column("id", _BIGINT_PK, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("entry_id", sa.String(length=128), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.BigInteger(), nullable=True),
        sa.CheckConstraint("kind IN ('unanswered', 'not_helpful', 'advisor')", name=op.f("ck_kb_gaps_kind")),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_kb_gaps_person_id_people"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["ticket_id"], ["kb_tickets.id"], name=op.f("fk_kb_gaps_ticket_id_kb_tickets"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_gaps")),
    )
    with op.batch_alter_table("kb_gaps", schema=None) as batch_op:
        batch_op.create_index("ix_kb_gaps_closed_at_created_at", ["closed_at", "created_at"], unique=False)
        batch_op.create_index("ix_kb_gaps_person_id", ["person_id"], unique=False)

    op.create_table(
        "kb_reload_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("requested_by", sa.BigInteger(), nullable=True),
        sa.Column("via", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_reload_requests")),
    )


def downgrade() -> None:
    op.drop_table("kb_reload_requests")
    with op.batch_alter_table("kb_gaps", schema=None) as batch_op:
        batch_op.drop_index("ix_kb_gaps_person_id")
        batch_op.drop_index("ix_kb_gaps_closed_at_created_at")
    op.drop_table("kb_gaps")
    with op.batch_alter_table("kb_ticket_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_kb_ticket_messages_ticket_id")
    op.drop_table("kb_ticket_messages")
    with op.batch_alter_table("kb_tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_kb_tickets_advisor_person_id")
        batch_op.drop_index("ix_kb_tickets_person_id")
        batch_op.drop_index("ix_kb_tickets_state_created_at")
    op.drop_table("kb_tickets")
