## Group chats: the bot answers personal matters only in a private chat.

group-private-only = Jag hjälper bara till i en privat chatt, så att dina frågor och uppgifter stannar mellan oss. Skriv till mig där.
group-private-button = Skriv till mig privat
