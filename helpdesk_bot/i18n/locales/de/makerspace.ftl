## Makerspace: Maschinen und Arbeitsplätze, Einweisungen, Werkstattplan.

cmd-makerspace = Makerspace: Maschine buchen
cmd-workshop = Werkstattplan, Anwesenheit, Wartung
cmd-induct = Sicherheitseinweisung eintragen

unit-hours = Stunden

ms-length-min = { $minutes } Min.
ms-length-h = { $hours } Std.
ms-length-hmin = { $hours } Std. { $minutes } Min.

ms-none = Im Makerspace gibt es noch keine Maschinen zum Buchen.
ms-title = 🛠 <b>Makerspace</b>: freie Maschinenzeit heute und in den nächsten 7 Tagen (Zeitzone: { $zone }). Wählen Sie eine Maschine, um sie zu buchen.
ms-overview-line = • <b>{ $resource }</b> ({ $units }): heute { $today } Std. frei, diese Woche { $week } Std.
ms-overview-line-closed = • <b>{ $resource }</b> ({ $units }): heute nicht mehr geöffnet, diese Woche { $week } Std. frei
ms-overview-induction = 　🔒 erfordert: { $induction }
ms-resource-head = 🛠 <b>{ $resource }</b> ({ $units })
ms-price = 💶 { $price }
ms-lengths = Sie können jeweils { $min } bis { $max } buchen.
ms-no-free-days = In den nächsten Tagen ist leider nichts frei.
ms-choose-day = Wählen Sie einen Tag (Zeitzone: { $zone }):
ms-btn-back = ↩ Alle Maschinen
ms-day-full = Dieser Tag ist inzwischen ausgebucht. Bitte wählen Sie einen anderen Tag.
ms-btn-other-day = 📅 Anderer Tag
ms-choose-start = <b>{ $resource }</b>, { $day }: Wählen Sie eine Startzeit ({ $zone }) oder tippen Sie sie ein, z. B. 14:30.
ms-start-unavailable = Zu dieser Zeit ist nichts frei ({ $resource }). Bitte wählen Sie eine der angezeigten Zeiten.
ms-choose-length = <b>{ $resource }</b> ab { $when }. Wie lange? (höchstens { $max }; Sie können die Dauer auch eintippen, z. B. 90 oder 1:30)
ms-length-unavailable = Ab dieser Startzeit ist die Maschine nicht so lange frei. Bitte wählen Sie eine der angezeigten Dauern.
ms-summary =
    Bitte prüfen Sie Ihre Buchung:
    🛠 <b>{ $resource }</b>
    📅 { $when } bis { $until } ({ $length })
ms-btn-confirm = ✅ Buchen
ms-booked = ✅ Gebucht: <b>{ $resource }</b> Nr. { $unit }, { $when } bis { $until }. Die Kalenderdatei folgt.
ms-moved = ✅ Verschoben: <b>{ $resource }</b> Nr. { $unit }, jetzt { $when } bis { $until }.
ms-alternatives = Die nächsten freien Zeiten:
ms-type-start = Bitte tippen Sie eine Startzeit wie 14:30 ein oder wählen Sie eine Schaltfläche.
ms-type-length = Bitte tippen Sie eine Dauer in Minuten ein (ein Vielfaches von { $slot }), z. B. 90 oder 1:30, oder wählen Sie eine Schaltfläche.
ms-use-buttons = Bitte nutzen Sie die Schaltflächen oben oder senden Sie /cancel.

ms-induction-required = 🔒 Für diese Maschine ({ $resource }) brauchen Sie zuerst die <b>{ $induction }</b>.
ms-induction-expired = 🔒 Ihre <b>{ $induction }</b> ist abgelaufen. Bitte erneuern Sie sie, um die Maschine ({ $resource }) wieder zu nutzen.
ms-induction-next = Der nächste Termin ist am { $when }: Melden Sie sich unten an.
ms-induction-ask = Einen Termin vereinbaren Sie hier: { $contact }
ms-induction-ask-staff = Einen Termin vereinbaren Sie mit dem Makerspace-Team.

ms-my-title = { $count ->
        [one] 🛠 Ihre kommende Maschinenbuchung:
       *[other] 🛠 Ihre { $count } kommenden Maschinenbuchungen:
    }
ms-booking = 🛠 <b>{ $resource }</b> Nr. { $unit }
    📅 { $when } bis { $until }
ms-btn-reschedule = 🔁 Verschieben
ms-btn-cancel = ✖ Buchung stornieren
ms-cancel-ask = Buchung stornieren: <b>{ $resource }</b>, { $when }?
ms-btn-cancel-yes = Ja, stornieren
ms-cancelled = Die Buchung ({ $resource }, { $when }) ist storniert; die Maschine ist wieder für andere frei.
ms-btn-rebook_unit = 🔁 Gleiche Zeit, andere Maschine
ms-btn-rebook_time = 📅 Andere Zeit wählen

