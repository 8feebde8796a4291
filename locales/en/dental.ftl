## The Dental care dialog (dialogs/dental.toml).

dental-title = Dental care

dental-intro = You get dental care at Folktandvården (the public dental service) or at a private dentist. You choose.
dental-what = What is it about?
dental-what-pain = I have toothache now
dental-what-young = Dental care for children and young people
dental-what-adult = Dental care for adults

dental-danger = Do you find it hard to breathe or swallow?
dental-pain =
    Call your dental clinic. Say that you are in pain, and you get an appointment as soon as needed.
    If the clinic is closed: call 1177 to find out where to turn. If your face is swollen and you have a fever: call the dental clinic today, or 1177 if it is closed.
dental-young =
    Children and young people get regular dental care for free up to a certain age. The age limit has changed, so check on 1177.se what applies to you.
    The child is usually called for check-ups. You can choose Folktandvården or a private dentist.
dental-adult =
    As an adult you pay for dental care, but the state gives a dental care allowance that makes it cheaper. Go for regular check-ups, so that problems are found early.
    If you have an illness or disability that makes it hard to take care of your teeth, you can sometimes get extra support. Ask your dental clinic or hälsocentral.

## Lines for the summary, written as the person would say them.

dental-note-pain = I have toothache now.
dental-note-young = I am asking about dental care for children and young people.
dental-note-adult = I am asking about dental care for adults.
dental-note-danger = I find it hard to breathe or swallow. I was advised to call 112.

## What Lots advised.

dental-note-advice-pain = Lots advised me to call the dental clinic, or 1177 when it is closed.
