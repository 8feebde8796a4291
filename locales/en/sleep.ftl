## The Sleep trouble dialog (dialogs/sleep.toml).

sleep-title = Sleep problems

sleep-intro = I will ask a few short questions about your sleep and how you feel. Then you find out what you can do yourself and where you can turn.
sleep-weeks = Have you slept badly for several weeks, so that it affects how you cope and feel during the day?
sleep-pauses = Has anyone seen you stop breathing for a while when you sleep? Or do you snore a lot and feel very tired during the day?
sleep-low = Over the last two weeks, have you often felt down, or had less interest or pleasure in doing things?
sleep-thoughts =
    Poor sleep and how you feel are often connected. That is why I ask everyone this.
    Have you had thoughts of not wanting to live, or of harming yourself?

sleep-crisis =
    Thank you for telling me. It takes courage, and you do not have to be alone with this.
    Talk to someone about your thoughts, preferably today. You can call Mind Självmordslinjen (the Suicide Line) on 90101 or chat at mind.se. They answer day and night, and you can stay anonymous.
    If you are under 18, you can also call or chat with BRIS.
    Also contact your hälsocentral, or call 1177, and tell them how you feel and sleep. There is help to get.
    If the thoughts get strong, or if you are in danger: call 112.

sleep-see-hc =
    Contact your hälsocentral.
    It is good to talk to health care when you have slept badly for a long time, when someone has seen you stop breathing in your sleep, or when you feel down. Tell them how you sleep and how you feel.
    Until then you can try the advice on sleep at 1177.se. Call 1177 if you are unsure.
    If you get thoughts of not wanting to live: call Mind Självmordslinjen on 90101. If you are in danger: call 112.

sleep-self-care =
    This is what you can do yourself:
    – Go to bed and get up at about the same time every day, also at the weekend.
    – Be out in daylight and move during the day.
    – Do not drink coffee, tea or energy drinks in the afternoon and evening. Alcohol also makes sleep worse.
    – Put away your phone and screens for a while before you go to sleep.
    – If you cannot fall asleep: get up for a while and do something calm. Go back when you feel sleepy.
    – If your thoughts keep spinning: write them down, and deal with them tomorrow.
    Sleeping badly for a few nights is common and usually passes.
    Contact your hälsocentral if it goes on for several weeks and affects your day. Call 1177 if you are unsure.
    Do you need someone to talk to at night? Jourhavande medmänniska answers in the evenings and at night.

## Lines for the summary, written as the person would say them.

sleep-note-weeks = I have slept badly for several weeks, and it affects how I cope and feel during the day.
sleep-note-weeks-no = I have not slept badly for several weeks.
sleep-note-pauses = Someone has seen me stop breathing for a while when I sleep, or I snore a lot and am very tired during the day.
sleep-note-low = Over the last two weeks I have often felt down or had less interest in doing things.
sleep-note-thoughts = I sometimes have thoughts of not wanting to live, or of harming myself.
sleep-note-thoughts-now = I have strong thoughts of not wanting to live right now.
sleep-note-advice-crisis = Lots gave me the number of Mind Självmordslinjen (90101) and advised me to contact the hälsocentral or 1177, and to call 112 if I am in danger.
sleep-note-advice-hc = Lots advised me to contact the hälsocentral about my sleep.
sleep-note-advice-self-care = Lots gave me advice on sleep and told me when to contact health care.
