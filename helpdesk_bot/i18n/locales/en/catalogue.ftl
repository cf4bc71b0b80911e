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
