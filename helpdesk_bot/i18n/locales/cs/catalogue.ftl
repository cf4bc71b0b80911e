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
