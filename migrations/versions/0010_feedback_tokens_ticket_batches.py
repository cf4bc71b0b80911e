"""feedback tokens, ticket notification batches

``kb_feedback_tokens``: one row per answer shown, consumed by the first Helpful/Not helpful press
(issue 10, item 2). ``kb_tickets.notified_at``: when the advisors are told about a ticket, so that one
person's new questions reach them at most once per interval, batched (issue 10, item 8).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BIGINT_PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "kb_feedback_tokens",
        sa.Column("id", _BIGINT_PK, autoincrement=True, nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=16), nullable=False),
        sa.Column("entry_id", sa.String(length=128), nullable=False),
        sa.Column("question_token", sa.String(length=16), nullable=True),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("verdict", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_kb_feedback_tokens_person_id_people"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_feedback_tokens")),
        sa.UniqueConstraint("person_id", "token", name=op.f("uq_kb_feedback_tokens_person_id_token")),
    )
    op.create_index("ix_kb_feedback_tokens_issued_at", "kb_feedback_tokens", ["issued_at"], unique=False)
    with op.batch_alter_table("kb_tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("notified_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index("ix_kb_tickets_person_id_notified_at", ["person_id", "notified_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("kb_tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_kb_tickets_person_id_notified_at")
        batch_op.drop_column("notified_at")
    op.drop_index("ix_kb_feedback_tokens_issued_at", table_name="kb_feedback_tokens")
    op.drop_table("kb_feedback_tokens")
