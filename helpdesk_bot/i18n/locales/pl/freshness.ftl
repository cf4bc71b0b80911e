## Aktualność bazy wiedzy: uwaga „mogło się zmienić”, comiesięczne przypomnienie, /gaps

kb-stale-note = Od { $date } coś mogło się tu zmienić. Sprawdź na stronie { $source } albo umów się na konsultację: /book
kb-stale-note-nosource = Od { $date } coś mogło się tu zmienić. Sprawdź to we właściwym urzędzie albo umów się na konsultację: /book
kb-stale-report =
    <b>Comiesięczny przegląd bazy wiedzy</b>: { $count ->
        [one] jeden wpis wymaga sprawdzenia.
        [few] { $count } wpisy wymagają sprawdzenia.
       *[other] { $count } wpisów wymaga sprawdzenia.
    }

    <b>Po dacie ważności („valid until”)</b> ({ $expired_count }):
    { $expired }

    <b>Bez przeglądu od ponad { $months ->
        [one] miesiąca
       *[other] { $months } miesięcy
    }</b> ({ $review_count }):
    { $review }

    Zaktualizuj wpisy w katalogu knowledge/, wpisz nową datę reviewed (i valid_until, jeśli dotyczy), a potem wyślij /reload. Szczegóły: /gaps albo helpdesk-bot kb stale.
gaps-stale-title = <b>Wpisy do przejrzenia</b> ({ $count }):
gaps-stale-expired = • { $id }: może być nieaktualny od { $date }
gaps-stale-review = • { $id }: ostatni przegląd { $date }
