# Kūrėjų tinklas: profiliai, paieška, prašymai susisiekti, internetinis katalogas.

## Sritys
sector-ceramics = Keramika
sector-jewellery = Juvelyrika
sector-textiles = Tekstilė
sector-wood = Medžio dirbiniai
sector-glass = Stiklas
sector-leather = Odos dirbiniai
sector-metal = Metalo dirbiniai
sector-graphic-design = Grafinis dizainas
sector-product-design = Produktų dizainas
sector-fashion = Mada
sector-interior-design = Interjero dizainas
sector-visual-arts = Vizualieji menai
sector-photography = Fotografija
sector-film-video = Kinas, vaizdo įrašai ir animacija
sector-music = Muzika
sector-performing-arts = Scenos menai
sector-writing-publishing = Rašymas ir leidyba
sector-games-software = Žaidimai ir programinė įranga
sector-architecture = Architektūra
sector-advertising = Reklama ir rinkodara
sector-heritage = Paveldas ir restauravimas

## Poreikiai
need-funding = Finansavimas
need-premises = Dirbtuvės ar studija
need-legal = Teisinės konsultacijos
need-taxes = Mokesčiai ir apskaita
need-marketing = Rinkodara ir pardavimai
need-export = Pardavimas užsienyje
need-partners = Verslo partneriai
need-training = Mokymai
need-equipment = Įranga
need-ip-protection = Mano dizaino apsauga
need-digital = Internetinė parduotuvė ir skaitmeniniai įrankiai

## Matomumas ir būsena
visibility-public = Viešas: internete ir bote
visibility-network = Tinklas: tik bote
visibility-hidden = Paslėptas: niekas nemato
status-draft = Juodraštis
status-pending = Laukia patvirtinimo
status-approved = Patvirtintas
status-paused = Sustabdytas

## Klaidingi duomenys
catalogue-error-name-invalid = Pavadinimas turi būti nuo 1 iki 80 simbolių.
catalogue-error-sector-missing = Pasirinkite bent vieną sritį.
catalogue-error-too-many-sectors = Pasirinkite ne daugiau kaip tris sritis.
catalogue-error-sector-unknown = Šios srities sąraše nėra.
catalogue-error-country-unknown = Pasirinkite vieną iš sąraše esančių šalių.
catalogue-error-language-missing = Pasirinkite bent vieną kalbą, kuria dirbate.
catalogue-error-language-unknown = Šios kalbos sąraše nėra.
catalogue-error-offer-too-long = Pasiūlymo aprašymas gali būti ne ilgesnis nei 600 simbolių.
catalogue-error-skill-too-long = Įgūdis gali būti ne ilgesnis nei 40 simbolių.
catalogue-error-too-many-skills = Galite nurodyti ne daugiau kaip dešimt įgūdžių.
catalogue-error-place-too-long = Vietovė gali būti ne ilgesnė nei 80 simbolių.
catalogue-error-needs-too-long = Poreikių aprašymas gali būti ne ilgesnis nei 600 simbolių.
catalogue-error-link-not-https = Priimami tik saugūs adresai, prasidedantys https://.
catalogue-error-too-many-links = Galite pridėti ne daugiau kaip penkias nuorodas.
catalogue-error-too-many-photos = Galite pridėti ne daugiau kaip tris nuotraukas.
catalogue-error-photo-not-image = Atsiųskite JPEG, PNG arba WebP paveikslėlį.
catalogue-error-photo-too-large = Ši nuotrauka per didelė; atsiųskite iki 5 MB failą.
catalogue-error-slug-taken = Šį adresą jau naudoja kitas profilis; pasirinkite kitą.
catalogue-error-slug-invalid = Adrese gali būti tik mažosios raidės, skaitmenys ir brūkšneliai.
catalogue-error-visibility-unknown = Pasirinkite, kas gali matyti jūsų profilį.
catalogue-error-need-unknown = Šio poreikio sąraše nėra.
catalogue-error-status-unknown = Nežinoma profilio būsena.
catalogue-error-forbidden = Tai gali padaryti tik profilio savininkas arba centro darbuotojai.
catalogue-error-not-found = Tokio profilio nėra.
catalogue-error-not-pending = Šis profilis nebelaukia patvirtinimo.
catalogue-error-already-paused = Jūsų profilis jau sustabdytas.
catalogue-error-not-paused = Jūsų profilis nesustabdytas.

