## Ažurnost baze znanja: opomba »morda se je spremenilo«, mesečni opomnik, /gaps

kb-stale-note = Od { $date } se je tu morda kaj spremenilo. Preverite na { $source } ali se naročite na svetovanje: /book
kb-stale-note-nosource = Od { $date } se je tu morda kaj spremenilo. Preverite pri pristojnem uradu ali se naročite na svetovanje: /book
kb-stale-report =
    <b>Mesečni pregled baze znanja</b>: { $count ->
        [one] en vnos je treba preveriti.
        [two] { $count } vnosa je treba preveriti.
        [few] { $count } vnose je treba preveriti.
       *[other] { $count } vnosov je treba preveriti.
    }

    <b>Po datumu veljavnosti (»valid until«)</b> ({ $expired_count }):
    { $expired }

    <b>Niso bili pregledani več kot { $months ->
        [one] en mesec
        [two] { $months } meseca
        [few] { $months } mesece
       *[other] { $months } mesecev
    }</b> ({ $review_count }):
    { $review }

    Posodobite vnose v mapi knowledge/, vpišite nov datum reviewed (in po potrebi valid_until), nato pošljite /reload. Podrobnosti: /gaps ali helpdesk-bot kb stale.
gaps-stale-title = <b>Vnosi za pregled</b> ({ $count }):
gaps-stale-expired = • { $id }: morda zastarel od { $date }
gaps-stale-review = • { $id }: zadnji pregled { $date }
