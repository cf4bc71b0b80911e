## Evenemang: workshoppar, mässor, webbinarier, anmälningar, prenumerationer, utskick.

cmd-myevents = Mina evenemangsanmälningar
cmd-unsubscribe = Avsluta alla utskick

ev-kind-workshop = Workshop
ev-kind-trade_fair = Mässa
ev-kind-webinar = Webbinarium
ev-kind-networking = Nätverksträff
ev-kind-other = Evenemang

ev-card-kind = 🏷 { $kind }
ev-card-when-line = 🕒 { $when }
ev-card-venue-time-line = 📍 Lokal tid på plats: { $when } ({ $zone })
ev-card-venue = 📍 { $venue }
ev-card-online = 💻 Online: { $url }
ev-card-organiser = 👤 Arrangör: { $organiser }
ev-card-topics = 📚 Ämnen: { $topics }
ev-card-cancelled = ❌ <b>Evenemanget är inställt.</b>
ev-card-external = 📝 Anmälan på arrangörens webbplats: { $url }
ev-card-closed = 📝 Anmälan är stängd.
ev-card-open = 📝 Anmälan är öppen.
ev-card-seats = 📝 { $count ->
        [one] { $count } plats kvar
       *[other] { $count } platser kvar
    }
ev-card-full = 📝 Fullbokat: du kan ställa dig på väntelistan ({ $count ->
        [one] { $count } person väntar
       *[other] { $count } personer väntar
    }).
ev-card-deadline-line = ⏳ Anmäl dig senast { $deadline }
ev-description = { $description }
ev-other-language = (Evenemanget har ännu ingen beskrivning på ditt språk.)

ev-list-title = <b>Kommande evenemang</b> ({ $count })
ev-list-line = { $n }. <b>{ $title }</b> · { $kind } · { $when }
ev-list-empty = Just nu finns inga kommande evenemang för dig. Prenumerera på utskicken så får du veta om nya direkt.
ev-not-found = Evenemanget finns inte eller är inte tillgängligt.

ev-button-register = ✅ Anmäl mig
ev-button-details = ℹ Detaljer
ev-button-cancel = ✖ Avboka min plats
ev-button-calendar = 📅 Lägg till i kalendern
ev-button-share = 🔗 Dela
ev-button-share-telegram = Dela i Telegram
ev-button-external = 📝 Anmäl dig hos arrangören
ev-button-mine = 🎟 Mina anmälningar
ev-button-back = ◀ Tillbaka
ev-button-attendees = 👥 Deltagare
ev-button-edit = ✏ Redigera
ev-button-cancel-event = ❌ Ställ in evenemanget
ev-button-cancel-event-yes = ❌ Ja, ställ in
ev-button-abort = ✖ Avbryt

ev-you-registered = ✅ Du är anmäld.
ev-you-waitlisted = ⏳ Du står på väntelistan (nummer { $position }).
ev-registered = ✅ Du är anmäld! Jag påminner dig dagen innan. Med knappen nedan lägger du till evenemanget i din kalender.
ev-waitlisted = ⏳ Evenemanget är fullbokat, så du står på väntelistan (nummer { $position }). Jag hör av mig så fort en plats blir ledig.
ev-register-already-registered = Du är redan anmäld till det här evenemanget.
ev-register-already-waitlisted = Du står redan på väntelistan (nummer { $position }).
ev-register-closed = Tyvärr är anmälan till det här evenemanget stängd.
ev-register-not-found = Evenemanget finns inte eller är inte tillgängligt.
ev-register-not-in-bot = Till det här evenemanget anmäler man sig inte i boten.
ev-register-cancelled-event = Evenemanget är inställt.
ev-unregistered = Din anmälan till ”{ $title }” är avbokad. Tack för att du hörde av dig: din plats går till nästa person på väntelistan.
ev-not-registered = Du är inte anmäld till det här evenemanget.
ev-already-started = Evenemanget har redan börjat, så anmälan kan inte längre avbokas.
ev-ics-caption = 📅 { $title }: öppna filen för att lägga till evenemanget i din kalender.
ev-share-text = Dela den här länken: den som öppnar den ser ”{ $title }” i boten.
    { $link }

ev-mine-title = <b>Dina anmälningar</b>
ev-mine-empty = Du är inte anmäld till något kommande evenemang. Se /events.
ev-status-registered = anmäld
ev-status-waitlisted = väntelista, nummer { $position }

