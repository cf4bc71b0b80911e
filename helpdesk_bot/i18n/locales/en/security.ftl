## Limits on questions left for the advisors: the cap per person, batched notifications and reminders

ticket-limit =
    { $count ->
        [one] You already have a question waiting for our advisors ({ $ids }).
       *[other] You already have { $count } questions waiting for our advisors ({ $ids }).
    } You will get each answer here in this chat. As soon as an advisor has answered, you can leave a new question. If it is urgent, book a consultation (/book).
ticket-new-batch =
    <b>{ $count ->
        [one] New question
       *[other] { $count } new questions
    }</b>
    From: { $who }

    { $questions }

    Take a question with its button, then answer it.
ticket-reminder-batch =
    ⏰ <b>{ $count } questions from one person have been waiting for up to { $minutes } min</b>

    { $questions }
ticket-btn-take-id = ✋ Take #{ $id }

## Erasure of an advisor's data

consult-n-cancelled-advisor-gone = ✖ Your consultation on { $when } was cancelled: the advisor is no longer available. We are sorry. You can book another one with /book.

## Replies in a row

ticket-error-too_many = You have already sent several messages about question #{ $id }. Please wait for the advisor to answer before writing again.
