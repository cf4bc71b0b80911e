## Ukazatele: /report pro personál, exporty a graf plnění.

report-choose-period = <b>Přehled ukazatelů</b>: za jaké období?
report-period-month = Tento měsíc
report-period-quarter = Toto čtvrtletí
report-period-year = Tento rok
report-period-project = Od začátku projektu
report-working = Připravuji přehled…
report-title = <b>Ukazatele { $start } – { $end }</b>
report-title-plain = Ukazatele { $start } – { $end }
report-line = { $met ->
        [yes] ✅
        [no] ⏳
       *[other] ▫️
    } { $name }: { $value } / { $target } ({ $share })
report-summary-footer = ✅ cíl splněn · ⏳ zatím ne. Graf ukazuje každý ukazatel vůči cíli; tabulka navíc obsahuje měsíční vývoj a členění podle jazyka, země a tématu.
report-file-caption = Ukazatele vůči cílům, s jedním listem pro každé členění.
report-definitions-invalid = Definice ukazatelů nejsou platné, proto přehled nelze připravit. Opravte prosím soubor:
    { $problems }
report-failed = Přehled se bohužel nepodařilo připravit. Zkuste to prosím později.
report-chart-title = Plnění cílů, { $start } – { $end }
report-chart-axis = % cíle
report-sheet-indicators = Ukazatele
report-by-language = Podle jazyka
report-by-country = Podle země
report-by-topic = Podle tématu
report-col-indicator = Ukazatel
report-col-type = Typ
report-col-activity = Aktivita
report-col-unit = Jednotka
report-col-value = Hodnota
report-col-target = Cíl
report-col-target-date = Termín cíle
report-col-share = Plnění cíle
report-col-met = Splněno
report-col-total = Celkem
report-type-output = Výstup
report-type-result = Výsledek
report-yes = ano
report-no = ne
report-unknown = neznámé
unit-people = osoby
unit-count = počet
unit-percent = procenta
unit-rating = hodnocení (1–5)
report-legend-met = Cíl splněn
report-legend-missed = Cíl nesplněn
report-legend-no-value = Zatím bez údajů
report-legend-target = Cíl (100 %)
