## Akce: workshopy, veletrhy, webináře, registrace, odběry, oznámení, rozesílání.

cmd-myevents = Moje registrace na akce
cmd-unsubscribe = Zrušit odběr všech oznámení

ev-kind-workshop = Workshop
ev-kind-trade_fair = Veletrh
ev-kind-webinar = Webinář
ev-kind-networking = Networkingové setkání
ev-kind-other = Akce

ev-card-kind = 🏷 { $kind }
ev-card-when-line = 🕒 { $when }
ev-card-venue-time-line = 📍 Místní čas akce: { $when } ({ $zone })
ev-card-venue = 📍 { $venue }
ev-card-online = 💻 Online: { $url }
ev-card-organiser = 👤 Pořadatel: { $organiser }
ev-card-topics = 📚 Témata: { $topics }
ev-card-cancelled = ❌ <b>Tato akce byla zrušena.</b>
ev-card-external = 📝 Registrace na webu pořadatele: { $url }
ev-card-closed = 📝 Registrace je uzavřená.
ev-card-open = 📝 Registrace je otevřená.
ev-card-seats = 📝 { $count ->
        [one] Zbývá { $count } místo
        [few] Zbývají { $count } místa
       *[other] Zbývá { $count } míst
    }
ev-card-full = 📝 Obsazeno: můžete se zapsat na čekací listinu ({ $count ->
        [one] čeká { $count } člověk
        [few] čekají { $count } lidé
       *[other] čeká { $count } lidí
    }).
ev-card-deadline-line = ⏳ Registrace do { $deadline }
ev-description = { $description }
ev-other-language = (Tato akce zatím nemá popis ve vašem jazyce.)

ev-list-title = <b>Nadcházející akce</b> ({ $count })
ev-list-line = { $n }. <b>{ $title }</b> · { $kind } · { $when }
ev-list-empty = Momentálně pro vás nejsou žádné nadcházející akce. Přihlaste se k odběru oznámení a o nových se dozvíte hned.
ev-not-found = Tato akce neexistuje nebo není dostupná.

ev-button-register = ✅ Registrovat se
ev-button-details = ℹ Podrobnosti
ev-button-cancel = ✖ Zrušit registraci
ev-button-calendar = 📅 Přidat do kalendáře
ev-button-share = 🔗 Sdílet
ev-button-share-telegram = Sdílet v Telegramu
ev-button-external = 📝 Registrovat se u pořadatele
ev-button-mine = 🎟 Moje registrace
ev-button-back = ◀ Zpět
ev-button-attendees = 👥 Účastníci
ev-button-edit = ✏ Upravit
ev-button-cancel-event = ❌ Zrušit akci
ev-button-cancel-event-yes = ❌ Ano, zrušit
ev-button-abort = ✖ Přerušit

ev-you-registered = ✅ Jste registrováni.
ev-you-waitlisted = ⏳ Jste na čekací listině (pořadí { $position }).
ev-registered = ✅ Jste registrováni! Den předem vám to připomenu. Tlačítkem níže si akci přidáte do kalendáře.
ev-waitlisted = ⏳ Akce je obsazená, proto jste na čekací listině (pořadí { $position }). Jakmile se uvolní místo, dám vám vědět.
ev-register-already-registered = Na tuto akci už jste registrováni.
ev-register-already-waitlisted = Už jste na čekací listině (pořadí { $position }).
ev-register-closed = Registrace na tuto akci je bohužel uzavřená.
ev-register-not-found = Tato akce neexistuje nebo není dostupná.
ev-register-not-in-bot = Na tuto akci se neregistruje v botovi.
ev-register-cancelled-event = Tato akce byla zrušena.
ev-unregistered = Vaše registrace na „{ $title }“ je zrušená. Děkujeme za zprávu: vaše místo dostane další člověk z čekací listiny.
ev-not-registered = Na tuto akci nejste registrováni.
ev-already-started = Akce už začala, registraci proto nelze zrušit.
ev-ics-caption = 📅 { $title }: otevřete soubor a přidejte si akci do kalendáře.
ev-share-text = Sdílejte tento odkaz: kdo ho otevře, uvidí v botovi „{ $title }“.
    { $link }

ev-mine-title = <b>Vaše registrace</b>
ev-mine-empty = Nejste registrováni na žádnou nadcházející akci. Podívejte se na /events.
ev-status-registered = registrováno
ev-status-waitlisted = čekací listina, pořadí { $position }

ev-announce-intro = 📣 <b>Nová akce</b>
ev-notice-reminder = ⏰ Připomínka: „{ $title }“ je zítra, { $when }.
ev-notice-promoted = 🎉 Uvolnilo se místo: nyní jste registrováni na „{ $title }“ ({ $when }).
ev-notice-changed = ✏ Akce „{ $title }“ se změnila. Tady jsou nové údaje:
ev-notice-cancelled = ❌ Je nám líto: akce „{ $title }“ ({ $when }) byla zrušena. Vaše registrace tím zaniká.

