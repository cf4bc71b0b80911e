## Makerspace: machines and workbenches, inductions, the workshop schedule. English is the reference.

cmd-makerspace = Makerspace: book a machine
cmd-workshop = Workshop schedule, check-in, maintenance
cmd-induct = Record a safety induction

unit-hours = hours

ms-length-min = { $minutes } min
ms-length-h = { $hours } h
ms-length-hmin = { $hours } h { $minutes } min

ms-none = The makerspace has no machines to book yet.
ms-title = 🛠 <b>Makerspace</b>: free machine time today and in the next 7 days (times in { $zone }). Choose a machine to book it.
ms-overview-line = • <b>{ $resource }</b> ({ $units }): { $today } h free today, { $week } h this week
ms-overview-line-closed = • <b>{ $resource }</b> ({ $units }): closed for the rest of today, { $week } h free this week
ms-overview-induction = 　🔒 needs: { $induction }
ms-resource-head = 🛠 <b>{ $resource }</b> ({ $units })
ms-price = 💶 { $price }
ms-lengths = You can book from { $min } to { $max } at a time.
ms-no-free-days = There is no free time in the coming days, sorry.
ms-choose-day = Choose a day (times in { $zone }):
ms-btn-back = ↩ All machines
ms-day-full = That day is fully booked now. Please choose another day.
ms-btn-other-day = 📅 Another day
ms-choose-start = <b>{ $resource }</b>, { $day }: choose a start time ({ $zone }), or type one, e.g. 14:30.
ms-start-unavailable = { $resource } is not free at that time. Please choose one of the times shown.
ms-choose-length = <b>{ $resource }</b> from { $when }. For how long? (at most { $max }; you can also type a length such as 90 or 1:30)
ms-length-unavailable = The machine is not free for that long from this start. Please choose one of the lengths shown.
ms-summary =
    Please check your booking:
    🛠 <b>{ $resource }</b>
    📅 { $when } to { $until } ({ $length })
ms-btn-confirm = ✅ Book it
ms-booked = ✅ Booked: <b>{ $resource }</b> no. { $unit }, { $when } to { $until }. The calendar file follows.
ms-moved = ✅ Moved: <b>{ $resource }</b> no. { $unit }, now { $when } to { $until }.
ms-alternatives = The next free times:
ms-type-start = Please type a start time like 14:30, or choose one of the buttons.
ms-type-length = Please type a length in minutes (a multiple of { $slot }), e.g. 90 or 1:30, or choose a button.
ms-use-buttons = Please use the buttons above, or /cancel.

ms-induction-required = 🔒 To use the { $resource } you need the <b>{ $induction }</b> first.
ms-induction-expired = 🔒 Your <b>{ $induction }</b> has expired. Please renew it to use the { $resource } again.
ms-induction-next = The next session is on { $when }: register below.
ms-induction-ask = To arrange one, ask: { $contact }
ms-induction-ask-staff = To arrange one, ask the makerspace staff.

ms-my-title = { $count ->
        [one] 🛠 Your upcoming machine booking:
       *[other] 🛠 Your { $count } upcoming machine bookings:
    }
ms-booking = 🛠 <b>{ $resource }</b> no. { $unit }
    📅 { $when } to { $until }
ms-btn-reschedule = 🔁 Reschedule
ms-btn-cancel = ✖ Cancel booking
ms-cancel-ask = Cancel your booking of the <b>{ $resource }</b> on { $when }?
ms-btn-cancel-yes = Yes, cancel it
ms-cancelled = Your booking of the { $resource } on { $when } is cancelled; the machine is free for others again.
ms-btn-rebook_unit = 🔁 Same time, another machine
ms-btn-rebook_time = 📅 Choose another time

