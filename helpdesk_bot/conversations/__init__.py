"""Conversation state: the step a person is in and the draft typed so far, kept in the database.

Any bot process may take the next update of a conversation, and a restart loses nothing: a flow
declares its steps and a typed draft (:class:`Flow`), and :class:`ConversationStore` keeps one row per
person, advanced with a compare-and-set on its version.
"""

from helpdesk_bot.conversations.flow import Flow
from helpdesk_bot.conversations.store import Conversation, ConversationStore

__all__ = ["Conversation", "ConversationStore", "Flow"]
