## The Tobacco dialog (dialogs/tobacco.toml).

tobacco-title = Smoking and snus

tobacco-intro = Here are two questions, one about smoking and one about snus. Afterwards you see what your answers suggest. It is not a diagnosis.

tobacco-smoke = Do you smoke?
tobacco-snus = Do you use snus?
tobacco-never = No, I never have
tobacco-quit-long = No, I stopped more than 6 months ago
tobacco-quit-short = No, I stopped less than 6 months ago
tobacco-not-daily = Yes, but not every day
tobacco-daily = Yes, every day

tobacco-result-uses =
    Your answers suggest that you use tobacco. It is not a diagnosis.
    Stopping is one of the best things you can do for your health. It always pays off, however long you have smoked or used snus. Many people need several tries, and support makes it easier.
tobacco-ready = How would you like to go on? You decide.
tobacco-ready-support = I want to stop and would like support
tobacco-ready-self = I want to try to stop on my own
tobacco-ready-not-now = I do not want to stop right now
tobacco-support =
    Good that you want to stop! You can get support in two ways:
    – Sluta-röka-linjen (the quit line) helps you stop smoking or using snus. You can speak Swedish, English or Arabic.
    – Your hälsocentral can give you counselling and advice, for example about medicines that make it easier to stop.
tobacco-self =
    Good that you want to stop! Some tips:
    – Choose a day when you stop.
    – Think of what you will do instead at the times when you usually smoke or use snus.
    – Tell someone you trust.
    – If it does not work the first time: try again. It is common to need several tries.
    If you would like support later on, you find it here.
tobacco-not-now =
    That is your choice. If you want to stop or cut down later on, there is support. You are always welcome to get in touch.
tobacco-result-recent-quit =
    Your answers suggest that you have recently stopped. Well done!
    The first months are often the hardest. If the craving gets strong you can get support, so that you stay free from tobacco.
tobacco-result-none =
    Your answers suggest that you do not use tobacco. That is good for your health.
    Would you like to talk about other living habits? Your hälsocentral can help you.

## Lines for the summary, written as the person would say them.

tobacco-note-smoke-never = I have never smoked.
tobacco-note-smoke-quit-long = I stopped smoking more than 6 months ago.
tobacco-note-smoke-quit-short = I stopped smoking less than 6 months ago.
tobacco-note-smoke-not-daily = I smoke, but not every day.
tobacco-note-smoke-daily = I smoke every day.
tobacco-note-snus-never = I have never used snus.
tobacco-note-snus-quit-long = I stopped using snus more than 6 months ago.
tobacco-note-snus-quit-short = I stopped using snus less than 6 months ago.
tobacco-note-snus-not-daily = I use snus, but not every day.
tobacco-note-snus-daily = I use snus every day.
tobacco-note-result-uses = My answers about tobacco suggest that I use tobacco.
tobacco-note-result-recent-quit = My answers about tobacco suggest that I have recently stopped.
tobacco-note-result-none = My answers about tobacco suggest that I do not use tobacco.
tobacco-note-ready-support = I want to stop using tobacco and would like support.
tobacco-note-ready-self = I want to try to stop using tobacco on my own.
tobacco-note-ready-not-now = I do not want to stop using tobacco right now.

## What Lots advised.

tobacco-note-advice-support = Lots told me about Sluta-röka-linjen and about support at the hälsocentral.
tobacco-note-advice-self = Lots gave me tips on stopping, and told me about Sluta-röka-linjen and the hälsocentral.
tobacco-note-advice-not-now = Lots told me where to get support if I want to stop later on.
