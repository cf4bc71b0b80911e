## Dogodki: delavnice, sejmi, spletni seminarji, prijave, naročnine, obvestila, pošiljanje.

cmd-myevents = Moje prijave na dogodke
cmd-unsubscribe = Odjava od vseh obvestil

ev-kind-workshop = Delavnica
ev-kind-trade_fair = Sejem
ev-kind-webinar = Spletni seminar
ev-kind-networking = Mreženje
ev-kind-other = Dogodek

ev-card-kind = 🏷 { $kind }
ev-card-when-line = 🕒 { $when }
ev-card-venue-time-line = 📍 Krajevni čas dogodka: { $when } ({ $zone })
ev-card-venue = 📍 { $venue }
ev-card-online = 💻 Na spletu: { $url }
ev-card-organiser = 👤 Organizator: { $organiser }
ev-card-topics = 📚 Teme: { $topics }
ev-card-cancelled = ❌ <b>Ta dogodek je odpovedan.</b>
ev-card-external = 📝 Prijava na spletni strani organizatorja: { $url }
ev-card-closed = 📝 Prijave so zaprte.
ev-card-open = 📝 Prijave so odprte.
ev-card-seats = 📝 { $count ->
        [one] Še { $count } prosto mesto
        [two] Še { $count } prosti mesti
        [few] Še { $count } prosta mesta
       *[other] Še { $count } prostih mest
    }
ev-card-full = 📝 Vsa mesta so zasedena: lahko se uvrstite na čakalni seznam ({ $count ->
        [one] čaka { $count } oseba
        [two] čakata { $count } osebi
        [few] čakajo { $count } osebe
       *[other] čaka { $count } oseb
    }).
ev-card-deadline-line = ⏳ Prijave do { $deadline }
ev-description = { $description }
ev-other-language = (Ta dogodek še nima opisa v vašem jeziku.)

ev-list-title = <b>Prihajajoči dogodki</b> ({ $count })
ev-list-line = { $n }. <b>{ $title }</b> · { $kind } · { $when }
ev-list-empty = Trenutno za vas ni prihajajočih dogodkov. Naročite se na obvestila in o novih boste izvedeli takoj.
ev-not-found = Ta dogodek ne obstaja ali ni na voljo.

ev-button-register = ✅ Prijava
ev-button-details = ℹ Podrobnosti
ev-button-cancel = ✖ Prekliči prijavo
ev-button-calendar = 📅 Dodaj v koledar
ev-button-share = 🔗 Deli
ev-button-share-telegram = Deli v Telegramu
ev-button-external = 📝 Prijava pri organizatorju
ev-button-mine = 🎟 Moje prijave
ev-button-back = ◀ Nazaj
ev-button-attendees = 👥 Udeleženci
ev-button-edit = ✏ Uredi
ev-button-cancel-event = ❌ Odpovej dogodek
ev-button-cancel-event-yes = ❌ Da, odpovej
ev-button-abort = ✖ Prekini

ev-you-registered = ✅ Prijavljeni ste.
ev-you-waitlisted = ⏳ Ste na čakalnem seznamu (mesto { $position }).
ev-registered = ✅ Prijavljeni ste! Dan prej vas bom opomnil. Z gumbom spodaj dodate dogodek v koledar.
ev-waitlisted = ⏳ Vsa mesta so zasedena, zato ste na čakalnem seznamu (mesto { $position }). Takoj ko se mesto sprosti, vam sporočim.
ev-register-already-registered = Na ta dogodek ste že prijavljeni.
ev-register-already-waitlisted = Že ste na čakalnem seznamu (mesto { $position }).
ev-register-closed = Prijave na ta dogodek so žal zaprte.
ev-register-not-found = Ta dogodek ne obstaja ali ni na voljo.
ev-register-not-in-bot = Na ta dogodek se ne prijavite prek bota.
ev-register-cancelled-event = Ta dogodek je odpovedan.
ev-unregistered = Vaša prijava na »{ $title }« je preklicana. Hvala, da ste nam sporočili: vaše mesto dobi naslednja oseba s čakalnega seznama.
ev-not-registered = Na ta dogodek niste prijavljeni.
ev-already-started = Dogodek se je že začel, zato prijave ni več mogoče preklicati.
ev-ics-caption = 📅 { $title }: odprite datoteko in dodajte dogodek v koledar.
ev-share-text = Delite to povezavo: kdor jo odpre, v botu vidi »{ $title }«.
    { $link }

