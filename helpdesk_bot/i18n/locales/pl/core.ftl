## Core: onboarding, menu, settings, roles, errors. Polish translation of the English reference catalog.

start-hello = 👋 Cześć! Tu punkt pomocy dla przedsiębiorców z branży kreatywnej: rzemieślników, projektantów, ilustratorów, muzyków i małych studiów.
    Wybierz swój język:
start-welcome-back = 👋 Witaj ponownie, { $name }!

privacy-notice =
    <b>Informacja o prywatności</b> (wersja { $version })

    Aby Ci pomóc, przechowujemy: Twój identyfikator w Telegramie, Twoje imię i język, wybrany przez Ciebie kraj i strefę czasową, zadawane przez Ciebie pytania, Twoje rezerwacje, zapisy na wydarzenia i opinie.
    • Używamy ich wyłącznie do odpowiadania na Twoje pytania, umawiania konsultacji i wydarzeń oraz do anonimowych statystyk, które centrum przekazuje instytucjom finansującym jego działalność.
    • Doradcy widzą Twoje imię i pytanie, ale nigdy Twojej nazwy użytkownika w Telegramie, chyba że na to pozwolisz.
    • Treść pytań i komentarzy usuwamy po { $days } { $days ->
        [one] dniu
        [few] dniach
        [many] dniach
       *[other] dnia
    }.
    • /mydata wysyła Ci wszystko, co o Tobie przechowujemy; /forget to usuwa.

    Czy się zgadzasz?
privacy-accept = ✅ Zgadzam się
privacy-decline = ✖ Nie, dziękuję
privacy-accepted = Dziękujemy! Twoja zgoda została zapisana.
privacy-declined = Nie ma sprawy. Przechowujemy wyłącznie Twój identyfikator w Telegramie i wybrany język. W każdej chwili możesz ponownie przeczytać informację i wyrazić zgodę, wysyłając /start.
privacy-required = Zanim Ci pomogę, przeczytaj i zaakceptuj informację o prywatności.
privacy-new-version = Nasza informacja o prywatności się zmieniła. Przeczytaj ją i ponownie wyraź zgodę, aby dalej korzystać z punktu pomocy.
privacy-status = Twoja zgoda na informację o prywatności w wersji { $version } została zapisana { $date }.

choose-language = Wybierz swój język:
language-set = Od teraz piszę do Ciebie po polsku.
choose-country = Gdzie działa Twoja firma? Dzięki temu podam Ci przepisy obowiązujące w Twoim kraju.
country-set = Ustawiono kraj: { $country }. Strefa czasowa: { $timezone }.

country-PL = Polska
country-CZ = Czechy
country-SI = Słowenia
country-DE = Niemcy
country-LT = Litwa
country-SE = Szwecja
country-OTHER = Inny kraj

menu-text = W czym mogę pomóc? W każdej chwili możesz wpisać pytanie własnymi słowami albo wybrać:
menu-ask = ❓ Zadaj pytanie
menu-book = 📅 Umów konsultację
menu-events = 🎟 Wydarzenia
menu-settings = ⚙ Ustawienia
menu-topics = 📚 Przeglądaj tematy
coming-soon = Ta część punktu pomocy będzie dostępna już wkrótce.
ask-prompt = Wpisz pytanie własnymi słowami, w dowolnym z naszych języków. Na przykład: „Jak zarejestrować działalność gospodarczą?”

help-text =
    <b>Jak mogę pomóc</b>
    • Zadaj pytanie własnymi słowami: odpowiem na podstawie naszej bazy wiedzy albo przekażę je doradcy.
help-advisor =
    <b>Dla doradców</b>
help-staff =
    <b>Dla personelu</b>

settings-text =
    <b>Twoje ustawienia</b>
    Język: { $language }
    Kraj: { $country }
    Strefa czasowa: { $timezone }
    Doradcy mogą widzieć Twoją nazwę użytkownika w Telegramie: { $share ->
        [yes] tak
       *[no] nie
    }
settings-language = 🌐 Język
settings-country = 📍 Kraj
settings-timezone = 🕒 Strefa czasowa
settings-share-on = 👁 Pokaż doradcom nazwę użytkownika
settings-share-off = 🙈 Ukryj nazwę użytkownika przed doradcami
settings-share-set = { $share ->
        [yes] Doradcy mogą teraz widzieć Twoją nazwę użytkownika w Telegramie.
       *[no] Doradcy nie będą widzieć Twojej nazwy użytkownika w Telegramie.
    }
country-not-set = nie ustawiono
choose-timezone = Wybierz strefę czasową albo wyślij /timezone z jej nazwą (na przykład /timezone Europe/Vilnius):
timezone-set = Ustawiono strefę czasową: { $timezone }. Godziny będą teraz wyświetlane tak: { $example }
time-zone-line = 🕒 Strefa czasowa: { $zone }
centre-name-default = Centrum wsparcia biznesu
timezone-invalid = Nie znam strefy czasowej „{ $value }”. Użyj nazwy w rodzaju Europe/Berlin.

