## Makerspace: maskiner och arbetsplatser, introduktioner, verkstadens schema.

cmd-makerspace = Makerspace: boka en maskin
cmd-workshop = Verkstadens schema, närvaro, underhåll
cmd-induct = Registrera en säkerhetsintroduktion

unit-hours = timmar

ms-length-min = { $minutes } min
ms-length-h = { $hours } tim
ms-length-hmin = { $hours } tim { $minutes } min

ms-none = Det finns ännu inga maskiner att boka i makerspacet.
ms-title = 🛠 <b>Makerspace</b>: ledig maskintid i dag och de kommande 7 dagarna (tidszon: { $zone }). Välj en maskin för att boka den.
ms-overview-line = • <b>{ $resource }</b> ({ $units }): { $today } tim ledigt i dag, { $week } tim den här veckan
ms-overview-line-closed = • <b>{ $resource }</b> ({ $units }): stängt resten av dagen, { $week } tim ledigt den här veckan
ms-overview-induction = 　🔒 kräver: { $induction }
ms-resource-head = 🛠 <b>{ $resource }</b> ({ $units })
ms-price = 💶 { $price }
ms-lengths = Du kan boka från { $min } till { $max } åt gången.
ms-no-free-days = Tyvärr finns det inget ledigt de närmaste dagarna.
ms-choose-day = Välj en dag (tidszon: { $zone }):
ms-btn-back = ↩ Alla maskiner
ms-day-full = Den dagen är nu fullbokad. Välj en annan dag.
ms-btn-other-day = 📅 Annan dag
ms-choose-start = <b>{ $resource }</b>, { $day }: välj en starttid ({ $zone }) eller skriv in den, t.ex. 14:30.
ms-start-unavailable = Det finns ingen ledig plats vid den tiden ({ $resource }). Välj en av tiderna som visas.
ms-choose-length = <b>{ $resource }</b> från { $when }. Hur länge? (högst { $max }; du kan också skriva in en längd, t.ex. 90 eller 1:30)
ms-length-unavailable = Maskinen är inte ledig så länge från den starttiden. Välj en av längderna som visas.
ms-summary =
    Kontrollera din bokning:
    🛠 <b>{ $resource }</b>
    📅 { $when } till { $until } ({ $length })
ms-btn-confirm = ✅ Boka
ms-booked = ✅ Bokat: <b>{ $resource }</b> nr { $unit }, { $when } till { $until }. Kalenderfilen kommer strax.
ms-moved = ✅ Flyttat: <b>{ $resource }</b> nr { $unit }, nu { $when } till { $until }.
ms-alternatives = De närmaste lediga tiderna:
ms-type-start = Skriv in en starttid som 14:30, eller välj en knapp.
ms-type-length = Skriv in en längd i minuter (en multipel av { $slot }), t.ex. 90 eller 1:30, eller välj en knapp.
ms-use-buttons = Använd knapparna ovan, eller skicka /cancel.

ms-induction-required = 🔒 För att använda den här maskinen ({ $resource }) behöver du först gå: <b>{ $induction }</b>.
ms-induction-expired = 🔒 Din introduktion har gått ut: <b>{ $induction }</b>. Förnya den för att kunna använda maskinen ({ $resource }) igen.
ms-induction-next = Nästa tillfälle är { $when }: anmäl dig nedan.
ms-induction-ask = Boka en introduktion här: { $contact }
ms-induction-ask-staff = Boka en introduktion med makerspacets personal.

ms-my-title = { $count ->
        [one] 🛠 Din kommande maskinbokning:
       *[other] 🛠 Dina { $count } kommande maskinbokningar:
    }
ms-booking = 🛠 <b>{ $resource }</b> nr { $unit }
    📅 { $when } till { $until }
ms-btn-reschedule = 🔁 Boka om
ms-btn-cancel = ✖ Avboka
ms-cancel-ask = Avboka: <b>{ $resource }</b>, { $when }?
ms-btn-cancel-yes = Ja, avboka
ms-cancelled = Bokningen ({ $resource }, { $when }) är avbokad; maskinen är ledig för andra igen.
ms-btn-rebook_unit = 🔁 Samma tid, annan maskin
ms-btn-rebook_time = 📅 Välj en annan tid

