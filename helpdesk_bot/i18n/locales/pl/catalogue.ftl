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
web-run-by = Prowadzi: { $centre }

## Czat: polecenia
cmd-profile = Twój profil w sieci twórców
cmd-find = Znajdź twórców: /find ceramika Gdańsk
cmd-moderate = Zatwierdzanie profili do katalogu

## Czat: profil
catalogue-field-status = Stan
catalogue-field-visibility = Kto widzi profil
catalogue-field-needs = Potrzebne wsparcie
catalogue-intro = Utwórzmy Twój profil w sieci twórców. To zajmie kilka minut; w każdej chwili możesz przerwać poleceniem /cancel.
catalogue-edit-intro = Przejdźmy przez Twój profil. Stuknij „Zostaw”, żeby nie zmieniać danego kroku.
catalogue-ask-name = Pod jaką nazwą lub marką mają Cię widzieć inni?
catalogue-ask-sectors = Wybierz swoje sektory (najwyżej trzy), potem stuknij „Gotowe”.
catalogue-ask-country = W jakim kraju pracujesz?
catalogue-ask-city = W jakiej miejscowości lub regionie? (Możesz pominąć.)
catalogue-ask-languages = W jakich językach można do Ciebie pisać? Wybierz je, potem stuknij „Gotowe”.
catalogue-ask-offer = Opisz w kilku zdaniach, co oferujesz (do 600 znaków).
catalogue-ask-skills = Wypisz swoje umiejętności, oddzielając je przecinkami (na przykład: toczenie na kole, szkliwienie).
catalogue-ask-links = Wyślij linki do portfolio lub sklepu (adresy https://, najwyżej pięć, oddzielone spacjami).
catalogue-ask-photos = { $count ->
    [0] Wyślij do trzech zdjęć swoich prac, potem stuknij „Gotowe”.
    [one] Dodano jedno zdjęcie. Wyślij kolejne (razem najwyżej trzy) albo stuknij „Gotowe”.
    [few] Dodano { $count } zdjęcia. Wyślij kolejne (razem najwyżej trzy) albo stuknij „Gotowe”.
   *[other] Dodano { $count } zdjęć. Wyślij kolejne (razem najwyżej trzy) albo stuknij „Gotowe”.
}
catalogue-ask-open = Czy przyjmujesz zlecenia i propozycje współpracy?
catalogue-ask-visibility = Kto może widzieć Twój profil? Profile publiczne pojawią się też w katalogu internetowym, gdy zespół centrum je zatwierdzi.
catalogue-ask-needs = Jakie wsparcie najbardziej by Ci pomogło? Wybierz dowolne, potem stuknij „Gotowe”. Widzi to tylko zespół centrum.
catalogue-ask-needs_text = Czy potrzebujesz czegoś jeszcze? Napisz własnymi słowami. (Możesz pominąć.)
catalogue-ask-confirm = Oto Twój profil. Zapisać go?
catalogue-btn-yes = Tak
catalogue-btn-no = Nie
catalogue-btn-done = Gotowe
catalogue-btn-save = Zapisz
catalogue-btn-keep = Zostaw
catalogue-btn-skip = Pomiń
catalogue-btn-edit = Edytuj
catalogue-btn-pause = Wstrzymaj
catalogue-btn-resume = Wznów
catalogue-btn-delete = Usuń
catalogue-btn-delete-yes = Tak, usuń mój profil
catalogue-use-buttons = Odpowiedz na ten krok przyciskami powyżej.
catalogue-saved-pending = Profil zapisany. Zespół centrum go sprawdzi; dostaniesz wiadomość, gdy będzie widoczny dla innych.
catalogue-saved-hidden = Profil zapisany jako ukryty: nikt inny go nie widzi. Zmienisz to poleceniem /profile.
catalogue-paused = Twój profil jest wstrzymany: nikt nie może Cię znaleźć ani się z Tobą skontaktować. Stan: { $status }.
catalogue-resumed = Twój profil znów jest aktywny. Stan: { $status }.
catalogue-delete-confirm = Usunąć Twój profil? Zniknie od razu z bota i z internetu.
catalogue-deleted = Twój profil został usunięty.

## Czat: moderacja
catalogue-moderate-empty = Żaden profil nie czeka na zatwierdzenie.
catalogue-moderate-head = Profil czekający na zatwierdzenie:
catalogue-btn-approve = Zatwierdź
catalogue-btn-reject = Odeślij do poprawy
catalogue-approved = Twój profil „{ $name }” został zatwierdzony i jest widoczny w sieci.
catalogue-sent-back = Twój profil „{ $name }” nie został jeszcze zatwierdzony. Sprawdź go poleceniem /profile i zapisz ponownie.

## Czat: wyszukiwanie i kontakt
catalogue-find-head = { $count ->
    [0] Nic nie znaleziono dla „{ $query }”.
    [one] Znaleziono jeden profil dla „{ $query }”:
    [few] Znaleziono { $count } profile dla „{ $query }”:
   *[other] Znaleziono { $count } profili dla „{ $query }”:
}
catalogue-find-filters = Filtry: { $filters }
catalogue-find-none = Spróbuj mniej lub innych słów albo zmień filtry.
catalogue-btn-contact = Napisz do { $number }
catalogue-btn-contact-one = Napisz
catalogue-btn-clear = Wyczyść filtry
catalogue-contact-ask = Napisz wiadomość do: { $name }. Bot ją przekaże; jeśli ta osoba się zgodzi, zobaczycie nawzajem swoje nazwy w Telegramie.
catalogue-contact-incoming =
    { $name } chce nawiązać kontakt przez sieć twórców:

    { $message }

    Jeśli się zgodzisz, zobaczycie nawzajem swoje nazwy w Telegramie. Jeśli odmówisz, nic nie zostanie udostępnione.
catalogue-btn-accept = Zgadzam się
catalogue-btn-decline = Odmawiam
catalogue-contact-sent = Twoja wiadomość do: { $name } jest w drodze. Bot da Ci znać, gdy przyjdzie odpowiedź.
catalogue-contact-accepted = { $name } przyjmuje Twoją prośbę. Możesz pisać bezpośrednio: { $handle }
catalogue-contact-declined = { $name } nie może tym razem odpowiedzieć na Twoją prośbę.
catalogue-contact-you-accepted = Przyjęto. Możesz pisać bezpośrednio: { $handle }
catalogue-contact-you-declined = Odmówiono. Nic nie zostało udostępnione.
catalogue-error-contact-unavailable = Z tym profilem nie można teraz się skontaktować.
catalogue-error-contact-self = To Twój własny profil.
catalogue-error-contact-rate-limited = Wysłano już najwięcej próśb o kontakt, ile można w ciągu doby. Spróbuj jutro.
catalogue-error-contact-pending = Już napisano do tej osoby; poczekaj na odpowiedź.
catalogue-error-contact-message-invalid = Napisz wiadomość do 1000 znaków.
catalogue-error-contact-not-found = Nie ma takiej prośby o kontakt.
catalogue-error-contact-answered = Na tę prośbę już odpowiedziano.

## Zaproszenia do współpracy
cmd-call = Zaproszenie twórców do współpracy
cmd-calls = Zaproszenia do współpracy: zatwierdzanie i wyniki
role-partner = partner
not-allowed-partner = Zaproszenia do współpracy mogą publikować tylko organizacje partnerskie i zespół centrum.
call-intro = Zaproszenie do współpracy trafi do pasujących twórców, gdy zatwierdzi je zespół centrum.
call-ask-need = Czego potrzebujesz? Opisz pracę lub współpracę (do 1000 znaków).
call-ask-sectors = Jakie sektory? Wybierz najwyżej trzy, potem stuknij „Gotowe”.
call-ask-countries = Z jakich krajów? Wybierz dowolne albo stuknij „Gotowe” bez wyboru, jeśli ze wszystkich.
call-ask-languages = W jakich językach można wykonać pracę? Wybierz dowolne albo stuknij „Gotowe” bez wyboru, jeśli we wszystkich.
call-ask-deadline = Do kiedy twórcy mogą się zgłaszać? Wpisz datę, na przykład 2027-03-31 albo 31.03.2027.
call-ask-budget = Jaki jest budżet w euro? Wpisz przedział, np. 1000-5000, albo pomiń.
call-ask-cross_border = Czy zaproszenie jest otwarte także dla twórców z innych krajów?
call-ask-organisation = W imieniu jakiej firmy lub instytucji? (Możesz pominąć.)
call-ask-confirm = Oto Twoje zaproszenie. Wysłać je do zatwierdzenia?
call-btn-submit = Wyślij do zatwierdzenia
call-summary =
    { $need }

    Sektory: { $sectors }
    Kraje: { $countries }
    Języki: { $languages }
    Zgłoszenia do: { $deadline }
    Budżet: { $budget }
    Otwarte ponad granicami: { $cross_border }
    Organizacja: { $organisation }
call-posted = Zaproszenie wysłane. Zespół centrum je sprawdzi; dowiesz się, do ilu twórców trafiło.
call-overview = Zaproszenia do współpracy (od najnowszych):
call-none = Nie opublikowano jeszcze żadnego zaproszenia do współpracy.
call-line = #{ $id } { $status }: { $need } ({ $organisation }) — do { $deadline }; powiadomieni: { $notified }, zainteresowani: { $responses }, porozumienia: { $agreed }
call-status-pending = czeka na zatwierdzenie
call-status-approved = zatwierdzone
call-status-rejected = odrzucone
call-status-closed = zamknięte
call-btn-approve = Zatwierdź #{ $id }
call-btn-reject = Odrzuć #{ $id }
call-reviewed = Zaproszenie #{ $id } zatwierdzone; { $count ->
    [0] nie pasuje do niego żaden profil, a autor został o tym poinformowany.
    [one] powiadomiono jedną osobę.
    [few] powiadomiono { $count } osoby.
   *[other] powiadomiono { $count } osób.
}
call-rejected = Zaproszenie #{ $id } odrzucone; autor został o tym poinformowany.
call-notice =
    Zaproszenie do współpracy pasujące do Twojego profilu:

    { $need }

    Organizacja: { $organisation }
    Budżet: { $budget }
    Zgłoszenia do: { $deadline }

    Jeśli stukniesz „Chcę się zgłosić”, Twój profil i nazwa w Telegramie zostaną przekazane organizacji.
