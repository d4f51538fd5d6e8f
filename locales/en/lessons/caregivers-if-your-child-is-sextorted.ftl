# SafeSteps — MIT OR Apache-2.0

### Lesson: If your child is being sextorted (caregivers).
### Readers are parents, grandparents, older siblings and teachers, possibly in the middle of it.
### Be calm, clear and step by step. Never describe images or acts. It is never the child's fault.
### Help contacts come only from the content guide; keep numbers and web addresses exactly as written.

# Lesson name on the lesson card.
lesson-title = If your child is being sextorted
# One line under the lesson name.
lesson-summary = What sextortion is, and what to do step by step if it happens to your child.

# Card 1: what sextortion is, without detail.
card-what-it-is =
    Sextortion is when someone threatens to share a nude or sexual image of a young person unless they pay money, send more images, or do what they say.
    The image may be real, or faked or edited.
    Often the person uses a fake profile, pretends to be a teen, builds trust fast, then turns to threats, sometimes within hours. Sometimes it is someone the child knows.
    They push hard with time limits and panic. Sextortion is a crime, and it can happen to any child.
# Card 2: the first reaction: calm, no blame.
card-your-first-reaction =
    If your child tells you, stay calm and thank them for telling you. It may be the hardest thing they have ever said.
    Say it clearly: "This is not your fault. You did the right thing by telling me. We'll handle this together."
    It is not your child's fault, even if they shared an image. The person making threats is the one committing a crime.
    Your child may feel panic, shame or fear. Don't lecture, and don't take their phone away as a punishment. You need them to keep talking to you.
# Card 3: what to do right now.
card-what-to-do-now =
    Don't pay, and don't send anything more. Paying rarely stops the threats; they usually ask for more.
    Stop replying. You don't need to answer or bargain.
    Don't delete the account or the chat yet. Keep evidence. Take screenshots of the messages and the profile, and write down usernames, profile links and any payment details.
    Don't screenshot, save or forward the image itself.
    Then report the account on the app and block it.
    If your child already paid or sent more, it can still be okay. Stop now and get help.
# Card 4: where to report.
card-where-to-report =
    Report the account to the app or platform. Say that a child is being threatened.
    In the US, report to NCMEC's CyberTipline at report.cybertip.org or 1-800-843-5678. NCMEC shares reports with police who can act.
    Elsewhere, contact your local police, and check the Help screen for your country.
    Take It Down (takeitdown.ncmec.org) is a free NCMEC service that can help remove nude or sexual images of under-18s from sites that take part. It makes a digital fingerprint, called a hash, on your own device. Only the hash is sent, never the image.
    If your child is in danger right now, call your local emergency number.
# Card 5: emotional support for child and caregiver.
card-support-after =
    Sextortion can hit a young person very hard. Stay close, keep routines, and keep reminding them it is not their fault.
    Watch for signs of deep distress, such as talk of hopelessness or self-harm. Get help quickly if you see them.
    In the US, your child or you can reach Crisis Text Line by texting THORN to 741741.
    A doctor, school counsellor or helpline can help too. Look after yourself as well; this is hard for caregivers. Talk to someone you trust.
    Tap Help to find support in your country.

# Question: a scenario. The situation is shown first, then the question.
q-late-night-message = What is the best first response?
    .situation = Late at night, your 16-year-old shows you a message: "Send $500 in an hour or I post your photo to all your friends." They are shaking and crying.
    .hint = Your child needs two things first: to feel safe with you, and for the pressure to stop.
    .explanation = Calm words come first: it is not their fault. Then stop replying and save evidence. Paying rarely ends the threats, and deleting the account loses the evidence you need to report.
# Action (best).
q-late-night-message-calm-not-your-fault = Stay calm, hold them, and say: "This is not your fault. We'll handle it together."
    .feedback = Best choice. Your child needs to feel safe with you before anything else. Then you can act together.
