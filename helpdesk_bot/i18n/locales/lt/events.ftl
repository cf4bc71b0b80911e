## Renginiai: dirbtuvės, mugės, internetiniai seminarai, registracija, prenumeratos, pranešimai, siuntimas.

cmd-myevents = Mano registracijos į renginius
cmd-unsubscribe = Atsisakyti visų pranešimų

ev-kind-workshop = Dirbtuvės
ev-kind-trade_fair = Mugė
ev-kind-webinar = Internetinis seminaras
ev-kind-networking = Tinklaveikos susitikimas
ev-kind-other = Renginys

ev-card-kind = 🏷 { $kind }
ev-card-when-line = 🕒 { $when }
ev-card-venue-time-line = 📍 Vietos laikas: { $when } ({ $zone })
ev-card-venue = 📍 { $venue }
ev-card-online = 💻 Internetu: { $url }
ev-card-organiser = 👤 Organizatorius: { $organiser }
ev-card-topics = 📚 Temos: { $topics }
ev-card-cancelled = ❌ <b>Šis renginys atšauktas.</b>
ev-card-external = 📝 Registracija organizatoriaus svetainėje: { $url }
ev-card-closed = 📝 Registracija baigta.
ev-card-open = 📝 Registracija vyksta.
ev-card-seats = 📝 { $count ->
        [one] Liko { $count } vieta
        [few] Liko { $count } vietos
       *[other] Liko { $count } vietų
    }
ev-card-full = 📝 Vietų nebėra: galite užsirašyti į laukiančiųjų sąrašą ({ $count ->
        [one] laukia { $count } žmogus
        [few] laukia { $count } žmonės
       *[other] laukia { $count } žmonių
    }).
ev-card-deadline-line = ⏳ Registracija iki { $deadline }
ev-description = { $description }
ev-other-language = (Šis renginys dar neturi aprašymo jūsų kalba.)

ev-list-title = <b>Artėjantys renginiai</b> ({ $count })
ev-list-line = { $n }. <b>{ $title }</b> · { $kind } · { $when }
ev-list-empty = Šiuo metu jums nėra artėjančių renginių. Užsiprenumeruokite pranešimus ir apie naujus sužinosite iš karto.
ev-not-found = Šio renginio nėra arba jis nepasiekiamas.

ev-button-register = ✅ Registruotis
ev-button-details = ℹ Daugiau
ev-button-cancel = ✖ Atšaukti registraciją
ev-button-calendar = 📅 Įtraukti į kalendorių
ev-button-share = 🔗 Dalintis
ev-button-share-telegram = Dalintis Telegram
ev-button-external = 📝 Registruotis pas organizatorių
ev-button-mine = 🎟 Mano registracijos
ev-button-back = ◀ Atgal
ev-button-attendees = 👥 Dalyviai
ev-button-edit = ✏ Redaguoti
ev-button-cancel-event = ❌ Atšaukti renginį
ev-button-cancel-event-yes = ❌ Taip, atšaukti
ev-button-abort = ✖ Nutraukti

ev-you-registered = ✅ Jūs užsiregistravote.
ev-you-waitlisted = ⏳ Esate laukiančiųjų sąraše (eilėje { $position }).
ev-registered = ✅ Jūs užsiregistravote! Priminsiu dieną prieš. Mygtuku apačioje įtrauksite renginį į kalendorių.
ev-waitlisted = ⏳ Vietų nebėra, todėl esate laukiančiųjų sąraše (eilėje { $position }). Kai tik atsiras vieta, pranešiu.
ev-register-already-registered = Į šį renginį jau esate užsiregistravę.
ev-register-already-waitlisted = Jau esate laukiančiųjų sąraše (eilėje { $position }).
ev-register-closed = Deja, registracija į šį renginį baigta.
ev-register-not-found = Šio renginio nėra arba jis nepasiekiamas.
ev-register-not-in-bot = Į šį renginį registruojamasi ne per robotą.
ev-register-cancelled-event = Šis renginys atšauktas.
ev-unregistered = Jūsų registracija į „{ $title }“ atšaukta. Ačiū, kad pranešėte: jūsų vietą gaus kitas žmogus iš laukiančiųjų sąrašo.
ev-not-registered = Į šį renginį nesate užsiregistravę.
ev-already-started = Renginys jau prasidėjo, todėl registracijos atšaukti nebegalima.
ev-ics-caption = 📅 { $title }: atidarykite failą ir įtraukite renginį į kalendorių.
ev-share-text = Pasidalinkite šia nuoroda: kas ją atidarys, robote pamatys „{ $title }“.
    { $link }

