# Rozhovor přes bota po přijetí žádosti o kontakt (síť tvůrců).
catalogue-btn-accept-relay = Přijmout, ale jen přes bota
catalogue-btn-relay-write = Napsat přes bota
catalogue-btn-relay-reply = Odpovědět přes bota
catalogue-contact-accepted-relay = { $name } vaši žádost přijímá a raději by komunikovali přes bota, takže vaše jména na Telegramu zůstanou skrytá. Zprávu pošlete tlačítkem „Napsat přes bota“.
catalogue-contact-you-accepted-relay = Přijato. Komunikujete přes bota: nikdo z vás nevidí jméno druhé strany na Telegramu.
catalogue-relay-ask = Napište zprávu pro: { $name }. Bot ji předá bez vašeho jména na Telegramu. Až budete hotovi, pošlete /cancel.
catalogue-relay-incoming =
    Zpráva od: { $name } přes síť tvůrců:

    { $message }
catalogue-relay-sent = Předáno: { $name }. Můžete psát dál, nebo pošlete /cancel, až budete hotovi.
catalogue-error-relay-not-allowed = Přes bota můžete psát jen tomu, s kým byla žádost o kontakt přijata, ať už vámi, nebo druhou stranou.
catalogue-error-relay-rate-limited = Dnes už byl přes bota odeslán nejvyšší povolený počet zpráv. Zkuste to zítra.
