## Žinių bazės aktualumas: pastaba „galėjo pasikeisti“, mėnesinis priminimas, /gaps

kb-stale-note = Nuo { $date } čia galėjo kas nors pasikeisti. Pasitikrinkite { $source } arba užsiregistruokite konsultacijai: /book
kb-stale-note-nosource = Nuo { $date } čia galėjo kas nors pasikeisti. Pasitikrinkite atsakingoje institucijoje arba užsiregistruokite konsultacijai: /book
kb-stale-report =
    <b>Mėnesinė žinių bazės peržiūra</b>: { $count ->
        [one] { $count } įrašą reikia patikrinti.
        [few] { $count } įrašus reikia patikrinti.
       *[other] { $count } įrašų reikia patikrinti.
    }

    <b>Praėjusi galiojimo data („valid until“)</b> ({ $expired_count }):
    { $expired }

    <b>Neperžiūrėti ilgiau nei { $months } mėn.</b> ({ $review_count }):
    { $review }

    Atnaujinkite įrašus aplanke knowledge/, įrašykite naują reviewed datą (ir, jei reikia, valid_until), tada išsiųskite /reload. Išsamiau: /gaps arba helpdesk-bot kb stale.
gaps-stale-title = <b>Peržiūrėtini įrašai</b> ({ $count }):
gaps-stale-expired = • { $id }: gali būti pasenęs nuo { $date }
gaps-stale-review = • { $id }: paskutinį kartą peržiūrėtas { $date }
