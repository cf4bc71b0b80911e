## Core: onboarding, menu, settings, roles, errors. Slovenian translation of the English reference catalog.

start-hello = 👋 Pozdravljeni! Sem podporna točka za ustvarjalne podjetnike: obrtnike, oblikovalce, ilustratorje, glasbenike in majhne studie.
    Izberite jezik:
start-welcome-back = 👋 Dobrodošli nazaj, { $name }!

privacy-notice =
    <b>Obvestilo o zasebnosti</b> (različica { $version })

    Da vam lahko pomagamo, hranimo: vaš ID v Telegramu, vaše ime in jezik, državo in časovni pas, ki ju izberete, vprašanja, ki jih zastavite, ter vaše rezervacije, prijave na dogodke in povratne informacije.
    • Uporabljamo jih samo za odgovore na vaša vprašanja, dogovarjanje svetovanj in dogodkov ter za anonimno statistiko, ki jo center poroča svojim financerjem.
    • Svetovalci vidijo vaše ime in vprašanje, nikoli pa vašega uporabniškega imena v Telegramu, razen če to dovolite.
    • Besedila vprašanj in komentarje izbrišemo po { $days } { $days ->
        [one] dnevu
        [two] dneh
        [few] dneh
       *[other] dneh
    }.
    • /mydata vam pošlje vse, kar hranimo o vas; /forget vse to izbriše.

    Ali se strinjate?
privacy-accept = ✅ Strinjam se
privacy-decline = ✖ Ne, hvala
privacy-accepted = Hvala! Vaše soglasje je zabeleženo.
privacy-declined = Ni težav. Hranimo samo vaš ID v Telegramu in izbrani jezik. Obvestilo lahko kadar koli znova preberete in se z njim strinjate z ukazom /start.
privacy-required = Preden vam lahko pomagam, preberite in sprejmite obvestilo o zasebnosti.
privacy-new-version = Naše obvestilo o zasebnosti se je spremenilo. Če želite podporno točko še naprej uporabljati, ga preberite in se z njim znova strinjajte.
privacy-status = Vaše soglasje z obvestilom o zasebnosti (različica { $version }) je bilo zabeleženo dne { $date }.

choose-language = Izberite jezik:
language-set = Odslej vam pišem v slovenščini.
choose-country = Kje ima sedež vaše podjetje? Tako vam lahko navedem pravila, ki veljajo v vaši državi.
country-set = Država je nastavljena: { $country }. Časovni pas: { $timezone }.

country-PL = Poljska
country-CZ = Češka
country-SI = Slovenija
country-DE = Nemčija
country-LT = Litva
country-SE = Švedska
country-OTHER = Druga država

menu-text = Kako vam lahko pomagam? Vprašanje lahko kadar koli napišete s svojimi besedami ali pa izberete:
menu-ask = ❓ Zastavite vprašanje
menu-book = 📅 Rezervirajte svetovanje
menu-events = 🎟 Dogodki
menu-settings = ⚙ Nastavitve
menu-topics = 📚 Brskajte po temah
coming-soon = Ta del podporne točke bo kmalu na voljo.
ask-prompt = Vprašanje napišite s svojimi besedami, v katerem koli od naših jezikov. Na primer: „Kako registriram podjetje?“

help-text =
    <b>Kako vam lahko pomagam</b>
    • Vprašanje zastavite s svojimi besedami: odgovorim iz naše baze znanja ali ga posredujem svetovalcu.
help-advisor =
    <b>Za svetovalce</b>
help-staff =
    <b>Za osebje</b>

settings-text =
    <b>Vaše nastavitve</b>
    Jezik: { $language }
    Država: { $country }
    Časovni pas: { $timezone }
    Svetovalci lahko vidijo vaše uporabniško ime v Telegramu: { $share ->
        [yes] da
       *[no] ne
    }
settings-language = 🌐 Jezik
settings-country = 📍 Država
settings-timezone = 🕒 Časovni pas
settings-share-on = 👁 Pokaži uporabniško ime svetovalcem
settings-share-off = 🙈 Skrij uporabniško ime pred svetovalci
settings-share-set = { $share ->
        [yes] Svetovalci lahko zdaj vidijo vaše uporabniško ime v Telegramu.
       *[no] Svetovalci ne bodo videli vašega uporabniškega imena v Telegramu.
    }
country-not-set = ni nastavljeno
choose-timezone = Izberite časovni pas ali pošljite /timezone in njegovo ime (na primer /timezone Europe/Vilnius):
timezone-set = Časovni pas je nastavljen: { $timezone }. Čas je zdaj prikazan takole: { $example }
time-zone-line = 🕒 Časovni pas: { $zone }
centre-name-default = Center za podporo podjetništvu
timezone-invalid = Časovnega pasu „{ $value }“ ne poznam. Uporabite ime, kot je Europe/Berlin.

