# Topics: the one vocabulary of the knowledge base's categories, consultation topics, event topics,
# subscriptions and reports (helpdesk_bot/topics.py)

topic-starting = Začátek podnikání
topic-taxes = Daně a DPH
topic-social-insurance = Sociální a zdravotní pojištění
topic-intellectual-property = Duševní vlastnictví
topic-funding = Financování a granty
topic-sales-marketing = Prodej a marketing
topic-legal = Smlouvy a právní otázky
topic-cooperation = Spolupráce a sítě
topic-help-desk = O poradenském místě
