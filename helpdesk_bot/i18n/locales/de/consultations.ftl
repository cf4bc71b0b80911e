## Beratungen: Buchung, Bestätigung, Erinnerungen, Bewertung, Beraterinnen und Berater.

cmd-advisors = Beratende (anzeigen, ausblenden, importieren)

consult-mode-online = 💻 Online
consult-mode-in_person = 🏢 Vor Ort
consult-mode-phone = 📞 Telefon

consult-state-requested = wartet auf die Beratung
consult-state-confirmed = bestätigt
consult-state-declined = abgelehnt
consult-state-expired = verfallen
consult-state-cancelled = abgesagt
consult-state-held = hat stattgefunden
consult-state-no_show = nicht erschienen
consult-state-unknown = abgeschlossen

consult-booking =
    📅 <b>{ $when }</b> ({ $state })
    Beratung: { $advisor } · { $topic }
    { $mode }: { $place }
    Ihre Frage: { $description }
consult-booking-advisor =
    📅 <b>{ $when }</b> #{ $id } ({ $state })
    Mit: { $person } · { $topic }
    { $mode }: { $place }
    Frage: { $description }

consult-choose-topic = 📅 <b>Kostenlose Beratung buchen</b>
    Worüber möchten Sie sprechen?
consult-from-question = Ihre Frage: „{ $question }“
consult-btn-book-about-question = 📅 Beratung zu dieser Frage buchen
consult-no-advisor = Leider nimmt zum Thema { $topic } gerade niemand Buchungen an. Bitte wählen Sie ein anderes Thema.
consult-btn-other-topic = ↩ Anderes Thema
consult-choose-advisor = Beratende zum Thema <b>{ $topic }</b>. Wählen Sie jemanden aus oder nehmen Sie den ersten freien Termin:
consult-no-advisor-in-language = (Zu diesem Thema spricht niemand Ihre Sprache; die Personen sprechen die angegebenen Sprachen.)
consult-advisor-line = <b>{ $name }</b> ({ $languages })
    { $bio }
consult-btn-first-available = ⚡ Erste freie Beratung
consult-no-slots = Leider gibt es in den nächsten Wochen keine freien Termine.
consult-btn-other-advisor = ↩ Andere Beratung
consult-choose-day = Wählen Sie einen Tag. Die Zeiten sind in Ihrer Zeitzone angegeben ({ $timezone }).
consult-btn-abort = ✖ Abbrechen
consult-choose-time = Freie Zeiten am <b>{ $day }</b> ({ $timezone }):
consult-btn-other-day = 📅 Anderer Tag
consult-choose-mode = { $when }. Wie möchten Sie sich treffen?
consult-ask-description = Worum soll es gehen? Schreiben Sie es in einer Nachricht – ein, zwei Sätze helfen bei der Vorbereitung.
consult-btn-skip = Überspringen
consult-first-available-advisor = die erste freie Beratung
consult-summary =
    <b>Bitte prüfen Sie Ihre Buchung</b>
    Thema: { $topic }
    Beratung: { $advisor }
    Wann: { $when }
    Dauer: { $length }
    Wie: { $mode }
    Ihre Frage: { $description }
consult-summary-reschedule =
    <b>Beratung verlegen auf:</b>
    Thema: { $topic }
    Beratung: { $advisor }
    Wann: { $when }
    Dauer: { $length }
    Wie: { $mode }
    Ihre Frage: { $description }
consult-btn-confirm = ✅ Bestätigen
consult-slot-taken = Diesen Termin hat gerade jemand anderes gebucht. Diese Termine sind noch frei ({ $zone }):
consult-slot-gone = Dieser Termin ist nicht mehr frei. Bitte wählen Sie einen anderen.
consult-too-many = Sie haben bereits { $limit ->
        [one] { $limit } anstehende Beratung
       *[other] { $limit } anstehende Beratungen
    }, mehr sind pro Person nicht möglich. Sie finden sie unter /mybookings.
consult-cannot-book = Diese Buchung ist leider nicht mehr möglich. Bitte beginnen Sie neu mit /book.
consult-booked-requested = 📨 Ihre Anfrage für { $when } wurde an { $advisor } geschickt. Sobald sie bestätigt ist, bekommen Sie eine Nachricht.
consult-booked-confirmed = ✅ Gebucht: { $when } mit { $advisor }. Die Bestätigung mit Kalenderdatei ist unterwegs.
consult-rescheduled-requested = 📨 { $advisor } wurde gebeten, den neuen Termin zu bestätigen: { $when }.
consult-rescheduled-confirmed = ✅ Verlegt auf { $when } mit { $advisor }. Eine neue Kalenderdatei ist unterwegs.
consult-too-late = Bis zur Beratung sind es weniger als { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    }, daher kann sie hier nicht mehr geändert werden. Bitte wenden Sie sich direkt an { $advisor }: { $contact }
consult-my-none = Sie haben keine anstehenden Beratungen.
consult-btn-book = 📅 Beratung buchen
consult-my-title = { $count ->
        [one] Ihre anstehende Beratung:
       *[other] Ihre { $count } anstehenden Beratungen:
    }
