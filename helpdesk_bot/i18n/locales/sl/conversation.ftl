## Pogovori v več korakih: preklic in potek

cmd-cancel = Prekliči trenutno dejanje
conv-btn-cancel = ✖ Prekliči
conv-cancelled = Preklicano. Kadar koli lahko začnete znova v meniju (/start).
conv-nothing-to-cancel = Trenutno ni ničesar za preklic.
conv-expired = Ta korak je potekel. Začnite znova z ukazom /{ $command }.
conv-use-buttons = Ste sredi koraka, v katerem izbirate z gumbi zgoraj. Pritisnite enega od njih ali pošljite /cancel, da prekinete.
