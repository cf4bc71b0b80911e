# Sieć twórców: profile, wyszukiwanie, prośby o kontakt, katalog w sieci.

## Sektory
sector-ceramics = Ceramika
sector-jewellery = Biżuteria
sector-textiles = Tkaniny i tekstylia
sector-wood = Stolarstwo i drewno
sector-glass = Szkło
sector-leather = Kaletnictwo i skóra
sector-metal = Metaloplastyka
sector-graphic-design = Projektowanie graficzne
sector-product-design = Wzornictwo przemysłowe
sector-fashion = Moda
sector-interior-design = Projektowanie wnętrz
sector-visual-arts = Sztuki wizualne
sector-photography = Fotografia
sector-film-video = Film, wideo i animacja
sector-music = Muzyka
sector-performing-arts = Sztuki performatywne
sector-writing-publishing = Literatura i wydawnictwa
sector-games-software = Gry i oprogramowanie
sector-architecture = Architektura
sector-advertising = Reklama i marketing
sector-heritage = Dziedzictwo i konserwacja

## Potrzeby
need-funding = Finansowanie
need-premises = Pracownia lub lokal
need-legal = Porady prawne
need-taxes = Podatki i księgowość
need-marketing = Marketing i sprzedaż
need-export = Sprzedaż za granicę
need-partners = Partnerzy biznesowi
need-training = Szkolenia
need-equipment = Sprzęt
need-ip-protection = Ochrona moich wzorów
need-digital = Sklep internetowy i narzędzia cyfrowe

## Widoczność i stan
visibility-public = Publiczny: w internecie i w bocie
visibility-network = Sieć: tylko w bocie
visibility-hidden = Ukryty: nikt go nie widzi
status-draft = Szkic
status-pending = Czeka na zatwierdzenie
status-approved = Zatwierdzony
status-paused = Wstrzymany

## Błędne dane
catalogue-error-name-invalid = Nazwa musi mieć od 1 do 80 znaków.
catalogue-error-sector-missing = Wybierz co najmniej jeden sektor.
catalogue-error-too-many-sectors = Wybierz najwyżej trzy sektory.
catalogue-error-sector-unknown = Tego sektora nie ma na liście.
catalogue-error-country-unknown = Wybierz jeden z krajów z listy.
catalogue-error-language-missing = Wybierz co najmniej jeden język, w którym pracujesz.
catalogue-error-language-unknown = Tego języka nie ma na liście.
catalogue-error-offer-too-long = Opis oferty może mieć najwyżej 600 znaków.
catalogue-error-skill-too-long = Umiejętność może mieć najwyżej 40 znaków.
catalogue-error-too-many-skills = Możesz podać najwyżej dziesięć umiejętności.
catalogue-error-place-too-long = Miejscowość może mieć najwyżej 80 znaków.
catalogue-error-needs-too-long = Opis potrzeb może mieć najwyżej 600 znaków.
catalogue-error-link-not-https = Przyjmujemy tylko bezpieczne adresy zaczynające się od https://.
catalogue-error-too-many-links = Możesz dodać najwyżej pięć linków.
catalogue-error-too-many-photos = Możesz dodać najwyżej trzy zdjęcia.
catalogue-error-photo-not-image = Wyślij obraz JPEG, PNG albo WebP.
catalogue-error-photo-too-large = To zdjęcie jest za duże; wyślij plik do 5 MB.
catalogue-error-slug-taken = Ten adres jest już zajęty przez inny profil; wybierz inny.
catalogue-error-slug-invalid = Adres może zawierać tylko małe litery, cyfry i łączniki.
catalogue-error-visibility-unknown = Wybierz, kto może zobaczyć Twój profil.
catalogue-error-need-unknown = Tej potrzeby nie ma na liście.
catalogue-error-status-unknown = Nieznany stan profilu.
catalogue-error-forbidden = Może to zrobić tylko właściciel profilu albo pracownik centrum.
catalogue-error-not-found = Nie ma takiego profilu.
catalogue-error-not-pending = Ten profil nie czeka już na zatwierdzenie.
catalogue-error-already-paused = Twój profil jest już wstrzymany.
catalogue-error-not-paused = Twój profil nie jest wstrzymany.

## Katalog w sieci
web-title = Sieć twórców
web-intro = Rzemieślnicy, projektanci i artyści z Polski, Czech, Słowenii, Niemiec, Litwy i Szwecji.
web-search-label = Szukaj po słowach
web-search-hint = Na przykład: ceramika Gdańsk
web-search-button = Szukaj
web-filters = Filtry
web-filter-sector = Sektor
web-filter-country = Kraj
web-filter-language = Język
web-filter-any = Dowolny
web-filter-open = Tylko osoby przyjmujące zlecenia
web-results = { $count ->
    [one] Znaleziono jeden profil
    [few] Znaleziono { $count } profile
   *[other] Znaleziono { $count } profili
}
web-no-results = Żaden profil nie pasuje do wyszukiwania. Spróbuj mniej lub innych słów albo usuń filtr.
web-page = Strona { $page } z { $pages }
web-previous = Poprzednia strona
web-next = Następna strona
web-pages = Strony wyników
web-open-for-commissions = Przyjmuje zlecenia
web-offer = Co oferuję
web-skills = Umiejętności
web-sectors = Sektory
web-languages = Języki
web-place = Miejsce
web-links = Portfolio
web-photos = Zdjęcia
web-photo-alt = Zdjęcie { $number } z portfolio
web-contact = Napisz przez Telegram
web-contact-hint = Bot przekaże Twoją wiadomość; właściciel zdecyduje, czy udostępni swój kontakt.
web-back = Wróć do katalogu
web-not-found = Tego profilu nie ma w publicznym katalogu.
web-language-switcher = Język strony