consult-btn-reschedule = 🔁 Verlegen
consult-btn-cancel = ✖ Absagen
consult-cancel-sure = Beratung mit { $advisor } am { $when } absagen?
consult-btn-cancel-yes = Ja, absagen
consult-btn-keep = Nein, behalten
consult-no-longer = Diese Beratung kann so nicht mehr geändert werden.
consult-cancelled = Ihre Beratung am { $when } ist abgesagt. Die Beratung wurde informiert.
consult-draft-expired = Diese Buchung wurde unterbrochen. Bitte beginnen Sie neu.
consult-aborted = Buchung abgebrochen. Es wurde nichts gebucht.
consult-not-found = Diese Schaltfläche ist nicht für Sie, oder die Buchung gibt es nicht mehr.

consult-feedback-thanks = Danke für Ihre Bewertung ({ $rating }/5)! Möchten Sie einen Kommentar hinzufügen?
consult-btn-comment = 💬 Kommentar hinzufügen
consult-ask-comment = Bitte schreiben Sie Ihren Kommentar in einer Nachricht.
consult-comment-thanks = Danke, Ihr Kommentar wurde gespeichert.

consult-reason = Grund: { $reason }
consult-person-zone = 🌍 { $person }: andere Zeitzone ({ $zone }), dort ist es dann { $time }.
consult-alternatives = Weitere freie Termine bei derselben Beratung:
consult-btn-other-times = 📅 Andere Termine

consult-ics-summary = Beratung mit { $name }
consult-ics-description = { $topic } · { $mode }: { $place }
    { $description }

consult-n-request =
    📨 <b>Neue Beratungsanfrage</b>
    Wann: { $when }
    Von: { $person }
    Thema: { $topic } · { $mode }
    Frage: { $description }
consult-n-request-moved =
    🔁 <b>Eine Buchung wurde verlegt und braucht Ihre Bestätigung</b>
    Neuer Termin: { $when }
    Von: { $person }
    Thema: { $topic } · { $mode }
    Frage: { $description }
consult-btn-accept = ✅ Annehmen
consult-btn-decline = ✖ Ablehnen
consult-n-confirmed =
    ✅ <b>Ihre Beratung ist bestätigt</b>
    { $when } mit { $advisor }
    { $mode }: { $place }
    Mit der angehängten Datei tragen Sie sie in Ihren Kalender ein. Ändern: /mybookings.
consult-n-confirmed-advisor =
    ✅ <b>Beratung bestätigt</b>
    { $when } mit { $person }
    { $topic } · { $mode }: { $place }
consult-n-declined = ✖ { $advisor } kann Ihre Beratung am { $when } leider nicht übernehmen.
consult-n-expired = ⌛ { $advisor } hat Ihre Beratung am { $when } nicht rechtzeitig bestätigt, die Anfrage ist daher verfallen.
consult-n-cancelled-by-advisor = ✖ { $advisor } musste Ihre Beratung am { $when } absagen. Das tut uns leid.
consult-n-cancelled-by-person = ✖ { $person } hat die Beratung am { $when } abgesagt.
consult-n-cancelled-erased = ✖ Die Beratung am { $when } wurde abgesagt: Die Person hat die Löschung ihrer Daten verlangt.
consult-n-reminder = ⏰ Erinnerung: Beratung { $hours ->
        [one] in { $hours } Stunde
       *[other] in { $hours } Stunden
    }, { $when }
    Beteiligte: { $advisor } / { $person }
    { $mode }: { $place }
consult-n-attendance = Hat die Beratung mit { $person } am { $when } stattgefunden?
consult-btn-held = ✅ Hat stattgefunden
consult-btn-noshow = 🚫 Nicht erschienen
consult-n-feedback = Wie hilfreich war Ihre Beratung mit { $advisor } am { $when }? 1 = gar nicht, 5 = sehr.
consult-btn-star1 = 1
consult-btn-star2 = 2
consult-btn-star3 = 3
consult-btn-star4 = 4
consult-btn-star5 = 5

