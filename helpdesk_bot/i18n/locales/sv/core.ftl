## Core: onboarding, menu, settings, roles, errors. Swedish translation of the English reference catalog.

start-hello = 👋 Hej! Jag är en rådgivningstjänst för kreativa företagare: hantverkare, designer, illustratörer, musiker och små studior.
    Välj ditt språk:
start-welcome-back = 👋 Välkommen tillbaka, { $name }!

privacy-notice =
    <b>Integritetsinformation</b> (version { $version })

    För att kunna hjälpa dig sparar vi: ditt Telegram-id, ditt namn och språk, det land och den tidszon du väljer, de frågor du ställer, dina bokningar, anmälningar till evenemang och din återkoppling.
    • Vi använder uppgifterna bara för att svara dig, ordna rådgivning och evenemang och för anonym statistik som centret rapporterar till sina finansiärer.
    • Rådgivarna ser ditt namn och din fråga, men aldrig ditt användarnamn på Telegram om du inte tillåter det.
    • Frågetexter och kommentarer raderas efter { $days } { $days ->
        [one] dag
       *[other] dagar
    }.
    • /mydata skickar dig allt vi sparar om dig; /forget raderar det.

    Godkänner du?
privacy-accept = ✅ Jag godkänner
privacy-decline = ✖ Nej tack
privacy-accepted = Tack! Ditt samtycke har registrerats.
privacy-declined = Inga problem. Vi sparar bara ditt Telegram-id och det språk du valde. Du kan läsa informationen igen och godkänna den när som helst med /start.
privacy-required = Innan jag kan hjälpa dig behöver du läsa och godkänna integritetsinformationen.
privacy-new-version = Vår integritetsinformation har ändrats. Läs den och godkänn den igen för att fortsätta använda tjänsten.
privacy-status = Du godkände integritetsinformationen version { $version } den { $date }.

choose-language = Välj ditt språk:
language-set = Från och med nu skriver jag till dig på svenska.
choose-country = I vilket land driver du ditt företag? Då kan jag berätta vilka regler som gäller där.
country-set = Landet har ställts in på { $country }. Tidszon: { $timezone }.

country-PL = Polen
country-CZ = Tjeckien
country-SI = Slovenien
country-DE = Tyskland
country-LT = Litauen
country-SE = Sverige
country-OTHER = Annat land

menu-text = Vad kan jag hjälpa dig med? Skriv din fråga med egna ord när som helst, eller välj:
menu-ask = ❓ Ställ en fråga
menu-book = 📅 Boka rådgivning
menu-events = 🎟 Evenemang
menu-settings = ⚙ Inställningar
menu-topics = 📚 Bläddra bland ämnen
coming-soon = Den här delen av tjänsten kommer snart.
ask-prompt = Skriv din fråga med egna ord, på vilket av våra språk som helst. Till exempel: ”Hur registrerar jag ett företag?”

help-text =
    <b>Så kan jag hjälpa dig</b>
    • Ställ en fråga med egna ord: jag svarar utifrån vår kunskapsbank eller skickar frågan vidare till en rådgivare.
help-advisor =
    <b>För rådgivare</b>
help-staff =
    <b>För personal</b>

settings-text =
    <b>Dina inställningar</b>
    Språk: { $language }
    Land: { $country }
    Tidszon: { $timezone }
    Rådgivare får se ditt Telegram-användarnamn: { $share ->
        [yes] ja
       *[no] nej
    }
settings-language = 🌐 Språk
settings-country = 📍 Land
settings-timezone = 🕒 Tidszon
settings-share-on = 👁 Visa mitt användarnamn för rådgivare
settings-share-off = 🙈 Dölj mitt användarnamn för rådgivare
settings-share-set = { $share ->
        [yes] Rådgivarna kan nu se ditt Telegram-användarnamn.
       *[no] Rådgivarna kommer inte att se ditt Telegram-användarnamn.
    }
country-not-set = inte valt
choose-timezone = Välj din tidszon, eller skicka /timezone följt av dess namn (till exempel /timezone Europe/Vilnius):
timezone-set = Tidszonen är nu { $timezone }. Tider visas nu så här: { $example }
time-zone-line = 🕒 Tidszon: { $zone }
centre-name-default = Centrum för företagsstöd
timezone-invalid = Jag känner inte till tidszonen ”{ $value }”. Använd ett namn som Europe/Berlin.

