## Znalostní báze: odpovědi, návrhy, témata, dotazy pro poradce, mezery a nové načtení

kb-sources = <b>Zdroje</b>
kb-disclaimer = Jde o obecné informace, ne o právní radu. O své konkrétní situaci si promluvte s poradcem: /book
kb-note-english = Tato odpověď zatím není k dispozici ve vašem jazyce, proto ji uvádím v angličtině.
kb-note-other-country = Tato odpověď se týká země: { $country }.
kb-btn-helpful = 👍 Pomohlo
kb-btn-not-helpful = 👎 Nepomohlo
kb-feedback-thanks = Děkuji za zpětnou vazbu!
kb-feedback-sorry = Je mi líto, že to nepomohlo. Co chcete udělat?
kb-suggest = Nejsem si jistý, co myslíte. Je to některá z těchto otázek?
kb-btn-none = Nic z toho
kb-fallback = V naší znalostní bázi jsem na to odpověď nenašel. Co chcete udělat?
kb-btn-book = 📅 Objednat konzultaci
kb-btn-ticket = ✉ Nechat otázku poradci
kb-btn-topics = 📚 Procházet témata
kb-ask-country = Odpověď závisí na zemi. Které země se vaše otázka týká?
kb-question-cut = Vaše otázka byla velmi dlouhá, proto jsem použil jen jejích prvních { $limit } znaků.
kb-question-lost = Omlouvám se, tuto otázku už nemám. Napište ji prosím znovu.
kb-book-hint = Naši poradci vám rádi pomohou na bezplatné konzultaci: pošlete /book a vyberte si termín.
kb-entry-gone = Toto téma už není k dispozici. Pošlete /topics a podívejte se, co nabízíme.
kb-topics-title = <b>Témata</b>: vyberte kategorii.
kb-topics-empty = Momentálně tu nejsou žádná témata k procházení. Napište svou otázku a já ji předám poradci.
kb-category-page = <b>{ $category }</b> (strana { $page } z { $pages }): vyberte otázku.
kb-btn-prev = ◀ Zpět
kb-btn-next = Další ▶
kb-btn-categories = ↩ Všechna témata

ticket-opened = Vaši otázku jsem předal našim poradcům (dotaz č. { $id }). Odpověď dostanete sem do tohoto chatu.
ticket-already-opened = Vaše otázka už je u našich poradců (dotaz č. { $id }).
ticket-new =
    <b>Nový dotaz č. { $id }</b>
    Od: { $who } · { $language } · { $country }

    { $question }

    Převezměte ho a pak odpovězte odpovědí na tuto zprávu.
ticket-reminder =
    ⏰ <b>Dotaz č. { $id } čeká už { $minutes } min</b>
    { $language } · { $country }

    { $question }
ticket-btn-take = ✋ Převzít
ticket-btn-answer = ✍ Odpovědět
ticket-btn-reply = ✍ Napsat zpět
ticket-btn-close = ✔ Uzavřít
ticket-btn-cancel = Zrušit
ticket-taken =
    <b>Dotaz č. { $id } je váš.</b>
    Od: { $who } · { $language } · { $country }

    { $question }

    Odpovězte na tuto zprávu, nebo stiskněte „Odpovědět“.
ticket-history-person = <i>Podnikatel:</i> { $text }
ticket-history-advisor = <i>Poradce:</i> { $text }
ticket-taken-you = Vaším dotazem č. { $id } se teď zabývá poradce.
ticket-error-already_taken = Dotaz č. { $id } už převzal jiný poradce.
ticket-error-already_yours = Dotaz č. { $id } už je váš.
ticket-error-closed = Dotaz č. { $id } je uzavřený.
ticket-error-not_yours = Dotaz č. { $id } vyřizuje jiný poradce.
ticket-error-not_allowed = Dotaz č. { $id } nemůžete měnit.
ticket-error-not_found = Tento dotaz už neexistuje.
ticket-error-empty = Prázdnou zprávu nelze odeslat.
ticket-answer =
    <b>Poradce odpověděl na váš dotaz č. { $id }:</b>

    { $text }

    Pokud chcete napsat zpět, odpovězte na tuto zprávu nebo stiskněte „Napsat zpět“.
ticket-reply =
    <b>Podnikatel napsal k dotazu č. { $id }:</b>

    { $text }

    Odpovězte na tuto zprávu.
ticket-answer-sent = Vaše odpověď na dotaz č. { $id } je na cestě k podnikateli.
ticket-reply-sent = Vaše zpráva byla přidána k dotazu č. { $id }.
ticket-compose-answer = Napište odpověď na dotaz č. { $id }.
ticket-compose-reply = Napište zprávu pro poradce (dotaz č. { $id }).
ticket-compose-cancelled = Zrušeno.
ticket-closed-done = Dotaz č. { $id } je uzavřený. Děkujeme!
ticket-closed-by-person = Podnikatel uzavřel dotaz č. { $id }.
ticket-closed-by-advisor = Váš dotaz č. { $id } byl uzavřen. Pokud potřebujete další pomoc, stačí se znovu zeptat.
inbox-title = <b>Dotazy čekající na poradce</b>
inbox-empty = Na poradce nečeká žádný dotaz.
inbox-line = Č. { $id } · { $language } · { $country }: { $question }
inbox-mine-title = <b>Vaše rozpracované dotazy</b>
inbox-mine-line = Č. { $id } ({ $state ->
        [answered] čeká na podnikatele
       *[taken] jste na řadě
    }): { $question }
inbox-btn-take = ✋ č. { $id }
inbox-btn-open = ✍ č. { $id }

gaps-title = <b>Mezery ve znalostní bázi</b>: otázky, na které báze neodpověděla, od nejčastějších.
gaps-empty = Ve znalostní bázi nejsou žádné otevřené mezery. Výborně!
gaps-group =
    <b>{ $n }.</b> { $count ->
        [one] položeno jednou
        [few] položeno { $count }krát
        [many] položeno { $count }krát
       *[other] položeno { $count }krát
    } · { $languages } · { $action }
gaps-sample = „{ $text }“
gaps-action-add = přidat nový záznam
gaps-action-improve = vylepšit { $entries }
gaps-no-text = (text otázky nebyl uchován)
gaps-btn-close = ✔ { $n } hotovo
gaps-closed = { $count ->
        [one] Jedna otázka označena jako vyřešená.
        [few] { $count } otázky označeny jako vyřešené.
        [many] { $count } otázky označeno jako vyřešené.
       *[other] { $count } otázek označeno jako vyřešené.
    }
gaps-gone = Tato skupina se mezitím změnila; pošlete /gaps znovu.
reload-ok = Znalostní báze byla znovu načtena. Počet záznamů: { $count } (předtím: { $previous }).
reload-failed =
    Znalostní báze obsahuje chyby, proto nebyla znovu načtena; platí dosavadní. Problémy:
    { $problems }
