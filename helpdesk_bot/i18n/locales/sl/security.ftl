## Omejitve vprašanj za svetovalce: omejitev na osebo, zbirna obvestila in opomniki

ticket-limit =
    { $count ->
        [one] Eno vprašanje že čaka na naše svetovalce ({ $ids }).
        [two] Dve vprašanji že čakata na naše svetovalce ({ $ids }).
        [few] { $count } vprašanja že čakajo na naše svetovalce ({ $ids }).
       *[other] { $count } vprašanj že čaka na naše svetovalce ({ $ids }).
    } Vsak odgovor boste dobili tukaj v tem klepetu. Ko svetovalec odgovori, lahko zastavite novo vprašanje. Če je nujno, se dogovorite za svetovanje (/book).
ticket-new-batch =
    <b>{ $count ->
        [one] Novo vprašanje
        [two] 2 novi vprašanji
        [few] { $count } nova vprašanja
       *[other] { $count } novih vprašanj
    }</b>
    Od: { $who }

    { $questions }

    Vprašanje prevzemite z gumbom, nato nanj odgovorite.
ticket-reminder-batch =
    ⏰ <b>{ $count ->
        [two] 2 vprašanji iste osebe čakata
        [few] { $count } vprašanja iste osebe čakajo
       *[other] { $count } vprašanj iste osebe čaka
    } že do { $minutes } min</b>

    { $questions }
ticket-btn-take-id = ✋ Prevzemi št. { $id }

## Izbris podatkov svetovalca

consult-n-cancelled-advisor-gone = ✖ Vaše svetovanje { $when } je odpovedano: svetovalec ni več na voljo. Opravičujemo se. Novo lahko rezervirate z /book.

## Replies in a row

ticket-error-too_many = O vprašanju št. { $id } ste poslali že več sporočil. Preden znova pišete, počakajte na odgovor svetovalca.
