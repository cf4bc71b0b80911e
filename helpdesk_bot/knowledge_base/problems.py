"""What is wrong with a knowledge base: one :class:`Problem` per fault, and the exception the loader
raises with them (see :mod:`.validation`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One thing wrong in the knowledge base."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


class KnowledgeBaseInvalid(Exception):
    """Raised by the loader when the knowledge base has problems."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        lines = "\n".join(str(p) for p in self.problems[:20])
        more = f"\n... and {len(self.problems) - 20} more" if len(self.problems) > 20 else ""
        super().__init__(f"knowledge base invalid ({len(self.problems)} problems):\n{lines}{more}")
