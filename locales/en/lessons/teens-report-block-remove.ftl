# SafeSteps — MIT OR Apache-2.0

### Lesson: Report, block and remove (ages 13–17).
### Readers are teenagers, possibly dealing with something right now. Be direct, calm and
### practical; never preachy. Never describe images or acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Report, block and remove
# One line under the lesson name.
lesson-summary = How to save proof, report, block and get content removed, and what happens after.

# Card 1: keep evidence first.
card-evidence-first =
    When someone harasses, threatens or pressures you, save proof before you block.
    Blocking can hide the chat or their profile. Then it's harder to report.
    Take screenshots of the messages and their profile. Write down their username, the link to their profile, and dates and times.
    Don't screenshot or save nude images, even as proof. You can report without them.
    Don't delete the chat or your account yet. You might need them later.
# Card 2: reporting and blocking on the app.
card-report-and-block =
    Most apps have a Report button. Look for it on the message, the post or the profile (often behind "…").
    Reporting tells the app someone broke its rules. Most apps don't tell the person who reported them.
    After you report, block them so they can't contact you there.
    Then check who can message you, tag you and find you.
    If they come back with a new account, save proof, report and block again.
# Card 3: reporting beyond the app.
card-beyond-the-app =
    Some things need more than an app report. This includes threats, an adult asking you for sexual images or chat, sextortion, and nude images of anyone under 18.
    In the US, report to NCMEC's CyberTipline at report.cybertip.org or call 1-800-843-5678. NCMEC shares reports with police who can act.
    Anywhere, you can go to the local police. A trusted adult can help you do it.
    Tap the Help screen to find where to report in your country.
# Card 4: getting images removed.
card-removal =
    If a nude or sexual image of you from under 18 is online, or you think it might be shared, there is help.
    Take It Down (takeitdown.ncmec.org) is free. It uses the copy on your own phone or computer. It makes a hash, a digital fingerprint, of the image there. Only the hash leaves your device, never the image. Apps that take part use it to find and remove copies.
    Never download a copy to use it. If you don't have the image, a CyberTipline report can help.
    You can also use the app's own removal form. Outside the US, tap Help to find who can help where you live.
# Card 5: what happens after a report; not your fault.
card-what-happens-next =
    After you report, the app checks it. It may remove the post, warn the person or ban the account. Some apps send you an update.
    NCMEC reviews CyberTipline reports and can pass them to police.
    It can take time, and not every report leads to action. It still matters. Reports help stop people from hurting others.
    Whatever happened, it is not your fault. Adults should support you, not blame you.
    Talk to an adult you trust, or tap Help.

# Question: single choice about saving proof before blocking.
q-why-save-first = Why is it smart to save proof before you block someone?
    .hint = What might you lose sight of once they're blocked?
    .explanation = Blocking can hide the chat or profile. Saving proof first means you can still report, and others can act.
# Answer option (right).
q-why-save-first-chat-may-vanish = Blocking can hide the chat and their profile.
    .feedback = Right. Save proof first, then report and block.
# Answer option (wrong).
q-why-save-first-to-post-it = So you can post it and call them out.
    .feedback = Not quite. Posting it can make things worse. Proof is for the app, NCMEC, the police or an adult you trust.
# Answer option (wrong).
q-why-save-first-apps-need-permission = Apps won't let you block without it.
    .feedback = Not quite. You can block anytime. But proof makes a report much stronger.

# Question: choose all that apply, about good evidence.
q-good-evidence = Which of these are good to save as proof? Choose all that apply.
    .hint = Proof shows who they are and what they did, without spreading harm.
    .explanation = Usernames, screenshots of messages, profile links and dates are all good proof. Never save nude images, and don't delete the chat.
# Answer option (good proof).
q-good-evidence-username = Their username
    .feedback = Yes. It helps the app and police find the account.
# Answer option (good proof).
q-good-evidence-message-screenshots = Screenshots of the messages
    .feedback = Yes. They show exactly what was said.
# Answer option (good proof).
q-good-evidence-profile-link = A link to their profile
    .feedback = Yes. A link points straight to the account.
# Answer option (good proof).
q-good-evidence-dates-and-times = Dates and times of the messages
    .feedback = Yes. Timing helps show what happened and when.
# Answer option (not good proof).
q-good-evidence-copy-of-nude = A copy of a nude image they sent or shared
    .feedback = Not quite. Don't save nude images, even as proof. You can report without them.
# Answer option (not good proof).
q-good-evidence-delete-chat = Deleting the chat so it's gone
    .feedback = Not quite. Deleting loses the proof. Keep the chat for now.

# Question: put the app steps in order.
q-app-steps = Someone keeps sending you nasty messages. Put these steps in order. (Tell an adult you trust at any point.)
    .hint = Which step is hard to do once they're blocked?
    .explanation = Screenshot first so you have proof. Report while you can still see them. Then block. Last, change who can message you so they can't come back easily.
# Step 1.
q-app-steps-screenshot = Screenshot the messages and their profile
    .feedback = First. Proof can vanish once you block.
# Step 2.
q-app-steps-report = Report them in the app
    .feedback = Next. Report while you can still see their profile.