call-btn-interested = Chcę się zgłosić
call-approved-poster = Twoje zaproszenie „{ $need }” zostało zatwierdzone i trafiło do { $count ->
    [one] jednej osoby
   *[other] { $count } osób
}. Bot da znać, gdy ktoś się zgłosi.
call-no-match = Twoje zaproszenie „{ $need }” zostało zatwierdzone, ale żaden profil w sieci jeszcze do niego nie pasuje. Możesz poszerzyć sektory, kraje lub języki i opublikować je ponownie.
call-rejected-poster = Twoje zaproszenie „{ $need }” nie zostało zatwierdzone. Zespół centrum chętnie pomoże je poprawić.
call-interest =
    Zgłoszenie do Twojego zaproszenia „{ $need }”:

    { $name } ({ $place })
    { $offer }

    Możesz pisać bezpośrednio: { $handle }
call-btn-agreed = Współpraca ustalona
call-interest-sent = Dziękujemy! Twój profil został przekazany organizacji; może napisać do Ciebie bezpośrednio.
call-agreed-noted = Zapisano: współpraca ustalona. Dziękujemy!
catalogue-error-call-need-invalid = Opisz, czego potrzebujesz, w najwyżej 1000 znakach.
catalogue-error-call-sectors-invalid = Wybierz od jednego do trzech sektorów z listy.
catalogue-error-call-filters-invalid = Wybierz kraje i języki z list.
catalogue-error-call-deadline-invalid = To nie jest data. Wpisz ją jako 2027-03-31 albo 31.03.2027.
catalogue-error-call-deadline-past = Data musi być w przyszłości.
catalogue-error-call-budget-invalid = Wpisz budżet jako liczbę albo przedział, np. 1000-5000.
catalogue-error-call-organisation-invalid = Nazwa organizacji może mieć najwyżej 120 znaków.
catalogue-error-call-not-found = To zaproszenie nie jest już dostępne.
catalogue-error-call-not-pending = To zaproszenie zostało już rozpatrzone.
catalogue-error-call-closed = To zaproszenie jest zamknięte: termin minął.
catalogue-error-call-no-profile = Aby odpowiedzieć na zaproszenie, potrzebujesz zatwierdzonego profilu w sieci. Utwórz go poleceniem /profile.
catalogue-error-call-already-interested = Zgłoszenie do tego zaproszenia zostało już wysłane.
catalogue-error-call-already-agreed = To porozumienie jest już zapisane.