## Internetinis katalogas
web-title = Kūrėjų tinklas
web-intro = Amatininkai, dizaineriai ir menininkai iš Lenkijos, Čekijos, Slovėnijos, Vokietijos, Lietuvos ir Švedijos.
web-search-label = Ieškoti pagal žodžius
web-search-hint = Pavyzdžiui: keramika Vilnius
web-search-button = Ieškoti
web-filters = Filtrai
web-filter-sector = Sritis
web-filter-country = Šalis
web-filter-language = Kalba
web-filter-any = Bet kuri
web-filter-open = Tik priimantys užsakymus
web-results = { $count ->
    [one] Rastas { $count } profilis
    [few] Rasti { $count } profiliai
   *[other] Rasta { $count } profilių
}
web-no-results = Paieškos neatitinka joks profilis. Pabandykite mažiau ar kitų žodžių arba pašalinkite filtrą.
web-page = { $page } puslapis iš { $pages }
web-previous = Ankstesnis puslapis
web-next = Kitas puslapis
web-pages = Rezultatų puslapiai
web-open-for-commissions = Priima užsakymus
web-offer = Ką siūlau
web-skills = Įgūdžiai
web-sectors = Sritys
web-languages = Kalbos
web-place = Vieta
web-links = Darbų aplankas
web-photos = Nuotraukos
web-photo-alt = { $number } nuotrauka iš darbų aplanko
web-contact = Susisiekti per Telegram
web-contact-hint = Botas perduos jūsų žinutę; savininkas nuspręs, ar pasidalyti savo kontaktu.
web-back = Grįžti į katalogą
web-not-found = Šio profilio viešajame kataloge nėra.
web-language-switcher = Puslapio kalba
web-run-by = Tvarko: { $centre }

## Pokalbis: komandos
cmd-profile = Jūsų profilis kūrėjų tinkle
cmd-find = Rasti kūrėjų: /find keramika Vilnius
cmd-moderate = Profilių tvirtinimas katalogui

