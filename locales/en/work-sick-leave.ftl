## The Work and sick leave dialog (dialogs/work-sick-leave.toml).

work-sick-leave-title = Work, sick leave and getting back to work

work-sick-leave-intro = Here you find out who can help you when your health and your work are linked. It can be health care, your employer, Försäkringskassan (the Social Insurance Agency) or Arbetsförmedlingen (the Public Employment Service).
work-sick-leave-situation = What fits you best?
work-sick-leave-sick-job = I am ill and have a job
work-sick-leave-sick-no-job = I am ill and have no job
work-sick-leave-return = I am going back to work after sick leave
work-sick-leave-work-health = My work affects my health
work-sick-leave-job = I am looking for work and would like support

work-sick-leave-sick-job-info =
    Report sick to your employer. You can read at forsakringskassan.se what applies to sick pay (sjuklön), sickness benefit (sjukpenning) and medical certificates (läkarintyg), and you can ask your employer.
    Contact your hälsocentral if you need care.
    If the illness has to do with your work, occupational health care (företagshälsovård) can help. You reach it through your employer.
work-sick-leave-sick-no-job-info =
    If you have no job and become ill: read at forsakringskassan.se about the compensation there may be. If you are registered with Arbetsförmedlingen: tell them that you are ill.
    Contact your hälsocentral if you need care.
work-sick-leave-return-info =
    It is good to plan how you will start working again, together with your employer. You can for example start with fewer hours or other tasks. Your employer is responsible for adapting the work.
    Occupational health care (företagshälsovård) can help you and your employer. Försäkringskassan can answer questions about sickness benefit when you work part time.
work-sick-leave-work-health-info =
    If your work makes you feel bad, for example from stress or heavy lifting: talk to your manager. Occupational health care (företagshälsovård) can help you and your employer find solutions. You reach it through your employer.
    If you have problems that do not go away: contact your hälsocentral.
work-sick-leave-job-info = Arbetsförmedlingen helps you when you are looking for work. If you have an illness or a disability that affects what work you can do, tell them. Then you can get support that suits you.

work-sick-leave-coord = Are you in contact with several, for example health care, your employer and Försäkringskassan?
work-sick-leave-coord-info =
    Then it can help if someone keeps the contacts together. Ask at your hälsocentral for a rehabilitation coordinator (rehabkoordinator). They can help you with the contact between health care, your employer and Försäkringskassan.
    If you also get help from the municipality, you can make a coordinated individual plan, SIP (samordnad individuell plan). You can ask for it yourself.
    Write /summary to get what you have told me in one place, also in Swedish, so you do not have to tell everything again.
work-sick-leave-close = If you get worse or are unsure what to do: contact your hälsocentral or call 1177.

## Lines for the summary, written as the person would say them.

work-sick-leave-note-sick-job = I am ill and have a job.
work-sick-leave-note-sick-no-job = I am ill and have no job.
work-sick-leave-note-return = I am going back to work after sick leave.
work-sick-leave-note-work-health = My work affects my health.
work-sick-leave-note-job = I am looking for work and would like support.
work-sick-leave-note-coord = I am in contact with several, for example health care, my employer and Försäkringskassan, and would like help to coordinate.

## What Lots advised.

work-sick-leave-note-advice-coord = Lots advised me to ask the hälsocentral for a rehabilitation coordinator, and told me about SIP.
