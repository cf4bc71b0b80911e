## Konzultace: rezervace, potvrzení, připomínky, hodnocení, poradci.

cmd-advisors = Poradci (zobrazit, skrýt, import)

consult-mode-online = 💻 Online
consult-mode-in_person = 🏢 Osobně
consult-mode-phone = 📞 Telefonicky

consult-state-requested = čeká na poradce
consult-state-confirmed = potvrzená
consult-state-declined = odmítnutá
consult-state-expired = propadlá
consult-state-cancelled = zrušená
consult-state-held = proběhla
consult-state-no_show = bez účasti
consult-state-unknown = uzavřená

consult-booking =
    📅 <b>{ $when }</b> ({ $state })
    Poradce: { $advisor } · { $topic }
    { $mode }: { $place }
    Váš dotaz: { $description }
consult-booking-advisor =
    📅 <b>{ $when }</b> #{ $id } ({ $state })
    S: { $person } · { $topic }
    { $mode }: { $place }
    Dotaz: { $description }

consult-choose-topic = 📅 <b>Rezervace bezplatné konzultace</b>
    O čem chcete mluvit?
consult-from-question = Váš dotaz: „{ $question }“
consult-btn-book-about-question = 📅 Objednat konzultaci k tomuto dotazu
consult-no-advisor = Bohužel k tématu { $topic } teď žádný poradce rezervace nepřijímá. Zvolte prosím jiné téma.
consult-btn-other-topic = ↩ Jiné téma
consult-choose-advisor = Poradci pro téma <b>{ $topic }</b>. Vyberte si jednoho, nebo prvního volného:
consult-no-advisor-in-language = (Žádný poradce pro toto téma nemluví vaším jazykem; tito mluví uvedenými jazyky.)
consult-advisor-line = <b>{ $name }</b> ({ $languages })
    { $bio }
consult-btn-first-available = ⚡ První volný poradce
consult-no-slots = Bohužel v příštích týdnech nejsou volné termíny.
consult-btn-other-advisor = ↩ Jiný poradce
consult-choose-day = Vyberte den. Časy jsou ve vašem časovém pásmu ({ $timezone }).
consult-btn-abort = ✖ Zrušit
consult-choose-time = Volné časy <b>{ $day }</b> ({ $timezone }):
consult-btn-other-day = 📅 Jiný den
consult-choose-mode = { $when }. Jak se chcete sejít?
consult-ask-description = Napište v jedné zprávě, co chcete probrat. Věta nebo dvě pomohou poradci se připravit.
consult-btn-skip = Přeskočit
consult-first-available-advisor = první volný poradce
consult-summary =
    <b>Zkontrolujte prosím rezervaci</b>
    Téma: { $topic }
    Poradce: { $advisor }
    Kdy: { $when }
    Délka: { $length }
    Jak: { $mode }
    Váš dotaz: { $description }
consult-summary-reschedule =
    <b>Přesunout konzultaci na:</b>
    Téma: { $topic }
    Poradce: { $advisor }
    Kdy: { $when }
    Délka: { $length }
    Jak: { $mode }
    Váš dotaz: { $description }
consult-btn-confirm = ✅ Potvrdit
consult-slot-taken = Tento termín si před chvílí zarezervoval někdo jiný. Tyto termíny jsou stále volné ({ $zone }):
consult-slot-gone = Tento termín už není volný. Vyberte prosím jiný.
consult-too-many = Už máte { $limit ->
        [one] { $limit } nadcházející konzultaci
        [few] { $limit } nadcházející konzultace
        [many] { $limit } nadcházející konzultace
       *[other] { $limit } nadcházejících konzultací
    }, což je nejvíc, kolik může mít jedna osoba. Najdete je v /mybookings.
consult-cannot-book = Bohužel tuto rezervaci už nelze provést. Začněte prosím znovu příkazem /book.
consult-booked-requested = 📨 Žádost byla odeslána poradci { $advisor } na termín { $when }. Jakmile ji potvrdí, dostanete zprávu.
consult-booked-confirmed = ✅ Rezervováno: { $when }, poradce { $advisor }. Potvrzení se souborem do kalendáře je na cestě.
consult-rescheduled-requested = 📨 Poradce { $advisor } byl požádán o potvrzení nového termínu: { $when }.
consult-rescheduled-confirmed = ✅ Přesunuto na { $when }, poradce { $advisor }. Nový soubor do kalendáře je na cestě.
consult-too-late = Do konzultace zbývá méně než { $hours ->
        [one] { $hours } hodina
        [few] { $hours } hodiny
        [many] { $hours } hodiny
       *[other] { $hours } hodin
    }, takže ji zde už nelze změnit. Obraťte se prosím přímo na poradce ({ $advisor }): { $contact }
