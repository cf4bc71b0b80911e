## Kunskapsbas: svar, förslag, ämnen, frågor till rådgivare, luckor och omladdning

kb-sources = <b>Källor</b>
kb-disclaimer = Allmän vägledning, inte juridisk rådgivning. Prata med en rådgivare om just din situation: /book
kb-note-english = Det här svaret finns inte på ditt språk än, så här kommer det på engelska.
kb-note-other-country = Det här svaret gäller: { $country }.
kb-btn-helpful = 👍 Till hjälp
kb-btn-not-helpful = 👎 Inte till hjälp
kb-feedback-thanks = Tack för din återkoppling!
kb-feedback-sorry = Synd att det inte hjälpte. Vad vill du göra?
kb-suggest = Jag är inte helt säker på vad du menar. Är det någon av de här frågorna?
kb-btn-none = Ingen av dem
kb-fallback = Jag hittade inget svar på det i vår kunskapsbas. Vad vill du göra?
kb-btn-book = 📅 Boka rådgivning
kb-btn-ticket = ✉ Lämna frågan till en rådgivare
kb-btn-topics = 📚 Bläddra bland ämnen
kb-ask-country = Svaret beror på landet. Vilket land gäller din fråga?
kb-question-cut = Din fråga var väldigt lång, så jag använde bara de första { $limit } tecknen.
kb-question-lost = Tyvärr har jag inte kvar den frågan. Skriv den gärna igen.
kb-book-hint = Våra rådgivare hjälper dig gärna vid en kostnadsfri rådgivning: skicka /book för att välja en tid.
kb-entry-gone = Det här ämnet finns inte längre. Skicka /topics för att se vad som finns.
kb-topics-title = <b>Ämnen</b>: välj en kategori.
kb-topics-empty = Det finns inga ämnen att bläddra bland just nu. Skriv din fråga så skickar jag den vidare till en rådgivare.
kb-category-page = <b>{ $category }</b> (sida { $page } av { $pages }): välj en fråga.
kb-btn-prev = ◀ Föregående
kb-btn-next = Nästa ▶
kb-btn-categories = ↩ Alla ämnen

ticket-opened = Jag har skickat din fråga vidare till våra rådgivare (fråga nr { $id }). Du får svaret här i den här chatten.
ticket-already-opened = Din fråga ligger redan hos våra rådgivare (fråga nr { $id }).
ticket-new =
    <b>Ny fråga nr { $id }</b>
    Från: { $who } · { $language } · { $country }

    { $question }

    Ta den och svara sedan genom att svara på det här meddelandet.
ticket-reminder =
    ⏰ <b>Fråga nr { $id } har väntat i { $minutes } min</b>
    { $language } · { $country }

    { $question }
ticket-btn-take = ✋ Ta
ticket-btn-answer = ✍ Svara
ticket-btn-reply = ✍ Skriv tillbaka
ticket-btn-close = ✔ Stäng
ticket-btn-cancel = Avbryt
ticket-taken =
    <b>Fråga nr { $id } är din.</b>
    Från: { $who } · { $language } · { $country }

    { $question }

    Svara på det här meddelandet eller tryck på ”Svara”.
ticket-history-person = <i>Företagare:</i> { $text }
ticket-history-advisor = <i>Rådgivare:</i> { $text }
ticket-taken-you = En rådgivare tittar nu på din fråga nr { $id }.
ticket-error-already_taken = En annan rådgivare har redan tagit fråga nr { $id }.
ticket-error-already_yours = Fråga nr { $id } är redan din.
ticket-error-closed = Fråga nr { $id } är stängd.
ticket-error-not_yours = Fråga nr { $id } hanteras av en annan rådgivare.
ticket-error-not_allowed = Du kan inte ändra fråga nr { $id }.
ticket-error-not_found = Den här frågan finns inte längre.
ticket-error-empty = Ett tomt meddelande kan inte skickas.
ticket-answer =
    <b>En rådgivare har svarat på din fråga nr { $id }:</b>

    { $text }

    Vill du skriva tillbaka? Svara på det här meddelandet eller tryck på ”Skriv tillbaka”.
ticket-reply =
    <b>Företagaren skrev i fråga nr { $id }:</b>

    { $text }

    Svara på det här meddelandet för att svara.
ticket-answer-sent = Ditt svar på fråga nr { $id } är på väg till företagaren.
ticket-reply-sent = Ditt meddelande har lagts till i fråga nr { $id }.
ticket-compose-answer = Skriv ditt svar på fråga nr { $id }.
ticket-compose-reply = Skriv ditt meddelande till rådgivaren (fråga nr { $id }).
ticket-compose-cancelled = Avbrutet.
ticket-closed-done = Fråga nr { $id } är stängd. Tack!
ticket-closed-by-person = Företagaren har stängt fråga nr { $id }.
ticket-closed-by-advisor = Din fråga nr { $id } har stängts. Behöver du mer hjälp är det bara att fråga igen.
inbox-title = <b>Frågor som väntar på en rådgivare</b>
inbox-empty = Inga frågor väntar på en rådgivare.
inbox-line = Nr { $id } · { $language } · { $country }: { $question }
inbox-mine-title = <b>Dina pågående frågor</b>
inbox-mine-line = Nr { $id } ({ $state ->
        [answered] väntar på företagaren
       *[taken] din tur
    }): { $question }
inbox-btn-take = ✋ nr { $id }
inbox-btn-open = ✍ nr { $id }

gaps-title = <b>Kunskapsluckor</b>: frågor som kunskapsbasen inte kunde besvara, de vanligaste först.
gaps-empty = Inga öppna kunskapsluckor. Bra jobbat!
gaps-group =
    <b>{ $n }.</b> { $count ->
        [one] ställd en gång
       *[other] ställd { $count } gånger
    } · { $languages } · { $action }
gaps-sample = ”{ $text }”
gaps-action-add = lägg till en ny post
gaps-action-improve = förbättra { $entries }
gaps-no-text = (frågans text har inte sparats)
gaps-btn-close = ✔ { $n } klar
gaps-closed = { $count ->
        [one] En fråga markerad som åtgärdad.
       *[other] { $count } frågor markerade som åtgärdade.
    }
gaps-gone = Gruppen har ändrats under tiden; skicka /gaps igen.
reload-ok = Kunskapsbasen har laddats om. Antal poster: { $count } (tidigare: { $previous }).
reload-failed =
    Kunskapsbasen innehåller fel och laddades därför inte om; den nuvarande gäller fortfarande. Problem:
    { $problems }
