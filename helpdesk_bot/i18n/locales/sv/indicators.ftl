## Indikatorer: /report för personalen, exporter och framstegsdiagrammet.

report-choose-period = <b>Indikatorrapport</b>: för vilken period?
report-period-month = Den här månaden
report-period-quarter = Det här kvartalet
report-period-year = Det här året
report-period-project = Sedan projektstart
report-working = Rapporten tas fram …
report-title = <b>Indikatorer { $start } – { $end }</b>
report-title-plain = Indikatorer { $start } – { $end }
report-line = { $met ->
        [yes] ✅
        [no] ⏳
       *[other] ▫️
    } { $name }: { $value } / { $target } ({ $share })
report-summary-footer = ✅ målet nått · ⏳ inte än. Diagrammet visar varje indikator mot sitt mål; kalkylbladet har dessutom utvecklingen per månad och fördelningen per språk, land och ämne.
report-file-caption = Indikatorer mot mål, med ett blad för varje fördelning.
report-definitions-invalid = Indikatordefinitionerna är ogiltiga, så ingen rapport kan tas fram. Rätta filen:
    { $problems }
report-failed = Tyvärr kunde rapporten inte tas fram. Försök igen senare.
report-chart-title = Framsteg mot målen, { $start } – { $end }
report-chart-axis = % av målet
report-sheet-indicators = Indikatorer
report-by-language = Per språk
report-by-country = Per land
report-by-topic = Per ämne
report-col-indicator = Indikator
report-col-type = Typ
report-col-activity = Aktivitet
report-col-unit = Enhet
report-col-value = Värde
report-col-target = Mål
report-col-target-date = Måldatum
report-col-share = Måluppfyllelse
report-col-met = Uppnått
report-col-total = Totalt
report-type-output = Utfall
report-type-result = Resultat
report-yes = ja
report-no = nej
report-unknown = okänt
unit-people = personer
unit-count = antal
unit-percent = procent
unit-rating = betyg (1–5)
report-legend-met = Målet nått
report-legend-missed = Målet inte nått
report-legend-no-value = Inga uppgifter än
report-legend-target = Mål (100 %)
