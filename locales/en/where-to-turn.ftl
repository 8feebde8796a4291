## The Where should I turn? dialog (dialogs/where-to-turn.toml).

where-to-turn-title = Where should I turn? 112, 1177 or the hälsocentral

where-to-turn-intro = Here you get help to choose where to turn. It depends mostly on how urgent it is.
where-to-turn-urgency = What fits best right now?
where-to-turn-danger = There is danger to life, or a serious accident
where-to-turn-today = I need care today, or I am unsure
where-to-turn-wait = I need care, but it can wait a few days
where-to-turn-self = I want to know what I can do myself
where-to-turn-everyday = I need help in everyday life, not health care
where-to-turn-crisis = I want information about an accident or crisis in society, or to contact the police

where-to-turn-today-info =
    Call 1177, day and night. A nurse listens, gives advice and helps you find the right care, also when the hälsocentral is closed.
    If 1177 tells you to go to an emergency department: the region's akutmottagning is at Östersunds sjukhus.
    If it becomes acute, for example hard to breathe or pressure on the chest: call 112.
where-to-turn-wait-info =
    Contact your hälsocentral (primary care centre). You can call, or often write through 1177.se when you have logged in. On 1177.se, under Hitta vård (Find care), you find your hälsocentral.
    If you get worse: call 1177.
where-to-turn-self-info = There is a lot you can do yourself. On 1177.se there is advice on common problems, and here in Lots you find advice on symptoms in the menu. If you are unsure whether self-care is enough: call 1177.
where-to-turn-everyday-info = Help in everyday life, for example home help, support for relatives or social services, is given by the municipality (kommun).
where-to-turn-crisis-info =
    During a serious accident or crisis in society you can call 113 13 for information.
    If you want to contact the police and it is not urgent: call 114 14.
    If there is danger to life, or a crime is happening now: call 112.

## Lines for the summary, written as the person would say them.

where-to-turn-note-danger = There was danger to life. I was advised to call 112.
where-to-turn-note-today = I need care today, or I am unsure.
where-to-turn-note-wait = I need care, but it can wait a few days.
where-to-turn-note-self = I want to know what I can do myself.
where-to-turn-note-everyday = I need help in everyday life.
where-to-turn-note-crisis = I want information about an accident or crisis, or to contact the police.

## What Lots advised.

where-to-turn-note-advice-today = Lots advised me to call 1177, and 112 if it becomes acute.
where-to-turn-note-advice-wait = Lots advised me to contact the hälsocentral.
