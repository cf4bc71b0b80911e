# Knowledge-base answers that name their country, and chit-chat (issue 13)
kb-answer-country = Diese Antwort bezieht sich auf: { $country }.
kb-chitchat-greeting = Hallo! Ich bin der Assistent der Beratungsstelle für Kreativschaffende. Fragen Sie mich in Ihren eigenen Worten nach Gründung, Steuern, Versicherung, Förderung oder Verkauf, oder wählen Sie unten aus.
kb-chitchat-thanks = Gern geschehen! Wenn noch etwas ist, fragen Sie einfach oder wählen Sie unten aus.
kb-chitchat-bye = Auf Wiedersehen und viel Erfolg bei Ihrer Arbeit! Ich bin da, wann immer Sie mich brauchen.
