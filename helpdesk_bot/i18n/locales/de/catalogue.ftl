# Netzwerk der Kreativen: Profile, Suche, Kontaktanfragen, Webkatalog.

## Branchen
sector-ceramics = Keramik
sector-jewellery = Schmuck
sector-textiles = Textil
sector-wood = Holzhandwerk
sector-glass = Glas
sector-leather = Lederhandwerk
sector-metal = Metallhandwerk
sector-graphic-design = Grafikdesign
sector-product-design = Produktdesign
sector-fashion = Mode
sector-interior-design = Innenarchitektur
sector-visual-arts = Bildende Kunst
sector-photography = Fotografie
sector-film-video = Film, Video und Animation
sector-music = Musik
sector-performing-arts = Darstellende Kunst
sector-writing-publishing = Literatur und Verlagswesen
sector-games-software = Spiele und Software
sector-architecture = Architektur
sector-advertising = Werbung und Marketing
sector-heritage = Kulturerbe und Restaurierung

## Bedarf
need-funding = Finanzierung
need-premises = Werkstatt oder Atelier
need-legal = Rechtsberatung
need-taxes = Steuern und Buchhaltung
need-marketing = Marketing und Vertrieb
need-export = Verkauf ins Ausland
need-partners = Geschäftspartner
need-training = Weiterbildung
need-equipment = Ausstattung
need-ip-protection = Schutz meiner Entwürfe
need-digital = Onlineshop und digitale Werkzeuge

## Sichtbarkeit und Status
visibility-public = Öffentlich: im Web und im Bot
visibility-network = Netzwerk: nur im Bot
visibility-hidden = Verborgen: niemand sieht es
status-draft = Entwurf
status-pending = Wartet auf Freigabe
status-approved = Freigegeben
status-paused = Pausiert

## Fehlerhafte Eingaben
catalogue-error-name-invalid = Der Name muss 1 bis 80 Zeichen lang sein.
catalogue-error-sector-missing = Wählen Sie mindestens eine Branche.
catalogue-error-too-many-sectors = Wählen Sie höchstens drei Branchen.
catalogue-error-sector-unknown = Diese Branche steht nicht in der Liste.
catalogue-error-country-unknown = Wählen Sie eines der Länder aus der Liste.
catalogue-error-language-missing = Wählen Sie mindestens eine Sprache, in der Sie arbeiten.
catalogue-error-language-unknown = Diese Sprache steht nicht in der Liste.
catalogue-error-offer-too-long = Die Beschreibung Ihres Angebots darf höchstens 600 Zeichen lang sein.
catalogue-error-skill-too-long = Eine Fähigkeit darf höchstens 40 Zeichen lang sein.
catalogue-error-too-many-skills = Sie können höchstens zehn Fähigkeiten angeben.
catalogue-error-place-too-long = Der Ort darf höchstens 80 Zeichen lang sein.
catalogue-error-needs-too-long = Die Beschreibung Ihres Bedarfs darf höchstens 600 Zeichen lang sein.
catalogue-error-link-not-https = Es werden nur sichere Adressen angenommen, die mit https:// beginnen.
catalogue-error-too-many-links = Sie können höchstens fünf Links hinzufügen.
catalogue-error-too-many-photos = Sie können höchstens drei Fotos hinzufügen.
catalogue-error-photo-not-image = Bitte senden Sie ein JPEG-, PNG- oder WebP-Bild.
catalogue-error-photo-too-large = Dieses Foto ist zu groß; senden Sie eine Datei bis 5 MB.
catalogue-error-slug-taken = Diese Adresse nutzt bereits ein anderes Profil; wählen Sie eine andere.
catalogue-error-slug-invalid = Die Adresse darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.
catalogue-error-visibility-unknown = Wählen Sie, wer Ihr Profil sehen darf.
catalogue-error-need-unknown = Dieser Bedarf steht nicht in der Liste.
catalogue-error-status-unknown = Unbekannter Profilstatus.
catalogue-error-forbidden = Das dürfen nur die Inhaberin oder der Inhaber des Profils und das Team des Zentrums.
catalogue-error-not-found = Dieses Profil gibt es nicht.
catalogue-error-not-pending = Dieses Profil wartet nicht mehr auf Freigabe.
catalogue-error-already-paused = Ihr Profil ist bereits pausiert.
catalogue-error-not-paused = Ihr Profil ist nicht pausiert.