unsupported-content = Przepraszam, potrafię czytać tylko wiadomości tekstowe. Wpisz swoje pytanie.
unknown-command = Nie znam tego polecenia. /help pokazuje, co potrafię.
stale-button = Ten przycisk jest już nieaktualny. Zacznij od nowa z menu (/start).
invalid-link = Ten link jest już nieaktualny. Oto menu główne.
error-apology = Przepraszam, coś poszło nie tak po mojej stronie. Spróbuj ponownie za chwilę; jeśli problem się powtórzy, pomoże Ci doradca (/book).
text-too-long = Twoja wiadomość jest bardzo długa, więc uwzględniam tylko { $limit ->
        [one] pierwszy { $limit } znak
        [few] pierwsze { $limit } znaki
        [many] pierwszych { $limit } znaków
       *[other] pierwsze { $limit } znaku
    }.

not-allowed-staff = Przepraszam, to jest dostępne tylko dla personelu punktu pomocy.
not-allowed-advisor = Przepraszam, to jest dostępne tylko dla doradców punktu pomocy.

role-advisor = doradca
role-staff = personel
grant-usage = Użycie: /grant advisor|staff USER_ID albo odpowiedz /grant advisor|staff na przekazaną wiadomość od tej osoby.
revoke-usage = Użycie: /revoke advisor|staff USER_ID albo odpowiedz /revoke advisor|staff na przekazaną wiadomość od tej osoby.
grant-done = { $name } ma teraz rolę: { $role }.
revoke-done = { $name } nie ma już roli: { $role }.
role-granted-you = Masz teraz w punkcie pomocy rolę: { $role }. /help pokazuje, co możesz robić.
role-revoked-you = Nie masz już w punkcie pomocy roli: { $role }.
role-error-unknown_person = Ta osoba jeszcze nie uruchomiła bota; poproś ją, żeby najpierw wysłała /start.
role-error-already_has_role = Ta osoba ma już tę rolę.
role-error-does_not_have_role = Ta osoba nie ma tej roli.
role-error-configured_staff = Ta osoba jest wpisana do personelu w konfiguracji (HELPDESK_STAFF_IDS) i nie można odebrać jej tej roli w bocie.
role-error-self_revoke = Nie możesz odebrać sobie roli personelu.
role-error-hidden_forward = Ustawienia prywatności tej osoby ukrywają jej konto w przekazanych wiadomościach. Użyj jej numerycznego identyfikatora użytkownika.
roles-list-title = <b>Osoby z rolami</b>
roles-list-empty = Nikt nie ma jeszcze żadnej roli.
roles-list-line = • { $name } (id { $id }): { $roles }

cmd-start = Start i menu główne
cmd-help = Co potrafię
cmd-ask = Zadaj pytanie
cmd-topics = Przeglądaj tematy
cmd-book = Umów konsultację
cmd-mybookings = Moje konsultacje
cmd-events = Warsztaty i targi
cmd-subscribe = Ogłoszenia, które otrzymuję
cmd-settings = Język, kraj, strefa czasowa
cmd-language = Zmień język
cmd-privacy = Informacja o prywatności
cmd-mydata = Eksportuj moje dane
cmd-forget = Usuń moje dane
cmd-inbox = Pytania do doradców
cmd-agenda = Moje konsultacje jako doradca
cmd-availability = Moje godziny dostępności
cmd-grant = Nadaj rolę
cmd-revoke = Odbierz rolę
cmd-roles = Osoby z rolami
cmd-report = Raport wskaźników
cmd-gaps = Luki w bazie wiedzy
cmd-reload = Przeładuj bazę wiedzy
cmd-newevent = Utwórz wydarzenie
cmd-announce = Wyślij ogłoszenie
cmd-broadcasts = Trwające wysyłki
cmd-timezone = Zmień strefę czasową

onb-interests = <b>Ogłoszenia (opcjonalnie)</b>
    Chcesz dostawać informacje o warsztatach, targach i innych wydarzeniach? Wybierz rodzaje wydarzeń i tematy, które Cię interesują, i naciśnij Subskrybuj. Flagi dodają kraje poza Twoim, z których też chcesz znać wydarzenia. Możesz to zmienić w każdej chwili przez /subscribe.
onb-interests-done = 🔔 Subskrybuj
onb-interests-skip = Pomiń
onb-interests-saved = 🔔 Zapisano subskrypcję. Wybrane pozycje: { $count }. Każde ogłoszenie ma przycisk, który je wyłącza; zmienisz je przez /subscribe.
onb-interests-skipped = Na razie bez ogłoszeń. Możesz je zasubskrybować w każdej chwili przez /subscribe.
