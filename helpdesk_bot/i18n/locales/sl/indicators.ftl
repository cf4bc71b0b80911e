## Kazalniki: /report za osebje, izvozi in graf napredka.

report-choose-period = <b>Poročilo o kazalnikih</b>: za katero obdobje?
report-period-month = Ta mesec
report-period-quarter = To četrtletje
report-period-year = To leto
report-period-project = Od začetka projekta
report-working = Pripravljam poročilo …
report-title = <b>Kazalniki { $start } – { $end }</b>
report-title-plain = Kazalniki { $start } – { $end }
report-line = { $met ->
        [yes] ✅
        [no] ⏳
       *[other] ▫️
    } { $name }: { $value } / { $target } ({ $share })
report-summary-footer = ✅ cilj dosežen · ⏳ še ne. Graf prikazuje vsak kazalnik glede na cilj; preglednica vsebuje še mesečni potek in razčlenitev po jeziku, državi in temi.
report-file-caption = Kazalniki glede na cilje, z enim listom za vsako razčlenitev.
report-definitions-invalid = Opredelitve kazalnikov niso veljavne, zato poročila ni mogoče pripraviti. Popravite datoteko:
    { $problems }
report-failed = Žal poročila ni bilo mogoče pripraviti. Poskusite znova pozneje.
report-chart-title = Napredek glede na cilje, { $start } – { $end }
report-chart-axis = % cilja
report-sheet-indicators = Kazalniki
report-by-language = Po jeziku
report-by-country = Po državi
report-by-topic = Po temi
report-col-indicator = Kazalnik
report-col-type = Vrsta
report-col-activity = Dejavnost
report-col-unit = Enota
report-col-value = Vrednost
report-col-target = Cilj
report-col-target-date = Rok za cilj
report-col-share = Doseganje cilja
report-col-met = Doseženo
report-col-total = Skupaj
report-type-output = Učinek
report-type-result = Rezultat
report-yes = da
report-no = ne
report-unknown = neznano
unit-people = osebe
unit-count = število
unit-percent = odstotek
unit-rating = ocena (1–5)
report-legend-met = Cilj dosežen
report-legend-missed = Cilj ni dosežen
report-legend-no-value = Še ni podatkov
report-legend-target = Cilj (100 %)
