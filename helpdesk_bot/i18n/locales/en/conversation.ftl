## Conversations in several steps: cancelling and expiry

cmd-cancel = Cancel what you are doing
conv-btn-cancel = ✖ Cancel
conv-cancelled = Cancelled. You can start again any time from the menu (/start).
conv-nothing-to-cancel = There is nothing to cancel right now.
conv-expired = This step has expired. Start again with /{ $command }.
conv-use-buttons = You are in the middle of a step that takes the buttons above. Press one of them, or send /cancel to stop.
