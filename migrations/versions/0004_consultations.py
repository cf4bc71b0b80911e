"""consultations: advisors, weekly hours, exceptions, bookings

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-23 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ACTIVE = "state IN ('requested', 'confirmed')"


def upgrade() -> None:
    op.create_table(
        "advisors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("bios", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("expertise", sa.JSON(), nullable=False),
        sa.Column("modes", sa.JSON(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("auto_confirm", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=True),
        sa.Column("buffer_minutes", sa.Integer(), nullable=True),
        sa.Column("min_notice_hours", sa.Integer(), nullable=True),
        sa.Column("horizon_days", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advisors")),
        sa.UniqueConstraint("telegram_id", name=op.f("uq_advisors_telegram_id")),
    )
    op.create_table(
        "advisor_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["advisor_id"], ["advisors.id"], name=op.f("fk_advisor_hours_advisor_id_advisors"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advisor_hours")),
    )
    op.create_index("ix_advisor_hours_advisor_id", "advisor_hours", ["advisor_id"], unique=False)
    op.create_table(
        "advisor_exceptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=True),
        sa.Column("end_minute", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["advisor_id"], ["advisors.id"],
                                name=op.f("fk_advisor_exceptions_advisor_id_advisors"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advisor_exceptions")),
    )
    op.create_index("ix_advisor_exceptions_advisor_id_day", "advisor_exceptions", ["advisor_id", "day"], unique=False)
    op.create_table(
        "bookings",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decline_reason", sa.String(length=500), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_by", sa.String(length=16), nullable=True),
        sa.Column("cancel_reason", sa.String(length=500), nullable=True),
        sa.Column("reschedule_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("attendance_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome_note", sa.String(length=1000), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("feedback_comment", sa.String(length=1000), nullable=True),
        sa.Column("feedback_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["advisor_id"], ["advisors.id"], name=op.f("fk_bookings_advisor_id_advisors"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_bookings_person_id_people"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bookings")),
    )
    op.create_index("uq_bookings_active_slot", "bookings", ["advisor_id", "starts_at"], unique=True,
                    sqlite_where=sa.text(_ACTIVE), postgresql_where=sa.text(_ACTIVE))
    op.create_index("ix_bookings_person_id_state", "bookings", ["person_id", "state"], unique=False)
    op.create_index("ix_bookings_advisor_id_starts_at", "bookings", ["advisor_id", "starts_at"], unique=False)
    op.create_index("ix_bookings_state_expires_at", "bookings", ["state", "expires_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_bookings_state_expires_at", table_name="bookings")
    op.drop_index("ix_bookings_advisor_id_starts_at", table_name="bookings")
    op.drop_index("ix_bookings_person_id_state", table_name="bookings")
    op.drop_index("uq_bookings_active_slot", table_name="bookings")
    op.drop_table("bookings")
    op.drop_index("ix_advisor_exceptions_advisor_id_day", table_name="advisor_exceptions")
    op.drop_table("advisor_exceptions")
    op.drop_index("ix_advisor_hours_advisor_id", table_name="advisor_hours")
    op.drop_table("advisor_hours")
    op.drop_table("advisors")
