# The network of creatives: profiles, search, contact requests, the web catalogue.

## Sectors (one controlled vocabulary)
sector-ceramics = Ceramics
sector-jewellery = Jewellery
sector-textiles = Textiles
sector-wood = Woodwork
sector-glass = Glass
sector-leather = Leatherwork
sector-metal = Metalwork
sector-graphic-design = Graphic design
sector-product-design = Product design
sector-fashion = Fashion
sector-interior-design = Interior design
sector-visual-arts = Visual arts
sector-photography = Photography
sector-film-video = Film, video and animation
sector-music = Music
sector-performing-arts = Performing arts
sector-writing-publishing = Writing and publishing
sector-games-software = Games and software
sector-architecture = Architecture
sector-advertising = Advertising and marketing
sector-heritage = Heritage and restoration

## Needs
need-funding = Funding
need-premises = Workshop or studio space
need-legal = Legal advice
need-taxes = Taxes and accounting
need-marketing = Marketing and sales
need-export = Selling abroad
need-partners = Business partners
need-training = Training
need-equipment = Equipment
need-ip-protection = Protecting my designs
need-digital = Online shop and digital tools

## Visibility and status
visibility-public = Public: on the web and in the bot
visibility-network = Network: only inside the bot
visibility-hidden = Hidden: nobody sees it
status-draft = Draft
status-pending = Waiting for approval
status-approved = Approved
status-paused = Paused

## Problems with input
catalogue-error-name-invalid = The name must be between 1 and 80 characters.
catalogue-error-sector-missing = Choose at least one sector.
catalogue-error-too-many-sectors = Choose at most three sectors.
catalogue-error-sector-unknown = This sector is not in the list.
catalogue-error-country-unknown = Choose one of the countries in the list.
catalogue-error-language-missing = Choose at least one language you work in.
catalogue-error-language-unknown = This language is not in the list.
catalogue-error-offer-too-long = The description of your offer can have at most 600 characters.
catalogue-error-skill-too-long = A skill can have at most 40 characters.
catalogue-error-too-many-skills = You can list at most ten skills.
catalogue-error-place-too-long = The place can have at most 80 characters.
catalogue-error-needs-too-long = The description of your needs can have at most 600 characters.
catalogue-error-link-not-https = Only secure web addresses starting with https:// are accepted.
catalogue-error-too-many-links = You can add at most five links.
catalogue-error-too-many-photos = You can add at most three photos.
catalogue-error-photo-not-image = Please send a JPEG, PNG or WebP image.
catalogue-error-photo-too-large = This photo is too large; send one of at most 5 MB.
catalogue-error-slug-taken = This web address is already used by another profile; choose another one.
catalogue-error-slug-invalid = The web address may contain only lower-case letters, digits and hyphens.
catalogue-error-visibility-unknown = Choose who may see your profile.
catalogue-error-need-unknown = This need is not in the list.
catalogue-error-status-unknown = Unknown profile status.
catalogue-error-forbidden = Only the owner of this profile or staff can do that.
catalogue-error-not-found = There is no such profile.
catalogue-error-not-pending = This profile is no longer waiting for approval.
catalogue-error-already-paused = Your profile is already paused.
catalogue-error-not-paused = Your profile is not paused.

## Web catalogue
web-title = Network of creatives
web-intro = Craftspeople, designers and artists from Poland, Czechia, Slovenia, Germany, Lithuania and Sweden.
web-search-label = Search by words
web-search-hint = For example: ceramics Gdańsk
web-search-button = Search
web-filters = Filters
web-filter-sector = Sector
web-filter-country = Country
web-filter-language = Language
web-filter-any = Any
web-filter-open = Only people open for commissions
web-results = { $count ->
    [one] One profile found
   *[other] { $count } profiles found
}
web-no-results = No profile matches your search. Try fewer or other words, or remove a filter.
web-page = Page { $page } of { $pages }
web-previous = Previous page
web-next = Next page
web-pages = Result pages
web-open-for-commissions = Open for commissions
web-offer = What I offer
web-skills = Skills
web-sectors = Sectors
web-languages = Languages
web-place = Based in
web-links = Portfolio
web-photos = Photos
web-photo-alt = Photo { $number } from the portfolio
web-contact = Contact via Telegram
web-contact-hint = The bot passes on your message; the owner decides whether to share their contact.
web-back = Back to the catalogue
web-not-found = This profile is not in the public catalogue.
web-language-switcher = Language of this page
web-run-by = Run by { $centre }

## Chat: commands
cmd-profile = Your profile in the network of creatives
cmd-find = Find creatives: /find ceramics Gdańsk
cmd-moderate = Approve profiles for the catalogue

