# Diagnóza odvětví v síti tvůrců: část zprávy o ukazatelích.
diagnosis-title = Diagnóza odvětví
diagnosis-profiles = Profily v katalogu
diagnosis-open = Přijímají zakázky
diagnosis-needs-own-words = Potřeby popsané vlastními slovy
diagnosis-contacts-requested = Žádosti o kontakt
diagnosis-contacts-accepted = Navázané kontakty
diagnosis-contacts-cross-border = Žádosti o kontakt z jiné země
diagnosis-contacts-cross-border-accepted = Navázané přeshraniční kontakty
diagnosis-calls-posted = Zveřejněné výzvy ke spolupráci
diagnosis-calls-approved = Schválené výzvy ke spolupráci
diagnosis-calls-cross-border = Výzvy otevřené i pro jiné země
diagnosis-calls-answered = Výzvy s odpovědí
diagnosis-calls-responses = Odpovědi na výzvy
diagnosis-calls-agreed = Dohodnuté spolupráce
diagnosis-by-sector = Profily podle odvětví
diagnosis-by-country = Profily podle země
diagnosis-by-sector-country = Profily podle odvětví a země
diagnosis-needs = Nejčastěji uváděné potřeby
diagnosis-col-country = Země
diagnosis-col-count = Počet
diagnosis-summary = <b>Diagnóza odvětví</b>
    Profily v katalogu: { $profiles }. Největší odvětví: { $sectors }. Země: { $countries }.
    Nejčastěji uváděné potřeby: { $needs }.
    Navázané kontakty: { $contacts }, z toho přeshraniční: { $cross_border }. Zveřejněné výzvy ke spolupráci: { $posted }, s odpovědí: { $answered }, dohodnuté spolupráce: { $agreed }.
