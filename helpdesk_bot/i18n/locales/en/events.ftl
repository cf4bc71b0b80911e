## Events: workshops, trade fairs, webinars, registrations, subscriptions, announcements, broadcasts.

cmd-myevents = My event registrations
cmd-unsubscribe = Stop all announcements

ev-kind-workshop = Workshop
ev-kind-trade_fair = Trade fair
ev-kind-webinar = Webinar
ev-kind-networking = Networking
ev-kind-other = Event

ev-card-kind = 🏷 { $kind }
ev-card-when-line = 🕒 { $when }
ev-card-venue-time-line = 📍 At the venue: { $when } ({ $zone })
ev-card-venue = 📍 { $venue }
ev-card-online = 💻 Online: { $url }
ev-card-organiser = 👤 Organiser: { $organiser }
ev-card-topics = 📚 Topics: { $topics }
ev-card-cancelled = ❌ <b>This event has been cancelled.</b>
ev-card-external = 📝 Registration on the organiser's website: { $url }
ev-card-closed = 📝 Registration is closed.
ev-card-open = 📝 Registration is open.
ev-card-seats = 📝 { $count ->
        [one] { $count } place left
       *[other] { $count } places left
    }
ev-card-full = 📝 Fully booked: you can join the waitlist ({ $count ->
        [one] { $count } person waiting
       *[other] { $count } people waiting
    }).
ev-card-deadline-line = ⏳ Register by { $deadline }
ev-description = { $description }
ev-other-language = (This event has no description in your language yet.)

ev-list-title = <b>Upcoming events</b> ({ $count })
ev-list-line = { $n }. <b>{ $title }</b> · { $kind } · { $when }
ev-list-empty = There are no upcoming events for you right now. Subscribe to hear about new ones as soon as they are announced.
ev-not-found = This event does not exist or is not available.

ev-button-register = ✅ Register
ev-button-details = ℹ Details
ev-button-cancel = ✖ Cancel my registration
ev-button-calendar = 📅 Add to calendar
ev-button-share = 🔗 Share
ev-button-share-telegram = Share in Telegram
ev-button-external = 📝 Register on the organiser's website
ev-button-mine = 🎟 My registrations
ev-button-back = ◀ Back
ev-button-attendees = 👥 Attendees
ev-button-edit = ✏ Edit
ev-button-cancel-event = ❌ Cancel the event
ev-button-cancel-event-yes = ❌ Yes, cancel it
ev-button-abort = ✖ Stop

ev-you-registered = ✅ You are registered.
ev-you-waitlisted = ⏳ You are on the waitlist (number { $position }).
ev-registered = ✅ You are registered! I will remind you one day before. Add the event to your calendar with the button below.
ev-waitlisted = ⏳ The event is fully booked, so you are on the waitlist (number { $position }). I will tell you as soon as a place frees up.
ev-register-already-registered = You are already registered for this event.
ev-register-already-waitlisted = You are already on the waitlist (number { $position }).
ev-register-closed = Sorry, registration for this event is closed.
ev-register-not-found = This event does not exist or is not available.
ev-register-not-in-bot = This event has no registration in the bot.
ev-register-cancelled-event = This event has been cancelled.
ev-unregistered = Your registration for “{ $title }” is cancelled. Thank you for letting us know: your place goes to the next person on the waitlist.
ev-not-registered = You are not registered for this event.
ev-already-started = The event has already started, so the registration can no longer be cancelled.
ev-ics-caption = 📅 { $title }: open the file to add the event to your calendar.
ev-share-text = Share this link: whoever opens it sees “{ $title }” in the bot.
    { $link }

ev-mine-title = <b>Your registrations</b>
ev-mine-empty = You are not registered for any upcoming event. See /events.
ev-status-registered = registered
ev-status-waitlisted = waitlist number { $position }

