## Klausimų konsultantams ribos: riba vienam žmogui, suvestiniai pranešimai ir priminimai

ticket-limit =
    { $count ->
        [one] Jau turite { $count } klausimą, kuris laukia mūsų konsultantų ({ $ids }).
        [few] Jau turite { $count } klausimus, kurie laukia mūsų konsultantų ({ $ids }).
       *[other] Jau turite { $count } klausimų, kurie laukia mūsų konsultantų ({ $ids }).
    } Kiekvieną atsakymą gausite čia, šiame pokalbyje. Kai konsultantas atsakys, galėsite užduoti naują klausimą. Jei skubu, užsiregistruokite konsultacijai (/book).
ticket-new-batch =
    <b>{ $count ->
        [one] Naujas klausimas
        [few] { $count } nauji klausimai
       *[other] { $count } naujų klausimų
    }</b>
    Nuo: { $who }

    { $questions }

    Perimkite klausimą jo mygtuku, tada į jį atsakykite.
ticket-reminder-batch =
    ⏰ <b>{ $count ->
        [few] { $count } vieno žmogaus klausimai laukia
       *[other] { $count } vieno žmogaus klausimų laukia
    } iki { $minutes } min.</b>

    { $questions }
ticket-btn-take-id = ✋ Perimti Nr. { $id }

## Konsultanto duomenų ištrynimas

consult-n-cancelled-advisor-gone = ✖ Jūsų konsultacija { $when } atšaukta: konsultantas nebegali jos vesti. Atsiprašome. Kitą konsultaciją galite užsisakyti per /book.

## Replies in a row

ticket-error-too_many = Dėl klausimo Nr. { $id } jau išsiuntėte kelias žinutes. Prieš rašydami vėl, palaukite konsultanto atsakymo.
