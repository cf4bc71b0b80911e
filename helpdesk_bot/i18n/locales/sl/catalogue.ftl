# Mreža ustvarjalcev: profili, iskanje, prošnje za stik, spletni katalog.

## Področja
sector-ceramics = Keramika
sector-jewellery = Nakit
sector-textiles = Tekstil
sector-wood = Obdelava lesa
sector-glass = Steklo
sector-leather = Usnjarstvo
sector-metal = Obdelava kovin
sector-graphic-design = Grafično oblikovanje
sector-product-design = Oblikovanje izdelkov
sector-fashion = Moda
sector-interior-design = Notranje oblikovanje
sector-visual-arts = Vizualne umetnosti
sector-photography = Fotografija
sector-film-video = Film, video in animacija
sector-music = Glasba
sector-performing-arts = Uprizoritvene umetnosti
sector-writing-publishing = Pisanje in založništvo
sector-games-software = Igre in programska oprema
sector-architecture = Arhitektura
sector-advertising = Oglaševanje in trženje
sector-heritage = Kulturna dediščina in restavriranje

## Potrebe
need-funding = Financiranje
need-premises = Delavnica ali atelje
need-legal = Pravni nasveti
need-taxes = Davki in računovodstvo
need-marketing = Trženje in prodaja
need-export = Prodaja v tujino
need-partners = Poslovni partnerji
need-training = Usposabljanje
need-equipment = Oprema
need-ip-protection = Zaščita mojih modelov
need-digital = Spletna trgovina in digitalna orodja

## Vidnost in stanje
visibility-public = Javen: na spletu in v botu
visibility-network = Mreža: samo v botu
visibility-hidden = Skrit: nihče ga ne vidi
status-draft = Osnutek
status-pending = Čaka na odobritev
status-approved = Odobren
status-paused = Začasno ustavljen

## Napačni podatki
catalogue-error-name-invalid = Ime mora imeti od 1 do 80 znakov.
catalogue-error-sector-missing = Izberite vsaj eno področje.
catalogue-error-too-many-sectors = Izberite največ tri področja.
catalogue-error-sector-unknown = Tega področja ni na seznamu.
catalogue-error-country-unknown = Izberite eno od držav s seznama.
catalogue-error-language-missing = Izberite vsaj en jezik, v katerem delate.
catalogue-error-language-unknown = Tega jezika ni na seznamu.
catalogue-error-offer-too-long = Opis ponudbe ima lahko največ 600 znakov.
catalogue-error-skill-too-long = Veščina ima lahko največ 40 znakov.
catalogue-error-too-many-skills = Navedete lahko največ deset veščin.
catalogue-error-place-too-long = Kraj ima lahko največ 80 znakov.
catalogue-error-needs-too-long = Opis potreb ima lahko največ 600 znakov.
catalogue-error-link-not-https = Sprejemamo samo varne naslove, ki se začnejo s https://.
catalogue-error-too-many-links = Dodate lahko največ pet povezav.
catalogue-error-too-many-photos = Dodate lahko največ tri fotografije.
catalogue-error-photo-not-image = Pošljite sliko JPEG, PNG ali WebP.
catalogue-error-photo-too-large = Ta fotografija je prevelika; pošljite datoteko do 5 MB.
catalogue-error-slug-taken = Ta naslov že uporablja drug profil; izberite drugega.
catalogue-error-slug-invalid = Naslov sme vsebovati samo male črke, števke in vezaje.
catalogue-error-visibility-unknown = Izberite, kdo lahko vidi vaš profil.
catalogue-error-need-unknown = Te potrebe ni na seznamu.
catalogue-error-status-unknown = Neznano stanje profila.
catalogue-error-forbidden = To lahko stori samo lastnik profila ali zaposleni v centru.
catalogue-error-not-found = Takega profila ni.
catalogue-error-not-pending = Ta profil ne čaka več na odobritev.
catalogue-error-already-paused = Vaš profil je že začasno ustavljen.
catalogue-error-not-paused = Vaš profil ni začasno ustavljen.

