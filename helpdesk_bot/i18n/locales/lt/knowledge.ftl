## Žinių bazė: atsakymai, pasiūlymai, temos, klausimai konsultantams, spragos ir įkėlimas iš naujo

kb-sources = <b>Šaltiniai</b>
kb-disclaimer = Tai bendro pobūdžio informacija, o ne teisinė konsultacija. Dėl savo situacijos pasitarkite su konsultantu: /book
kb-note-english = Šio atsakymo jūsų kalba dar nėra, todėl pateikiu jį anglų kalba.
kb-note-other-country = Šis atsakymas skirtas šaliai: { $country }.
kb-btn-helpful = 👍 Naudinga
kb-btn-not-helpful = 👎 Nenaudinga
kb-feedback-thanks = Ačiū už atsiliepimą!
kb-feedback-sorry = Gaila, kad tai nepadėjo. Ką norėtumėte daryti?
kb-suggest = Nesu tikras, ką turite omenyje. Ar tai vienas iš šių klausimų?
kb-btn-none = Nė vienas iš jų
kb-fallback = Mūsų žinių bazėje atsakymo į šį klausimą neradau. Ką norėtumėte daryti?
kb-btn-book = 📅 Užsisakyti konsultaciją
kb-btn-ticket = ✉ Palikti klausimą konsultantui
kb-btn-topics = 📚 Naršyti temas
kb-ask-country = Atsakymas priklauso nuo šalies. Kurios šalies klausiate?
kb-question-cut = Jūsų klausimas buvo labai ilgas, todėl panaudojau tik pirmuosius { $limit } simbolius.
kb-question-lost = Atsiprašau, šio klausimo nebeturiu. Parašykite jį dar kartą.
kb-book-hint = Mūsų konsultantai mielai padės nemokamos konsultacijos metu: siųskite /book ir pasirinkite laiką.
kb-entry-gone = Ši tema nebepasiekiama. Siųskite /topics ir pažiūrėkite, kas yra.
kb-topics-title = <b>Temos</b>: pasirinkite kategoriją.
kb-topics-empty = Šiuo metu naršyti nėra ką. Parašykite savo klausimą ir aš jį perduosiu konsultantui.
kb-category-page = <b>{ $category }</b> ({ $page } psl. iš { $pages }): pasirinkite klausimą.
kb-btn-prev = ◀ Atgal
kb-btn-next = Toliau ▶
kb-btn-categories = ↩ Visos temos

ticket-opened = Jūsų klausimą perdaviau mūsų konsultantams (klausimas Nr. { $id }). Atsakymą gausite čia, šiame pokalbyje.
ticket-already-opened = Jūsų klausimas jau perduotas mūsų konsultantams (klausimas Nr. { $id }).
ticket-new =
    <b>Naujas klausimas Nr. { $id }</b>
    Nuo: { $who } · { $language } · { $country }

    { $question }

    Perimkite jį, tada atsakykite atsakydami į šią žinutę.
ticket-reminder =
    ⏰ <b>Klausimas Nr. { $id } laukia jau { $minutes } min.</b>
    { $language } · { $country }

    { $question }
ticket-btn-take = ✋ Perimti
ticket-btn-answer = ✍ Atsakyti
ticket-btn-reply = ✍ Parašyti
ticket-btn-close = ✔ Uždaryti
ticket-btn-cancel = Atšaukti
ticket-taken =
    <b>Klausimas Nr. { $id } dabar jūsų.</b>
    Nuo: { $who } · { $language } · { $country }

    { $question }

    Atsakykite į šią žinutę arba paspauskite „Atsakyti“.
ticket-history-person = <i>Verslininkas:</i> { $text }
ticket-history-advisor = <i>Konsultantas:</i> { $text }
ticket-taken-you = Jūsų klausimu Nr. { $id } dabar rūpinasi konsultantas.
ticket-error-already_taken = Klausimą Nr. { $id } jau perėmė kitas konsultantas.
ticket-error-already_yours = Klausimas Nr. { $id } jau jūsų.
ticket-error-closed = Klausimas Nr. { $id } uždarytas.
ticket-error-not_yours = Klausimą Nr. { $id } nagrinėja kitas konsultantas.
ticket-error-not_allowed = Negalite keisti klausimo Nr. { $id }.
ticket-error-not_found = Šio klausimo nebėra.
ticket-error-empty = Tuščios žinutės išsiųsti negalima.
ticket-answer =
    <b>Konsultantas atsakė į jūsų klausimą Nr. { $id }:</b>

    { $text }

    Norėdami parašyti atgal, atsakykite į šią žinutę arba paspauskite „Parašyti“.
ticket-reply =
    <b>Verslininkas parašė klausime Nr. { $id }:</b>

    { $text }

    Atsakykite į šią žinutę.
ticket-answer-sent = Jūsų atsakymas į klausimą Nr. { $id } siunčiamas verslininkui.
ticket-reply-sent = Jūsų žinutė pridėta prie klausimo Nr. { $id }.
ticket-compose-answer = Parašykite atsakymą į klausimą Nr. { $id }.
ticket-compose-reply = Parašykite žinutę konsultantui (klausimas Nr. { $id }).
ticket-compose-cancelled = Atšaukta.
ticket-closed-done = Klausimas Nr. { $id } uždarytas. Ačiū!
ticket-closed-by-person = Verslininkas uždarė klausimą Nr. { $id }.
ticket-closed-by-advisor = Jūsų klausimas Nr. { $id } uždarytas. Jei reikia daugiau pagalbos, tiesiog paklauskite dar kartą.
inbox-title = <b>Konsultanto laukiantys klausimai</b>
inbox-empty = Konsultanto nelaukia nė vienas klausimas.
inbox-line = Nr. { $id } · { $language } · { $country }: { $question }
inbox-mine-title = <b>Jūsų nagrinėjami klausimai</b>
inbox-mine-line = Nr. { $id } ({ $state ->
        [answered] laukiama verslininko
       *[taken] jūsų eilė
    }): { $question }
inbox-btn-take = ✋ Nr. { $id }
inbox-btn-open = ✍ Nr. { $id }

gaps-title = <b>Žinių bazės spragos</b>: klausimai, į kuriuos bazė neatsakė, dažniausi pirmiau.
gaps-empty = Atvirų žinių bazės spragų nėra. Puiku!
gaps-group =
    <b>{ $n }.</b> { $count ->
        [one] paklausta { $count } kartą
        [few] paklausta { $count } kartus
        [many] paklausta { $count } karto
       *[other] paklausta { $count } kartų
    } · { $languages } · { $action }
gaps-sample = „{ $text }“
gaps-action-add = sukurti naują įrašą
gaps-action-improve = patobulinti { $entries }
gaps-no-text = (klausimo tekstas neišsaugotas)
gaps-btn-close = ✔ { $n } sutvarkyta
gaps-closed = { $count ->
        [one] { $count } klausimas pažymėtas kaip sutvarkytas.
        [few] { $count } klausimai pažymėti kaip sutvarkyti.
        [many] { $count } klausimo pažymėta kaip sutvarkyta.
       *[other] { $count } klausimų pažymėta kaip sutvarkyti.
    }
gaps-gone = Ši grupė per tą laiką pasikeitė; siųskite /gaps dar kartą.
reload-ok = Žinių bazė įkelta iš naujo. Įrašų skaičius: { $count } (anksčiau: { $previous }).
reload-failed =
    Žinių bazėje yra klaidų, todėl ji nebuvo įkelta iš naujo; galioja ankstesnė. Problemos:
    { $problems }
