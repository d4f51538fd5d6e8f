# SafeSteps — MIT OR Apache-2.0

### Lesson: Reporting and getting support (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Explain what happens after a report. Help contacts come only from the content guide; keep
### numbers and web addresses exactly as written. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Reporting and getting support
# One line under the lesson name.
lesson-summary = Where and how to report, what happens next, and how to support your child and yourself afterwards.

# Card 1: reporting on the app or platform.
card-report-to-the-app =
    Most apps, games and sites have a report button on profiles, messages and posts.
    Save evidence first. Take screenshots of messages and the profile, and note usernames, profile links, dates and times. Never save or share a sexual image of a child, even as proof.
    When you report, say clearly that a child is involved. Many platforms treat this as urgent.
    After reporting, block the account so it can't contact your child.
    Keep your child's account and the chat for now, so nothing is lost.
# Card 2: reporting beyond the app.
card-report-beyond-the-app =
    Some things need more than a platform report. This includes threats, requests for sexual images, or an adult trying to meet a child.
    In the US, report to NCMEC's CyberTipline at report.cybertip.org or 1-800-843-5678.
    In any country, you can contact your local police. If a child is in danger right now, call your local emergency number.
    Many countries have a national child helpline. Check the Help screen for your country.
    If your country isn't listed, Child Helpline International has a directory at childhelplineinternational.org.
# Card 3: what happens after a report.
card-what-happens-next =
    Knowing what comes next can make reporting feel less scary.
    The platform reviews the report. It may remove content or close the account, and it may send you a short update.
    CyberTipline reports are reviewed by NCMEC and shared with police who can act.
    Police may contact you to ask questions. They may ask for the evidence you saved.
    It can take time, and you may not hear every detail of what happens. That does not mean your report was ignored.
    If images are being shared, Take It Down (takeitdown.ncmec.org) can help remove nude images of under-18s from sites that take part.
# Card 4: supporting the child after a report.
card-supporting-your-child =
    After a report, your child needs to feel safe and believed.
    Tell them often that it is not their fault. The person who harmed or threatened them is responsible.
    Keep daily routines as normal as you can. Don't punish them or take away all their devices.
    Involve them in decisions where you can, like who else needs to know.
    Feelings can come and go for weeks. Watch for changes in sleep, mood or eating, and get help from a doctor, school counsellor or helpline if you are worried.
# Card 5: support for the caregiver; someone to talk to.
card-support-for-you =
    This is hard for caregivers too. You may feel anger, guilt, fear or shock. These feelings are normal.
    You could not have seen every risk. People who target children hide what they do.
    Talk to someone you trust, like a friend, partner, doctor or counsellor. Some child helplines also support worried adults.
    Looking after yourself helps you look after your child.
    Tap Help to find support in your country.

# Question: put the steps in order.
q-report-steps = Someone has been sending threatening messages to your child. Put these steps in a helpful order.
    .hint = Your child comes first. Then ask: what would be hard to do once the account is blocked?
    .explanation = Reassure your child first. Save evidence before anything can disappear. Report on the platform while you can still see the account, then block it. Report threats to the CyberTipline (US) or police too, and keep supporting your child in the weeks after.
# Step 1.
q-report-steps-reassure-child = Thank your child for telling you, and say it is not their fault
    .feedback = Your child comes first. Feeling safe with you helps them keep talking.
# Step 2.
q-report-steps-save-evidence = Save screenshots, usernames and links
    .feedback = Evidence next, before anything can disappear.
# Step 3.
q-report-steps-report-to-platform = Report the account on the platform
    .feedback = Report while you can still see the profile.
# Step 4.
q-report-steps-block-account = Block the account
    .feedback = Blocking after reporting stops further contact.
# Step 5.
q-report-steps-keep-supporting = Keep supporting your child in the weeks after
    .feedback = Support matters long after the report is made.

# Question: single choice about where to report in the US.
q-where-in-us = You live in the US. An adult online asked your 12-year-old for sexual images. Where should you report, as well as to the app?
    .hint = Look back at the card on reporting beyond the app.
    .explanation = In the US, report to NCMEC's CyberTipline at report.cybertip.org or 1-800-843-5678. NCMEC shares reports with police who can act.
# Answer option (right).
q-where-in-us-cybertipline = NCMEC's CyberTipline, at report.cybertip.org
    .feedback = Yes. The CyberTipline is the US place to report this. You can also contact local police.
# Answer option (wrong).
q-where-in-us-social-media-post = A post on social media warning other parents
    .feedback = Not quite. A public post can expose your child and can warn the person. Report it privately instead.
# Answer option (wrong).
q-where-in-us-only-the-school = Only your child's school
    .feedback = Not quite. The school may help support your child, but this needs a report to the CyberTipline or police.

# Question: a scenario. The situation is shown first, then the question.
q-no-local-line = What could you do?
    .situation = Someone online has been pressuring your 13-year-old for photos. You are not in the US, and you are not sure who to call where you live.
    .hint = There are ways to find help in any country.
    .explanation = Check the Help screen and Child Helpline International's directory to find a local line. Report to the platform and police too. Doing nothing or naming the person online can leave your child less safe.
# Action (best).
q-no-local-line-help-screen-and-directory = Check the Help screen for your country, or Child Helpline International's directory.
    .feedback = Best choice. A local helpline can guide you on what to do and where to report.
# Action (also good).
q-no-local-line-platform-and-police = Save evidence, report on the app, and contact your local police.
    .feedback = Good choice. Platforms and police can act, wherever you live.
# Action (not helpful).
q-no-local-line-nothing-to-do = Do nothing, since there is no US-style hotline here.
    .feedback = There is still help. Police, platforms and child helplines exist in most countries.
