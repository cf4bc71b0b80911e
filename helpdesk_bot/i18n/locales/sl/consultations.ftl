## Svetovanja: rezervacija, potrditev, opomniki, ocene, svetovalci.

cmd-advisors = Svetovalci (prikaži, skrij, uvozi)

consult-mode-online = 💻 Na daljavo
consult-mode-in_person = 🏢 Osebno
consult-mode-phone = 📞 Po telefonu

consult-state-requested = čaka na svetovalca
consult-state-confirmed = potrjeno
consult-state-declined = zavrnjeno
consult-state-expired = poteklo
consult-state-cancelled = odpovedano
consult-state-held = izvedeno
consult-state-no_show = ni prišel
consult-state-unknown = zaključeno

consult-booking =
    📅 <b>{ $when }</b> ({ $state })
    Svetovalec: { $advisor } · { $topic }
    { $mode }: { $place }
    Vaše vprašanje: { $description }
consult-booking-advisor =
    📅 <b>{ $when }</b> #{ $id } ({ $state })
    Z: { $person } · { $topic }
    { $mode }: { $place }
    Vprašanje: { $description }

consult-choose-topic = 📅 <b>Rezervirajte brezplačno svetovanje</b>
    O čem bi se radi pogovorili?
consult-from-question = Vaše vprašanje: »{ $question }«
consult-btn-book-about-question = 📅 Rezerviraj svetovanje o tem
consult-no-advisor = Žal za temo { $topic } trenutno noben svetovalec ne sprejema rezervacij. Izberite drugo temo.
consult-btn-other-topic = ↩ Druga tema
consult-choose-advisor = Svetovalci za temo <b>{ $topic }</b>. Izberite enega ali prvega prostega:
consult-no-advisor-in-language = (Noben svetovalec za to temo ne govori vašega jezika; ti govorijo navedene jezike.)
consult-advisor-line = <b>{ $name }</b> ({ $languages })
    { $bio }
consult-btn-first-available = ⚡ Prvi prosti svetovalec
consult-no-slots = Žal v prihodnjih tednih ni prostih terminov.
consult-btn-other-advisor = ↩ Drug svetovalec
consult-choose-day = Izberite dan. Časi so prikazani v vašem časovnem pasu ({ $timezone }).
consult-btn-abort = ✖ Prekliči
consult-choose-time = Prosti termini <b>{ $day }</b> ({ $timezone }):
consult-btn-other-day = 📅 Drug dan
consult-choose-mode = { $when }. Kako bi se radi srečali?
consult-ask-description = V enem sporočilu napišite, o čem bi se radi pogovorili. Stavek ali dva svetovalcu pomagata pri pripravi.
consult-btn-skip = Preskoči
consult-first-available-advisor = prvi prosti svetovalec
consult-summary =
    <b>Preverite rezervacijo</b>
    Tema: { $topic }
    Svetovalec: { $advisor }
    Kdaj: { $when }
    Trajanje: { $length }
    Kako: { $mode }
    Vaše vprašanje: { $description }
consult-summary-reschedule =
    <b>Prestavi svetovanje na:</b>
    Tema: { $topic }
    Svetovalec: { $advisor }
    Kdaj: { $when }
    Trajanje: { $length }
    Kako: { $mode }
    Vaše vprašanje: { $description }
consult-btn-confirm = ✅ Potrdi
consult-slot-taken = Ta termin je pravkar rezerviral nekdo drug. Ti termini so še prosti ({ $zone }):
consult-slot-gone = Ta termin ni več prost. Izberite drugega.
consult-too-many = Že imate { $limit ->
        [one] { $limit } prihodnje svetovanje
        [two] { $limit } prihodnji svetovanji
        [few] { $limit } prihodnja svetovanja
       *[other] { $limit } prihodnjih svetovanj
    }, kar je največ, kolikor jih ima lahko ena oseba. Oglejte si jih z /mybookings.
consult-cannot-book = Žal ta rezervacija ni več mogoča. Začnite znova z /book.
consult-booked-requested = 📨 Vaša prošnja je bila poslana svetovalcu { $advisor } za termin { $when }. Ko bo potrjena, boste prejeli sporočilo.
consult-booked-confirmed = ✅ Rezervirano: { $when }, svetovalec { $advisor }. Potrditev z datoteko za koledar je na poti.
consult-rescheduled-requested = 📨 Svetovalca { $advisor } smo prosili, naj potrdi novi termin: { $when }.
consult-rescheduled-confirmed = ✅ Prestavljeno na { $when }, svetovalec { $advisor }. Nova datoteka za koledar je na poti.
consult-too-late = Do svetovanja je manj kot { $hours ->
        [one] { $hours } ura
        [two] { $hours } uri
        [few] { $hours } ure
       *[other] { $hours } ur
    }, zato ga tukaj ni več mogoče spremeniti. Obrnite se neposredno na svetovalca ({ $advisor }): { $contact }
