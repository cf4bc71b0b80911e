## Samtal i flera steg: avbryta och tidsgräns

cmd-cancel = Avbryt det du håller på med
conv-btn-cancel = ✖ Avbryt
conv-cancelled = Avbrutet. Du kan börja om när du vill från menyn (/start).
conv-nothing-to-cancel = Det finns inget att avbryta just nu.
conv-expired = Det här steget har gått ut. Börja om med /{ $command }.
conv-use-buttons = Du är mitt i ett steg där du väljer med knapparna ovan. Tryck på en av dem eller skicka /cancel för att avbryta.