## Cotygodniowe podsumowanie
cmd-digest = Podsumowanie tygodnia: wydarzenia, zaproszenia, nowe odpowiedzi
digest-intro = Raz w tygodniu bot może wysłać Ci to, co nowe: wydarzenia na najbliższy tydzień, zaproszenia do współpracy pasujące do Twojego profilu oraz nowe lub zaktualizowane odpowiedzi. W tygodniu bez nowości nic nie przyjdzie.
digest-ask-weekday = W jaki dzień tygodnia?
digest-ask-hour = O której godzinie w dniu: { $weekday }? Strefa czasowa: { $zone }.
digest-subscribed = Gotowe, podsumowanie tygodnia jest zamówione.
digest-current = Podsumowanie przychodzi w każdy dzień: { $weekday }, o { $time } ({ $zone }).
digest-dst-note = { $date } zmienia się czas na letni i godzina { $time } nie istnieje; tego dnia podsumowanie przyjdzie o { $shifted }.
digest-btn-change = Zmień dzień lub godzinę
digest-btn-unsubscribe = Wypisz się
digest-unsubscribed = Podsumowanie tygodnia zostało wyłączone. Możesz je w każdej chwili włączyć ponownie poleceniem /digest.
digest-not-subscribed = Podsumowanie tygodnia nie jest włączone.
digest-head = <b>Twoje podsumowanie tygodnia</b>
digest-events = <b>Wydarzenia w najbliższym tygodniu</b>
digest-calls = <b>Zaproszenia do współpracy pasujące do Twojego profilu</b>
digest-kb = <b>Nowe i zaktualizowane odpowiedzi</b>
digest-times-in = Strefa czasowa: { $zone }.
digest-body = { $body }
catalogue-error-digest-invalid = Wybierz dzień i godzinę przyciskami.
