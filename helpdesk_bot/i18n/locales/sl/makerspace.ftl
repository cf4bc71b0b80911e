## Makerspace: stroji in delovna mesta, usposabljanja, urnik delavnice.

cmd-makerspace = Makerspace: rezervacija stroja
cmd-workshop = Urnik delavnice, prisotnost, vzdrževanje
cmd-induct = Vpis varnostnega usposabljanja

unit-hours = ure

ms-length-min = { $minutes } min
ms-length-h = { $hours } h
ms-length-hmin = { $hours } h { $minutes } min

ms-none = V makerspaceu še ni strojev za rezervacijo.
ms-title = 🛠 <b>Makerspace</b>: prosti čas strojev danes in v naslednjih 7 dneh (časovni pas: { $zone }). Izberite stroj in ga rezervirajte.
ms-overview-line = • <b>{ $resource }</b> ({ $units }): danes prosto { $today } h, ta teden { $week } h
ms-overview-line-closed = • <b>{ $resource }</b> ({ $units }): danes ni več odprto, ta teden prosto { $week } h
ms-overview-induction = 　🔒 zahteva: { $induction }
ms-resource-head = 🛠 <b>{ $resource }</b> ({ $units })
ms-price = 💶 { $price }
ms-lengths = Naenkrat lahko rezervirate od { $min } do { $max }.
ms-no-free-days = Žal v prihodnjih dneh ni prostih terminov.
ms-choose-day = Izberite dan (časovni pas: { $zone }):
ms-btn-back = ↩ Vsi stroji
ms-day-full = Ta dan je že v celoti zaseden. Izberite drug dan.
ms-btn-other-day = 📅 Drug dan
ms-choose-start = <b>{ $resource }</b>, { $day }: izberite začetek ({ $zone }) ali ga vpišite, npr. 14:30.
ms-start-unavailable = Ob tej uri ni prostega mesta ({ $resource }). Izberite enega od prikazanih časov.
ms-choose-length = <b>{ $resource }</b> od { $when }. Za koliko časa? (največ { $max }; trajanje lahko tudi vpišete, npr. 90 ali 1:30)
ms-length-unavailable = Od tega začetka stroj ni prost tako dolgo. Izberite eno od prikazanih trajanj.
ms-summary =
    Preverite rezervacijo:
    🛠 <b>{ $resource }</b>
    📅 { $when } do { $until } ({ $length })
ms-btn-confirm = ✅ Rezerviraj
ms-booked = ✅ Rezervirano: <b>{ $resource }</b> št. { $unit }, { $when } do { $until }. Datoteka za koledar pride takoj.
ms-moved = ✅ Prestavljeno: <b>{ $resource }</b> št. { $unit }, zdaj { $when } do { $until }.
ms-alternatives = Najbližji prosti termini:
ms-type-start = Vpišite začetek, npr. 14:30, ali izberite gumb.
ms-type-length = Vpišite trajanje v minutah (večkratnik { $slot }), npr. 90 ali 1:30, ali izberite gumb.
ms-use-buttons = Uporabite gumbe zgoraj ali pošljite /cancel.

ms-induction-required = 🔒 Za uporabo tega stroja ({ $resource }) potrebujete najprej usposabljanje: <b>{ $induction }</b>.
ms-induction-expired = 🔒 Veljavnost vašega usposabljanja je potekla: <b>{ $induction }</b>. Obnovite ga, da boste stroj ({ $resource }) spet lahko uporabljali.
ms-induction-next = Naslednji termin usposabljanja je { $when }: prijavite se spodaj.
ms-induction-ask = Usposabljanje se dogovorite tukaj: { $contact }
ms-induction-ask-staff = Usposabljanje se dogovorite z osebjem makerspacea.

ms-my-title = { $count ->
        [one] 🛠 Vaša prihodnja rezervacija stroja:
        [two] 🛠 Vaši { $count } prihodnji rezervaciji strojev:
        [few] 🛠 Vaše { $count } prihodnje rezervacije strojev:
       *[other] 🛠 Vaših { $count } prihodnjih rezervacij strojev:
    }
ms-booking = 🛠 <b>{ $resource }</b> št. { $unit }
    📅 { $when } do { $until }
ms-btn-reschedule = 🔁 Spremeni termin
ms-btn-cancel = ✖ Prekliči rezervacijo
ms-cancel-ask = Želite preklicati rezervacijo: <b>{ $resource }</b>, { $when }?
ms-btn-cancel-yes = Da, prekliči
ms-cancelled = Rezervacija ({ $resource }, { $when }) je preklicana; stroj je spet prost za druge.
ms-btn-rebook_unit = 🔁 Isti čas, drug stroj
ms-btn-rebook_time = 📅 Izberi drug čas

