# Att skriva via boten efter en godkänd kontaktförfrågan (nätverket av kreatörer).
catalogue-btn-accept-relay = Tacka ja, men bara via boten
catalogue-btn-relay-write = Skriv via boten
catalogue-btn-relay-reply = Svara via boten
catalogue-contact-accepted-relay = { $name } har tackat ja och vill hellre skriva via boten, så era användarnamn på Telegram förblir dolda. Tryck på ”Skriv via boten” för att skicka ett meddelande.
catalogue-contact-you-accepted-relay = Du har tackat ja. Ni skriver via boten: ingen av er ser den andras användarnamn på Telegram.
catalogue-relay-ask = Skriv ditt meddelande till { $name }. Boten skickar det vidare utan ditt användarnamn på Telegram. Skicka /cancel när du är klar.
catalogue-relay-incoming =
    Meddelande från { $name } via nätverket av kreatörer:

    { $message }
catalogue-relay-sent = Vidarebefordrat till { $name }. Du kan skriva mer eller skicka /cancel när du är klar.
catalogue-error-relay-not-allowed = Du kan bara skriva via boten till någon vars kontaktförfrågan har godkänts, av dig eller av den andra.
catalogue-error-relay-rate-limited = Du har redan skickat så många meddelanden via boten som är tillåtet under ett dygn. Försök igen i morgon.