## Pokalbis: profilis
catalogue-field-status = Būsena
catalogue-field-visibility = Kas mato
catalogue-field-needs = Reikalinga pagalba
catalogue-intro = Sukurkime jūsų profilį kūrėjų tinkle. Tai užtruks kelias minutes; bet kada galite baigti komanda /cancel.
catalogue-edit-intro = Peržiūrėkime jūsų profilį. Bakstelėkite „Palikti“, jei žingsnio keisti nenorite.
catalogue-ask-name = Kokiu vardu ar prekės ženklu jus turi matyti kiti?
catalogue-ask-sectors = Pasirinkite savo sritis (ne daugiau kaip tris), tada bakstelėkite „Baigta“.
catalogue-ask-country = Kurioje šalyje dirbate?
catalogue-ask-city = Kuriame mieste ar regione? (Galite praleisti.)
catalogue-ask-languages = Kokiomis kalbomis jums galima rašyti? Pasirinkite jas, tada bakstelėkite „Baigta“.
catalogue-ask-offer = Keliais sakiniais aprašykite, ką siūlote (iki 600 simbolių).
catalogue-ask-skills = Išvardykite savo įgūdžius, atskirdami juos kableliais (pavyzdžiui: žiedimas, glazūravimas).
catalogue-ask-links = Atsiųskite nuorodas į darbų aplanką ar parduotuvę (https:// adresai, ne daugiau kaip penki, atskirti tarpais).
catalogue-ask-photos = { $count ->
    [0] Atsiųskite iki trijų savo darbų nuotraukų, tada bakstelėkite „Baigta“.
    [one] Pridėta { $count } nuotrauka. Atsiųskite daugiau (iš viso ne daugiau kaip tris) arba bakstelėkite „Baigta“.
    [few] Pridėtos { $count } nuotraukos. Atsiųskite daugiau (iš viso ne daugiau kaip tris) arba bakstelėkite „Baigta“.
   *[other] Pridėta { $count } nuotraukų. Bakstelėkite „Baigta“.
}
catalogue-ask-open = Ar priimate užsakymus ir bendradarbiavimo pasiūlymus?
catalogue-ask-visibility = Kas gali matyti jūsų profilį? Viešieji profiliai, centro komandai patvirtinus, atsiranda ir internetiniame kataloge.
catalogue-ask-needs = Kokia pagalba jums labiausiai praverstų? Pasirinkite kelias, tada bakstelėkite „Baigta“. Tai mato tik centro komanda.
catalogue-ask-needs_text = Ar reikia dar ko nors? Parašykite savais žodžiais. (Galite praleisti.)
catalogue-ask-confirm = Štai jūsų profilis. Išsaugoti?
catalogue-btn-yes = Taip
catalogue-btn-no = Ne
catalogue-btn-done = Baigta
catalogue-btn-save = Išsaugoti
catalogue-btn-keep = Palikti
catalogue-btn-skip = Praleisti
catalogue-btn-edit = Redaguoti
catalogue-btn-pause = Sustabdyti
catalogue-btn-resume = Tęsti
catalogue-btn-delete = Ištrinti
catalogue-btn-delete-yes = Taip, ištrinti mano profilį
catalogue-use-buttons = Į šį žingsnį atsakykite mygtukais aukščiau.
catalogue-saved-pending = Profilis išsaugotas. Centro komanda jį peržiūrės; kai jis bus matomas kitiems, gausite žinutę.
catalogue-saved-hidden = Profilis išsaugotas kaip paslėptas: niekas kitas jo nemato. Tai pakeisite komanda /profile.
catalogue-paused = Jūsų profilis sustabdytas: niekas negali jūsų rasti ar su jumis susisiekti. Būsena: { $status }.
catalogue-resumed = Jūsų profilis vėl aktyvus. Būsena: { $status }.
catalogue-delete-confirm = Ištrinti jūsų profilį? Jis iškart dings iš boto ir interneto.
catalogue-deleted = Jūsų profilis ištrintas.

## Pokalbis: tvirtinimas
catalogue-moderate-empty = Joks profilis nelaukia patvirtinimo.
catalogue-moderate-head = Patvirtinimo laukiantis profilis:
catalogue-btn-approve = Patvirtinti
catalogue-btn-reject = Grąžinti taisyti
catalogue-approved = Jūsų profilis „{ $name }“ patvirtintas ir matomas tinkle.
catalogue-sent-back = Jūsų profilis „{ $name }“ dar nepatvirtintas. Peržiūrėkite jį komanda /profile ir išsaugokite iš naujo.

## Pokalbis: paieška ir kontaktai
catalogue-find-head = { $count ->
    [0] Pagal „{ $query }“ nieko nerasta.
    [one] Pagal „{ $query }“ rastas { $count } profilis:
    [few] Pagal „{ $query }“ rasti { $count } profiliai:
   *[other] Pagal „{ $query }“ rasta { $count } profilių:
}
catalogue-find-filters = Filtrai: { $filters }
catalogue-find-none = Pabandykite mažiau ar kitų žodžių arba pakeiskite filtrus.
catalogue-btn-contact = Susisiekti { $number }
catalogue-btn-contact-one = Susisiekti
catalogue-btn-clear = Išvalyti filtrus
catalogue-contact-ask = Parašykite žinutę: { $name }. Botas ją perduos; jei kita pusė sutiks, abu matysite vienas kito Telegram vardą.
catalogue-contact-incoming =
    { $name } nori susisiekti per kūrėjų tinklą:

    { $message }

    Jei sutiksite, abu matysite vienas kito Telegram vardą. Jei atsisakysite, niekuo nebus pasidalyta.
catalogue-btn-accept = Sutikti
catalogue-btn-decline = Atsisakyti
catalogue-contact-sent = Jūsų žinutė išsiųsta profiliui „{ $name }“. Botas praneš, kai ateis atsakymas.
catalogue-contact-accepted = { $name }: prašymas priimtas. Galite rašyti tiesiogiai: { $handle }
catalogue-contact-declined = { $name }: šį kartą prašymo priimti negali.
catalogue-contact-you-accepted = Priimta. Galite rašyti tiesiogiai: { $handle }
catalogue-contact-you-declined = Atsisakyta. Niekuo nepasidalyta.
catalogue-error-contact-unavailable = Su šiuo profiliu dabar susisiekti negalima.
catalogue-error-contact-self = Tai jūsų profilis.
catalogue-error-contact-rate-limited = Šiandien išsiųsta jau daugiausia leidžiamų kontakto prašymų. Bandykite rytoj.
catalogue-error-contact-pending = Šiam žmogui žinutė jau išsiųsta; palaukite atsakymo.
catalogue-error-contact-message-invalid = Parašykite ne ilgesnę nei 1000 simbolių žinutę.
catalogue-error-contact-not-found = Tokio kontakto prašymo nėra.
catalogue-error-contact-answered = Į šį prašymą jau atsakyta.

## Kvietimai bendradarbiauti
cmd-call = Kvietimas kūrėjams bendradarbiauti
cmd-calls = Kvietimai bendradarbiauti: tvirtinimas ir rezultatai
role-partner = partneris
not-allowed-partner = Kvietimus bendradarbiauti gali skelbti tik partnerių organizacijos ir centro komanda.
call-intro = Kvietimas bendradarbiauti pasieks tinkamus kūrėjus, kai jį patvirtins centro komanda.
call-ask-need = Ko jums reikia? Aprašykite darbą ar bendradarbiavimą (iki 1000 simbolių).
call-ask-sectors = Kokios sritys? Pasirinkite ne daugiau kaip tris, tada bakstelėkite „Baigta“.
call-ask-countries = Iš kokių šalių? Pasirinkite bet kurias arba bakstelėkite „Baigta“ nieko nepasirinkę, jei iš visų.
call-ask-languages = Kokiomis kalbomis galima atlikti darbą? Pasirinkite bet kurias arba bakstelėkite „Baigta“ nieko nepasirinkę, jei visomis.
call-ask-deadline = Iki kada kūrėjai gali atsiliepti? Parašykite datą, pavyzdžiui, 2027-03-31 arba 31.03.2027.
call-ask-budget = Koks biudžetas eurais? Parašykite intervalą, pvz., 1000-5000, arba praleiskite.
call-ask-cross_border = Ar kvietimas atviras ir kitų šalių kūrėjams?
call-ask-organisation = Kokios įmonės ar įstaigos vardu? (Galite praleisti.)
call-ask-confirm = Štai jūsų kvietimas. Siųsti jį patvirtinti?
call-btn-submit = Siųsti patvirtinti
call-summary =
    { $need }

    Sritys: { $sectors }
    Šalys: { $countries }
    Kalbos: { $languages }
    Atsiliepti iki: { $deadline }
    Biudžetas: { $budget }
    Atviras kitoms šalims: { $cross_border }
    Organizacija: { $organisation }
call-posted = Kvietimas išsiųstas. Centro komanda jį peržiūrės; sužinosite, kiek kūrėjų jis pasiekė.
call-overview = Kvietimai bendradarbiauti (naujausi pirmi):
call-none = Kvietimų bendradarbiauti dar nepaskelbta.
call-line = #{ $id } { $status }: { $need } ({ $organisation }) — iki { $deadline }; pranešta: { $notified }, susidomėjo: { $responses }, susitarta: { $agreed }
call-status-pending = laukia patvirtinimo
call-status-approved = patvirtintas
call-status-rejected = atmestas
call-status-closed = uždarytas
call-btn-approve = Patvirtinti #{ $id }
call-btn-reject = Atmesti #{ $id }
call-reviewed = Kvietimas #{ $id } patvirtintas; { $count ->
    [0] jo neatitinka joks profilis, autoriui pranešta.
   *[other] pranešta kūrėjų: { $count }.
}
call-rejected = Kvietimas #{ $id } atmestas; autoriui pranešta.
call-notice =
    Kvietimas bendradarbiauti, atitinkantis jūsų profilį:

    { $need }

    Organizacija: { $organisation }
    Biudžetas: { $budget }
    Atsiliepti iki: { $deadline }

    Bakstelėjus „Domina“, organizacija gaus jūsų profilį ir Telegram vardą.