## Spletni katalog
web-title = Mreža ustvarjalcev
web-intro = Rokodelci, oblikovalci in umetniki iz Poljske, Češke, Slovenije, Nemčije, Litve in Švedske.
web-search-label = Iskanje po besedah
web-search-hint = Na primer: keramika Ljubljana
web-search-button = Išči
web-filters = Filtri
web-filter-sector = Področje
web-filter-country = Država
web-filter-language = Jezik
web-filter-any = Katero koli
web-filter-open = Samo tisti, ki sprejemajo naročila
web-results = { $count ->
    [one] Najden je { $count } profil
    [two] Najdena sta { $count } profila
    [few] Najdeni so { $count } profili
   *[other] Najdenih je { $count } profilov
}
web-no-results = Iskanju ne ustreza noben profil. Poskusite z manj ali drugimi besedami ali odstranite filter.
web-page = Stran { $page } od { $pages }
web-previous = Prejšnja stran
web-next = Naslednja stran
web-pages = Strani z rezultati
web-open-for-commissions = Sprejema naročila
web-offer = Kaj ponujam
web-skills = Veščine
web-sectors = Področja
web-languages = Jeziki
web-place = Kraj
web-links = Portfelj
web-photos = Fotografije
web-photo-alt = Fotografija { $number } iz portfelja
web-contact = Stik prek Telegrama
web-contact-hint = Bot posreduje vaše sporočilo; lastnik se odloči, ali bo delil svoj stik.
web-back = Nazaj v katalog
web-not-found = Tega profila ni v javnem katalogu.
web-language-switcher = Jezik strani
web-run-by = Upravlja: { $centre }

## Klepet: ukazi
cmd-profile = Vaš profil v mreži ustvarjalcev
cmd-find = Poiščite ustvarjalce: /find keramika Ljubljana
cmd-moderate = Odobritev profilov za katalog