## Chat: profile
catalogue-field-status = Status
catalogue-field-visibility = Who sees it
catalogue-field-needs = Support you need
catalogue-intro = Let's create your profile in the network of creatives. It takes a few minutes; you can stop any time with /cancel.
catalogue-edit-intro = Let's go through your profile. Tap “Keep” to leave a step as it is.
catalogue-ask-name = What name or brand should people see?
catalogue-ask-sectors = Choose your sectors (up to three), then tap “Done”.
catalogue-ask-country = In which country do you work?
catalogue-ask-city = In which town or region? (You can skip this.)
catalogue-ask-languages = In which languages can people write to you? Choose them, then tap “Done”.
catalogue-ask-offer = Describe in a few sentences what you offer (up to 600 characters).
catalogue-ask-skills = List your skills, separated by commas (for example: wheel throwing, glazing).
catalogue-ask-links = Send links to your portfolio or shop (https:// addresses, up to five, separated by spaces).
catalogue-ask-photos = { $count ->
    [0] Send up to three photos of your work, then tap “Done”.
    [one] One photo added. Send more (up to three in total) or tap “Done”.
   *[other] { $count } photos added. Send more (up to three in total) or tap “Done”.
}
catalogue-ask-open = Are you open for commissions and cooperation?
catalogue-ask-visibility = Who may see your profile? Public profiles also appear on the web catalogue once the team approves them.
catalogue-ask-needs = What support would help you most? Choose any, then tap “Done”. Only the centre's team sees this.
catalogue-ask-needs_text = Anything else you need? Write it in your own words. (You can skip this.)
catalogue-ask-confirm = Here is your profile. Save it?
catalogue-btn-yes = Yes
catalogue-btn-no = No
catalogue-btn-done = Done
catalogue-btn-save = Save
catalogue-btn-keep = Keep
catalogue-btn-skip = Skip
catalogue-btn-edit = Edit
catalogue-btn-pause = Pause
catalogue-btn-resume = Resume
catalogue-btn-delete = Delete
catalogue-btn-delete-yes = Yes, delete my profile
catalogue-use-buttons = Please use the buttons above to answer this step.
catalogue-saved-pending = Your profile is saved. The centre's team will check it; you will get a message once it is visible to others.
catalogue-saved-hidden = Your profile is saved as hidden: nobody else sees it. Change who may see it with /profile.
catalogue-paused = Your profile is paused: nobody can find or contact you. Status: { $status }.
catalogue-resumed = Your profile is active again. Status: { $status }.
catalogue-delete-confirm = Delete your profile? It disappears from the bot and the web at once.
catalogue-deleted = Your profile is deleted.

## Chat: moderation
catalogue-moderate-empty = No profile is waiting for approval.
catalogue-moderate-head = A profile waiting for approval:
catalogue-btn-approve = Approve
catalogue-btn-reject = Send back
catalogue-approved = Your profile “{ $name }” is approved and visible in the network.
catalogue-sent-back = Your profile “{ $name }” was not approved yet. Please check it with /profile and save it again.

## Chat: search and contact
catalogue-find-head = { $count ->
    [0] Nothing found for “{ $query }”.
    [one] One profile found for “{ $query }”:
   *[other] { $count } profiles found for “{ $query }”:
}
catalogue-find-filters = Filters: { $filters }
catalogue-find-none = Try fewer or other words, or change the filters.
catalogue-btn-contact = Contact { $number }
catalogue-btn-contact-one = Contact
catalogue-btn-clear = Clear filters
catalogue-contact-ask = Write your message to { $name }. The bot passes it on; if they accept, you both see each other's Telegram handle.
catalogue-contact-incoming =
    { $name } would like to get in touch through the network of creatives:

    { $message }

    If you accept, you both see each other's Telegram handle. If you decline, nothing is shared.
catalogue-btn-accept = Accept
catalogue-btn-decline = Decline
catalogue-contact-sent = Your message to { $name } is on its way. You will hear from the bot when they answer.
catalogue-contact-accepted = { $name } accepted your request. You can write to them directly: { $handle }
catalogue-contact-declined = { $name } cannot take up your request this time.
catalogue-contact-you-accepted = Accepted. You can write to them directly: { $handle }
catalogue-contact-you-declined = Declined. Nothing was shared.
catalogue-error-contact-unavailable = This profile cannot be contacted at the moment.
catalogue-error-contact-self = This is your own profile.
catalogue-error-contact-rate-limited = You have sent the most contact requests allowed for one day. Please try again tomorrow.
catalogue-error-contact-pending = You already wrote to this person; please wait for their answer.
catalogue-error-contact-message-invalid = Please write a message of up to 1000 characters.
catalogue-error-contact-not-found = There is no such contact request.
catalogue-error-contact-answered = This request has already been answered.

## Cooperation calls
cmd-call = Post a cooperation call to creatives
cmd-calls = Cooperation calls: approve and follow
role-partner = partner
not-allowed-partner = Sorry, only partner organisations and the centre's staff can post cooperation calls.
call-intro = A cooperation call reaches the creatives who match it, once the centre's team approves it.
call-ask-need = What do you need? Describe the work or cooperation (up to 1000 characters).
call-ask-sectors = Which sectors? Choose up to three, then tap “Done”.
call-ask-countries = From which countries? Choose any, or tap “Done” without choosing for all.
call-ask-languages = In which languages can the work be done? Choose any, or tap “Done” without choosing for all.
call-ask-deadline = Until when can creatives answer? Write a date, for example 2027-03-31 or 31.03.2027.
call-ask-budget = What is the budget in euros? Write a range such as 1000-5000, or skip.
call-ask-cross_border = Is the call open to creatives from other countries as well?
call-ask-organisation = On behalf of which company or institution? (You can skip this.)
call-ask-confirm = Here is your call. Send it for approval?
call-btn-submit = Send for approval
call-summary =
    { $need }

    Sectors: { $sectors }
    Countries: { $countries }
    Languages: { $languages }
    Answers until: { $deadline }
    Budget: { $budget }
    Open across borders: { $cross_border }
    Organisation: { $organisation }
call-posted = Your call is sent. The centre's team will check it; you will hear how many creatives it reached.
call-overview = Cooperation calls (newest first):
call-none = No cooperation call has been posted yet.
call-line = #{ $id } { $status }: { $need } ({ $organisation }) — until { $deadline }; notified { $notified }, interested { $responses }, agreed { $agreed }
call-status-pending = waiting for approval
call-status-approved = approved
call-status-rejected = rejected
call-status-closed = closed
call-btn-approve = Approve #{ $id }
call-btn-reject = Reject #{ $id }
call-reviewed = Call #{ $id } approved; { $count ->
    [0] no profile matches it, and the poster has been told.
    [one] one creative has been notified.
   *[other] { $count } creatives have been notified.
}
call-rejected = Call #{ $id } rejected; the poster has been told.
call-notice =
    A cooperation call that matches your profile:

    { $need }

    Organisation: { $organisation }
    Budget: { $budget }
    Answers until: { $deadline }

    If you tap “I'm interested”, your profile and your Telegram handle are passed on to the organisation.