## Webkatalog
web-title = Netzwerk der Kreativen
web-intro = Handwerk, Design und Kunst aus Polen, Tschechien, Slowenien, Deutschland, Litauen und Schweden.
web-search-label = Nach Wörtern suchen
web-search-hint = Zum Beispiel: Keramik Rostock
web-search-button = Suchen
web-filters = Filter
web-filter-sector = Branche
web-filter-country = Land
web-filter-language = Sprache
web-filter-any = Alle
web-filter-open = Nur offen für Aufträge
web-results = { $count ->
    [one] Ein Profil gefunden
   *[other] { $count } Profile gefunden
}
web-no-results = Kein Profil passt zu Ihrer Suche. Versuchen Sie weniger oder andere Wörter oder entfernen Sie einen Filter.
web-page = Seite { $page } von { $pages }
web-previous = Vorherige Seite
web-next = Nächste Seite
web-pages = Ergebnisseiten
web-open-for-commissions = Offen für Aufträge
web-offer = Mein Angebot
web-skills = Fähigkeiten
web-sectors = Branchen
web-languages = Sprachen
web-place = Ort
web-links = Portfolio
web-photos = Fotos
web-photo-alt = Foto { $number } aus dem Portfolio
web-contact = Über Telegram kontaktieren
web-contact-hint = Der Bot leitet Ihre Nachricht weiter; die Inhaberin oder der Inhaber entscheidet, ob der Kontakt geteilt wird.
web-back = Zurück zum Katalog
web-not-found = Dieses Profil ist nicht im öffentlichen Katalog.
web-language-switcher = Sprache der Seite
web-run-by = Betrieben von: { $centre }

## Chat: Befehle
cmd-profile = Ihr Profil im Netzwerk der Kreativen
cmd-find = Kreative finden: /find Keramik Rostock
cmd-moderate = Profile für den Katalog freigeben

