## Konsultacijos: registracija, patvirtinimas, priminimai, atsiliepimai, konsultantai.

cmd-advisors = Konsultantai (rodyti, slėpti, importuoti)

consult-mode-online = 💻 Nuotoliu
consult-mode-in_person = 🏢 Gyvai
consult-mode-phone = 📞 Telefonu

consult-state-requested = laukia konsultanto
consult-state-confirmed = patvirtinta
consult-state-declined = atmesta
consult-state-expired = nebegalioja
consult-state-cancelled = atšaukta
consult-state-held = įvyko
consult-state-no_show = neatvyko
consult-state-unknown = uždaryta

consult-booking =
    📅 <b>{ $when }</b> ({ $state })
    Konsultantas: { $advisor } · { $topic }
    { $mode }: { $place }
    Jūsų klausimas: { $description }
consult-booking-advisor =
    📅 <b>{ $when }</b> #{ $id } ({ $state })
    Su: { $person } · { $topic }
    { $mode }: { $place }
    Klausimas: { $description }

consult-choose-topic = 📅 <b>Užsiregistruokite nemokamai konsultacijai</b>
    Apie ką norėtumėte pasikalbėti?
consult-from-question = Jūsų klausimas: „{ $question }“
consult-btn-book-about-question = 📅 Registruotis konsultacijai šiuo klausimu
consult-no-advisor = Deja, šiuo metu nė vienas konsultantas nepriima registracijų tema „{ $topic }“. Pasirinkite kitą temą.
consult-btn-other-topic = ↩ Kita tema
consult-choose-advisor = Konsultantai tema <b>{ $topic }</b>. Pasirinkite vieną arba pirmą laisvą:
consult-no-advisor-in-language = (Nė vienas šios temos konsultantas nekalba jūsų kalba; šie kalba nurodytomis kalbomis.)
consult-advisor-line = <b>{ $name }</b> ({ $languages })
    { $bio }
consult-btn-first-available = ⚡ Pirmas laisvas konsultantas
consult-no-slots = Deja, artimiausiomis savaitėmis laisvo laiko nėra.
consult-btn-other-advisor = ↩ Kitas konsultantas
consult-choose-day = Pasirinkite dieną. Laikas rodomas jūsų laiko juostoje ({ $timezone }).
consult-btn-abort = ✖ Atšaukti
consult-choose-time = Laisvas laikas <b>{ $day }</b> ({ $timezone }):
consult-btn-other-day = 📅 Kita diena
consult-choose-mode = { $when }. Kaip norėtumėte susitikti?
consult-ask-description = Vienoje žinutėje parašykite, ką norėtumėte aptarti. Vienas ar du sakiniai padės konsultantui pasiruošti.
consult-btn-skip = Praleisti
consult-first-available-advisor = pirmas laisvas konsultantas
consult-summary =
    <b>Patikrinkite registraciją</b>
    Tema: { $topic }
    Konsultantas: { $advisor }
    Kada: { $when }
    Trukmė: { $length }
    Kaip: { $mode }
    Jūsų klausimas: { $description }
consult-summary-reschedule =
    <b>Perkelti konsultaciją į:</b>
    Tema: { $topic }
    Konsultantas: { $advisor }
    Kada: { $when }
    Trukmė: { $length }
    Kaip: { $mode }
    Jūsų klausimas: { $description }
consult-btn-confirm = ✅ Patvirtinti
consult-slot-taken = Šį laiką ką tik užsirezervavo kitas žmogus. Šie laikai dar laisvi ({ $zone }):
consult-slot-gone = Šis laikas jau užimtas. Pasirinkite kitą.
consult-too-many = Jau turite { $limit ->
        [one] { $limit } būsimą konsultaciją
        [few] { $limit } būsimas konsultacijas
        [many] { $limit } būsimos konsultacijos
       *[other] { $limit } būsimų konsultacijų
    } – tai daugiausia, kiek gali turėti vienas žmogus. Jas rasite /mybookings.
consult-cannot-book = Deja, šios registracijos atlikti nebegalima. Pradėkite iš naujo komanda /book.
consult-booked-requested = 📨 Jūsų prašymas išsiųstas konsultantui { $advisor }, laikas { $when }. Kai tik jis bus patvirtintas, gausite žinutę.
consult-booked-confirmed = ✅ Užregistruota: { $when }, konsultantas { $advisor }. Patvirtinimas su kalendoriaus failu jau siunčiamas.
consult-rescheduled-requested = 📨 Konsultanto { $advisor } paprašėme patvirtinti naują laiką: { $when }.
consult-rescheduled-confirmed = ✅ Perkelta į { $when }, konsultantas { $advisor }. Naujas kalendoriaus failas jau siunčiamas.
consult-too-late = Iki konsultacijos liko mažiau nei { $hours ->
        [one] { $hours } valanda
        [few] { $hours } valandos
        [many] { $hours } valandos
       *[other] { $hours } valandų
    }, todėl čia jos pakeisti nebegalima. Susisiekite tiesiogiai su konsultantu ({ $advisor }): { $contact }