consult-my-none = Nemáte žádné nadcházející konzultace.
consult-btn-book = 📅 Objednat konzultaci
consult-my-title = { $count ->
        [one] Vaše nadcházející konzultace:
        [few] Vaše { $count } nadcházející konzultace:
        [many] Vaše { $count } nadcházející konzultace:
       *[other] Vašich { $count } nadcházejících konzultací:
    }
consult-btn-reschedule = 🔁 Přesunout
consult-btn-cancel = ✖ Zrušit
consult-cancel-sure = Zrušit konzultaci s poradcem { $advisor }, { $when }?
consult-btn-cancel-yes = Ano, zrušit
consult-btn-keep = Ne, ponechat
consult-no-longer = Tuto konzultaci už takto změnit nelze.
consult-cancelled = Vaše konzultace { $when } je zrušena. Poradce byl informován.
consult-draft-expired = Tato rezervace byla přerušena. Začněte prosím znovu.
consult-aborted = Rezervace zrušena. Nic nebylo rezervováno.
consult-not-found = Toto tlačítko není pro vás, nebo rezervace už neexistuje.

consult-feedback-thanks = Děkujeme za hodnocení ({ $rating }/5)! Chcete přidat komentář?
consult-btn-comment = 💬 Přidat komentář
consult-ask-comment = Napište prosím komentář v jedné zprávě.
consult-comment-thanks = Děkujeme, komentář byl uložen.

consult-reason = Důvod: { $reason }
consult-person-zone = 🌍 { $person }: jiné časové pásmo ({ $zone }), tam to bude { $time }.
consult-alternatives = Další volné termíny u stejného poradce:
consult-btn-other-times = 📅 Jiné termíny

consult-ics-summary = Konzultace: { $name }
consult-ics-description = { $topic } · { $mode }: { $place }
    { $description }

consult-n-request =
    📨 <b>Nová žádost o konzultaci</b>
    Kdy: { $when }
    Od: { $person }
    Téma: { $topic } · { $mode }
    Dotaz: { $description }
consult-n-request-moved =
    🔁 <b>Rezervace byla přesunuta a čeká na vaše potvrzení</b>
    Nový termín: { $when }
    Od: { $person }
    Téma: { $topic } · { $mode }
    Dotaz: { $description }
consult-btn-accept = ✅ Přijmout
consult-btn-decline = ✖ Odmítnout
consult-n-confirmed =
    ✅ <b>Vaše konzultace je potvrzena</b>
    { $when }, poradce { $advisor }
    { $mode }: { $place }
    Přiložený soubor ji přidá do vašeho kalendáře. Změny: /mybookings.
consult-n-confirmed-advisor =
    ✅ <b>Konzultace potvrzena</b>
    { $when } s: { $person }
    { $topic } · { $mode }: { $place }
consult-n-declined = ✖ { $advisor } nemůže vaši konzultaci { $when } přijmout.
consult-n-expired = ⌛ Vaše konzultace { $when } nebyla včas potvrzena (poradce: { $advisor }), žádost proto propadla.
consult-n-cancelled-by-advisor = ✖ Vaši konzultaci { $when } bylo bohužel nutné zrušit (poradce: { $advisor }). Omlouváme se.
consult-n-cancelled-by-person = ✖ Konzultace { $when } je zrušena na žádost klienta ({ $person }).
consult-n-cancelled-erased = ✖ Konzultace { $when } byla zrušena: osoba požádala o výmaz svých údajů.
consult-n-reminder = ⏰ Připomínka: konzultace { $hours ->
        [one] za { $hours } hodinu
        [few] za { $hours } hodiny
        [many] za { $hours } hodiny
       *[other] za { $hours } hodin
    }, { $when }
    Účastníci: { $advisor } / { $person }
    { $mode }: { $place }
consult-n-attendance = Proběhla konzultace s: { $person }, { $when }?
consult-btn-held = ✅ Proběhla
consult-btn-noshow = 🚫 Bez účasti
consult-n-feedback = Jak užitečná byla vaše konzultace s poradcem { $advisor } ({ $when })? 1 = vůbec, 5 = velmi.
consult-btn-star1 = 1
consult-btn-star2 = 2
consult-btn-star3 = 3
consult-btn-star4 = 4
consult-btn-star5 = 5