ms-n-confirmed = ✅ Ihre Buchung: <b>{ $resource }</b> Nr. { $unit }, { $when } bis { $until }. Bitte kommen Sie pünktlich; die Kalenderdatei ist angehängt.
ms-n-moved = 🔁 Ihre Buchung wurde verschoben: <b>{ $resource }</b> Nr. { $unit }, { $when } bis { $until }.
ms-n-reminder = ⏰ Erinnerung: <b>{ $resource }</b> Nr. { $unit } ist von { $when } bis { $until } für Sie reserviert.
ms-n-closed = 🔧 Entschuldigung: <b>{ $resource }</b> Nr. { $unit } wird gewartet, deshalb ist Ihre Buchung am { $when } storniert. Nehmen Sie dieselbe Zeit an einer anderen Maschine oder wählen Sie eine andere Zeit:
ms-n-cancelled = Ihre Buchung ({ $resource }, { $when }) ist storniert.
ms-ics-summary = Makerspace: { $resource } Nr. { $unit }
ms-ics-description = Buchung Nr. { $id } im Makerspace ({ $minutes } Min.).

ms-error-unknown_resource = Eine Maschine namens „{ $code }“ gibt es nicht. Die Liste zeigt /makerspace.
ms-error-unknown_induction = Eine Einweisung namens „{ $code }“ gibt es nicht.
ms-error-unknown_person = Diese Person hat den Bot noch nicht gestartet; sie muss zuerst /start senden.
ms-error-not_found = Diese Buchung wurde nicht gefunden.
ms-error-outside_hours = Diese Zeit liegt außerhalb der Öffnungszeiten ({ $resource }). Bitte wählen Sie Beginn und Dauer innerhalb der Öffnungszeiten.
ms-error-too_long = Das ist zu lang: Eine Buchung ({ $resource }) dauert höchstens { $max }.
ms-error-too_short = Das ist zu kurz: Eine Buchung ({ $resource }) dauert mindestens { $min }.
ms-error-dst = In dieser Nacht wird die Uhr umgestellt, daher gibt es diese Zeit nicht oder sie kommt doppelt vor. Bitte wählen Sie eine andere Zeit.
ms-error-too_soon = Diese Zeit hat schon begonnen. Bitte wählen Sie eine spätere.
ms-error-too_far = Das liegt zu weit in der Zukunft. Bitte wählen Sie einen der angebotenen Tage.
ms-error-full = Leider war jemand schneller: Zu dieser Zeit ist nichts mehr frei ({ $resource }).
ms-error-induction_required = Für diese Maschine brauchen Sie zuerst die Sicherheitseinweisung.
ms-error-induction_expired = Ihre Sicherheitseinweisung für diese Maschine ist abgelaufen.
ms-error-invalid_state = Diese Buchung lässt sich nicht mehr ändern.
ms-error-too_many = Sie haben bereits { $limit } kommende Maschinenbuchungen, das ist das Maximum pro Person.
ms-error-slot_changed = Der Plan hat sich im selben Moment geändert. Bitte versuchen Sie es noch einmal.
ms-error-bad_file = Die Makerspace-Datei enthält einen Fehler.

ms-ws-today = 🛠 <b>Werkstatt heute</b>, { $day } (Zeitzone: { $zone })
ms-ws-week = 🛠 <b>Werkstatt diese Woche</b> ab { $day } (Zeitzone: { $zone })
ms-ws-resource = <b>{ $resource }</b> ({ $units })
ms-ws-empty = 　keine Buchungen
ms-ws-line = 　{ $icon } { $when }–{ $until } · Nr. { $unit } · { $person } (#{ $id })
ms-ws-btn-in = ✅ Da: { $who }
ms-ws-btn-noshow = 🚫 Nicht erschienen
ms-ws-btn-today = 📅 Heute
ms-ws-btn-week = 📅 Diese Woche
ms-ws-btn-close = 🔧 Sperren: { $resource }
ms-ws-marked-in = Anwesenheit eingetragen: { $person }
ms-ws-marked-noshow = Als nicht erschienen eingetragen: { $person }
ms-ws-hours = { $hours } Std.
ms-ws-days = { $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    }
ms-ws-all-units = alle
ms-ws-unit = Nr. { $unit }
ms-ws-close-ask = 🔧 Wartung ab jetzt: <b>{ $resource }</b>. Welche Maschine, und wie lange? Buchungen in dieser Zeit werden storniert; den Betroffenen bieten wir eine andere Maschine oder Zeit an.
ms-ws-closed = 🔧 Gesperrt bis { $until }: { $resource } ({ $what }). { $count ->
        [0] Keine Buchung war betroffen.
        [one] Eine Buchung wurde storniert; die Person wird benachrichtigt.
       *[other] { $count } Buchungen wurden storniert; die Betroffenen werden benachrichtigt.
    }

ms-induct-usage = Einweisung eintragen: Antworten Sie auf die weitergeleitete Nachricht der Person mit /induct SCHLÜSSEL oder senden Sie /induct SCHLÜSSEL TELEGRAM_ID. SCHLÜSSEL ist eine Einweisung oder eine Maschine, die eine erfordert: { $keys }
ms-induct-hidden = Diese Person verbirgt ihr Konto in weitergeleiteten Nachrichten, daher weiß ich nicht, wer es ist. Bitte nutzen Sie /induct SCHLÜSSEL TELEGRAM_ID.
ms-induct-done = ✅ { $name }: { $induction } eingetragen, gültig bis { $until }.
ms-induct-you = ✅ Ihre { $induction } ist eingetragen und gültig bis { $until }. Sie können diese Maschinen jetzt mit /makerspace buchen.
