## The Physical activity dialog (dialogs/physical-activity.toml).

physical-activity-title = Physical activity

physical-activity-intro = Here are two questions about how much you move. They come from Folkhälsomyndigheten (the Public Health Agency of Sweden). Afterwards you see what your answers suggest. It is not a diagnosis.

physical-activity-q1 = In a normal week, how much time do you spend on exercise that makes you out of breath? For example running, fitness classes or ball games.
physical-activity-q1-0 = No time
physical-activity-q1-lt30 = Less than 30 minutes
physical-activity-q1-30-59 = 30–59 minutes
physical-activity-q1-60-89 = 60–89 minutes
physical-activity-q1-90-119 = 90–119 minutes
physical-activity-q1-120 = 2 hours or more

physical-activity-q2 = In a normal week, how much time do you spend on everyday activities? For example walking, cycling or gardening. Add up all the time, at least 10 minutes at a time.
physical-activity-q2-0 = No time
physical-activity-q2-lt30 = Less than 30 minutes
physical-activity-q2-30-59 = 30–59 minutes
physical-activity-q2-60-89 = 60–89 minutes
physical-activity-q2-90-149 = 90–149 minutes
physical-activity-q2-150-299 = 150–299 minutes
physical-activity-q2-300 = 5 hours or more

physical-activity-result-enough =
    Your answers give about { $minutes } activity minutes a week. Exercise counts double.
    Your answers suggest that you move enough to stay healthy. Keep it up!
physical-activity-strength =
    The advice for adults is to move at least 150 minutes a week so that your pulse goes up, preferably up to 300 minutes. If you exercise hard, half the time is enough. It is also good to strengthen your muscles at least two days a week, for example with gym exercises, strength training or heavy garden work.
    Would you like to talk about your living habits? Your hälsocentral can help you.
physical-activity-result-low =
    Your answers give about { $minutes } activity minutes a week. Exercise counts double. The limit is 150 minutes.
    Your answers suggest that you move less than what is good for your health. It is not a diagnosis.
    All movement counts, and it is never too late to start. You choose how you want to go on.
physical-activity-choose = What suits you best?
physical-activity-choose-far = I would like support from health care
physical-activity-choose-self = I want to start on my own
physical-activity-far =
    Your hälsocentral can give you physical activity on prescription, FaR (fysisk aktivitet på recept). You make a plan together. The plan starts from what you like and what you can manage. Then you follow up how it goes.
    Contact your hälsocentral and ask for FaR.
physical-activity-tips =
    Start small, and then do more. Some tips:
    – Go for a walk, perhaps with someone you like.
    – Take the stairs instead of the lift.
    – Get up and move for a while when you have been sitting for a long time.
    – Choose something you enjoy. Then it is easier to keep going.
    If you have an illness, or are unsure what you can manage: ask your hälsocentral or call 1177. You can also get physical activity on prescription, FaR, at the hälsocentral.

## Lines for the summary, written as the person would say them.

physical-activity-note-q1-0 = In a normal week I do no exercise that makes me out of breath.
physical-activity-note-q1-lt30 = In a normal week I exercise less than 30 minutes so that I get out of breath.
physical-activity-note-q1-30-59 = In a normal week I exercise 30–59 minutes so that I get out of breath.
physical-activity-note-q1-60-89 = In a normal week I exercise 60–89 minutes so that I get out of breath.
physical-activity-note-q1-90-119 = In a normal week I exercise 90–119 minutes so that I get out of breath.
physical-activity-note-q1-120 = In a normal week I exercise 2 hours or more so that I get out of breath.
physical-activity-note-q2-0 = In a normal week I have no everyday activity, such as walking or cycling.
physical-activity-note-q2-lt30 = In a normal week I have less than 30 minutes of everyday activity.
physical-activity-note-q2-30-59 = In a normal week I have 30–59 minutes of everyday activity.
physical-activity-note-q2-60-89 = In a normal week I have 60–89 minutes of everyday activity.
physical-activity-note-q2-90-149 = In a normal week I have 90–149 minutes of everyday activity.
physical-activity-note-q2-150-299 = In a normal week I have 150–299 minutes of everyday activity.
physical-activity-note-q2-300 = In a normal week I have 5 hours or more of everyday activity.
physical-activity-note-result-enough = My answers about physical activity gave about { $minutes } activity minutes a week. That is above the limit of 150.
physical-activity-note-result-low = My answers about physical activity gave about { $minutes } activity minutes a week. That is below the limit of 150.
physical-activity-note-choose-far = I would like support from health care to move more, for example FaR.
physical-activity-note-choose-self = I want to try to move more on my own first.

## What Lots advised.

physical-activity-note-advice-enough = Lots advised me to keep moving and to strengthen my muscles.
physical-activity-note-advice-far = Lots told me about physical activity on prescription (FaR) at the hälsocentral.
physical-activity-note-advice-tips = Lots gave me tips on moving more, and told me about FaR at the hälsocentral.
