"""indicator actor index

The distinct-people part of the indicator report groups the interactions by person. A covering
index led by actor_ref lets SQLite read them person by person without sorting (one pass for every
month, language, country and topic), and it serves the privacy export's lookups by actor_ref as
well, so it replaces the single-column ix_interactions_actor_ref.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 12:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTOR_COLUMNS = ["actor_ref", "kind", "outcome", "language", "country", "topic", "occurred_at"]


def upgrade() -> None:
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index("ix_interactions_actor_ref")
        batch_op.create_index("ix_interactions_actor_report", ACTOR_COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index("ix_interactions_actor_report")
        batch_op.create_index("ix_interactions_actor_ref", ["actor_ref"], unique=False)
