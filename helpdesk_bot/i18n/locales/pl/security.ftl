## Limity pytań przekazanych doradcom: limit na osobę, zbiorcze powiadomienia i przypomnienia

ticket-limit =
    { $count ->
        [one] Masz już pytanie, które czeka na naszych doradców ({ $ids }).
        [few] Masz już { $count } pytania, które czekają na naszych doradców ({ $ids }).
       *[other] Masz już { $count } pytań, które czekają na naszych doradców ({ $ids }).
    } Każdą odpowiedź dostaniesz tutaj, w tym czacie. Gdy doradca odpowie, możesz przekazać kolejne pytanie. Jeśli sprawa jest pilna, umów się na konsultację (/book).
ticket-new-batch =
    <b>{ $count ->
        [one] Nowe pytanie
        [few] { $count } nowe pytania
       *[other] { $count } nowych pytań
    }</b>
    Od: { $who }

    { $questions }

    Przejmij pytanie przyciskiem, a potem na nie odpowiedz.
ticket-reminder-batch =
    ⏰ <b>{ $count ->
        [few] { $count } pytania jednej osoby czekają
       *[other] { $count } pytań jednej osoby czeka
    } już do { $minutes } min</b>

    { $questions }
ticket-btn-take-id = ✋ Przejmij nr { $id }

## Usunięcie danych doradcy

consult-n-cancelled-advisor-gone = ✖ Twoja konsultacja w terminie { $when } została odwołana: doradca nie jest już dostępny. Przepraszamy. Możesz umówić inną przez /book.

## Replies in a row

ticket-error-too_many = W sprawie pytania nr { $id } jest już kilka Twoich wiadomości. Zanim napiszesz ponownie, poczekaj na odpowiedź doradcy.
