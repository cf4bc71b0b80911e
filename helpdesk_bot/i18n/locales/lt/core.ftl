## Core: onboarding, menu, settings, roles, errors. Lithuanian translation of the English reference catalog.

start-hello = 👋 Sveiki! Esu pagalbos tarnyba kūrybiniams verslininkams: amatininkams, dizaineriams, iliustruotojams, muzikantams ir mažoms studijoms.
    Pasirinkite kalbą:
start-welcome-back = 👋 Sveiki sugrįžę, { $name }!

privacy-notice =
    <b>Privatumo pranešimas</b> (versija { $version })

    Kad galėtume jums padėti, saugome: jūsų Telegram ID, vardą ir kalbą, pasirinktą šalį ir laiko juostą, jūsų užduotus klausimus, rezervacijas, registracijas į renginius ir atsiliepimus.
    • Juos naudojame tik tam, kad galėtume jums atsakyti, organizuoti konsultacijas ir renginius, taip pat anoniminei statistikai, kurią centras teikia savo finansuotojams.
    • Konsultantai mato jūsų vardą ir klausimą, bet niekada nemato jūsų Telegram naudotojo vardo, nebent tai leisite.
    • Klausimų tekstai ir komentarai ištrinami po { $days } { $days ->
        [one] dienos
        [few] dienų
        [many] dienos
       *[other] dienų
    }.
    • /mydata atsiųs jums viską, ką apie jus saugome; /forget visa tai ištrins.

    Ar sutinkate?
privacy-accept = ✅ Sutinku
privacy-decline = ✖ Ne, ačiū
privacy-accepted = Ačiū! Jūsų sutikimas užregistruotas.
privacy-declined = Nieko tokio. Saugomas tik jūsų Telegram ID ir pasirinkta kalba. Pranešimą bet kada galite perskaityti dar kartą ir su juo sutikti naudodami /start.
privacy-required = Kad galėčiau padėti, perskaitykite privatumo pranešimą ir su juo sutikite.
privacy-new-version = Mūsų privatumo pranešimas pasikeitė. Perskaitykite jį ir sutikite dar kartą, kad galėtumėte toliau naudotis pagalbos tarnyba.
privacy-status = Su privatumo pranešimu (versija { $version }) sutikote { $date }.

choose-language = Pasirinkite kalbą:
language-set = Nuo šiol jums rašysiu lietuviškai.
choose-country = Kurioje šalyje veikia jūsų verslas? Taip galėsiu pateikti jūsų šalyje galiojančias taisykles.
country-set = Nustatyta šalis: { $country }. Laiko juosta: { $timezone }.

country-PL = Lenkija
country-CZ = Čekija
country-SI = Slovėnija
country-DE = Vokietija
country-LT = Lietuva
country-SE = Švedija
country-OTHER = Kita šalis

menu-text = Kuo galiu padėti? Bet kada galite parašyti klausimą savais žodžiais arba pasirinkite:
menu-ask = ❓ Užduoti klausimą
menu-book = 📅 Užsiregistruoti konsultacijai
menu-events = 🎟 Renginiai
menu-settings = ⚙ Nustatymai
menu-topics = 📚 Naršyti temas
coming-soon = Ši pagalbos tarnybos dalis netrukus bus prieinama.
ask-prompt = Parašykite klausimą savais žodžiais bet kuria iš mūsų kalbų. Pavyzdžiui: „Kaip įregistruoti verslą?“

help-text =
    <b>Kaip galiu padėti</b>
    • Užduokite klausimą savais žodžiais: atsakysiu pagal mūsų žinių bazę arba perduosiu jį konsultantui.
help-advisor =
    <b>Konsultantams</b>
help-staff =
    <b>Darbuotojams</b>

settings-text =
    <b>Jūsų nustatymai</b>
    Kalba: { $language }
    Šalis: { $country }
    Laiko juosta: { $timezone }
    Konsultantai gali matyti jūsų Telegram naudotojo vardą: { $share ->
        [yes] taip
       *[no] ne
    }
settings-language = 🌐 Kalba
settings-country = 📍 Šalis
settings-timezone = 🕒 Laiko juosta
settings-share-on = 👁 Rodyti naudotojo vardą konsultantams
settings-share-off = 🙈 Slėpti naudotojo vardą nuo konsultantų
settings-share-set = { $share ->
        [yes] Konsultantai dabar gali matyti jūsų Telegram naudotojo vardą.
       *[no] Konsultantai nematys jūsų Telegram naudotojo vardo.
    }
country-not-set = nenustatyta
choose-timezone = Pasirinkite laiko juostą arba išsiųskite /timezone ir jos pavadinimą (pavyzdžiui, /timezone Europe/Vilnius):
timezone-set = Nustatyta laiko juosta: { $timezone }. Laikas dabar rodomas taip: { $example }
time-zone-line = 🕒 Laiko juosta: { $zone }
centre-name-default = Verslo paramos centras
timezone-invalid = Nežinau laiko juostos „{ $value }“. Naudokite pavadinimą, pavyzdžiui, Europe/Berlin.

