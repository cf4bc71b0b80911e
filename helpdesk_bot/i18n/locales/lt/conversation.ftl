## Kelių žingsnių pokalbiai: atšaukimas ir galiojimo pabaiga

cmd-cancel = Atšaukti dabartinį veiksmą
conv-btn-cancel = ✖ Atšaukti
conv-cancelled = Atšaukta. Bet kada galite pradėti iš naujo nuo meniu (/start).
conv-nothing-to-cancel = Šiuo metu nėra ką atšaukti.
conv-expired = Šio žingsnio laikas baigėsi. Pradėkite iš naujo komanda /{ $command }.
conv-use-buttons = Dabar esate žingsnyje, kuriame renkamasi mygtukais aukščiau. Paspauskite vieną iš jų arba išsiųskite /cancel, kad nutrauktumėte.
