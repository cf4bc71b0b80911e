"""conversation stash: short-lived values behind a person's buttons (the question behind an answer's buttons)

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "conversation_stash",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=16), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_conversation_stash_person_id_people"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id", "token", name=op.f("pk_conversation_stash")),
    )
    with op.batch_alter_table("conversation_stash", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conversation_stash_created_at"), ["created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("conversation_stash", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversation_stash_created_at"))
    op.drop_table("conversation_stash")