ev-announce-intro = 📣 <b>New event</b>
ev-notice-reminder = ⏰ Reminder: “{ $title }” is tomorrow, { $when }.
ev-notice-promoted = 🎉 A place has freed up: you are now registered for “{ $title }” ({ $when }).
ev-notice-changed = ✏ “{ $title }” has changed. Here are the new details:
ev-notice-cancelled = ❌ We are sorry: “{ $title }” ({ $when }) has been cancelled. Your registration has been withdrawn.

ev-attendees-title = <b>{ $title }</b>
    Registered: { $registered } · Waitlist: { $waitlisted }
ev-attendees-none = Nobody has registered yet.
ev-attendees-mark-later = You can mark attendance here once the event has started.
ev-attendees-mark-hint = Tap a person to mark whether they came.
ev-cancel-event-confirm = Cancel “{ $title }”? { $count ->
        [one] { $count } person registered or waiting will be told.
       *[other] { $count } people registered or waiting will be told.
    }
ev-event-cancelled-done = The event is cancelled. { $count ->
        [one] { $count } person will be told.
       *[other] { $count } people will be told.
    }
ev-edit-choose = What do you want to change in “{ $title }”?
ev-edit-field-time = 🕒 Date and time
ev-edit-field-place = 📍 Venue or online link
ev-edit-field-capacity = 👥 Capacity
ev-edit-field-title = 🏷 Title
ev-edit-ask-time = Send the new start and end, for example <code>2026-12-10 10:00 - 14:00</code> (time zone: { $timezone }).
ev-edit-ask-place = Send the new venue address or online link.
ev-edit-ask-capacity = Send the new number of places.
ev-edit-ask-title = Send the new title.
ev-edit-done = ✅ Saved. { $count ->
        [0] Nobody needs to be told.
        [one] { $count } person registered or waiting will be told about the change.
       *[other] { $count } people registered or waiting will be told about the change.
    }

