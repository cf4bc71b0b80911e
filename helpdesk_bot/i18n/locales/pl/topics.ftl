# Topics: the one vocabulary of the knowledge base's categories, consultation topics, event topics,
# subscriptions and reports (helpdesk_bot/topics.py)

topic-starting = Zakładanie firmy
topic-taxes = Podatki i VAT
topic-social-insurance = Ubezpieczenia społeczne
topic-intellectual-property = Własność intelektualna
topic-funding = Finansowanie i dotacje
topic-sales-marketing = Sprzedaż i marketing
topic-legal = Umowy i sprawy prawne
topic-cooperation = Współpraca i sieci
topic-help-desk = O punkcie pomocy
