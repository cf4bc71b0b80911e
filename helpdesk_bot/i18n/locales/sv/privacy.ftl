## Integritet: /mydata (export) och /forget (radering).

mydata-caption = Allt som rådgivningen sparar om dig, per { $date }.
mydata-none = Rådgivningen sparar inga uppgifter om dig.
forget-confirm = <b>Radera dina uppgifter?</b>
    Ditt namn, ditt användarnamn på Telegram, dina frågor, beskrivningar och kommentarer tas bort, och dina kommande rådgivningar och evenemangsanmälningar avbokas.
    Anonym statistik finns kvar: den kan inte längre kopplas till dig. Det går inte att ångra.
forget-yes = 🗑 Ja, radera mina uppgifter
forget-no = ✖ Nej, behåll dem
forget-done = Dina personuppgifter har raderats. Om du skriver till mig igen börjar du som ny användare.
forget-kept = Inget raderades.
forget-nothing = Rådgivningen sparar inga uppgifter om dig.
