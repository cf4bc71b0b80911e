# Kūrėjų tinklas: profiliai, paieška, prašymai susisiekti, internetinis katalogas.

## Sritys
sector-ceramics = Keramika
sector-jewellery = Juvelyrika
sector-textiles = Tekstilė
sector-wood = Medžio dirbiniai
sector-glass = Stiklas
sector-leather = Odos dirbiniai
sector-metal = Metalo dirbiniai
sector-graphic-design = Grafinis dizainas
sector-product-design = Produktų dizainas
sector-fashion = Mada
sector-interior-design = Interjero dizainas
sector-visual-arts = Vizualieji menai
sector-photography = Fotografija
sector-film-video = Kinas, vaizdo įrašai ir animacija
sector-music = Muzika
sector-performing-arts = Scenos menai
sector-writing-publishing = Rašymas ir leidyba
sector-games-software = Žaidimai ir programinė įranga
sector-architecture = Architektūra
sector-advertising = Reklama ir rinkodara
sector-heritage = Paveldas ir restauravimas

## Poreikiai
need-funding = Finansavimas
need-premises = Dirbtuvės ar studija
need-legal = Teisinės konsultacijos
need-taxes = Mokesčiai ir apskaita
need-marketing = Rinkodara ir pardavimai
need-export = Pardavimas užsienyje
need-partners = Verslo partneriai
need-training = Mokymai
need-equipment = Įranga
need-ip-protection = Mano dizaino apsauga
need-digital = Internetinė parduotuvė ir skaitmeniniai įrankiai

## Matomumas ir būsena
visibility-public = Viešas: internete ir bote
visibility-network = Tinklas: tik bote
visibility-hidden = Paslėptas: niekas nemato
status-draft = Juodraštis
status-pending = Laukia patvirtinimo
status-approved = Patvirtintas
status-paused = Sustabdytas

## Klaidingi duomenys
catalogue-error-name-invalid = Pavadinimas turi būti nuo 1 iki 80 simbolių.
catalogue-error-sector-missing = Pasirinkite bent vieną sritį.
catalogue-error-too-many-sectors = Pasirinkite ne daugiau kaip tris sritis.
catalogue-error-sector-unknown = Šios srities sąraše nėra.
catalogue-error-country-unknown = Pasirinkite vieną iš sąraše esančių šalių.
catalogue-error-language-missing = Pasirinkite bent vieną kalbą, kuria dirbate.
catalogue-error-language-unknown = Šios kalbos sąraše nėra.
catalogue-error-offer-too-long = Pasiūlymo aprašymas gali būti ne ilgesnis nei 600 simbolių.
catalogue-error-skill-too-long = Įgūdis gali būti ne ilgesnis nei 40 simbolių.
catalogue-error-too-many-skills = Galite nurodyti ne daugiau kaip dešimt įgūdžių.
catalogue-error-place-too-long = Vietovė gali būti ne ilgesnė nei 80 simbolių.
catalogue-error-needs-too-long = Poreikių aprašymas gali būti ne ilgesnis nei 600 simbolių.
catalogue-error-link-not-https = Priimami tik saugūs adresai, prasidedantys https://.
catalogue-error-too-many-links = Galite pridėti ne daugiau kaip penkias nuorodas.
catalogue-error-too-many-photos = Galite pridėti ne daugiau kaip tris nuotraukas.
catalogue-error-photo-not-image = Atsiųskite JPEG, PNG arba WebP paveikslėlį.
catalogue-error-photo-too-large = Ši nuotrauka per didelė; atsiųskite iki 5 MB failą.
catalogue-error-slug-taken = Šį adresą jau naudoja kitas profilis; pasirinkite kitą.
catalogue-error-slug-invalid = Adrese gali būti tik mažosios raidės, skaitmenys ir brūkšneliai.
catalogue-error-visibility-unknown = Pasirinkite, kas gali matyti jūsų profilį.
catalogue-error-need-unknown = Šio poreikio sąraše nėra.
catalogue-error-status-unknown = Nežinoma profilio būsena.
catalogue-error-forbidden = Tai gali padaryti tik profilio savininkas arba centro darbuotojai.
catalogue-error-not-found = Tokio profilio nėra.
catalogue-error-not-pending = Šis profilis nebelaukia patvirtinimo.
catalogue-error-already-paused = Jūsų profilis jau sustabdytas.
catalogue-error-not-paused = Jūsų profilis nesustabdytas.

## Internetinis katalogas
web-title = Kūrėjų tinklas
web-intro = Amatininkai, dizaineriai ir menininkai iš Lenkijos, Čekijos, Slovėnijos, Vokietijos, Lietuvos ir Švedijos.
web-search-label = Ieškoti pagal žodžius
web-search-hint = Pavyzdžiui: keramika Vilnius
web-search-button = Ieškoti
web-filters = Filtrai
web-filter-sector = Sritis
web-filter-country = Šalis
web-filter-language = Kalba
web-filter-any = Bet kuri
web-filter-open = Tik priimantys užsakymus
web-results = { $count ->
    [one] Rastas { $count } profilis
    [few] Rasti { $count } profiliai
   *[other] Rasta { $count } profilių
}
web-no-results = Paieškos neatitinka joks profilis. Pabandykite mažiau ar kitų žodžių arba pašalinkite filtrą.
web-page = { $page } puslapis iš { $pages }
web-previous = Ankstesnis puslapis
web-next = Kitas puslapis
web-pages = Rezultatų puslapiai
web-open-for-commissions = Priima užsakymus
web-offer = Ką siūlau
web-skills = Įgūdžiai
web-sectors = Sritys
web-languages = Kalbos
web-place = Vieta
web-links = Darbų aplankas
web-photos = Nuotraukos
web-photo-alt = { $number } nuotrauka iš darbų aplanko
web-contact = Susisiekti per Telegram
web-contact-hint = Botas perduos jūsų žinutę; savininkas nuspręs, ar pasidalyti savo kontaktu.
web-back = Grįžti į katalogą
web-not-found = Šio profilio viešajame kataloge nėra.
web-language-switcher = Puslapio kalba
