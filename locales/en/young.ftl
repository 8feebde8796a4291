## The Young dialog (dialogs/young.toml).

young-title = Young – body, feelings, school and home

young-intro = Here you find out where to turn when you are young and wonder about something, or when something feels hard. You decide what you want to tell.
young-age = How old are you? It helps me show places that see people your age.
young-age-under-13 = 12 or younger
young-age-13-17 = 13–17
young-age-18-25 = 18–25
young-age-adult = I am an adult asking about a young person

young-adult =
    It is good that you care. Talk with the young person and listen to what they think.
    The school health service at school (elevhälsa), the youth clinic (ungdomsmottagning) and 1177 can answer questions and help. If a child or young person is in danger: call 112.

young-about = What would you like to talk about?
young-about-body = Body, sex or relationships
young-about-mood = How I feel
young-about-school = School
young-about-home = Things are hard at home, or someone hurts me

young-body =
    It is common to wonder about your body, sex, contraception and relationships. All questions are okay.
    Below you see where you can read more and talk to someone who knows a lot about it. The staff have a duty of confidentiality. But if you are under 18 and they think you are being harmed, they must tell social services, so that you can get help.

young-mood-lead = Thank you for wanting to tell me. First a question that I ask everyone who wants to talk about how they feel.
young-thoughts = Do you have thoughts of not wanting to live, or of hurting yourself?
young-mood =
    Everyone feels bad sometimes. It can help to talk to someone you trust, for example a friend, a parent or another adult.
    Sleep, eat and move as well as you can. If you feel bad for a long time, or if everyday life gets hard to manage: talk to one of those below.
young-crisis =
    Thank you for telling me. You are not alone, and there is help. Talk to someone today.
    If you are in danger now: call 112.

young-school =
    If school feels heavy, for example stress, finding it hard to keep up, or if someone is mean to you: talk to the school health service (elevhälsa). There you find the school nurse, counsellor and psychologist. They have a duty of confidentiality. But if you are under 18 and they think you are being harmed, they must tell social services, so that you can get help.
    You can also talk to a teacher or another adult you trust.

young-home-danger = Are you in danger right now?
young-home =
    No one has the right to hit, threaten or hurt you. It is never your fault.
    Tell an adult you trust, for example the school nurse or counsellor. If you are under 18 you can also talk to BRIS, day and night. If it becomes dangerous: call 112.
    If someone else can read your phone: write /forget when you are done, and I will erase everything.

young-where-under-13 = Here you can get help. Talk to the school nurse or counsellor, or call or chat with BRIS. Some youth clinics see young people from 12, ask the school nurse.
young-where-13-17 = Here you can get help. At the youth clinic (ungdomsmottagning) you can talk to for example a midwife or counsellor, and it is usually free. On UMO.se you can read about most things. BRIS is there for you who are under 18.
young-where-18-25 = Here you can get help. On UMO.se you can read about most things. The youth clinic sees young people up to 20–25, different in different places. If you are too old for the youth clinic: contact your hälsocentral.

## Lines for the summary, written as the person would say them.

young-note-age-under-13 = I am 12 or younger.
young-note-age-13-17 = I am 13–17.
young-note-age-18-25 = I am 18–25.
young-note-age-adult = I am an adult asking about a young person.
young-note-about-body = I am wondering about body, sex or relationships.
young-note-about-mood = I want to talk about how I feel.
young-note-about-school = I want to talk about school.
young-note-about-home = Things are hard at home, or someone hurts me.
young-note-thoughts = I sometimes have thoughts of not wanting to live or of hurting myself.
young-note-thoughts-now = I have strong thoughts of not wanting to live right now.
young-note-home-danger = I was in danger at home. I was advised to call 112.

## What Lots advised.

young-note-advice-crisis = Lots gave me the numbers of BRIS (116 111) and Mind Självmordslinjen (90101), and advised me to call 112 if I am in danger.
young-note-advice-crisis-18 = Lots gave me the number of Mind Självmordslinjen (90101), advised me to contact 1177 or the hälsocentral, and to call 112 if I am in danger.
young-note-advice-under-13 = Lots showed me the school health service, BRIS and 1177.
young-note-advice-13-17 = Lots showed me the youth clinic, UMO.se, the school health service and BRIS.
young-note-advice-18-25 = Lots showed me the youth clinic, UMO.se, the hälsocentral and 1177.
