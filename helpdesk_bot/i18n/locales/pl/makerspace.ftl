## Makerspace: maszyny i stanowiska, szkolenia, grafik pracowni.

cmd-makerspace = Makerspace: zarezerwuj maszynę
cmd-workshop = Grafik pracowni, obecność, przerwy serwisowe
cmd-induct = Odnotuj szkolenie BHP

unit-hours = godziny

ms-length-min = { $minutes } min
ms-length-h = { $hours } godz.
ms-length-hmin = { $hours } godz. { $minutes } min

ms-none = W makerspace nie ma jeszcze maszyn do rezerwacji.
ms-title = 🛠 <b>Makerspace</b>: wolny czas maszyn dziś i w najbliższych 7 dniach (strefa czasowa: { $zone }). Wybierz maszynę, aby ją zarezerwować.
ms-overview-line = • <b>{ $resource }</b> ({ $units }): dziś wolne { $today } godz., w tym tygodniu { $week } godz.
ms-overview-line-closed = • <b>{ $resource }</b> ({ $units }): dziś już nieczynne, w tym tygodniu wolne { $week } godz.
ms-overview-induction = 　🔒 wymaga: { $induction }
ms-resource-head = 🛠 <b>{ $resource }</b> ({ $units })
ms-price = 💶 { $price }
ms-lengths = Jednorazowo można zarezerwować od { $min } do { $max }.
ms-no-free-days = Niestety w najbliższych dniach nie ma wolnych terminów.
ms-choose-day = Wybierz dzień (strefa czasowa: { $zone }):
ms-btn-back = ↩ Wszystkie maszyny
ms-day-full = Ten dzień jest już w pełni zarezerwowany. Wybierz inny dzień.
ms-btn-other-day = 📅 Inny dzień
ms-choose-start = <b>{ $resource }</b>, { $day }: wybierz godzinę rozpoczęcia ({ $zone }) albo wpisz ją, np. 14:30.
ms-start-unavailable = O tej godzinie nie ma wolnego miejsca ({ $resource }). Wybierz jedną z pokazanych godzin.
ms-choose-length = <b>{ $resource }</b> od { $when }. Na jak długo? (najwyżej { $max }; możesz też wpisać czas, np. 90 albo 1:30)
ms-length-unavailable = Od tej godziny maszyna nie jest wolna tak długo. Wybierz jeden z pokazanych czasów.
ms-summary =
    Sprawdź rezerwację:
    🛠 <b>{ $resource }</b>
    📅 { $when } do { $until } ({ $length })
ms-btn-confirm = ✅ Rezerwuję
ms-booked = ✅ Zarezerwowano: <b>{ $resource }</b> nr { $unit }, { $when } do { $until }. Plik kalendarza zaraz przyjdzie.
ms-moved = ✅ Przeniesiono: <b>{ $resource }</b> nr { $unit }, teraz { $when } do { $until }.
ms-alternatives = Najbliższe wolne terminy:
ms-type-start = Wpisz godzinę rozpoczęcia, np. 14:30, albo wybierz przycisk.
ms-type-length = Wpisz czas w minutach (wielokrotność { $slot }), np. 90 albo 1:30, albo wybierz przycisk.
ms-use-buttons = Skorzystaj z przycisków powyżej albo wyślij /cancel.

ms-induction-required = 🔒 Aby korzystać z tej maszyny ({ $resource }), potrzebujesz najpierw szkolenia: <b>{ $induction }</b>.
ms-induction-expired = 🔒 Minęła ważność Twojego szkolenia: <b>{ $induction }</b>. Odnów je, aby znów korzystać z tej maszyny ({ $resource }).
ms-induction-next = Najbliższy termin szkolenia: { $when }. Zapisz się poniżej.
ms-induction-ask = Aby umówić szkolenie, zwróć się do: { $contact }
ms-induction-ask-staff = Aby umówić szkolenie, zwróć się do obsługi makerspace.

ms-my-title = { $count ->
        [one] 🛠 Twoja nadchodząca rezerwacja maszyny:
        [few] 🛠 Twoje { $count } nadchodzące rezerwacje maszyn:
       *[other] 🛠 Twoich { $count } nadchodzących rezerwacji maszyn:
    }
ms-booking = 🛠 <b>{ $resource }</b> nr { $unit }
    📅 { $when } do { $until }
ms-btn-reschedule = 🔁 Zmień termin
ms-btn-cancel = ✖ Odwołaj rezerwację
ms-cancel-ask = Odwołać rezerwację: <b>{ $resource }</b>, { $when }?
ms-btn-cancel-yes = Tak, odwołaj
ms-cancelled = Rezerwacja ({ $resource }, { $when }) została odwołana; maszyna jest znów wolna dla innych.
ms-btn-rebook_unit = 🔁 Ta sama godzina, inna maszyna
ms-btn-rebook_time = 📅 Wybierz inny termin

