## Group chats: the bot answers personal matters only in a private chat.

group-private-only = Pomáhám jen v soukromém chatu, aby vaše dotazy a údaje zůstaly mezi námi. Napište mi prosím tam.
group-private-button = Napsat mi soukromě
