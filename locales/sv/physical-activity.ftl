## Dialogen Fysisk aktivitet (dialogs/physical-activity.toml).

physical-activity-title = Fysisk aktivitet

physical-activity-intro = Här kommer två frågor om hur mycket du rör på dig. De kommer från Folkhälsomyndigheten. Efteråt får du veta vad dina svar tyder på. Det är ingen diagnos.

physical-activity-q1 = Hur mycket tid ägnar du en vanlig vecka åt träning som gör dig andfådd? Till exempel löpning, motionsgymnastik eller bollsport.
physical-activity-q1-0 = Ingen tid
physical-activity-q1-lt30 = Mindre än 30 minuter
physical-activity-q1-30-59 = 30–59 minuter
physical-activity-q1-60-89 = 60–89 minuter
physical-activity-q1-90-119 = 90–119 minuter
physical-activity-q1-120 = 2 timmar eller mer

physical-activity-q2 = Hur mycket tid ägnar du en vanlig vecka åt vardagsaktiviteter? Till exempel promenader, cykling eller trädgårdsarbete. Räkna ihop all tid, minst 10 minuter åt gången.
physical-activity-q2-0 = Ingen tid
physical-activity-q2-lt30 = Mindre än 30 minuter
physical-activity-q2-30-59 = 30–59 minuter
physical-activity-q2-60-89 = 60–89 minuter
physical-activity-q2-90-149 = 90–149 minuter
physical-activity-q2-150-299 = 150–299 minuter
physical-activity-q2-300 = 5 timmar eller mer

physical-activity-result-enough =
    Dina svar ger ungefär { $minutes } aktivitetsminuter i veckan. Träning räknas dubbelt.
    Dina svar tyder på att du rör dig tillräckligt för att må bra. Fortsätt så!
physical-activity-strength =
    Rådet för vuxna är att röra sig minst 150 minuter i veckan så att pulsen ökar, gärna upp till 300 minuter. Om du tränar hårt räcker hälften av tiden. Det är också bra att stärka musklerna minst två dagar i veckan, till exempel med gymnastik, styrketräning eller tunga trädgårdsarbeten.
    Vill du prata om dina levnadsvanor? Din hälsocentral kan hjälpa dig.
physical-activity-result-low =
    Dina svar ger ungefär { $minutes } aktivitetsminuter i veckan. Träning räknas dubbelt. Gränsen är 150 minuter.
    Dina svar tyder på att du rör dig mindre än vad som är bra för hälsan. Det är ingen diagnos.
    All rörelse räknas, och det är aldrig för sent att börja. Du väljer själv hur du vill gå vidare.
physical-activity-choose = Vad passar dig bäst?
physical-activity-choose-far = Jag vill ha stöd från vården
physical-activity-choose-self = Jag vill börja på egen hand
physical-activity-far =
    Din hälsocentral kan ge dig fysisk aktivitet på recept, FaR. Då gör ni en plan tillsammans. Planen utgår från vad du tycker om och vad du orkar. Sedan följer ni upp hur det går.
    Kontakta din hälsocentral och fråga efter FaR.
physical-activity-tips =
    Börja med lite, och öka sedan. Några tips:
    – Gå en promenad, gärna med någon du tycker om.
    – Ta trappan i stället för hissen.
    – Res dig och rör på dig en stund när du har suttit länge.
    – Välj något som du tycker är roligt. Då är det lättare att fortsätta.
    Om du har en sjukdom, eller är osäker på vad du klarar: fråga din hälsocentral eller ring 1177. Du kan också få fysisk aktivitet på recept, FaR, på hälsocentralen.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

physical-activity-note-q1-0 = En vanlig vecka tränar jag inte så att jag blir andfådd.
physical-activity-note-q1-lt30 = En vanlig vecka tränar jag mindre än 30 minuter så att jag blir andfådd.
physical-activity-note-q1-30-59 = En vanlig vecka tränar jag 30–59 minuter så att jag blir andfådd.
physical-activity-note-q1-60-89 = En vanlig vecka tränar jag 60–89 minuter så att jag blir andfådd.
physical-activity-note-q1-90-119 = En vanlig vecka tränar jag 90–119 minuter så att jag blir andfådd.
physical-activity-note-q1-120 = En vanlig vecka tränar jag 2 timmar eller mer så att jag blir andfådd.
physical-activity-note-q2-0 = En vanlig vecka har jag inga vardagsaktiviteter, som promenader eller cykling.
physical-activity-note-q2-lt30 = En vanlig vecka har jag mindre än 30 minuter vardagsaktiviteter.
physical-activity-note-q2-30-59 = En vanlig vecka har jag 30–59 minuter vardagsaktiviteter.
physical-activity-note-q2-60-89 = En vanlig vecka har jag 60–89 minuter vardagsaktiviteter.
physical-activity-note-q2-90-149 = En vanlig vecka har jag 90–149 minuter vardagsaktiviteter.
physical-activity-note-q2-150-299 = En vanlig vecka har jag 150–299 minuter vardagsaktiviteter.
physical-activity-note-q2-300 = En vanlig vecka har jag 5 timmar eller mer vardagsaktiviteter.
physical-activity-note-result-enough = Mina svar om fysisk aktivitet gav ungefär { $minutes } aktivitetsminuter i veckan. Det är över gränsen 150.
physical-activity-note-result-low = Mina svar om fysisk aktivitet gav ungefär { $minutes } aktivitetsminuter i veckan. Det är under gränsen 150.
physical-activity-note-choose-far = Jag vill gärna ha stöd från vården för att röra mig mer, till exempel FaR.
physical-activity-note-choose-self = Jag vill först försöka röra mig mer på egen hand.

## Vad Lots rådde till.

physical-activity-note-advice-enough = Lots gav mig råd om att fortsätta röra mig och stärka musklerna.
physical-activity-note-advice-far = Lots gav mig information om fysisk aktivitet på recept (FaR) på hälsocentralen.
physical-activity-note-advice-tips = Lots gav mig tips om att röra mig mer, och om FaR på hälsocentralen.
