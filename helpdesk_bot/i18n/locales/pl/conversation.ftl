## Rozmowy w kilku krokach: anulowanie i wygaśnięcie

cmd-cancel = Przerwij bieżące działanie
conv-btn-cancel = ✖ Anuluj
conv-cancelled = Anulowano. Możesz zacząć od nowa w każdej chwili z menu (/start).
conv-nothing-to-cancel = W tej chwili nie ma czego anulować.
conv-expired = Ten krok wygasł. Zacznij od nowa poleceniem /{ $command }.
conv-use-buttons = Jesteś w trakcie kroku, w którym wybiera się przyciskiem powyżej. Naciśnij jeden z nich albo wyślij /cancel, aby przerwać.
