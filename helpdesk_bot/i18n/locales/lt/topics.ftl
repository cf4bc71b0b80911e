# Topics: the one vocabulary of the knowledge base's categories, consultation topics, event topics,
# subscriptions and reports (helpdesk_bot/topics.py)

topic-starting = Verslo pradžia
topic-taxes = Mokesčiai ir PVM
topic-social-insurance = Socialinis draudimas
topic-intellectual-property = Intelektinė nuosavybė
topic-funding = Finansavimas ir parama
topic-sales-marketing = Pardavimai ir rinkodara
topic-legal = Sutartys ir teisės klausimai
topic-cooperation = Bendradarbiavimas ir tinklai
topic-help-desk = Apie konsultavimo centrą
