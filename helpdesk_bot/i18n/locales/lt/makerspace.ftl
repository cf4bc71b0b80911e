## Makerspace: staklės ir darbo vietos, instruktažai, dirbtuvių tvarkaraštis.

cmd-makerspace = Makerspace: rezervuoti įrenginį
cmd-workshop = Dirbtuvių tvarkaraštis, lankomumas, priežiūra
cmd-induct = Įrašyti saugos instruktažą

unit-hours = valandos

ms-length-min = { $minutes } min.
ms-length-h = { $hours } val.
ms-length-hmin = { $hours } val. { $minutes } min.

ms-none = Makerspace dar neturi įrenginių, kuriuos būtų galima rezervuoti.
ms-title = 🛠 <b>Makerspace</b>: laisvas įrenginių laikas šiandien ir per ateinančias 7 dienas (laiko juosta: { $zone }). Pasirinkite įrenginį ir jį rezervuokite.
ms-overview-line = • <b>{ $resource }</b> ({ $units }): šiandien laisva { $today } val., šią savaitę { $week } val.
ms-overview-line-closed = • <b>{ $resource }</b> ({ $units }): šiandien jau uždaryta, šią savaitę laisva { $week } val.
ms-overview-induction = 　🔒 reikia: { $induction }
ms-resource-head = 🛠 <b>{ $resource }</b> ({ $units })
ms-price = 💶 { $price }
ms-lengths = Vienu kartu galima rezervuoti nuo { $min } iki { $max }.
ms-no-free-days = Deja, artimiausiomis dienomis laisvo laiko nėra.
ms-choose-day = Pasirinkite dieną (laiko juosta: { $zone }):
ms-btn-back = ↩ Visi įrenginiai
ms-day-full = Ši diena jau visiškai užimta. Pasirinkite kitą dieną.
ms-btn-other-day = 📅 Kita diena
ms-choose-start = <b>{ $resource }</b>, { $day }: pasirinkite pradžios laiką ({ $zone }) arba jį įrašykite, pvz., 14:30.
ms-start-unavailable = Šiuo metu laisvos vietos nėra ({ $resource }). Pasirinkite vieną iš rodomų laikų.
ms-choose-length = <b>{ $resource }</b> nuo { $when }. Kiek laiko? (ne daugiau kaip { $max }; trukmę galite ir įrašyti, pvz., 90 arba 1:30)
ms-length-unavailable = Nuo šio laiko įrenginys nėra laisvas taip ilgai. Pasirinkite vieną iš rodomų trukmių.
ms-summary =
    Patikrinkite rezervaciją:
    🛠 <b>{ $resource }</b>
    📅 { $when } iki { $until } ({ $length })
ms-btn-confirm = ✅ Rezervuoti
ms-booked = ✅ Rezervuota: <b>{ $resource }</b> Nr. { $unit }, { $when } iki { $until }. Kalendoriaus failas netrukus atkeliaus.
ms-moved = ✅ Perkelta: <b>{ $resource }</b> Nr. { $unit }, dabar { $when } iki { $until }.
ms-alternatives = Artimiausi laisvi laikai:
ms-type-start = Įrašykite pradžios laiką, pvz., 14:30, arba pasirinkite mygtuką.
ms-type-length = Įrašykite trukmę minutėmis ({ $slot } kartotinį), pvz., 90 arba 1:30, arba pasirinkite mygtuką.
ms-use-buttons = Naudokitės mygtukais viršuje arba siųskite /cancel.

ms-induction-required = 🔒 Norint naudotis šiuo įrenginiu ({ $resource }), pirmiausia reikia instruktažo: <b>{ $induction }</b>.
ms-induction-expired = 🔒 Jūsų instruktažo galiojimas baigėsi: <b>{ $induction }</b>. Atnaujinkite jį, kad vėl galėtumėte naudotis įrenginiu ({ $resource }).
ms-induction-next = Artimiausias instruktažas vyks { $when }: registruokitės žemiau.
ms-induction-ask = Dėl instruktažo kreipkitės: { $contact }
ms-induction-ask-staff = Dėl instruktažo kreipkitės į makerspace darbuotojus.

ms-my-title = { $count ->
        [one] 🛠 Jūsų artėjanti įrenginio rezervacija:
        [few] 🛠 Jūsų { $count } artėjančios įrenginių rezervacijos:
       *[other] 🛠 Jūsų artėjančių įrenginių rezervacijų: { $count }
    }
ms-booking = 🛠 <b>{ $resource }</b> Nr. { $unit }
    📅 { $when } iki { $until }
ms-btn-reschedule = 🔁 Keisti laiką
ms-btn-cancel = ✖ Atšaukti rezervaciją
ms-cancel-ask = Atšaukti rezervaciją: <b>{ $resource }</b>, { $when }?
ms-btn-cancel-yes = Taip, atšaukti
ms-cancelled = Rezervacija ({ $resource }, { $when }) atšaukta; įrenginys vėl laisvas kitiems.
ms-btn-rebook_unit = 🔁 Tas pats laikas, kitas įrenginys
ms-btn-rebook_time = 📅 Pasirinkti kitą laiką

