## The How I feel dialog, PHQ-2 and GAD-2 (dialogs/mood.toml).

mood-title = Low mood and worry – four questions

mood-intro =
    Here are four short questions about how you have felt. They come from two forms that health care uses, PHQ-2 and GAD-2. Afterwards you see what your answers suggest. It is not a diagnosis.
    Think of the last two weeks.

mood-q1 =
    Over the last two weeks, how often have you been bothered by this?
    Little interest or pleasure in doing things.
mood-q2 =
    Over the last two weeks, how often have you been bothered by this?
    Feeling down, depressed or hopeless.
mood-q3 =
    Over the last two weeks, how often have you been bothered by this?
    Feeling nervous, anxious or on edge.
mood-q4 =
    Over the last two weeks, how often have you been bothered by this?
    Not being able to stop or control worrying.

mood-not-at-all = Not at all
mood-several-days = Several days
mood-more-than-half = More than half the days
mood-nearly-every-day = Nearly every day

mood-thoughts =
    Sometimes when you feel bad, thoughts of not wanting to live come. It is more common than many people think, and it is good to say so. That is why I ask everyone.
    Over the last two weeks, have you had thoughts of not wanting to live, or of harming yourself?

mood-crisis =
    Thank you for telling me. It takes courage, and you do not have to be alone with this.
    Talk to someone about your thoughts, preferably today. You can call Mind Självmordslinjen (the Suicide Line) on 90101 or chat at mind.se. They answer day and night, and you can stay anonymous.
    If you are under 18, you can also call or chat with BRIS.
    Also contact your hälsocentral, or call 1177, and tell them how you feel. There is help to get, and things can get better.
    If the thoughts get strong, or if you are in danger: call 112.

mood-result-both =
    You got { $phq } of 6 points on the questions about low mood, and { $gad } of 6 points on the questions about worry.
    Your answers suggest that you have had a hard time with both low mood and worry in the last few weeks. It is not a diagnosis.
mood-result-phq =
    You got { $phq } of 6 points on the questions about low mood, and { $gad } of 6 points on the questions about worry.
    Your answers suggest that you have felt down quite often in the last few weeks. It is not a diagnosis.
mood-result-gad =
    You got { $phq } of 6 points on the questions about low mood, and { $gad } of 6 points on the questions about worry.
    Your answers suggest that you have felt worried or anxious quite often in the last few weeks. It is not a diagnosis.
mood-see-hc =
    At 3 points or more it is good to talk to health care. Contact your hälsocentral and tell them how you have felt. You can show your answers: write /summary to see them.
    There is help to get, for example talking therapy. Call 1177 if you are unsure or want to talk to someone right away.
    If you get thoughts of not wanting to live: call Mind Självmordslinjen on 90101. If you are in danger: call 112.
mood-result-low =
    You got { $phq } of 6 points on the questions about low mood, and { $gad } of 6 points on the questions about worry.
    Your answers are below the limit of the test. But four questions cannot show everything about how you feel.
    If you still need help, or if you feel worse: contact your hälsocentral or call 1177.
mood-self-care =
    This is what you can do yourself to feel well:
    – Move every day, preferably outdoors in daylight.
    – Try to sleep and eat at regular times.
    – Meet or talk to people you like.
    – Do things you usually enjoy, even when you do not feel like it.
    – Be careful with alcohol. It can make you feel worse.
    If you feel worse, or if it goes on for several weeks: contact your hälsocentral or call 1177.
    If you get thoughts of not wanting to live: call Mind Självmordslinjen on 90101. If you are in danger: call 112.

## Lines for the summary, written as the person would say them.

mood-note-q1-not-at-all = Over the last two weeks I have had little interest or pleasure in doing things: not at all (0 of 3 points).
mood-note-q1-several-days = Over the last two weeks I have had little interest or pleasure in doing things: several days (1 of 3 points).
mood-note-q1-more-than-half = Over the last two weeks I have had little interest or pleasure in doing things: more than half the days (2 of 3 points).
mood-note-q1-nearly-every-day = Over the last two weeks I have had little interest or pleasure in doing things: nearly every day (3 of 3 points).
mood-note-q2-not-at-all = Over the last two weeks I have felt down, depressed or hopeless: not at all (0 of 3 points).
mood-note-q2-several-days = Over the last two weeks I have felt down, depressed or hopeless: several days (1 of 3 points).
mood-note-q2-more-than-half = Over the last two weeks I have felt down, depressed or hopeless: more than half the days (2 of 3 points).
mood-note-q2-nearly-every-day = Over the last two weeks I have felt down, depressed or hopeless: nearly every day (3 of 3 points).
mood-note-q3-not-at-all = Over the last two weeks I have felt nervous, anxious or on edge: not at all (0 of 3 points).
mood-note-q3-several-days = Over the last two weeks I have felt nervous, anxious or on edge: several days (1 of 3 points).
mood-note-q3-more-than-half = Over the last two weeks I have felt nervous, anxious or on edge: more than half the days (2 of 3 points).
mood-note-q3-nearly-every-day = Over the last two weeks I have felt nervous, anxious or on edge: nearly every day (3 of 3 points).
mood-note-q4-not-at-all = Over the last two weeks I have not been able to stop or control my worrying: not at all (0 of 3 points).
mood-note-q4-several-days = Over the last two weeks I have not been able to stop or control my worrying: several days (1 of 3 points).
mood-note-q4-more-than-half = Over the last two weeks I have not been able to stop or control my worrying: more than half the days (2 of 3 points).
mood-note-q4-nearly-every-day = Over the last two weeks I have not been able to stop or control my worrying: nearly every day (3 of 3 points).
mood-note-thoughts-no = I have not had thoughts of not wanting to live or of harming myself.
mood-note-thoughts = I sometimes have thoughts of not wanting to live, or of harming myself.
mood-note-thoughts-now = I have strong thoughts of not wanting to live right now.
mood-note-advice-crisis = Lots gave me the number of Mind Självmordslinjen (90101) and advised me to contact the hälsocentral or 1177, and to call 112 if I am in danger.
mood-note-result-both = My answers to PHQ-2 (low mood) gave { $phq } of 6 points and to GAD-2 (worry) { $gad } of 6 points. The limit is 3 points. The answers suggest both low mood and worry.
mood-note-result-phq = My answers to PHQ-2 (low mood) gave { $phq } of 6 points and to GAD-2 (worry) { $gad } of 6 points. The limit is 3 points. The answers suggest low mood.
mood-note-result-gad = My answers to PHQ-2 (low mood) gave { $phq } of 6 points and to GAD-2 (worry) { $gad } of 6 points. The limit is 3 points. The answers suggest worry.
mood-note-result-low = My answers to PHQ-2 (low mood) gave { $phq } of 6 points and to GAD-2 (worry) { $gad } of 6 points. The limit is 3 points. The answers are below the limit.
mood-note-advice-hc = Lots advised me to contact the hälsocentral about how I feel.
mood-note-advice-self-care = Lots gave me advice on what I can do myself and when to contact health care.
