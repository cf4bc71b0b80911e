## Kunskapsbasens aktualitet: raden ”kan ha ändrats”, månadspåminnelsen, /gaps

kb-stale-note = Det här kan ha ändrats sedan { $date }. Kontrollera på { $source } eller boka en rådgivning: /book
kb-stale-note-nosource = Det här kan ha ändrats sedan { $date }. Kontrollera hos ansvarig myndighet eller boka en rådgivning: /book
kb-stale-report =
    <b>Månadskontroll av kunskapsbasen</b>: { $count ->
        [one] en post behöver ses över.
       *[other] { $count } poster behöver ses över.
    }

    <b>Efter sitt giltighetsdatum (”valid until”)</b> ({ $expired_count }):
    { $expired }

    <b>Inte granskade på mer än { $months ->
        [one] en månad
       *[other] { $months } månader
    }</b> ({ $review_count }):
    { $review }

    Uppdatera posterna i knowledge/, ange ett nytt reviewed-datum (och valid_until där det behövs) och skicka sedan /reload. Detaljer: /gaps eller helpdesk-bot kb stale.
gaps-stale-title = <b>Poster att se över</b> ({ $count }):
gaps-stale-expired = • { $id }: kan vara inaktuell sedan { $date }
gaps-stale-review = • { $id }: senast granskad { $date }
