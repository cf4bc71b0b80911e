# Nätverket för kreatörer: profiler, sökning, kontaktförfrågningar, webbkatalog.

## Branscher
sector-ceramics = Keramik
sector-jewellery = Smycken
sector-textiles = Textil
sector-wood = Trähantverk
sector-glass = Glas
sector-leather = Läderhantverk
sector-metal = Metallhantverk
sector-graphic-design = Grafisk design
sector-product-design = Produktdesign
sector-fashion = Mode
sector-interior-design = Inredningsdesign
sector-visual-arts = Bildkonst
sector-photography = Fotografi
sector-film-video = Film, video och animation
sector-music = Musik
sector-performing-arts = Scenkonst
sector-writing-publishing = Skrivande och förlag
sector-games-software = Spel och mjukvara
sector-architecture = Arkitektur
sector-advertising = Reklam och marknadsföring
sector-heritage = Kulturarv och restaurering

## Behov
need-funding = Finansiering
need-premises = Verkstad eller ateljé
need-legal = Juridisk rådgivning
need-taxes = Skatter och bokföring
need-marketing = Marknadsföring och försäljning
need-export = Försäljning utomlands
need-partners = Affärspartner
need-training = Utbildning
need-equipment = Utrustning
need-ip-protection = Skydd av mina formgivningar
need-digital = Webbutik och digitala verktyg

## Synlighet och status
visibility-public = Offentlig: på webben och i boten
visibility-network = Nätverk: bara i boten
visibility-hidden = Dold: ingen ser den
status-draft = Utkast
status-pending = Väntar på godkännande
status-approved = Godkänd
status-paused = Pausad

## Felaktiga uppgifter
catalogue-error-name-invalid = Namnet måste vara 1 till 80 tecken långt.
catalogue-error-sector-missing = Välj minst en bransch.
catalogue-error-too-many-sectors = Välj högst tre branscher.
catalogue-error-sector-unknown = Den branschen finns inte i listan.
catalogue-error-country-unknown = Välj ett av länderna i listan.
catalogue-error-language-missing = Välj minst ett språk som du arbetar på.
catalogue-error-language-unknown = Det språket finns inte i listan.
catalogue-error-offer-too-long = Beskrivningen av ditt erbjudande får vara högst 600 tecken.
catalogue-error-skill-too-long = En färdighet får vara högst 40 tecken.
catalogue-error-too-many-skills = Du kan ange högst tio färdigheter.
catalogue-error-place-too-long = Orten får vara högst 80 tecken.
catalogue-error-needs-too-long = Beskrivningen av dina behov får vara högst 600 tecken.
catalogue-error-link-not-https = Bara säkra adresser som börjar med https:// godtas.
catalogue-error-too-many-links = Du kan lägga till högst fem länkar.
catalogue-error-too-many-photos = Du kan lägga till högst tre foton.
catalogue-error-photo-not-image = Skicka en JPEG-, PNG- eller WebP-bild.
catalogue-error-photo-too-large = Fotot är för stort; skicka en fil på högst 5 MB.
catalogue-error-slug-taken = Den adressen används redan av en annan profil; välj en annan.
catalogue-error-slug-invalid = Adressen får bara innehålla små bokstäver, siffror och bindestreck.
catalogue-error-visibility-unknown = Välj vem som får se din profil.
catalogue-error-need-unknown = Det behovet finns inte i listan.
catalogue-error-status-unknown = Okänd profilstatus.
catalogue-error-forbidden = Det kan bara profilens ägare eller centrets personal göra.
catalogue-error-not-found = Profilen finns inte.
catalogue-error-not-pending = Profilen väntar inte längre på godkännande.
catalogue-error-already-paused = Din profil är redan pausad.
catalogue-error-not-paused = Din profil är inte pausad.

