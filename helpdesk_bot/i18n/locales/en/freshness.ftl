## Freshness of the knowledge base: the "may have changed" line, the monthly reminder, /gaps

kb-stale-note = This may have changed since { $date }. Check { $source } or book a consultation: /book
kb-stale-note-nosource = This may have changed since { $date }. Check with the office in charge or book a consultation: /book
kb-stale-report =
    <b>Monthly knowledge-base check</b>: { $count ->
        [one] one entry needs a look.
       *[other] { $count } entries need a look.
    }

    <b>Past their “valid until” date</b> ({ $expired_count }):
    { $expired }

    <b>Not reviewed for more than { $months ->
        [one] a month
       *[other] { $months } months
    }</b> ({ $review_count }):
    { $review }

    Update the entries in knowledge/, give them a new reviewed date (and valid_until where it applies), then send /reload. Details: /gaps or helpdesk-bot kb stale.
gaps-stale-title = <b>Entries to review</b> ({ $count }):
gaps-stale-expired = • { $id }: may be out of date since { $date }
gaps-stale-review = • { $id }: last reviewed { $date }
