# Branchendiagnose des Netzwerks der Kreativen: ein Abschnitt des Indikatorenberichts.
diagnosis-title = Branchendiagnose
diagnosis-profiles = Profile im Katalog
diagnosis-open = Offen für Aufträge
diagnosis-needs-own-words = Bedarf in eigenen Worten beschrieben
diagnosis-contacts-requested = Kontaktanfragen
diagnosis-contacts-accepted = Zustande gekommene Kontakte
diagnosis-contacts-cross-border = Kontaktanfragen aus einem anderen Land
diagnosis-contacts-cross-border-accepted = Zustande gekommene grenzüberschreitende Kontakte
diagnosis-calls-posted = Veröffentlichte Kooperationsaufrufe
diagnosis-calls-approved = Freigegebene Kooperationsaufrufe
diagnosis-calls-cross-border = Aufrufe, die auch anderen Ländern offenstehen
diagnosis-calls-answered = Aufrufe mit Antwort
diagnosis-calls-responses = Antworten auf Aufrufe
diagnosis-calls-agreed = Vereinbarte Kooperationen
diagnosis-by-sector = Profile nach Branche
diagnosis-by-country = Profile nach Land
diagnosis-by-sector-country = Profile nach Branche und Land
diagnosis-needs = Am häufigsten genannter Bedarf
diagnosis-col-country = Land
diagnosis-col-count = Anzahl
diagnosis-summary = <b>Branchendiagnose</b>
    Profile im Katalog: { $profiles }. Größte Branchen: { $sectors }. Länder: { $countries }.
    Am häufigsten genannter Bedarf: { $needs }.
    Zustande gekommene Kontakte: { $contacts }, davon grenzüberschreitend: { $cross_border }. Veröffentlichte Kooperationsaufrufe: { $posted }, mit Antwort: { $answered }, vereinbarte Kooperationen: { $agreed }.
