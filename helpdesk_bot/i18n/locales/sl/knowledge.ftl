## Baza znanja: odgovori, predlogi, teme, vprašanja za svetovalce, vrzeli in ponovno nalaganje

kb-sources = <b>Viri</b>
kb-disclaimer = To so splošne usmeritve, ne pravni nasvet. O vašem konkretnem primeru se pogovorite s svetovalcem: /book
kb-note-english = Ta odgovor v vašem jeziku še ni na voljo, zato ga prikazujem v angleščini.
kb-note-other-country = Ta odgovor velja za državo: { $country }.
kb-btn-helpful = 👍 Koristno
kb-btn-not-helpful = 👎 Ni koristno
kb-feedback-thanks = Hvala za povratno informacijo!
kb-feedback-sorry = Žal mi je, da to ni pomagalo. Kaj želite storiti?
kb-suggest = Nisem povsem prepričan, kaj mislite. Je to eno od teh vprašanj?
kb-btn-none = Nič od tega
kb-fallback = V naši bazi znanja nisem našel odgovora na to. Kaj želite storiti?
kb-btn-book = 📅 Rezerviraj svetovanje
kb-btn-ticket = ✉ Pusti vprašanje svetovalcu
kb-btn-topics = 📚 Brskaj po temah
kb-ask-country = Odgovor je odvisen od države. Na katero državo se nanaša vaše vprašanje?
kb-question-cut = Vaše vprašanje je bilo zelo dolgo, zato sem upošteval le prvih { $limit } znakov.
kb-question-lost = Žal tega vprašanja nimam več. Prosim, napišite ga še enkrat.
kb-book-hint = Naši svetovalci vam bodo z veseljem pomagali na brezplačnem svetovanju: pošljite /book in izberite termin.
kb-entry-gone = Ta tema ni več na voljo. Pošljite /topics in poglejte, kaj je na voljo.
kb-topics-title = <b>Teme</b>: izberite kategorijo.
kb-topics-empty = Trenutno ni tem za brskanje. Napišite svoje vprašanje in posredoval ga bom svetovalcu.
kb-category-page = <b>{ $category }</b> (stran { $page } od { $pages }): izberite vprašanje.
kb-btn-prev = ◀ Nazaj
kb-btn-next = Naprej ▶
kb-btn-categories = ↩ Vse teme

ticket-opened = Vaše vprašanje sem posredoval našim svetovalcem (vprašanje št. { $id }). Odgovor boste dobili tukaj, v tem klepetu.
ticket-already-opened = Vaše vprašanje je že pri naših svetovalcih (vprašanje št. { $id }).
ticket-new =
    <b>Novo vprašanje št. { $id }</b>
    Od: { $who } · { $language } · { $country }

    { $question }

    Prevzemite ga, nato odgovorite z odgovorom na to sporočilo.
ticket-reminder =
    ⏰ <b>Vprašanje št. { $id } čaka že { $minutes } min</b>
    { $language } · { $country }

    { $question }
ticket-btn-take = ✋ Prevzemi
ticket-btn-answer = ✍ Odgovori
ticket-btn-reply = ✍ Odpiši
ticket-btn-close = ✔ Zapri
ticket-btn-cancel = Prekliči
ticket-taken =
    <b>Vprašanje št. { $id } je vaše.</b>
    Od: { $who } · { $language } · { $country }

    { $question }

    Odgovorite na to sporočilo ali pritisnite »Odgovori«.
ticket-history-person = <i>Podjetnik:</i> { $text }
ticket-history-advisor = <i>Svetovalec:</i> { $text }
ticket-taken-you = Z vašim vprašanjem št. { $id } se zdaj ukvarja svetovalec.
ticket-error-already_taken = Vprašanje št. { $id } je že prevzel drug svetovalec.
ticket-error-already_yours = Vprašanje št. { $id } je že vaše.
ticket-error-closed = Vprašanje št. { $id } je zaprto.
ticket-error-not_yours = Vprašanje št. { $id } obravnava drug svetovalec.
ticket-error-not_allowed = Vprašanja št. { $id } ne morete spreminjati.
ticket-error-not_found = To vprašanje ne obstaja več.
ticket-error-empty = Praznega sporočila ni mogoče poslati.
ticket-answer =
    <b>Svetovalec je odgovoril na vaše vprašanje št. { $id }:</b>

    { $text }

    Če želite odpisati, odgovorite na to sporočilo ali pritisnite »Odpiši«.
ticket-reply =
    <b>Podjetnik je napisal pri vprašanju št. { $id }:</b>

    { $text }

    Odgovorite na to sporočilo.
ticket-answer-sent = Vaš odgovor na vprašanje št. { $id } je na poti k podjetniku.
ticket-reply-sent = Vaše sporočilo je dodano k vprašanju št. { $id }.
ticket-compose-answer = Napišite odgovor na vprašanje št. { $id }.
ticket-compose-reply = Napišite sporočilo za svetovalca (vprašanje št. { $id }).
ticket-compose-cancelled = Preklicano.
ticket-closed-done = Vprašanje št. { $id } je zaprto. Hvala!
ticket-closed-by-person = Podjetnik je zaprl vprašanje št. { $id }.
ticket-closed-by-advisor = Vaše vprašanje št. { $id } je bilo zaprto. Če potrebujete še kaj pomoči, preprosto vprašajte znova.
inbox-title = <b>Vprašanja, ki čakajo na svetovalca</b>
inbox-empty = Nobeno vprašanje ne čaka na svetovalca.
inbox-line = Št. { $id } · { $language } · { $country }: { $question }
inbox-mine-title = <b>Vaša vprašanja v obravnavi</b>
inbox-mine-line = Št. { $id } ({ $state ->
        [answered] čaka na podjetnika
       *[taken] vi ste na vrsti
    }): { $question }
inbox-btn-take = ✋ št. { $id }
inbox-btn-open = ✍ št. { $id }

gaps-title = <b>Vrzeli v bazi znanja</b>: vprašanja, na katera baza ni odgovorila, od najpogostejših.
gaps-empty = V bazi znanja ni odprtih vrzeli. Odlično!
gaps-group =
    <b>{ $n }.</b> { $count ->
        [one] zastavljeno { $count }-krat
        [two] zastavljeno { $count }-krat
        [few] zastavljeno { $count }-krat
       *[other] zastavljeno { $count }-krat
    } · { $languages } · { $action }
gaps-sample = »{ $text }«
gaps-action-add = dodati nov vnos
gaps-action-improve = izboljšati { $entries }
gaps-no-text = (besedilo vprašanja ni shranjeno)
gaps-btn-close = ✔ { $n } urejeno
gaps-closed = { $count ->
        [one] { $count } vprašanje označeno kot urejeno.
        [two] { $count } vprašanji označeni kot urejeni.
        [few] { $count } vprašanja označena kot urejena.
       *[other] { $count } vprašanj označenih kot urejenih.
    }
gaps-gone = Ta skupina se je medtem spremenila; znova pošljite /gaps.
reload-ok = Baza znanja je ponovno naložena. Število vnosov: { $count } (prej: { $previous }).
reload-failed =
    Baza znanja vsebuje napake, zato ni bila ponovno naložena; velja dosedanja. Težave:
    { $problems }