unsupported-content = Žal lahko berem samo besedilna sporočila. Prosim, napišite svoje vprašanje.
unknown-command = Tega ukaza ne poznam. Z ukazom /help si lahko ogledate, kaj znam.
stale-button = Ta gumb ni več veljaven. Prosim, začnite znova v meniju (/start).
invalid-link = Ta povezava ni več veljavna. Namesto tega vam pošiljam glavni meni.
error-apology = Oprostite, pri meni je šlo nekaj narobe. Poskusite znova čez trenutek; če se bo ponovilo, vam bo pomagal svetovalec (/book).
text-too-long = Vaše sporočilo je zelo dolgo, zato upoštevam samo { $limit ->
        [one] prvi { $limit } znak
        [two] prva { $limit } znaka
        [few] prve { $limit } znake
       *[other] prvih { $limit } znakov
    }.

not-allowed-staff = Žal je to na voljo samo osebju podporne točke.
not-allowed-advisor = Žal je to na voljo samo svetovalcem podporne točke.

role-advisor = svetovalec
role-staff = osebje
grant-usage = Uporaba: /grant advisor|staff USER_ID ali pa z /grant advisor|staff odgovorite na posredovano sporočilo te osebe.
revoke-usage = Uporaba: /revoke advisor|staff USER_ID ali pa z /revoke advisor|staff odgovorite na posredovano sporočilo te osebe.
grant-done = { $name } ima zdaj vlogo: { $role }.
revoke-done = { $name } nima več vloge: { $role }.
role-granted-you = V podporni točki imate zdaj vlogo: { $role }. Z ukazom /help si oglejte, kaj lahko počnete.
role-revoked-you = V podporni točki nimate več vloge: { $role }.
role-error-unknown_person = Ta oseba še ni zagnala bota; prosite jo, naj najprej pošlje /start.
role-error-already_has_role = Ta oseba že ima to vlogo.
role-error-does_not_have_role = Ta oseba nima te vloge.
role-error-configured_staff = Ta oseba je kot osebje določena v konfiguraciji (HELPDESK_STAFF_IDS), zato ji vloge v botu ni mogoče odvzeti.
role-error-self_revoke = Sami sebi ne morete odvzeti vloge osebja.
role-error-hidden_forward = Nastavitve zasebnosti te osebe pri posredovanju skrivajo njen račun. Uporabite njen številski ID uporabnika.
roles-list-title = <b>Osebe z vlogami</b>
roles-list-empty = Nihče še nima vloge.
roles-list-line = • { $name } (ID { $id }): { $roles }

cmd-start = Začetek in glavni meni
cmd-help = Kaj znam
cmd-ask = Novo vprašanje
cmd-topics = Brskanje po temah
cmd-book = Rezervacija svetovanja
cmd-mybookings = Moja svetovanja
cmd-events = Delavnice in sejmi
cmd-subscribe = Obvestila, ki jih prejemam
cmd-settings = Jezik, država, časovni pas
cmd-language = Sprememba jezika
cmd-privacy = Obvestilo o zasebnosti
cmd-mydata = Izvoz mojih podatkov
cmd-forget = Izbris mojih podatkov
cmd-inbox = Vprašanja za svetovalce
cmd-agenda = Moja svetovanja kot svetovalec
cmd-availability = Moje razpoložljive ure
cmd-grant = Dodelitev vloge
cmd-revoke = Odvzem vloge
cmd-roles = Osebe z vlogami
cmd-report = Poročilo o kazalnikih
cmd-gaps = Vrzeli v bazi znanja
cmd-reload = Ponovno nalaganje baze znanja
cmd-newevent = Nov dogodek
cmd-announce = Pošiljanje obvestila
cmd-broadcasts = Pošiljanja v teku
cmd-timezone = Spremeni časovni pas

onb-interests = <b>Obvestila (neobvezno)</b>
    Želite prejemati obvestila o delavnicah, sejmih in drugih dogodkih? Izberite vrste dogodkov in teme, ki vas zanimajo, in pritisnite Naroči se. Zastave dodajo države poleg vaše, katerih dogodki vas tudi zanimajo. To lahko kadar koli spremenite z /subscribe.
onb-interests-done = 🔔 Naroči se
onb-interests-skip = Preskoči
onb-interests-saved = 🔔 Naročnina je shranjena, število izbir: { $count }. Vsako obvestilo ima gumb, s katerim jih izklopite; spremenite jih z /subscribe.
onb-interests-skipped = Za zdaj brez obvestil. Naročite se lahko kadar koli z /subscribe.