call-btn-interested = Domina
call-approved-poster = Jūsų kvietimas „{ $need }“ patvirtintas; pranešta kūrėjų: { $count }. Botas praneš, kai kas nors susidomės.
call-no-match = Jūsų kvietimas „{ $need }“ patvirtintas, bet tinkle jo dar neatitinka joks profilis. Galite išplėsti sritis, šalis ar kalbas ir paskelbti jį iš naujo.
call-rejected-poster = Jūsų kvietimas „{ $need }“ nepatvirtintas. Centro komanda mielai padės jį patobulinti.
call-interest =
    Jūsų kvietimu „{ $need }“ susidomėta:

    { $name } ({ $place })
    { $offer }

    Galite rašyti tiesiogiai: { $handle }
call-btn-agreed = Bendradarbiavimas sutartas
call-interest-sent = Ačiū! Jūsų profilis perduotas organizacijai; ji gali jums rašyti tiesiogiai.
call-agreed-noted = Užfiksuota: bendradarbiavimas sutartas. Ačiū!
catalogue-error-call-need-invalid = Aprašykite, ko reikia, ne daugiau kaip 1000 simbolių.
catalogue-error-call-sectors-invalid = Pasirinkite nuo vienos iki trijų sričių iš sąrašo.
catalogue-error-call-filters-invalid = Pasirinkite šalis ir kalbas iš sąrašų.
catalogue-error-call-deadline-invalid = Tai ne data. Parašykite ją kaip 2027-03-31 arba 31.03.2027.
catalogue-error-call-deadline-past = Data turi būti ateityje.
catalogue-error-call-budget-invalid = Biudžetą parašykite skaičiumi arba intervalu, pvz., 1000-5000.
catalogue-error-call-organisation-invalid = Organizacijos pavadinimas gali būti ne ilgesnis nei 120 simbolių.
catalogue-error-call-not-found = Šis kvietimas nebegalioja.
catalogue-error-call-not-pending = Šis kvietimas jau peržiūrėtas.
catalogue-error-call-closed = Šis kvietimas uždarytas: terminas pasibaigė.
catalogue-error-call-no-profile = Kad atsilieptumėte į kvietimą, reikia patvirtinto profilio tinkle. Sukurkite jį komanda /profile.
catalogue-error-call-already-interested = Susidomėjimas šiuo kvietimu jau išsiųstas.
catalogue-error-call-already-agreed = Šis susitarimas jau užfiksuotas.