ev-attendees-title = <b>{ $title }</b>
    Registrovaní: { $registered } · Čekací listina: { $waitlisted }
ev-attendees-none = Zatím se nikdo neregistroval.
ev-attendees-mark-later = Účast tu můžete zaznamenat, jakmile akce začne.
ev-attendees-mark-hint = Klepnutím na člověka zaznamenáte, zda přišel.
ev-cancel-event-confirm = Zrušit „{ $title }“? { $count ->
        [one] Dáme vědět { $count } registrovanému nebo čekajícímu člověku.
       *[other] Dáme vědět registrovaným nebo čekajícím lidem (počet: { $count }).
    }
ev-event-cancelled-done = Akce je zrušená. { $count ->
        [one] Dáme vědět { $count } člověku.
       *[other] Dáme vědět lidem v počtu { $count }.
    }
ev-edit-choose = Co chcete v akci „{ $title }“ změnit?
ev-edit-field-time = 🕒 Datum a čas
ev-edit-field-place = 📍 Místo nebo online odkaz
ev-edit-field-capacity = 👥 Počet míst
ev-edit-field-title = 🏷 Název
ev-edit-ask-time = Pošlete nový začátek a konec, například <code>2026-12-10 10:00 - 14:00</code> (časové pásmo: { $timezone }).
ev-edit-ask-place = Pošlete novou adresu místa nebo online odkaz.
ev-edit-ask-capacity = Pošlete nový počet míst.
ev-edit-ask-title = Pošlete nový název.
ev-edit-done = ✅ Uloženo. { $count ->
        [0] Není třeba nikomu dávat vědět.
        [one] O změně dáme vědět { $count } registrovanému nebo čekajícímu člověku.
       *[other] O změně dáme vědět registrovaným nebo čekajícím lidem (počet: { $count }).
    }