ev-mine-title = <b>Vaše prijave</b>
ev-mine-empty = Niste prijavljeni na noben prihajajoči dogodek. Oglejte si /events.
ev-status-registered = prijavljeni
ev-status-waitlisted = čakalni seznam, mesto { $position }

ev-announce-intro = 📣 <b>Nov dogodek</b>
ev-notice-reminder = ⏰ Opomnik: »{ $title }« bo jutri, { $when }.
ev-notice-promoted = 🎉 Sprostilo se je mesto: zdaj ste prijavljeni na »{ $title }« ({ $when }).
ev-notice-changed = ✏ Dogodek »{ $title }« se je spremenil. Tukaj so novi podatki:
ev-notice-cancelled = ❌ Žal nam je: dogodek »{ $title }« ({ $when }) je odpovedan. Vaša prijava je s tem preklicana.

ev-attendees-title = <b>{ $title }</b>
    Prijavljeni: { $registered } · Čakalni seznam: { $waitlisted }
ev-attendees-none = Nihče se še ni prijavil.
ev-attendees-mark-later = Udeležbo lahko tukaj označite, ko se dogodek začne.
ev-attendees-mark-hint = Tapnite osebo, da označite, ali je prišla.
ev-cancel-event-confirm = Odpovem »{ $title }«? { $count ->
        [one] Obvestili bomo { $count } prijavljeno ali čakajočo osebo.
        [two] Obvestili bomo { $count } prijavljeni ali čakajoči osebi.
        [few] Obvestili bomo { $count } prijavljene ali čakajoče osebe.
       *[other] Obvestili bomo { $count } prijavljenih ali čakajočih oseb.
    }
ev-event-cancelled-done = Dogodek je odpovedan. { $count ->
        [one] Obvestili bomo { $count } osebo.
        [two] Obvestili bomo { $count } osebi.
        [few] Obvestili bomo { $count } osebe.
       *[other] Obvestili bomo { $count } oseb.
    }
ev-edit-choose = Kaj želite spremeniti pri »{ $title }«?
ev-edit-field-time = 🕒 Datum in ura
ev-edit-field-place = 📍 Kraj ali spletna povezava
ev-edit-field-capacity = 👥 Število mest
ev-edit-field-title = 🏷 Naslov
ev-edit-ask-time = Pošljite nov začetek in konec, na primer <code>2026-12-10 10:00 - 14:00</code> (časovni pas: { $timezone }).
ev-edit-ask-place = Pošljite nov naslov kraja ali spletno povezavo.
ev-edit-ask-capacity = Pošljite novo število mest.
ev-edit-ask-title = Pošljite nov naslov.
ev-edit-done = ✅ Shranjeno. { $count ->
        [0] Nikogar ni treba obvestiti.
        [one] O spremembi bomo obvestili { $count } prijavljeno ali čakajočo osebo.
        [two] O spremembi bomo obvestili { $count } prijavljeni ali čakajoči osebi.
        [few] O spremembi bomo obvestili { $count } prijavljene ali čakajoče osebe.
       *[other] O spremembi bomo obvestili { $count } prijavljenih ali čakajočih oseb.
    }

