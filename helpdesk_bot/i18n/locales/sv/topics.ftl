# Topics: the one vocabulary of the knowledge base's categories, consultation topics, event topics,
# subscriptions and reports (helpdesk_bot/topics.py)

topic-starting = Starta företag
topic-taxes = Skatter och moms
topic-social-insurance = Socialförsäkring
topic-intellectual-property = Immateriella rättigheter
topic-funding = Finansiering och bidrag
topic-sales-marketing = Försäljning och marknadsföring
topic-legal = Avtal och juridik
topic-cooperation = Samarbete och nätverk
topic-help-desk = Om rådgivningen
