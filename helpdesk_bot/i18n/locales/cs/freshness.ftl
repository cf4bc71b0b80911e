## Aktuálnost znalostní báze: poznámka „mohlo se změnit“, měsíční připomínka, /gaps

kb-stale-note = Od { $date } se tu mohlo něco změnit. Ověřte si to na { $source } nebo si domluvte konzultaci: /book
kb-stale-note-nosource = Od { $date } se tu mohlo něco změnit. Ověřte si to u příslušného úřadu nebo si domluvte konzultaci: /book
kb-stale-report =
    <b>Měsíční kontrola znalostní báze</b>: { $count ->
        [one] jeden záznam je potřeba zkontrolovat.
        [few] { $count } záznamy je potřeba zkontrolovat.
       *[other] { $count } záznamů je potřeba zkontrolovat.
    }

    <b>Po datu platnosti („valid until“)</b> ({ $expired_count }):
    { $expired }

    <b>Nezkontrolováno déle než { $months ->
        [one] měsíc
        [few] { $months } měsíce
       *[other] { $months } měsíců
    }</b> ({ $review_count }):
    { $review }

    Aktualizujte záznamy ve složce knowledge/, zapište nové datum reviewed (a případně valid_until) a pak pošlete /reload. Podrobnosti: /gaps nebo helpdesk-bot kb stale.
gaps-stale-title = <b>Záznamy ke kontrole</b> ({ $count }):
gaps-stale-expired = • { $id }: může být zastaralý od { $date }
gaps-stale-review = • { $id }: naposledy zkontrolováno { $date }
