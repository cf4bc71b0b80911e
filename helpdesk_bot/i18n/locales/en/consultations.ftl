## Consultations: booking, confirmation, reminders, feedback, advisors. English is the reference.

cmd-advisors = Advisors (show, hide, import)

consult-mode-online = 💻 Online
consult-mode-in_person = 🏢 In person
consult-mode-phone = 📞 Phone

consult-state-requested = waiting for the advisor
consult-state-confirmed = confirmed
consult-state-declined = declined
consult-state-expired = expired
consult-state-cancelled = cancelled
consult-state-held = took place
consult-state-no_show = no-show
consult-state-unknown = closed

consult-booking =
    📅 <b>{ $when }</b> ({ $state })
    Advisor: { $advisor } · { $topic }
    { $mode }: { $place }
    Your question: { $description }
consult-booking-advisor =
    📅 <b>{ $when }</b> #{ $id } ({ $state })
    With: { $person } · { $topic }
    { $mode }: { $place }
    Question: { $description }

consult-choose-topic = 📅 <b>Book a free consultation</b>
    What would you like to talk about?
consult-from-question = Your question: “{ $question }”
consult-btn-book-about-question = 📅 Book a consultation about this
consult-no-advisor = Sorry, no advisor takes bookings on { $topic } at the moment. Please choose another topic.
consult-btn-other-topic = ↩ Another topic
consult-choose-advisor = Advisors for <b>{ $topic }</b>. Choose one, or take the first available:
consult-no-advisor-in-language = (No advisor for this topic speaks your language; these speak the languages shown.)
consult-advisor-line = <b>{ $name }</b> ({ $languages })
    { $bio }
consult-btn-first-available = ⚡ First available advisor
consult-no-slots = Sorry, there are no free times in the coming weeks.
consult-btn-other-advisor = ↩ Another advisor
consult-choose-day = Choose a day. Times are shown in your time zone ({ $timezone }).
consult-btn-abort = ✖ Cancel
consult-choose-time = Free times on <b>{ $day }</b> ({ $timezone }):
consult-btn-other-day = 📅 Another day
consult-choose-mode = { $when }. How would you like to meet?
consult-ask-description = In one message, what would you like to discuss? A sentence or two helps the advisor prepare.
consult-btn-skip = Skip
consult-first-available-advisor = the first available advisor
consult-summary =
    <b>Please check your booking</b>
    Topic: { $topic }
    Advisor: { $advisor }
    When: { $when }
    Length: { $length }
    How: { $mode }
    Your question: { $description }
consult-summary-reschedule =
    <b>Move your consultation to:</b>
    Topic: { $topic }
    Advisor: { $advisor }
    When: { $when }
    Length: { $length }
    How: { $mode }
    Your question: { $description }
consult-btn-confirm = ✅ Confirm
consult-slot-taken = Someone booked that time a moment ago. These times are still free ({ $zone }):
consult-slot-gone = That time is no longer free. Please choose another one.
consult-too-many = You already have { $limit ->
        [one] { $limit } upcoming consultation
       *[other] { $limit } upcoming consultations
    }, the most one person can hold. See them with /mybookings.
consult-cannot-book = Sorry, that booking is not possible any more. Please start again with /book.
consult-booked-requested = 📨 Your request was sent to { $advisor } for { $when }. You will get a message as soon as it is confirmed.
consult-booked-confirmed = ✅ Booked: { $when } with { $advisor }. The confirmation with a calendar file is on its way.
consult-rescheduled-requested = 📨 { $advisor } was asked to confirm the new time: { $when }.
consult-rescheduled-confirmed = ✅ Moved to { $when } with { $advisor }. A new calendar file is on its way.
consult-too-late = The consultation is less than { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } away, so it can no longer be changed here. Please contact { $advisor } directly: { $contact }
consult-my-none = You have no upcoming consultations.
consult-btn-book = 📅 Book a consultation
consult-my-title = { $count ->
        [one] Your upcoming consultation:
       *[other] Your { $count } upcoming consultations:
    }
consult-btn-reschedule = 🔁 Reschedule
consult-btn-cancel = ✖ Cancel
consult-cancel-sure = Cancel your consultation with { $advisor } on { $when }?
consult-btn-cancel-yes = Yes, cancel it
consult-btn-keep = No, keep it
consult-no-longer = This consultation can no longer be changed that way.
consult-cancelled = Your consultation on { $when } is cancelled. The advisor has been told.
consult-draft-expired = That booking was interrupted. Please start again.
consult-aborted = Booking cancelled. Nothing was booked.
consult-not-found = This button is not for you, or the booking no longer exists.

consult-feedback-thanks = Thank you for your rating ({ $rating }/5)! Would you like to add a comment?
consult-btn-comment = 💬 Add a comment
consult-ask-comment = Please write your comment in one message.
consult-comment-thanks = Thank you, your comment was saved.

consult-reason = Reason: { $reason }
consult-person-zone = 🌍 { $person }: another time zone ({ $zone }), where it will be { $time }.
consult-alternatives = Other free times with the same advisor:
consult-btn-other-times = 📅 Other times

consult-ics-summary = Consultation with { $name }
consult-ics-description = { $topic } · { $mode }: { $place }
    { $description }

consult-n-request =
    📨 <b>New consultation request</b>
    When: { $when }
    From: { $person }
    Topic: { $topic } · { $mode }
    Question: { $description }
