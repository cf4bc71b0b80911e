## Core: onboarding, menu, settings, roles, errors. German translation of the English reference catalog.

start-hello = 👋 Hallo! Ich bin der Helpdesk für Kreativschaffende mit eigenem Unternehmen: Handwerk, Design, Illustration, Musik und kleine Studios.
    Bitte wählen Sie Ihre Sprache:
start-welcome-back = 👋 Willkommen zurück, { $name }!

privacy-notice =
    <b>Datenschutzhinweis</b> (Version { $version })

    Um Ihnen helfen zu können, speichern wir: Ihre Telegram-ID, Ihren Namen und Ihre Sprache, das Land und die Zeitzone, die Sie wählen, Ihre Fragen, Buchungen, Veranstaltungsanmeldungen und Ihr Feedback.
    • Wir verwenden diese Daten nur, um Ihnen zu antworten, um Beratungen und Veranstaltungen zu organisieren und für anonyme Statistiken, die das Zentrum seinen Geldgebern vorlegt.
    • Unser Beratungsteam sieht Ihren Namen und Ihre Frage, aber nie Ihren Telegram-Benutzernamen – es sei denn, Sie erlauben es.
    • Fragetexte und Kommentare werden nach { $days } { $days ->
        [one] Tag
       *[other] Tagen
    } gelöscht.
    • /mydata sendet Ihnen alles, was wir über Sie speichern; /forget löscht es.

    Sind Sie einverstanden?
privacy-accept = ✅ Einverstanden
privacy-decline = ✖ Nein, danke
privacy-accepted = Vielen Dank! Ihre Einwilligung wurde gespeichert.
privacy-declined = Kein Problem. Gespeichert werden nur Ihre Telegram-ID und die gewählte Sprache. Sie können den Hinweis jederzeit mit /start erneut lesen und zustimmen.
privacy-required = Bevor ich Ihnen helfen kann, lesen und akzeptieren Sie bitte den Datenschutzhinweis.
privacy-new-version = Unser Datenschutzhinweis hat sich geändert. Bitte lesen Sie ihn und stimmen Sie erneut zu, um den Helpdesk weiter zu nutzen.
privacy-status = Sie haben dem Datenschutzhinweis in Version { $version } am { $date } zugestimmt.

choose-language = Bitte wählen Sie Ihre Sprache:
language-set = Ab jetzt schreibe ich Ihnen auf Deutsch.
choose-country = Wo hat Ihr Unternehmen seinen Sitz? So kann ich Ihnen die Regeln Ihres Landes nennen.
country-set = Land eingestellt: { $country }. Zeitzone: { $timezone }.

country-PL = Polen
country-CZ = Tschechien
country-SI = Slowenien
country-DE = Deutschland
country-LT = Litauen
country-SE = Schweden
country-OTHER = Anderes Land

menu-text = Was kann ich für Sie tun? Sie können Ihre Frage jederzeit in eigenen Worten eintippen oder hier auswählen:
menu-ask = ❓ Frage stellen
menu-book = 📅 Beratung buchen
menu-events = 🎟 Veranstaltungen
menu-settings = ⚙ Einstellungen
menu-topics = 📚 Themen ansehen
coming-soon = Dieser Bereich des Helpdesks ist bald verfügbar.
ask-prompt = Tippen Sie Ihre Frage in eigenen Worten ein, in einer unserer Sprachen. Zum Beispiel: „Wie melde ich ein Gewerbe an?“

help-text =
    <b>So kann ich helfen</b>
    • Stellen Sie Ihre Frage in eigenen Worten: Ich antworte aus unserer Wissensdatenbank oder leite sie an unser Beratungsteam weiter.
help-advisor =
    <b>Für das Beratungsteam</b>
help-staff =
    <b>Für das Helpdesk-Team</b>

settings-text =
    <b>Ihre Einstellungen</b>
    Sprache: { $language }
    Land: { $country }
    Zeitzone: { $timezone }
    Ihr Telegram-Benutzername ist für das Beratungsteam sichtbar: { $share ->
        [yes] ja
       *[no] nein
    }
settings-language = 🌐 Sprache
settings-country = 📍 Land
settings-timezone = 🕒 Zeitzone
settings-share-on = 👁 Benutzernamen für Beratung zeigen
settings-share-off = 🙈 Benutzernamen vor Beratung verbergen
settings-share-set = { $share ->
        [yes] Das Beratungsteam kann jetzt Ihren Telegram-Benutzernamen sehen.
       *[no] Das Beratungsteam sieht Ihren Telegram-Benutzernamen nicht.
    }
country-not-set = nicht festgelegt
choose-timezone = Wählen Sie Ihre Zeitzone oder senden Sie /timezone mit ihrem Namen (zum Beispiel /timezone Europe/Vilnius):
timezone-set = Zeitzone eingestellt: { $timezone }. Uhrzeiten werden jetzt so angezeigt: { $example }
time-zone-line = 🕒 Zeitzone: { $zone }
centre-name-default = Zentrum für Unternehmensförderung
timezone-invalid = Die Zeitzone „{ $value }“ kenne ich nicht. Bitte verwenden Sie einen Namen wie Europe/Berlin.

