# Talking through the bot after an accepted contact request (the network of creatives).
catalogue-btn-accept-relay = Accept, talk through the bot only
catalogue-btn-relay-write = Write through the bot
catalogue-btn-relay-reply = Reply through the bot
catalogue-contact-accepted-relay = { $name } accepted your request and would rather talk through the bot, so your Telegram handles stay hidden. Press "Write through the bot" to send a message.
catalogue-contact-you-accepted-relay = Accepted. You talk through the bot: neither of you sees the other's Telegram handle.
catalogue-relay-ask = Write your message to { $name }. The bot passes it on without your Telegram handle. Send /cancel when you are done.
catalogue-relay-incoming =
    Message from { $name } through the network of creatives:

    { $message }
catalogue-relay-sent = Passed on to { $name }. You can write more, or send /cancel when you are done.
catalogue-error-relay-not-allowed = You can write through the bot only to someone whose contact request was accepted, by you or by them.
catalogue-error-relay-rate-limited = You have sent the most messages allowed through the bot in one day. Please try again tomorrow.
