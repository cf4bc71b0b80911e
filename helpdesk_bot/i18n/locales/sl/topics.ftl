# Topics: the one vocabulary of the knowledge base's categories, consultation topics, event topics,
# subscriptions and reports (helpdesk_bot/topics.py)

topic-starting = Začetek poslovanja
topic-taxes = Davki in DDV
topic-social-insurance = Socialno zavarovanje
topic-intellectual-property = Intelektualna lastnina
topic-funding = Financiranje in subvencije
topic-sales-marketing = Prodaja in trženje
topic-legal = Pogodbe in pravna vprašanja
topic-cooperation = Sodelovanje in mreže
topic-help-desk = O svetovalni točki
