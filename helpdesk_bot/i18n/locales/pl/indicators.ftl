## Wskaźniki: /report dla personelu, eksporty i wykres postępu.

report-choose-period = <b>Raport wskaźników</b>: za jaki okres?
report-period-month = Ten miesiąc
report-period-quarter = Ten kwartał
report-period-year = Ten rok
report-period-project = Od początku projektu
report-working = Przygotowuję raport…
report-title = <b>Wskaźniki { $start } – { $end }</b>
report-title-plain = Wskaźniki { $start } – { $end }
report-line = { $met ->
        [yes] ✅
        [no] ⏳
       *[other] ▫️
    } { $name }: { $value } / { $target } ({ $share })
report-summary-footer = ✅ cel osiągnięty · ⏳ jeszcze nie. Wykres pokazuje każdy wskaźnik na tle celu; arkusz zawiera też trend miesięczny oraz podział według języka, kraju i tematu.
report-file-caption = Wskaźniki na tle celów, z osobnym arkuszem dla każdego podziału.
report-definitions-invalid = Definicje wskaźników są nieprawidłowe, więc nie można przygotować raportu. Popraw plik:
    { $problems }
report-failed = Niestety nie udało się przygotować raportu. Spróbuj ponownie później.
report-chart-title = Postęp względem celów, { $start } – { $end }
report-chart-axis = % celu
report-sheet-indicators = Wskaźniki
report-by-language = Według języka
report-by-country = Według kraju
report-by-topic = Według tematu
report-col-indicator = Wskaźnik
report-col-type = Typ
report-col-activity = Działanie
report-col-unit = Jednostka
report-col-value = Wartość
report-col-target = Cel
report-col-target-date = Termin celu
report-col-share = Realizacja celu
report-col-met = Osiągnięty
report-col-total = Razem
report-type-output = Produkt
report-type-result = Rezultat
report-yes = tak
report-no = nie
report-unknown = nieznany
unit-people = osoby
unit-count = liczba
unit-percent = procent
unit-rating = ocena (1–5)
report-legend-met = Cel osiągnięty
report-legend-missed = Cel nieosiągnięty
report-legend-no-value = Brak danych
report-legend-target = Cel (100 %)