consult-accepted = ✅ Přijato: { $person }, { $when }. Oba dostanete soubor do kalendáře.
consult-request-closed = Tato žádost už má stav: { $state }.
consult-ask-decline-reason = Proč odmítáte? Napište krátký důvod pro podnikatele, nebo odmítněte bez důvodu.
consult-btn-decline-no-reason = Odmítnout bez důvodu
consult-declined = Odmítnuto: { $person }, { $when }. Byly nabídnuty jiné termíny.
consult-ask-cancel-reason = Zrušit konzultaci s: { $person }, { $when }? Napište krátký důvod, nebo zrušte bez důvodu.
consult-btn-cancel-no-reason = Zrušit bez důvodu
consult-advisor-cancelled = Zrušeno: { $person }, { $when }. Klientovi jsme to oznámili a nabídli jiné termíny.
consult-too-early = Zaznamenat to můžete, až konzultace začne.
consult-attendance-recorded = Zaznamenáno pro: { $person }, { $when }: { $state }. Můžete přidat krátkou poznámku o výsledku (vidí ji jen poradci a pracovníci).
consult-btn-note = 📝 Poznámka o výsledku
consult-ask-note = Napište poznámku o výsledku v jedné zprávě (vidí ji jen poradci a pracovníci).
consult-note-saved = Poznámka uložena.
consult-note-line = 📝 { $note }

consult-agenda-today = <b>Dnes, { $date }</b> ({ $timezone })
consult-agenda-week = <b>Příštích 7 dní</b>
consult-agenda-empty = Žádné konzultace.

consult-weekday-mon = po
consult-weekday-tue = út
consult-weekday-wed = st
consult-weekday-thu = čt
consult-weekday-fri = pá
consult-weekday-sat = so
consult-weekday-sun = ne
consult-availability-title = <b>Vaše hodiny</b> ({ $timezone }; konzultace po { $slot } min, { $buffer } min mezi nimi)
consult-availability-no-hours = Zatím žádné týdenní hodiny: nikdo si vás nemůže rezervovat.
consult-availability-exceptions = <b>Výjimky</b>
consult-exception-off = volno
consult-exception-extra = hodiny navíc
consult-whole-day = celý den
consult-availability-help =
    Přidat týdenní hodiny: <code>/availability add mon 09:00-12:00</code>
    Den volna: <code>/availability off 2026-12-24</code> (nebo jeho část: přidejte <code>13:00-17:00</code>)
    Hodiny navíc: <code>/availability extra 2026-12-27 10:00-12:00</code>
    Stiskem ✖ odstraníte hodiny nebo výjimku.
consult-availability-usage = Tomu nerozumím. Například: <code>/availability add mon 09:00-12:00</code>, <code>/availability off 2026-12-24</code> nebo <code>/availability extra 2026-12-27 10:00-12:00</code>.
consult-availability-saved = Uloženo.
consult-availability-removed = Odstraněno.

consult-advisors-title = <b>Poradci</b>
consult-advisors-line = <b>{ $name }</b> (id { $id }, { $state }), { $languages }
    { $expertise }
consult-advisor-active = lze rezervovat
consult-advisor-inactive = skrytý
consult-btn-hide = Skrýt
consult-btn-show = Zobrazit
consult-advisors-empty = Zatím žádní poradci.
consult-advisors-import-help = Poradce s profily a hodinami přidáte nebo aktualizujete ze souboru YAML: <code>helpdesk-bot advisors import advisors.yaml</code> (viz advisors.sample.yaml).

## The booking flow: Back, and the number for a phone consultation
consult-btn-back = ◀ Zpět
consult-btn-keep-as-is = ✅ Ponechat beze změny
consult-ask-phone = 📞 Na jaké číslo vám může poradce zavolat? Napište ho i s předvolbou země, například +420 601 123 456. Uvidí ho jen váš poradce.
consult-mode-with-number = { $mode } (vaše číslo: { $phone })
consult-your-number = Vaše číslo: { $phone }
consult-phone-invalid = Tohle nevypadá jako telefonní číslo. Napište prosím 7 až 15 číslic (můžete použít +, mezery, pomlčky a závorky), například +420 601 123 456.
consult-phone-for-advisor = 📞 Volejte na číslo { $phone }
