## Dialogen Stress och oro (dialogs/stress-worry.toml).

stress-worry-title = Stress och oro

stress-worry-intro = Jag ställer några korta frågor om hur du mår. Sedan får du veta vad du kan göra själv och vart du kan vända dig.
stress-worry-chest = Har du just nu ont eller tryck i bröstet, eller svårt att andas?
stress-worry-weeks = Har stressen eller oron hållit på i flera veckor, så att det är svårt att klara vardagen, arbetet eller skolan?
stress-worry-low = Har du de senaste två veckorna ofta känt dig nedstämd, eller haft mindre lust och glädje att göra saker?
stress-worry-thoughts =
    När man är stressad eller orolig länge kan man må väldigt dåligt. Därför frågar jag alla det här.
    Har du haft tankar på att inte vilja leva, eller på att skada dig själv?

stress-worry-crisis =
    Tack för att du berättar. Det är modigt, och du behöver inte vara ensam med det.
    Prata med någon om dina tankar, gärna i dag. Du kan ringa Mind Självmordslinjen på 90101 eller chatta på mind.se. De svarar dygnet runt, och du kan vara anonym.
    Är du under 18 år kan du också ringa eller chatta med BRIS.
    Kontakta också din hälsocentral, eller ring 1177, och berätta hur du mår. Det finns hjälp att få.
    Om tankarna blir starka, eller om du är i fara: ring 112.

stress-worry-work = Har stressen med ditt arbete att göra?
stress-worry-work-info = När stressen har med arbetet att göra kan det hjälpa att prata med din chef om arbetsbördan. Många arbetsgivare har också en företagshälsovård som du kan få stöd av.

stress-worry-see-hc =
    Kontakta din hälsocentral.
    Det är bra att prata med vården när stressen eller oron har hållit på länge, eller när du känner dig nedstämd. Berätta hur du mår och hur det påverkar din vardag. Det finns hjälp att få.
    Till dess kan du pröva råden om stress och oro på 1177.se. Ring 1177 om du är osäker.
    Om du får tankar på att inte vilja leva: ring Mind Självmordslinjen på 90101. Om du är i fara: ring 112.

stress-worry-self-care =
    Det här kan du göra själv:
    – Andas lugnt. Andas in genom näsan och ut långsamt genom munnen, några gånger.
    – Rör på dig varje dag, till exempel en promenad.
    – Försök sova och äta på regelbundna tider.
    – Planera in pauser och sådant som du tycker om.
    – Prata med någon du litar på om hur du har det.
    – Begränsa hur mycket nyheter och sociala medier du tar in.
    Stress och oro går ofta över när det som stressar blir mindre.
    Kontakta din hälsocentral om det håller i sig i flera veckor och gör vardagen svår. Ring 1177 om du är osäker.
    Under menyvalet Hur jag mår finns fyra frågor om nedstämdhet och oro.
    Ring 112 om du får ont eller tryck i bröstet.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

stress-worry-note-chest = Jag har ont eller tryck i bröstet, eller svårt att andas.
stress-worry-note-weeks = Jag har varit stressad eller orolig i flera veckor, och det är svårt att klara vardagen, arbetet eller skolan.
stress-worry-note-weeks-no = Jag har inte varit stressad eller orolig i flera veckor.
stress-worry-note-low = Jag har de senaste två veckorna ofta känt mig nedstämd eller haft mindre lust att göra saker.
stress-worry-note-thoughts = Jag har ibland tankar på att inte vilja leva, eller på att skada mig själv.
stress-worry-note-thoughts-now = Jag har starka tankar på att inte vilja leva just nu.
stress-worry-note-advice-crisis = Lots gav mig numret till Mind Självmordslinjen (90101) och rådde mig att kontakta hälsocentralen eller 1177, och att ringa 112 om jag är i fara.
stress-worry-note-work = Stressen har med mitt arbete att göra.
stress-worry-note-advice-hc = Lots rådde mig att kontakta hälsocentralen om min stress eller oro.
stress-worry-note-advice-self-care = Lots gav mig råd om stress och oro och om när jag ska kontakta vården.
