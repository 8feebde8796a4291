## Dialogen Matvanor (dialogs/food.toml).

food-title = Matvanor

food-intro = Här kommer fyra frågor om vad du äter. De kommer från Socialstyrelsen. Efteråt får du veta vad dina svar tyder på. Det är ingen diagnos.

food-q1 = Hur ofta äter du grönsaker eller rotfrukter?
food-q2 = Hur ofta äter du frukt eller bär?
food-q3 = Hur ofta äter du fisk eller skaldjur? Det kan vara som huvudrätt, i sallad eller på smörgåsen.
food-q4 = Hur ofta äter du kaffebröd, godis, choklad eller chips, eller dricker läsk eller saft?

food-twice-a-day = Två gånger om dagen eller oftare
food-once-a-day = En gång om dagen
food-few-a-week = Några gånger i veckan
food-once-a-week-or-less = En gång i veckan eller mer sällan

food-fish-3 = Tre gånger i veckan eller oftare
food-fish-2 = Två gånger i veckan
food-fish-1 = En gång i veckan
food-fish-0 = Mer sällan än en gång i veckan

food-result-good =
    Du fick { $food } av 12 poäng.
    Dina svar tyder på att du i stort sett äter enligt råden för bra matvanor. Fortsätt så!
food-result-some =
    Du fick { $food } av 12 poäng.
    Dina svar tyder på att dina matvanor är ganska bra, men att du kan förbättra dem lite. Det är ingen diagnos.
    Tips: välj en sak i taget. Ät till exempel mer grönsaker och frukt, fisk två–tre gånger i veckan, och mindre godis, kaffebröd, chips och läsk.
food-result-low =
    Du fick { $food } av 12 poäng.
    Dina svar tyder på att dina matvanor kan vara en risk för din hälsa. Det är ingen diagnos.
    Små steg gör skillnad. Börja med en sak, till exempel grönsaker till varje middag, eller vatten i stället för läsk. Du behöver inte göra det ensam, du kan få stöd.
food-support = Vill du ha råd om mat som passar dig och din hälsa? Din hälsocentral kan hjälpa dig. På 1177.se kan du läsa mer om bra matvanor.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

food-note-q1-3 = Jag äter grönsaker eller rotfrukter två gånger om dagen eller oftare.
food-note-q1-2 = Jag äter grönsaker eller rotfrukter en gång om dagen.
food-note-q1-1 = Jag äter grönsaker eller rotfrukter några gånger i veckan.
food-note-q1-0 = Jag äter grönsaker eller rotfrukter en gång i veckan eller mer sällan.
food-note-q2-3 = Jag äter frukt eller bär två gånger om dagen eller oftare.
food-note-q2-2 = Jag äter frukt eller bär en gång om dagen.
food-note-q2-1 = Jag äter frukt eller bär några gånger i veckan.
food-note-q2-0 = Jag äter frukt eller bär en gång i veckan eller mer sällan.
food-note-q3-3 = Jag äter fisk eller skaldjur tre gånger i veckan eller oftare.
food-note-q3-2 = Jag äter fisk eller skaldjur två gånger i veckan.
food-note-q3-1 = Jag äter fisk eller skaldjur en gång i veckan.
food-note-q3-0 = Jag äter fisk eller skaldjur mer sällan än en gång i veckan.
food-note-q4-0 = Jag äter kaffebröd, godis eller chips, eller dricker läsk, två gånger om dagen eller oftare.
food-note-q4-1 = Jag äter kaffebröd, godis eller chips, eller dricker läsk, en gång om dagen.
food-note-q4-2 = Jag äter kaffebröd, godis eller chips, eller dricker läsk, några gånger i veckan.
food-note-q4-3 = Jag äter kaffebröd, godis eller chips, eller dricker läsk, en gång i veckan eller mer sällan.
food-note-result-good = Mina svar om matvanor gav { $food } av 12 poäng. Svaren tyder på att jag i stort sett följer råden.
food-note-result-some = Mina svar om matvanor gav { $food } av 12 poäng. Svaren tyder på att jag kan förbättra mina matvanor lite.
food-note-result-low = Mina svar om matvanor gav { $food } av 12 poäng. Svaren tyder på ohälsosamma matvanor.

## Vad Lots rådde till.

food-note-advice-support = Lots gav mig råd om matvanor och om stöd på hälsocentralen.