# Action (also good).
q-late-night-message-stop-and-save = Help them stop replying and save the messages and usernames.
    .feedback = Good choice. This stops the pressure and keeps the evidence. Make sure they also hear that it is not their fault.
# Action (not helpful).
q-late-night-message-pay-quickly = Pay quickly so the photo isn't posted.
    .feedback = It is natural to want it to end, but paying rarely stops the threats. They usually ask for more.
# Action (not helpful).
q-late-night-message-delete-account = Delete your child's account straight away.
    .feedback = It makes sense to want it gone, but deleting loses the evidence. Save it first, then report.

# Question: put the steps in order.
q-action-steps = Put these steps in a helpful order.
    .hint = Your child's feelings come first. What will you need in hand before you report?
    .explanation = Reassure your child first. Then stop replying and save evidence before you report and block. Then get support for your child and yourself.
# Step 1.
q-action-steps-reassure = Reassure your child: it is not their fault
    .feedback = Reassurance first helps your child stay calm and keep talking.
# Step 2.
q-action-steps-stop-replying = Stop replying to the person making threats
    .feedback = Stopping replies cuts off the pressure.
# Step 3.
q-action-steps-save-evidence = Save screenshots of messages, usernames and links
    .feedback = Save proof before anything is blocked or deleted.
# Step 4.
q-action-steps-report = Report to the platform and to the CyberTipline or police
    .feedback = Reports let the platform and the police act.
# Step 5.
q-action-steps-get-support = Get emotional support for your child and yourself
    .feedback = Support helps you both cope after the crisis.

# Question: multiple choice, "choose all that apply".
q-evidence = Which of these should you keep as evidence? Choose all that apply.
    .hint = Evidence shows who they are, what they said and what they asked for.
    .explanation = Usernames, message screenshots, profile links and payment details help platforms and police. Never copy or forward the image, and don't delete the chat.
# Answer option (keep).
q-evidence-usernames = Their usernames on every app
    .feedback = Yes. Usernames help platforms and police find the account.
# Answer option (keep).
q-evidence-message-screenshots = Screenshots of the threatening messages
    .feedback = Yes. Screenshots show what was said and when.
# Answer option (keep).
q-evidence-profile-links = Links to their profiles
    .feedback = Yes. A link points straight to the account.
# Answer option (keep).
q-evidence-payment-details = Payment details, if money was already sent
    .feedback = Yes. Payment details can help police trace the person.
# Answer option (do not keep).
q-evidence-copy-the-image = A copy of the image, to show the police
    .feedback = Not quite. Don't copy, save or forward the image. Tell the police or CyberTipline it exists, and they will advise you.
# Answer option (do not keep).
q-evidence-delete-the-chat = Nothing. Delete the chat so your child doesn't see it.
    .feedback = Not quite. Deleting loses the evidence. You can keep the chat out of sight without deleting it.

# Question: single choice about paying.
q-will-paying-help = The person says they will delete the photo if your child pays. What usually happens if you pay?
    .hint = What do people making threats tend to do once a payment works?
    .explanation = Paying rarely stops the threats. They often ask for more. Stop replying, save evidence and report instead.
# Answer option (right).
q-will-paying-help-rarely-stops = The threats rarely stop, and they often ask for more.
    .feedback = Right. Paying shows the threat works. Reporting does more.
# Answer option (wrong).
q-will-paying-help-ends-it = They delete the photo and leave your child alone.
    .feedback = Not quite. There is no way to know they delete anything, and most ask for more.
# Answer option (wrong).
q-will-paying-help-pay-half = Paying half works, because it shows you are serious.
    .feedback = Not quite. Any payment shows the threat works. Stop replying and report instead.

# Question: true or false about having paid or sent more already. The right answer is "true".
q-already-sent-more = If your child already paid or sent more images, it can still be okay, and help is still there.
    .hint = Think about what the lesson said about a child who already paid.
    .explanation = Yes. Many young people pay or send more out of panic. It is still not their fault, and they can always get help, even now. Stop now, save evidence and report.