ev-announce-intro = 📣 <b>Nytt evenemang</b>
ev-notice-reminder = ⏰ Påminnelse: ”{ $title }” är i morgon, { $when }.
ev-notice-promoted = 🎉 En plats har blivit ledig: du är nu anmäld till ”{ $title }” ({ $when }).
ev-notice-changed = ✏ ”{ $title }” har ändrats. Här är de nya uppgifterna:
ev-notice-cancelled = ❌ Tyvärr: ”{ $title }” ({ $when }) är inställt. Din anmälan har därmed upphört.

ev-attendees-title = <b>{ $title }</b>
    Anmälda: { $registered } · Väntelista: { $waitlisted }
ev-attendees-none = Ingen har anmält sig ännu.
ev-attendees-mark-later = Du kan markera närvaro här när evenemanget har börjat.
ev-attendees-mark-hint = Tryck på en person för att markera om hen kom.
ev-cancel-event-confirm = Ställa in ”{ $title }”? { $count ->
        [one] { $count } anmäld eller väntande person får besked.
       *[other] { $count } anmälda eller väntande personer får besked.
    }
ev-event-cancelled-done = Evenemanget är inställt. { $count ->
        [one] { $count } person får besked.
       *[other] { $count } personer får besked.
    }
ev-edit-choose = Vad vill du ändra i ”{ $title }”?
ev-edit-field-time = 🕒 Datum och tid
ev-edit-field-place = 📍 Plats eller onlinelänk
ev-edit-field-capacity = 👥 Antal platser
ev-edit-field-title = 🏷 Titel
ev-edit-ask-time = Skicka ny start och slut, till exempel <code>2026-12-10 10:00 - 14:00</code> (tidszon: { $timezone }).
ev-edit-ask-place = Skicka den nya adressen eller onlinelänken.
ev-edit-ask-capacity = Skicka det nya antalet platser.
ev-edit-ask-title = Skicka den nya titeln.
ev-edit-done = ✅ Sparat. { $count ->
        [0] Ingen behöver få besked.
        [one] { $count } anmäld eller väntande person får besked om ändringen.
       *[other] { $count } anmälda eller väntande personer får besked om ändringen.
    }

