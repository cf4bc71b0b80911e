# Knowledge-base answers that name their country, and chit-chat (issue 13)
kb-answer-country = Ta odgovor velja za državo: { $country }.
kb-chitchat-greeting = Pozdravljeni! Sem pomočnik svetovalne točke za kreativne podjetnike. Vprašajte me s svojimi besedami o odprtju dejavnosti, davkih, zavarovanju, financiranju ali prodaji ali izberite spodaj.
kb-chitchat-thanks = Ni za kaj! Če vas zanima še kaj, kar vprašajte ali izberite spodaj.
kb-chitchat-bye = Na svidenje in veliko uspeha pri delu! Tu sem, kadar me potrebujete.