consult-accepted = ✅ Angenommen: { $person }, { $when }. Beide bekommen eine Kalenderdatei.
consult-request-closed = Diese Anfrage ist bereits: { $state }.
consult-ask-decline-reason = Warum lehnen Sie ab? Schreiben Sie einen kurzen Grund für die Person oder lehnen Sie ohne Grund ab.
consult-btn-decline-no-reason = Ohne Grund ablehnen
consult-declined = Abgelehnt: { $person }, { $when }. Andere Termine wurden angeboten.
consult-ask-cancel-reason = Beratung mit { $person } am { $when } absagen? Schreiben Sie einen kurzen Grund oder sagen Sie ohne Grund ab.
consult-btn-cancel-no-reason = Ohne Grund absagen
consult-advisor-cancelled = Abgesagt: { $person }, { $when }. Die Person wurde informiert und bekam andere Termine angeboten.
consult-too-early = Das können Sie eintragen, sobald die Beratung begonnen hat.
consult-attendance-recorded = Eingetragen für { $person }, { $when }: { $state }. Sie können eine kurze Ergebnisnotiz hinzufügen (nur für Beratende und Team sichtbar).
consult-btn-note = 📝 Ergebnisnotiz
consult-ask-note = Schreiben Sie die Ergebnisnotiz in einer Nachricht (nur für Beratende und Team sichtbar).
consult-note-saved = Notiz gespeichert.
consult-note-line = 📝 { $note }

consult-agenda-today = <b>Heute, { $date }</b> ({ $timezone })
consult-agenda-week = <b>Nächste 7 Tage</b>
consult-agenda-empty = Keine Beratungen.

consult-weekday-mon = Mo
consult-weekday-tue = Di
consult-weekday-wed = Mi
consult-weekday-thu = Do
consult-weekday-fri = Fr
consult-weekday-sat = Sa
consult-weekday-sun = So
consult-availability-title = <b>Ihre Zeiten</b> ({ $timezone }; Beratungen à { $slot } Min., { $buffer } Min. Pause dazwischen)
consult-availability-no-hours = Noch keine Wochenzeiten: Niemand kann Sie buchen.
consult-availability-exceptions = <b>Ausnahmen</b>
consult-exception-off = frei
consult-exception-extra = zusätzliche Zeiten
consult-whole-day = ganzer Tag
consult-availability-help =
    Wochenzeiten hinzufügen: <code>/availability add mon 09:00-12:00</code>
    Freier Tag: <code>/availability off 2026-12-24</code> (oder nur ein Teil: <code>13:00-17:00</code> anhängen)
    Zusätzliche Zeiten: <code>/availability extra 2026-12-27 10:00-12:00</code>
    Mit ✖ entfernen Sie Zeiten oder eine Ausnahme.
consult-availability-usage = Das habe ich nicht verstanden. Zum Beispiel: <code>/availability add mon 09:00-12:00</code>, <code>/availability off 2026-12-24</code> oder <code>/availability extra 2026-12-27 10:00-12:00</code>.
consult-availability-saved = Gespeichert.
consult-availability-removed = Entfernt.

consult-advisors-title = <b>Beratende</b>
consult-advisors-line = <b>{ $name }</b> (ID { $id }, { $state }), { $languages }
    { $expertise }
consult-advisor-active = buchbar
consult-advisor-inactive = ausgeblendet
consult-btn-hide = Ausblenden
consult-btn-show = Anzeigen
consult-advisors-empty = Noch keine Beratenden.
consult-advisors-import-help = Beratende mit Profil und Zeiten legen Sie aus einer YAML-Datei an oder aktualisieren sie: <code>helpdesk-bot advisors import advisors.yaml</code> (siehe advisors.sample.yaml).

## The booking flow: Back, and the number for a phone consultation
consult-btn-back = ◀ Zurück
consult-btn-keep-as-is = ✅ So lassen
consult-ask-phone = 📞 Unter welcher Nummer können wir Sie für die Beratung anrufen? Bitte mit Ländervorwahl eingeben, zum Beispiel +49 30 1234567. Die Nummer sieht nur die Person, die Sie berät.
consult-mode-with-number = { $mode } (Ihre Nummer: { $phone })
consult-your-number = Ihre Nummer: { $phone }
consult-phone-invalid = Das sieht nicht nach einer Telefonnummer aus. Bitte geben Sie 7 bis 15 Ziffern ein (erlaubt sind +, Leerzeichen, Bindestriche und Klammern), zum Beispiel +49 30 1234567.
consult-phone-for-advisor = 📞 Rückrufnummer: { $phone }
