## Konsultacje: rezerwacja, potwierdzenie, przypomnienia, opinie, doradcy.

cmd-advisors = Doradcy (pokaż, ukryj, import)

consult-mode-online = 💻 Online
consult-mode-in_person = 🏢 Na miejscu
consult-mode-phone = 📞 Telefonicznie

consult-state-requested = czeka na doradcę
consult-state-confirmed = potwierdzona
consult-state-declined = odrzucona
consult-state-expired = wygasła
consult-state-cancelled = odwołana
consult-state-held = odbyła się
consult-state-no_show = nieobecność
consult-state-unknown = zamknięta

consult-booking =
    📅 <b>{ $when }</b> ({ $state })
    Doradca: { $advisor } · { $topic }
    { $mode }: { $place }
    Twoje pytanie: { $description }
consult-booking-advisor =
    📅 <b>{ $when }</b> #{ $id } ({ $state })
    Z: { $person } · { $topic }
    { $mode }: { $place }
    Pytanie: { $description }

consult-choose-topic = 📅 <b>Umów bezpłatną konsultację</b>
    O czym chcesz porozmawiać?
consult-from-question = Twoje pytanie: „{ $question }”
consult-btn-book-about-question = 📅 Umów konsultację w tej sprawie
consult-no-advisor = Niestety, obecnie żaden doradca nie przyjmuje rezerwacji w temacie { $topic }. Wybierz inny temat.
consult-btn-other-topic = ↩ Inny temat
consult-choose-advisor = Doradcy w temacie <b>{ $topic }</b>. Wybierz jednego lub pierwszego wolnego:
consult-no-advisor-in-language = (Żaden doradca w tym temacie nie mówi w Twoim języku; ci mówią w podanych językach.)
consult-advisor-line = <b>{ $name }</b> ({ $languages })
    { $bio }
consult-btn-first-available = ⚡ Pierwszy wolny doradca
consult-no-slots = Niestety, w najbliższych tygodniach nie ma wolnych terminów.
consult-btn-other-advisor = ↩ Inny doradca
consult-choose-day = Wybierz dzień. Godziny podane są w Twojej strefie czasowej ({ $timezone }).
consult-btn-abort = ✖ Anuluj
consult-choose-time = Wolne godziny w dniu <b>{ $day }</b> ({ $timezone }):
consult-btn-other-day = 📅 Inny dzień
consult-choose-mode = { $when }. Jak chcesz się spotkać?
consult-ask-description = Napisz w jednej wiadomości, o czym chcesz porozmawiać. Jedno lub dwa zdania pomogą doradcy się przygotować.
consult-btn-skip = Pomiń
consult-first-available-advisor = pierwszy wolny doradca
consult-summary =
    <b>Sprawdź swoją rezerwację</b>
    Temat: { $topic }
    Doradca: { $advisor }
    Kiedy: { $when }
    Czas trwania: { $length }
    Forma: { $mode }
    Twoje pytanie: { $description }
consult-summary-reschedule =
    <b>Przenieś konsultację na:</b>
    Temat: { $topic }
    Doradca: { $advisor }
    Kiedy: { $when }
    Czas trwania: { $length }
    Forma: { $mode }
    Twoje pytanie: { $description }
consult-btn-confirm = ✅ Potwierdź
consult-slot-taken = Ktoś przed chwilą zarezerwował ten termin. Te terminy są nadal wolne ({ $zone }):
consult-slot-gone = Ten termin nie jest już wolny. Wybierz inny.
consult-too-many = Masz już { $limit ->
        [one] { $limit } nadchodzącą konsultację
        [few] { $limit } nadchodzące konsultacje
       *[other] { $limit } nadchodzących konsultacji
    } – to najwięcej, ile może mieć jedna osoba. Zobacz je w /mybookings.
consult-cannot-book = Niestety, ta rezerwacja nie jest już możliwa. Zacznij od nowa poleceniem /book.
consult-booked-requested = 📨 Prośba została wysłana do: { $advisor }, termin { $when }. Dostaniesz wiadomość, gdy tylko zostanie potwierdzona.
consult-booked-confirmed = ✅ Zarezerwowano: { $when }, doradca { $advisor }. Potwierdzenie z plikiem kalendarza jest w drodze.
consult-rescheduled-requested = 📨 Poprosiliśmy doradcę { $advisor } o potwierdzenie nowego terminu: { $when }.
consult-rescheduled-confirmed = ✅ Przeniesiono na { $when }, doradca { $advisor }. Nowy plik kalendarza jest w drodze.
consult-too-late = Do konsultacji zostało mniej niż { $hours ->
        [one] { $hours } godzina
        [few] { $hours } godziny
       *[other] { $hours } godzin
    }, więc nie można jej już tu zmienić. Skontaktuj się bezpośrednio z doradcą ({ $advisor }): { $contact }
