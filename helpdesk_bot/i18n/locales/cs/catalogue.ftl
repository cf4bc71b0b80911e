# Síť tvůrců: profily, vyhledávání, žádosti o kontakt, webový katalog.

## Obory
sector-ceramics = Keramika
sector-jewellery = Šperky
sector-textiles = Textil
sector-wood = Práce se dřevem
sector-glass = Sklo
sector-leather = Kožená galanterie
sector-metal = Kovářství a práce s kovem
sector-graphic-design = Grafický design
sector-product-design = Produktový design
sector-fashion = Móda
sector-interior-design = Interiérový design
sector-visual-arts = Výtvarné umění
sector-photography = Fotografie
sector-film-video = Film, video a animace
sector-music = Hudba
sector-performing-arts = Scénická umění
sector-writing-publishing = Literatura a nakladatelství
sector-games-software = Hry a software
sector-architecture = Architektura
sector-advertising = Reklama a marketing
sector-heritage = Kulturní dědictví a restaurování

## Potřeby
need-funding = Financování
need-premises = Dílna nebo ateliér
need-legal = Právní poradenství
need-taxes = Daně a účetnictví
need-marketing = Marketing a prodej
need-export = Prodej do zahraničí
need-partners = Obchodní partneři
need-training = Vzdělávání
need-equipment = Vybavení
need-ip-protection = Ochrana mých návrhů
need-digital = E-shop a digitální nástroje

## Viditelnost a stav
visibility-public = Veřejný: na webu i v botovi
visibility-network = Síť: jen v botovi
visibility-hidden = Skrytý: nikdo ho nevidí
status-draft = Koncept
status-pending = Čeká na schválení
status-approved = Schválený
status-paused = Pozastavený

## Chybné údaje
catalogue-error-name-invalid = Název musí mít 1 až 80 znaků.
catalogue-error-sector-missing = Vyberte alespoň jeden obor.
catalogue-error-too-many-sectors = Vyberte nejvýše tři obory.
catalogue-error-sector-unknown = Tento obor v seznamu není.
catalogue-error-country-unknown = Vyberte jednu ze zemí v seznamu.
catalogue-error-language-missing = Vyberte alespoň jeden jazyk, ve kterém pracujete.
catalogue-error-language-unknown = Tento jazyk v seznamu není.
catalogue-error-offer-too-long = Popis nabídky může mít nejvýše 600 znaků.
catalogue-error-skill-too-long = Dovednost může mít nejvýše 40 znaků.
catalogue-error-too-many-skills = Můžete uvést nejvýše deset dovedností.
catalogue-error-place-too-long = Místo může mít nejvýše 80 znaků.
catalogue-error-needs-too-long = Popis potřeb může mít nejvýše 600 znaků.
catalogue-error-link-not-https = Přijímáme jen zabezpečené adresy začínající https://.
catalogue-error-too-many-links = Můžete přidat nejvýše pět odkazů.
catalogue-error-too-many-photos = Můžete přidat nejvýše tři fotografie.
catalogue-error-photo-not-image = Pošlete prosím obrázek JPEG, PNG nebo WebP.
catalogue-error-photo-too-large = Tato fotografie je příliš velká; pošlete soubor do 5 MB.
catalogue-error-slug-taken = Tuto adresu už používá jiný profil; zvolte jinou.
catalogue-error-slug-invalid = Adresa smí obsahovat jen malá písmena, číslice a pomlčky.
catalogue-error-visibility-unknown = Vyberte, kdo smí váš profil vidět.
catalogue-error-need-unknown = Tato potřeba v seznamu není.
catalogue-error-status-unknown = Neznámý stav profilu.
catalogue-error-forbidden = To může udělat jen majitel profilu nebo pracovník centra.
catalogue-error-not-found = Takový profil neexistuje.
catalogue-error-not-pending = Tento profil už na schválení nečeká.
catalogue-error-already-paused = Váš profil je už pozastavený.
catalogue-error-not-paused = Váš profil není pozastavený.

## Webový katalog
web-title = Síť tvůrců
web-intro = Řemeslníci, designéři a umělci z Polska, Česka, Slovinska, Německa, Litvy a Švédska.
web-search-label = Hledat podle slov
web-search-hint = Například: keramika Ústí
web-search-button = Hledat
web-filters = Filtry
web-filter-sector = Obor
web-filter-country = Země
web-filter-language = Jazyk
web-filter-any = Jakýkoli
web-filter-open = Jen lidé, kteří přijímají zakázky
web-results = { $count ->
    [one] Nalezen jeden profil
    [few] Nalezeny { $count } profily
   *[other] Nalezeno { $count } profilů
}
web-no-results = Hledání neodpovídá žádný profil. Zkuste méně nebo jiná slova, nebo odeberte filtr.
web-page = Strana { $page } z { $pages }
web-previous = Předchozí strana
web-next = Další strana
web-pages = Strany výsledků
web-open-for-commissions = Přijímá zakázky
web-offer = Co nabízím
web-skills = Dovednosti
web-sectors = Obory
web-languages = Jazyky
web-place = Místo
web-links = Portfolio
web-photos = Fotografie
web-photo-alt = Fotografie { $number } z portfolia
web-contact = Napsat přes Telegram
web-contact-hint = Bot předá vaši zprávu; majitel rozhodne, zda vám dá svůj kontakt.
web-back = Zpět do katalogu
web-not-found = Tento profil ve veřejném katalogu není.
web-language-switcher = Jazyk stránky
web-run-by = Provozuje: { $centre }

