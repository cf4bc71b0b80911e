# Susirašinėjimas per botą, kai kontakto prašymas priimtas (kūrėjų tinklas).
catalogue-btn-accept-relay = Sutikti, bet rašyti tik per botą
catalogue-btn-relay-write = Rašyti per botą
catalogue-btn-relay-reply = Atsakyti per botą
catalogue-contact-accepted-relay = { $name }: prašymas priimtas, bet norima susirašinėti per botą, todėl jūsų Telegram vardai lieka paslėpti. Paspauskite „Rašyti per botą“, kad išsiųstumėte žinutę.
catalogue-contact-you-accepted-relay = Priimta. Susirašinėjate per botą: nė vienas nematote kito Telegram vardo.
catalogue-relay-ask = Parašykite žinutę: { $name }. Botas ją perduos be jūsų Telegram vardo. Baigę išsiųskite /cancel.
catalogue-relay-incoming =
    Žinutė per kūrėjų tinklą nuo: { $name }

    { $message }
catalogue-relay-sent = Perduota: { $name }. Galite rašyti toliau arba baigę išsiųsti /cancel.
catalogue-error-relay-not-allowed = Per botą galite rašyti tik tam, su kuriuo kontakto prašymas buvo priimtas – jūsų arba kitos pusės.
catalogue-error-relay-rate-limited = Šiandien per botą išsiųsta jau daugiausia leidžiamų žinučių. Bandykite rytoj.
