"""catalogue: profiles of creatives, contact requests, cooperation calls and responses

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 01:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "catalogue_profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=80), nullable=False),
        sa.Column("sectors", sa.JSON(), nullable=False),
        sa.Column("offer", sa.JSON(), nullable=False),
        sa.Column("skills", sa.JSON(), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=True),
        sa.Column("region", sa.String(length=80), nullable=True),
        sa.Column("country", sa.String(length=8), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("links", sa.JSON(), nullable=False),
        sa.Column("photos", sa.JSON(), nullable=False),
        sa.Column("open_for_commissions", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.Column("needs_text", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reviewed_by", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_profiles")),
        sa.UniqueConstraint("slug", name=op.f("uq_catalogue_profiles_slug")),
        sa.UniqueConstraint("telegram_id", name=op.f("uq_catalogue_profiles_telegram_id")),
    )
    with op.batch_alter_table("catalogue_profiles", schema=None) as batch_op:
        batch_op.create_index("ix_catalogue_profiles_status_visibility", ["status", "visibility"], unique=False)

    state = op.create_table(
        "catalogue_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("generation", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_state")),
    )
    op.bulk_insert(state, [{"id": 1, "generation": 0}])

    op.create_table(
        "catalogue_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=True),
        sa.Column("sender_telegram_id", sa.BigInteger(), nullable=True),
        sa.Column("owner_telegram_id", sa.BigInteger(), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("share_handles", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("cross_border", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["profile_id"], ["catalogue_profiles.id"],
                                name=op.f("fk_catalogue_contacts_profile_id_catalogue_profiles"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_contacts")),
    )
    with op.batch_alter_table("catalogue_contacts", schema=None) as batch_op:
        batch_op.create_index("ix_catalogue_contacts_sender_telegram_id_created_at",
                              ["sender_telegram_id", "created_at"], unique=False)

    op.create_table(
        "catalogue_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("poster_telegram_id", sa.BigInteger(), nullable=True),
        sa.Column("organisation", sa.String(length=120), nullable=True),
        sa.Column("need", sa.Text(), nullable=True),
        sa.Column("sectors", sa.JSON(), nullable=False),
        sa.Column("countries", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("cross_border", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("budget_min", sa.Integer(), nullable=True),
        sa.Column("budget_max", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notified", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_calls")),
    )
    with op.batch_alter_table("catalogue_calls", schema=None) as batch_op:
        batch_op.create_index("ix_catalogue_calls_poster_telegram_id", ["poster_telegram_id"], unique=False)
    op.create_table(
        "catalogue_call_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("responder_telegram_id", sa.BigInteger(), nullable=True),
        sa.Column("profile_country", sa.String(length=8), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["call_id"], ["catalogue_calls.id"],
                                name=op.f("fk_catalogue_call_responses_call_id_catalogue_calls"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_call_responses")),
        sa.UniqueConstraint("call_id", "responder_telegram_id",
                            name=op.f("uq_catalogue_call_responses_call_id_responder_telegram_id")),
    )

    op.create_table(
        "catalogue_digest_subscriptions",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("next_due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"],
                                name=op.f("fk_catalogue_digest_subscriptions_person_id_people"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_catalogue_digest_subscriptions")),
    )
    with op.batch_alter_table("catalogue_digest_subscriptions", schema=None) as batch_op:
        batch_op.create_index("ix_catalogue_digest_subscriptions_next_due_at", ["next_due_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("catalogue_digest_subscriptions", schema=None) as batch_op:
        batch_op.drop_index("ix_catalogue_digest_subscriptions_next_due_at")
    op.drop_table("catalogue_digest_subscriptions")
    op.drop_table("catalogue_call_responses")
    with op.batch_alter_table("catalogue_calls", schema=None) as batch_op:
        batch_op.drop_index("ix_catalogue_calls_poster_telegram_id")
    op.drop_table("catalogue_calls")
    with op.batch_alter_table("catalogue_contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_catalogue_contacts_sender_telegram_id_created_at")
    op.drop_table("catalogue_contacts")
    op.drop_table("catalogue_state")
    with op.batch_alter_table("catalogue_profiles", schema=None) as batch_op:
        batch_op.drop_index("ix_catalogue_profiles_status_visibility")
    op.drop_table("catalogue_profiles")
