# Rozmowa przez bota po przyjęciu prośby o kontakt (sieć twórców).
catalogue-btn-accept-relay = Zgadzam się, ale tylko przez bota
catalogue-btn-relay-write = Napisz przez bota
catalogue-btn-relay-reply = Odpowiedz przez bota
catalogue-contact-accepted-relay = { $name } przyjmuje Twoją prośbę i woli rozmawiać przez bota, więc Wasze nazwy w Telegramie pozostają ukryte. Naciśnij „Napisz przez bota”, aby wysłać wiadomość.
catalogue-contact-you-accepted-relay = Przyjęto. Rozmawiacie przez bota: żadna ze stron nie widzi nazwy drugiej osoby w Telegramie.
catalogue-relay-ask = Napisz wiadomość do: { $name }. Bot ją przekaże bez Twojej nazwy w Telegramie. Gdy skończysz, wyślij /cancel.
catalogue-relay-incoming =
    Wiadomość od: { $name } przez sieć twórców:

    { $message }
catalogue-relay-sent = Przekazano do: { $name }. Możesz pisać dalej albo wysłać /cancel, gdy skończysz.
catalogue-error-relay-not-allowed = Przez bota można pisać tylko do osoby, z którą prośba o kontakt została przyjęta — przez Ciebie albo przez nią.
catalogue-error-relay-rate-limited = Wysłano już najwięcej wiadomości przez bota, ile można w ciągu doby. Spróbuj jutro.
