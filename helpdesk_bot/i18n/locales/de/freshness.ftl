## Aktualität der Wissensdatenbank: Hinweis „kann sich geändert haben“, monatliche Erinnerung, /gaps

kb-stale-note = Seit dem { $date } kann sich hier etwas geändert haben. Prüfen Sie { $source } oder buchen Sie eine Beratung: /book
kb-stale-note-nosource = Seit dem { $date } kann sich hier etwas geändert haben. Fragen Sie bei der zuständigen Stelle nach oder buchen Sie eine Beratung: /book
kb-stale-report =
    <b>Monatliche Prüfung der Wissensdatenbank</b>: { $count ->
        [one] Ein Eintrag muss geprüft werden.
       *[other] { $count } Einträge müssen geprüft werden.
    }

    <b>Nach ihrem Ablaufdatum („valid until“)</b> ({ $expired_count }):
    { $expired }

    <b>Seit mehr als { $months ->
        [one] einem Monat
       *[other] { $months } Monaten
    } nicht geprüft</b> ({ $review_count }):
    { $review }

    Aktualisieren Sie die Einträge in knowledge/, tragen Sie ein neues reviewed-Datum ein (und wo nötig valid_until) und senden Sie dann /reload. Details: /gaps oder helpdesk-bot kb stale.
gaps-stale-title = <b>Zu prüfende Einträge</b> ({ $count }):
gaps-stale-expired = • { $id }: möglicherweise veraltet seit { $date }
gaps-stale-review = • { $id }: zuletzt geprüft am { $date }