ms-n-confirmed = ✅ Din bokning: <b>{ $resource }</b> nr { $unit }, { $when } till { $until }. Kom i tid; kalenderfilen är bifogad.
ms-n-moved = 🔁 Din bokning har flyttats: <b>{ $resource }</b> nr { $unit }, { $when } till { $until }.
ms-n-reminder = ⏰ Påminnelse: <b>{ $resource }</b> nr { $unit } är bokad åt dig från { $when } till { $until }.
ms-n-closed = 🔧 Tyvärr: <b>{ $resource }</b> nr { $unit } är avstängd för underhåll, så din bokning { $when } är avbokad. Ta samma tid på en annan maskin eller välj en annan tid:
ms-n-cancelled = Din bokning ({ $resource }, { $when }) är avbokad.
ms-ics-summary = Makerspace: { $resource } nr { $unit }
ms-ics-description = Bokning nr { $id } i makerspacet ({ $minutes } min).

ms-error-unknown_resource = Det finns ingen maskin som heter ”{ $code }”. Listan finns under /makerspace.
ms-error-unknown_induction = Det finns ingen introduktion som heter ”{ $code }”.
ms-error-unknown_person = Den här personen har inte startat boten än; hen behöver först skicka /start.
ms-error-not_found = Bokningen hittades inte.
ms-error-outside_hours = Den tiden ligger utanför öppettiderna ({ $resource }). Välj start och längd inom öppettiderna.
ms-error-too_long = Det är för länge: en bokning ({ $resource }) får vara högst { $max }.
ms-error-too_short = Det är för kort: en bokning ({ $resource }) måste vara minst { $min }.
ms-error-dst = Den natten ställs klockan om, så tiden finns inte eller inträffar två gånger. Välj en annan tid.
ms-error-too_soon = Den tiden har redan börjat. Välj en senare.
ms-error-too_far = Det är för långt fram. Välj en av dagarna som erbjuds.
ms-error-full = Tyvärr hann någon före: det finns ingen ledig plats vid den tiden ({ $resource }).
ms-error-induction_required = För den här maskinen behöver du först en säkerhetsintroduktion.
ms-error-induction_expired = Din säkerhetsintroduktion för den här maskinen har gått ut.
ms-error-invalid_state = Den här bokningen kan inte längre ändras.
ms-error-too_many = Du har redan { $limit } kommande maskinbokningar, det största antalet en person får ha.
ms-error-slot_changed = Schemat ändrades i samma stund. Försök igen.
ms-error-bad_file = Makerspace-filen innehåller ett fel.

ms-ws-today = 🛠 <b>Verkstaden i dag</b>, { $day } (tidszon: { $zone })
ms-ws-week = 🛠 <b>Verkstaden den här veckan</b> från { $day } (tidszon: { $zone })
ms-ws-resource = <b>{ $resource }</b> ({ $units })
ms-ws-empty = 　inga bokningar
ms-ws-line = 　{ $icon } { $when }–{ $until } · nr { $unit } · { $person } (#{ $id })
ms-ws-btn-in = ✅ Kom: { $who }
ms-ws-btn-noshow = 🚫 Kom inte
ms-ws-btn-today = 📅 I dag
ms-ws-btn-week = 📅 Den här veckan
ms-ws-btn-close = 🔧 Stäng av: { $resource }
ms-ws-marked-in = Närvaro registrerad: { $person }
ms-ws-marked-noshow = Registrerad som utebliven: { $person }
ms-ws-hours = { $hours } tim
ms-ws-days = { $days ->
        [one] 1 dag
       *[other] { $days } dagar
    }
ms-ws-all-units = alla
ms-ws-unit = nr { $unit }
ms-ws-close-ask = 🔧 Underhåll från och med nu: <b>{ $resource }</b>. Vilken maskin, och hur länge? Bokningar under den tiden avbokas och de berörda erbjuds en annan maskin eller tid.
ms-ws-closed = 🔧 Avstängd till { $until }: { $resource } ({ $what }). { $count ->
        [0] Ingen bokning påverkades.
        [one] En bokning avbokades; personen får ett meddelande.
       *[other] { $count } bokningar avbokades; de berörda får ett meddelande.
    }

ms-induct-usage = Registrera en introduktion: svara på personens vidarebefordrade meddelande med /induct NYCKEL, eller skicka /induct NYCKEL TELEGRAM_ID. NYCKEL är en introduktion eller en maskin som kräver en: { $keys }
ms-induct-hidden = Den här personen döljer sitt konto i vidarebefordrade meddelanden, så jag vet inte vem det är. Använd /induct NYCKEL TELEGRAM_ID.
ms-induct-done = ✅ { $name }: { $induction } registrerad, giltig till { $until }.
ms-induct-you = ✅ Din introduktion är registrerad ({ $induction }) och gäller till { $until }. Nu kan du boka de maskinerna med /makerspace.
