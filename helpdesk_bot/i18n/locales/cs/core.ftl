## Core: onboarding, menu, settings, roles, errors. Czech translation of the English reference catalog.

start-hello = 👋 Dobrý den! Jsem online poradna pro kreativní podnikatele: řemeslníky, designéry, ilustrátory, hudebníky a malá studia.
    Vyberte si prosím jazyk:
start-welcome-back = 👋 Vítejte zpět, { $name }!

privacy-notice =
    <b>Informace o ochraně osobních údajů</b> (verze { $version })

    Abychom vám mohli pomoci, ukládáme: vaše ID v Telegramu, vaše jméno a jazyk, zemi a časové pásmo, které si zvolíte, vaše dotazy, rezervace, přihlášky na akce a zpětnou vazbu.
    • Používáme je jen k tomu, abychom vám odpověděli, domluvili konzultace a akce, a pro anonymní statistiky, které centrum vykazuje těm, kdo ho financují.
    • Poradci vidí vaše jméno a dotaz, nikdy však vaše uživatelské jméno v Telegramu, pokud to sami nepovolíte.
    • Texty dotazů a komentáře mažeme po { $days } { $days ->
        [one] dni
        [few] dnech
        [many] dne
       *[other] dnech
    }.
    • /mydata vám pošle vše, co o vás ukládáme; /forget to smaže.

    Souhlasíte?
privacy-accept = ✅ Souhlasím
privacy-decline = ✖ Ne, děkuji
privacy-accepted = Děkujeme! Váš souhlas byl zaznamenán.
privacy-declined = Žádný problém. Ukládáme jen vaše ID v Telegramu a zvolený jazyk. Informace si můžete kdykoli znovu přečíst a souhlasit s nimi příkazem /start.
privacy-required = Než vám budu moci pomoci, přečtěte si prosím informace o ochraně osobních údajů a vyjádřete s nimi souhlas.
privacy-new-version = Naše informace o ochraně osobních údajů se změnily. Pro další používání poradny si je prosím přečtěte a znovu s nimi vyjádřete souhlas.
privacy-status = Váš souhlas s informacemi o ochraně osobních údajů ve verzi { $version } jsme zaznamenali dne { $date }.

choose-language = Vyberte si prosím jazyk:
language-set = Od teď vám budu psát česky.
choose-country = Ve které zemi podnikáte? Díky tomu vám budu moci uvádět pravidla platná ve vaší zemi.
country-set = Země nastavena: { $country }. Časové pásmo: { $timezone }.

country-PL = Polsko
country-CZ = Česko
country-SI = Slovinsko
country-DE = Německo
country-LT = Litva
country-SE = Švédsko
country-OTHER = Jiná země

menu-text = S čím vám mohu pomoci? Svůj dotaz můžete kdykoli napsat vlastními slovy, nebo si vyberte:
menu-ask = ❓ Položit dotaz
menu-book = 📅 Objednat konzultaci
menu-events = 🎟 Akce
menu-settings = ⚙ Nastavení
menu-topics = 📚 Procházet témata
coming-soon = Tato část poradny bude brzy k dispozici.
ask-prompt = Napište svůj dotaz vlastními slovy, v kterémkoli z našich jazyků. Například: „Jak si založím živnost?“

help-text =
    <b>Jak vám mohu pomoci</b>
    • Položte dotaz vlastními slovy: odpovím z naší znalostní báze, nebo ho předám poradci.
help-advisor =
    <b>Pro poradce</b>
help-staff =
    <b>Pro pracovníky poradny</b>

settings-text =
    <b>Vaše nastavení</b>
    Jazyk: { $language }
    Země: { $country }
    Časové pásmo: { $timezone }
    Poradci mohou vidět vaše uživatelské jméno v Telegramu: { $share ->
        [yes] ano
       *[no] ne
    }
settings-language = 🌐 Jazyk
settings-country = 📍 Země
settings-timezone = 🕒 Časové pásmo
settings-share-on = 👁 Ukázat poradcům uživatelské jméno
settings-share-off = 🙈 Skrýt uživatelské jméno před poradci
settings-share-set = { $share ->
        [yes] Poradci nyní mohou vidět vaše uživatelské jméno v Telegramu.
       *[no] Poradci vaše uživatelské jméno v Telegramu neuvidí.
    }
country-not-set = nenastaveno
choose-timezone = Vyberte si časové pásmo, nebo pošlete /timezone a jeho název (například /timezone Europe/Vilnius):
timezone-set = Časové pásmo nastaveno: { $timezone }. Časy se nyní zobrazují takto: { $example }
time-zone-line = 🕒 Časové pásmo: { $zone }
centre-name-default = Centrum podpory podnikání
timezone-invalid = Časové pásmo „{ $value }“ neznám. Použijte prosím název jako Europe/Berlin.

