## Knowledge base: answers, suggestions, topics, tickets, gaps and reloads

kb-sources = <b>Sources</b>
kb-disclaimer = General guidance, not legal advice. For your own situation, talk to an advisor: /book
kb-note-english = This answer is not available in your language yet, so here it is in English.
kb-note-other-country = This answer is about { $country }.
kb-btn-helpful = 👍 Helpful
kb-btn-not-helpful = 👎 Not helpful
kb-feedback-thanks = Thank you for your feedback!
kb-feedback-sorry = Sorry that did not help. What would you like to do?
kb-suggest = I am not quite sure what you mean. Is it one of these?
kb-btn-none = None of these
kb-fallback = I could not find an answer to that in our knowledge base. What would you like to do?
kb-btn-book = 📅 Book a consultation
kb-btn-ticket = ✉ Leave the question for an advisor
kb-btn-topics = 📚 Browse topics
kb-ask-country = The answer depends on the country. Which country is your question about?
kb-question-cut = Your question was very long, so I used its first { $limit } characters.
kb-question-lost = Sorry, I no longer have that question. Please type it again.
kb-book-hint = Our advisors are happy to help in a free consultation: send /book to choose a time.
kb-entry-gone = This topic is no longer available. Send /topics to see what there is.
kb-topics-title = <b>Topics</b>: choose a category.
kb-topics-empty = There are no topics to browse at the moment. Type your question and I will pass it to an advisor.
kb-category-page = <b>{ $category }</b> (page { $page } of { $pages }): choose a question.
kb-btn-prev = ◀ Previous
kb-btn-next = Next ▶
kb-btn-categories = ↩ All topics

ticket-opened = I have passed your question to our advisors (question #{ $id }). You will get the answer here in this chat.
ticket-already-opened = Your question is already with our advisors (question #{ $id }).
ticket-new =
    <b>New question #{ $id }</b>
    From: { $who } · { $language } · { $country }

    { $question }

    Take it, then answer by replying to this message.
ticket-reminder =
    ⏰ <b>Question #{ $id } has been waiting for { $minutes } min</b>
    { $language } · { $country }

    { $question }
ticket-btn-take = ✋ Take
ticket-btn-answer = ✍ Answer
ticket-btn-reply = ✍ Reply
ticket-btn-close = ✔ Close
ticket-btn-cancel = Cancel
ticket-taken =
    <b>Question #{ $id } is yours.</b>
    From: { $who } · { $language } · { $country }

    { $question }

    Reply to this message with your answer, or press “Answer”.
ticket-history-person = <i>Entrepreneur:</i> { $text }
ticket-history-advisor = <i>Advisor:</i> { $text }
ticket-taken-you = An advisor is now looking at your question #{ $id }.
ticket-error-already_taken = Another advisor has already taken question #{ $id }.
ticket-error-already_yours = Question #{ $id } is already yours.
ticket-error-closed = Question #{ $id } is closed.
ticket-error-not_yours = Question #{ $id } is handled by another advisor.
ticket-error-not_allowed = You cannot change question #{ $id }.
ticket-error-not_found = This question no longer exists.
ticket-error-empty = An empty message cannot be sent.
ticket-answer =
    <b>An advisor answered your question #{ $id }:</b>

    { $text }

    To write back, reply to this message or press “Reply”.
ticket-reply =
    <b>The entrepreneur wrote in question #{ $id }:</b>

    { $text }

    Reply to this message to answer.
ticket-answer-sent = Your answer to question #{ $id } is on its way to the entrepreneur.
ticket-reply-sent = Your message has been added to question #{ $id }.
ticket-compose-answer = Type your answer to question #{ $id }.
ticket-compose-reply = Type your message for the advisor (question #{ $id }).
ticket-compose-cancelled = Cancelled.
ticket-closed-done = Question #{ $id } is closed. Thank you!
ticket-closed-by-person = The entrepreneur closed question #{ $id }.
ticket-closed-by-advisor = Your question #{ $id } has been closed. If you need more help, just ask again.
inbox-title = <b>Questions waiting for an advisor</b>
inbox-empty = No questions are waiting for an advisor.
inbox-line = #{ $id } · { $language } · { $country }: { $question }
inbox-mine-title = <b>Your questions in progress</b>
inbox-mine-line = #{ $id } ({ $state ->
        [answered] waiting for the entrepreneur
       *[taken] your turn
    }): { $question }
inbox-btn-take = ✋ #{ $id }
inbox-btn-open = ✍ #{ $id }

gaps-title = <b>Knowledge gaps</b>: questions the knowledge base did not serve, most frequent first.
gaps-empty = No open knowledge gaps. Well done!
gaps-group =
    <b>{ $n }.</b> { $count ->
        [one] asked once
       *[other] asked { $count } times
    } · { $languages } · { $action }
gaps-sample = “{ $text }”
gaps-action-add = add a new entry
gaps-action-improve = improve { $entries }
gaps-no-text = (no question text kept)
gaps-btn-close = ✔ { $n } covered
gaps-closed = { $count ->
        [one] One question marked as covered.
       *[other] { $count } questions marked as covered.
    }
gaps-gone = That group has changed in the meantime; send /gaps again.
reload-ok = Knowledge base reloaded: { $count } entries (before: { $previous }).
reload-failed =
    The knowledge base is invalid, so it was not reloaded; the current one stays live. Problems:
    { $problems }
