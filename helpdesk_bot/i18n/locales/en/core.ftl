## Core: onboarding, menu, settings, roles, errors. English is the reference catalog.

start-hello = 👋 Hello! I am the help desk for creative entrepreneurs: craftspeople, designers, illustrators, musicians and small studios.
    Please choose your language:
start-welcome-back = 👋 Welcome back, { $name }!

privacy-notice =
    <b>Privacy notice</b> (version { $version })

    To help you, we store: your Telegram id, your name and language, the country and time zone you choose, the questions you ask, your bookings, registrations and feedback.
    • We use them only to answer you, to arrange consultations and events, and for anonymous statistics that the centre reports to its funders.
    • Advisors see your name and question, never your Telegram handle unless you allow it.
    • Question texts and comments are deleted after { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
    • /mydata sends you everything we store about you; /forget erases it.

    Do you agree?
privacy-accept = ✅ I agree
privacy-decline = ✖ No, thanks
privacy-accepted = Thank you! Your consent was recorded.
privacy-declined = No problem. Only your Telegram id and the language you chose are stored. You can read the notice again and agree at any time with /start.
privacy-required = Before I can help, please read and accept the privacy notice.
privacy-new-version = Our privacy notice has changed. Please read it and agree again to go on using the help desk.
privacy-status = You agreed to the privacy notice version { $version } on { $date }.

choose-language = Please choose your language:
language-set = From now on I will write to you in English.
choose-country = Where is your business based? This helps me give you the rules of your country.
country-set = Country set to { $country }. Time zone: { $timezone }.

country-PL = Poland
country-CZ = Czechia
country-SI = Slovenia
country-DE = Germany
country-LT = Lithuania
country-SE = Sweden
country-OTHER = Another country

menu-text = What can I do for you? Type your question in your own words at any time, or choose:
menu-ask = ❓ Ask a question
menu-book = 📅 Book a consultation
menu-events = 🎟 Events
menu-settings = ⚙ Settings
menu-topics = 📚 Browse topics
coming-soon = This part of the help desk is coming soon.
ask-prompt = Type your question in your own words, in any of our languages. For example: “How do I register a business?”

help-text =
    <b>How I can help</b>
    • Ask a question in your own words: I answer from our knowledge base or pass it to an advisor.
help-advisor =
    <b>For advisors</b>
help-staff =
    <b>For staff</b>

settings-text =
    <b>Your settings</b>
    Language: { $language }
    Country: { $country }
    Time zone: { $timezone }
    Advisors may see your Telegram handle: { $share ->
        [yes] yes
       *[no] no
    }
settings-language = 🌐 Language
settings-country = 📍 Country
settings-timezone = 🕒 Time zone
settings-share-on = 👁 Show my handle to advisors
settings-share-off = 🙈 Hide my handle from advisors
settings-share-set = { $share ->
        [yes] Advisors may now see your Telegram handle.
       *[no] Advisors will not see your Telegram handle.
    }
country-not-set = not set
choose-timezone = Choose your time zone, or send /timezone followed by its name (for example /timezone Europe/Vilnius):
timezone-set = Time zone set to { $timezone }. Times are now shown like this: { $example }
time-zone-line = 🕒 Time zone: { $zone }
centre-name-default = Business-support centre
timezone-invalid = I don't know the time zone “{ $value }”. Please use a name like Europe/Berlin.

unsupported-content = Sorry, I can only read text messages. Please type your question.
unknown-command = I don't know that command. /help shows what I can do.
stale-button = This button is no longer valid. Please start again from the menu (/start).
invalid-link = This link is not valid any more. Here is the main menu instead.
error-apology = Sorry, something went wrong on my side. Please try again in a moment; if it happens again, an advisor will help you (/book).
text-too-long = Your message is very long; I read only its first { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }.

not-allowed-staff = Sorry, this is only for the help-desk staff.
not-allowed-advisor = Sorry, this is only for advisors of the help desk.

role-advisor = advisor
role-staff = staff
grant-usage = Usage: /grant advisor|staff USER_ID, or reply with /grant advisor|staff to a message forwarded from that person.
revoke-usage = Usage: /revoke advisor|staff USER_ID, or reply with /revoke advisor|staff to a message forwarded from that person.
grant-done = { $name } now has the { $role } role.
revoke-done = { $name } no longer has the { $role } role.
role-granted-you = You now have the { $role } role in the help desk. /help shows what you can do.
role-revoked-you = You no longer have the { $role } role in the help desk.
role-error-unknown_person = This person has not started the bot yet; ask them to send /start first.
role-error-already_has_role = This person already has that role.
role-error-does_not_have_role = This person does not have that role.
role-error-configured_staff = This staff member is set in the configuration (HELPDESK_STAFF_IDS) and cannot be revoked in the bot.
role-error-self_revoke = You cannot revoke your own staff role.
role-error-hidden_forward = This person's forwarding privacy hides their account. Please use their numeric user id.
roles-list-title = <b>People with roles</b>
roles-list-empty = Nobody has a role yet.
roles-list-line = • { $name } (id { $id }): { $roles }

cmd-start = Start and main menu
cmd-help = What I can do
cmd-ask = Ask a question
cmd-topics = Browse topics
cmd-book = Book a consultation
cmd-mybookings = My consultations
cmd-events = Workshops and fairs
cmd-subscribe = Announcements I receive
cmd-settings = Language, country, time zone
cmd-language = Change language
cmd-privacy = Privacy notice
cmd-timezone = Change time zone
cmd-mydata = Export my data
cmd-forget = Erase my data
cmd-inbox = Questions for advisors
cmd-agenda = My consultations as advisor
cmd-availability = My available hours
cmd-grant = Grant a role
cmd-revoke = Revoke a role
cmd-roles = People with roles
cmd-report = Indicator report
cmd-gaps = Knowledge gaps
cmd-reload = Reload the knowledge base
cmd-newevent = Create an event
cmd-announce = Send an announcement
cmd-broadcasts = Broadcasts in progress

onb-interests = <b>Announcements (optional)</b>
    Would you like to hear about workshops, trade fairs and other events? Choose the kinds of events and the topics that interest you, then press Subscribe. The flags add countries besides yours whose events you also want to hear about. You can change this at any time with /subscribe.
onb-interests-done = 🔔 Subscribe
onb-interests-skip = Skip
onb-interests-saved = 🔔 Subscribed to { $count ->
        [one] { $count } choice
       *[other] { $count } choices
    }. Every announcement has a button to stop them; /subscribe changes them.
onb-interests-skipped = No announcements for now. You can subscribe at any time with /subscribe.