## Webbkatalog
web-title = Nätverket för kreatörer
web-intro = Hantverkare, formgivare och konstnärer från Polen, Tjeckien, Slovenien, Tyskland, Litauen och Sverige.
web-search-label = Sök på ord
web-search-hint = Till exempel: keramik Malmö
web-search-button = Sök
web-filters = Filter
web-filter-sector = Bransch
web-filter-country = Land
web-filter-language = Språk
web-filter-any = Alla
web-filter-open = Bara de som tar uppdrag
web-results = { $count ->
    [one] En profil hittades
   *[other] { $count } profiler hittades
}
web-no-results = Ingen profil matchar sökningen. Försök med färre eller andra ord, eller ta bort ett filter.
web-page = Sida { $page } av { $pages }
web-previous = Föregående sida
web-next = Nästa sida
web-pages = Resultatsidor
web-open-for-commissions = Tar uppdrag
web-offer = Det här erbjuder jag
web-skills = Färdigheter
web-sectors = Branscher
web-languages = Språk
web-place = Ort
web-links = Portfolio
web-photos = Foton
web-photo-alt = Foto { $number } ur portfolion
web-contact = Kontakta via Telegram
web-contact-hint = Boten vidarebefordrar ditt meddelande; ägaren bestämmer om kontaktuppgifterna delas.
web-back = Tillbaka till katalogen
web-not-found = Profilen finns inte i den offentliga katalogen.
web-language-switcher = Sidans språk
web-run-by = Drivs av: { $centre }

## Chatt: kommandon
cmd-profile = Din profil i nätverket för kreatörer
cmd-find = Hitta kreatörer: /find keramik Malmö
cmd-moderate = Godkänn profiler till katalogen

