## Rådgivning: bokning, bekräftelse, påminnelser, omdömen, rådgivare.

cmd-advisors = Rådgivare (visa, dölj, importera)

consult-mode-online = 💻 Digitalt
consult-mode-in_person = 🏢 På plats
consult-mode-phone = 📞 Telefon

consult-state-requested = väntar på rådgivaren
consult-state-confirmed = bekräftad
consult-state-declined = avböjd
consult-state-expired = förfallen
consult-state-cancelled = avbokad
consult-state-held = genomförd
consult-state-no_show = uteblev
consult-state-unknown = avslutad

consult-booking =
    📅 <b>{ $when }</b> ({ $state })
    Rådgivare: { $advisor } · { $topic }
    { $mode }: { $place }
    Din fråga: { $description }
consult-booking-advisor =
    📅 <b>{ $when }</b> #{ $id } ({ $state })
    Med: { $person } · { $topic }
    { $mode }: { $place }
    Fråga: { $description }

consult-choose-topic = 📅 <b>Boka kostnadsfri rådgivning</b>
    Vad vill du prata om?
consult-from-question = Din fråga: ”{ $question }”
consult-btn-book-about-question = 📅 Boka rådgivning om detta
consult-no-advisor = Tyvärr tar ingen rådgivare emot bokningar om { $topic } just nu. Välj ett annat ämne.
consult-btn-other-topic = ↩ Annat ämne
consult-choose-advisor = Rådgivare inom <b>{ $topic }</b>. Välj en, eller ta första lediga:
consult-no-advisor-in-language = (Ingen rådgivare inom ämnet talar ditt språk; de här talar de angivna språken.)
consult-advisor-line = <b>{ $name }</b> ({ $languages })
    { $bio }
consult-btn-first-available = ⚡ Första lediga rådgivare
consult-no-slots = Tyvärr finns inga lediga tider de närmaste veckorna.
consult-btn-other-advisor = ↩ Annan rådgivare
consult-choose-day = Välj en dag. Tiderna visas i din tidszon ({ $timezone }).
consult-btn-abort = ✖ Avbryt
consult-choose-time = Lediga tider <b>{ $day }</b> ({ $timezone }):
consult-btn-other-day = 📅 Annan dag
consult-choose-mode = { $when }. Hur vill du träffas?
consult-ask-description = Skriv i ett meddelande vad du vill ta upp. En eller två meningar hjälper rådgivaren att förbereda sig.
consult-btn-skip = Hoppa över
consult-first-available-advisor = första lediga rådgivare
consult-summary =
    <b>Kontrollera din bokning</b>
    Ämne: { $topic }
    Rådgivare: { $advisor }
    När: { $when }
    Längd: { $length }
    Hur: { $mode }
    Din fråga: { $description }
consult-summary-reschedule =
    <b>Flytta rådgivningen till:</b>
    Ämne: { $topic }
    Rådgivare: { $advisor }
    När: { $when }
    Längd: { $length }
    Hur: { $mode }
    Din fråga: { $description }
consult-btn-confirm = ✅ Bekräfta
consult-slot-taken = Någon bokade den tiden alldeles nyss. De här tiderna är fortfarande lediga ({ $zone }):
consult-slot-gone = Den tiden är inte längre ledig. Välj en annan.
consult-too-many = Du har redan { $limit ->
        [one] { $limit } kommande rådgivning
       *[other] { $limit } kommande rådgivningar
    }, vilket är det mesta en person kan ha. Se dem med /mybookings.
consult-cannot-book = Tyvärr går den bokningen inte längre att göra. Börja om med /book.
consult-booked-requested = 📨 Din förfrågan har skickats till { $advisor } för { $when }. Du får ett meddelande så snart den är bekräftad.
consult-booked-confirmed = ✅ Bokat: { $when } med { $advisor }. Bekräftelsen med en kalenderfil är på väg.
consult-rescheduled-requested = 📨 { $advisor } har ombetts bekräfta den nya tiden: { $when }.
consult-rescheduled-confirmed = ✅ Flyttad till { $when } med { $advisor }. En ny kalenderfil är på väg.
consult-too-late = Det är mindre än { $hours ->
        [one] { $hours } timme
       *[other] { $hours } timmar
    } kvar till rådgivningen, så den kan inte längre ändras här. Kontakta { $advisor } direkt: { $contact }
