## Gespräche in mehreren Schritten: Abbrechen und Ablauf

cmd-cancel = Aktuellen Vorgang abbrechen
conv-btn-cancel = ✖ Abbrechen
conv-cancelled = Abgebrochen. Sie können jederzeit über das Menü (/start) neu beginnen.
conv-nothing-to-cancel = Gerade gibt es nichts abzubrechen.
conv-expired = Dieser Schritt ist abgelaufen. Beginnen Sie neu mit /{ $command }.
