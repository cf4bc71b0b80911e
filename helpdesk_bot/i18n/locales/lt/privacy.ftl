## Privatumas: /mydata (eksportas) ir /forget (ištrynimas).

mydata-caption = Viskas, ką pagalbos tarnyba saugo apie jus, { $date } dienai.
mydata-none = Pagalbos tarnyba nesaugo jokių jūsų duomenų.
forget-confirm = <b>Ištrinti jūsų duomenis?</b>
    Bus pašalinti jūsų vardas, Telegram naudotojo vardas, klausimai, aprašymai ir komentarai, o būsimos konsultacijos ir registracijos į renginius bus atšauktos.
    Anoniminė statistika liks: jos nebebus galima susieti su jumis. Šio veiksmo atšaukti negalima.
forget-yes = 🗑 Taip, ištrinti mano duomenis
forget-no = ✖ Ne, palikti
forget-done = Jūsų asmens duomenys ištrinti. Jei vėl man parašysite, pradėsite kaip naujas naudotojas.
forget-kept = Nieko nebuvo ištrinta.
forget-nothing = Pagalbos tarnyba nesaugo jokių jūsų duomenų.