ev-mine-title = <b>Jūsų registracijos</b>
ev-mine-empty = Nesate užsiregistravę į jokį artėjantį renginį. Žr. /events.
ev-status-registered = užsiregistruota
ev-status-waitlisted = laukiančiųjų sąraše, eilėje { $position }

ev-announce-intro = 📣 <b>Naujas renginys</b>
ev-notice-reminder = ⏰ Priminimas: „{ $title }“ vyks rytoj, { $when }.
ev-notice-promoted = 🎉 Atsirado vieta: dabar esate užsiregistravę į „{ $title }“ ({ $when }).
ev-notice-changed = ✏ Renginys „{ $title }“ pasikeitė. Štai nauja informacija:
ev-notice-cancelled = ❌ Apgailestaujame: renginys „{ $title }“ ({ $when }) atšauktas. Jūsų registracija nebegalioja.

ev-attendees-title = <b>{ $title }</b>
    Užsiregistravę: { $registered } · Laukiantieji: { $waitlisted }
ev-attendees-none = Dar niekas neužsiregistravo.
ev-attendees-mark-later = Dalyvavimą čia galėsite pažymėti, kai renginys prasidės.
ev-attendees-mark-hint = Palieskite žmogų ir pažymėkite, ar jis atvyko.
ev-cancel-event-confirm = Atšaukti „{ $title }“? { $count ->
        [one] Pranešime { $count } užsiregistravusiam ar laukiančiam žmogui.
       *[other] Pranešime užsiregistravusiems ar laukiantiems žmonėms (iš viso { $count }).
    }
ev-event-cancelled-done = Renginys atšauktas. { $count ->
        [one] Pranešime { $count } žmogui.
       *[other] Pranešime žmonėms (iš viso { $count }).
    }
ev-edit-choose = Ką norite pakeisti renginyje „{ $title }“?
ev-edit-field-time = 🕒 Data ir laikas
ev-edit-field-place = 📍 Vieta arba internetinė nuoroda
ev-edit-field-capacity = 👥 Vietų skaičius
ev-edit-field-title = 🏷 Pavadinimas
ev-edit-ask-time = Atsiųskite naują pradžią ir pabaigą, pavyzdžiui, <code>2026-12-10 10:00 - 14:00</code> (laiko juosta: { $timezone }).
ev-edit-ask-place = Atsiųskite naują vietos adresą arba internetinę nuorodą.
ev-edit-ask-capacity = Atsiųskite naują vietų skaičių.
ev-edit-ask-title = Atsiųskite naują pavadinimą.
ev-edit-done = ✅ Išsaugota. { $count ->
        [0] Nieko informuoti nereikia.
        [one] Apie pakeitimą pranešime { $count } užsiregistravusiam ar laukiančiam žmogui.
       *[other] Apie pakeitimą pranešime užsiregistravusiems ar laukiantiems žmonėms (iš viso { $count }).
    }

