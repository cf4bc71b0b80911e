## Makerspace: stroje a pracovní místa, školení, rozvrh dílny.

cmd-makerspace = Makerspace: rezervace stroje
cmd-workshop = Rozvrh dílny, docházka, údržba
cmd-induct = Zapsat bezpečnostní školení

unit-hours = hodiny

ms-length-min = { $minutes } min
ms-length-h = { $hours } h
ms-length-hmin = { $hours } h { $minutes } min

ms-none = V makerspace zatím nejsou žádné stroje k rezervaci.
ms-title = 🛠 <b>Makerspace</b>: volný čas strojů dnes a v příštích 7 dnech (časové pásmo: { $zone }). Vyberte stroj a zarezervujte si ho.
ms-overview-line = • <b>{ $resource }</b> ({ $units }): dnes volno { $today } h, tento týden { $week } h
ms-overview-line-closed = • <b>{ $resource }</b> ({ $units }): dnes už zavřeno, tento týden volno { $week } h
ms-overview-induction = 　🔒 vyžaduje: { $induction }
ms-resource-head = 🛠 <b>{ $resource }</b> ({ $units })
ms-price = 💶 { $price }
ms-lengths = Najednou lze rezervovat od { $min } do { $max }.
ms-no-free-days = V nejbližších dnech bohužel není nic volného.
ms-choose-day = Vyberte den (časové pásmo: { $zone }):
ms-btn-back = ↩ Všechny stroje
ms-day-full = Tento den je už plně obsazený. Vyberte prosím jiný den.
ms-btn-other-day = 📅 Jiný den
ms-choose-start = <b>{ $resource }</b>, { $day }: vyberte čas začátku ({ $zone }), nebo ho napište, např. 14:30.
ms-start-unavailable = V tuto dobu není volno ({ $resource }). Vyberte prosím jeden z nabízených časů.
ms-choose-length = <b>{ $resource }</b> od { $when }. Na jak dlouho? (nejvýše { $max }; délku můžete i napsat, např. 90 nebo 1:30)
ms-length-unavailable = Od tohoto začátku není stroj volný tak dlouho. Vyberte prosím jednu z nabízených délek.
ms-summary =
    Zkontrolujte prosím rezervaci:
    🛠 <b>{ $resource }</b>
    📅 { $when } až { $until } ({ $length })
ms-btn-confirm = ✅ Rezervovat
ms-booked = ✅ Rezervováno: <b>{ $resource }</b> č. { $unit }, { $when } až { $until }. Soubor do kalendáře přijde vzápětí.
ms-moved = ✅ Přesunuto: <b>{ $resource }</b> č. { $unit }, nově { $when } až { $until }.
ms-alternatives = Nejbližší volné časy:
ms-type-start = Napište čas začátku, např. 14:30, nebo vyberte tlačítko.
ms-type-length = Napište délku v minutách (násobek { $slot }), např. 90 nebo 1:30, nebo vyberte tlačítko.
ms-use-buttons = Použijte prosím tlačítka výše, nebo pošlete /cancel.

ms-induction-required = 🔒 K používání tohoto stroje ({ $resource }) potřebujete nejdřív školení: <b>{ $induction }</b>.
ms-induction-expired = 🔒 Platnost vašeho školení skončila: <b>{ $induction }</b>. Obnovte ho, abyste mohli stroj ({ $resource }) zase používat.
ms-induction-next = Nejbližší termín školení je { $when }: přihlaste se níže.
ms-induction-ask = Školení si domluvíte zde: { $contact }
ms-induction-ask-staff = Školení si domluvíte s obsluhou makerspace.

ms-my-title = { $count ->
        [one] 🛠 Vaše nadcházející rezervace stroje:
        [few] 🛠 Vaše { $count } nadcházející rezervace strojů:
       *[other] 🛠 Vašich { $count } nadcházejících rezervací strojů:
    }
ms-booking = 🛠 <b>{ $resource }</b> č. { $unit }
    📅 { $when } až { $until }
ms-btn-reschedule = 🔁 Změnit termín
ms-btn-cancel = ✖ Zrušit rezervaci
ms-cancel-ask = Zrušit rezervaci: <b>{ $resource }</b>, { $when }?
ms-btn-cancel-yes = Ano, zrušit
ms-cancelled = Rezervace ({ $resource }, { $when }) je zrušená; stroj je znovu volný pro ostatní.
ms-btn-rebook_unit = 🔁 Stejný čas, jiný stroj
ms-btn-rebook_time = 📅 Vybrat jiný čas

