## Rodikliai: /report darbuotojams, eksportas ir pažangos diagrama.

report-choose-period = <b>Rodiklių ataskaita</b>: už kokį laikotarpį?
report-period-month = Šis mėnuo
report-period-quarter = Šis ketvirtis
report-period-year = Šie metai
report-period-project = Nuo projekto pradžios
report-working = Rengiu ataskaitą…
report-title = <b>Rodikliai { $start } – { $end }</b>
report-title-plain = Rodikliai { $start } – { $end }
report-line = { $met ->
        [yes] ✅
        [no] ⏳
       *[other] ▫️
    } { $name }: { $value } / { $target } ({ $share })
report-summary-footer = ✅ tikslas pasiektas · ⏳ dar ne. Diagramoje kiekvienas rodiklis palygintas su tikslu; lentelėje dar yra mėnesių eiga ir suskirstymas pagal kalbą, šalį ir temą.
report-file-caption = Rodikliai, palyginti su tikslais, su atskiru lapu kiekvienam suskirstymui.
report-definitions-invalid = Rodiklių apibrėžtys netinkamos, todėl ataskaitos parengti negalima. Pataisykite failą:
    { $problems }
report-failed = Deja, ataskaitos parengti nepavyko. Bandykite vėliau.
report-chart-title = Pažanga siekiant tikslų, { $start } – { $end }
report-chart-axis = % tikslo
report-sheet-indicators = Rodikliai
report-by-language = Pagal kalbą
report-by-country = Pagal šalį
report-by-topic = Pagal temą
report-col-indicator = Rodiklis
report-col-type = Tipas
report-col-activity = Veikla
report-col-unit = Vienetas
report-col-value = Reikšmė
report-col-target = Tikslas
report-col-target-date = Tikslo data
report-col-share = Tikslo įvykdymas
report-col-met = Pasiekta
report-col-total = Iš viso
report-type-output = Produktas
report-type-result = Rezultatas
report-yes = taip
report-no = ne
report-unknown = nežinoma
unit-people = žmonės
unit-count = skaičius
unit-percent = procentai
unit-rating = įvertinimas (1–5)
report-legend-met = Tikslas pasiektas
report-legend-missed = Tikslas nepasiektas
report-legend-no-value = Dar nėra duomenų
report-legend-target = Tikslas (100 %)
