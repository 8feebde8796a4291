## The Stress and worry dialog (dialogs/stress-worry.toml).

stress-worry-title = Stress and worry

stress-worry-intro = I will ask a few short questions about how you feel. Then you find out what you can do yourself and where you can turn.
stress-worry-chest = Do you have pain or pressure in your chest right now, or find it hard to breathe?
stress-worry-weeks = Has the stress or worry gone on for several weeks, so that it is hard to cope with everyday life, work or school?
stress-worry-low = Over the last two weeks, have you often felt down, or had less interest or pleasure in doing things?
stress-worry-thoughts =
    When you are stressed or worried for a long time, you can feel very bad. That is why I ask everyone this.
    Have you had thoughts of not wanting to live, or of harming yourself?

stress-worry-crisis =
    Thank you for telling me. It takes courage, and you do not have to be alone with this.
    Talk to someone about your thoughts, preferably today. You can call Mind Självmordslinjen (the Suicide Line) on 90101 or chat at mind.se. They answer day and night, and you can stay anonymous.
    If you are under 18, you can also call or chat with BRIS.
    Also contact your hälsocentral, or call 1177, and tell them how you feel. There is help to get.
    If the thoughts get strong, or if you are in danger: call 112.

stress-worry-work = Does the stress have to do with your work?
stress-worry-work-info = When the stress has to do with work, it can help to talk to your manager about your workload. Many employers also have an occupational health service (företagshälsovård) that can support you.

stress-worry-see-hc =
    Contact your hälsocentral.
    It is good to talk to health care when the stress or worry has gone on for a long time, or when you feel down. Tell them how you feel and how it affects your everyday life. There is help to get.
    Until then you can try the advice on stress and worry at 1177.se. Call 1177 if you are unsure.
    If you get thoughts of not wanting to live: call Mind Självmordslinjen on 90101. If you are in danger: call 112.

stress-worry-self-care =
    This is what you can do yourself:
    – Breathe calmly. Breathe in through your nose and out slowly through your mouth, a few times.
    – Move every day, for example a walk.
    – Try to sleep and eat at regular times.
    – Plan breaks and things you enjoy.
    – Talk to someone you trust about how you are.
    – Limit how much news and social media you take in.
    Stress and worry often pass when what causes the stress becomes less.
    Contact your hälsocentral if it goes on for several weeks and makes everyday life hard. Call 1177 if you are unsure.
    Under the menu choice How I feel there are four questions about low mood and worry.
    Call 112 if you get pain or pressure in your chest.

## Lines for the summary, written as the person would say them.

stress-worry-note-chest = I have pain or pressure in my chest, or find it hard to breathe.
stress-worry-note-weeks = I have been stressed or worried for several weeks, and it is hard to cope with everyday life, work or school.
stress-worry-note-weeks-no = I have not been stressed or worried for several weeks.
stress-worry-note-low = Over the last two weeks I have often felt down or had less interest in doing things.
stress-worry-note-thoughts = I sometimes have thoughts of not wanting to live, or of harming myself.
stress-worry-note-thoughts-now = I have strong thoughts of not wanting to live right now.
stress-worry-note-advice-crisis = Lots gave me the number of Mind Självmordslinjen (90101) and advised me to contact the hälsocentral or 1177, and to call 112 if I am in danger.
stress-worry-note-work = The stress has to do with my work.
stress-worry-note-advice-hc = Lots advised me to contact the hälsocentral about my stress or worry.
stress-worry-note-advice-self-care = Lots gave me advice on stress and worry and told me when to contact health care.