ms-n-confirmed = ✅ Vaše rezervace: <b>{ $resource }</b> č. { $unit }, { $when } až { $until }. Přijďte prosím včas; soubor do kalendáře je v příloze.
ms-n-moved = 🔁 Rezervace byla přesunuta: <b>{ $resource }</b> č. { $unit }, { $when } až { $until }.
ms-n-reminder = ⏰ Připomínka: <b>{ $resource }</b> č. { $unit } je pro vás od { $when } do { $until }.
ms-n-closed = 🔧 Omlouváme se: <b>{ $resource }</b> č. { $unit } prochází údržbou, proto je vaše rezervace na { $when } zrušená. Vezměte si stejný čas na jiném stroji, nebo vyberte jiný čas:
ms-n-cancelled = Rezervace ({ $resource }, { $when }) je zrušená.
ms-ics-summary = Makerspace: { $resource } č. { $unit }
ms-ics-description = Rezervace č. { $id } v makerspace ({ $minutes } min).

ms-error-unknown_resource = Stroj s názvem „{ $code }“ neexistuje. Seznam najdete přes /makerspace.
ms-error-unknown_induction = Školení s názvem „{ $code }“ neexistuje.
ms-error-unknown_person = Tento člověk ještě bota nespustil; nejdřív musí poslat /start.
ms-error-not_found = Tuto rezervaci se nepodařilo najít.
ms-error-outside_hours = Tento čas přesahuje otevírací dobu ({ $resource }). Vyberte prosím začátek a délku v otevírací době.
ms-error-too_long = To je příliš dlouho: jedna rezervace ({ $resource }) smí trvat nejvýše { $max }.
ms-error-too_short = To je příliš krátce: rezervace ({ $resource }) musí trvat aspoň { $min }.
ms-error-dst = Té noci se mění čas, takže tato hodina neexistuje nebo nastane dvakrát. Vyberte prosím jiný čas.
ms-error-too_soon = Tento čas už začal. Vyberte prosím pozdější.
ms-error-too_far = To je příliš daleko. Vyberte prosím jeden z nabízených dnů.
ms-error-full = Bohužel byl někdo rychlejší a v tuto dobu už není volno ({ $resource }).
ms-error-induction_required = K tomuto stroji potřebujete nejdřív bezpečnostní školení.
ms-error-induction_expired = Platnost vašeho bezpečnostního školení k tomuto stroji skončila.
ms-error-invalid_state = Tuto rezervaci už nelze změnit.
ms-error-too_many = Už máte { $limit } nadcházejících rezervací strojů, což je nejvíc, kolik může mít jeden člověk.
ms-error-slot_changed = Rozvrh se ve stejnou chvíli změnil. Zkuste to prosím znovu.
ms-error-bad_file = Soubor makerspace obsahuje chybu.

ms-ws-today = 🛠 <b>Dílna dnes</b>, { $day } (časové pásmo: { $zone })
ms-ws-week = 🛠 <b>Dílna tento týden</b> od { $day } (časové pásmo: { $zone })
ms-ws-resource = <b>{ $resource }</b> ({ $units })
ms-ws-empty = 　žádné rezervace
ms-ws-line = 　{ $icon } { $when }–{ $until } · č. { $unit } · { $person } (#{ $id })
ms-ws-btn-in = ✅ Příchod: { $who }
ms-ws-btn-noshow = 🚫 Neúčast
ms-ws-btn-today = 📅 Dnes
ms-ws-btn-week = 📅 Tento týden
ms-ws-btn-close = 🔧 Odstavit: { $resource }
ms-ws-marked-in = Zapsán příchod: { $person }
ms-ws-marked-noshow = Zapsána neúčast: { $person }
ms-ws-hours = { $hours } h
ms-ws-days = { $days ->
        [one] 1 den
        [few] { $days } dny
       *[other] { $days } dní
    }
ms-ws-all-units = všechny
ms-ws-unit = č. { $unit }
ms-ws-close-ask = 🔧 Údržba od teď: <b>{ $resource }</b>. Který stroj odstavit a na jak dlouho? Rezervace v té době budou zrušeny a jejich autorům nabídneme jiný stroj nebo čas.
ms-ws-closed = 🔧 Odstaveno do { $until }: { $resource } ({ $what }). { $count ->
        [0] Žádná rezervace nebyla dotčena.
        [one] Jedna rezervace byla zrušena; posíláme oznámení.
        [few] { $count } rezervace byly zrušeny; posíláme oznámení.
       *[other] { $count } rezervací bylo zrušeno; posíláme oznámení.
    }

ms-induct-usage = Zapsání školení: odpovězte na přeposlanou zprávu daného člověka příkazem /induct KLÍČ, nebo pošlete /induct KLÍČ TELEGRAM_ID. KLÍČ je školení nebo stroj, který ho vyžaduje: { $keys }
ms-induct-hidden = Tento člověk v přeposlaných zprávách skrývá svůj účet, takže nevím, o koho jde. Použijte prosím /induct KLÍČ TELEGRAM_ID.
ms-induct-done = ✅ { $name }: zapsáno absolvování školení ({ $induction }), platnost do { $until }.
ms-induct-you = ✅ Zapsali jsme vaše absolvování školení ({ $induction }), platnost do { $until }. Tyto stroje si teď můžete rezervovat přes /makerspace.