consult-my-none = Būsimų konsultacijų neturite.
consult-btn-book = 📅 Registruotis konsultacijai
consult-my-title = { $count ->
        [one] Jūsų būsima konsultacija:
        [few] Jūsų { $count } būsimos konsultacijos:
        [many] Jūsų { $count } būsimos konsultacijos:
       *[other] Jūsų { $count } būsimų konsultacijų:
    }
consult-btn-reschedule = 🔁 Perkelti
consult-btn-cancel = ✖ Atšaukti
consult-cancel-sure = Atšaukti konsultaciją su { $advisor }, { $when }?
consult-btn-cancel-yes = Taip, atšaukti
consult-btn-keep = Ne, palikti
consult-no-longer = Šios konsultacijos taip pakeisti nebegalima.
consult-cancelled = Jūsų konsultacija { $when } atšaukta. Konsultantas informuotas.
consult-draft-expired = Registracija buvo nutraukta. Pradėkite iš naujo.
consult-aborted = Registracija atšaukta. Niekas neužregistruota.
consult-not-found = Šis mygtukas ne jums arba registracijos nebėra.

consult-feedback-thanks = Ačiū už įvertinimą ({ $rating }/5)! Ar norėtumėte pridėti komentarą?
consult-btn-comment = 💬 Pridėti komentarą
consult-ask-comment = Parašykite komentarą vienoje žinutėje.
consult-comment-thanks = Ačiū, jūsų komentaras išsaugotas.

consult-reason = Priežastis: { $reason }
consult-person-zone = 🌍 { $person }: kita laiko juosta ({ $zone }), ten tuo metu bus { $time }.
consult-alternatives = Kiti laisvi to paties konsultanto laikai:
consult-btn-other-times = 📅 Kiti laikai

consult-ics-summary = Konsultacija: { $name }
consult-ics-description = { $topic } · { $mode }: { $place }
    { $description }

consult-n-request =
    📨 <b>Naujas prašymas konsultacijai</b>
    Kada: { $when }
    Nuo: { $person }
    Tema: { $topic } · { $mode }
    Klausimas: { $description }
consult-n-request-moved =
    🔁 <b>Registracija perkelta ir laukia jūsų patvirtinimo</b>
    Naujas laikas: { $when }
    Nuo: { $person }
    Tema: { $topic } · { $mode }
    Klausimas: { $description }
consult-btn-accept = ✅ Priimti
consult-btn-decline = ✖ Atmesti
consult-n-confirmed =
    ✅ <b>Jūsų konsultacija patvirtinta</b>
    { $when }, konsultantas { $advisor }
    { $mode }: { $place }
    Pridėtas failas įtrauks ją į jūsų kalendorių. Pakeisti: /mybookings.
consult-n-confirmed-advisor =
    ✅ <b>Konsultacija patvirtinta</b>
    { $when } su: { $person }
    { $topic } · { $mode }: { $place }
consult-n-declined = ✖ { $advisor } negali priimti jūsų konsultacijos { $when }.
consult-n-expired = ⌛ { $advisor } laiku nepatvirtino jūsų konsultacijos { $when }, todėl prašymas nebegalioja.
consult-n-cancelled-by-advisor = ✖ { $advisor } turėjo atšaukti jūsų konsultaciją { $when }. Atsiprašome.
consult-n-cancelled-by-person = ✖ { $person } atšaukė konsultaciją { $when }.
consult-n-cancelled-erased = ✖ Konsultacija { $when } atšaukta: asmuo paprašė ištrinti jo duomenis.
consult-n-reminder = ⏰ Priminimas: konsultacija { $hours ->
        [one] po { $hours } valandos
        [few] po { $hours } valandų
        [many] po { $hours } valandos
       *[other] po { $hours } valandų
    }, { $when }
    Dalyviai: { $advisor } / { $person }
    { $mode }: { $place }
consult-n-attendance = Ar konsultacija su { $person } ({ $when }) įvyko?
consult-btn-held = ✅ Įvyko
consult-btn-noshow = 🚫 Neatvyko
consult-n-feedback = Kiek naudinga buvo jūsų konsultacija su { $advisor } ({ $when })? 1 – visai ne, 5 – labai.
consult-btn-star1 = 1
consult-btn-star2 = 2
consult-btn-star3 = 3
consult-btn-star4 = 4
consult-btn-star5 = 5