ms-n-confirmed = ✅ Jūsų rezervacija: <b>{ $resource }</b> Nr. { $unit }, { $when } iki { $until }. Atvykite laiku; kalendoriaus failas pridėtas.
ms-n-moved = 🔁 Jūsų rezervacija perkelta: <b>{ $resource }</b> Nr. { $unit }, { $when } iki { $until }.
ms-n-reminder = ⏰ Priminimas: jūsų rezervacija – <b>{ $resource }</b> Nr. { $unit }, nuo { $when } iki { $until }.
ms-n-closed = 🔧 Atsiprašome: vyksta priežiūra (<b>{ $resource }</b> Nr. { $unit }), todėl jūsų rezervacija { $when } atšaukta. Pasirinkite tą patį laiką kitame įrenginyje arba kitą laiką:
ms-n-cancelled = Jūsų rezervacija ({ $resource }, { $when }) atšaukta.
ms-ics-summary = Makerspace: { $resource } Nr. { $unit }
ms-ics-description = Rezervacija Nr. { $id } makerspace ({ $minutes } min.).

ms-error-unknown_resource = Įrenginio „{ $code }“ nėra. Sąrašą rasite per /makerspace.
ms-error-unknown_induction = Instruktažo „{ $code }“ nėra.
ms-error-unknown_person = Šis žmogus dar nepaleido boto; pirmiausia jis turi išsiųsti /start.
ms-error-not_found = Šios rezervacijos rasti nepavyko.
ms-error-outside_hours = Šis laikas išeina už darbo valandų ribų ({ $resource }). Pasirinkite pradžią ir trukmę darbo valandomis.
ms-error-too_long = Per ilgai: viena rezervacija ({ $resource }) gali trukti ne ilgiau kaip { $max }.
ms-error-too_short = Per trumpai: rezervacija ({ $resource }) turi trukti bent { $min }.
ms-error-dst = Tą naktį keičiamas laikas, todėl šios valandos nėra arba ji pasikartoja. Pasirinkite kitą laiką.
ms-error-too_soon = Šis laikas jau prasidėjo. Pasirinkite vėlesnį.
ms-error-too_far = Tai per toli. Pasirinkite vieną iš siūlomų dienų.
ms-error-full = Deja, kažkas buvo greitesnis ir šiuo metu laisvos vietos nebėra ({ $resource }).
ms-error-induction_required = Šiam įrenginiui pirmiausia reikia saugos instruktažo.
ms-error-induction_expired = Jūsų saugos instruktažo šiam įrenginiui galiojimas baigėsi.
ms-error-invalid_state = Šios rezervacijos pakeisti nebegalima.
ms-error-too_many = Jau turite daugiausia leidžiamų artėjančių įrenginių rezervacijų ({ $limit }).
ms-error-slot_changed = Tvarkaraštis pasikeitė tą pačią akimirką. Bandykite dar kartą.
ms-error-bad_file = Makerspace faile yra klaida.

ms-ws-today = 🛠 <b>Dirbtuvės šiandien</b>, { $day } (laiko juosta: { $zone })
ms-ws-week = 🛠 <b>Dirbtuvės šią savaitę</b> nuo { $day } (laiko juosta: { $zone })
ms-ws-resource = <b>{ $resource }</b> ({ $units })
ms-ws-empty = 　rezervacijų nėra
ms-ws-line = 　{ $icon } { $when }–{ $until } · Nr. { $unit } · { $person } (#{ $id })
ms-ws-btn-in = ✅ Atvyko: { $who }
ms-ws-btn-noshow = 🚫 Neatvyko
ms-ws-btn-today = 📅 Šiandien
ms-ws-btn-week = 📅 Ši savaitė
ms-ws-btn-close = 🔧 Išjungti: { $resource }
ms-ws-marked-in = Atvykimas pažymėtas: { $person }
ms-ws-marked-noshow = Neatvykimas pažymėtas: { $person }
ms-ws-hours = { $hours } val.
ms-ws-days = { $days ->
        [one] { $days } diena
        [few] { $days } dienos
       *[other] { $days } dienų
    }
ms-ws-all-units = visi
ms-ws-unit = Nr. { $unit }
ms-ws-close-ask = 🔧 Priežiūra nuo dabar: <b>{ $resource }</b>. Kurį įrenginį išjungti ir kiek laiko? Tuo metu esančios rezervacijos bus atšauktos, o jų autoriams pasiūlysime kitą įrenginį ar laiką.
ms-ws-closed = 🔧 Išjungta iki { $until }: { $resource } ({ $what }). { $count ->
        [0] Nė viena rezervacija nepaveikta.
        [one] Atšaukta { $count } rezervacija; siunčiame pranešimą.
        [few] Atšauktos { $count } rezervacijos; siunčiame pranešimus.
       *[other] Atšaukta rezervacijų: { $count }; siunčiame pranešimus.
    }

ms-induct-usage = Instruktažo įrašymas: atsakykite į persiųstą žmogaus žinutę komanda /induct RAKTAS arba siųskite /induct RAKTAS TELEGRAM_ID. RAKTAS – instruktažas arba įrenginys, kuriam jo reikia: { $keys }
ms-induct-hidden = Šis žmogus persiųstose žinutėse slepia savo paskyrą, todėl nežinau, kas tai. Naudokite /induct RAKTAS TELEGRAM_ID.
ms-induct-done = ✅ { $name }: įrašytas baigtas instruktažas ({ $induction }), galioja iki { $until }.
ms-induct-you = ✅ Įrašėme jūsų baigtą instruktažą ({ $induction }), jis galioja iki { $until }. Dabar šiuos įrenginius galite rezervuoti per /makerspace.
