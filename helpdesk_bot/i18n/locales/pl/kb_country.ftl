# Knowledge-base answers that name their country, and chit-chat (issue 13)
kb-answer-country = Ta odpowiedź dotyczy kraju: { $country }.
kb-chitchat-greeting = Dzień dobry! Jestem asystentem punktu wsparcia dla przedsiębiorców kreatywnych. Zapytaj mnie własnymi słowami o zakładanie firmy, podatki, ubezpieczenia, finansowanie lub sprzedaż albo wybierz poniżej.
kb-chitchat-thanks = Nie ma za co! Jeśli pojawi się coś jeszcze, po prostu zapytaj albo wybierz poniżej.
kb-chitchat-bye = Do widzenia i powodzenia w pracy! Jestem tutaj zawsze, gdy będzie trzeba.
