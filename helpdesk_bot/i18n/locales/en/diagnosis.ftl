# Sector diagnosis of the network of creatives: a section of the indicator report.
diagnosis-title = Sector diagnosis
diagnosis-profiles = Profiles in the catalogue
diagnosis-open = Open for commissions
diagnosis-needs-own-words = Needs described in their own words
diagnosis-contacts-requested = Contact requests
diagnosis-contacts-accepted = Contacts made
diagnosis-contacts-cross-border = Cross-border contact requests
diagnosis-contacts-cross-border-accepted = Cross-border contacts made
diagnosis-calls-posted = Cooperation calls posted
diagnosis-calls-approved = Cooperation calls approved
diagnosis-calls-cross-border = Calls open across borders
diagnosis-calls-answered = Calls answered
diagnosis-calls-responses = Answers to calls
diagnosis-calls-agreed = Cooperations agreed
diagnosis-by-sector = Profiles by sector
diagnosis-by-country = Profiles by country
diagnosis-by-sector-country = Profiles by sector and country
diagnosis-needs = Needs named most often
diagnosis-col-country = Country
diagnosis-col-count = Number
diagnosis-summary = <b>Sector diagnosis</b>
    Profiles in the catalogue: { $profiles }. Largest sectors: { $sectors }. Countries: { $countries }.
    Needs named most often: { $needs }.
    Contacts made: { $contacts }, of which across borders: { $cross_border }. Cooperation calls posted: { $posted }, answered: { $answered }, cooperations agreed: { $agreed }.