ms-n-confirmed = ✅ Your booking: <b>{ $resource }</b> no. { $unit }, { $when } to { $until }. Please come on time; the calendar file is attached.
ms-n-moved = 🔁 Your booking has moved: <b>{ $resource }</b> no. { $unit }, { $when } to { $until }.
ms-n-reminder = ⏰ Reminder: <b>{ $resource }</b> no. { $unit } is yours from { $when } to { $until }.
ms-n-closed = 🔧 Sorry: the <b>{ $resource }</b> no. { $unit } is closed for maintenance, so your booking on { $when } is cancelled. Take the same time on another machine, or choose another time:
ms-n-cancelled = Your booking of the { $resource } on { $when } is cancelled.
ms-ics-summary = Makerspace: { $resource } no. { $unit }
ms-ics-description = Booking no. { $id } in the makerspace ({ $minutes } min).

ms-error-unknown_resource = There is no machine called “{ $code }”. See /makerspace for the list.
ms-error-unknown_induction = There is no induction called “{ $code }”.
ms-error-unknown_person = This person has not started the bot yet; they need to send /start first.
ms-error-not_found = This booking was not found.
ms-error-outside_hours = The { $resource } is not open for that whole time. Please choose a start and length within the opening hours.
ms-error-too_long = That is too long: the { $resource } can be booked for at most { $max } at a time.
ms-error-too_short = That is too short: the { $resource } is booked for at least { $min }.
ms-error-dst = The clocks change that night, so that time does not exist or happens twice. Please choose another time.
ms-error-too_soon = That time has already begun. Please choose a later one.
ms-error-too_far = That is too far ahead. Please choose one of the days offered.
ms-error-full = Sorry, someone was faster: the { $resource } is fully booked then.
ms-error-induction_required = You need the safety induction for this machine first.
ms-error-induction_expired = Your safety induction for this machine has expired.
ms-error-invalid_state = This booking can no longer be changed.
ms-error-too_many = You already have { $limit } upcoming machine bookings, the most one person may hold.
ms-error-slot_changed = The schedule changed at the same moment. Please try again.
ms-error-bad_file = The makerspace file has a problem.

ms-ws-today = 🛠 <b>Workshop today</b>, { $day } (times in { $zone })
ms-ws-week = 🛠 <b>Workshop this week</b> from { $day } (times in { $zone })
ms-ws-resource = <b>{ $resource }</b> ({ $units })
ms-ws-empty = 　no bookings
ms-ws-line = 　{ $icon } { $when }–{ $until } · no. { $unit } · { $person } (#{ $id })
ms-ws-btn-in = ✅ Came: { $who }
ms-ws-btn-noshow = 🚫 Did not come
ms-ws-btn-today = 📅 Today
ms-ws-btn-week = 📅 This week
ms-ws-btn-close = 🔧 Close: { $resource }
ms-ws-marked-in = Checked in: { $person }
ms-ws-marked-noshow = Recorded as not coming: { $person }
ms-ws-hours = { $hours } h
ms-ws-days = { $days ->
        [one] 1 day
       *[other] { $days } days
    }
ms-ws-all-units = all
ms-ws-unit = no. { $unit }
ms-ws-close-ask = 🔧 Close the <b>{ $resource }</b> for maintenance from now. Which machine, and for how long? Bookings in that time are cancelled and their makers are offered another machine or time.
ms-ws-closed = 🔧 { $resource } ({ $what }) is closed until { $until }. { $count ->
        [0] No bookings were affected.
        [one] One booking was cancelled; the maker is being told.
       *[other] { $count } bookings were cancelled; the makers are being told.
    }

ms-induct-usage = Record an induction: reply to the person's forwarded message with /induct KEY, or send /induct KEY TELEGRAM_ID. KEY is an induction or a machine that needs one: { $keys }
ms-induct-hidden = That person hides their account in forwards, so I cannot tell who it is. Please use /induct KEY TELEGRAM_ID.
ms-induct-done = ✅ { $name } completed the { $induction }; valid until { $until }.
ms-induct-you = ✅ Your { $induction } is recorded; it is valid until { $until }. You can now book those machines with /makerspace.
