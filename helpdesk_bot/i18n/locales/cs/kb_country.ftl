# Knowledge-base answers that name their country, and chit-chat (issue 13)
kb-answer-country = Tato odpověď platí pro zemi: { $country }.
kb-chitchat-greeting = Dobrý den! Jsem asistent poradenského centra pro kreativní podnikatele. Zeptejte se mě vlastními slovy na založení podnikání, daně, pojištění, financování nebo prodej, nebo si vyberte níže.
kb-chitchat-thanks = Není zač! Kdyby vás napadlo ještě něco, klidně se zeptejte, nebo si vyberte níže.
kb-chitchat-bye = Na shledanou a ať se vám daří! Jsem tu, kdykoli mě budete potřebovat.