evn-ask-kind = <b>Nová akce</b>. O jaký druh akce jde?
evn-ask-title = Pošlete název (ve svém jazyce; uvidí ho i lidé s jinými jazyky).
evn-ask-description = Pošlete krátký popis, nebo tento krok přeskočte.
evn-ask-start = Kdy začíná? Například <code>zítra v 9</code> nebo <code>{ $example }</code> (časové pásmo: { $timezone }).
evn-ask-end = Kdy končí? Čas jako <code>14:00</code>, nebo datum a čas.
evn-ask-place = Pošlete adresu místa konání, nebo online odkaz (https://…).
evn-ask-topics = Jakých témat se týká? Klepnutím vyberte a pak Další.
evn-ask-countries = Pro lidi ze kterých zemí? Nevybírejte žádnou, pokud je pro všechny, pak Další.
evn-ask-registration = Jak se lidé registrují?
evn-reg-bot = ✅ V botovi (s počtem míst)
evn-reg-external = 🔗 Na externím webu
evn-reg-none = 🚪 Bez registrace
evn-ask-capacity = Kolik je míst?
evn-ask-deadline = Do kdy se lze registrovat? Například <code>2026-12-08 18:00</code>, nebo přeskočte a registrace poběží až do začátku.
evn-ask-registration_url = Pošlete odkaz na registrační stránku (https://…).
evn-ask-publish_at = Kdy má být akce zveřejněna a oznámena? Například <code>zítra v 9</code> nebo <code>{ $example }</code> (časové pásmo: { $timezone }).
evn-button-next = Další ▶
evn-button-skip = Přeskočit
evn-button-publish = 📣 Zveřejnit hned
evn-button-schedule = 🕒 Naplánovat
evn-preview = <b>Náhled</b>: takto akci uvidí ostatní.
evn-published = ✅ Zveřejněno. { $count ->
        [0] Této akci zatím neodpovídá žádný odběratel.
        [one] Oznámení půjde { $count } odběrateli.
       *[other] Oznámení půjde odběratelům v počtu { $count }.
    }
    Odkaz ke sdílení: { $link }
evn-scheduled = 🕒 Naplánováno na { $when }. { $count ->
        [0] Této akci zatím neodpovídá žádný odběratel.
        [one] Oznámení půjde { $count } odběrateli.
       *[other] Oznámení půjde odběratelům v počtu { $count }.
    }
    Odkaz ke sdílení: { $link }
evn-invalid = Akci nelze uložit:
    { $problems }
evn-aborted = Přerušeno. Nic nebylo uloženo.
evn-bad-time = Tomuto datu a času nerozumím, nebo jsou v minulosti. Napište je prosím takto: <code>2026-12-10 10:00</code> (časové pásmo: { $timezone }).
evn-bad-number = Pošlete prosím celé číslo větší než nula.
evn-bad-url = Pošlete prosím odkaz začínající https://

sub-text = <b>Oznámení</b>
    Vyberte druhy akcí a témata, o kterých chcete slyšet. Dokud nic nevyberete, nic neposíláme, a každé oznámení má tlačítko pro zrušení odběru.
sub-countries = Vlajky: další země kromě té vaší, jejichž akce a oznámení chcete také dostávat.
sub-menu-button = 🔔 Odběry
sub-all-kinds = ✅ Všechny druhy akcí
sub-stop-button = 🔕 Zrušit vše
sub-unsubscribe-button = 🔕 Zrušit odběr
sub-saved = Uloženo.
sub-stopped = 🔕 Už vám nebudeme posílat žádná oznámení. Odběr můžete kdykoli obnovit příkazem /subscribe.

announcement-text = 📣 { $text }
ann-ask-content = <b>Nové oznámení</b>. Pošlete text. Můžete také poslat fotku nebo dokument s textem v popisku.
ann-caption-too-long = S fotkou nebo dokumentem může mít text nejvýše { $limit } znaků. Zkraťte ho prosím, nebo pošlete jen text.
ann-audience = Kdo ho má dostat? Bez výběru půjde všem odběratelům; vyberte druhy nebo témata pro zúžení a země nebo jazyky pro omezení.
    Příjemci teď: <b>{ $count }</b>
ann-button-preview = 👁 Náhled
ann-button-send = 📣 Odeslat hned
ann-button-later = 🕒 Odeslat později
ann-preview = Takto oznámení vypadá. { $count ->
        [one] Dostane ho { $count } člověk.
        [few] Dostanou ho { $count } lidé.
       *[other] Dostane ho { $count } lidí.
    }
ann-ask-time = Kdy ho odeslat? Napište to tak, jak byste to řekli, například <code>zítra v 9</code>, <code>v pátek ve 14</code>, <code>za 2 hodiny</code> nebo <code>{ $example }</code>. Časy jsou ve vašem časovém pásmu: { $timezone }.
ann-sending = 📣 Odesílám, příjemců: { $count }. Až bude hotovo, dostanete zprávu o doručení; průběh ukazuje /broadcasts.
ann-scheduled = 🕒 Naplánováno na { $when }, příjemců: { $count } (odběratelé v okamžiku naplánování).

bc-title = <b>Rozesílání</b>
bc-none-running = Žádné rozesílání neprobíhá.
bc-running-line = ▶ { $title }: { $done }/{ $total } ({ $percent } %) · odesláno { $sent } · neúspěšně { $failed } · zablokováno { $blocked } · od { $when }
bc-recent-title = Nedávno dokončená:
bc-finished-line = ✔ { $title }: { $total } · odesláno { $sent } · neúspěšně { $failed } · zablokováno { $blocked }
broadcast-report = 📊 <b>Zpráva o doručení</b>: { $title }
    Příjemci: { $total }
    Odesláno: { $sent }
    Neúspěšně: { $failed }
    Zablokovali bota: { $blocked }
    Už neaktuální: { $cancelled }
    Doba trvání: { $duration }
ann-preview-none = ⚠️ Teď by ho nikdo nedostal: těmto volbám neodpovídá žádný odběratel. Oznámení dostávají lidé, kteří se přihlásili přes /subscribe. Změňte příjemce, nebo počkejte, až se někdo přihlásí.
ann-button-recipients = ✏️ Změnit příjemce
ann-audience-legend = Vlajky jsou země, kde příjemci podnikají; 🗣 je jazyk, ve kterém čtou.
ann-time-past = Tento okamžik už minul. Zadejte čas v budoucnosti, například <code>{ $example }</code> (časové pásmo: { $timezone }).
ann-time-ambiguous = Doplňte prosím hodinu, například <code>zítra v 9</code> nebo <code>{ $example }</code> (časové pásmo: { $timezone }).
ann-time-unreadable = Tomuto údaji nerozumím. Napište ho například takto: <code>zítra v 9</code>, <code>za 2 hodiny</code> nebo <code>{ $example }</code> (časové pásmo: { $timezone }).
ann-confirm-time = 🕒 Oznámení odejde { $when }, počet příjemců: { $count } (odběratelé, kteří odpovídají teď). Naplánovat?
ann-button-confirm-time = ✅ Naplánovat
ann-button-change-time = ✏️ Změnit čas
ann-button-texts = 🌐 Texty v dalších jazycích
ann-ask-text-language = V jakém jazyce chcete přidat text? Každý příjemce dostane text ve svém jazyce, a pokud žádný není, hlavní text.
ann-ask-text-in = Pošlete text v jazyce: { $language }.
ann-texts-given = Vlastní texty: { $languages }. Ostatní dostanou hlavní text.
