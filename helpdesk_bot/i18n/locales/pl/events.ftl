## Wydarzenia: warsztaty, targi, webinaria, zapisy, subskrypcje, ogłoszenia, wysyłki.

cmd-myevents = Moje zapisy na wydarzenia
cmd-unsubscribe = Wyłącz wszystkie ogłoszenia

ev-kind-workshop = Warsztat
ev-kind-trade_fair = Targi
ev-kind-webinar = Webinar
ev-kind-networking = Spotkanie networkingowe
ev-kind-other = Wydarzenie

ev-card-kind = 🏷 { $kind }
ev-card-when-line = 🕒 { $when }
ev-card-venue-time-line = 📍 Na miejscu: { $when } ({ $zone })
ev-card-venue = 📍 { $venue }
ev-card-online = 💻 Online: { $url }
ev-card-organiser = 👤 Organizator: { $organiser }
ev-card-topics = 📚 Tematy: { $topics }
ev-card-cancelled = ❌ <b>To wydarzenie zostało odwołane.</b>
ev-card-external = 📝 Zapisy na stronie organizatora: { $url }
ev-card-closed = 📝 Zapisy są zamknięte.
ev-card-open = 📝 Zapisy są otwarte.
ev-card-seats = 📝 { $count ->
        [one] Zostało { $count } miejsce
        [few] Zostały { $count } miejsca
       *[other] Zostało { $count } miejsc
    }
ev-card-full = 📝 Brak wolnych miejsc: możesz zapisać się na listę rezerwową ({ $count ->
        [one] czeka { $count } osoba
        [few] czekają { $count } osoby
       *[other] czeka { $count } osób
    }).
ev-card-deadline-line = ⏳ Zapisy do { $deadline }
ev-description = { $description }
ev-other-language = (To wydarzenie nie ma jeszcze opisu w Twoim języku.)

ev-list-title = <b>Nadchodzące wydarzenia</b> ({ $count })
ev-list-line = { $n }. <b>{ $title }</b> · { $kind } · { $when }
ev-list-empty = Na razie nie ma dla Ciebie nadchodzących wydarzeń. Zasubskrybuj ogłoszenia, a dowiesz się o nowych od razu.
ev-not-found = To wydarzenie nie istnieje albo nie jest dostępne.

ev-button-register = ✅ Zapisz mnie
ev-button-details = ℹ Szczegóły
ev-button-cancel = ✖ Anuluj mój zapis
ev-button-calendar = 📅 Dodaj do kalendarza
ev-button-share = 🔗 Udostępnij
ev-button-share-telegram = Udostępnij w Telegramie
ev-button-external = 📝 Zapisz się na stronie organizatora
ev-button-mine = 🎟 Moje zapisy
ev-button-back = ◀ Wstecz
ev-button-attendees = 👥 Uczestnicy
ev-button-edit = ✏ Edytuj
ev-button-cancel-event = ❌ Odwołaj wydarzenie
ev-button-cancel-event-yes = ❌ Tak, odwołaj
ev-button-abort = ✖ Przerwij

ev-you-registered = ✅ Masz zapis na to wydarzenie.
ev-you-waitlisted = ⏳ Jesteś na liście rezerwowej (numer { $position }).
ev-registered = ✅ Zapisano Cię! Przypomnę Ci dzień wcześniej. Przyciskiem poniżej dodasz wydarzenie do kalendarza.
ev-waitlisted = ⏳ Brak wolnych miejsc, więc jesteś na liście rezerwowej (numer { $position }). Dam Ci znać, gdy tylko zwolni się miejsce.
ev-register-already-registered = Masz już zapis na to wydarzenie.
ev-register-already-waitlisted = Jesteś już na liście rezerwowej (numer { $position }).
ev-register-closed = Niestety zapisy na to wydarzenie są już zamknięte.
ev-register-not-found = To wydarzenie nie istnieje albo nie jest dostępne.
ev-register-not-in-bot = Na to wydarzenie nie zapisuje się przez bota.
ev-register-cancelled-event = To wydarzenie zostało odwołane.
ev-unregistered = Twój zapis na „{ $title }” został anulowany. Dziękujemy za informację: Twoje miejsce dostanie następna osoba z listy rezerwowej.
ev-not-registered = Nie masz zapisu na to wydarzenie.
ev-already-started = Wydarzenie już się rozpoczęło, więc nie można anulować zapisu.
ev-ics-caption = 📅 { $title }: otwórz plik, aby dodać wydarzenie do kalendarza.
ev-share-text = Udostępnij ten link: każdy, kto go otworzy, zobaczy w bocie „{ $title }”.
    { $link }