ms-n-confirmed = ✅ Twoja rezerwacja: <b>{ $resource }</b> nr { $unit }, { $when } do { $until }. Prosimy o punktualność; plik kalendarza w załączniku.
ms-n-moved = 🔁 Rezerwacja została przeniesiona: <b>{ $resource }</b> nr { $unit }, { $when } do { $until }.
ms-n-reminder = ⏰ Przypomnienie: <b>{ $resource }</b> nr { $unit } czeka na Ciebie od { $when } do { $until }.
ms-n-closed = 🔧 Przepraszamy: <b>{ $resource }</b> nr { $unit } przechodzi serwis, dlatego rezerwacja na { $when } została odwołana. Zarezerwuj tę samą godzinę na innej maszynie albo wybierz inny termin:
ms-n-cancelled = Rezerwacja ({ $resource }, { $when }) została odwołana.
ms-ics-summary = Makerspace: { $resource } nr { $unit }
ms-ics-description = Rezerwacja nr { $id } w makerspace ({ $minutes } min).

ms-error-unknown_resource = Nie ma maszyny o nazwie „{ $code }”. Listę maszyn pokazuje /makerspace.
ms-error-unknown_induction = Nie ma szkolenia o nazwie „{ $code }”.
ms-error-unknown_person = Ta osoba jeszcze nie uruchomiła bota; najpierw musi wysłać /start.
ms-error-not_found = Nie znaleziono tej rezerwacji.
ms-error-outside_hours = Ten czas wykracza poza godziny otwarcia ({ $resource }). Wybierz początek i długość w godzinach otwarcia.
ms-error-too_long = To za długo: jedna rezerwacja ({ $resource }) może trwać najwyżej { $max }.
ms-error-too_short = To za krótko: rezerwacja ({ $resource }) musi trwać co najmniej { $min }.
ms-error-dst = Tej nocy zmienia się czas, więc ta godzina nie istnieje albo występuje dwa razy. Wybierz inną godzinę.
ms-error-too_soon = Ten termin już się zaczął. Wybierz późniejszy.
ms-error-too_far = To zbyt odległy termin. Wybierz jeden z proponowanych dni.
ms-error-full = Niestety ktoś był szybszy i w tym czasie nie ma już wolnego miejsca ({ $resource }).
ms-error-induction_required = Do tej maszyny potrzebne jest najpierw szkolenie BHP.
ms-error-induction_expired = Twoje szkolenie BHP do tej maszyny straciło ważność.
ms-error-invalid_state = Tej rezerwacji nie można już zmienić.
ms-error-too_many = Masz już { $limit } nadchodzących rezerwacji maszyn, czyli najwięcej, ile może mieć jedna osoba.
ms-error-slot_changed = W tej samej chwili zmienił się grafik. Spróbuj jeszcze raz.
ms-error-bad_file = Plik makerspace zawiera błąd.

ms-ws-today = 🛠 <b>Pracownia dziś</b>, { $day } (strefa czasowa: { $zone })
ms-ws-week = 🛠 <b>Pracownia w tym tygodniu</b> od { $day } (strefa czasowa: { $zone })
ms-ws-resource = <b>{ $resource }</b> ({ $units })
ms-ws-empty = 　brak rezerwacji
ms-ws-line = 　{ $icon } { $when }–{ $until } · nr { $unit } · { $person } (#{ $id })
ms-ws-btn-in = ✅ Obecność: { $who }
ms-ws-btn-noshow = 🚫 Nieobecność
ms-ws-btn-today = 📅 Dziś
ms-ws-btn-week = 📅 Ten tydzień
ms-ws-btn-close = 🔧 Wyłącz: { $resource }
ms-ws-marked-in = Odnotowano obecność: { $person }
ms-ws-marked-noshow = Odnotowano nieobecność: { $person }
ms-ws-hours = { $hours } godz.
ms-ws-days = { $days ->
        [one] 1 dzień
       *[other] { $days } dni
    }
ms-ws-all-units = wszystkie
ms-ws-unit = nr { $unit }
ms-ws-close-ask = 🔧 Przerwa serwisowa od teraz: <b>{ $resource }</b>. Którą maszynę wyłączyć i na jak długo? Rezerwacje w tym czasie zostaną odwołane, a ich autorom zaproponujemy inną maszynę lub termin.
ms-ws-closed = 🔧 Wyłączono do { $until }: { $resource } ({ $what }). { $count ->
        [0] Żadna rezerwacja nie została odwołana.
        [one] Odwołano jedną rezerwację; wysyłamy powiadomienie.
        [few] Odwołano { $count } rezerwacje; wysyłamy powiadomienia.
       *[other] Odwołano { $count } rezerwacji; wysyłamy powiadomienia.
    }

ms-induct-usage = Odnotuj szkolenie: odpowiedz na przekazaną wiadomość tej osoby poleceniem /induct KLUCZ albo wyślij /induct KLUCZ ID_TELEGRAM. KLUCZ to szkolenie lub maszyna, która go wymaga: { $keys }
ms-induct-hidden = Ta osoba ukrywa swoje konto w przekazanych wiadomościach, więc nie wiem, kto to jest. Użyj /induct KLUCZ ID_TELEGRAM.
ms-induct-done = ✅ { $name }: odnotowano ukończenie szkolenia ({ $induction }), ważność do { $until }.
ms-induct-you = ✅ Odnotowaliśmy ukończenie szkolenia ({ $induction }), ważność do { $until }. Możesz już rezerwować te maszyny przez /makerspace.