consult-my-none = Nie masz nadchodzących konsultacji.
consult-btn-book = 📅 Umów konsultację
consult-my-title = { $count ->
        [one] Twoja nadchodząca konsultacja:
        [few] Twoje { $count } nadchodzące konsultacje:
       *[other] Twoich { $count } nadchodzących konsultacji:
    }
consult-btn-reschedule = 🔁 Zmień termin
consult-btn-cancel = ✖ Odwołaj
consult-cancel-sure = Odwołać konsultację z: { $advisor }, { $when }?
consult-btn-cancel-yes = Tak, odwołaj
consult-btn-keep = Nie, zostaw
consult-no-longer = Tej konsultacji nie można już w ten sposób zmienić.
consult-cancelled = Twoja konsultacja { $when } została odwołana. Doradca został powiadomiony.
consult-draft-expired = Ta rezerwacja została przerwana. Zacznij, proszę, od nowa.
consult-aborted = Rezerwacja anulowana. Nic nie zostało zarezerwowane.
consult-not-found = Ten przycisk nie jest dla Ciebie albo rezerwacja już nie istnieje.

consult-feedback-thanks = Dziękujemy za ocenę ({ $rating }/5)! Chcesz dodać komentarz?
consult-btn-comment = 💬 Dodaj komentarz
consult-ask-comment = Napisz komentarz w jednej wiadomości.
consult-comment-thanks = Dziękujemy, komentarz został zapisany.

consult-reason = Powód: { $reason }
consult-person-zone = 🌍 { $person }: inna strefa czasowa ({ $zone }), tam będzie to { $time }.
consult-alternatives = Inne wolne terminy u tego samego doradcy:
consult-btn-other-times = 📅 Inne terminy

consult-ics-summary = Konsultacja: { $name }
consult-ics-description = { $topic } · { $mode }: { $place }
    { $description }

consult-n-request =
    📨 <b>Nowa prośba o konsultację</b>
    Kiedy: { $when }
    Od: { $person }
    Temat: { $topic } · { $mode }
    Pytanie: { $description }
consult-n-request-moved =
    🔁 <b>Rezerwacja została przeniesiona i czeka na Twoje potwierdzenie</b>
    Nowy termin: { $when }
    Od: { $person }
    Temat: { $topic } · { $mode }
    Pytanie: { $description }
consult-btn-accept = ✅ Przyjmij
consult-btn-decline = ✖ Odrzuć
consult-n-confirmed =
    ✅ <b>Twoja konsultacja jest potwierdzona</b>
    { $when }, doradca { $advisor }
    { $mode }: { $place }
    Załączony plik doda ją do Twojego kalendarza. Zmiany: /mybookings.
consult-n-confirmed-advisor =
    ✅ <b>Konsultacja potwierdzona</b>
    { $when } z: { $person }
    { $topic } · { $mode }: { $place }
consult-n-declined = ✖ { $advisor } nie może przyjąć Twojej konsultacji w terminie { $when }.
consult-n-expired = ⌛ Twoja konsultacja w terminie { $when } nie została potwierdzona na czas (doradca: { $advisor }), więc prośba wygasła.
consult-n-cancelled-by-advisor = ✖ { $advisor } musi odwołać Twoją konsultację w terminie { $when }. Przepraszamy.
consult-n-cancelled-by-person = ✖ Konsultacja w terminie { $when } została odwołana przez osobę, która ją zarezerwowała: { $person }.
consult-n-cancelled-erased = ✖ Konsultacja w terminie { $when } została odwołana: osoba poprosiła o usunięcie swoich danych.
consult-n-reminder = ⏰ Przypomnienie: konsultacja { $hours ->
        [one] za { $hours } godzinę
        [few] za { $hours } godziny
       *[other] za { $hours } godzin
    }, { $when }
    Uczestnicy: { $advisor } / { $person }
    { $mode }: { $place }
consult-n-attendance = Czy konsultacja z: { $person }, { $when }, się odbyła?
consult-btn-held = ✅ Odbyła się
consult-btn-noshow = 🚫 Nieobecność
consult-n-feedback = Jak bardzo pomocna była Twoja konsultacja z: { $advisor }, { $when }? 1 = wcale, 5 = bardzo.
consult-btn-star1 = 1
consult-btn-star2 = 2
consult-btn-star3 = 3
consult-btn-star4 = 4
consult-btn-star5 = 5

