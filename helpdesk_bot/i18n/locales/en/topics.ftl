# Topics: the one vocabulary of the knowledge base's categories, consultation topics, event topics,
# subscriptions and reports (helpdesk_bot/topics.py)

topic-starting = Starting a business
topic-taxes = Taxes and VAT
topic-social-insurance = Social insurance
topic-intellectual-property = Intellectual property
topic-funding = Funding and grants
topic-sales-marketing = Sales and marketing
topic-legal = Contracts and legal matters
topic-cooperation = Cooperation and networks
topic-help-desk = About the help desk
