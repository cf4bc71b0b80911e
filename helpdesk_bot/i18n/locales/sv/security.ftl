## Gränser för frågor till rådgivarna: högsta antal per person, samlade aviseringar och påminnelser

ticket-limit =
    { $count ->
        [one] Du har redan en fråga som väntar på våra rådgivare ({ $ids }).
       *[other] Du har redan { $count } frågor som väntar på våra rådgivare ({ $ids }).
    } Du får varje svar här i den här chatten. Så snart en rådgivare har svarat kan du lämna en ny fråga. Om det är bråttom kan du boka en rådgivning (/book).
ticket-new-batch =
    <b>{ $count ->
        [one] Ny fråga
       *[other] { $count } nya frågor
    }</b>
    Från: { $who }

    { $questions }

    Ta en fråga med dess knapp och svara sedan på den.
ticket-reminder-batch =
    ⏰ <b>{ $count } frågor från en person har väntat i upp till { $minutes } min</b>

    { $questions }
ticket-btn-take-id = ✋ Ta nr { $id }

## Radering av en rådgivares uppgifter

consult-n-cancelled-advisor-gone = ✖ Din rådgivning { $when } har ställts in: rådgivaren är inte längre tillgänglig. Vi beklagar. Du kan boka en ny med /book.

## Replies in a row

ticket-error-too_many = Du har redan skickat flera meddelanden om fråga nr { $id }. Vänta på rådgivarens svar innan du skriver igen.
