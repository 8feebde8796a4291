## The Expecting or parent of a small child dialog (dialogs/small-child.toml).

small-child-title = Expecting, or parent of a small child

small-child-intro = Here you find out where to turn when you are expecting a baby or have a small child.
small-child-who = What applies to you?
small-child-who-pregnant = I am pregnant, or my partner is
small-child-who-0-5 = I have a child aged 0–5
small-child-who-6 = I have a child who goes to school

small-child-pregnant-danger = Do you have any of this now: you are bleeding, clear fluid is coming from your vagina, you have severe pain in your belly, or the baby moves less than usual?
small-child-birth-ward =
    Call the förlossning (delivery ward) now. Do not wait, and do not call the hälsocentral or maternity care for this.
    The delivery ward's number is on 1177.se, under Hitta vård (Find care). You can also call the region's switchboard, 063-14 75 00, and ask to be put through to the förlossning.
    If you bleed a lot, are in severe pain or life is in danger: call 112.
small-child-pregnant =
    During pregnancy you get help from maternity care, MVC (mödravården). There you meet a midwife who follows you and the baby. Contact MVC when you know you are pregnant.
    Call the förlossning (delivery ward) at once if you start to bleed, clear fluid comes from your vagina, you get severe pain in your belly, or the baby moves less than usual. If it is acute: call 112.
small-child-school-child = For children at school there is the school health service (elevhälsa), with a school nurse, counsellor and psychologist. When the child is ill: call 1177 or contact the hälsocentral.

small-child-about = What is it about?
small-child-about-sick = My child is ill now
small-child-about-growth = My child's development, food, sleep or vaccines
small-child-about-parent = How I feel myself as a parent
small-child-about-teeth = My child's teeth

small-child-sick-danger = Does the child find it very hard to breathe, is it hard to wake, does it have seizures, or is it unusually limp?
small-child-sick =
    When a child is ill you can call 1177 day and night. A nurse helps you judge whether the child needs care, and where. On 1177.se there is advice on common problems in children.
    If the child gets worse, or if you are worried: call 1177 again. If it becomes acute: call 112.
small-child-sick-infant = Is the child younger than 3 months, and does the child have a fever of 38 degrees or more?
small-child-infant-fever =
    A child younger than 3 months with a fever needs care the same day.
    Call 1177 now, and they will tell you where to go.
    Call 112 if the child finds it hard to breathe, becomes hard to wake or seems very ill.
small-child-growth = The child health centre, BVC (barnavårdscentralen), follows the child's health and development from birth to 5 years. There the child gets vaccines, and you can ask about food, sleep and everything else about the child. You can contact BVC between visits too.

small-child-thoughts = It is common to feel tired and low as a parent. Do you have thoughts of not wanting to live, or of hurting yourself?
small-child-parent =
    It is common to feel tired, worried or sad when you have a small child. You are not alone, and it often gets better with support.
    Tell BVC how you feel. They also ask how the parents are. You can also contact your hälsocentral or call 1177.
small-child-parent-crisis =
    Thank you for telling me. You are not alone, and there is help. Talk to someone today.
    If you are in danger now: call 112.
small-child-teeth = Children and young people get regular dental care for free. The child is usually called to the dental clinic for check-ups. Brush the child's teeth twice a day with fluoride toothpaste from the first tooth. You can ask about teeth at BVC too.

## Lines for the summary, written as the person would say them.

small-child-note-pregnant = I am pregnant, or my partner is.
small-child-note-0-5 = I have a child aged 0–5.
small-child-note-6 = I have a child who goes to school.
small-child-note-about-sick = My child is ill now.
small-child-note-about-growth = I am asking about my child's development, food, sleep or vaccines.
small-child-note-about-parent = I want to talk about how I feel myself as a parent.
small-child-note-about-teeth = I am asking about my child's teeth.
small-child-note-danger = My child had signs of being seriously ill. I was advised to call 112.
small-child-note-no-danger = My child does not find it hard to breathe, is not hard to wake, has no seizures and is not unusually limp.
small-child-note-pregnant-danger = I am pregnant and bleeding, my waters have broken, I have severe pain in my belly, or the baby moves less than usual.
small-child-note-infant-fever = My child is younger than 3 months and has a fever.
small-child-note-thoughts = I sometimes have thoughts of not wanting to live or of hurting myself.
small-child-note-thoughts-now = I have strong thoughts of not wanting to live right now.

## What Lots advised.

small-child-note-advice-mvc = Lots advised me to contact maternity care (MVC).
small-child-note-advice-birth-ward = Lots advised me to call the delivery ward now, and 112 if it is acute.
small-child-note-advice-infant-fever = Lots advised me that the child should get care the same day: call 1177 now, and 112 if the child finds it hard to breathe or becomes hard to wake.
small-child-note-advice-sick = Lots advised me to call 1177 about the child, and 112 if it becomes acute.
small-child-note-advice-bvc = Lots advised me to contact BVC.
small-child-note-advice-parent = Lots advised me to tell BVC or the hälsocentral how I feel.
small-child-note-advice-crisis = Lots gave me the number of Mind Självmordslinjen (90101), advised me to contact 1177 or the hälsocentral, and to call 112 if I am in danger.
