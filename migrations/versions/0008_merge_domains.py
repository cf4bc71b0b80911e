"""Merge the domain branches (knowledge base, consultations, events, indicators) into one head.

Revision ID: 0008
Revises: 0003, 0004, 0005, 0007
Create Date: 2026-11-22
"""

from collections.abc import Sequence

revision: str = "0008"
down_revision: str | Sequence[str] | None = ("0003", "0004", "0005", "0007")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Nothing to change: this revision only joins the branches."""


def downgrade() -> None:
    """Nothing to change."""
