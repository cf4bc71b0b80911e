## Privacy: /mydata (export) and /forget (erasure).

mydata-caption = Everything the help desk stores about you, as of { $date }.
mydata-none = The help desk stores no data about you.
forget-confirm = <b>Erase your data?</b>
    This removes your name, your Telegram handle, your questions, descriptions and comments, and cancels your future consultations and event registrations.
    Anonymous statistics stay: they can no longer be traced back to you. This cannot be undone.
forget-yes = 🗑 Yes, erase my data
forget-no = ✖ No, keep it
forget-done = Your personal data has been erased. If you write to me again, you start as a new user.
forget-kept = Nothing was erased.
forget-nothing = The help desk stores no data about you.