## Chat: Profil
catalogue-field-status = Status
catalogue-field-visibility = Wer es sieht
catalogue-field-needs = Benötigte Unterstützung
catalogue-intro = Legen wir Ihr Profil im Netzwerk der Kreativen an. Das dauert ein paar Minuten; mit /cancel können Sie jederzeit aufhören.
catalogue-edit-intro = Gehen wir Ihr Profil durch. Tippen Sie auf „Beibehalten“, um einen Schritt unverändert zu lassen.
catalogue-ask-name = Unter welchem Namen oder welcher Marke sollen andere Sie sehen?
catalogue-ask-sectors = Wählen Sie Ihre Branchen (höchstens drei) und tippen Sie dann auf „Fertig“.
catalogue-ask-country = In welchem Land arbeiten Sie?
catalogue-ask-city = In welchem Ort oder welcher Region? (Sie können das überspringen.)
catalogue-ask-languages = In welchen Sprachen kann man Ihnen schreiben? Wählen Sie sie aus und tippen Sie dann auf „Fertig“.
catalogue-ask-offer = Beschreiben Sie in ein paar Sätzen, was Sie anbieten (bis zu 600 Zeichen).
catalogue-ask-skills = Nennen Sie Ihre Fähigkeiten, durch Kommas getrennt (zum Beispiel: Drehen an der Scheibe, Glasieren).
catalogue-ask-links = Senden Sie Links zu Ihrem Portfolio oder Shop (https://-Adressen, höchstens fünf, durch Leerzeichen getrennt).
catalogue-ask-photos = { $count ->
    [0] Senden Sie bis zu drei Fotos Ihrer Arbeiten und tippen Sie dann auf „Fertig“.
    [one] Ein Foto hinzugefügt. Senden Sie weitere (insgesamt höchstens drei) oder tippen Sie auf „Fertig“.
   *[other] { $count } Fotos hinzugefügt. Senden Sie weitere (insgesamt höchstens drei) oder tippen Sie auf „Fertig“.
}
catalogue-ask-open = Sind Sie offen für Aufträge und Kooperationen?
catalogue-ask-visibility = Wer darf Ihr Profil sehen? Öffentliche Profile erscheinen nach der Freigabe durch das Team auch im Webkatalog.
catalogue-ask-needs = Welche Unterstützung würde Ihnen am meisten helfen? Wählen Sie beliebig viele und tippen Sie dann auf „Fertig“. Das sieht nur das Team des Zentrums.
catalogue-ask-needs_text = Brauchen Sie noch etwas? Schreiben Sie es in Ihren eigenen Worten. (Sie können das überspringen.)
catalogue-ask-confirm = Das ist Ihr Profil. Speichern?
catalogue-btn-yes = Ja
catalogue-btn-no = Nein
catalogue-btn-done = Fertig
catalogue-btn-save = Speichern
catalogue-btn-keep = Beibehalten
catalogue-btn-skip = Überspringen
catalogue-btn-edit = Bearbeiten
catalogue-btn-pause = Pausieren
catalogue-btn-resume = Fortsetzen
catalogue-btn-delete = Löschen
catalogue-btn-delete-yes = Ja, mein Profil löschen
catalogue-use-buttons = Bitte beantworten Sie diesen Schritt mit den Schaltflächen oben.
catalogue-saved-pending = Ihr Profil ist gespeichert. Das Team des Zentrums prüft es; Sie bekommen eine Nachricht, sobald andere es sehen können.
catalogue-saved-hidden = Ihr Profil ist als verborgen gespeichert: Niemand sonst sieht es. Ändern können Sie das mit /profile.
catalogue-paused = Ihr Profil ist pausiert: Niemand kann Sie finden oder kontaktieren. Status: { $status }.
catalogue-resumed = Ihr Profil ist wieder aktiv. Status: { $status }.
catalogue-delete-confirm = Ihr Profil löschen? Es verschwindet sofort aus dem Bot und aus dem Web.
catalogue-deleted = Ihr Profil ist gelöscht.

## Chat: Freigabe
catalogue-moderate-empty = Kein Profil wartet auf Freigabe.
catalogue-moderate-head = Ein Profil wartet auf Freigabe:
catalogue-btn-approve = Freigeben
catalogue-btn-reject = Zur Überarbeitung zurück
catalogue-approved = Ihr Profil „{ $name }“ ist freigegeben und im Netzwerk sichtbar.
catalogue-sent-back = Ihr Profil „{ $name }“ ist noch nicht freigegeben. Bitte prüfen Sie es mit /profile und speichern Sie es erneut.

## Chat: Suche und Kontakt
catalogue-find-head = { $count ->
    [0] Für „{ $query }“ wurde nichts gefunden.
    [one] Für „{ $query }“ wurde ein Profil gefunden:
   *[other] Für „{ $query }“ wurden { $count } Profile gefunden:
}
catalogue-find-filters = Filter: { $filters }
catalogue-find-none = Versuchen Sie weniger oder andere Wörter oder ändern Sie die Filter.
catalogue-btn-contact = Kontakt { $number }
catalogue-btn-contact-one = Kontakt aufnehmen
catalogue-btn-clear = Filter zurücksetzen
catalogue-contact-ask = Schreiben Sie Ihre Nachricht an: { $name }. Der Bot leitet sie weiter; bei Zustimmung sehen Sie gegenseitig Ihre Telegram-Namen.
catalogue-contact-incoming =
    { $name } möchte über das Netzwerk der Kreativen Kontakt aufnehmen:

    { $message }

    Wenn Sie zustimmen, sehen Sie gegenseitig Ihre Telegram-Namen. Wenn Sie ablehnen, wird nichts geteilt.
catalogue-btn-accept = Zustimmen
catalogue-btn-decline = Ablehnen
catalogue-contact-sent = Ihre Nachricht an { $name } ist unterwegs. Der Bot meldet sich, sobald eine Antwort da ist.
catalogue-contact-accepted = { $name } hat Ihre Anfrage angenommen. Sie können direkt schreiben: { $handle }
catalogue-contact-declined = { $name } kann Ihre Anfrage diesmal nicht annehmen.
catalogue-contact-you-accepted = Angenommen. Sie können direkt schreiben: { $handle }
catalogue-contact-you-declined = Abgelehnt. Es wurde nichts geteilt.
catalogue-error-contact-unavailable = Dieses Profil kann gerade nicht kontaktiert werden.
catalogue-error-contact-self = Das ist Ihr eigenes Profil.
catalogue-error-contact-rate-limited = Sie haben heute schon so viele Kontaktanfragen gesendet, wie erlaubt sind. Bitte versuchen Sie es morgen wieder.
catalogue-error-contact-pending = Sie haben dieser Person schon geschrieben; bitte warten Sie auf die Antwort.
catalogue-error-contact-message-invalid = Bitte schreiben Sie eine Nachricht mit höchstens 1000 Zeichen.
catalogue-error-contact-not-found = Diese Kontaktanfrage gibt es nicht.
catalogue-error-contact-answered = Diese Anfrage wurde schon beantwortet.

## Kooperationsaufrufe
cmd-call = Kooperationsaufruf an Kreative
cmd-calls = Kooperationsaufrufe: freigeben und verfolgen
role-partner = Partner
not-allowed-partner = Kooperationsaufrufe können nur Partnerorganisationen und das Team des Zentrums veröffentlichen.
call-intro = Ein Kooperationsaufruf erreicht die passenden Kreativen, sobald das Team des Zentrums ihn freigibt.
call-ask-need = Was brauchen Sie? Beschreiben Sie die Arbeit oder Kooperation (bis zu 1000 Zeichen).
call-ask-sectors = Welche Branchen? Wählen Sie höchstens drei und tippen Sie dann auf „Fertig“.
call-ask-countries = Aus welchen Ländern? Wählen Sie beliebig viele oder tippen Sie ohne Auswahl auf „Fertig“ für alle.
call-ask-languages = In welchen Sprachen kann die Arbeit erfolgen? Wählen Sie beliebig viele oder tippen Sie ohne Auswahl auf „Fertig“ für alle.
call-ask-deadline = Bis wann können sich Kreative melden? Schreiben Sie ein Datum, zum Beispiel 2027-03-31 oder 31.03.2027.
call-ask-budget = Wie hoch ist das Budget in Euro? Schreiben Sie eine Spanne wie 1000-5000 oder überspringen Sie den Schritt.
call-ask-cross_border = Ist der Aufruf auch für Kreative aus anderen Ländern offen?
call-ask-organisation = Im Namen welches Unternehmens oder welcher Einrichtung? (Sie können das überspringen.)
call-ask-confirm = Das ist Ihr Aufruf. Zur Freigabe senden?
call-btn-submit = Zur Freigabe senden
call-summary =
    { $need }

    Branchen: { $sectors }
    Länder: { $countries }
    Sprachen: { $languages }
    Meldungen bis: { $deadline }
    Budget: { $budget }
    Grenzüberschreitend offen: { $cross_border }
    Organisation: { $organisation }
call-posted = Ihr Aufruf ist gesendet. Das Team des Zentrums prüft ihn; Sie erfahren, wie viele Kreative er erreicht hat.
call-overview = Kooperationsaufrufe (neueste zuerst):
call-none = Es wurde noch kein Kooperationsaufruf veröffentlicht.
call-line = #{ $id } { $status }: { $need } ({ $organisation }) — bis { $deadline }; benachrichtigt: { $notified }, interessiert: { $responses }, vereinbart: { $agreed }
call-status-pending = wartet auf Freigabe
call-status-approved = freigegeben
call-status-rejected = abgelehnt
call-status-closed = geschlossen
call-btn-approve = #{ $id } freigeben
call-btn-reject = #{ $id } ablehnen
call-reviewed = Aufruf #{ $id } freigegeben; { $count ->
    [0] kein Profil passt dazu, die Person, die ihn gepostet hat, ist informiert.
    [one] eine kreative Person wurde benachrichtigt.
   *[other] { $count } Kreative wurden benachrichtigt.
}
call-rejected = Aufruf #{ $id } abgelehnt; die Person, die ihn gepostet hat, ist informiert.
call-notice =
    Ein Kooperationsaufruf, der zu Ihrem Profil passt:

    { $need }

    Organisation: { $organisation }
    Budget: { $budget }
    Meldungen bis: { $deadline }

    Wenn Sie auf „Ich bin interessiert“ tippen, erhält die Organisation Ihr Profil und Ihren Telegram-Namen.
