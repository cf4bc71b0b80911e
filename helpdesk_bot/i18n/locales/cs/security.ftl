## Limity dotazů předaných poradcům: limit na osobu, souhrnná oznámení a připomínky

ticket-limit =
    { $count ->
        [one] Už máte jeden dotaz, který čeká na naše poradce ({ $ids }).
        [few] Už máte { $count } dotazy, které čekají na naše poradce ({ $ids }).
       *[other] Už máte { $count } dotazů, které čekají na naše poradce ({ $ids }).
    } Každou odpověď dostanete sem do tohoto chatu. Jakmile poradce odpoví, můžete předat další dotaz. Pokud spěcháte, domluvte si konzultaci (/book).
ticket-new-batch =
    <b>{ $count ->
        [one] Nový dotaz
        [few] { $count } nové dotazy
       *[other] { $count } nových dotazů
    }</b>
    Od: { $who }

    { $questions }

    Převezměte dotaz tlačítkem a pak na něj odpovězte.
ticket-reminder-batch =
    ⏰ <b>{ $count ->
        [few] { $count } dotazy jedné osoby čekají
       *[other] { $count } dotazů jedné osoby čeká
    } až { $minutes } min</b>

    { $questions }
ticket-btn-take-id = ✋ Převzít č. { $id }

## Výmaz údajů poradce

consult-n-cancelled-advisor-gone = ✖ Vaše konzultace { $when } byla zrušena: poradce už není k dispozici. Omlouváme se. Jinou si můžete domluvit přes /book.

## Replies in a row

ticket-error-too_many = K dotazu č. { $id } už máte několik zpráv. Než napíšete znovu, počkejte prosím na odpověď poradce.
