# Topics: the one vocabulary of the knowledge base's categories, consultation topics, event topics,
# subscriptions and reports (helpdesk_bot/topics.py)

topic-starting = Gründung
topic-taxes = Steuern und Umsatzsteuer
topic-social-insurance = Sozialversicherung
topic-intellectual-property = Geistiges Eigentum
topic-funding = Finanzierung und Förderung
topic-sales-marketing = Vertrieb und Marketing
topic-legal = Verträge und Rechtliches
topic-cooperation = Kooperation und Netzwerke
topic-help-desk = Über die Anlaufstelle
