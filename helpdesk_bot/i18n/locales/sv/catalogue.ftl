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
