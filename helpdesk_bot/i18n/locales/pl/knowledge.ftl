## Baza wiedzy: odpowiedzi, podpowiedzi, tematy, zgłoszenia, luki i przeładowanie

kb-sources = <b>Źródła</b>
kb-disclaimer = To ogólne wskazówki, a nie porada prawna. W sprawie Twojej konkretnej sytuacji porozmawiaj z doradcą: /book
kb-note-english = Ta odpowiedź nie jest jeszcze dostępna w Twoim języku, więc podaję ją po angielsku.
kb-note-other-country = Ta odpowiedź dotyczy kraju: { $country }.
kb-btn-helpful = 👍 Pomocne
kb-btn-not-helpful = 👎 Niepomocne
kb-feedback-thanks = Dziękuję za opinię!
kb-feedback-sorry = Przykro mi, że to nie pomogło. Co chcesz zrobić?
kb-suggest = Nie jestem pewien, o co pytasz. Czy chodzi o któreś z tych pytań?
kb-btn-none = Żadne z tych
kb-fallback = Nie znalazłem odpowiedzi na to pytanie w naszej bazie wiedzy. Co chcesz zrobić?
kb-btn-book = 📅 Umów konsultację
kb-btn-ticket = ✉ Zostaw pytanie doradcy
kb-btn-topics = 📚 Przeglądaj tematy
kb-ask-country = Odpowiedź zależy od kraju. Którego kraju dotyczy Twoje pytanie?
kb-question-cut = Twoje pytanie było bardzo długie, więc wziąłem pod uwagę tylko pierwsze { $limit } znaków.
kb-question-lost = Przepraszam, nie mam już tego pytania. Wpisz je proszę jeszcze raz.
kb-book-hint = Nasi doradcy chętnie pomogą podczas bezpłatnej konsultacji: wyślij /book, aby wybrać termin.
kb-entry-gone = Ten temat nie jest już dostępny. Wyślij /topics, aby zobaczyć, co jest.
kb-topics-title = <b>Tematy</b>: wybierz kategorię.
kb-topics-empty = W tej chwili nie ma tematów do przeglądania. Wpisz swoje pytanie, a przekażę je doradcy.
kb-category-page = <b>{ $category }</b> (strona { $page } z { $pages }): wybierz pytanie.
kb-btn-prev = ◀ Wstecz
kb-btn-next = Dalej ▶
kb-btn-categories = ↩ Wszystkie tematy

ticket-opened = Przekazałem Twoje pytanie naszym doradcom (pytanie nr { $id }). Odpowiedź dostaniesz tutaj, w tym czacie.
ticket-already-opened = Twoje pytanie jest już u naszych doradców (pytanie nr { $id }).
ticket-new =
    <b>Nowe pytanie nr { $id }</b>
    Od: { $who } · { $language } · { $country }

    { $question }

    Przejmij je, a potem odpowiedz, odpowiadając na tę wiadomość.
ticket-reminder =
    ⏰ <b>Pytanie nr { $id } czeka już { $minutes } min</b>
    { $language } · { $country }

    { $question }
ticket-btn-take = ✋ Przejmij
ticket-btn-answer = ✍ Odpowiedz
ticket-btn-reply = ✍ Odpisz
ticket-btn-close = ✔ Zamknij
ticket-btn-cancel = Anuluj
ticket-taken =
    <b>Pytanie nr { $id } jest Twoje.</b>
    Od: { $who } · { $language } · { $country }

    { $question }

    Odpowiedz na tę wiadomość albo naciśnij „Odpowiedz”.
ticket-history-person = <i>Przedsiębiorca:</i> { $text }
ticket-history-advisor = <i>Doradca:</i> { $text }
ticket-taken-you = Doradca zajmuje się teraz Twoim pytaniem nr { $id }.
ticket-error-already_taken = Inny doradca przejął już pytanie nr { $id }.
ticket-error-already_yours = Pytanie nr { $id } jest już Twoje.
ticket-error-closed = Pytanie nr { $id } jest zamknięte.
ticket-error-not_yours = Pytaniem nr { $id } zajmuje się inny doradca.
ticket-error-not_allowed = Nie możesz zmienić pytania nr { $id }.
ticket-error-not_found = To pytanie już nie istnieje.
ticket-error-empty = Nie można wysłać pustej wiadomości.
ticket-answer =
    <b>Doradca odpowiedział na Twoje pytanie nr { $id }:</b>

    { $text }

    Aby odpisać, odpowiedz na tę wiadomość albo naciśnij „Odpisz”.
ticket-reply =
    <b>Przedsiębiorca napisał w pytaniu nr { $id }:</b>

    { $text }

    Odpowiedz na tę wiadomość, aby mu odpisać.
ticket-answer-sent = Twoja odpowiedź na pytanie nr { $id } jest w drodze do przedsiębiorcy.
ticket-reply-sent = Twoja wiadomość została dodana do pytania nr { $id }.
ticket-compose-answer = Wpisz odpowiedź na pytanie nr { $id }.
ticket-compose-reply = Wpisz wiadomość dla doradcy (pytanie nr { $id }).
ticket-compose-cancelled = Anulowano.
ticket-closed-done = Pytanie nr { $id } zostało zamknięte. Dziękuję!
ticket-closed-by-person = Przedsiębiorca zamknął pytanie nr { $id }.
ticket-closed-by-advisor = Twoje pytanie nr { $id } zostało zamknięte. Jeśli potrzebujesz dalszej pomocy, po prostu zapytaj ponownie.
inbox-title = <b>Pytania czekające na doradcę</b>
inbox-empty = Żadne pytanie nie czeka na doradcę.
inbox-line = Nr { $id } · { $language } · { $country }: { $question }
inbox-mine-title = <b>Twoje pytania w toku</b>
inbox-mine-line = Nr { $id } ({ $state ->
        [answered] czeka na przedsiębiorcę
       *[taken] Twoja kolej
    }): { $question }
inbox-btn-take = ✋ nr { $id }
inbox-btn-open = ✍ nr { $id }

gaps-title = <b>Luki w bazie wiedzy</b>: pytania, na które baza nie odpowiedziała, od najczęstszych.
gaps-empty = Brak otwartych luk w bazie wiedzy. Świetna robota!
gaps-group =
    <b>{ $n }.</b> { $count ->
        [one] zadane raz
        [few] zadane { $count } razy
        [many] zadane { $count } razy
       *[other] zadane { $count } razy
    } · { $languages } · { $action }
gaps-sample = „{ $text }”
gaps-action-add = dodać nowy wpis
gaps-action-improve = poprawić { $entries }
gaps-no-text = (treść pytania nie została zachowana)
gaps-btn-close = ✔ { $n } gotowe
gaps-closed = { $count ->
        [one] Jedno pytanie oznaczono jako opracowane.
        [few] { $count } pytania oznaczono jako opracowane.
        [many] { $count } pytań oznaczono jako opracowane.
       *[other] { $count } pytania oznaczono jako opracowane.
    }
gaps-gone = Ta grupa w międzyczasie się zmieniła; wyślij /gaps jeszcze raz.
reload-ok = Baza wiedzy przeładowana. Liczba wpisów: { $count } (wcześniej: { $previous }).
reload-failed =
    Baza wiedzy zawiera błędy, więc nie została przeładowana; obowiązuje dotychczasowa. Problemy:
    { $problems }