## Chatt: profil
catalogue-field-status = Status
catalogue-field-visibility = Vem som ser den
catalogue-field-needs = Stöd du behöver
catalogue-intro = Nu skapar vi din profil i nätverket för kreatörer. Det tar några minuter; du kan avbryta när som helst med /cancel.
catalogue-edit-intro = Nu går vi igenom din profil. Tryck på ”Behåll” för att lämna ett steg som det är.
catalogue-ask-name = Vilket namn eller varumärke ska andra se?
catalogue-ask-sectors = Välj dina branscher (högst tre) och tryck sedan på ”Klar”.
catalogue-ask-country = I vilket land arbetar du?
catalogue-ask-city = I vilken ort eller region? (Du kan hoppa över det.)
catalogue-ask-languages = På vilka språk kan man skriva till dig? Välj dem och tryck sedan på ”Klar”.
catalogue-ask-offer = Beskriv med några meningar vad du erbjuder (högst 600 tecken).
catalogue-ask-skills = Räkna upp dina färdigheter, åtskilda med kommatecken (till exempel: drejning, glasering).
catalogue-ask-links = Skicka länkar till din portfolio eller butik (https://-adresser, högst fem, åtskilda med mellanslag).
catalogue-ask-photos = { $count ->
    [0] Skicka upp till tre foton av dina arbeten och tryck sedan på ”Klar”.
    [one] Ett foto har lagts till. Skicka fler (högst tre totalt) eller tryck på ”Klar”.
   *[other] { $count } foton har lagts till. Skicka fler (högst tre totalt) eller tryck på ”Klar”.
}
catalogue-ask-open = Tar du emot uppdrag och samarbeten?
catalogue-ask-visibility = Vem får se din profil? Offentliga profiler visas också i webbkatalogen när teamet har godkänt dem.
catalogue-ask-needs = Vilket stöd skulle hjälpa dig mest? Välj valfritt och tryck sedan på ”Klar”. Bara centrets team ser detta.
catalogue-ask-needs_text = Behöver du något mer? Skriv med egna ord. (Du kan hoppa över det.)
catalogue-ask-confirm = Här är din profil. Vill du spara den?
catalogue-btn-yes = Ja
catalogue-btn-no = Nej
catalogue-btn-done = Klar
catalogue-btn-save = Spara
catalogue-btn-keep = Behåll
catalogue-btn-skip = Hoppa över
catalogue-btn-edit = Redigera
catalogue-btn-pause = Pausa
catalogue-btn-resume = Återuppta
catalogue-btn-delete = Radera
catalogue-btn-delete-yes = Ja, radera min profil
catalogue-use-buttons = Svara på det här steget med knapparna ovan.
catalogue-saved-pending = Din profil är sparad. Centrets team granskar den; du får ett meddelande när andra kan se den.
catalogue-saved-hidden = Din profil är sparad som dold: ingen annan ser den. Ändra det med /profile.
catalogue-paused = Din profil är pausad: ingen kan hitta eller kontakta dig. Status: { $status }.
catalogue-resumed = Din profil är aktiv igen. Status: { $status }.
catalogue-delete-confirm = Radera din profil? Den försvinner genast från boten och webben.
catalogue-deleted = Din profil är raderad.

## Chatt: granskning
catalogue-moderate-empty = Ingen profil väntar på godkännande.
catalogue-moderate-head = En profil som väntar på godkännande:
catalogue-btn-approve = Godkänn
catalogue-btn-reject = Skicka tillbaka
catalogue-approved = Din profil ”{ $name }” är godkänd och syns i nätverket.
catalogue-sent-back = Din profil ”{ $name }” är inte godkänd än. Gå igenom den med /profile och spara den igen.

## Chatt: sökning och kontakt
catalogue-find-head = { $count ->
    [0] Inget hittades för ”{ $query }”.
    [one] En profil hittades för ”{ $query }”:
   *[other] { $count } profiler hittades för ”{ $query }”:
}
catalogue-find-filters = Filter: { $filters }
catalogue-find-none = Försök med färre eller andra ord, eller ändra filtren.
catalogue-btn-contact = Kontakta { $number }
catalogue-btn-contact-one = Kontakta
catalogue-btn-clear = Rensa filter
catalogue-contact-ask = Skriv ditt meddelande till { $name }. Boten skickar det vidare; om mottagaren tackar ja ser ni varandras användarnamn på Telegram.
catalogue-contact-incoming =
    { $name } vill komma i kontakt via nätverket för kreatörer:

    { $message }

    Om du tackar ja ser ni varandras användarnamn på Telegram. Om du tackar nej delas ingenting.
catalogue-btn-accept = Tacka ja
catalogue-btn-decline = Tacka nej
catalogue-contact-sent = Ditt meddelande till { $name } är på väg. Boten hör av sig när svaret kommer.
catalogue-contact-accepted = { $name } har tackat ja. Du kan skriva direkt: { $handle }
catalogue-contact-declined = { $name } kan inte ta emot din förfrågan den här gången.
catalogue-contact-you-accepted = Du har tackat ja. Du kan skriva direkt: { $handle }
catalogue-contact-you-declined = Du har tackat nej. Ingenting delades.
catalogue-error-contact-unavailable = Den här profilen går inte att kontakta just nu.
catalogue-error-contact-self = Det här är din egen profil.
catalogue-error-contact-rate-limited = Du har redan skickat så många kontaktförfrågningar som är tillåtet under ett dygn. Försök igen i morgon.
catalogue-error-contact-pending = Du har redan skrivit till den här personen; vänta på svaret.
catalogue-error-contact-message-invalid = Skriv ett meddelande på högst 1000 tecken.
catalogue-error-contact-not-found = Kontaktförfrågan finns inte.
catalogue-error-contact-answered = Förfrågan har redan besvarats.

## Inbjudningar till samarbete
cmd-call = Bjud in kreatörer till samarbete
cmd-calls = Inbjudningar till samarbete: godkänn och följ upp
role-partner = partner
not-allowed-partner = Bara partnerorganisationer och centrets personal kan publicera inbjudningar till samarbete.
call-intro = En inbjudan till samarbete når de kreatörer som passar, när centrets team har godkänt den.
call-ask-need = Vad behöver ni? Beskriv arbetet eller samarbetet (högst 1000 tecken).
call-ask-sectors = Vilka branscher? Välj högst tre och tryck sedan på ”Klar”.
call-ask-countries = Från vilka länder? Välj valfria, eller tryck på ”Klar” utan att välja för alla.
call-ask-languages = På vilka språk kan arbetet göras? Välj valfria, eller tryck på ”Klar” utan att välja för alla.
call-ask-deadline = Till när kan kreatörer svara? Skriv ett datum, till exempel 2027-03-31 eller 31.03.2027.
call-ask-budget = Hur stor är budgeten i euro? Skriv ett intervall som 1000-5000, eller hoppa över.
call-ask-cross_border = Är inbjudan öppen även för kreatörer från andra länder?
call-ask-organisation = För vilket företag eller vilken organisation? (Du kan hoppa över det.)
call-ask-confirm = Här är din inbjudan. Vill du skicka den för godkännande?
call-btn-submit = Skicka för godkännande
call-summary =
    { $need }

    Branscher: { $sectors }
    Länder: { $countries }
    Språk: { $languages }
    Svar senast: { $deadline }
    Budget: { $budget }
    Öppen över gränserna: { $cross_border }
    Organisation: { $organisation }
call-posted = Din inbjudan är skickad. Centrets team granskar den; du får veta hur många kreatörer den nådde.
call-overview = Inbjudningar till samarbete (nyaste först):
call-none = Ingen inbjudan till samarbete har publicerats än.
call-line = #{ $id } { $status }: { $need } ({ $organisation }) — senast { $deadline }; meddelade: { $notified }, intresserade: { $responses }, överenskomna: { $agreed }
call-status-pending = väntar på godkännande
call-status-approved = godkänd
call-status-rejected = avslagen
call-status-closed = stängd
call-btn-approve = Godkänn #{ $id }
call-btn-reject = Avslå #{ $id }
call-reviewed = Inbjudan #{ $id } är godkänd; { $count ->
    [0] ingen profil passar och avsändaren har fått veta det.
    [one] en kreatör har fått ett meddelande.
   *[other] { $count } kreatörer har fått ett meddelande.
}
call-rejected = Inbjudan #{ $id } är avslagen; avsändaren har fått veta det.
call-notice =
    En inbjudan till samarbete som passar din profil:

    { $need }

    Organisation: { $organisation }
    Budget: { $budget }
    Svar senast: { $deadline }

    Om du trycker på ”Jag är intresserad” får organisationen din profil och ditt användarnamn på Telegram.
