# Kūrėjų tinklo sektoriaus diagnozė: rodiklių ataskaitos dalis.
diagnosis-title = Sektoriaus diagnozė
diagnosis-profiles = Profiliai kataloge
diagnosis-open = Priima užsakymus
diagnosis-needs-own-words = Poreikiai, aprašyti savais žodžiais
diagnosis-contacts-requested = Prašymai susisiekti
diagnosis-contacts-accepted = Užmegzti kontaktai
diagnosis-contacts-cross-border = Prašymai susisiekti iš kitos šalies
diagnosis-contacts-cross-border-accepted = Užmegzti tarptautiniai kontaktai
diagnosis-calls-posted = Paskelbti kvietimai bendradarbiauti
diagnosis-calls-approved = Patvirtinti kvietimai bendradarbiauti
diagnosis-calls-cross-border = Kvietimai, atviri ir kitoms šalims
diagnosis-calls-answered = Kvietimai, į kuriuos atsiliepta
diagnosis-calls-responses = Atsiliepimai į kvietimus
diagnosis-calls-agreed = Sutartas bendradarbiavimas
diagnosis-by-sector = Profiliai pagal sektorių
diagnosis-by-country = Profiliai pagal šalį
diagnosis-by-sector-country = Profiliai pagal sektorių ir šalį
diagnosis-needs = Dažniausiai nurodyti poreikiai
diagnosis-col-country = Šalis
diagnosis-col-count = Skaičius
diagnosis-summary = <b>Sektoriaus diagnozė</b>
    Profiliai kataloge: { $profiles }. Didžiausi sektoriai: { $sectors }. Šalys: { $countries }.
    Dažniausiai nurodyti poreikiai: { $needs }.
    Užmegzti kontaktai: { $contacts }, iš jų tarptautiniai: { $cross_border }. Paskelbti kvietimai bendradarbiauti: { $posted }, atsiliepta: { $answered }, sutarti bendradarbiavimai: { $agreed }.
