## Texts about coming back, changed content and what I may remember (the profile).

resume-welcome-back = Welcome back!
resume-question = Last time you were in the middle of a question. Do you want to continue where you were, or start over?
resume-continue = Continue where I was
resume-restart = Start over

content-changed-restart = We have updated this part of Lots since last time. So we start it again from the beginning.
content-changed-menu = We have updated Lots since last time, and the part you were in is no longer there. Here is the menu.

profile-consent-question =
    May I remember your answer to the next question? Then you do not need to answer it again next time.
    You can write /mydata at any time to see what I have stored, and /forget to delete it all.
profile-consent-given = Thank you. I will remember your answer.
profile-consent-refused = That is fine. I will not keep your answer for next time.
profile-used = I am using what you answered before: { $answer }. Write /forget if you want me to forget it.

mydata-profile =
    What you have let me remember:
    { $profile }
mydata-consent-yes = You have agreed that I remember some answers for next time.
mydata-consent-no = You have said no to me remembering answers for next time.

# Shown in the terminal when `lots chat` starts.
terminal-hint = Lots – write /start to begin and /help for help. Ctrl-D ends.
