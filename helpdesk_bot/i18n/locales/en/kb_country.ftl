# Knowledge-base answers that name their country, and chit-chat (issue 13)
kb-answer-country = This answer is for { $country }.
kb-chitchat-greeting = Hello! I am the help desk's assistant for creative businesses. Ask me in your own words about registering a business, taxes, insurance, funding or selling, or choose below.
kb-chitchat-thanks = You're welcome! If anything else comes up, just ask, or choose below.
kb-chitchat-bye = Goodbye, and good luck with your work! I am here whenever you need me.