## Savaitės apžvalga
cmd-digest = Savaitės apžvalga: renginiai, kvietimai, nauji atsakymai
digest-intro = Kartą per savaitę botas gali atsiųsti, kas jums nauja: ateinančios savaitės renginius, jūsų profilį atitinkančius kvietimus bendradarbiauti ir naujus ar atnaujintus atsakymus. Savaitę be naujienų nieko negausite.
digest-ask-weekday = Kurią savaitės dieną?
digest-ask-hour = Kelintą valandą (diena: { $weekday })? Laiko juosta: { $zone }.
digest-subscribed = Atlikta, savaitės apžvalga užsakyta.
digest-current = Apžvalgą gaunate kiekvieną savaitę (diena: { $weekday }) { $time } ({ $zone }).
digest-dst-note = { $date } laikrodžiai persukami į priekį ir { $time } nebus; tą dieną apžvalga ateis { $shifted }.
digest-btn-change = Keisti dieną ar laiką
digest-btn-unsubscribe = Atsisakyti
digest-unsubscribed = Savaitės apžvalgos atsisakyta. Bet kada vėl galite ją užsakyti komanda /digest.
digest-not-subscribed = Savaitės apžvalga neužsakyta.
digest-head = <b>Jūsų savaitės apžvalga</b>
digest-events = <b>Ateinančios savaitės renginiai</b>
digest-calls = <b>Jūsų profilį atitinkantys kvietimai bendradarbiauti</b>
digest-kb = <b>Nauji ir atnaujinti atsakymai</b>
digest-times-in = Laiko juosta: { $zone }.
digest-body = { $body }
catalogue-error-digest-invalid = Dieną ir laiką pasirinkite mygtukais.