consult-accepted = ✅ Priimta: { $person }, { $when }. Abu gausite kalendoriaus failą.
consult-request-closed = Šio prašymo būsena jau: { $state }.
consult-ask-decline-reason = Kodėl atmetate? Parašykite trumpą priežastį verslininkui arba atmeskite be priežasties.
consult-btn-decline-no-reason = Atmesti be priežasties
consult-declined = Atmesta: { $person }, { $when }. Pasiūlyti kiti laikai.
consult-ask-cancel-reason = Atšaukti konsultaciją su { $person }, { $when }? Parašykite trumpą priežastį arba atšaukite be priežasties.
consult-btn-cancel-no-reason = Atšaukti be priežasties
consult-advisor-cancelled = Atšaukta: { $person }, { $when }. Asmuo informuotas, jam pasiūlyti kiti laikai.
consult-too-early = Tai pažymėti galėsite, kai konsultacija prasidės.
consult-attendance-recorded = Pažymėta: { $person }, { $when }: { $state }. Galite pridėti trumpą pastabą apie rezultatą (ją mato tik konsultantai ir darbuotojai).
consult-btn-note = 📝 Pastaba apie rezultatą
consult-ask-note = Parašykite pastabą apie rezultatą vienoje žinutėje (ją mato tik konsultantai ir darbuotojai).
consult-note-saved = Pastaba išsaugota.
consult-note-line = 📝 { $note }

consult-agenda-today = <b>Šiandien, { $date }</b> ({ $timezone })
consult-agenda-week = <b>Artimiausios 7 dienos</b>
consult-agenda-empty = Konsultacijų nėra.

consult-weekday-mon = Pr
consult-weekday-tue = An
consult-weekday-wed = Tr
consult-weekday-thu = Kt
consult-weekday-fri = Pn
consult-weekday-sat = Št
consult-weekday-sun = Sk
consult-availability-title = <b>Jūsų darbo laikas</b> ({ $timezone }; konsultacijos po { $slot } min, { $buffer } min tarp jų)
consult-availability-no-hours = Savaitės darbo laiko dar nėra: niekas negali pas jus užsiregistruoti.
consult-availability-exceptions = <b>Išimtys</b>
consult-exception-off = laisva
consult-exception-extra = papildomos valandos
consult-whole-day = visa diena
consult-availability-help =
    Pridėti savaitės laiką: <code>/availability add mon 09:00-12:00</code>
    Laisva diena: <code>/availability off 2026-12-24</code> (arba jos dalis: pridėkite <code>13:00-17:00</code>)
    Papildomos valandos: <code>/availability extra 2026-12-27 10:00-12:00</code>
    Paspauskite ✖, kad pašalintumėte laiką ar išimtį.
consult-availability-usage = Nesupratau. Pavyzdžiui: <code>/availability add mon 09:00-12:00</code>, <code>/availability off 2026-12-24</code> arba <code>/availability extra 2026-12-27 10:00-12:00</code>.
consult-availability-saved = Išsaugota.
consult-availability-removed = Pašalinta.

consult-advisors-title = <b>Konsultantai</b>
consult-advisors-line = <b>{ $name }</b> (id { $id }, { $state }), { $languages }
    { $expertise }
consult-advisor-active = galima registruotis
consult-advisor-inactive = paslėptas
consult-btn-hide = Slėpti
consult-btn-show = Rodyti
consult-advisors-empty = Konsultantų dar nėra.
consult-advisors-import-help = Konsultantus su profiliais ir darbo laiku pridėsite ar atnaujinsite iš YAML failo: <code>helpdesk-bot advisors import advisors.yaml</code> (žr. advisors.sample.yaml).

## The booking flow: Back, and the number for a phone consultation
consult-btn-back = ◀ Atgal
consult-btn-keep-as-is = ✅ Palikti kaip yra
consult-ask-phone = 📞 Kokiu numeriu konsultantas gali jums paskambinti? Įrašykite jį su šalies kodu, pavyzdžiui, +370 612 34567. Jį matys tik jūsų konsultantas.
consult-mode-with-number = { $mode } (jūsų numeris: { $phone })
consult-your-number = Jūsų numeris: { $phone }
consult-phone-invalid = Tai nepanašu į telefono numerį. Įrašykite nuo 7 iki 15 skaitmenų (galite naudoti +, tarpus, brūkšnelius ir skliaustus), pavyzdžiui, +370 612 34567.
consult-phone-for-advisor = 📞 Skambinti numeriu { $phone }
