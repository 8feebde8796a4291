## The Back pain dialog (dialogs/back-pain.toml).

back-pain-title = Back pain

back-pain-intro = I will ask a few short questions about your back. Then you find out what you can do yourself and where you can turn.
back-pain-chest = Do you also have pain or pressure in your chest, or find it hard to breathe?
back-pain-bladder = Do you find it hard to pass urine or stool? Or can you not hold it in?
back-pain-numb = Does it feel numb around your anus or your genitals?
back-pain-legs = Do both your legs feel weak, so that it is hard to walk or stand?
back-pain-fever = Do you have a fever? A fever is 38 degrees or more.
back-pain-fall = Did the pain start after you fell or had an accident?
back-pain-cancer = Have you had cancer, or are you being treated for cancer?

back-pain-emergency-dept =
    Seek care at an emergency department now.
    Back pain together with what you tell me can be serious. It needs care at once, not tomorrow.
    Go to the akutmottagning (emergency department) at Östersunds sjukhus. If you cannot get there on your own, or if life is in danger: call 112.
    If you have questions on the way: call 1177.

back-pain-seek-care-now =
    Seek care now.
    Back pain together with what you tell me means you should get care today.
    Call 1177 now, and they will tell you where to go. You can also call your hälsocentral if it is open.
    Call 112 if you get chest pain, find it hard to breathe, or if it gets much worse quickly.

back-pain-duration = How long have you had back pain?
back-pain-duration-short = Less than a month
back-pain-duration-long = A month or longer

back-pain-see-hc =
    Contact your hälsocentral.
    It is good to have your back looked at when it has not got better in about a month. Many health centres (hälsocentraler) have a physiotherapist who can help you with movement and exercise.
    If the trouble has to do with your work, you can also talk to the occupational health service (företagshälsovården).
    Until then: keep moving as well as you can. Call 1177 if you are unsure.
    Go to the emergency department at once if you find it hard to pass urine or stool, feel numb around your anus or genitals, or get weak in both legs.

back-pain-self-care =
    This is what you can do yourself:
    – Keep moving and doing what you usually do, as well as you can. Lying still does not usually make the back better.
    – Go for a short walk several times a day.
    – Warmth can help, for example a warm shower or a heat pad.
    – You can take non-prescription pain relief. Read the package leaflet and follow it.
    Back pain usually goes away by itself within a few weeks.
    Contact your hälsocentral if it has not got better after about a month. Call 1177 if you are unsure.
    Go to the emergency department at once if you find it hard to pass urine or stool, feel numb around your anus or genitals, or get weak in both legs. Seek care the same day if you get a fever.
    Call 112 if you also get pain or pressure in your chest.

## Lines for the summary, written as the person would say them.

back-pain-note-chest = I have back pain and also pain or pressure in my chest, or find it hard to breathe.
back-pain-note-bladder = I have back pain and find it hard to pass urine or stool, or cannot hold it in.
back-pain-note-numb = I have back pain and feel numb around my anus or genitals.
back-pain-note-legs = I have back pain and both my legs feel weak.
back-pain-note-fever = I have back pain and a fever.
back-pain-note-fall = My back pain started after I fell or had an accident.
back-pain-note-cancer = I have back pain and have had cancer, or am being treated for cancer.
back-pain-note-no-red-flags = I have back pain. I have no chest pain, no trouble passing urine or stool, no numbness around my genitals, no weak legs and no fever. It did not start after a fall, and I have not had cancer.
back-pain-note-short = I have had back pain for less than a month.
back-pain-note-long = I have had back pain for a month or longer.
back-pain-note-advice-now = Lots advised me to seek care now.
back-pain-note-advice-emergency-dept = Lots advised me to go to the emergency department now, and to call 112 if I cannot get there on my own.
back-pain-note-advice-hc = Lots advised me to contact the hälsocentral.
back-pain-note-advice-self-care = Lots gave me self-care advice and told me when to contact health care.
