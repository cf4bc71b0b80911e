## Veranstaltungen: Workshops, Messen, Webinare, Anmeldungen, Abonnements, Mitteilungen, Versand.

cmd-myevents = Meine Veranstaltungsanmeldungen
cmd-unsubscribe = Alle Mitteilungen abbestellen

ev-kind-workshop = Workshop
ev-kind-trade_fair = Messe
ev-kind-webinar = Webinar
ev-kind-networking = Networking
ev-kind-other = Veranstaltung

ev-card-kind = 🏷 { $kind }
ev-card-when-line = 🕒 { $when }
ev-card-venue-time-line = 📍 Ortszeit der Veranstaltung: { $when } ({ $zone })
ev-card-venue = 📍 { $venue }
ev-card-online = 💻 Online: { $url }
ev-card-organiser = 👤 Veranstalter: { $organiser }
ev-card-topics = 📚 Themen: { $topics }
ev-card-cancelled = ❌ <b>Diese Veranstaltung wurde abgesagt.</b>
ev-card-external = 📝 Anmeldung auf der Website des Veranstalters: { $url }
ev-card-closed = 📝 Die Anmeldung ist geschlossen.
ev-card-open = 📝 Die Anmeldung ist offen.
ev-card-seats = 📝 { $count ->
        [one] Noch { $count } Platz frei
       *[other] Noch { $count } Plätze frei
    }
ev-card-full = 📝 Ausgebucht: Sie können sich auf die Warteliste setzen lassen ({ $count ->
        [one] { $count } Person wartet
       *[other] { $count } Personen warten
    }).
ev-card-deadline-line = ⏳ Anmeldung bis { $deadline }
ev-description = { $description }
ev-other-language = (Für diese Veranstaltung gibt es noch keine Beschreibung in Ihrer Sprache.)

ev-list-title = <b>Kommende Veranstaltungen</b> ({ $count })
ev-list-line = { $n }. <b>{ $title }</b> · { $kind } · { $when }
ev-list-empty = Zurzeit gibt es keine kommenden Veranstaltungen für Sie. Abonnieren Sie die Mitteilungen, dann erfahren Sie sofort von neuen.
ev-not-found = Diese Veranstaltung gibt es nicht oder sie ist nicht verfügbar.

ev-button-register = ✅ Anmelden
ev-button-details = ℹ Details
ev-button-cancel = ✖ Anmeldung stornieren
ev-button-calendar = 📅 Zum Kalender hinzufügen
ev-button-share = 🔗 Teilen
ev-button-share-telegram = In Telegram teilen
ev-button-external = 📝 Beim Veranstalter anmelden
ev-button-mine = 🎟 Meine Anmeldungen
ev-button-back = ◀ Zurück
ev-button-attendees = 👥 Teilnehmende
ev-button-edit = ✏ Bearbeiten
ev-button-cancel-event = ❌ Veranstaltung absagen
ev-button-cancel-event-yes = ❌ Ja, absagen
ev-button-abort = ✖ Abbrechen

ev-you-registered = ✅ Sie sind angemeldet.
ev-you-waitlisted = ⏳ Sie stehen auf der Warteliste (Platz { $position }).
ev-registered = ✅ Sie sind angemeldet! Ich erinnere Sie einen Tag vorher. Mit der Schaltfläche unten tragen Sie die Veranstaltung in Ihren Kalender ein.
ev-waitlisted = ⏳ Die Veranstaltung ist ausgebucht, Sie stehen deshalb auf der Warteliste (Platz { $position }). Sobald ein Platz frei wird, sage ich Ihnen Bescheid.
ev-register-already-registered = Sie sind für diese Veranstaltung bereits angemeldet.
ev-register-already-waitlisted = Sie stehen bereits auf der Warteliste (Platz { $position }).
ev-register-closed = Die Anmeldung für diese Veranstaltung ist leider geschlossen.
ev-register-not-found = Diese Veranstaltung gibt es nicht oder sie ist nicht verfügbar.
ev-register-not-in-bot = Für diese Veranstaltung meldet man sich nicht im Bot an.
ev-register-cancelled-event = Diese Veranstaltung wurde abgesagt.
ev-unregistered = Ihre Anmeldung für „{ $title }“ ist storniert. Danke für die Rückmeldung: Ihr Platz geht an die nächste Person auf der Warteliste.
ev-not-registered = Sie sind für diese Veranstaltung nicht angemeldet.
ev-already-started = Die Veranstaltung hat bereits begonnen, die Anmeldung kann nicht mehr storniert werden.
ev-ics-caption = 📅 { $title }: Öffnen Sie die Datei, um die Veranstaltung in Ihren Kalender einzutragen.
ev-share-text = Teilen Sie diesen Link: Wer ihn öffnet, sieht „{ $title }“ im Bot.
    { $link }

