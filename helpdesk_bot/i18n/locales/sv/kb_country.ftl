# Knowledge-base answers that name their country, and chit-chat (issue 13)
kb-answer-country = Det här svaret gäller: { $country }.
kb-chitchat-greeting = Hej! Jag är rådgivningens assistent för kreativa företagare. Fråga mig med egna ord om att starta företag, skatter, försäkringar, finansiering eller försäljning, eller välj nedan.
kb-chitchat-thanks = Varsågod! Om du undrar något mer är det bara att fråga, eller välj nedan.
kb-chitchat-bye = Hej då och lycka till med ditt arbete! Jag finns här när du behöver mig.
