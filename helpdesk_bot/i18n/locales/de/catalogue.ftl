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