consult-my-none = Nimate prihodnjih svetovanj.
consult-btn-book = 📅 Rezerviraj svetovanje
consult-my-title = { $count ->
        [one] Vaše prihodnje svetovanje:
        [two] Vaši { $count } prihodnji svetovanji:
        [few] Vaša { $count } prihodnja svetovanja:
       *[other] Vaših { $count } prihodnjih svetovanj:
    }
consult-btn-reschedule = 🔁 Prestavi
consult-btn-cancel = ✖ Odpovej
consult-cancel-sure = Odpovem svetovanje s svetovalcem { $advisor }, { $when }?
consult-btn-cancel-yes = Da, odpovej
consult-btn-keep = Ne, obdrži
consult-no-longer = Tega svetovanja ni več mogoče spremeniti na ta način.
consult-cancelled = Vaše svetovanje { $when } je odpovedano. Svetovalec je obveščen.
consult-draft-expired = Rezervacija je bila prekinjena. Začnite znova.
consult-aborted = Rezervacija preklicana. Nič ni bilo rezervirano.
consult-not-found = Ta gumb ni za vas ali pa rezervacija ne obstaja več.

consult-feedback-thanks = Hvala za oceno ({ $rating }/5)! Bi dodali komentar?
consult-btn-comment = 💬 Dodaj komentar
consult-ask-comment = Napišite komentar v enem sporočilu.
consult-comment-thanks = Hvala, komentar je shranjen.

consult-reason = Razlog: { $reason }
consult-person-zone = 🌍 { $person }: drug časovni pas ({ $zone }), tam bo takrat { $time }.
consult-alternatives = Drugi prosti termini pri istem svetovalcu:
consult-btn-other-times = 📅 Drugi termini

consult-ics-summary = Svetovanje: { $name }
consult-ics-description = { $topic } · { $mode }: { $place }
    { $description }

consult-n-request =
    📨 <b>Nova prošnja za svetovanje</b>
    Kdaj: { $when }
    Od: { $person }
    Tema: { $topic } · { $mode }
    Vprašanje: { $description }
consult-n-request-moved =
    🔁 <b>Rezervacija je bila prestavljena in čaka na vašo potrditev</b>
    Novi termin: { $when }
    Od: { $person }
    Tema: { $topic } · { $mode }
    Vprašanje: { $description }
consult-btn-accept = ✅ Sprejmi
consult-btn-decline = ✖ Zavrni
consult-n-confirmed =
    ✅ <b>Vaše svetovanje je potrjeno</b>
    { $when }, svetovalec { $advisor }
    { $mode }: { $place }
    Priložena datoteka ga doda v vaš koledar. Spremembe: /mybookings.
consult-n-confirmed-advisor =
    ✅ <b>Svetovanje potrjeno</b>
    { $when } z: { $person }
    { $topic } · { $mode }: { $place }
consult-n-declined = ✖ { $advisor } žal ne more sprejeti vašega svetovanja { $when }.
consult-n-expired = ⌛ Vaše svetovanje { $when } ni bilo pravočasno potrjeno (svetovalec: { $advisor }), zato je prošnja potekla.
consult-n-cancelled-by-advisor = ✖ Vaše svetovanje { $when } je žal odpovedano (svetovalec: { $advisor }). Opravičujemo se.
consult-n-cancelled-by-person = ✖ Svetovanje { $when } je odpovedano na željo stranke ({ $person }).
consult-n-cancelled-erased = ✖ Svetovanje { $when } je odpovedano: oseba je zahtevala izbris svojih podatkov.
consult-n-reminder = ⏰ Opomnik: svetovanje { $hours ->
        [one] čez { $hours } uro
        [two] čez { $hours } uri
        [few] čez { $hours } ure
       *[other] čez { $hours } ur
    }, { $when }
    Udeleženca: { $advisor } / { $person }
    { $mode }: { $place }