consult-my-none = Du har inga kommande rådgivningar.
consult-btn-book = 📅 Boka rådgivning
consult-my-title = { $count ->
        [one] Din kommande rådgivning:
       *[other] Dina { $count } kommande rådgivningar:
    }
consult-btn-reschedule = 🔁 Boka om
consult-btn-cancel = ✖ Avboka
consult-cancel-sure = Avboka rådgivningen med { $advisor } { $when }?
consult-btn-cancel-yes = Ja, avboka
consult-btn-keep = Nej, behåll
consult-no-longer = Den här rådgivningen kan inte längre ändras på det sättet.
consult-cancelled = Din rådgivning { $when } är avbokad. Rådgivaren har fått besked.
consult-draft-expired = Bokningen avbröts. Börja om, tack.
consult-aborted = Bokningen avbröts. Inget bokades.
consult-not-found = Den här knappen är inte till dig, eller så finns bokningen inte längre.

consult-feedback-thanks = Tack för ditt omdöme ({ $rating }/5)! Vill du lägga till en kommentar?
consult-btn-comment = 💬 Lägg till kommentar
consult-ask-comment = Skriv din kommentar i ett meddelande.
consult-comment-thanks = Tack, din kommentar har sparats.

consult-reason = Orsak: { $reason }
consult-person-zone = 🌍 { $person }: annan tidszon ({ $zone }), där är klockan då { $time }.
consult-alternatives = Andra lediga tider hos samma rådgivare:
consult-btn-other-times = 📅 Andra tider

consult-ics-summary = Rådgivning med { $name }
consult-ics-description = { $topic } · { $mode }: { $place }
    { $description }

consult-n-request =
    📨 <b>Ny förfrågan om rådgivning</b>
    När: { $when }
    Från: { $person }
    Ämne: { $topic } · { $mode }
    Fråga: { $description }
consult-n-request-moved =
    🔁 <b>En bokning har flyttats och behöver din bekräftelse</b>
    Ny tid: { $when }
    Från: { $person }
    Ämne: { $topic } · { $mode }
    Fråga: { $description }
consult-btn-accept = ✅ Acceptera
consult-btn-decline = ✖ Avböj
consult-n-confirmed =
    ✅ <b>Din rådgivning är bekräftad</b>
    { $when } med { $advisor }
    { $mode }: { $place }
    Den bifogade filen lägger in den i din kalender. Ändra: /mybookings.
consult-n-confirmed-advisor =
    ✅ <b>Rådgivning bekräftad</b>
    { $when } med { $person }
    { $topic } · { $mode }: { $place }
consult-n-declined = ✖ { $advisor } kan tyvärr inte ta din rådgivning { $when }.
consult-n-expired = ⌛ { $advisor } bekräftade inte din rådgivning { $when } i tid, så förfrågan har förfallit.
consult-n-cancelled-by-advisor = ✖ { $advisor } har tyvärr fått ställa in din rådgivning { $when }. Vi beklagar.
consult-n-cancelled-by-person = ✖ { $person } har avbokat rådgivningen { $when }.
consult-n-cancelled-erased = ✖ Rådgivningen { $when } har avbokats: personen har begärt att få sina uppgifter raderade.
consult-n-reminder = ⏰ Påminnelse: rådgivning { $hours ->
        [one] om { $hours } timme
       *[other] om { $hours } timmar
    }, { $when }
    Deltagare: { $advisor } / { $person }
    { $mode }: { $place }
consult-n-attendance = Blev rådgivningen med { $person } { $when } av?
consult-btn-held = ✅ Genomförd
consult-btn-noshow = 🚫 Uteblev
consult-n-feedback = Hur användbar var din rådgivning med { $advisor } { $when }? 1 = inte alls, 5 = mycket.
consult-btn-star1 = 1
consult-btn-star2 = 2
consult-btn-star3 = 3
consult-btn-star4 = 4
consult-btn-star5 = 5

