# Knowledge-base answers that name their country, and chit-chat (issue 13)
kb-answer-country = Šis atsakymas skirtas šaliai: { $country }.
kb-chitchat-greeting = Sveiki! Esu kūrybinių verslų konsultavimo centro asistentas. Savais žodžiais paklauskite apie veiklos pradžią, mokesčius, draudimą, finansavimą ar pardavimą arba pasirinkite žemiau.
kb-chitchat-thanks = Nėra už ką! Jei dar kas nors iškils, tiesiog paklauskite arba pasirinkite žemiau.
kb-chitchat-bye = Viso gero ir sėkmės darbuose! Esu čia, kai tik manęs prireiks.