unsupported-content = Tyvärr kan jag bara läsa textmeddelanden. Skriv din fråga.
unknown-command = Det kommandot känner jag inte till. /help visar vad jag kan göra.
stale-button = Den här knappen gäller inte längre. Börja om från menyn (/start).
invalid-link = Den här länken gäller inte längre. Här är huvudmenyn i stället.
error-apology = Förlåt, något gick fel hos mig. Försök igen om en stund; om det händer igen kan en rådgivare hjälpa dig (/book).
text-too-long = Ditt meddelande är väldigt långt, så jag läser bara { $limit ->
        [one] det första tecknet
       *[other] de första { $limit } tecknen
    }.

not-allowed-staff = Tyvärr är det här bara för tjänstens personal.
not-allowed-advisor = Tyvärr är det här bara för tjänstens rådgivare.

role-advisor = rådgivare
role-staff = personal
grant-usage = Användning: /grant advisor|staff USER_ID, eller svara med /grant advisor|staff på ett vidarebefordrat meddelande från personen.
revoke-usage = Användning: /revoke advisor|staff USER_ID, eller svara med /revoke advisor|staff på ett vidarebefordrat meddelande från personen.
grant-done = { $name } har nu rollen { $role }.
revoke-done = { $name } har inte längre rollen { $role }.
role-granted-you = Du har nu rollen { $role } i tjänsten. /help visar vad du kan göra.
role-revoked-you = Du har inte längre rollen { $role } i tjänsten.
role-error-unknown_person = Den här personen har inte startat boten än; be personen att först skicka /start.
role-error-already_has_role = Personen har redan den rollen.
role-error-does_not_have_role = Personen har inte den rollen.
role-error-configured_staff = Den här personen är angiven som personal i konfigurationen (HELPDESK_STAFF_IDS), så rollen kan inte tas bort i boten.
role-error-self_revoke = Du kan inte ta bort din egen personalroll.
role-error-hidden_forward = Personens integritetsinställningar för vidarebefordran döljer kontot. Använd personens numeriska användar-id.
roles-list-title = <b>Personer med roller</b>
roles-list-empty = Ingen har någon roll än.
roles-list-line = • { $name } (id { $id }): { $roles }

cmd-start = Start och huvudmeny
cmd-help = Vad jag kan göra
cmd-ask = Ställ en fråga
cmd-topics = Bläddra bland ämnen
cmd-book = Boka rådgivning
cmd-mybookings = Mina bokningar
cmd-events = Workshoppar och mässor
cmd-subscribe = Utskick som jag får
cmd-settings = Språk, land, tidszon
cmd-language = Byt språk
cmd-privacy = Integritetsinformation
cmd-mydata = Exportera mina uppgifter
cmd-forget = Radera mina uppgifter
cmd-inbox = Frågor till rådgivare
cmd-agenda = Mina rådgivningstider
cmd-availability = Mina tillgängliga tider
cmd-grant = Ge en roll
cmd-revoke = Ta bort en roll
cmd-roles = Personer med roller
cmd-report = Indikatorrapport
cmd-gaps = Kunskapsluckor
cmd-reload = Läs in kunskapsbanken igen
cmd-newevent = Skapa ett evenemang
cmd-announce = Skicka ett utskick
cmd-broadcasts = Pågående utskick
cmd-timezone = Byt tidszon

onb-interests = <b>Utskick (frivilligt)</b>
    Vill du höra om workshoppar, mässor och andra evenemang? Välj de typer av evenemang och ämnen som intresserar dig och tryck på Prenumerera. Med flaggorna lägger du till länder utöver ditt vars evenemang också intresserar dig. Du kan ändra det när som helst med /subscribe.
onb-interests-done = 🔔 Prenumerera
onb-interests-skip = Hoppa över
onb-interests-saved = 🔔 Prenumerationen är sparad, valda punkter: { $count }. Varje utskick har en knapp för att stoppa dem; med /subscribe ändrar du dem.
onb-interests-skipped = Inga utskick för tillfället. Du kan prenumerera när som helst med /subscribe.
