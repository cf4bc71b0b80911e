## Soukromí: /mydata (export) a /forget (výmaz).

mydata-caption = Vše, co o vás poradna uchovává, ke dni { $date }.
mydata-none = Poradna o vás neuchovává žádné údaje.
forget-confirm = <b>Vymazat vaše údaje?</b>
    Odstraní se vaše jméno, uživatelské jméno v Telegramu, vaše otázky, popisy a komentáře a zruší se vaše budoucí konzultace a registrace na akce.
    Anonymní statistiky zůstanou: už je nebude možné spojit s vámi. Tento krok nelze vrátit.
forget-yes = 🗑 Ano, vymazat moje údaje
forget-no = ✖ Ne, ponechat
forget-done = Vaše osobní údaje byly vymazány. Pokud mi znovu napíšete, začnete jako nový uživatel.
forget-kept = Nic nebylo vymazáno.
forget-nothing = Poradna o vás neuchovává žádné údaje.
