## The Cold and fever dialog (dialogs/cold-fever.toml).

cold-fever-title = Cold and fever

cold-fever-intro = I will ask a few short questions about how you feel. Then you find out what you can do yourself and where you can turn.
cold-fever-who = Are the questions about yourself or about a child?
cold-fever-who-me = Myself
cold-fever-who-child = A child

cold-fever-child =
    Children can have a fever in a different way from adults. Call 1177 if you are worried or unsure. A nurse helps you judge what the child needs.
    At 1177.se you can read about fever in children.
    Call 112 if the child finds it hard to breathe, is hard to wake or seems very ill.

cold-fever-acute = Is it so hard to breathe that you can hardly speak? Or have your lips turned blue?
cold-fever-neck = Is your neck stiff, so that it hurts or is hard to bend your head forward?
cold-fever-skin = Have you got small red or purple spots or patches on your skin that do not fade when you press on them?
cold-fever-confused = Do you feel confused, or are you hard to wake? Or does someone close to you think you are confused or not yourself?
cold-fever-breathing = Do you find it hard to breathe, or do you breathe faster than usual even when you rest?
cold-fever-worse-fast = Have you got much worse quickly, in just a few hours?
cold-fever-immune = Do you have a weak immune system, for example because you get chemotherapy or take medicines that lower your immune system?
cold-fever-travel = Have you travelled in a country with a tropical climate, for example in Africa, Asia or South America, in the last few months?

cold-fever-infant-ask = Is the child younger than 3 months, and does the child have a fever of 38 degrees or more?
cold-fever-infant =
    A child younger than 3 months with a fever needs care the same day.
    Call 1177 now, and they will tell you where to go.
    Call 112 if the child finds it hard to breathe, is hard to wake or seems very ill.

cold-fever-acute-care =
    Call 112 now.
    A fever together with a stiff neck, spots on the skin that do not fade, or confusion can be signs of a serious infection. It needs care at once.
    If you do not need an ambulance, you may be told to go to the akutmottagning (emergency department) at Östersunds sjukhus. Do not wait.

cold-fever-seek-care-now =
    Seek care now.
    What you tell me means you should get care today.
    Call 1177 now, and they will tell you where to go: to the hälsocentral or to the akutmottagning (emergency department) at Östersunds sjukhus.
    Call 112 if you find it very hard to breathe, get much worse or are hard to wake.

cold-fever-fever = Do you have a fever? A fever is 38 degrees or more.
cold-fever-fever-days = How long have you had a fever?
cold-fever-fever-days-short = A few days or less
cold-fever-fever-days-long = A high fever for more than a few days
cold-fever-worse-again = Did you first get better, and then worse again?

cold-fever-see-hc =
    Contact your hälsocentral.
    It is good to have a health professional look at you when you have had a high fever for a long time, or when you get worse again after first getting better.
    Until then you can rest and drink a lot. Call 1177 if you are unsure, or if the hälsocentral is closed.
    Call 112 if you find it very hard to breathe or get much worse.

cold-fever-self-care =
    This is what you can do yourself:
    – Rest, and take it easy until you feel well.
    – Drink a lot, especially when you have a fever.
    – You can take non-prescription medicine for fever and pain. Read the package leaflet and follow it.
    – Wash your hands often and stay at home while you are ill, so that you do not infect others.
    A cold usually goes away by itself within one to two weeks. The cough can last longer.
    Contact your hälsocentral if you have a high fever for several days, or if you get worse again after getting better. Call 1177 if you are unsure.
    Seek care at once if you find it hard to breathe.
    Call 112 if your neck gets stiff, you get spots on the skin that do not fade when you press on them, or you become confused. Call 112 also if it is so hard to breathe that you can hardly speak.

## Lines for the summary, written as the person would say them.

cold-fever-note-child = I am asking about a child with a cold or a fever.
cold-fever-note-advice-child = Lots advised me to call 1177 about the child, and 112 if the child finds it hard to breathe or is hard to wake.
cold-fever-note-acute = It is so hard to breathe that I can hardly speak, or my lips are blue.
cold-fever-note-neck = My neck is stiff.
cold-fever-note-infant = The child is younger than 3 months and has a fever.
cold-fever-note-advice-infant = Lots advised me that the child should get care the same day: call 1177 now, and 112 if the child finds it hard to breathe or is hard to wake.
cold-fever-note-skin = I have small red or purple spots on my skin that do not fade when I press on them.
cold-fever-note-confused = I feel confused or am hard to wake, or someone thinks I am confused.
cold-fever-note-breathing = I find it hard to breathe, or breathe faster than usual when I rest.
cold-fever-note-worse-fast = I have got much worse in just a few hours.
cold-fever-note-immune = I have a weak immune system, for example from chemotherapy or medicines.
cold-fever-note-travel = I have travelled in a country with a tropical climate in the last few months.
cold-fever-note-no-red-flags = My neck is not stiff, I have no spots on my skin that do not fade, I am not confused and I do not find it hard to breathe. I have not got much worse quickly, I do not have a weak immune system and I have not travelled in a tropical climate.
cold-fever-note-fever = I have a fever, 38 degrees or more.
cold-fever-note-fever-no = I do not have a fever.
cold-fever-note-fever-short = I have had a fever for a few days or less.
cold-fever-note-fever-long = I have had a high fever for more than a few days.
cold-fever-note-worse-again = I first got better, and then worse again.
cold-fever-note-advice-now = Lots advised me to seek care now.
cold-fever-note-advice-acute-care = Lots advised me to call 112 now, or to go to the emergency department.
cold-fever-note-advice-hc = Lots advised me to contact the hälsocentral.
cold-fever-note-advice-self-care = Lots gave me self-care advice and told me when to contact health care.
