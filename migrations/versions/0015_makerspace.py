"""makerspace: resources, inductions, bookings, closures and the unit claims that enforce capacity

Revision ID: 0015
Revises: 0012
Create Date: 2026-12-07 01:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BIGINT_PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "makerspace_inductions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=48), nullable=False),
        sa.Column("names", sa.JSON(), nullable=False),
        sa.Column("valid_months", sa.Integer(), nullable=False),
        sa.Column("event_keys", sa.JSON(), nullable=False),
        sa.Column("contact", sa.String(length=256), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_makerspace_inductions")),
        sa.UniqueConstraint("key", name=op.f("uq_makerspace_inductions_key")),
    )
    op.create_table(
        "makerspace_resources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=48), nullable=False),
        sa.Column("names", sa.JSON(), nullable=False),
        sa.Column("descriptions", sa.JSON(), nullable=False),
        sa.Column("price_notes", sa.JSON(), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("hours", sa.JSON(), nullable=False),
        sa.Column("exceptions", sa.JSON(), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("min_slots", sa.Integer(), nullable=False),
        sa.Column("max_slots", sa.Integer(), nullable=False),
        sa.Column("induction_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("units >= 1", name=op.f("ck_makerspace_resources_units_positive")),
        sa.ForeignKeyConstraint(["induction_id"], ["makerspace_inductions.id"],
                                name=op.f("fk_makerspace_resources_induction_id_makerspace_inductions"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_makerspace_resources")),
        sa.UniqueConstraint("key", name=op.f("uq_makerspace_resources_key")),
    )
    op.create_table(
        "makerspace_person_inductions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("induction_id", sa.Integer(), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.BigInteger(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["induction_id"], ["makerspace_inductions.id"],
                                name=op.f("fk_makerspace_person_inductions_induction_id_makerspace_inductions"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"],
                                name=op.f("fk_makerspace_person_inductions_person_id_people"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_makerspace_person_inductions")),
        sa.UniqueConstraint("person_id", "induction_id", name=op.f("uq_makerspace_person_inductions_person_id_induction_id")),
    )
    op.create_table(
        "makerspace_bookings",
        sa.Column("id", _BIGINT_PK, autoincrement=True, nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("unit", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("slots", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_by", sa.String(length=16), nullable=True),
        sa.Column("attendance_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_makerspace_bookings_person_id_people"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["resource_id"], ["makerspace_resources.id"],
                                name=op.f("fk_makerspace_bookings_resource_id_makerspace_resources"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_makerspace_bookings")),
    )
    op.create_index("ix_makerspace_bookings_person_id_state", "makerspace_bookings", ["person_id", "state"])
    op.create_index("ix_makerspace_bookings_resource_id_starts_at", "makerspace_bookings",
                    ["resource_id", "starts_at"])
    op.create_table(
        "makerspace_closures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("unit", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["resource_id"], ["makerspace_resources.id"],
                                name=op.f("fk_makerspace_closures_resource_id_makerspace_resources"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_makerspace_closures")),
    )
    op.create_index("ix_makerspace_closures_resource_id_ends_at", "makerspace_closures", ["resource_id", "ends_at"])
    op.create_table(
        "makerspace_claims",
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("unit", sa.Integer(), nullable=False),
        sa.Column("slot_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("booking_id", sa.BigInteger(), nullable=True),
        sa.Column("closure_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("unit >= 1", name=op.f("ck_makerspace_claims_unit_positive")),
        sa.CheckConstraint("(booking_id IS NULL) <> (closure_id IS NULL)", name=op.f("ck_makerspace_claims_one_owner")),
        sa.ForeignKeyConstraint(["booking_id"], ["makerspace_bookings.id"],
                                name=op.f("fk_makerspace_claims_booking_id_makerspace_bookings"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["closure_id"], ["makerspace_closures.id"],
                                name=op.f("fk_makerspace_claims_closure_id_makerspace_closures"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["resource_id"], ["makerspace_resources.id"],
                                name=op.f("fk_makerspace_claims_resource_id_makerspace_resources"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("resource_id", "unit", "slot_start", name=op.f("pk_makerspace_claims")),
    )
    op.create_index("ix_makerspace_claims_booking_id", "makerspace_claims", ["booking_id"])
    op.create_index("ix_makerspace_claims_closure_id", "makerspace_claims", ["closure_id"])
    op.create_table(
        "makerspace_day_totals",
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("open_minutes", sa.Integer(), nullable=False),
        sa.Column("booked_minutes", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["resource_id"], ["makerspace_resources.id"],
                                name=op.f("fk_makerspace_day_totals_resource_id_makerspace_resources"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("resource_id", "day", name=op.f("pk_makerspace_day_totals")),
    )


def downgrade() -> None:
    op.drop_table("makerspace_day_totals")
    op.drop_index("ix_makerspace_claims_closure_id", table_name="makerspace_claims")
    op.drop_index("ix_makerspace_claims_booking_id", table_name="makerspace_claims")
    op.drop_table("makerspace_claims")
    op.drop_index("ix_makerspace_closures_resource_id_ends_at", table_name="makerspace_closures")
    op.drop_table("makerspace_closures")
    op.drop_index("ix_makerspace_bookings_resource_id_starts_at", table_name="makerspace_bookings")
    op.drop_index("ix_makerspace_bookings_person_id_state", table_name="makerspace_bookings")
    op.drop_table("makerspace_bookings")
    op.drop_table("makerspace_person_inductions")
    op.drop_table("makerspace_resources")
    op.drop_table("makerspace_inductions")
