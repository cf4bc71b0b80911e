## Group chats: the bot answers personal matters only in a private chat.

group-private-only = I help only in a private chat, so that your questions and data stay between us. Please write to me there.
group-private-button = Write to me privately