## Chat: příkazy
cmd-profile = Váš profil v síti tvůrců
cmd-find = Najít tvůrce: /find keramika Ústí
cmd-moderate = Schvalování profilů do katalogu

## Chat: profil
catalogue-field-status = Stav
catalogue-field-visibility = Kdo profil vidí
catalogue-field-needs = Potřebná podpora
catalogue-intro = Vytvořme váš profil v síti tvůrců. Zabere to pár minut; kdykoli můžete skončit příkazem /cancel.
catalogue-edit-intro = Projděme váš profil. Klepněte na „Ponechat“, pokud krok nechcete měnit.
catalogue-ask-name = Pod jakým jménem nebo značkou vás mají ostatní vidět?
catalogue-ask-sectors = Vyberte své obory (nejvýše tři) a klepněte na „Hotovo“.
catalogue-ask-country = V které zemi pracujete?
catalogue-ask-city = V jakém městě nebo regionu? (Můžete přeskočit.)
catalogue-ask-languages = V jakých jazycích vám lidé mohou psát? Vyberte je a klepněte na „Hotovo“.
catalogue-ask-offer = Popište v několika větách, co nabízíte (do 600 znaků).
catalogue-ask-skills = Vypište své dovednosti oddělené čárkami (například: točení na kruhu, glazování).
catalogue-ask-links = Pošlete odkazy na portfolio nebo obchod (adresy https://, nejvýše pět, oddělené mezerami).
catalogue-ask-photos = { $count ->
    [0] Pošlete až tři fotografie své práce a klepněte na „Hotovo“.
    [one] Přidána jedna fotografie. Pošlete další (celkem nejvýše tři), nebo klepněte na „Hotovo“.
    [few] Přidány { $count } fotografie. Pošlete další (celkem nejvýše tři), nebo klepněte na „Hotovo“.
   *[other] Přidáno { $count } fotografií. Pošlete další (celkem nejvýše tři), nebo klepněte na „Hotovo“.
}
catalogue-ask-open = Přijímáte zakázky a nabídky spolupráce?
catalogue-ask-visibility = Kdo smí váš profil vidět? Veřejné profily se po schválení týmem centra objeví i ve webovém katalogu.
catalogue-ask-needs = Jaká podpora by vám nejvíc pomohla? Vyberte libovolné a klepněte na „Hotovo“. Vidí to jen tým centra.
catalogue-ask-needs_text = Potřebujete ještě něco? Napište to vlastními slovy. (Můžete přeskočit.)
catalogue-ask-confirm = Tady je váš profil. Uložit?
catalogue-btn-yes = Ano
catalogue-btn-no = Ne
catalogue-btn-done = Hotovo
catalogue-btn-save = Uložit
catalogue-btn-keep = Ponechat
catalogue-btn-skip = Přeskočit
catalogue-btn-edit = Upravit
catalogue-btn-pause = Pozastavit
catalogue-btn-resume = Obnovit
catalogue-btn-delete = Smazat
catalogue-btn-delete-yes = Ano, smazat můj profil
catalogue-use-buttons = Na tento krok odpovězte tlačítky výše.
catalogue-saved-pending = Profil je uložen. Tým centra ho zkontroluje; až bude viditelný pro ostatní, dostanete zprávu.
catalogue-saved-hidden = Profil je uložen jako skrytý: nikdo jiný ho nevidí. Změnit to můžete příkazem /profile.
catalogue-paused = Váš profil je pozastavený: nikdo vás nenajde ani nekontaktuje. Stav: { $status }.
catalogue-resumed = Váš profil je znovu aktivní. Stav: { $status }.
catalogue-delete-confirm = Smazat váš profil? Okamžitě zmizí z bota i z webu.
catalogue-deleted = Váš profil je smazán.

## Chat: schvalování
catalogue-moderate-empty = Žádný profil nečeká na schválení.
catalogue-moderate-head = Profil čekající na schválení:
catalogue-btn-approve = Schválit
catalogue-btn-reject = Vrátit k úpravě
catalogue-approved = Váš profil „{ $name }“ je schválený a viditelný v síti.
catalogue-sent-back = Váš profil „{ $name }“ zatím nebyl schválen. Zkontrolujte ho příkazem /profile a uložte znovu.

## Chat: hledání a kontakt
catalogue-find-head = { $count ->
    [0] Pro „{ $query }“ nebylo nic nalezeno.
    [one] Pro „{ $query }“ byl nalezen jeden profil:
    [few] Pro „{ $query }“ byly nalezeny { $count } profily:
   *[other] Pro „{ $query }“ bylo nalezeno { $count } profilů:
}
catalogue-find-filters = Filtry: { $filters }
catalogue-find-none = Zkuste méně nebo jiná slova, nebo změňte filtry.
catalogue-btn-contact = Napsat { $number }
catalogue-btn-contact-one = Napsat
catalogue-btn-clear = Zrušit filtry
catalogue-contact-ask = Napište zprávu pro: { $name }. Bot ji předá; pokud to druhá strana přijme, uvidíte navzájem svá jména na Telegramu.
catalogue-contact-incoming =
    { $name } se s vámi chce spojit přes síť tvůrců:

    { $message }

    Pokud přijmete, uvidíte navzájem svá jména na Telegramu. Pokud odmítnete, nic se nesdílí.
catalogue-btn-accept = Přijmout
catalogue-btn-decline = Odmítnout
catalogue-contact-sent = Vaše zpráva pro: { $name } je na cestě. Bot se ozve, až přijde odpověď.
catalogue-contact-accepted = { $name } vaši žádost přijímá. Můžete psát přímo: { $handle }
catalogue-contact-declined = { $name } tentokrát vaši žádost přijmout nemůže.
catalogue-contact-you-accepted = Přijato. Můžete psát přímo: { $handle }
catalogue-contact-you-declined = Odmítnuto. Nic nebylo sdíleno.
catalogue-error-contact-unavailable = S tímto profilem se teď nelze spojit.
catalogue-error-contact-self = To je váš vlastní profil.
catalogue-error-contact-rate-limited = Dnes už byl odeslán nejvyšší povolený počet žádostí o kontakt. Zkuste to zítra.
catalogue-error-contact-pending = Tomuto člověku už zpráva odešla; počkejte na odpověď.
catalogue-error-contact-message-invalid = Napište zprávu do 1000 znaků.
catalogue-error-contact-not-found = Taková žádost o kontakt neexistuje.
catalogue-error-contact-answered = Na tuto žádost už bylo odpovězeno.

## Výzvy ke spolupráci
cmd-call = Výzva tvůrcům ke spolupráci
cmd-calls = Výzvy ke spolupráci: schvalování a výsledky
role-partner = partner
not-allowed-partner = Výzvy ke spolupráci mohou zveřejňovat jen partnerské organizace a tým centra.
call-intro = Výzva ke spolupráci se dostane k odpovídajícím tvůrcům, jakmile ji tým centra schválí.
call-ask-need = Co potřebujete? Popište práci nebo spolupráci (do 1000 znaků).
call-ask-sectors = Které obory? Vyberte nejvýše tři a klepněte na „Hotovo“.
call-ask-countries = Ze kterých zemí? Vyberte libovolné, nebo klepněte na „Hotovo“ bez výběru pro všechny.
call-ask-languages = V jakých jazycích lze práci dělat? Vyberte libovolné, nebo klepněte na „Hotovo“ bez výběru pro všechny.
call-ask-deadline = Do kdy se mohou tvůrci hlásit? Napište datum, například 2027-03-31 nebo 31.03.2027.
call-ask-budget = Jaký je rozpočet v eurech? Napište rozmezí, např. 1000-5000, nebo přeskočte.
call-ask-cross_border = Je výzva otevřená i tvůrcům z jiných zemí?
call-ask-organisation = Jménem které firmy nebo instituce? (Můžete přeskočit.)
call-ask-confirm = Tady je vaše výzva. Poslat ji ke schválení?
call-btn-submit = Poslat ke schválení
call-summary =
    { $need }

    Obory: { $sectors }
    Země: { $countries }
    Jazyky: { $languages }
    Přihlášky do: { $deadline }
    Rozpočet: { $budget }
    Otevřená přes hranice: { $cross_border }
    Organizace: { $organisation }
call-posted = Výzva je odeslána. Tým centra ji zkontroluje; dozvíte se, ke kolika tvůrcům se dostala.
call-overview = Výzvy ke spolupráci (od nejnovějších):
call-none = Zatím nebyla zveřejněna žádná výzva ke spolupráci.
call-line = #{ $id } { $status }: { $need } ({ $organisation }) — do { $deadline }; upozorněno: { $notified }, zájem: { $responses }, dohody: { $agreed }
call-status-pending = čeká na schválení
call-status-approved = schválená
call-status-rejected = zamítnutá
call-status-closed = uzavřená
call-btn-approve = Schválit #{ $id }
call-btn-reject = Zamítnout #{ $id }
call-reviewed = Výzva #{ $id } je schválená; { $count ->
    [0] neodpovídá jí žádný profil a autor to ví.
    [one] upozorněn byl jeden tvůrce.
    [few] upozorněni byli { $count } tvůrci.
   *[other] upozorněno bylo { $count } tvůrců.
}
call-rejected = Výzva #{ $id } je zamítnutá; autor to ví.
call-notice =
    Výzva ke spolupráci, která odpovídá vašemu profilu:

    { $need }

    Organizace: { $organisation }
    Rozpočet: { $budget }
    Přihlášky do: { $deadline }

    Když klepnete na „Mám zájem“, organizace dostane váš profil a vaše jméno na Telegramu.
