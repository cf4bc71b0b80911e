"""indicator report indexes

A covering index the report engine reads instead of the interactions table, and an index on
actor_ref for the privacy export (a person's interactions).

Revision ID: 0006
Revises: 0002
Create Date: 2026-11-23 10:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REPORT_COLUMNS = ["kind", "outcome", "language", "country", "topic", "occurred_at", "value", "actor_ref", "subject"]


def upgrade() -> None:
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.create_index("ix_interactions_report", REPORT_COLUMNS, unique=False)
        batch_op.create_index("ix_interactions_actor_ref", ["actor_ref"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index("ix_interactions_actor_ref")
        batch_op.drop_index("ix_interactions_report")
