## Group chats: the bot answers personal matters only in a private chat.

group-private-only = Pomagam tylko na czacie prywatnym, żeby Twoje pytania i dane zostały między nami. Napisz do mnie tam.
group-private-button = Napisz do mnie prywatnie