call-btn-interested = Mám zájem
call-approved-poster = Vaše výzva „{ $need }“ je schválená a dostala se { $count ->
    [one] k jednomu tvůrci
   *[other] k { $count } tvůrcům
}. Bot se ozve, až o ni někdo projeví zájem.
call-no-match = Vaše výzva „{ $need }“ je schválená, ale v síti jí zatím neodpovídá žádný profil. Můžete rozšířit obory, země nebo jazyky a zveřejnit ji znovu.
call-rejected-poster = Vaše výzva „{ $need }“ nebyla schválena. Tým centra vám s ní rád pomůže.
call-interest =
    O vaši výzvu „{ $need }“ je zájem:

    { $name } ({ $place })
    { $offer }

    Můžete psát přímo: { $handle }
call-btn-agreed = Spolupráce domluvena
call-interest-sent = Děkujeme! Váš profil byl předán organizaci; může vám napsat přímo.
call-agreed-noted = Zaznamenáno: spolupráce je domluvená. Děkujeme!
catalogue-error-call-need-invalid = Popište, co potřebujete, nejvýše 1000 znaky.
catalogue-error-call-sectors-invalid = Vyberte jeden až tři obory ze seznamu.
catalogue-error-call-filters-invalid = Vyberte země a jazyky ze seznamů.
catalogue-error-call-deadline-invalid = To není datum. Napište ho jako 2027-03-31 nebo 31.03.2027.
catalogue-error-call-deadline-past = Datum musí být v budoucnosti.
catalogue-error-call-budget-invalid = Napište rozpočet jako číslo nebo rozmezí, např. 1000-5000.
catalogue-error-call-organisation-invalid = Název organizace může mít nejvýše 120 znaků.
catalogue-error-call-not-found = Tato výzva už není k dispozici.
catalogue-error-call-not-pending = Tato výzva už byla posouzena.
catalogue-error-call-closed = Tato výzva je uzavřená: termín uplynul.
catalogue-error-call-no-profile = K odpovědi na výzvu potřebujete schválený profil v síti. Vytvořte ho příkazem /profile.
catalogue-error-call-already-interested = Zájem o tuto výzvu už byl odeslán.
catalogue-error-call-already-agreed = Tato dohoda už je zaznamenaná.