## Klepet: profil
catalogue-field-status = Stanje
catalogue-field-visibility = Kdo ga vidi
catalogue-field-needs = Potrebna podpora
catalogue-intro = Ustvarimo vaš profil v mreži ustvarjalcev. Vzame nekaj minut; kadar koli lahko končate z ukazom /cancel.
catalogue-edit-intro = Pojdimo skozi vaš profil. Tapnite »Obdrži«, če koraka ne želite spremeniti.
catalogue-ask-name = S katerim imenom ali blagovno znamko vas naj vidijo drugi?
catalogue-ask-sectors = Izberite svoja področja (največ tri), nato tapnite »Končano«.
catalogue-ask-country = V kateri državi delate?
catalogue-ask-city = V katerem kraju ali regiji? (Lahko preskočite.)
catalogue-ask-languages = V katerih jezikih vam lahko ljudje pišejo? Izberite jih, nato tapnite »Končano«.
catalogue-ask-offer = V nekaj stavkih opišite, kaj ponujate (do 600 znakov).
catalogue-ask-skills = Naštejte svoje veščine, ločene z vejicami (na primer: vrtenje na vretenu, glaziranje).
catalogue-ask-links = Pošljite povezave do portfelja ali trgovine (naslovi https://, največ pet, ločeni s presledki).
catalogue-ask-photos = { $count ->
    [0] Pošljite do tri fotografije svojih del, nato tapnite »Končano«.
    [one] Dodana je ena fotografija. Pošljite še katero (skupaj največ tri) ali tapnite »Končano«.
    [two] Dodani sta dve fotografiji. Pošljite še eno ali tapnite »Končano«.
    [few] Dodane so { $count } fotografije. Tapnite »Končano«.
   *[other] Dodanih je { $count } fotografij. Tapnite »Končano«.
}
catalogue-ask-open = Ali sprejemate naročila in ponudbe za sodelovanje?
catalogue-ask-visibility = Kdo lahko vidi vaš profil? Javni profili se po odobritvi ekipe centra pojavijo tudi v spletnem katalogu.
catalogue-ask-needs = Kakšna podpora bi vam najbolj pomagala? Izberite poljubne, nato tapnite »Končano«. To vidi samo ekipa centra.
catalogue-ask-needs_text = Potrebujete še kaj? Napišite s svojimi besedami. (Lahko preskočite.)
catalogue-ask-confirm = To je vaš profil. Ga shranim?
catalogue-btn-yes = Da
catalogue-btn-no = Ne
catalogue-btn-done = Končano
catalogue-btn-save = Shrani
catalogue-btn-keep = Obdrži
catalogue-btn-skip = Preskoči
catalogue-btn-edit = Uredi
catalogue-btn-pause = Začasno ustavi
catalogue-btn-resume = Nadaljuj
catalogue-btn-delete = Izbriši
catalogue-btn-delete-yes = Da, izbriši moj profil
catalogue-use-buttons = Na ta korak odgovorite z gumbi zgoraj.
catalogue-saved-pending = Profil je shranjen. Ekipa centra ga bo pregledala; ko bo viden drugim, boste dobili sporočilo.
catalogue-saved-hidden = Profil je shranjen kot skrit: nihče drug ga ne vidi. To spremenite z ukazom /profile.
catalogue-paused = Vaš profil je začasno ustavljen: nihče vas ne more najti ali vzpostaviti stika. Stanje: { $status }.
catalogue-resumed = Vaš profil je spet dejaven. Stanje: { $status }.
catalogue-delete-confirm = Izbrišem vaš profil? Takoj izgine iz bota in s spleta.
catalogue-deleted = Vaš profil je izbrisan.

## Klepet: odobritev
catalogue-moderate-empty = Noben profil ne čaka na odobritev.
catalogue-moderate-head = Profil, ki čaka na odobritev:
catalogue-btn-approve = Odobri
catalogue-btn-reject = Vrni v popravek
catalogue-approved = Vaš profil »{ $name }« je odobren in viden v mreži.
catalogue-sent-back = Vaš profil »{ $name }« še ni odobren. Preverite ga z ukazom /profile in ga znova shranite.

## Klepet: iskanje in stik
catalogue-find-head = { $count ->
    [0] Za »{ $query }« ni zadetkov.
    [one] Za »{ $query }« je najden { $count } profil:
    [two] Za »{ $query }« sta najdena { $count } profila:
    [few] Za »{ $query }« so najdeni { $count } profili:
   *[other] Za »{ $query }« je najdenih { $count } profilov:
}
catalogue-find-filters = Filtri: { $filters }
catalogue-find-none = Poskusite z manj ali drugimi besedami ali spremenite filtre.
catalogue-btn-contact = Stik { $number }
catalogue-btn-contact-one = Vzpostavi stik
catalogue-btn-clear = Počisti filtre
catalogue-contact-ask = Napišite sporočilo za: { $name }. Bot ga posreduje; če druga stran sprejme, boste drug drugemu videli uporabniško ime v Telegramu.
catalogue-contact-incoming =
    { $name } želi vzpostaviti stik prek mreže ustvarjalcev:

    { $message }

    Če sprejmete, boste drug drugemu videli uporabniško ime v Telegramu. Če zavrnete, se nič ne deli.
catalogue-btn-accept = Sprejmi
catalogue-btn-decline = Zavrni
catalogue-contact-sent = Vaše sporočilo za: { $name } je na poti. Bot vam sporoči, ko pride odgovor.
catalogue-contact-accepted = { $name } sprejema vašo prošnjo. Pišete lahko neposredno: { $handle }
catalogue-contact-declined = { $name } tokrat vaše prošnje ne more sprejeti.
catalogue-contact-you-accepted = Sprejeto. Pišete lahko neposredno: { $handle }
catalogue-contact-you-declined = Zavrnjeno. Nič ni bilo deljeno.
catalogue-error-contact-unavailable = S tem profilom trenutno ni mogoče vzpostaviti stika.
catalogue-error-contact-self = To je vaš lastni profil.
catalogue-error-contact-rate-limited = Danes je bilo poslanih že največ dovoljenih prošenj za stik. Poskusite jutri.
catalogue-error-contact-pending = Tej osebi je sporočilo že poslano; počakajte na odgovor.
catalogue-error-contact-message-invalid = Napišite sporočilo z največ 1000 znaki.
catalogue-error-contact-not-found = Take prošnje za stik ni.
catalogue-error-contact-answered = Na to prošnjo je že odgovorjeno.

## Povabila k sodelovanju
cmd-call = Povabilo ustvarjalcem k sodelovanju
cmd-calls = Povabila k sodelovanju: odobritev in izidi
role-partner = partner
not-allowed-partner = Povabila k sodelovanju lahko objavljajo samo partnerske organizacije in ekipa centra.
call-intro = Povabilo k sodelovanju prejmejo ustrezni ustvarjalci, ko ga odobri ekipa centra.
call-ask-need = Kaj potrebujete? Opišite delo ali sodelovanje (do 1000 znakov).
call-ask-sectors = Katera področja? Izberite največ tri, nato tapnite »Končano«.
call-ask-countries = Iz katerih držav? Izberite poljubne ali tapnite »Končano« brez izbire za vse.
call-ask-languages = V katerih jezikih je mogoče opraviti delo? Izberite poljubne ali tapnite »Končano« brez izbire za vse.
call-ask-deadline = Do kdaj se lahko ustvarjalci prijavijo? Napišite datum, na primer 2027-03-31 ali 31.03.2027.
call-ask-budget = Kolikšen je proračun v evrih? Napišite razpon, npr. 1000-5000, ali preskočite.
call-ask-cross_border = Je povabilo odprto tudi za ustvarjalce iz drugih držav?
call-ask-organisation = V imenu katerega podjetja ali ustanove? (Lahko preskočite.)
call-ask-confirm = To je vaše povabilo. Ga pošljem v odobritev?
call-btn-submit = Pošlji v odobritev
call-summary =
    { $need }

    Področja: { $sectors }
    Države: { $countries }
    Jeziki: { $languages }
    Prijave do: { $deadline }
    Proračun: { $budget }
    Odprto čez meje: { $cross_border }
    Organizacija: { $organisation }
call-posted = Povabilo je poslano. Ekipa centra ga bo pregledala; izvedeli boste, koliko ustvarjalcev je doseglo.
call-overview = Povabila k sodelovanju (najnovejša najprej):
call-none = Povabil k sodelovanju še ni.
call-line = #{ $id } { $status }: { $need } ({ $organisation }) — do { $deadline }; obveščeni: { $notified }, zainteresirani: { $responses }, dogovori: { $agreed }
call-status-pending = čaka na odobritev
call-status-approved = odobreno
call-status-rejected = zavrnjeno
call-status-closed = zaprto
call-btn-approve = Odobri #{ $id }
call-btn-reject = Zavrni #{ $id }
call-reviewed = Povabilo #{ $id } je odobreno; { $count ->
    [0] ne ustreza mu noben profil, avtor je obveščen.
   *[other] število obveščenih ustvarjalcev: { $count }.
}
call-rejected = Povabilo #{ $id } je zavrnjeno; avtor je obveščen.
call-notice =
    Povabilo k sodelovanju, ki ustreza vašemu profilu:

    { $need }

    Organizacija: { $organisation }
    Proračun: { $budget }
    Prijave do: { $deadline }

    Če tapnete »Zanima me«, organizacija prejme vaš profil in vaše uporabniško ime v Telegramu.