ev-mine-title = <b>Twoje zapisy</b>
ev-mine-empty = Nie masz zapisów na żadne nadchodzące wydarzenie. Zobacz /events.
ev-status-registered = zapis potwierdzony
ev-status-waitlisted = lista rezerwowa, numer { $position }

ev-announce-intro = 📣 <b>Nowe wydarzenie</b>
ev-notice-reminder = ⏰ Przypomnienie: „{ $title }” odbędzie się jutro, { $when }.
ev-notice-promoted = 🎉 Zwolniło się miejsce: masz teraz zapis na „{ $title }” ({ $when }).
ev-notice-changed = ✏ Wydarzenie „{ $title }” się zmieniło. Oto nowe szczegóły:
ev-notice-cancelled = ❌ Przykro nam: wydarzenie „{ $title }” ({ $when }) zostało odwołane. Twój zapis został anulowany.

ev-attendees-title = <b>{ $title }</b>
    Zapisani: { $registered } · Lista rezerwowa: { $waitlisted }
ev-attendees-none = Nikt się jeszcze nie zapisał.
ev-attendees-mark-later = Obecność można zaznaczyć tutaj, gdy wydarzenie się rozpocznie.
ev-attendees-mark-hint = Stuknij osobę, aby zaznaczyć, czy przyszła.
ev-cancel-event-confirm = Odwołać „{ $title }”? { $count ->
        [one] Powiadomimy { $count } osobę zapisaną lub czekającą.
        [few] Powiadomimy { $count } osoby zapisane lub czekające.
       *[other] Powiadomimy { $count } osób zapisanych lub czekających.
    }
ev-event-cancelled-done = Wydarzenie zostało odwołane. { $count ->
        [one] Powiadomimy { $count } osobę.
        [few] Powiadomimy { $count } osoby.
       *[other] Powiadomimy { $count } osób.
    }
ev-edit-choose = Co chcesz zmienić w „{ $title }”?
ev-edit-field-time = 🕒 Data i godzina
ev-edit-field-place = 📍 Miejsce lub link online
ev-edit-field-capacity = 👥 Liczba miejsc
ev-edit-field-title = 🏷 Tytuł
ev-edit-ask-time = Wyślij nowy początek i koniec, na przykład <code>2026-12-10 10:00 - 14:00</code> (strefa czasowa: { $timezone }).
ev-edit-ask-place = Wyślij nowy adres miejsca albo link online.
ev-edit-ask-capacity = Wyślij nową liczbę miejsc.
ev-edit-ask-title = Wyślij nowy tytuł.
ev-edit-done = ✅ Zapisano. { $count ->
        [0] Nie trzeba nikogo powiadamiać.
        [one] Powiadomimy o zmianie { $count } osobę zapisaną lub czekającą.
        [few] Powiadomimy o zmianie { $count } osoby zapisane lub czekające.
       *[other] Powiadomimy o zmianie { $count } osób zapisanych lub czekających.
    }

