# Diagnoza sektorja v mreži ustvarjalcev: del poročila o kazalnikih.
diagnosis-title = Diagnoza sektorja
diagnosis-profiles = Profili v katalogu
diagnosis-open = Sprejemajo naročila
diagnosis-needs-own-words = Potrebe, opisane s svojimi besedami
diagnosis-contacts-requested = Prošnje za stik
diagnosis-contacts-accepted = Vzpostavljeni stiki
diagnosis-contacts-cross-border = Prošnje za stik iz druge države
diagnosis-contacts-cross-border-accepted = Vzpostavljeni čezmejni stiki
diagnosis-calls-posted = Objavljeni pozivi k sodelovanju
diagnosis-calls-approved = Odobreni pozivi k sodelovanju
diagnosis-calls-cross-border = Pozivi, odprti tudi za druge države
diagnosis-calls-answered = Pozivi z odgovorom
diagnosis-calls-responses = Odgovori na pozive
diagnosis-calls-agreed = Dogovorjena sodelovanja
diagnosis-by-sector = Profili po sektorjih
diagnosis-by-country = Profili po državah
diagnosis-by-sector-country = Profili po sektorjih in državah
diagnosis-needs = Najpogosteje navedene potrebe
diagnosis-col-country = Država
diagnosis-col-count = Število
diagnosis-summary = <b>Diagnoza sektorja</b>
    Profili v katalogu: { $profiles }. Največji sektorji: { $sectors }. Države: { $countries }.
    Najpogosteje navedene potrebe: { $needs }.
    Vzpostavljeni stiki: { $contacts }, od tega čezmejni: { $cross_border }. Objavljeni pozivi k sodelovanju: { $posted }, z odgovorom: { $answered }, dogovorjena sodelovanja: { $agreed }.