## Týdenní přehled
cmd-digest = Týdenní přehled: akce, výzvy, nové odpovědi
digest-intro = Jednou týdně vám bot může poslat, co je pro vás nového: akce na příští týden, výzvy ke spolupráci odpovídající vašemu profilu a nové či aktualizované odpovědi. V týdnu bez novinek nic nepřijde.
digest-ask-weekday = Který den v týdnu?
digest-ask-hour = V kolik hodin (den: { $weekday })? Časové pásmo: { $zone }.
digest-subscribed = Hotovo, týdenní přehled je objednaný.
digest-current = Přehled chodí každý týden (den: { $weekday }) v { $time } ({ $zone }).
digest-dst-note = { $date } se mění čas na letní a { $time } neexistuje; ten den přehled přijde v { $shifted }.
digest-btn-change = Změnit den nebo čas
digest-btn-unsubscribe = Odhlásit
digest-unsubscribed = Týdenní přehled je odhlášený. Znovu ho můžete kdykoli objednat příkazem /digest.
digest-not-subscribed = Týdenní přehled nemáte objednaný.
digest-head = <b>Váš týdenní přehled</b>
digest-events = <b>Akce v příštím týdnu</b>
digest-calls = <b>Výzvy ke spolupráci odpovídající vašemu profilu</b>
digest-kb = <b>Nové a aktualizované odpovědi</b>
digest-times-in = Časové pásmo: { $zone }.
digest-body = { $body }
catalogue-error-digest-invalid = Vyberte den a čas tlačítky.
