## Group chats: the bot answers personal matters only in a private chat.

group-private-only = Pomagam samo v zasebnem klepetu, da vaša vprašanja in podatki ostanejo med nama. Prosim, pišite mi tja.
group-private-button = Pišite mi zasebno
