## Grenzen für Anfragen an die Beratung: Höchstzahl pro Person, gesammelte Benachrichtigungen und Erinnerungen

ticket-limit =
    { $count ->
        [one] Eine Anfrage von Ihnen wartet bereits auf unsere Beraterinnen und Berater ({ $ids }).
       *[other] { $count } Anfragen von Ihnen warten bereits auf unsere Beraterinnen und Berater ({ $ids }).
    } Jede Antwort erhalten Sie hier in diesem Chat. Sobald eine Antwort da ist, können Sie eine neue Anfrage stellen. Wenn es eilt, buchen Sie eine Beratung (/book).
ticket-new-batch =
    <b>{ $count ->
        [one] Neue Anfrage
       *[other] { $count } neue Anfragen
    }</b>
    Von: { $who }

    { $questions }

    Übernehmen Sie eine Anfrage mit ihrer Schaltfläche und beantworten Sie sie dann.
ticket-reminder-batch =
    ⏰ <b>{ $count } Anfragen einer Person warten seit bis zu { $minutes } Min.</b>

    { $questions }
ticket-btn-take-id = ✋ Nr. { $id } übernehmen

## Löschung der Daten einer Beraterin oder eines Beraters

consult-n-cancelled-advisor-gone = ✖ Ihre Beratung am { $when } wurde abgesagt: Die Beratungsperson steht nicht mehr zur Verfügung. Das tut uns leid. Mit /book können Sie einen neuen Termin buchen.

## Replies in a row

ticket-error-too_many = Zu Anfrage Nr. { $id } liegen bereits mehrere Nachrichten von Ihnen vor. Bitte warten Sie auf die Antwort, bevor Sie erneut schreiben.