unsupported-content = Atsiprašau, galiu skaityti tik tekstines žinutes. Parašykite savo klausimą.
unknown-command = Tokios komandos nežinau. /help parodys, ką galiu padaryti.
stale-button = Šis mygtukas nebegalioja. Pradėkite iš naujo nuo meniu (/start).
invalid-link = Ši nuoroda nebegalioja. Vietoj jos siunčiu pagrindinį meniu.
error-apology = Atsiprašau, mano pusėje kažkas nepavyko. Pabandykite dar kartą po akimirkos; jei tai pasikartos, jums padės konsultantas (/book).
text-too-long = Jūsų žinutė labai ilga, todėl perskaičiau tik { $limit ->
        [one] { $limit } pirmąjį simbolį
        [few] { $limit } pirmuosius simbolius
        [many] { $limit } simbolio
       *[other] { $limit } pirmųjų simbolių
    }.

not-allowed-staff = Atsiprašau, tai skirta tik pagalbos tarnybos darbuotojams.
not-allowed-advisor = Atsiprašau, tai skirta tik pagalbos tarnybos konsultantams.

role-advisor = konsultantas
role-staff = darbuotojas
grant-usage = Naudojimas: /grant advisor|staff USER_ID arba atsakykite komanda /grant advisor|staff į persiųstą to asmens žinutę.
revoke-usage = Naudojimas: /revoke advisor|staff USER_ID arba atsakykite komanda /revoke advisor|staff į persiųstą to asmens žinutę.
grant-done = { $name } dabar turi vaidmenį: { $role }.
revoke-done = { $name } nebeturi vaidmens: { $role }.
role-granted-you = Dabar pagalbos tarnyboje turite vaidmenį: { $role }. /help parodys, ką galite daryti.
role-revoked-you = Pagalbos tarnyboje nebeturite vaidmens: { $role }.
role-error-unknown_person = Šis asmuo dar nepaleido boto; paprašykite, kad pirmiausia išsiųstų /start.
role-error-already_has_role = Šis asmuo jau turi šį vaidmenį.
role-error-does_not_have_role = Šis asmuo neturi šio vaidmens.
role-error-configured_staff = Šis asmuo nurodytas kaip darbuotojas konfigūracijoje (HELPDESK_STAFF_IDS), todėl šio vaidmens negalima atšaukti per botą.
role-error-self_revoke = Negalite atšaukti savo darbuotojo vaidmens.
role-error-hidden_forward = Šio asmens persiuntimo privatumo nustatymai slepia jo paskyrą. Naudokite skaitinį jo naudotojo ID.
roles-list-title = <b>Asmenys su vaidmenimis</b>
roles-list-empty = Kol kas niekas neturi vaidmens.
roles-list-line = • { $name } (ID { $id }): { $roles }

cmd-start = Pradžia ir pagrindinis meniu
cmd-help = Ką galiu padaryti
cmd-ask = Užduoti klausimą
cmd-topics = Naršyti temas
cmd-book = Užsiregistruoti konsultacijai
cmd-mybookings = Mano konsultacijos
cmd-events = Dirbtuvės ir mugės
cmd-subscribe = Skelbimai, kuriuos gaunu
cmd-settings = Kalba, šalis, laiko juosta
cmd-language = Keisti kalbą
cmd-privacy = Privatumo pranešimas
cmd-mydata = Eksportuoti mano duomenis
cmd-forget = Ištrinti mano duomenis
cmd-inbox = Klausimai konsultantams
cmd-agenda = Konsultanto darbotvarkė
cmd-availability = Mano darbo valandos
cmd-grant = Suteikti vaidmenį
cmd-revoke = Atšaukti vaidmenį
cmd-roles = Asmenys su vaidmenimis
cmd-report = Rodiklių ataskaita
cmd-gaps = Žinių spragos
cmd-reload = Iš naujo įkelti žinių bazę
cmd-newevent = Sukurti renginį
cmd-announce = Siųsti skelbimą
cmd-broadcasts = Vykdomi siuntimai
cmd-timezone = Keisti laiko juostą

onb-interests = <b>Pranešimai (neprivaloma)</b>
    Ar norite gauti žinių apie dirbtuves, muges ir kitus renginius? Pasirinkite jus dominančias renginių rūšis ir temas, tada paspauskite Prenumeruoti. Vėliavomis pridėsite kitas šalis be jūsiškės, kurių renginiai jus taip pat domina. Bet kada tai pakeisite per /subscribe.
onb-interests-done = 🔔 Prenumeruoti
onb-interests-skip = Praleisti
onb-interests-saved = 🔔 Prenumerata išsaugota, pasirinkta: { $count }. Kiekvienas pranešimas turi mygtuką jiems išjungti; pakeisti galite per /subscribe.
onb-interests-skipped = Kol kas be pranešimų. Užsiprenumeruoti galite bet kada per /subscribe.
