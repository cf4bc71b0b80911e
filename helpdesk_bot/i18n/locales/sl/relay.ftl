# Pogovor prek bota po sprejeti prošnje za stik (mreža ustvarjalcev).
catalogue-btn-accept-relay = Sprejmi, a samo prek bota
catalogue-btn-relay-write = Piši prek bota
catalogue-btn-relay-reply = Odgovori prek bota
catalogue-contact-accepted-relay = { $name } sprejema vašo prošnjo in bi se raje pogovarjali prek bota, zato vaša uporabniška imena v Telegramu ostanejo skrita. Sporočilo pošljete z gumbom »Piši prek bota«.
catalogue-contact-you-accepted-relay = Sprejeto. Pogovarjate se prek bota: nihče ne vidi uporabniškega imena drugega v Telegramu.
catalogue-relay-ask = Napišite sporočilo za: { $name }. Bot ga posreduje brez vašega uporabniškega imena v Telegramu. Ko končate, pošljite /cancel.
catalogue-relay-incoming =
    Sporočilo od: { $name } prek mreže ustvarjalcev:

    { $message }
catalogue-relay-sent = Posredovano: { $name }. Lahko pišete naprej ali pošljete /cancel, ko končate.
catalogue-error-relay-not-allowed = Prek bota lahko pišete samo nekomu, s komer je bila prošnja za stik sprejeta, bodisi z vaše bodisi z njegove strani.
catalogue-error-relay-rate-limited = Danes je bilo prek bota poslanih že največ dovoljenih sporočil. Poskusite jutri.