# Feedback if the caregiver picks "true" (right).
q-already-sent-more-true =
    .feedback = Right. Tell your child it can still be okay. Stop now, save the evidence and report.
# Feedback if the caregiver picks "false" (wrong).
q-already-sent-more-false =
    .feedback = Not quite. Panic makes people pay or send more. Your child can still get help, and it is still not their fault.

# Question: single choice about how Take It Down protects privacy.
q-take-it-down = How does NCMEC's Take It Down protect your child's privacy?
    .hint = Think about what sites need to spot a copy of an image.
    .explanation = Take It Down makes a hash, a digital fingerprint, on your own device. Only the hash is sent. Sites that take part use it to find and remove copies.
# Answer option (right).
q-take-it-down-hash-only = Only a digital fingerprint (a hash) leaves your device, not the image.
    .feedback = Right. The image stays on your device. The hash helps sites find copies.
# Answer option (wrong).
q-take-it-down-send-image = You send the image to NCMEC to review.
    .feedback = Not quite. You never send the image. Only the hash leaves your device.
# Answer option (wrong).
q-take-it-down-public-list = Your child's name goes on a public list.
    .feedback = Not quite. Take It Down does not need your child's name. Only the hash is sent.

# Question: sort actions into "do" and "don't".
q-do-or-dont = Sort each action into "Do" or "Don't".
    .hint = Ask of each one: does it protect your child and the evidence?
    .explanation = Reassure, keep evidence and report. Don't pay, don't share the image with anyone, and don't punish your child for telling.
# Group name.
q-do-or-dont-do = Do
# Group name.
q-do-or-dont-dont = Don't
# Item to sort (do).
q-do-or-dont-say-not-their-fault = Tell your child it is not their fault
    .feedback = Your child needs to hear this, often.
# Item to sort (do).
q-do-or-dont-report-cybertipline = Report to the CyberTipline (US) or local police
    .feedback = Reporting lets people with the power to act step in.
# Item to sort (do).
q-do-or-dont-keep-messages = Keep the messages and usernames
    .feedback = Evidence helps platforms and police act.
# Item to sort (don't).
q-do-or-dont-pay-the-demand = Pay what they ask
    .feedback = Paying rarely stops the threats. They usually ask for more.
# Item to sort (don't).
q-do-or-dont-forward-to-family = Forward the image to a relative to ask for advice
    .feedback = Never forward the image. Describe what is happening instead.
# Item to sort (don't).
q-do-or-dont-take-phone-as-punishment = Take away their phone as a punishment
    .feedback = Punishment can make your child feel to blame and stop talking to you.

# Question: single choice about emotional support in the US.
q-emotional-support = Your child in the US is very upset after being sextorted. What is a good way to get support for them, or for you?
    .hint = Think about the support options in the last card.
    .explanation = In the US, Crisis Text Line offers support: text THORN to 741741. A doctor, school counsellor or helpline can help too. Elsewhere, tap Help to find support in your country.
# Answer option (right).
q-emotional-support-text-thorn = Text THORN to 741741 to reach Crisis Text Line
    .feedback = Yes. Trained counsellors can help your child, or you, through the hardest moments.
# Answer option (wrong).
q-emotional-support-wait-it-out = Wait and see if the feelings pass on their own
    .feedback = Not quite. Sextortion can cause deep distress. Reach out for support early.
# Answer option (wrong).
q-emotional-support-post-warning = Post about it online to warn other parents
    .feedback = Not quite. Posting can expose your child. Get private support, and report instead.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Try saying: "I read that people online sometimes threaten teens with photos. If that ever happened to you or a friend, it is not your fault. I'd help, not punish. What would make it easier to tell me?"
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask the group: what might stop a young person from telling an adult about sextortion? How can adults remove those barriers? Walk through the steps together: reassure, stop, save, report, support.