consult-accepted = ✅ Accepterad: { $person }, { $when }. Ni får båda en kalenderfil.
consult-request-closed = Den här förfrågan är redan: { $state }.
consult-ask-decline-reason = Varför avböjer du? Skriv en kort orsak till företagaren, eller avböj utan orsak.
consult-btn-decline-no-reason = Avböj utan orsak
consult-declined = Avböjd: { $person }, { $when }. Andra tider har erbjudits.
consult-ask-cancel-reason = Ställa in rådgivningen med { $person } { $when }? Skriv en kort orsak, eller ställ in utan orsak.
consult-btn-cancel-no-reason = Ställ in utan orsak
consult-advisor-cancelled = Inställd: { $person }, { $when }. Personen har fått besked och erbjudits andra tider.
consult-too-early = Du kan registrera detta när rådgivningen har börjat.
consult-attendance-recorded = Registrerat för { $person }, { $when }: { $state }. Du kan lägga till en kort resultatanteckning (bara rådgivare och personal ser den).
consult-btn-note = 📝 Resultatanteckning
consult-ask-note = Skriv resultatanteckningen i ett meddelande (bara rådgivare och personal ser den).
consult-note-saved = Anteckningen har sparats.
consult-note-line = 📝 { $note }

consult-agenda-today = <b>I dag, { $date }</b> ({ $timezone })
consult-agenda-week = <b>Kommande 7 dagar</b>
consult-agenda-empty = Inga rådgivningar.

consult-weekday-mon = mån
consult-weekday-tue = tis
consult-weekday-wed = ons
consult-weekday-thu = tors
consult-weekday-fri = fre
consult-weekday-sat = lör
consult-weekday-sun = sön
consult-availability-title = <b>Dina tider</b> ({ $timezone }; rådgivningar på { $slot } min, { $buffer } min emellan)
consult-availability-no-hours = Inga veckotider ännu: ingen kan boka dig.
consult-availability-exceptions = <b>Undantag</b>
consult-exception-off = ledig
consult-exception-extra = extra tider
consult-whole-day = hela dagen
consult-availability-help =
    Lägg till veckotider: <code>/availability add mon 09:00-12:00</code>
    Ledig dag: <code>/availability off 2026-12-24</code> (eller en del av den: lägg till <code>13:00-17:00</code>)
    Extra tider: <code>/availability extra 2026-12-27 10:00-12:00</code>
    Tryck på ✖ för att ta bort tider eller ett undantag.
consult-availability-usage = Det förstod jag inte. Till exempel: <code>/availability add mon 09:00-12:00</code>, <code>/availability off 2026-12-24</code> eller <code>/availability extra 2026-12-27 10:00-12:00</code>.
consult-availability-saved = Sparat.
consult-availability-removed = Borttaget.

consult-advisors-title = <b>Rådgivare</b>
consult-advisors-line = <b>{ $name }</b> (id { $id }, { $state }), { $languages }
    { $expertise }
consult-advisor-active = bokbar
consult-advisor-inactive = dold
consult-btn-hide = Dölj
consult-btn-show = Visa
consult-advisors-empty = Inga rådgivare ännu.
consult-advisors-import-help = Lägg till eller uppdatera rådgivare med profiler och tider från en YAML-fil: <code>helpdesk-bot advisors import advisors.yaml</code> (se advisors.sample.yaml).

## The booking flow: Back, and the number for a phone consultation
consult-btn-back = ◀ Tillbaka
consult-btn-keep-as-is = ✅ Behåll som det är
consult-ask-phone = 📞 Vilket nummer kan rådgivaren ringa dig på? Skriv det med landsnummer, till exempel +46 70 123 45 67. Bara din rådgivare ser det.
consult-mode-with-number = { $mode } (ditt nummer: { $phone })
consult-your-number = Ditt nummer: { $phone }
consult-phone-invalid = Det ser inte ut som ett telefonnummer. Skriv 7 till 15 siffror (du kan använda +, mellanslag, bindestreck och parenteser), till exempel +46 70 123 45 67.
consult-phone-for-advisor = 📞 Nummer att ringa: { $phone }
