## Dialogen Hur jag mår, PHQ-2 och GAD-2 (dialogs/mood.toml).

mood-title = Nedstämdhet och oro – fyra frågor

mood-intro =
    Här kommer fyra korta frågor om hur du har mått. De kommer från två formulär som vården använder, PHQ-2 och GAD-2. Efteråt får du veta vad dina svar tyder på. Det är ingen diagnos.
    Tänk på de senaste två veckorna.

mood-q1 =
    Under de senaste två veckorna, hur ofta har du besvärats av det här?
    Lite intresse eller glädje i att göra saker.
mood-q2 =
    Under de senaste två veckorna, hur ofta har du besvärats av det här?
    Känt dig nedstämd, deprimerad eller känt att framtiden ser hopplös ut.
mood-q3 =
    Under de senaste två veckorna, hur ofta har du besvärats av det här?
    Känt dig nervös, ängslig eller väldigt stressad.
mood-q4 =
    Under de senaste två veckorna, hur ofta har du besvärats av det här?
    Inte kunnat sluta oroa dig eller kontrollera din oro.

mood-not-at-all = Inte alls
mood-several-days = Flera dagar
mood-more-than-half = Mer än hälften av dagarna
mood-nearly-every-day = Nästan varje dag

mood-thoughts =
    Ibland när man mår dåligt kommer tankar på att inte vilja leva. Det är vanligare än många tror, och det är bra att säga det. Därför frågar jag alla.
    Har du de senaste två veckorna haft tankar på att inte vilja leva, eller på att skada dig själv?

mood-crisis =
    Tack för att du berättar. Det är modigt, och du behöver inte vara ensam med det.
    Prata med någon om dina tankar, gärna i dag. Du kan ringa Mind Självmordslinjen på 90101 eller chatta på mind.se. De svarar dygnet runt, och du kan vara anonym.
    Är du under 18 år kan du också ringa eller chatta med BRIS.
    Kontakta också din hälsocentral, eller ring 1177, och berätta hur du mår. Det finns hjälp att få, och det kan bli bättre.
    Om tankarna blir starka, eller om du är i fara: ring 112.

mood-result-both =
    Du fick { $phq } av 6 poäng på frågorna om nedstämdhet, och { $gad } av 6 poäng på frågorna om oro.
    Dina svar tyder på att du har haft det tungt med både nedstämdhet och oro de senaste veckorna. Det är ingen diagnos.
mood-result-phq =
    Du fick { $phq } av 6 poäng på frågorna om nedstämdhet, och { $gad } av 6 poäng på frågorna om oro.
    Dina svar tyder på att du har känt dig nedstämd ganska ofta de senaste veckorna. Det är ingen diagnos.
mood-result-gad =
    Du fick { $phq } av 6 poäng på frågorna om nedstämdhet, och { $gad } av 6 poäng på frågorna om oro.
    Dina svar tyder på att du har känt dig orolig eller ängslig ganska ofta de senaste veckorna. Det är ingen diagnos.
mood-see-hc =
    Vid 3 poäng eller mer är det bra att prata med vården. Kontakta din hälsocentral och berätta hur du har mått. Du kan visa dina svar, skriv /summary så ser du dem.
    Det finns hjälp att få, till exempel samtal. Ring 1177 om du är osäker eller vill prata med någon redan nu.
    Om du får tankar på att inte vilja leva: ring Mind Självmordslinjen på 90101. Om du är i fara: ring 112.
mood-result-low =
    Du fick { $phq } av 6 poäng på frågorna om nedstämdhet, och { $gad } av 6 poäng på frågorna om oro.
    Dina svar är under gränsen i testet. Men fyra frågor kan inte visa allt om hur du mår.
    Om du ändå behöver hjälp, eller om du mår sämre: kontakta din hälsocentral eller ring 1177.
mood-self-care =
    Det här kan du göra själv för att må bra:
    – Rör på dig varje dag, gärna ute i dagsljus.
    – Försök sova och äta på regelbundna tider.
    – Träffa eller prata med människor du tycker om.
    – Gör sådant som du brukar tycka om, även när lusten är liten.
    – Var försiktig med alkohol. Den kan göra att du mår sämre.
    Om du mår sämre, eller om det håller i sig i flera veckor: kontakta din hälsocentral eller ring 1177.
    Om du får tankar på att inte vilja leva: ring Mind Självmordslinjen på 90101. Om du är i fara: ring 112.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

