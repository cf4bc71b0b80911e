# Mreža ustvarjalcev: profili, iskanje, prošnje za stik, spletni katalog.

## Področja
sector-ceramics = Keramika
sector-jewellery = Nakit
sector-textiles = Tekstil
sector-wood = Obdelava lesa
sector-glass = Steklo
sector-leather = Usnjarstvo
sector-metal = Obdelava kovin
sector-graphic-design = Grafično oblikovanje
sector-product-design = Oblikovanje izdelkov
sector-fashion = Moda
sector-interior-design = Notranje oblikovanje
sector-visual-arts = Vizualne umetnosti
sector-photography = Fotografija
sector-film-video = Film, video in animacija
sector-music = Glasba
sector-performing-arts = Uprizoritvene umetnosti
sector-writing-publishing = Pisanje in založništvo
sector-games-software = Igre in programska oprema
sector-architecture = Arhitektura
sector-advertising = Oglaševanje in trženje
sector-heritage = Kulturna dediščina in restavriranje

## Potrebe
need-funding = Financiranje
need-premises = Delavnica ali atelje
need-legal = Pravni nasveti
need-taxes = Davki in računovodstvo
need-marketing = Trženje in prodaja
need-export = Prodaja v tujino
need-partners = Poslovni partnerji
need-training = Usposabljanje
need-equipment = Oprema
need-ip-protection = Zaščita mojih modelov
need-digital = Spletna trgovina in digitalna orodja

## Vidnost in stanje
visibility-public = Javen: na spletu in v botu
visibility-network = Mreža: samo v botu
visibility-hidden = Skrit: nihče ga ne vidi
status-draft = Osnutek
status-pending = Čaka na odobritev
status-approved = Odobren
status-paused = Začasno ustavljen

## Napačni podatki
catalogue-error-name-invalid = Ime mora imeti od 1 do 80 znakov.
catalogue-error-sector-missing = Izberite vsaj eno področje.
catalogue-error-too-many-sectors = Izberite največ tri področja.
catalogue-error-sector-unknown = Tega področja ni na seznamu.
catalogue-error-country-unknown = Izberite eno od držav s seznama.
catalogue-error-language-missing = Izberite vsaj en jezik, v katerem delate.
catalogue-error-language-unknown = Tega jezika ni na seznamu.
catalogue-error-offer-too-long = Opis ponudbe ima lahko največ 600 znakov.
catalogue-error-skill-too-long = Veščina ima lahko največ 40 znakov.
catalogue-error-too-many-skills = Navedete lahko največ deset veščin.
catalogue-error-place-too-long = Kraj ima lahko največ 80 znakov.
catalogue-error-needs-too-long = Opis potreb ima lahko največ 600 znakov.
catalogue-error-link-not-https = Sprejemamo samo varne naslove, ki se začnejo s https://.
catalogue-error-too-many-links = Dodate lahko največ pet povezav.
catalogue-error-too-many-photos = Dodate lahko največ tri fotografije.
catalogue-error-photo-not-image = Pošljite sliko JPEG, PNG ali WebP.
catalogue-error-photo-too-large = Ta fotografija je prevelika; pošljite datoteko do 5 MB.
catalogue-error-slug-taken = Ta naslov že uporablja drug profil; izberite drugega.
catalogue-error-slug-invalid = Naslov sme vsebovati samo male črke, števke in vezaje.
catalogue-error-visibility-unknown = Izberite, kdo lahko vidi vaš profil.
catalogue-error-need-unknown = Te potrebe ni na seznamu.
catalogue-error-status-unknown = Neznano stanje profila.
catalogue-error-forbidden = To lahko stori samo lastnik profila ali zaposleni v centru.
catalogue-error-not-found = Takega profila ni.
catalogue-error-not-pending = Ta profil ne čaka več na odobritev.
catalogue-error-already-paused = Vaš profil je že začasno ustavljen.
catalogue-error-not-paused = Vaš profil ni začasno ustavljen.

## Spletni katalog
web-title = Mreža ustvarjalcev
web-intro = Rokodelci, oblikovalci in umetniki iz Poljske, Češke, Slovenije, Nemčije, Litve in Švedske.
web-search-label = Iskanje po besedah
web-search-hint = Na primer: keramika Ljubljana
web-search-button = Išči
web-filters = Filtri
web-filter-sector = Področje
web-filter-country = Država
web-filter-language = Jezik
web-filter-any = Katero koli
web-filter-open = Samo tisti, ki sprejemajo naročila
web-results = { $count ->
    [one] Najden je { $count } profil
    [two] Najdena sta { $count } profila
    [few] Najdeni so { $count } profili
   *[other] Najdenih je { $count } profilov
}
web-no-results = Iskanju ne ustreza noben profil. Poskusite z manj ali drugimi besedami ali odstranite filter.
web-page = Stran { $page } od { $pages }
web-previous = Prejšnja stran
web-next = Naslednja stran
web-pages = Strani z rezultati
web-open-for-commissions = Sprejema naročila
web-offer = Kaj ponujam
web-skills = Veščine
web-sectors = Področja
web-languages = Jeziki
web-place = Kraj
web-links = Portfelj
web-photos = Fotografije
web-photo-alt = Fotografija { $number } iz portfelja
web-contact = Stik prek Telegrama
web-contact-hint = Bot posreduje vaše sporočilo; lastnik se odloči, ali bo delil svoj stik.
web-back = Nazaj v katalog
web-not-found = Tega profila ni v javnem katalogu.
web-language-switcher = Jezik strani
