## The Violence or threats dialog (dialogs/violence.toml). Calm tone, no blame, the person decides.

violence-title = Violence or threats in close relationships

violence-intro =
    It is good that you are getting in touch. No one has the right to hurt, threaten or control you, and it is never your fault. You decide how much you want to tell.
    If someone else can read your phone: write /forget when you are done, and I will erase everything you have written here.
violence-danger = Are you or someone else in danger right now?
violence-danger-yes = Yes, there is danger now
violence-danger-no = No, not right now

violence-who = Who is it about?
violence-who-me = Myself
violence-who-child = A child
violence-who-other = Someone I know, for example a friend or relative

violence-injured = Have you been injured, or are you in pain after what happened?
violence-care =
    You have the right to care. Contact your hälsocentral or call 1177. If the injury is serious: call 112.
    You can tell the staff what has happened, if you want to. They can write down your injuries. That can help later, for example if you want to report to the police.

violence-strangled = Has someone strangled you, or pressed hard around your neck?
violence-strangle-care =
    Seek care today, even if you see no marks. Strangling can cause injuries inside the neck that do not show on the outside.
    Go to the akutmottagning (emergency department) at Östersunds sjukhus, or call 1177 and they will tell you where to go.
    Call 112 if you find it hard to breathe or swallow, or feel confused.

violence-sexual = Has someone forced you to have sex, or done something sexual to you that you did not want?
violence-sexual-care =
    It is never your fault. Seek care as soon as you can, preferably within a few days.
    Health care can treat injuries and give protection against pregnancy and infections. They can also take samples that can be used if you want to report to the police, now or later. You decide yourself whether you want to report.
    Care after a sexual assault is free at the akutmottagning (emergency department) at Östersunds sjukhus.
    If you are in danger or badly injured: call 112.

violence-support-me =
    You are not alone. There is help, and you choose what you want to do.
    You can talk to Kvinnofridslinjen whenever you want, day and night, and stay anonymous.
    You can report to the police whenever you want, also later. If it is not urgent: call 114 14.
violence-child =
    Every child has the right to be safe. If a child is in danger: call 112.
    Children and young people can talk to BRIS themselves, day and night. If you are worried about a child, you can also contact the social services (socialtjänsten) in the municipality. They take your concern and can help the child and the family.
violence-other =
    It is good that you care. Listen, believe what the person tells you, and do not judge. Let the person decide what they want to do.
    You can call Kvinnofridslinjen yourself and get advice on how to support them. If someone is in danger: call 112.

violence-social = The social services in the municipality can give support and protection, for example talks or a safe place to live. Would you like to see how to reach your municipality?

violence-close = If it becomes dangerous: call 112 at once. Take care of yourself. You are welcome to come back here whenever you want.

## Lines for the summary. Short and neutral.

violence-note-danger = There was danger right now. I was advised to call 112.
violence-note-who-me = I have been exposed to violence or threats in a close relationship.
violence-note-who-child = I am worried about a child who is exposed to violence or threats.
violence-note-who-other = I am worried about someone I know who is exposed to violence or threats.
violence-note-injured = I have been injured or am in pain after what happened.
violence-note-strangled = Someone has strangled me or pressed hard around my neck.
violence-note-sexual = Someone has forced me to have sex or done something sexual to me that I did not want.