call-btn-interested = Ich bin interessiert
call-approved-poster = Ihr Aufruf „{ $need }“ ist freigegeben und hat { $count ->
    [one] eine kreative Person
   *[other] { $count } Kreative
} erreicht. Der Bot meldet sich, sobald jemand Interesse zeigt.
call-no-match = Ihr Aufruf „{ $need }“ ist freigegeben, aber noch kein Profil im Netzwerk passt dazu. Sie können Branchen, Länder oder Sprachen erweitern und ihn erneut veröffentlichen.
call-rejected-poster = Ihr Aufruf „{ $need }“ wurde nicht freigegeben. Das Team des Zentrums hilft Ihnen gern dabei.
call-interest =
    Interesse an Ihrem Aufruf „{ $need }“:

    { $name } ({ $place })
    { $offer }

    Sie können direkt schreiben: { $handle }
call-btn-agreed = Kooperation vereinbart
call-interest-sent = Danke! Ihr Profil wurde an die Organisation weitergegeben; sie kann Ihnen direkt schreiben.
call-agreed-noted = Notiert: Die Kooperation ist vereinbart. Danke!
catalogue-error-call-need-invalid = Bitte beschreiben Sie Ihren Bedarf in höchstens 1000 Zeichen.
catalogue-error-call-sectors-invalid = Wählen Sie eine bis drei Branchen aus der Liste.
catalogue-error-call-filters-invalid = Wählen Sie Länder und Sprachen aus den Listen.
catalogue-error-call-deadline-invalid = Das ist kein Datum. Schreiben Sie es als 2027-03-31 oder 31.03.2027.
catalogue-error-call-deadline-past = Das Datum muss in der Zukunft liegen.
catalogue-error-call-budget-invalid = Schreiben Sie das Budget als Zahl oder als Spanne wie 1000-5000.
catalogue-error-call-organisation-invalid = Der Name der Organisation darf höchstens 120 Zeichen lang sein.
catalogue-error-call-not-found = Dieser Aufruf ist nicht mehr verfügbar.
catalogue-error-call-not-pending = Dieser Aufruf wurde bereits geprüft.
catalogue-error-call-closed = Dieser Aufruf ist geschlossen: Die Frist ist abgelaufen.
catalogue-error-call-no-profile = Um auf einen Aufruf zu antworten, brauchen Sie ein freigegebenes Profil im Netzwerk. Legen Sie es mit /profile an.
catalogue-error-call-already-interested = Ihr Interesse an diesem Aufruf wurde bereits gemeldet.
catalogue-error-call-already-agreed = Diese Vereinbarung ist bereits notiert.

