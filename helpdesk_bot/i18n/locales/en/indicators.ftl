## Indicators: /report for staff, exports and the progress chart.

report-choose-period = <b>Indicator report</b>: which period?
report-period-month = This month
report-period-quarter = This quarter
report-period-year = This year
report-period-project = Project to date
report-working = Computing the report…
report-title = <b>Indicators { $start } – { $end }</b>
report-title-plain = Indicators { $start } – { $end }
report-line = { $met ->
        [yes] ✅
        [no] ⏳
       *[other] ▫️
    } { $name }: { $value } / { $target } ({ $share })
report-summary-footer = ✅ target reached · ⏳ not yet. The chart shows each indicator against its target; the spreadsheet adds the monthly trend and the breakdowns by language, country and topic.
report-file-caption = Indicators against targets, with one sheet per breakdown.
report-definitions-invalid = The indicator definitions are not valid, so no report can be made. Please correct the file:
    { $problems }
report-failed = Sorry, the report could not be made. Please try again later.
report-chart-title = Progress against targets, { $start } – { $end }
report-chart-axis = % of target
report-sheet-indicators = Indicators
report-by-language = By language
report-by-country = By country
report-by-topic = By topic
report-col-indicator = Indicator
report-col-type = Type
report-col-activity = Activity
report-col-unit = Unit
report-col-value = Value
report-col-target = Target
report-col-target-date = Target date
report-col-share = Share of target
report-col-met = Reached
report-col-total = Total
report-type-output = Output
report-type-result = Result
report-yes = yes
report-no = no
report-unknown = unknown
unit-people = people
unit-count = number
unit-percent = percent
unit-rating = rating (1–5)
report-legend-met = Target met
report-legend-missed = Target not met
report-legend-no-value = No data yet
report-legend-target = Target (100 %)