call-btn-interested = I'm interested
call-approved-poster = Your call “{ $need }” is approved and reached { $count ->
    [one] one creative
   *[other] { $count } creatives
}. You will hear from the bot when someone is interested.
call-no-match = Your call “{ $need }” is approved, but no profile in the network matches it yet. You could widen the sectors, countries or languages and post it again.
call-rejected-poster = Your call “{ $need }” was not approved. The centre's team will gladly help you with it.
call-interest =
    Someone is interested in your call “{ $need }”:

    { $name } ({ $place })
    { $offer }

    Write to them directly: { $handle }
call-btn-agreed = We agreed on cooperation
call-interest-sent = Thank you! Your profile was passed on to the organisation; they can write to you directly.
call-agreed-noted = Noted: you agreed on cooperation. Thank you!
catalogue-error-call-need-invalid = Please describe what you need in up to 1000 characters.
catalogue-error-call-sectors-invalid = Choose one to three sectors from the list.
catalogue-error-call-filters-invalid = Choose countries and languages from the lists.
catalogue-error-call-deadline-invalid = This is not a date. Write it as 2027-03-31 or 31.03.2027.
catalogue-error-call-deadline-past = The date must be in the future.
catalogue-error-call-budget-invalid = Write the budget as a number or a range such as 1000-5000.
catalogue-error-call-organisation-invalid = The name of the organisation can have at most 120 characters.
catalogue-error-call-not-found = This call is no longer available.
catalogue-error-call-not-pending = This call has already been reviewed.
catalogue-error-call-closed = This call is closed: its deadline has passed.
catalogue-error-call-no-profile = To answer a call you need an approved profile in the network. Create one with /profile.
catalogue-error-call-already-interested = You have already told them you are interested.
catalogue-error-call-already-agreed = This agreement is already noted.

## Weekly digest
cmd-digest = Weekly digest: events, calls, new answers
digest-intro = Once a week the bot can send you what is new for you: events of the coming week, cooperation calls that match your profile, and new or updated answers. Nothing is sent in a week with no news.
digest-ask-weekday = On which day of the week?
digest-ask-hour = At what time on { $weekday }? Times are in { $zone }.
digest-subscribed = Done, you are subscribed to the weekly digest.
digest-current = You get the digest every { $weekday } at { $time } ({ $zone }).
digest-dst-note = On { $date } the clocks go forward and { $time } does not exist; that day the digest comes at { $shifted }.
digest-btn-change = Change day or time
digest-btn-unsubscribe = Unsubscribe
digest-unsubscribed = You are unsubscribed from the weekly digest. You can subscribe again any time with /digest.
digest-not-subscribed = You are not subscribed to the weekly digest.
digest-head = <b>Your weekly digest</b>
digest-events = <b>Events in the coming week</b>
digest-calls = <b>Cooperation calls that match your profile</b>
digest-kb = <b>New and updated answers</b>
digest-times-in = Times are in { $zone }.
digest-body = { $body }
catalogue-error-digest-invalid = Please choose a day and a time with the buttons.