consult-n-request-moved =
    🔁 <b>A booking was moved and needs your confirmation</b>
    New time: { $when }
    From: { $person }
    Topic: { $topic } · { $mode }
    Question: { $description }
consult-btn-accept = ✅ Accept
consult-btn-decline = ✖ Decline
consult-n-confirmed =
    ✅ <b>Your consultation is confirmed</b>
    { $when } with { $advisor }
    { $mode }: { $place }
    The attached file adds it to your calendar. /mybookings to change it.
consult-n-confirmed-advisor =
    ✅ <b>Consultation confirmed</b>
    { $when } with { $person }
    { $topic } · { $mode }: { $place }
consult-n-declined = ✖ { $advisor } cannot take your consultation on { $when }.
consult-n-expired = ⌛ { $advisor } did not confirm your consultation on { $when } in time, so the request has lapsed.
consult-n-cancelled-by-advisor = ✖ { $advisor } had to cancel your consultation on { $when }. We are sorry.
consult-n-cancelled-by-person = ✖ { $person } cancelled the consultation on { $when }.
consult-n-cancelled-erased = ✖ The consultation on { $when } was cancelled: the person asked for their data to be erased.
consult-n-reminder = ⏰ Reminder: consultation { $hours ->
        [one] in { $hours } hour
       *[other] in { $hours } hours
    }, { $when }
    With: { $advisor } / { $person }
    { $mode }: { $place }
consult-n-attendance = Did the consultation with { $person } on { $when } take place?
consult-btn-held = ✅ It took place
consult-btn-noshow = 🚫 No-show
consult-n-feedback = How helpful was your consultation with { $advisor } on { $when }? 1 = not at all, 5 = very.
consult-btn-star1 = 1
consult-btn-star2 = 2
consult-btn-star3 = 3
consult-btn-star4 = 4
consult-btn-star5 = 5

consult-accepted = ✅ Accepted: { $person }, { $when }. Both of you get a calendar file.
consult-request-closed = This request is already { $state }.
consult-ask-decline-reason = Why are you declining? Type a short reason for the entrepreneur, or decline without one.
consult-btn-decline-no-reason = Decline without a reason
consult-declined = Declined: { $person }, { $when }. They were offered other times.
consult-ask-cancel-reason = Cancel the consultation with { $person } on { $when }? Type a short reason for them, or cancel without one.
consult-btn-cancel-no-reason = Cancel without a reason
consult-advisor-cancelled = Cancelled: { $person }, { $when }. They were told and offered other times.
consult-too-early = You can record this once the consultation has begun.
consult-attendance-recorded = Recorded for { $person }, { $when }: { $state }. You may add a short outcome note (only advisors and staff see it).
consult-btn-note = 📝 Outcome note
consult-ask-note = Write the outcome note in one message (only advisors and staff see it).
consult-note-saved = Note saved.
consult-note-line = 📝 { $note }

consult-agenda-today = <b>Today, { $date }</b> ({ $timezone })
consult-agenda-week = <b>Next 7 days</b>
consult-agenda-empty = No consultations.

consult-weekday-mon = Mon
consult-weekday-tue = Tue
consult-weekday-wed = Wed
consult-weekday-thu = Thu
consult-weekday-fri = Fri
consult-weekday-sat = Sat
consult-weekday-sun = Sun
consult-availability-title = <b>Your hours</b> ({ $timezone }; { $slot } min consultations, { $buffer } min between)
consult-availability-no-hours = No weekly hours yet: nobody can book you.
consult-availability-exceptions = <b>Exceptions</b>
consult-exception-off = off
consult-exception-extra = extra hours
consult-whole-day = whole day
consult-availability-help =
    Add weekly hours: <code>/availability add mon 09:00-12:00</code>
    A day off: <code>/availability off 2026-12-24</code> (or part of it: add <code>13:00-17:00</code>)
    Extra hours: <code>/availability extra 2026-12-27 10:00-12:00</code>
    Press ✖ to remove hours or an exception.
consult-availability-usage = I did not understand that. For example: <code>/availability add mon 09:00-12:00</code>, <code>/availability off 2026-12-24</code> or <code>/availability extra 2026-12-27 10:00-12:00</code>.
consult-availability-saved = Saved.
consult-availability-removed = Removed.

consult-advisors-title = <b>Advisors</b>
consult-advisors-line = <b>{ $name }</b> (id { $id }, { $state }), { $languages }
    { $expertise }
consult-advisor-active = bookable
consult-advisor-inactive = hidden
consult-btn-hide = Hide
consult-btn-show = Show
consult-advisors-empty = No advisors yet.
consult-advisors-import-help = Add or update advisors with their profiles and hours from a YAML file: <code>helpdesk-bot advisors import advisors.yaml</code> (see advisors.sample.yaml).

## The booking flow: Back, and the number for a phone consultation
consult-btn-back = ◀ Back
consult-btn-keep-as-is = ✅ Keep as it is
consult-ask-phone = 📞 Which number can the advisor call you on? Type it with the country code, for example +48 600 100 200. Only your advisor will see it.
consult-mode-with-number = { $mode } (your number: { $phone })
consult-your-number = Your number: { $phone }
consult-phone-invalid = That does not look like a phone number. Please type 7 to 15 digits (you may use +, spaces, dashes and brackets), for example +48 600 100 200.
consult-phone-for-advisor = 📞 Number to call: { $phone }