ev-mine-title = <b>Ihre Anmeldungen</b>
ev-mine-empty = Sie sind für keine kommende Veranstaltung angemeldet. Siehe /events.
ev-status-registered = angemeldet
ev-status-waitlisted = Warteliste, Platz { $position }

ev-announce-intro = 📣 <b>Neue Veranstaltung</b>
ev-notice-reminder = ⏰ Erinnerung: „{ $title }“ findet morgen statt, { $when }.
ev-notice-promoted = 🎉 Ein Platz ist frei geworden: Sie sind jetzt für „{ $title }“ angemeldet ({ $when }).
ev-notice-changed = ✏ „{ $title }“ hat sich geändert. Hier sind die neuen Angaben:
ev-notice-cancelled = ❌ Es tut uns leid: „{ $title }“ ({ $when }) wurde abgesagt. Ihre Anmeldung ist damit hinfällig.

ev-attendees-title = <b>{ $title }</b>
    Angemeldet: { $registered } · Warteliste: { $waitlisted }
ev-attendees-none = Noch hat sich niemand angemeldet.
ev-attendees-mark-later = Die Anwesenheit können Sie hier eintragen, sobald die Veranstaltung begonnen hat.
ev-attendees-mark-hint = Tippen Sie auf eine Person, um einzutragen, ob sie gekommen ist.
ev-cancel-event-confirm = „{ $title }“ absagen? { $count ->
        [one] { $count } angemeldete oder wartende Person wird benachrichtigt.
       *[other] { $count } angemeldete oder wartende Personen werden benachrichtigt.
    }
ev-event-cancelled-done = Die Veranstaltung ist abgesagt. { $count ->
        [one] { $count } Person wird benachrichtigt.
       *[other] { $count } Personen werden benachrichtigt.
    }
ev-edit-choose = Was möchten Sie an „{ $title }“ ändern?
ev-edit-field-time = 🕒 Datum und Uhrzeit
ev-edit-field-place = 📍 Ort oder Online-Link
ev-edit-field-capacity = 👥 Anzahl der Plätze
ev-edit-field-title = 🏷 Titel
ev-edit-ask-time = Senden Sie den neuen Beginn und das Ende, zum Beispiel <code>2026-12-10 10:00 - 14:00</code> (Zeitzone: { $timezone }).
ev-edit-ask-place = Senden Sie die neue Adresse oder den Online-Link.
ev-edit-ask-capacity = Senden Sie die neue Anzahl der Plätze.
ev-edit-ask-title = Senden Sie den neuen Titel.
ev-edit-done = ✅ Gespeichert. { $count ->
        [0] Niemand muss benachrichtigt werden.
        [one] { $count } angemeldete oder wartende Person wird über die Änderung informiert.
       *[other] { $count } angemeldete oder wartende Personen werden über die Änderung informiert.
    }