call-btn-interested = Zanima me
call-approved-poster = Vaše povabilo »{ $need }« je odobreno; število obveščenih ustvarjalcev: { $count }. Bot vam sporoči, ko bo kdo zainteresiran.
call-no-match = Vaše povabilo »{ $need }« je odobreno, vendar mu v mreži še ne ustreza noben profil. Lahko razširite področja, države ali jezike in ga objavite znova.
call-rejected-poster = Vaše povabilo »{ $need }« ni bilo odobreno. Ekipa centra vam bo pri njem z veseljem pomagala.
call-interest =
    Za vaše povabilo »{ $need }« je nekdo zainteresiran:

    { $name } ({ $place })
    { $offer }

    Pišete lahko neposredno: { $handle }
call-btn-agreed = Sodelovanje je dogovorjeno
call-interest-sent = Hvala! Vaš profil je posredovan organizaciji; lahko vam piše neposredno.
call-agreed-noted = Zabeleženo: sodelovanje je dogovorjeno. Hvala!
catalogue-error-call-need-invalid = Opišite, kaj potrebujete, z največ 1000 znaki.
catalogue-error-call-sectors-invalid = Izberite od enega do tri področja s seznama.
catalogue-error-call-filters-invalid = Izberite države in jezike s seznamov.
catalogue-error-call-deadline-invalid = To ni datum. Napišite ga kot 2027-03-31 ali 31.03.2027.
catalogue-error-call-deadline-past = Datum mora biti v prihodnosti.
catalogue-error-call-budget-invalid = Proračun napišite kot število ali razpon, npr. 1000-5000.
catalogue-error-call-organisation-invalid = Ime organizacije ima lahko največ 120 znakov.
catalogue-error-call-not-found = To povabilo ni več na voljo.
catalogue-error-call-not-pending = To povabilo je že pregledano.
catalogue-error-call-closed = To povabilo je zaprto: rok je potekel.
catalogue-error-call-no-profile = Za odgovor na povabilo potrebujete odobren profil v mreži. Ustvarite ga z ukazom /profile.
catalogue-error-call-already-interested = Zanimanje za to povabilo je že poslano.
catalogue-error-call-already-agreed = Ta dogovor je že zabeležen.

## Tedenski povzetek
cmd-digest = Tedenski povzetek: dogodki, povabila, novi odgovori
digest-intro = Enkrat na teden vam lahko bot pošlje novosti: dogodke v prihodnjem tednu, povabila k sodelovanju, ki ustrezajo vašemu profilu, ter nove ali posodobljene odgovore. V tednu brez novosti ne pride nič.
digest-ask-weekday = Kateri dan v tednu?
digest-ask-hour = Ob kateri uri (dan: { $weekday })? Časovni pas: { $zone }.
digest-subscribed = Urejeno, tedenski povzetek je naročen.
digest-current = Povzetek prejmete vsak teden (dan: { $weekday }) ob { $time } ({ $zone }).
digest-dst-note = { $date } se ura premakne naprej in { $time } ne obstaja; tisti dan povzetek pride ob { $shifted }.
digest-btn-change = Spremeni dan ali uro
digest-btn-unsubscribe = Odjava
digest-unsubscribed = Tedenski povzetek je odjavljen. Znova ga lahko kadar koli naročite z ukazom /digest.
digest-not-subscribed = Tedenskega povzetka nimate naročenega.
digest-head = <b>Vaš tedenski povzetek</b>
digest-events = <b>Dogodki v prihodnjem tednu</b>
digest-calls = <b>Povabila k sodelovanju, ki ustrezajo vašemu profilu</b>
digest-kb = <b>Novi in posodobljeni odgovori</b>
digest-times-in = Časovni pas: { $zone }.
digest-body = { $body }
catalogue-error-digest-invalid = Dan in uro izberite z gumbi.
