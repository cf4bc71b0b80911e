## Prywatność: /mydata (eksport) i /forget (usunięcie).

mydata-caption = Wszystko, co punkt pomocy przechowuje o Tobie, stan na { $date }.
mydata-none = Punkt pomocy nie przechowuje żadnych Twoich danych.
forget-confirm = <b>Usunąć Twoje dane?</b>
    Usunięte zostaną Twoje imię i nazwisko, nazwa użytkownika w Telegramie, pytania, opisy i komentarze, a przyszłe konsultacje i zapisy na wydarzenia zostaną anulowane.
    Anonimowe statystyki pozostaną: nie da się ich już powiązać z Tobą. Tej operacji nie można cofnąć.
forget-yes = 🗑 Tak, usuń moje dane
forget-no = ✖ Nie, zachowaj je
forget-done = Twoje dane osobowe zostały usunięte. Jeśli napiszesz do mnie ponownie, zaczniesz jako nowy użytkownik.
forget-kept = Nic nie zostało usunięte.
forget-nothing = Punkt pomocy nie przechowuje żadnych Twoich danych.
