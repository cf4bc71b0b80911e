## Gespräche in mehreren Schritten: Abbrechen und Ablauf

cmd-cancel = Aktuellen Vorgang abbrechen
conv-btn-cancel = ✖ Abbrechen
conv-cancelled = Abgebrochen. Sie können jederzeit über das Menü (/start) neu beginnen.
conv-nothing-to-cancel = Gerade gibt es nichts abzubrechen.
conv-expired = Dieser Schritt ist abgelaufen. Beginnen Sie neu mit /{ $command }.
conv-use-buttons = Sie sind gerade in einem Schritt, in dem Sie mit den Schaltflächen oben wählen. Tippen Sie auf eine davon oder senden Sie /cancel, um abzubrechen.