consult-accepted = ✅ Przyjęto: { $person }, { $when }. Oboje dostaniecie plik kalendarza.
consult-request-closed = Ta prośba ma już status: { $state }.
consult-ask-decline-reason = Dlaczego odrzucasz? Wpisz krótki powód dla przedsiębiorcy albo odrzuć bez podania powodu.
consult-btn-decline-no-reason = Odrzuć bez powodu
consult-declined = Odrzucono: { $person }, { $when }. Zaproponowano inne terminy.
consult-ask-cancel-reason = Odwołać konsultację z: { $person }, { $when }? Wpisz krótki powód albo odwołaj bez podania powodu.
consult-btn-cancel-no-reason = Odwołaj bez powodu
consult-advisor-cancelled = Odwołano: { $person }, { $when }. Osoba została powiadomiona i dostała propozycje innych terminów.
consult-too-early = Możesz to zapisać, gdy konsultacja już się zacznie.
consult-attendance-recorded = Zapisano dla: { $person }, { $when }: { $state }. Możesz dodać krótką notatkę o wyniku (widzą ją tylko doradcy i personel).
consult-btn-note = 📝 Notatka o wyniku
consult-ask-note = Napisz notatkę o wyniku w jednej wiadomości (widzą ją tylko doradcy i personel).
consult-note-saved = Notatka zapisana.
consult-note-line = 📝 { $note }

consult-agenda-today = <b>Dziś, { $date }</b> ({ $timezone })
consult-agenda-week = <b>Najbliższe 7 dni</b>
consult-agenda-empty = Brak konsultacji.

consult-weekday-mon = pon.
consult-weekday-tue = wt.
consult-weekday-wed = śr.
consult-weekday-thu = czw.
consult-weekday-fri = pt.
consult-weekday-sat = sob.
consult-weekday-sun = niedz.
consult-availability-title = <b>Twoje godziny</b> ({ $timezone }; konsultacje po { $slot } min, { $buffer } min przerwy)
consult-availability-no-hours = Brak godzin tygodniowych: nikt nie może się do Ciebie zapisać.
consult-availability-exceptions = <b>Wyjątki</b>
consult-exception-off = wolne
consult-exception-extra = dodatkowe godziny
consult-whole-day = cały dzień
consult-availability-help =
    Dodaj godziny tygodniowe: <code>/availability add mon 09:00-12:00</code>
    Dzień wolny: <code>/availability off 2026-12-24</code> (albo jego część: dodaj <code>13:00-17:00</code>)
    Dodatkowe godziny: <code>/availability extra 2026-12-27 10:00-12:00</code>
    Naciśnij ✖, aby usunąć godziny lub wyjątek.
consult-availability-usage = Nie rozumiem. Na przykład: <code>/availability add mon 09:00-12:00</code>, <code>/availability off 2026-12-24</code> albo <code>/availability extra 2026-12-27 10:00-12:00</code>.
consult-availability-saved = Zapisano.
consult-availability-removed = Usunięto.

consult-advisors-title = <b>Doradcy</b>
consult-advisors-line = <b>{ $name }</b> (id { $id }, { $state }), { $languages }
    { $expertise }
consult-advisor-active = dostępny do rezerwacji
consult-advisor-inactive = ukryty
consult-btn-hide = Ukryj
consult-btn-show = Pokaż
consult-advisors-empty = Nie ma jeszcze doradców.
consult-advisors-import-help = Doradców z profilami i godzinami dodasz lub zaktualizujesz z pliku YAML: <code>helpdesk-bot advisors import advisors.yaml</code> (zob. advisors.sample.yaml).

## The booking flow: Back, and the number for a phone consultation
consult-btn-back = ◀ Wstecz
consult-btn-keep-as-is = ✅ Zostaw bez zmian
consult-ask-phone = 📞 Pod jakim numerem doradca może do Ciebie zadzwonić? Wpisz go z numerem kierunkowym kraju, np. +48 600 100 200. Zobaczy go tylko Twój doradca.
consult-mode-with-number = { $mode } (Twój numer: { $phone })
consult-your-number = Twój numer: { $phone }
consult-phone-invalid = To nie wygląda na numer telefonu. Wpisz od 7 do 15 cyfr (możesz użyć +, spacji, myślników i nawiasów), np. +48 600 100 200.
consult-phone-for-advisor = 📞 Zadzwoń pod numer { $phone }