call-btn-interested = Jag är intresserad
call-approved-poster = Din inbjudan ”{ $need }” är godkänd och har nått { $count ->
    [one] en kreatör
   *[other] { $count } kreatörer
}. Boten hör av sig när någon är intresserad.
call-no-match = Din inbjudan ”{ $need }” är godkänd, men ingen profil i nätverket passar än. Du kan bredda branscher, länder eller språk och publicera den igen.
call-rejected-poster = Din inbjudan ”{ $need }” godkändes inte. Centrets team hjälper gärna till med den.
call-interest =
    Någon är intresserad av din inbjudan ”{ $need }”:

    { $name } ({ $place })
    { $offer }

    Du kan skriva direkt: { $handle }
call-btn-agreed = Vi har kommit överens om samarbete
call-interest-sent = Tack! Din profil har skickats till organisationen; de kan skriva direkt till dig.
call-agreed-noted = Noterat: ni har kommit överens om samarbete. Tack!
catalogue-error-call-need-invalid = Beskriv vad ni behöver med högst 1000 tecken.
catalogue-error-call-sectors-invalid = Välj en till tre branscher ur listan.
catalogue-error-call-filters-invalid = Välj länder och språk ur listorna.
catalogue-error-call-deadline-invalid = Det där är inget datum. Skriv det som 2027-03-31 eller 31.03.2027.
catalogue-error-call-deadline-past = Datumet måste ligga i framtiden.
catalogue-error-call-budget-invalid = Skriv budgeten som ett tal eller ett intervall som 1000-5000.
catalogue-error-call-organisation-invalid = Organisationens namn får vara högst 120 tecken.
catalogue-error-call-not-found = Inbjudan finns inte längre.
catalogue-error-call-not-pending = Inbjudan har redan granskats.
catalogue-error-call-closed = Inbjudan är stängd: sista dagen har passerat.
catalogue-error-call-no-profile = För att svara på en inbjudan behöver du en godkänd profil i nätverket. Skapa en med /profile.
catalogue-error-call-already-interested = Du har redan anmält ditt intresse.
catalogue-error-call-already-agreed = Överenskommelsen är redan noterad.

## Veckosammanfattning
cmd-digest = Veckosammanfattning: evenemang, inbjudningar, nya svar
digest-intro = En gång i veckan kan boten skicka dig det som är nytt för dig: evenemang kommande vecka, inbjudningar till samarbete som passar din profil och nya eller uppdaterade svar. En vecka utan nyheter kommer ingenting.
digest-ask-weekday = Vilken veckodag?
digest-ask-hour = Vilken tid på { $weekday }? Tiderna anges i { $zone }.
digest-subscribed = Klart, du prenumererar nu på veckosammanfattningen.
digest-current = Du får sammanfattningen varje { $weekday } kl. { $time } ({ $zone }).
digest-dst-note = Den { $date } ställs klockan fram och { $time } finns inte; den dagen kommer sammanfattningen kl. { $shifted }.
digest-btn-change = Ändra dag eller tid
digest-btn-unsubscribe = Avsluta prenumerationen
digest-unsubscribed = Prenumerationen på veckosammanfattningen är avslutad. Du kan börja igen när som helst med /digest.
digest-not-subscribed = Du prenumererar inte på veckosammanfattningen.
digest-head = <b>Din veckosammanfattning</b>
digest-events = <b>Evenemang kommande vecka</b>
digest-calls = <b>Inbjudningar till samarbete som passar din profil</b>
digest-kb = <b>Nya och uppdaterade svar</b>
digest-times-in = Tiderna anges i { $zone }.
digest-body = { $body }
catalogue-error-digest-invalid = Välj dag och tid med knapparna.
