## Group chats: the bot answers personal matters only in a private chat.

group-private-only = Padedu tik privačiame pokalbyje, kad jūsų klausimai ir duomenys liktų tarp mūsų. Parašykite man ten.
group-private-button = Rašyti man privačiai