unsupported-content = Entschuldigung, ich kann nur Textnachrichten lesen. Bitte tippen Sie Ihre Frage ein.
unknown-command = Diesen Befehl kenne ich nicht. /help zeigt, was ich kann.
stale-button = Diese Schaltfläche ist nicht mehr gültig. Bitte beginnen Sie erneut im Menü (/start).
invalid-link = Dieser Link ist nicht mehr gültig. Hier ist stattdessen das Hauptmenü.
error-apology = Entschuldigung, bei mir ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal; falls es erneut passiert, hilft Ihnen unser Beratungsteam weiter (/book).
text-too-long = Ihre Nachricht ist sehr lang, daher berücksichtige ich nur { $limit ->
        [one] das erste Zeichen
       *[other] die ersten { $limit } Zeichen
    }.

not-allowed-staff = Entschuldigung, das ist nur für das Helpdesk-Team.
not-allowed-advisor = Entschuldigung, das ist nur für das Beratungsteam des Helpdesks.

role-advisor = Beratung
role-staff = Helpdesk-Team
grant-usage = Verwendung: /grant advisor|staff USER_ID, oder antworten Sie mit /grant advisor|staff auf eine weitergeleitete Nachricht der Person.
revoke-usage = Verwendung: /revoke advisor|staff USER_ID, oder antworten Sie mit /revoke advisor|staff auf eine weitergeleitete Nachricht der Person.
grant-done = { $name } hat jetzt die Rolle: { $role }.
revoke-done = { $name } hat die Rolle nicht mehr: { $role }.
role-granted-you = Sie haben beim Helpdesk jetzt die Rolle: { $role }. /help zeigt, was Sie tun können.
role-revoked-you = Sie haben beim Helpdesk die Rolle nicht mehr: { $role }.
role-error-unknown_person = Diese Person hat den Bot noch nicht gestartet; bitten Sie sie, zuerst /start zu senden.
role-error-already_has_role = Diese Person hat diese Rolle bereits.
role-error-does_not_have_role = Diese Person hat diese Rolle nicht.
role-error-configured_staff = Diese Person ist in der Konfiguration (HELPDESK_STAFF_IDS) als Teammitglied eingetragen; die Rolle kann im Bot nicht entzogen werden.
role-error-self_revoke = Sie können sich Ihre eigene Team-Rolle nicht entziehen.
role-error-hidden_forward = Die Datenschutzeinstellungen dieser Person für Weiterleitungen verbergen ihr Konto. Bitte verwenden Sie ihre numerische Benutzer-ID.
roles-list-title = <b>Personen mit Rollen</b>
roles-list-empty = Bisher hat niemand eine Rolle.
roles-list-line = • { $name } (ID { $id }): { $roles }

cmd-start = Start und Hauptmenü
cmd-help = Was ich kann
cmd-ask = Frage stellen
cmd-topics = Themen ansehen
cmd-book = Beratung buchen
cmd-mybookings = Meine gebuchten Beratungen
cmd-events = Workshops und Messen
cmd-subscribe = Ankündigungen, die ich erhalte
cmd-settings = Sprache, Land, Zeitzone
cmd-language = Sprache ändern
cmd-privacy = Datenschutzhinweis
cmd-mydata = Meine Daten exportieren
cmd-forget = Meine Daten löschen
cmd-inbox = Fragen an die Beratung
cmd-agenda = Mein Beratungskalender
cmd-availability = Meine Sprechzeiten
cmd-grant = Rolle vergeben
cmd-revoke = Rolle entziehen
cmd-roles = Personen mit Rollen
cmd-report = Indikatorenbericht
cmd-gaps = Wissenslücken
cmd-reload = Wissensdatenbank neu laden
cmd-newevent = Veranstaltung anlegen
cmd-announce = Ankündigung senden
cmd-broadcasts = Laufende Rundsendungen
cmd-timezone = Zeitzone ändern

onb-interests = <b>Mitteilungen (freiwillig)</b>
    Möchten Sie von Workshops, Messen und anderen Veranstaltungen hören? Wählen Sie die Arten von Veranstaltungen und die Themen, die Sie interessieren, und tippen Sie auf Abonnieren. Mit den Flaggen fügen Sie Länder neben Ihrem hinzu, deren Veranstaltungen Sie ebenfalls interessieren. Mit /subscribe können Sie das jederzeit ändern.
onb-interests-done = 🔔 Abonnieren
onb-interests-skip = Überspringen
onb-interests-saved = 🔔 Abonnement gespeichert, gewählte Punkte: { $count }. Jede Mitteilung hat eine Schaltfläche zum Abbestellen; mit /subscribe ändern Sie die Auswahl.
onb-interests-skipped = Vorerst keine Mitteilungen. Mit /subscribe können Sie sie jederzeit abonnieren.