mood-note-q1-not-at-all = De senaste två veckorna har jag haft lite intresse eller glädje i att göra saker: inte alls (0 av 3 poäng).
mood-note-q1-several-days = De senaste två veckorna har jag haft lite intresse eller glädje i att göra saker: flera dagar (1 av 3 poäng).
mood-note-q1-more-than-half = De senaste två veckorna har jag haft lite intresse eller glädje i att göra saker: mer än hälften av dagarna (2 av 3 poäng).
mood-note-q1-nearly-every-day = De senaste två veckorna har jag haft lite intresse eller glädje i att göra saker: nästan varje dag (3 av 3 poäng).
mood-note-q2-not-at-all = De senaste två veckorna har jag känt mig nedstämd, deprimerad eller känt att framtiden ser hopplös ut: inte alls (0 av 3 poäng).
mood-note-q2-several-days = De senaste två veckorna har jag känt mig nedstämd, deprimerad eller känt att framtiden ser hopplös ut: flera dagar (1 av 3 poäng).
mood-note-q2-more-than-half = De senaste två veckorna har jag känt mig nedstämd, deprimerad eller känt att framtiden ser hopplös ut: mer än hälften av dagarna (2 av 3 poäng).
mood-note-q2-nearly-every-day = De senaste två veckorna har jag känt mig nedstämd, deprimerad eller känt att framtiden ser hopplös ut: nästan varje dag (3 av 3 poäng).
mood-note-q3-not-at-all = De senaste två veckorna har jag känt mig nervös, ängslig eller väldigt stressad: inte alls (0 av 3 poäng).
mood-note-q3-several-days = De senaste två veckorna har jag känt mig nervös, ängslig eller väldigt stressad: flera dagar (1 av 3 poäng).
mood-note-q3-more-than-half = De senaste två veckorna har jag känt mig nervös, ängslig eller väldigt stressad: mer än hälften av dagarna (2 av 3 poäng).
mood-note-q3-nearly-every-day = De senaste två veckorna har jag känt mig nervös, ängslig eller väldigt stressad: nästan varje dag (3 av 3 poäng).
mood-note-q4-not-at-all = De senaste två veckorna har jag inte kunnat sluta oroa mig eller kontrollera min oro: inte alls (0 av 3 poäng).
mood-note-q4-several-days = De senaste två veckorna har jag inte kunnat sluta oroa mig eller kontrollera min oro: flera dagar (1 av 3 poäng).
mood-note-q4-more-than-half = De senaste två veckorna har jag inte kunnat sluta oroa mig eller kontrollera min oro: mer än hälften av dagarna (2 av 3 poäng).
mood-note-q4-nearly-every-day = De senaste två veckorna har jag inte kunnat sluta oroa mig eller kontrollera min oro: nästan varje dag (3 av 3 poäng).
mood-note-thoughts-no = Jag har inte haft tankar på att inte vilja leva eller skada mig själv.
mood-note-thoughts = Jag har ibland tankar på att inte vilja leva, eller på att skada mig själv.
mood-note-thoughts-now = Jag har starka tankar på att inte vilja leva just nu.
mood-note-advice-crisis = Lots gav mig numret till Mind Självmordslinjen (90101) och rådde mig att kontakta hälsocentralen eller 1177, och att ringa 112 om jag är i fara.
mood-note-result-both = Mina svar på PHQ-2 (nedstämdhet) gav { $phq } av 6 poäng och på GAD-2 (oro) { $gad } av 6 poäng. Gränsen är 3 poäng. Svaren tyder på både nedstämdhet och oro.
mood-note-result-phq = Mina svar på PHQ-2 (nedstämdhet) gav { $phq } av 6 poäng och på GAD-2 (oro) { $gad } av 6 poäng. Gränsen är 3 poäng. Svaren tyder på nedstämdhet.
mood-note-result-gad = Mina svar på PHQ-2 (nedstämdhet) gav { $phq } av 6 poäng och på GAD-2 (oro) { $gad } av 6 poäng. Gränsen är 3 poäng. Svaren tyder på oro.
mood-note-result-low = Mina svar på PHQ-2 (nedstämdhet) gav { $phq } av 6 poäng och på GAD-2 (oro) { $gad } av 6 poäng. Gränsen är 3 poäng. Svaren är under gränsen.
mood-note-advice-hc = Lots rådde mig att kontakta hälsocentralen om hur jag mår.
mood-note-advice-self-care = Lots gav mig råd om vad jag kan göra själv och om när jag ska kontakta vården.