ms-n-confirmed = ✅ Vaša rezervacija: <b>{ $resource }</b> št. { $unit }, { $when } do { $until }. Prosimo, pridite pravočasno; datoteka za koledar je priložena.
ms-n-moved = 🔁 Rezervacija je prestavljena: <b>{ $resource }</b> št. { $unit }, { $when } do { $until }.
ms-n-reminder = ⏰ Opomnik: <b>{ $resource }</b> št. { $unit } vam je na voljo od { $when } do { $until }.
ms-n-closed = 🔧 Oprostite: <b>{ $resource }</b> št. { $unit } je v vzdrževanju, zato je vaša rezervacija za { $when } preklicana. Izberite isti čas na drugem stroju ali drug čas:
ms-n-cancelled = Rezervacija ({ $resource }, { $when }) je preklicana.
ms-ics-summary = Makerspace: { $resource } št. { $unit }
ms-ics-description = Rezervacija št. { $id } v makerspaceu ({ $minutes } min).

ms-error-unknown_resource = Stroja z imenom »{ $code }« ni. Seznam je na voljo z /makerspace.
ms-error-unknown_induction = Usposabljanja z imenom »{ $code }« ni.
ms-error-unknown_person = Ta oseba bota še ni zagnala; najprej mora poslati /start.
ms-error-not_found = Te rezervacije ni bilo mogoče najti.
ms-error-outside_hours = Ta čas presega delovni čas ({ $resource }). Izberite začetek in trajanje znotraj delovnega časa.
ms-error-too_long = To je predolgo: ena rezervacija ({ $resource }) lahko traja največ { $max }.
ms-error-too_short = To je prekratko: rezervacija ({ $resource }) mora trajati vsaj { $min }.
ms-error-dst = To noč se ura premakne, zato ta čas ne obstaja ali nastopi dvakrat. Izberite drug čas.
ms-error-too_soon = Ta termin se je že začel. Izberite poznejšega.
ms-error-too_far = To je predaleč. Izberite enega od ponujenih dni.
ms-error-full = Žal je bil nekdo hitrejši in ob tem času ni več prostega mesta ({ $resource }).
ms-error-induction_required = Za ta stroj potrebujete najprej varnostno usposabljanje.
ms-error-induction_expired = Veljavnost vašega varnostnega usposabljanja za ta stroj je potekla.
ms-error-invalid_state = Te rezervacije ni več mogoče spremeniti.
ms-error-too_many = Imate že { $limit } prihodnjih rezervacij strojev, kar je največ za eno osebo.
ms-error-slot_changed = Urnik se je ravno takrat spremenil. Poskusite znova.
ms-error-bad_file = Datoteka makerspacea vsebuje napako.

ms-ws-today = 🛠 <b>Delavnica danes</b>, { $day } (časovni pas: { $zone })
ms-ws-week = 🛠 <b>Delavnica ta teden</b> od { $day } (časovni pas: { $zone })
ms-ws-resource = <b>{ $resource }</b> ({ $units })
ms-ws-empty = 　ni rezervacij
ms-ws-line = 　{ $icon } { $when }–{ $until } · št. { $unit } · { $person } (#{ $id })
ms-ws-btn-in = ✅ Prihod: { $who }
ms-ws-btn-noshow = 🚫 Neudeležba
ms-ws-btn-today = 📅 Danes
ms-ws-btn-week = 📅 Ta teden
ms-ws-btn-close = 🔧 Izklopi: { $resource }
ms-ws-marked-in = Prihod vpisan: { $person }
ms-ws-marked-noshow = Neudeležba vpisana: { $person }
ms-ws-hours = { $hours } h
ms-ws-days = { $days ->
        [one] { $days } dan
        [two] { $days } dneva
        [few] { $days } dnevi
       *[other] { $days } dni
    }
ms-ws-all-units = vsi
ms-ws-unit = št. { $unit }
ms-ws-close-ask = 🔧 Vzdrževanje od zdaj: <b>{ $resource }</b>. Kateri stroj izklopiti in za koliko časa? Rezervacije v tem času bodo preklicane, njihovim avtorjem pa ponudimo drug stroj ali čas.
ms-ws-closed = 🔧 Izklopljeno do { $until }: { $resource } ({ $what }). { $count ->
        [0] Nobena rezervacija ni bila preklicana.
        [one] Preklicana je bila ena rezervacija; pošiljamo obvestilo.
        [two] Preklicani sta bili { $count } rezervaciji; pošiljamo obvestila.
        [few] Preklicane so bile { $count } rezervacije; pošiljamo obvestila.
       *[other] Preklicanih je bilo { $count } rezervacij; pošiljamo obvestila.
    }

ms-induct-usage = Vpis usposabljanja: na posredovano sporočilo osebe odgovorite z /induct KLJUČ ali pošljite /induct KLJUČ TELEGRAM_ID. KLJUČ je usposabljanje ali stroj, ki ga zahteva: { $keys }
ms-induct-hidden = Ta oseba v posredovanih sporočilih skriva svoj račun, zato ne vem, kdo je. Uporabite /induct KLJUČ TELEGRAM_ID.
ms-induct-done = ✅ { $name }: opravljeno usposabljanje je vpisano ({ $induction }), velja do { $until }.
ms-induct-you = ✅ Vpisali smo vaše opravljeno usposabljanje ({ $induction }), velja do { $until }. Te stroje lahko zdaj rezervirate z /makerspace.
