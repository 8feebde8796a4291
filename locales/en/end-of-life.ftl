## The Serious illness at the end of life dialog (dialogs/end-of-life.toml).

end-of-life-title = Serious illness at the end of life

end-of-life-intro = This is for you who are seriously ill, or for you who are close to someone who is. Here you find out what support there is and whom you can contact. Take the time you need.
end-of-life-who = Is it about yourself or someone close to you?
end-of-life-who-me = Myself
end-of-life-who-close = Someone close to me

end-of-life-need = What would you like to know more about?
end-of-life-need-worse = It has got worse now
end-of-life-need-home = Care at home
end-of-life-need-relative = Support for me as someone close
end-of-life-need-plan = Planning the care together

end-of-life-worse =
    If you already have care at home, from the municipality's home health care or from Storsjögläntan: first call the number they gave you. They know you and what you have planned together. The municipality's district nurses are there day and night.
    If you do not have care at home: call 1177. They answer day and night and help you further.
    If it is acute, for example sudden severe breathlessness, and you cannot reach them: call 112.
end-of-life-home =
    A person who is seriously ill can often get care at home.
    The municipality's home health care (hemsjukvård) gives care in the home. District nurses are available day and night.
    Storsjögläntan gives specialised care at home at the end of life, in the whole region. A referral from a doctor is needed. Talk to the doctor or nurse at the hälsocentral or at the clinic where you get care.
end-of-life-relative =
    It is hard to be close to someone who is seriously ill. It is important that you get support too.
    The municipality has support for relatives, for example talks, meetings with others in the same situation, or respite so that you can rest.
    If you stay home from work to care for someone who is very ill: read at forsakringskassan.se about the compensation there may be.
    There are also associations for relatives and for patients, where you can meet others in the same situation.
end-of-life-plan =
    When both the region and the municipality give care and support, you can make a coordinated individual plan, SIP (samordnad individuell plan). Everyone meets and plans together with you. You can ask for a SIP yourselves, at the hälsocentral or at the municipality.
    You can also ask for a named contact (fast vårdkontakt) at the hälsocentral, a person who knows you and keeps the care together.
    Tell them what matters to you, for example where you want to be and what you wish for. It helps the staff to plan.
end-of-life-muni-ask = Would you like to see how to reach the municipality, for home health care or support for relatives?

end-of-life-close =
    You do not have to manage everything on your own. Write /summary to get what you have told me in one place, also in Swedish, to show the staff.
    If you are unsure where to turn: call 1177, day and night.

## Lines for the summary, written as the person would say them.

end-of-life-note-who-me = I am seriously ill.
end-of-life-note-who-close = Someone close to me is seriously ill.
end-of-life-note-need-worse = It has got worse now.
end-of-life-note-need-home = I am asking about care at home, for example home health care or Storsjögläntan.
end-of-life-note-need-relative = I would like support as someone close.
end-of-life-note-need-plan = I would like to plan the care together with everyone, for example with a SIP.

## What Lots advised.

end-of-life-note-advice-worse = Lots advised me to first call the number from the home health care or Storsjögläntan, otherwise 1177, and 112 if it is acute and I cannot reach them.