evn-ask-kind = <b>Neue Veranstaltung</b>. Welche Art von Veranstaltung ist es?
evn-ask-title = Senden Sie den Titel (in Ihrer Sprache; Menschen mit anderen Sprachen sehen ihn ebenfalls).
evn-ask-description = Senden Sie eine kurze Beschreibung oder überspringen Sie diesen Schritt.
evn-ask-start = Wann beginnt sie? Zum Beispiel <code>morgen 9 Uhr</code> oder <code>{ $example }</code> (Zeitzone: { $timezone }).
evn-ask-end = Wann endet sie? Eine Uhrzeit wie <code>14:00</code> oder Datum und Uhrzeit.
evn-ask-place = Senden Sie die Adresse des Veranstaltungsorts oder den Online-Link (https://…).
evn-ask-topics = Um welche Themen geht es? Tippen Sie zum Auswählen, dann auf Weiter.
evn-ask-countries = Für Menschen aus welchen Ländern? Wählen Sie keines für alle, dann Weiter.
evn-ask-registration = Wie melden sich die Teilnehmenden an?
evn-reg-bot = ✅ Im Bot (mit Platzzahl)
evn-reg-external = 🔗 Auf einer externen Website
evn-reg-none = 🚪 Keine Anmeldung nötig
evn-ask-capacity = Wie viele Plätze gibt es?
evn-ask-deadline = Bis wann kann man sich anmelden? Zum Beispiel <code>2026-12-08 18:00</code>, oder überspringen: dann bis zum Beginn.
evn-ask-registration_url = Senden Sie den Link zur Anmeldeseite (https://…).
evn-ask-publish_at = Wann soll die Veranstaltung veröffentlicht und angekündigt werden? Zum Beispiel <code>morgen 9 Uhr</code> oder <code>{ $example }</code> (Zeitzone: { $timezone }).
evn-button-next = Weiter ▶
evn-button-skip = Überspringen
evn-button-publish = 📣 Jetzt veröffentlichen
evn-button-schedule = 🕒 Planen
evn-preview = <b>Vorschau</b>: So sehen die Menschen die Veranstaltung.
evn-published = ✅ Veröffentlicht. { $count ->
        [0] Noch passt kein Abonnent zu dieser Veranstaltung.
        [one] Die Ankündigung geht an { $count } Abonnenten.
       *[other] Die Ankündigung geht an { $count } Abonnenten.
    }
    Link zum Teilen: { $link }
evn-scheduled = 🕒 Geplant für { $when }. { $count ->
        [0] Noch passt kein Abonnent zu dieser Veranstaltung.
        [one] Die Ankündigung geht dann an { $count } Abonnenten.
       *[other] Die Ankündigung geht dann an { $count } Abonnenten.
    }
    Link zum Teilen: { $link }
evn-invalid = Die Veranstaltung kann nicht gespeichert werden:
    { $problems }
evn-aborted = Abgebrochen. Es wurde nichts gespeichert.
evn-bad-time = Dieses Datum und diese Uhrzeit verstehe ich nicht, oder sie liegen in der Vergangenheit. Bitte schreiben Sie sie so: <code>2026-12-10 10:00</code> (Zeitzone: { $timezone }).
evn-bad-number = Bitte senden Sie eine ganze Zahl größer als null.
evn-bad-url = Bitte senden Sie einen Link, der mit https:// beginnt.

sub-text = <b>Mitteilungen</b>
    Wählen Sie die Arten von Veranstaltungen und die Themen, über die Sie informiert werden möchten. Solange Sie nichts auswählen, senden wir nichts, und jede Mitteilung hat eine Schaltfläche zum Abbestellen.
sub-countries = Flaggen: Länder neben Ihrem, deren Veranstaltungen und Mitteilungen Sie ebenfalls erhalten möchten.
sub-menu-button = 🔔 Abonnements
sub-all-kinds = ✅ Alle Arten von Veranstaltungen
sub-stop-button = 🔕 Alles abbestellen
sub-unsubscribe-button = 🔕 Abbestellen
sub-saved = Gespeichert.
sub-stopped = 🔕 Sie erhalten keine Mitteilungen mehr. Mit /subscribe können Sie sie jederzeit wieder abonnieren.

announcement-text = 📣 { $text }
ann-ask-content = <b>Neue Mitteilung</b>. Senden Sie den Text. Sie können auch ein Foto oder ein Dokument mit dem Text als Bildunterschrift senden.
ann-caption-too-long = Mit einem Foto oder Dokument darf der Text höchstens { $limit } Zeichen lang sein. Bitte kürzen Sie ihn oder senden Sie nur den Text.
ann-audience = Wer soll sie erhalten? Ohne Auswahl geht sie an alle Abonnenten; wählen Sie Arten oder Themen, um den Kreis einzugrenzen, und Länder oder Sprachen, um ihn zu beschränken.
    Empfänger jetzt: <b>{ $count }</b>
ann-button-preview = 👁 Vorschau
ann-button-send = 📣 Jetzt senden
ann-button-later = 🕒 Später senden
ann-preview = So sieht die Mitteilung aus. { $count ->
        [one] Sie geht an { $count } Person.
       *[other] Sie geht an { $count } Personen.
    }
ann-ask-time = Wann soll sie gesendet werden? Schreiben Sie es so, wie Sie es sagen würden, zum Beispiel <code>morgen 9 Uhr</code>, <code>Freitag um 14 Uhr</code>, <code>in 2 Stunden</code> oder <code>{ $example }</code>. Die Zeiten gelten in Ihrer Zeitzone: { $timezone }.
ann-sending = 📣 Wird an { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    } gesendet. Wenn alles verschickt ist, erhalten Sie einen Zustellbericht; /broadcasts zeigt den Fortschritt.
ann-scheduled = 🕒 Geplant für { $when }, an { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    } (Abonnenten zum Zeitpunkt der Planung).

bc-title = <b>Versand</b>
bc-none-running = Zurzeit läuft kein Versand.
bc-running-line = ▶ { $title }: { $done }/{ $total } ({ $percent } %) · gesendet { $sent } · fehlgeschlagen { $failed } · blockiert { $blocked } · seit { $when }
bc-recent-title = Kürzlich abgeschlossen:
bc-finished-line = ✔ { $title }: { $total } · gesendet { $sent } · fehlgeschlagen { $failed } · blockiert { $blocked }
broadcast-report = 📊 <b>Zustellbericht</b>: { $title }
    Empfänger: { $total }
    Gesendet: { $sent }
    Fehlgeschlagen: { $failed }
    Bot blockiert: { $blocked }
    Nicht mehr aktuell: { $cancelled }
    Dauer: { $duration }
ann-preview-none = ⚠️ Im Moment würde sie niemand erhalten: Zu dieser Auswahl passt kein Abonnement. Ankündigungen erhält, wer sie mit /subscribe abonniert hat. Ändern Sie die Empfänger oder warten Sie auf Abonnements.
ann-button-recipients = ✏️ Empfänger ändern
ann-audience-legend = Die Flaggen stehen für das Land, in dem die Empfänger tätig sind; 🗣 für die Sprache, in der sie lesen.
ann-time-past = Dieser Zeitpunkt ist schon vorbei. Bitte geben Sie eine Zeit in der Zukunft an, zum Beispiel <code>{ $example }</code> (Zeitzone: { $timezone }).
ann-time-ambiguous = Bitte ergänzen Sie die Uhrzeit, zum Beispiel <code>morgen 9 Uhr</code> oder <code>{ $example }</code> (Zeitzone: { $timezone }).
ann-time-unreadable = Diesen Zeitpunkt verstehe ich nicht. Schreiben Sie ihn zum Beispiel so: <code>morgen 9 Uhr</code>, <code>in 2 Stunden</code> oder <code>{ $example }</code> (Zeitzone: { $timezone }).
ann-confirm-time = 🕒 Die Mitteilung geht am { $when } an { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    } (Abonnenten, die jetzt passen). Einplanen?
ann-button-confirm-time = ✅ Einplanen
ann-button-change-time = ✏️ Zeit ändern
ann-button-texts = 🌐 Texte in anderen Sprachen
ann-ask-text-language = In welcher Sprache möchten Sie einen Text hinzufügen? Alle Empfänger erhalten den Text in ihrer Sprache, sonst den Haupttext.
ann-ask-text-in = Senden Sie den Text in dieser Sprache: { $language }.
ann-texts-given = Eigene Texte: { $languages }. Alle anderen erhalten den Haupttext.
