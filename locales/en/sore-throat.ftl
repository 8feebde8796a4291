## The Sore throat dialog (dialogs/sore-throat.toml).

sore-throat-title = Sore throat

sore-throat-intro = I will ask a few short questions about how you feel. Then you find out what you can do yourself and where you can turn.
sore-throat-breathing = Do you find it hard to breathe? Or does it hurt so much that you cannot swallow your saliva?
sore-throat-one-sided = Do you have a lot of pain on one side of your throat, and is it hard to open your mouth?
sore-throat-duration = How long have you had a sore throat?
sore-throat-duration-short = Less than a week
sore-throat-duration-long = More than a week
sore-throat-fever = Have you had a fever for several days? A fever is 38 degrees or more.

sore-throat-seek-care-now =
    Seek care now.
    A lot of pain on one side of the throat, and difficulty opening your mouth, mean that you should get care today.
    Call your hälsocentral now. If the hälsocentral is closed: call 1177, and they will tell you where to go.
    Call 112 if you find it hard to breathe or cannot swallow your saliva.
sore-throat-see-hc =
    Contact your hälsocentral.
    It is good to have your throat looked at when you have had pain for a long time, or a fever for several days.
    Until then you can rest and drink a lot. Call 1177 if you are unsure or get worse.
    Call 112 if you find it hard to breathe or cannot swallow your saliva.
sore-throat-self-care =
    This is what you can do yourself:
    – Rest.
    – Drink a lot. Something cold or warm can soothe the throat.
    – Throat lozenges can help.
    – You can take non-prescription pain relief. Do as it says on the package.
    A sore throat usually goes away by itself within a week.
    Contact your hälsocentral if it has not gone away after a week, or if you get a fever for several days. Call 1177 if you are unsure.
    Call 112 if you find it hard to breathe or cannot swallow your saliva.

## Lines for the summary, written as the person would say them.

sore-throat-note-breathing = I find it hard to breathe or cannot swallow my saliva.
sore-throat-note-breathing-no = I can breathe and swallow my saliva.
sore-throat-note-one-sided = I have a lot of pain on one side of my throat and find it hard to open my mouth.
sore-throat-note-short = I have had a sore throat for less than a week.
sore-throat-note-long = I have had a sore throat for more than a week.
sore-throat-note-fever = I have had a fever, 38 degrees or more, for several days.
sore-throat-note-fever-no = I have not had a fever for several days.
sore-throat-note-advice-now = Lots advised me to seek care now.
sore-throat-note-advice-hc = Lots advised me to contact the hälsocentral.
sore-throat-note-advice-self-care = Lots gave me self-care advice and told me when to contact health care.