# Step 3.
q-app-steps-block = Block them
    .feedback = Then block, so they can't reach you there.
# Step 4.
q-app-steps-tighten-messages = Change who can message you
    .feedback = Last. This makes it harder for them, or a new account, to reach you.

# Question: true or false about reporter privacy.
q-reporter-kept-private = On most apps, the person you report isn't told who reported them.
    .hint = Would people report if their name was shared?
    .explanation = True. Most apps keep reports private, so you can report without them knowing it was you.
# Feedback if the teen picks "true" (right).
q-reporter-kept-private-true =
    .feedback = Right. Most apps keep the reporter's name private. You can report safely.
# Feedback if the teen picks "false" (wrong).
q-reporter-kept-private-false =
    .feedback = Not quite. Most apps don't tell the person who reported them.

# Question: a scenario about an adult sending sexual messages.
q-adult-messages = What could you do about the adult?
    .situation = A man you met in a game has started sending you sexual messages and asking you for photos.
    .hint = This is serious. Who can act beyond the app?
    .explanation = Saving proof, reporting and telling a trusted adult is the best move. Reporting and blocking helps too. An adult asking a teen for sexual images can be reported to the CyberTipline or police. It is not your fault.
# Action (best).
q-adult-messages-save-report-tell = Save the messages, report him in the game, and tell an adult I trust.
    .feedback = Best move. An adult can help you report to the CyberTipline or police too. You did the right thing by telling.
# Action (also good).
q-adult-messages-report-and-block = Screenshot the chat, then report and block him.
    .feedback = Good move. Telling an adult as well means it can be reported beyond the game.
# Action (not helpful).
q-adult-messages-delete-and-forget = Delete the chat and try to forget it.
    .feedback = Not quite. That loses the proof, and he might target others. Save it and tell someone.
# Action (not helpful).
q-adult-messages-threaten-back = Threaten to expose him unless he stops.
    .feedback = Not quite. It can make him angrier, and keeps you in contact. Report him instead.

# Question: true or false about Take It Down. The right answer is "false".
q-send-image-to-remove = To use Take It Down, you have to send your image to someone.
    .hint = Think about what a hash is.
    .explanation = False. Take It Down makes a hash on your own device. Only the hash is sent, never the image.
# Feedback if the teen picks "true" (wrong).
q-send-image-to-remove-true =
    .feedback = Not quite. The image stays on your device. Only a hash, a digital fingerprint, is sent.
# Feedback if the teen picks "false" (right).
q-send-image-to-remove-false =
    .feedback = Right. Only the hash leaves your device. Take It Down never sees the image.

# Question: choose all that apply, about what can happen after a report.
q-after-a-report = What can happen after you report? Choose all that apply.
    .hint = Think about what the app and NCMEC can do, and what they keep private.
    .explanation = Apps can remove posts and ban accounts, and NCMEC can pass reports to police. Your name usually isn't shared with the person, and you should not be blamed.
# Answer option (can happen).
q-after-a-report-content-removed = The app removes the post or message.
    .feedback = Yes. Content that breaks the rules can be taken down.
# Answer option (can happen).
q-after-a-report-account-banned = The app bans the account.
    .feedback = Yes. Apps can suspend or ban people who break the rules.
# Answer option (can happen).
q-after-a-report-passed-to-police = A CyberTipline report is passed to police.
    .feedback = Yes. NCMEC shares reports with police who can act.
# Answer option (should not happen).
q-after-a-report-name-shared = The person is told your name.
    .feedback = Not quite. Most apps keep the reporter's name private.
# Answer option (should not happen).
q-after-a-report-you-get-blamed = You get blamed for what happened.
    .feedback = Not quite. It is not your fault. Reporting is the right thing to do.

# Question: a scenario about an image of the teen online.
q-image-on-a-site = What could you do about the image?
    .situation = A friend tells you a nude image of you, from when you were 15, has been posted on a site.
    .hint = Which choices get it removed without spreading it further?
    .explanation = Telling a trusted adult, and using Take It Down if the image is still on your phone, is the best move. Reporting it to the site helps too. Saving copies or messaging the poster can make it worse. It is not your fault.
# Action (best).
q-image-on-a-site-take-it-down-and-tell = Tell an adult I trust, and use Take It Down if the image is still on my phone.
    .feedback = Best move. An adult can help you report it. Take It Down uses the copy on your phone to help remove others. If you don't have it, a CyberTipline report can help.
# Action (also good).
q-image-on-a-site-report-to-site = Report the post to the site and ask for it to be removed.
    .feedback = Good move. Sites are meant to remove images of under-18s. Using Take It Down too helps catch copies.
# Action (not helpful).
q-image-on-a-site-save-every-copy = Search for every copy and save them all.
    .feedback = Not quite. Saving copies isn't needed and can be a crime. Save the link, not the image.
# Action (not helpful).
q-image-on-a-site-message-the-poster = Message the person who posted it and beg them to take it down.
    .feedback = Not quite. It can give them more power. Let the site, Take It Down and an adult handle it.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask: what stops people from reporting? Walk through what happens after a report on an app and to the CyberTipline. Talk about why saving proof comes before blocking, and remind the group it is never the victim's fault.