consult-n-attendance = Je bilo svetovanje z osebo { $person }, { $when }, izvedeno?
consult-btn-held = ✅ Izvedeno
consult-btn-noshow = 🚫 Ni prišel
consult-n-feedback = Kako koristno je bilo vaše svetovanje s svetovalcem { $advisor }, { $when }? 1 = sploh ne, 5 = zelo.
consult-btn-star1 = 1
consult-btn-star2 = 2
consult-btn-star3 = 3
consult-btn-star4 = 4
consult-btn-star5 = 5

consult-accepted = ✅ Sprejeto: { $person }, { $when }. Oba prejmeta datoteko za koledar.
consult-request-closed = Ta prošnja je že v stanju: { $state }.
consult-ask-decline-reason = Zakaj zavračate? Napišite kratek razlog za podjetnika ali zavrnite brez razloga.
consult-btn-decline-no-reason = Zavrni brez razloga
consult-declined = Zavrnjeno: { $person }, { $when }. Ponujeni so bili drugi termini.
consult-ask-cancel-reason = Odpovem svetovanje z osebo { $person }, { $when }? Napišite kratek razlog ali odpovejte brez razloga.
consult-btn-cancel-no-reason = Odpovej brez razloga
consult-advisor-cancelled = Odpovedano: { $person }, { $when }. Oseba je obveščena in so ji bili ponujeni drugi termini.
consult-too-early = To lahko zabeležite, ko se svetovanje začne.
consult-attendance-recorded = Zabeleženo za { $person }, { $when }: { $state }. Dodate lahko kratko opombo o izidu (vidijo jo le svetovalci in osebje).
consult-btn-note = 📝 Opomba o izidu
consult-ask-note = Opombo o izidu napišite v enem sporočilu (vidijo jo le svetovalci in osebje).
consult-note-saved = Opomba shranjena.
consult-note-line = 📝 { $note }

consult-agenda-today = <b>Danes, { $date }</b> ({ $timezone })
consult-agenda-week = <b>Naslednjih 7 dni</b>
consult-agenda-empty = Ni svetovanj.

consult-weekday-mon = pon.
consult-weekday-tue = tor.
consult-weekday-wed = sre.
consult-weekday-thu = čet.
consult-weekday-fri = pet.
consult-weekday-sat = sob.
consult-weekday-sun = ned.
consult-availability-title = <b>Vaše ure</b> ({ $timezone }; svetovanja po { $slot } min, { $buffer } min vmes)
consult-availability-no-hours = Še ni tedenskih ur: nihče vas ne more rezervirati.
consult-availability-exceptions = <b>Izjeme</b>
consult-exception-off = prosto
consult-exception-extra = dodatne ure
consult-whole-day = ves dan
consult-availability-help =
    Dodaj tedenske ure: <code>/availability add mon 09:00-12:00</code>
    Prost dan: <code>/availability off 2026-12-24</code> (ali del dneva: dodajte <code>13:00-17:00</code>)
    Dodatne ure: <code>/availability extra 2026-12-27 10:00-12:00</code>
    Z ✖ odstranite ure ali izjemo.
consult-availability-usage = Tega nisem razumel. Na primer: <code>/availability add mon 09:00-12:00</code>, <code>/availability off 2026-12-24</code> ali <code>/availability extra 2026-12-27 10:00-12:00</code>.
consult-availability-saved = Shranjeno.
consult-availability-removed = Odstranjeno.

consult-advisors-title = <b>Svetovalci</b>
consult-advisors-line = <b>{ $name }</b> (id { $id }, { $state }), { $languages }
    { $expertise }
consult-advisor-active = na voljo za rezervacije
consult-advisor-inactive = skrit
consult-btn-hide = Skrij
consult-btn-show = Prikaži
consult-advisors-empty = Še ni svetovalcev.
consult-advisors-import-help = Svetovalce s profili in urami dodate ali posodobite iz datoteke YAML: <code>helpdesk-bot advisors import advisors.yaml</code> (glej advisors.sample.yaml).

## The booking flow: Back, and the number for a phone consultation
consult-btn-back = ◀ Nazaj
consult-btn-keep-as-is = ✅ Pusti tako
consult-ask-phone = 📞 Na katero številko vas lahko svetovalec pokliče? Vpišite jo s kodo države, na primer +386 41 123 456. Vidna bo samo vašemu svetovalcu.
consult-mode-with-number = { $mode } (vaša številka: { $phone })
consult-your-number = Vaša številka: { $phone }
consult-phone-invalid = To ni videti kot telefonska številka. Vpišite od 7 do 15 števk (uporabite lahko +, presledke, pomišljaje in oklepaje), na primer +386 41 123 456.
consult-phone-for-advisor = 📞 Pokličite na številko { $phone }