evn-ask-kind = <b>Nowe wydarzenie</b>. Jakiego rodzaju to wydarzenie?
evn-ask-title = Wyślij tytuł (w swoim języku; osoby mówiące innymi językami też go zobaczą).
evn-ask-description = Wyślij krótki opis albo pomiń ten krok.
evn-ask-start = Kiedy się zaczyna? Na przykład <code>jutro 9:00</code> albo <code>{ $example }</code> (strefa czasowa: { $timezone }).
evn-ask-end = Kiedy się kończy? Godzina, np. <code>14:00</code>, albo data i godzina.
evn-ask-place = Wyślij adres miejsca albo link online (https://…).
evn-ask-topics = Jakich tematów dotyczy? Stuknij, aby wybrać, potem Dalej.
evn-ask-countries = Dla osób z jakich krajów? Nie wybieraj żadnego, jeśli dla wszystkich, potem Dalej.
evn-ask-registration = Jak można się zapisać?
evn-reg-bot = ✅ W bocie (z limitem miejsc)
evn-reg-external = 🔗 Na zewnętrznej stronie
evn-reg-none = 🚪 Bez zapisów
evn-ask-capacity = Ile jest miejsc?
evn-ask-deadline = Do kiedy można się zapisywać? Na przykład <code>2026-12-08 18:00</code>, albo pomiń, aby zapisy trwały do rozpoczęcia.
evn-ask-registration_url = Wyślij link do strony zapisów (https://…).
evn-ask-publish_at = Kiedy opublikować i ogłosić wydarzenie? Na przykład <code>jutro 9:00</code> albo <code>{ $example }</code> (strefa czasowa: { $timezone }).
evn-button-next = Dalej ▶
evn-button-skip = Pomiń
evn-button-publish = 📣 Opublikuj teraz
evn-button-schedule = 🕒 Zaplanuj
evn-preview = <b>Podgląd</b>: tak zobaczą to wydarzenie odbiorcy.
evn-published = ✅ Opublikowano. { $count ->
        [0] Żaden subskrybent jeszcze nie pasuje do tego wydarzenia.
        [one] Ogłoszenie trafi do { $count } subskrybenta.
       *[other] Ogłoszenie trafi do { $count } subskrybentów.
    }
    Link do udostępnienia: { $link }
evn-scheduled = 🕒 Zaplanowano na { $when }. { $count ->
        [0] Żaden subskrybent jeszcze nie pasuje do tego wydarzenia.
        [one] Ogłoszenie trafi do { $count } subskrybenta.
       *[other] Ogłoszenie trafi do { $count } subskrybentów.
    }
    Link do udostępnienia: { $link }
evn-invalid = Nie można zapisać wydarzenia:
    { $problems }
evn-aborted = Przerwano. Nic nie zostało zapisane.
evn-bad-time = Nie rozumiem tej daty i godziny albo jest ona w przeszłości. Napisz ją tak: <code>2026-12-10 10:00</code> (strefa czasowa: { $timezone }).
evn-bad-number = Wyślij liczbę całkowitą większą od zera.
evn-bad-url = Wyślij link zaczynający się od https://

sub-text = <b>Ogłoszenia</b>
    Wybierz rodzaje wydarzeń i tematy, o których chcesz słyszeć. Dopóki czegoś nie wybierzesz, nic nie wyślemy, a każde ogłoszenie ma przycisk, którym je wyłączysz.
sub-countries = Flagi: kraje poza Twoim, z których też chcesz dostawać wydarzenia i ogłoszenia.
sub-menu-button = 🔔 Subskrypcje
sub-all-kinds = ✅ Wszystkie rodzaje wydarzeń
sub-stop-button = 🔕 Wyłącz wszystko
sub-unsubscribe-button = 🔕 Wyłącz ogłoszenia
sub-saved = Zapisano.
sub-stopped = 🔕 Nie będziesz już otrzymywać ogłoszeń. W każdej chwili możesz je znów włączyć poleceniem /subscribe.

announcement-text = 📣 { $text }
ann-ask-content = <b>Nowe ogłoszenie</b>. Wyślij tekst. Możesz też wysłać zdjęcie albo dokument z tekstem w podpisie.
ann-caption-too-long = Przy zdjęciu lub dokumencie tekst może mieć najwyżej { $limit } znaków. Skróć go albo wyślij sam tekst.
ann-audience = Kto ma je otrzymać? Jeśli nic nie wybierzesz, trafi do wszystkich subskrybentów; wybierz rodzaje lub tematy, aby zawęzić grono, a kraje lub języki, aby je ograniczyć.
    Odbiorcy teraz: <b>{ $count }</b>
ann-button-preview = 👁 Podgląd
ann-button-send = 📣 Wyślij teraz
ann-button-later = 🕒 Wyślij później
ann-preview = Tak wygląda ogłoszenie. { $count ->
        [one] Trafi do { $count } osoby.
       *[other] Trafi do { $count } osób.
    }
ann-ask-time = Kiedy je wysłać? Napisz tak, jak mówisz, na przykład <code>jutro 9:00</code>, <code>w piątek o 14</code>, <code>za 2 godziny</code> albo <code>{ $example }</code>. Godziny są w Twojej strefie czasowej: { $timezone }.
ann-sending = 📣 Wysyłam do { $count ->
        [one] { $count } osoby
       *[other] { $count } osób
    }. Gdy skończę, dostaniesz raport z doręczenia; postęp pokazuje /broadcasts.
ann-scheduled = 🕒 Zaplanowano na { $when }, do { $count ->
        [one] { $count } osoby
       *[other] { $count } osób
    } (subskrybenci w chwili planowania).

bc-title = <b>Wysyłki</b>
bc-none-running = Żadna wysyłka nie trwa.
bc-running-line = ▶ { $title }: { $done }/{ $total } ({ $percent } %) · wysłane { $sent } · nieudane { $failed } · zablokowane { $blocked } · od { $when }
bc-recent-title = Ostatnio zakończone:
bc-finished-line = ✔ { $title }: { $total } · wysłane { $sent } · nieudane { $failed } · zablokowane { $blocked }
broadcast-report = 📊 <b>Raport z doręczenia</b>: { $title }
    Odbiorcy: { $total }
    Wysłane: { $sent }
    Nieudane: { $failed }
    Zablokowali bota: { $blocked }
    Już nieaktualne: { $cancelled }
    Czas trwania: { $duration }
ann-preview-none = ⚠️ Nikt go teraz nie otrzyma: żaden subskrybent nie pasuje do tych wyborów. Ogłoszenia dostają osoby, które zapisały się przez /subscribe. Zmień odbiorców albo poczekaj, aż ktoś się zapisze.
ann-button-recipients = ✏️ Zmień odbiorców
ann-audience-legend = Flagi to kraje, w których odbiorcy prowadzą działalność; 🗣 to język, w którym czytają.
ann-time-past = Ten moment już minął. Podaj czas w przyszłości, na przykład <code>{ $example }</code> (strefa czasowa: { $timezone }).
ann-time-ambiguous = Dopisz godzinę, na przykład <code>jutro 9:00</code> albo <code>{ $example }</code> (strefa czasowa: { $timezone }).
ann-time-unreadable = Nie rozumiem tego terminu. Napisz go na przykład tak: <code>jutro 9:00</code>, <code>za 2 godziny</code> albo <code>{ $example }</code> (strefa czasowa: { $timezone }).
ann-confirm-time = 🕒 Ogłoszenie wyjdzie { $when } do { $count ->
        [one] { $count } osoby
       *[other] { $count } osób
    } (subskrybenci, którzy pasują teraz). Zaplanować?
ann-button-confirm-time = ✅ Zaplanuj
ann-button-change-time = ✏️ Zmień termin
ann-button-texts = 🌐 Teksty w innych językach
ann-ask-text-language = W jakim języku chcesz dodać tekst? Każdy odbiorca dostanie tekst w swoim języku, a jeśli go nie ma, tekst główny.
ann-ask-text-in = Wyślij tekst w języku: { $language }.
ann-texts-given = Osobne teksty: { $languages }. Pozostali dostaną tekst główny.