## Wöchentliche Übersicht
cmd-digest = Wochenübersicht: Veranstaltungen, Aufrufe, neue Antworten
digest-intro = Einmal pro Woche kann Ihnen der Bot schicken, was für Sie neu ist: Veranstaltungen der kommenden Woche, Kooperationsaufrufe, die zu Ihrem Profil passen, und neue oder aktualisierte Antworten. In einer Woche ohne Neuigkeiten kommt nichts.
digest-ask-weekday = An welchem Wochentag?
digest-ask-hour = Um wie viel Uhr am { $weekday }? Zeitzone: { $zone }.
digest-subscribed = Erledigt, die Wochenübersicht ist abonniert.
digest-current = Sie bekommen die Übersicht jeden { $weekday } um { $time } ({ $zone }).
digest-dst-note = Am { $date } wird die Uhr vorgestellt, { $time } gibt es an diesem Tag nicht; dann kommt die Übersicht um { $shifted }.
digest-btn-change = Tag oder Uhrzeit ändern
digest-btn-unsubscribe = Abbestellen
digest-unsubscribed = Die Wochenübersicht ist abbestellt. Mit /digest können Sie sie jederzeit wieder abonnieren.
digest-not-subscribed = Sie haben die Wochenübersicht nicht abonniert.
digest-head = <b>Ihre Wochenübersicht</b>
digest-events = <b>Veranstaltungen in der kommenden Woche</b>
digest-calls = <b>Kooperationsaufrufe, die zu Ihrem Profil passen</b>
digest-kb = <b>Neue und aktualisierte Antworten</b>
digest-times-in = Zeitzone: { $zone }.
digest-body = { $body }
catalogue-error-digest-invalid = Bitte wählen Sie Tag und Uhrzeit mit den Schaltflächen.