unsupported-content = Omlouvám se, umím číst jen textové zprávy. Napište prosím svůj dotaz.
unknown-command = Tento příkaz neznám. Co umím, zjistíte přes /help.
stale-button = Toto tlačítko už neplatí. Začněte prosím znovu z menu (/start).
invalid-link = Tento odkaz už neplatí. Místo něj vám posílám hlavní menu.
error-apology = Omlouvám se, na mé straně se něco pokazilo. Zkuste to prosím za chvíli znovu; pokud se to bude opakovat, pomůže vám poradce (/book).
text-too-long = Vaše zpráva je velmi dlouhá, proto beru v úvahu jen { $limit ->
        [one] první { $limit } znak
        [few] první { $limit } znaky
        [many] prvních { $limit } znaku
       *[other] prvních { $limit } znaků
    }.

not-allowed-staff = Omlouvám se, tato funkce je jen pro pracovníky poradny.
not-allowed-advisor = Omlouvám se, tato funkce je jen pro poradce naší poradny.

role-advisor = poradce
role-staff = pracovník poradny
grant-usage = Použití: /grant advisor|staff USER_ID, nebo odpovězte příkazem /grant advisor|staff na přeposlanou zprávu od dané osoby.
revoke-usage = Použití: /revoke advisor|staff USER_ID, nebo odpovězte příkazem /revoke advisor|staff na přeposlanou zprávu od dané osoby.
grant-done = { $name } má nyní roli: { $role }.
revoke-done = { $name } už nemá roli: { $role }.
role-granted-you = V poradně teď máte roli: { $role }. Co můžete dělat, zjistíte přes /help.
role-revoked-you = V poradně už nemáte roli: { $role }.
role-error-unknown_person = Tato osoba ještě bota nespustila; požádejte ji, ať nejdřív pošle /start.
role-error-already_has_role = Tato osoba už tuto roli má.
role-error-does_not_have_role = Tato osoba tuto roli nemá.
role-error-configured_staff = Tato osoba je jako pracovník poradny nastavena v konfiguraci (HELPDESK_STAFF_IDS), takže jí roli v botovi odebrat nelze.
role-error-self_revoke = Vlastní roli pracovníka poradny si odebrat nemůžete.
role-error-hidden_forward = Nastavení soukromí této osoby u přeposílání skrývá její účet. Použijte prosím její číselné ID uživatele.
roles-list-title = <b>Lidé s rolemi</b>
roles-list-empty = Zatím nikdo nemá žádnou roli.
roles-list-line = • { $name } (ID { $id }): { $roles }

cmd-start = Spuštění a hlavní menu
cmd-help = Co umím
cmd-ask = Položit dotaz
cmd-topics = Procházet témata
cmd-book = Objednat konzultaci
cmd-mybookings = Moje konzultace
cmd-events = Workshopy a veletrhy
cmd-subscribe = Oznámení, která odebírám
cmd-settings = Jazyk, země, časové pásmo
cmd-language = Změnit jazyk
cmd-privacy = Ochrana osobních údajů
cmd-mydata = Export mých údajů
cmd-forget = Smazat mé údaje
cmd-inbox = Dotazy pro poradce
cmd-agenda = Mé konzultace jako poradce
cmd-availability = Mé dostupné hodiny
cmd-grant = Přidělit roli
cmd-revoke = Odebrat roli
cmd-roles = Lidé s rolemi
cmd-report = Přehled ukazatelů
cmd-gaps = Chybějící znalosti
cmd-reload = Znovu načíst znalostní bázi
cmd-newevent = Vytvořit akci
cmd-announce = Odeslat oznámení
cmd-broadcasts = Probíhající rozesílky
cmd-timezone = Změnit časové pásmo

onb-interests = <b>Oznámení (nepovinné)</b>
    Chcete dostávat zprávy o workshopech, veletrzích a dalších akcích? Vyberte druhy akcí a témata, která vás zajímají, a stiskněte Odebírat. Vlajky přidávají další země kromě té vaší, jejichž akce vás také zajímají. Změnit to můžete kdykoli přes /subscribe.
onb-interests-done = 🔔 Odebírat
onb-interests-skip = Přeskočit
onb-interests-saved = 🔔 Odběr je uložen, počet vybraných položek: { $count }. Každé oznámení má tlačítko, kterým je vypnete; změníte je přes /subscribe.
onb-interests-skipped = Zatím bez oznámení. Odebírat je můžete začít kdykoli přes /subscribe.