evn-ask-kind = <b>New event</b>. What kind of event is it?
evn-ask-title = Send the title (in your language; people in other languages will see it too).
evn-ask-description = Send a short description, or skip.
evn-ask-start = When does it start? For example <code>tomorrow 9:00</code> or <code>{ $example }</code> (time zone: { $timezone }).
evn-ask-end = When does it end? A time such as <code>14:00</code>, or a date and time.
evn-ask-place = Send the venue address, or the online link (https://…).
evn-ask-topics = Which topics does it cover? Tap to choose, then Next.
evn-ask-countries = For people from which countries? Choose none for everyone, then Next.
evn-ask-registration = How do people register?
evn-reg-bot = ✅ In the bot (with capacity)
evn-reg-external = 🔗 On an external website
evn-reg-none = 🚪 No registration needed
evn-ask-capacity = How many places are there?
evn-ask-deadline = Until when can people register? For example <code>2026-12-08 18:00</code>, or skip to allow it until the start.
evn-ask-registration_url = Send the link to the registration page (https://…).
evn-ask-publish_at = When should the event be published and announced? For example <code>tomorrow 9:00</code> or <code>{ $example }</code> (time zone: { $timezone }).
evn-button-next = Next ▶
evn-button-skip = Skip
evn-button-publish = 📣 Publish now
evn-button-schedule = 🕒 Schedule
evn-preview = <b>Preview</b>: this is how people will see the event.
evn-published = ✅ Published. { $count ->
        [0] No subscriber matches this event yet.
        [one] The announcement is going out to { $count } subscriber.
       *[other] The announcement is going out to { $count } subscribers.
    }
    Link to share: { $link }
evn-scheduled = 🕒 Scheduled for { $when }. { $count ->
        [0] No subscriber matches this event yet.
        [one] The announcement will go to { $count } subscriber.
       *[other] The announcement will go to { $count } subscribers.
    }
    Link to share: { $link }
evn-invalid = The event cannot be saved:
    { $problems }
evn-aborted = Stopped. Nothing was saved.
evn-bad-time = I could not read that date and time, or it is in the past. Please write it like <code>2026-12-10 10:00</code> (time zone: { $timezone }).
evn-bad-number = Please send a whole number greater than zero.
evn-bad-url = Please send a link starting with https://

sub-text = <b>Announcements</b>
    Choose the kinds of events and the topics you want to hear about. Nothing is sent until you choose something, and every announcement has a button to stop them.
sub-countries = Flags: countries besides yours whose events and announcements you also want to receive.
sub-menu-button = 🔔 Subscriptions
sub-all-kinds = ✅ All kinds of events
sub-stop-button = 🔕 Stop all
sub-unsubscribe-button = 🔕 Unsubscribe
sub-saved = Saved.
sub-stopped = 🔕 You will not receive any more announcements. You can subscribe again at any time with /subscribe.

announcement-text = 📣 { $text }
ann-ask-content = <b>New announcement</b>. Send the text. You can also send a photo or a document with the text as its caption.
ann-caption-too-long = With a photo or document the text can be at most { $limit } characters long. Please shorten it, or send the text alone.
ann-audience = Who should receive it? With nothing chosen it goes to all subscribers; choose kinds or topics to narrow it down, and countries or languages to limit it.
    Recipients now: <b>{ $count }</b>
ann-button-preview = 👁 Preview
ann-button-send = 📣 Send now
ann-button-later = 🕒 Send later
ann-preview = This is the announcement. { $count ->
        [one] It will go to { $count } person.
       *[other] It will go to { $count } people.
    }
ann-ask-time = When should it be sent? Write it as you would say it, for example <code>tomorrow 9:00</code>, <code>friday 2pm</code>, <code>in 2 hours</code> or <code>{ $example }</code>. Times are in your time zone: { $timezone }.
ann-sending = 📣 Sending to { $count ->
        [one] { $count } person
       *[other] { $count } people
    }. You will get a delivery report when it is done; /broadcasts shows the progress.
ann-scheduled = 🕒 Scheduled for { $when }, to { $count ->
        [one] { $count } person
       *[other] { $count } people
    } (subscribers at the time of scheduling).

bc-title = <b>Broadcasts</b>
bc-none-running = No broadcast is running.
bc-running-line = ▶ { $title }: { $done }/{ $total } ({ $percent } %) · sent { $sent } · failed { $failed } · blocked { $blocked } · since { $when }
bc-recent-title = Finished recently:
bc-finished-line = ✔ { $title }: { $total } · sent { $sent } · failed { $failed } · blocked { $blocked }
broadcast-report = 📊 <b>Delivery report</b>: { $title }
    Recipients: { $total }
    Sent: { $sent }
    Failed: { $failed }
    Blocked the bot: { $blocked }
    No longer relevant: { $cancelled }
    Duration: { $duration }
ann-preview-none = ⚠️ Nobody would receive it now: no subscriber matches these choices. Announcements go to people who subscribed with /subscribe. Change the recipients, or wait for subscribers.
ann-button-recipients = ✏️ Change recipients
ann-audience-legend = Flags are the countries where recipients run their business; 🗣 is the language they read.
ann-time-past = That moment has already passed. Please give a time in the future, for example <code>{ $example }</code> (time zone: { $timezone }).
ann-time-ambiguous = Please add the time of day, for example <code>tomorrow 9:00</code> or <code>{ $example }</code> (time zone: { $timezone }).
ann-time-unreadable = I could not read that moment. Please write it like <code>tomorrow 9:00</code>, <code>in 2 hours</code> or <code>{ $example }</code> (time zone: { $timezone }).
ann-confirm-time = 🕒 It will be sent on { $when } to { $count ->
        [one] { $count } person
       *[other] { $count } people
    } (subscribers matching now). Schedule it?
ann-button-confirm-time = ✅ Schedule
ann-button-change-time = ✏️ Change the time
ann-button-texts = 🌐 Texts in other languages
ann-ask-text-language = Which language would you like to add a text in? Each recipient gets the text in their language; those whose language has none get the main text.
ann-ask-text-in = Send the text in this language: { $language }.
ann-texts-given = Own texts: { $languages }. Everyone else gets the main text.
