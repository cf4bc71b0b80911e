## Datenschutz: /mydata (Export) und /forget (Löschung).

mydata-caption = Alles, was der Helpdesk über Sie speichert, Stand { $date }.
mydata-none = Der Helpdesk speichert keine Daten über Sie.
forget-confirm = <b>Ihre Daten löschen?</b>
    Dabei werden Ihr Name, Ihr Telegram-Benutzername, Ihre Fragen, Beschreibungen und Kommentare entfernt und Ihre künftigen Beratungen und Veranstaltungsanmeldungen storniert.
    Anonyme Statistiken bleiben erhalten: Sie lassen sich nicht mehr auf Sie zurückführen. Das kann nicht rückgängig gemacht werden.
forget-yes = 🗑 Ja, meine Daten löschen
forget-no = ✖ Nein, behalten
forget-done = Ihre personenbezogenen Daten wurden gelöscht. Wenn Sie mir wieder schreiben, beginnen Sie als neue Nutzerin oder neuer Nutzer.
forget-kept = Es wurde nichts gelöscht.
forget-nothing = Der Helpdesk speichert keine Daten über Sie.
