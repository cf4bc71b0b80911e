## Group chats: the bot answers personal matters only in a private chat.

group-private-only = Ich helfe nur im privaten Chat, damit Ihre Fragen und Daten unter uns bleiben. Bitte schreiben Sie mir dort.
group-private-button = Privat schreiben