evn-ask-kind = <b>Naujas renginys</b>. Koks tai renginys?
evn-ask-title = Atsiųskite pavadinimą (savo kalba; jį matys ir kitomis kalbomis kalbantys žmonės).
evn-ask-description = Atsiųskite trumpą aprašymą arba praleiskite šį žingsnį.
evn-ask-start = Kada prasideda? Pavyzdžiui, <code>rytoj 9:00</code> arba <code>{ $example }</code> (laiko juosta: { $timezone }).
evn-ask-end = Kada baigiasi? Laikas, pvz., <code>14:00</code>, arba data ir laikas.
evn-ask-place = Atsiųskite renginio vietos adresą arba internetinę nuorodą (https://…).
evn-ask-topics = Kokioms temoms skirtas? Palieskite, kad pasirinktumėte, tada Toliau.
evn-ask-countries = Kokių šalių žmonėms? Nieko nesirinkite, jei visiems, tada Toliau.
evn-ask-registration = Kaip žmonės registruojasi?
evn-reg-bot = ✅ Robote (su vietų skaičiumi)
evn-reg-external = 🔗 Išorinėje svetainėje
evn-reg-none = 🚪 Registracija nereikalinga
evn-ask-capacity = Kiek yra vietų?
evn-ask-deadline = Iki kada galima registruotis? Pavyzdžiui, <code>2026-12-08 18:00</code>, arba praleiskite ir registracija truks iki pradžios.
evn-ask-registration_url = Atsiųskite registracijos puslapio nuorodą (https://…).
evn-ask-publish_at = Kada paskelbti renginį ir apie jį pranešti? Pavyzdžiui, <code>rytoj 9:00</code> arba <code>{ $example }</code> (laiko juosta: { $timezone }).
evn-button-next = Toliau ▶
evn-button-skip = Praleisti
evn-button-publish = 📣 Skelbti dabar
evn-button-schedule = 🕒 Suplanuoti
evn-preview = <b>Peržiūra</b>: taip renginį matys kiti.
evn-published = ✅ Paskelbta. { $count ->
        [0] Šiam renginiui dar netinka nė vienas prenumeratorius.
        [one] Pranešimas siunčiamas { $count } prenumeratoriui.
       *[other] Pranešimas siunčiamas prenumeratoriams (iš viso { $count }).
    }
    Nuoroda dalintis: { $link }
evn-scheduled = 🕒 Suplanuota { $when }. { $count ->
        [0] Šiam renginiui dar netinka nė vienas prenumeratorius.
        [one] Pranešimas bus išsiųstas { $count } prenumeratoriui.
       *[other] Pranešimas bus išsiųstas prenumeratoriams (iš viso { $count }).
    }
    Nuoroda dalintis: { $link }
evn-invalid = Renginio išsaugoti negalima:
    { $problems }
evn-aborted = Nutraukta. Niekas neišsaugota.
evn-bad-time = Nesuprantu šios datos ir laiko arba jie jau praėjo. Parašykite taip: <code>2026-12-10 10:00</code> (laiko juosta: { $timezone }).
evn-bad-number = Atsiųskite sveikąjį skaičių, didesnį už nulį.
evn-bad-url = Atsiųskite nuorodą, prasidedančią https://

sub-text = <b>Pranešimai</b>
    Pasirinkite renginių rūšis ir temas, apie kurias norite girdėti. Kol nieko nepasirinksite, nieko nesiųsime, o kiekvienas pranešimas turi mygtuką prenumeratai atšaukti.
sub-countries = Vėliavos: kitos šalys be jūsiškės, kurių renginius ir pranešimus taip pat norite gauti.
sub-menu-button = 🔔 Prenumeratos
sub-all-kinds = ✅ Visų rūšių renginiai
sub-stop-button = 🔕 Atsisakyti visko
sub-unsubscribe-button = 🔕 Atsisakyti prenumeratos
sub-saved = Išsaugota.
sub-stopped = 🔕 Daugiau pranešimų negausite. Bet kada galite vėl užsiprenumeruoti komanda /subscribe.

announcement-text = 📣 { $text }
ann-ask-content = <b>Naujas pranešimas</b>. Atsiųskite tekstą. Taip pat galite atsiųsti nuotrauką ar dokumentą su tekstu kaip aprašu.
ann-caption-too-long = Su nuotrauka ar dokumentu tekstas gali būti ne ilgesnis nei { $limit } simbolių. Sutrumpinkite jį arba atsiųskite tik tekstą.
ann-audience = Kas turi jį gauti? Nieko nepasirinkus jis bus išsiųstas visiems prenumeratoriams; pasirinkite rūšis ar temas gavėjų ratui susiaurinti, šalis ar kalbas jam apriboti.
    Gavėjų dabar: <b>{ $count }</b>
ann-button-preview = 👁 Peržiūra
ann-button-send = 📣 Siųsti dabar
ann-button-later = 🕒 Siųsti vėliau
ann-preview = Taip atrodo pranešimas. { $count ->
        [one] Jį gaus { $count } žmogus.
        [few] Jį gaus { $count } žmonės.
       *[other] Jį gaus { $count } žmonių.
    }
ann-ask-time = Kada jį išsiųsti? Parašykite taip, kaip sakytumėte, pavyzdžiui, <code>rytoj 9:00</code>, <code>penktadienį 14 val.</code>, <code>po 2 valandų</code> arba <code>{ $example }</code>. Laikas nurodomas jūsų laiko juostoje: { $timezone }.
ann-sending = 📣 Siunčiama, gavėjų: { $count }. Kai baigsiu, gausite pristatymo ataskaitą; eigą rodo /broadcasts.
ann-scheduled = 🕒 Suplanuota { $when }, gavėjų: { $count } (prenumeratoriai planavimo metu).

bc-title = <b>Siuntimai</b>
bc-none-running = Šiuo metu niekas nesiunčiama.
bc-running-line = ▶ { $title }: { $done }/{ $total } ({ $percent } %) · išsiųsta { $sent } · nepavyko { $failed } · užblokuota { $blocked } · nuo { $when }
bc-recent-title = Neseniai baigti:
bc-finished-line = ✔ { $title }: { $total } · išsiųsta { $sent } · nepavyko { $failed } · užblokuota { $blocked }
broadcast-report = 📊 <b>Pristatymo ataskaita</b>: { $title }
    Gavėjai: { $total }
    Išsiųsta: { $sent }
    Nepavyko: { $failed }
    Užblokavo robotą: { $blocked }
    Nebeaktualu: { $cancelled }
    Trukmė: { $duration }
ann-preview-none = ⚠️ Dabar jo niekas negautų: šiuos pasirinkimus atitinkančių prenumeratorių nėra. Skelbimus gauna tie, kurie užsiprenumeravo per /subscribe. Pakeiskite gavėjus arba palaukite prenumeratorių.
ann-button-recipients = ✏️ Keisti gavėjus
ann-audience-legend = Vėliavos – šalys, kuriose gavėjai dirba; 🗣 – kalba, kuria jie skaito.
ann-time-past = Šis laikas jau praėjo. Nurodykite būsimą laiką, pavyzdžiui, <code>{ $example }</code> (laiko juosta: { $timezone }).
ann-time-ambiguous = Nurodykite ir valandą, pavyzdžiui, <code>rytoj 9:00</code> arba <code>{ $example }</code> (laiko juosta: { $timezone }).
ann-time-unreadable = Nesupratau šio laiko. Parašykite jį, pavyzdžiui, taip: <code>rytoj 9:00</code>, <code>po 2 valandų</code> arba <code>{ $example }</code> (laiko juosta: { $timezone }).
ann-confirm-time = 🕒 Pranešimas bus išsiųstas { $when }, gavėjų: { $count } (dabar atitinkantys prenumeratoriai). Suplanuoti?
ann-button-confirm-time = ✅ Suplanuoti
ann-button-change-time = ✏️ Keisti laiką
ann-button-texts = 🌐 Tekstai kitomis kalbomis
ann-ask-text-language = Kuria kalba norite pridėti tekstą? Kiekvienas gavėjas gaus tekstą savo kalba, o jei jo nėra, pagrindinį tekstą.
ann-ask-text-in = Atsiųskite tekstą šia kalba: { $language }.
ann-texts-given = Atskiri tekstai: { $languages }. Visi kiti gaus pagrindinį tekstą.
