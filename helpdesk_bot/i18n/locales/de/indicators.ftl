## Indikatoren: /report für das Team, Exporte und das Fortschrittsdiagramm.

report-choose-period = <b>Indikatorenbericht</b>: für welchen Zeitraum?
report-period-month = Dieser Monat
report-period-quarter = Dieses Quartal
report-period-year = Dieses Jahr
report-period-project = Seit Projektbeginn
report-working = Der Bericht wird erstellt …
report-title = <b>Indikatoren { $start } – { $end }</b>
report-title-plain = Indikatoren { $start } – { $end }
report-line = { $met ->
        [yes] ✅
        [no] ⏳
       *[other] ▫️
    } { $name }: { $value } / { $target } ({ $share })
report-summary-footer = ✅ Ziel erreicht · ⏳ noch nicht. Das Diagramm zeigt jeden Indikator im Vergleich zum Ziel; die Tabelle enthält zusätzlich den Monatsverlauf und die Aufschlüsselung nach Sprache, Land und Thema.
report-file-caption = Indikatoren im Vergleich zu den Zielen, mit je einem Blatt pro Aufschlüsselung.
report-definitions-invalid = Die Indikatordefinitionen sind ungültig, daher kann kein Bericht erstellt werden. Bitte korrigieren Sie die Datei:
    { $problems }
report-failed = Der Bericht konnte leider nicht erstellt werden. Bitte versuchen Sie es später noch einmal.
report-chart-title = Fortschritt gegenüber den Zielen, { $start } – { $end }
report-chart-axis = % des Ziels
report-sheet-indicators = Indikatoren
report-by-language = Nach Sprache
report-by-country = Nach Land
report-by-topic = Nach Thema
report-col-indicator = Indikator
report-col-type = Art
report-col-activity = Tätigkeit
report-col-unit = Einheit
report-col-value = Wert
report-col-target = Ziel
report-col-target-date = Zieldatum
report-col-share = Zielerreichung
report-col-met = Erreicht
report-col-total = Gesamt
report-type-output = Output
report-type-result = Ergebnis
report-yes = ja
report-no = nein
report-unknown = unbekannt
unit-people = Personen
unit-count = Anzahl
unit-percent = Prozent
unit-rating = Bewertung (1–5)
report-legend-met = Ziel erreicht
report-legend-missed = Ziel nicht erreicht
report-legend-no-value = Noch keine Daten
report-legend-target = Ziel (100 %)
