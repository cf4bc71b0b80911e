# Branschdiagnos för nätverket av kreatörer: ett avsnitt i indikatorrapporten.
diagnosis-title = Branschdiagnos
diagnosis-profiles = Profiler i katalogen
diagnosis-open = Tar emot uppdrag
diagnosis-needs-own-words = Behov beskrivna med egna ord
diagnosis-contacts-requested = Kontaktförfrågningar
diagnosis-contacts-accepted = Etablerade kontakter
diagnosis-contacts-cross-border = Kontaktförfrågningar från ett annat land
diagnosis-contacts-cross-border-accepted = Etablerade gränsöverskridande kontakter
diagnosis-calls-posted = Publicerade samarbetsutlysningar
diagnosis-calls-approved = Godkända samarbetsutlysningar
diagnosis-calls-cross-border = Utlysningar öppna även för andra länder
diagnosis-calls-answered = Utlysningar med svar
diagnosis-calls-responses = Svar på utlysningar
diagnosis-calls-agreed = Överenskomna samarbeten
diagnosis-by-sector = Profiler per bransch
diagnosis-by-country = Profiler per land
diagnosis-by-sector-country = Profiler per bransch och land
diagnosis-needs = Oftast nämnda behov
diagnosis-col-country = Land
diagnosis-col-count = Antal
diagnosis-summary = <b>Branschdiagnos</b>
    Profiler i katalogen: { $profiles }. Största branscherna: { $sectors }. Länder: { $countries }.
    Oftast nämnda behov: { $needs }.
    Etablerade kontakter: { $contacts }, varav gränsöverskridande: { $cross_border }. Publicerade samarbetsutlysningar: { $posted }, med svar: { $answered }, överenskomna samarbeten: { $agreed }.
