## Wissensdatenbank: Antworten, Vorschläge, Themen, Anfragen an Berater, Lücken und Neuladen

kb-sources = <b>Quellen</b>
kb-disclaimer = Allgemeine Hinweise, keine Rechtsberatung. Für Ihre persönliche Situation sprechen Sie mit einer Beraterin oder einem Berater: /book
kb-note-english = Diese Antwort gibt es noch nicht in Ihrer Sprache, deshalb zeige ich sie auf Englisch.
kb-note-other-country = Diese Antwort betrifft folgendes Land: { $country }.
kb-btn-helpful = 👍 Hilfreich
kb-btn-not-helpful = 👎 Nicht hilfreich
kb-feedback-thanks = Danke für Ihre Rückmeldung!
kb-feedback-sorry = Schade, dass das nicht geholfen hat. Was möchten Sie tun?
kb-suggest = Ich bin nicht ganz sicher, was Sie meinen. Ist es eine dieser Fragen?
kb-btn-none = Nichts davon
kb-fallback = Dazu habe ich in unserer Wissensdatenbank keine Antwort gefunden. Was möchten Sie tun?
kb-btn-book = 📅 Beratung buchen
kb-btn-ticket = ✉ Frage an Berater weitergeben
kb-btn-topics = 📚 Themen durchsuchen
kb-ask-country = Die Antwort hängt vom Land ab. Um welches Land geht es bei Ihrer Frage?
kb-question-cut = Ihre Frage war sehr lang, deshalb habe ich nur die ersten { $limit } Zeichen verwendet.
kb-question-lost = Diese Frage liegt mir leider nicht mehr vor. Bitte schreiben Sie sie noch einmal.
kb-book-hint = Unsere Beraterinnen und Berater helfen Ihnen gern in einer kostenlosen Beratung: Senden Sie /book, um einen Termin zu wählen.
kb-entry-gone = Dieses Thema gibt es nicht mehr. Senden Sie /topics, um zu sehen, was es gibt.
kb-topics-title = <b>Themen</b>: Wählen Sie eine Kategorie.
kb-topics-empty = Im Moment gibt es keine Themen zum Durchsuchen. Schreiben Sie Ihre Frage, und ich gebe sie an die Beratung weiter.
kb-category-page = <b>{ $category }</b> (Seite { $page } von { $pages }): Wählen Sie eine Frage.
kb-btn-prev = ◀ Zurück
kb-btn-next = Weiter ▶
kb-btn-categories = ↩ Alle Themen

ticket-opened = Ich habe Ihre Frage an unsere Beratung weitergegeben (Anfrage Nr. { $id }). Die Antwort erhalten Sie hier in diesem Chat.
ticket-already-opened = Ihre Frage liegt bereits bei unserer Beratung (Anfrage Nr. { $id }).
ticket-new =
    <b>Neue Anfrage Nr. { $id }</b>
    Von: { $who } · { $language } · { $country }

    { $question }

    Übernehmen Sie sie und antworten Sie dann, indem Sie auf diese Nachricht antworten.
ticket-reminder =
    ⏰ <b>Anfrage Nr. { $id } wartet seit { $minutes } Min.</b>
    { $language } · { $country }

    { $question }
ticket-btn-take = ✋ Übernehmen
ticket-btn-answer = ✍ Antworten
ticket-btn-reply = ✍ Zurückschreiben
ticket-btn-close = ✔ Schließen
ticket-btn-cancel = Abbrechen
ticket-taken =
    <b>Anfrage Nr. { $id } gehört jetzt Ihnen.</b>
    Von: { $who } · { $language } · { $country }

    { $question }

    Antworten Sie auf diese Nachricht oder tippen Sie auf „Antworten“.
ticket-history-person = <i>Gründerin/Gründer:</i> { $text }
ticket-history-advisor = <i>Beratung:</i> { $text }
ticket-taken-you = Eine Beraterin oder ein Berater kümmert sich jetzt um Ihre Anfrage Nr. { $id }.
ticket-error-already_taken = Anfrage Nr. { $id } wurde bereits von jemand anderem übernommen.
ticket-error-already_yours = Anfrage Nr. { $id } gehört bereits Ihnen.
ticket-error-closed = Anfrage Nr. { $id } ist geschlossen.
ticket-error-not_yours = Anfrage Nr. { $id } wird von jemand anderem bearbeitet.
ticket-error-not_allowed = Sie können Anfrage Nr. { $id } nicht ändern.
ticket-error-not_found = Diese Anfrage gibt es nicht mehr.
ticket-error-empty = Eine leere Nachricht kann nicht gesendet werden.
ticket-answer =
    <b>Die Beratung hat Ihre Anfrage Nr. { $id } beantwortet:</b>

    { $text }

    Um zurückzuschreiben, antworten Sie auf diese Nachricht oder tippen Sie auf „Zurückschreiben“.
ticket-reply =
    <b>Neue Nachricht in Anfrage Nr. { $id }:</b>

    { $text }

    Antworten Sie auf diese Nachricht, um zu antworten.
ticket-answer-sent = Ihre Antwort auf Anfrage Nr. { $id } ist unterwegs.
ticket-reply-sent = Ihre Nachricht wurde zu Anfrage Nr. { $id } hinzugefügt.
ticket-compose-answer = Schreiben Sie Ihre Antwort auf Anfrage Nr. { $id }.
ticket-compose-reply = Schreiben Sie Ihre Nachricht an die Beratung (Anfrage Nr. { $id }).
ticket-compose-cancelled = Abgebrochen.
ticket-closed-done = Anfrage Nr. { $id } ist geschlossen. Vielen Dank!
ticket-closed-by-person = Anfrage Nr. { $id } wurde von der fragenden Person geschlossen.
ticket-closed-by-advisor = Ihre Anfrage Nr. { $id } wurde geschlossen. Wenn Sie weitere Hilfe brauchen, fragen Sie einfach erneut.
inbox-title = <b>Anfragen, die auf die Beratung warten</b>
inbox-empty = Keine Anfrage wartet auf die Beratung.
inbox-line = Nr. { $id } · { $language } · { $country }: { $question }
inbox-mine-title = <b>Ihre Anfragen in Bearbeitung</b>
inbox-mine-line = Nr. { $id } ({ $state ->
        [answered] wartet auf Rückmeldung
       *[taken] Sie sind dran
    }): { $question }
inbox-btn-take = ✋ Nr. { $id }
inbox-btn-open = ✍ Nr. { $id }

gaps-title = <b>Wissenslücken</b>: Fragen, die die Wissensdatenbank nicht beantworten konnte, die häufigsten zuerst.
gaps-empty = Keine offenen Wissenslücken. Gut gemacht!
gaps-group =
    <b>{ $n }.</b> { $count ->
        [one] einmal gefragt
       *[other] { $count }-mal gefragt
    } · { $languages } · { $action }
gaps-sample = „{ $text }“
gaps-action-add = neuen Eintrag anlegen
gaps-action-improve = { $entries } verbessern
gaps-no-text = (Text der Frage nicht gespeichert)
gaps-btn-close = ✔ { $n } erledigt
gaps-closed = { $count ->
        [one] Eine Frage als erledigt markiert.
       *[other] { $count } Fragen als erledigt markiert.
    }
gaps-gone = Diese Gruppe hat sich inzwischen geändert; senden Sie /gaps erneut.
reload-ok = Wissensdatenbank neu geladen. Einträge: { $count } (vorher: { $previous }).
reload-failed =
    Die Wissensdatenbank ist fehlerhaft und wurde nicht neu geladen; die bisherige bleibt aktiv. Probleme:
    { $problems }
