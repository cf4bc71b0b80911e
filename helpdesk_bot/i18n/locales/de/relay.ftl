# Über den Bot schreiben, nachdem eine Kontaktanfrage angenommen wurde (Netzwerk der Kreativen).
catalogue-btn-accept-relay = Annehmen, nur über den Bot schreiben
catalogue-btn-relay-write = Über den Bot schreiben
catalogue-btn-relay-reply = Über den Bot antworten
catalogue-contact-accepted-relay = { $name } hat Ihre Anfrage angenommen und schreibt lieber über den Bot, daher bleiben Ihre Telegram-Namen verborgen. Mit „Über den Bot schreiben“ senden Sie eine Nachricht.
catalogue-contact-you-accepted-relay = Angenommen. Sie schreiben sich über den Bot: Keiner von Ihnen sieht den Telegram-Namen des anderen.
catalogue-relay-ask = Schreiben Sie Ihre Nachricht an: { $name }. Der Bot leitet sie ohne Ihren Telegram-Namen weiter. Wenn Sie fertig sind, senden Sie /cancel.
catalogue-relay-incoming =
    Nachricht von { $name } über das Netzwerk der Kreativen:

    { $message }
catalogue-relay-sent = An { $name } weitergeleitet. Sie können weiterschreiben oder /cancel senden, wenn Sie fertig sind.
catalogue-error-relay-not-allowed = Über den Bot können Sie nur jemandem schreiben, mit dem eine Kontaktanfrage angenommen wurde – von Ihnen oder von der anderen Seite.
catalogue-error-relay-rate-limited = Sie haben heute schon so viele Nachrichten über den Bot gesendet, wie erlaubt sind. Bitte versuchen Sie es morgen wieder.
