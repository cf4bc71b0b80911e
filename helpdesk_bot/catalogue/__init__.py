"""The network of creatives: opt-in profiles, search, contact requests and the public web catalogue.

No Telegram or web imports here: the adapters (``telegram/handlers/catalogue*.py``, ``web/``) call the
use cases of :mod:`helpdesk_bot.catalogue.service` and :mod:`helpdesk_bot.catalogue.search`.
"""