evn-ask-kind = <b>Nov dogodek</b>. Kakšen dogodek je to?
evn-ask-title = Pošljite naslov (v svojem jeziku; videli ga bodo tudi ljudje z drugimi jeziki).
evn-ask-description = Pošljite kratek opis ali ta korak preskočite.
evn-ask-start = Kdaj se začne? Na primer <code>jutri ob 9h</code> ali <code>{ $example }</code> (časovni pas: { $timezone }).
evn-ask-end = Kdaj se konča? Ura, kot je <code>14:00</code>, ali datum in ura.
evn-ask-place = Pošljite naslov prizorišča ali spletno povezavo (https://…).
evn-ask-topics = Katere teme obravnava? Tapnite za izbiro, nato Naprej.
evn-ask-countries = Za ljudi iz katerih držav? Ne izberite nobene, če je za vse, nato Naprej.
evn-ask-registration = Kako se ljudje prijavijo?
evn-reg-bot = ✅ V botu (z omejenim številom mest)
evn-reg-external = 🔗 Na zunanji spletni strani
evn-reg-none = 🚪 Prijava ni potrebna
evn-ask-capacity = Koliko je mest?
evn-ask-deadline = Do kdaj se je mogoče prijaviti? Na primer <code>2026-12-08 18:00</code>, ali preskočite, da so prijave odprte do začetka.
evn-ask-registration_url = Pošljite povezavo do strani za prijavo (https://…).
evn-ask-publish_at = Kdaj naj bo dogodek objavljen in napovedan? Na primer <code>jutri ob 9h</code> ali <code>{ $example }</code> (časovni pas: { $timezone }).
evn-button-next = Naprej ▶
evn-button-skip = Preskoči
evn-button-publish = 📣 Objavi zdaj
evn-button-schedule = 🕒 Načrtuj
evn-preview = <b>Predogled</b>: tako bodo ljudje videli dogodek.
evn-published = ✅ Objavljeno. { $count ->
        [0] Temu dogodku še ne ustreza noben naročnik.
        [one] Obvestilo gre { $count } naročniku.
        [two] Obvestilo gre { $count } naročnikoma.
       *[other] Obvestilo gre { $count } naročnikom.
    }
    Povezava za deljenje: { $link }
evn-scheduled = 🕒 Načrtovano za { $when }. { $count ->
        [0] Temu dogodku še ne ustreza noben naročnik.
        [one] Obvestilo bo šlo { $count } naročniku.
        [two] Obvestilo bo šlo { $count } naročnikoma.
       *[other] Obvestilo bo šlo { $count } naročnikom.
    }
    Povezava za deljenje: { $link }
evn-invalid = Dogodka ni mogoče shraniti:
    { $problems }
evn-aborted = Prekinjeno. Nič ni bilo shranjeno.
evn-bad-time = Tega datuma in ure ne razumem ali pa sta v preteklosti. Napišite ju tako: <code>2026-12-10 10:00</code> (časovni pas: { $timezone }).
evn-bad-number = Pošljite celo število, večje od nič.
evn-bad-url = Pošljite povezavo, ki se začne s https://

sub-text = <b>Obvestila</b>
    Izberite vrste dogodkov in teme, o katerih želite izvedeti. Dokler ničesar ne izberete, ne pošiljamo ničesar, in vsako obvestilo ima gumb za odjavo.
sub-countries = Zastave: države poleg vaše, katerih dogodke in obvestila želite tudi prejemati.
sub-menu-button = 🔔 Naročnine
sub-all-kinds = ✅ Vse vrste dogodkov
sub-stop-button = 🔕 Odjava od vsega
sub-unsubscribe-button = 🔕 Odjava
sub-saved = Shranjeno.
sub-stopped = 🔕 Ne boste več prejemali obvestil. Kadar koli se lahko znova naročite z /subscribe.

announcement-text = 📣 { $text }
ann-ask-content = <b>Novo obvestilo</b>. Pošljite besedilo. Lahko pošljete tudi fotografijo ali dokument z besedilom v opisu.
ann-caption-too-long = S fotografijo ali dokumentom je besedilo lahko dolgo največ { $limit } znakov. Skrajšajte ga ali pošljite samo besedilo.
ann-audience = Kdo naj ga prejme? Brez izbire gre vsem naročnikom; izberite vrste ali teme za zožitev, države ali jezike pa za omejitev.
    Prejemniki zdaj: <b>{ $count }</b>
ann-button-preview = 👁 Predogled
ann-button-send = 📣 Pošlji zdaj
ann-button-later = 🕒 Pošlji pozneje
ann-preview = Tako je videti obvestilo. { $count ->
        [one] Prejela ga bo { $count } oseba.
        [two] Prejeli ga bosta { $count } osebi.
        [few] Prejele ga bodo { $count } osebe.
       *[other] Prejelo ga bo { $count } oseb.
    }
ann-ask-time = Kdaj naj ga pošljem? Napišite tako, kot bi rekli, na primer <code>jutri ob 9h</code>, <code>v petek ob 14h</code>, <code>čez 2 uri</code> ali <code>{ $example }</code>. Časi so v vašem časovnem pasu: { $timezone }.
ann-sending = 📣 Pošiljam, število prejemnikov: { $count }. Ko bo končano, prejmete poročilo o dostavi; napredek kaže /broadcasts.
ann-scheduled = 🕒 Načrtovano za { $when }, število prejemnikov: { $count } (naročniki v trenutku načrtovanja).

bc-title = <b>Pošiljanja</b>
bc-none-running = Nobeno pošiljanje ne poteka.
bc-running-line = ▶ { $title }: { $done }/{ $total } ({ $percent } %) · poslano { $sent } · neuspešno { $failed } · blokirano { $blocked } · od { $when }
bc-recent-title = Nedavno končana:
bc-finished-line = ✔ { $title }: { $total } · poslano { $sent } · neuspešno { $failed } · blokirano { $blocked }
broadcast-report = 📊 <b>Poročilo o dostavi</b>: { $title }
    Prejemniki: { $total }
    Poslano: { $sent }
    Neuspešno: { $failed }
    Blokirali bota: { $blocked }
    Ni več aktualno: { $cancelled }
    Trajanje: { $duration }
ann-preview-none = ⚠️ Trenutno ga ne bi prejel nihče: tem izbiram ne ustreza noben naročnik. Obvestila prejemajo ljudje, ki so se prijavili z /subscribe. Spremenite prejemnike ali počakajte, da se kdo prijavi.
ann-button-recipients = ✏️ Spremeni prejemnike
ann-audience-legend = Zastave so države, v katerih prejemniki poslujejo; 🗣 je jezik, v katerem berejo.
ann-time-past = Ta trenutek je že mimo. Vpišite čas v prihodnosti, na primer <code>{ $example }</code> (časovni pas: { $timezone }).
ann-time-ambiguous = Dodajte še uro, na primer <code>jutri ob 9h</code> ali <code>{ $example }</code> (časovni pas: { $timezone }).
ann-time-unreadable = Tega časa ne razumem. Napišite ga na primer tako: <code>jutri ob 9h</code>, <code>čez 2 uri</code> ali <code>{ $example }</code> (časovni pas: { $timezone }).
ann-confirm-time = 🕒 Obvestilo bo poslano { $when }, število prejemnikov: { $count } (naročniki, ki ustrezajo zdaj). Ga načrtujem?
ann-button-confirm-time = ✅ Načrtuj
ann-button-change-time = ✏️ Spremeni čas
ann-button-texts = 🌐 Besedila v drugih jezikih
ann-ask-text-language = V katerem jeziku želite dodati besedilo? Vsak prejemnik dobi besedilo v svojem jeziku, če tega ni, pa glavno besedilo.
ann-ask-text-in = Pošljite besedilo v jeziku: { $language }.
ann-texts-given = Lastna besedila: { $languages }. Vsi drugi dobijo glavno besedilo.
