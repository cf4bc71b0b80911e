# Diagnoza sektora w sieci twórców: część raportu wskaźników.
diagnosis-title = Diagnoza sektora
diagnosis-profiles = Profile w katalogu
diagnosis-open = Przyjmujący zlecenia
diagnosis-needs-own-words = Potrzeby opisane własnymi słowami
diagnosis-contacts-requested = Prośby o kontakt
diagnosis-contacts-accepted = Nawiązane kontakty
diagnosis-contacts-cross-border = Prośby o kontakt z innego kraju
diagnosis-contacts-cross-border-accepted = Nawiązane kontakty międzynarodowe
diagnosis-calls-posted = Opublikowane zaproszenia do współpracy
diagnosis-calls-approved = Zatwierdzone zaproszenia do współpracy
diagnosis-calls-cross-border = Zaproszenia otwarte dla innych krajów
diagnosis-calls-answered = Zaproszenia z odpowiedzią
diagnosis-calls-responses = Odpowiedzi na zaproszenia
diagnosis-calls-agreed = Uzgodnione współprace
diagnosis-by-sector = Profile według branży
diagnosis-by-country = Profile według kraju
diagnosis-by-sector-country = Profile według branży i kraju
diagnosis-needs = Najczęściej wskazywane potrzeby
diagnosis-col-country = Kraj
diagnosis-col-count = Liczba
diagnosis-summary = <b>Diagnoza sektora</b>
    Profile w katalogu: { $profiles }. Największe branże: { $sectors }. Kraje: { $countries }.
    Najczęściej wskazywane potrzeby: { $needs }.
    Nawiązane kontakty: { $contacts }, w tym międzynarodowe: { $cross_border }. Opublikowane zaproszenia do współpracy: { $posted }, z odpowiedzią: { $answered }, uzgodnione współprace: { $agreed }.
