## Konverzace o více krocích: zrušení a vypršení

cmd-cancel = Zrušit rozdělanou akci
conv-btn-cancel = ✖ Zrušit
conv-cancelled = Zrušeno. Kdykoli můžete začít znovu z menu (/start).
conv-nothing-to-cancel = Momentálně není co rušit.
conv-expired = Platnost tohoto kroku vypršela. Začněte znovu příkazem /{ $command }.
conv-use-buttons = Právě jste v kroku, ve kterém se vybírá tlačítky výše. Stiskněte jedno z nich, nebo pošlete /cancel a krok ukončete.