# Action (not helpful).
q-no-local-line-name-them-online = Post the person's username online to shame them.
    .feedback = This can expose your child and warn the person before police can act. Report privately instead.

# Question: true or false about hearing back. The right answer is "true".
q-may-not-hear-back = After you report, you may not hear every detail of what happens next.
    .hint = Think about what the card said about time and updates.
    .explanation = Yes. Reviews and police work take time, and some details stay private. Not hearing back does not mean nothing happened.
# Feedback if the caregiver picks "true" (right).
q-may-not-hear-back-true =
    .feedback = Right. Your report still matters, even if you hear little. Keep your evidence in case police ask.
# Feedback if the caregiver picks "false" (wrong).
q-may-not-hear-back-false =
    .feedback = Not quite. You may not hear every detail. That does not mean the report was ignored.

# Question: multiple choice, "choose all that apply".
q-support-after-report = Which of these help a child after a report? Choose all that apply.
    .hint = Think about safety, control and routine.
    .explanation = Routines, hearing that it is not their fault, a say in decisions and offers of counselling all help. Silence and bans can make a child feel punished or alone.
# Answer option (helps).
q-support-after-report-keep-routines = Keeping daily routines as normal as you can
    .feedback = Yes. Routines help a child feel safe again.
# Answer option (helps).
q-support-after-report-repeat-not-fault = Reminding them, often, that it is not their fault
    .feedback = Yes. Children often blame themselves. Hearing it again and again helps.
# Answer option (helps).
q-support-after-report-involve-in-decisions = Involving them in decisions, like who else needs to know
    .feedback = Yes. It gives back some of the control that was taken from them.
# Answer option (helps).
q-support-after-report-offer-counselling = Offering a counsellor, doctor or helpline to talk to
    .feedback = Yes. Extra support can help with feelings that last for weeks.
# Answer option (does not help).
q-support-after-report-never-mention-again = Never mentioning it again
    .feedback = Not quite. Silence can feel like shame. Let your child know they can talk about it any time.
# Answer option (does not help).
q-support-after-report-ban-all-devices = Banning all devices for months
    .feedback = Not quite. This can feel like a punishment for telling, and it cuts them off from friends.

# Question: sort tasks into who handles them.
q-who-does-what = Sort each task to the service that usually handles it.
    .hint = Think about who can remove content, who can investigate, and what uses a hash.
    .explanation = Platforms remove accounts and posts. The CyberTipline (in the US) and police deal with crimes like threats to a child. Take It Down helps remove nude images of under-18s using a hash.
# Group name.
q-who-does-what-platform = The app or platform
# Group name.
q-who-does-what-cybertipline-or-police = CyberTipline (US) or police
# Group name.
q-who-does-what-take-it-down = Take It Down
# Item to sort (platform).
q-who-does-what-remove-account = Remove an account that breaks the rules
    .feedback = Platforms can close accounts on their own service.
# Item to sort (platform).
q-who-does-what-remove-posts = Take down a harmful post or comment
    .feedback = Platforms remove content that breaks their rules.
# Item to sort (CyberTipline or police).
q-who-does-what-investigate-crime = Investigate a crime against a child
    .feedback = Police investigate crimes. In the US, the CyberTipline passes reports to them.
# Item to sort (CyberTipline or police).
q-who-does-what-threats-to-a-child = Track down the person threatening to share a child's image
    .feedback = Threats like this are a crime. Police can trace the person, so report them to the CyberTipline or police.
# Item to sort (Take It Down).
q-who-does-what-hash-removal = Make a hash of an image so sites can find copies
    .feedback = Take It Down makes a hash on your device, so the image never leaves it.
# Item to sort (Take It Down).
q-who-does-what-nude-image-under-18 = Help remove nude images of someone under 18
    .feedback = This is what Take It Down was made for.

# Question: single choice about the caregiver's own feelings.
q-caregiver-feelings = After a report, you feel angry and keep asking yourself how you missed it. What helps most?
    .hint = Who looks after the person looking after your child?
    .explanation = Strong feelings are normal. Abusers hide what they do, so no one sees every risk. Talking to someone helps you stay steady for your child.
# Answer option (right).
q-caregiver-feelings-normal-get-support = Knowing these feelings are normal, and talking to someone you trust
    .feedback = Yes. Support for you helps you support your child.
# Answer option (wrong).
q-caregiver-feelings-hide-feelings = Hiding your feelings and getting on with it alone
    .feedback = Not quite. Carrying it alone is hard. Reaching out is a strength.
# Answer option (wrong).
q-caregiver-feelings-blame-yourself = Deciding it was your failure as a parent
    .feedback = Not quite. People who target children hide what they do. The person who caused harm is responsible.

# Question: true or false about reporting after a delay. The right answer is "true".
q-waited-weeks = If your child waited weeks before telling you, it is still worth reporting.
    .hint = Does evidence or help run out after a few weeks?
    .explanation = Yes. Many children wait before telling. Reports still help, and your child still deserves support. It is not their fault that they waited.
# Feedback if the caregiver picks "true" (right).
q-waited-weeks-true =
    .feedback = Right. Report anyway, and thank your child for telling you when they could.
# Feedback if the caregiver picks "false" (wrong).
q-waited-weeks-false =
    .feedback = Not quite. Reports still help after weeks or months. Many children need time before they feel able to tell.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Try asking: "Do you know how to report someone in the apps you use? Can you show me?" Then say: "If you ever report something, or want to, you can tell me. I'll help, and you won't be blamed."
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask the group: what worries might stop a family from reporting? Walk through what happens after a platform report and a police report, and list where people in your own country can get support.