evn-ask-kind = <b>Nytt evenemang</b>. Vilken sorts evenemang är det?
evn-ask-title = Skicka titeln (på ditt språk; personer med andra språk ser den också).
evn-ask-description = Skicka en kort beskrivning, eller hoppa över.
evn-ask-start = När börjar det? Till exempel <code>imorgon 9:00</code> eller <code>{ $example }</code> (tidszon: { $timezone }).
evn-ask-end = När slutar det? En tid som <code>14:00</code>, eller datum och tid.
evn-ask-place = Skicka adressen till platsen, eller onlinelänken (https://…).
evn-ask-topics = Vilka ämnen handlar det om? Tryck för att välja, sedan Nästa.
evn-ask-countries = För personer från vilka länder? Välj inget för alla, sedan Nästa.
evn-ask-registration = Hur anmäler man sig?
evn-reg-bot = ✅ I boten (med antal platser)
evn-reg-external = 🔗 På en extern webbplats
evn-reg-none = 🚪 Ingen anmälan behövs
evn-ask-capacity = Hur många platser finns det?
evn-ask-deadline = Till när kan man anmäla sig? Till exempel <code>2026-12-08 18:00</code>, eller hoppa över så är anmälan öppen till starten.
evn-ask-registration_url = Skicka länken till anmälningssidan (https://…).
evn-ask-publish_at = När ska evenemanget publiceras och annonseras? Till exempel <code>imorgon 9:00</code> eller <code>{ $example }</code> (tidszon: { $timezone }).
evn-button-next = Nästa ▶
evn-button-skip = Hoppa över
evn-button-publish = 📣 Publicera nu
evn-button-schedule = 🕒 Schemalägg
evn-preview = <b>Förhandsvisning</b>: så här ser andra evenemanget.
evn-published = ✅ Publicerat. { $count ->
        [0] Ingen prenumerant matchar evenemanget ännu.
        [one] Utskicket går till { $count } prenumerant.
       *[other] Utskicket går till { $count } prenumeranter.
    }
    Länk att dela: { $link }
evn-scheduled = 🕒 Schemalagt till { $when }. { $count ->
        [0] Ingen prenumerant matchar evenemanget ännu.
        [one] Utskicket går då till { $count } prenumerant.
       *[other] Utskicket går då till { $count } prenumeranter.
    }
    Länk att dela: { $link }
evn-invalid = Evenemanget kan inte sparas:
    { $problems }
evn-aborted = Avbrutet. Inget sparades.
evn-bad-time = Jag förstår inte det datumet och den tiden, eller så har de redan passerat. Skriv så här: <code>2026-12-10 10:00</code> (tidszon: { $timezone }).
evn-bad-number = Skicka ett heltal större än noll.
evn-bad-url = Skicka en länk som börjar med https://

sub-text = <b>Utskick</b>
    Välj de sorters evenemang och ämnen du vill höra om. Inget skickas förrän du väljer något, och varje utskick har en knapp för att avsluta.
sub-countries = Flaggor: länder utöver ditt vars evenemang och utskick du också vill få.
sub-menu-button = 🔔 Prenumerationer
sub-all-kinds = ✅ Alla sorters evenemang
sub-stop-button = 🔕 Avsluta allt
sub-unsubscribe-button = 🔕 Avsluta prenumerationen
sub-saved = Sparat.
sub-stopped = 🔕 Du får inga fler utskick. Du kan prenumerera igen när som helst med /subscribe.

announcement-text = 📣 { $text }
ann-ask-content = <b>Nytt utskick</b>. Skicka texten. Du kan också skicka ett foto eller ett dokument med texten som bildtext.
ann-caption-too-long = Med ett foto eller dokument får texten vara högst { $limit } tecken lång. Korta den, eller skicka bara texten.
ann-audience = Vem ska få det? Utan val går det till alla prenumeranter; välj sorter eller ämnen för att smalna av, och länder eller språk för att begränsa.
    Mottagare nu: <b>{ $count }</b>
ann-button-preview = 👁 Förhandsvisa
ann-button-send = 📣 Skicka nu
ann-button-later = 🕒 Skicka senare
ann-preview = Så här ser utskicket ut. { $count ->
        [one] Det går till { $count } person.
       *[other] Det går till { $count } personer.
    }
ann-ask-time = När ska det skickas? Skriv det som du skulle säga det, till exempel <code>imorgon 9:00</code>, <code>fredag kl 14</code>, <code>om 2 timmar</code> eller <code>{ $example }</code>. Tiderna gäller i din tidszon: { $timezone }.
ann-sending = 📣 Skickar till { $count ->
        [one] { $count } person
       *[other] { $count } personer
    }. När det är klart får du en leveransrapport; /broadcasts visar förloppet.
ann-scheduled = 🕒 Schemalagt till { $when }, till { $count ->
        [one] { $count } person
       *[other] { $count } personer
    } (prenumeranter vid schemaläggningen).

bc-title = <b>Utskick</b>
bc-none-running = Inget utskick pågår.
bc-running-line = ▶ { $title }: { $done }/{ $total } ({ $percent } %) · skickade { $sent } · misslyckade { $failed } · blockerade { $blocked } · sedan { $when }
bc-recent-title = Nyligen avslutade:
bc-finished-line = ✔ { $title }: { $total } · skickade { $sent } · misslyckade { $failed } · blockerade { $blocked }
broadcast-report = 📊 <b>Leveransrapport</b>: { $title }
    Mottagare: { $total }
    Skickade: { $sent }
    Misslyckade: { $failed }
    Har blockerat boten: { $blocked }
    Inte längre aktuella: { $cancelled }
    Tid: { $duration }
ann-preview-none = ⚠️ Just nu skulle ingen få det: ingen prenumerant passar de här valen. Utskick går till dem som har prenumererat med /subscribe. Ändra mottagarna eller vänta på prenumeranter.
ann-button-recipients = ✏️ Ändra mottagare
ann-audience-legend = Flaggorna är länder där mottagarna driver verksamhet; 🗣 är språket de läser.
ann-time-past = Den tidpunkten har redan passerat. Ange en tid framåt, till exempel <code>{ $example }</code> (tidszon: { $timezone }).
ann-time-ambiguous = Lägg till klockslaget, till exempel <code>imorgon 9:00</code> eller <code>{ $example }</code> (tidszon: { $timezone }).
ann-time-unreadable = Jag förstod inte den tidpunkten. Skriv den till exempel så här: <code>imorgon 9:00</code>, <code>om 2 timmar</code> eller <code>{ $example }</code> (tidszon: { $timezone }).
ann-confirm-time = 🕒 Utskicket går ut { $when } till { $count ->
        [one] { $count } person
       *[other] { $count } personer
    } (prenumeranter som matchar nu). Schemalägga det?
ann-button-confirm-time = ✅ Schemalägg
ann-button-change-time = ✏️ Ändra tiden
ann-button-texts = 🌐 Texter på andra språk
ann-ask-text-language = På vilket språk vill du lägga till en text? Varje mottagare får texten på sitt språk, annars huvudtexten.
ann-ask-text-in = Skicka texten på det här språket: { $language }.
ann-texts-given = Egna texter: { $languages }. Alla andra får huvudtexten.
