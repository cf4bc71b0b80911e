## Samtal i flera steg: avbryta och tidsgräns

cmd-cancel = Avbryt det du håller på med
conv-btn-cancel = ✖ Avbryt
conv-cancelled = Avbrutet. Du kan börja om när du vill från menyn (/start).
conv-nothing-to-cancel = Det finns inget att avbryta just nu.
conv-expired = Det här steget har gått ut. Börja om med /{ $command }.
