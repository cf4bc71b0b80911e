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
