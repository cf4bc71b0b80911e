"""Declaration of a multi-step flow: its name, steps and typed draft."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel

from helpdesk_bot.conversations.store import Conversation, ConversationStore

D = TypeVar("D", bound=BaseModel)


class Flow(Generic[D]):
    """A multi-step conversation whose draft is the pydantic model ``draft_type``.

    ``restart_command`` is the command (without slash) that starts the flow again after it expired.
    """

    def __init__(self, name: str, draft_type: type[D], *, steps: tuple[str, ...], restart_command: str) -> None:
        if not steps:
            raise ValueError("a flow needs at least one step")
        self.name = name
        self.draft_type = draft_type
        self.steps = steps
        self.restart_command = restart_command

    def _check_step(self, step: str) -> None:
        if step not in self.steps:
            raise ValueError(f"{step!r} is not a step of flow {self.name!r}")

    def owns(self, conversation: Conversation | None, *steps: str) -> bool:
        """True when ``conversation`` is this flow (and, when given, at one of ``steps``)."""
        return (conversation is not None and conversation.flow == self.name
                and (not steps or conversation.step in steps))

    def draft(self, conversation: Conversation) -> D:
        """The typed draft of ``conversation`` (which must be this flow)."""
        if conversation.flow != self.name:
            raise ValueError(f"conversation is {conversation.flow!r}, not {self.name!r}")
        return self.draft_type.model_validate(conversation.draft)

    async def start(self, store: ConversationStore, person_id: int, step: str, draft: D) -> Conversation:
        """Begin this flow at ``step`` (replacing any other flow of the person)."""
        self._check_step(step)
        return await store.start(person_id, self.name, step, draft.model_dump(mode="json"))

    async def advance(self, store: ConversationStore, conversation: Conversation, step: str,
                      draft: D) -> Conversation | None:
        """Move to ``step`` with ``draft``; None when another update changed the conversation first."""
        self._check_step(step)
        if conversation.flow != self.name:
            raise ValueError(f"conversation is {conversation.flow!r}, not {self.name!r}")
        return await store.advance(conversation, step, draft.model_dump(mode="json"))
