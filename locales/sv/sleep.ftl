## Dialogen Sömnbesvär (dialogs/sleep.toml).

sleep-title = Sömnbesvär

sleep-intro = Jag ställer några korta frågor om din sömn och hur du mår. Sedan får du veta vad du kan göra själv och vart du kan vända dig.
sleep-weeks = Har du sovit dåligt i flera veckor, så att det påverkar hur du orkar och mår på dagen?
sleep-pauses = Har någon sett att du slutar andas en stund när du sover? Eller snarkar du mycket och är väldigt trött på dagen?
sleep-low = Har du de senaste två veckorna ofta känt dig nedstämd, eller haft mindre lust och glädje att göra saker?
sleep-thoughts =
    Dålig sömn och hur man mår hänger ofta ihop. Därför frågar jag alla det här.
    Har du haft tankar på att inte vilja leva, eller på att skada dig själv?

sleep-crisis =
    Tack för att du berättar. Det är modigt, och du behöver inte vara ensam med det.
    Prata med någon om dina tankar, gärna i dag. Du kan ringa Mind Självmordslinjen på 90101 eller chatta på mind.se. De svarar dygnet runt, och du kan vara anonym.
    Är du under 18 år kan du också ringa eller chatta med BRIS.
    Kontakta också din hälsocentral, eller ring 1177, och berätta hur du mår och sover. Det finns hjälp att få.
    Om tankarna blir starka, eller om du är i fara: ring 112.

sleep-see-hc =
    Kontakta din hälsocentral.
    Det är bra att prata med vården när sömnen har varit dålig länge, när någon har sett att du slutar andas i sömnen, eller när du känner dig nedstämd. Berätta hur du sover och hur du mår.
    Till dess kan du pröva råden om sömn på 1177.se. Ring 1177 om du är osäker.
    Om du får tankar på att inte vilja leva: ring Mind Självmordslinjen på 90101. Om du är i fara: ring 112.

sleep-self-care =
    Det här kan du göra själv:
    – Gå och lägg dig och gå upp ungefär samma tid varje dag, även på helgen.
    – Var ute i dagsljus och rör på dig under dagen.
    – Drick inte kaffe, te eller energidryck på eftermiddagen och kvällen. Alkohol gör också sömnen sämre.
    – Lägg undan mobilen och skärmar en stund innan du ska sova.
    – Om du inte kan somna: gå upp en stund och gör något lugnt. Gå tillbaka när du blir sömnig.
    – Om tankarna snurrar: skriv ner dem, så kan du ta hand om dem i morgon.
    Att sova dåligt några nätter är vanligt och går oftast över.
    Kontakta din hälsocentral om det håller i sig i flera veckor och påverkar din dag. Ring 1177 om du är osäker.
    Behöver du någon att prata med på natten? Jourhavande medmänniska svarar på kvällar och nätter.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

sleep-note-weeks = Jag har sovit dåligt i flera veckor, och det påverkar hur jag orkar och mår på dagen.
sleep-note-weeks-no = Jag har inte sovit dåligt i flera veckor.
sleep-note-pauses = Någon har sett att jag slutar andas en stund när jag sover, eller jag snarkar mycket och är väldigt trött på dagen.
sleep-note-low = Jag har de senaste två veckorna ofta känt mig nedstämd eller haft mindre lust att göra saker.
sleep-note-thoughts = Jag har ibland tankar på att inte vilja leva, eller på att skada mig själv.
sleep-note-thoughts-now = Jag har starka tankar på att inte vilja leva just nu.
sleep-note-advice-crisis = Lots gav mig numret till Mind Självmordslinjen (90101) och rådde mig att kontakta hälsocentralen eller 1177, och att ringa 112 om jag är i fara.
sleep-note-advice-hc = Lots rådde mig att kontakta hälsocentralen om min sömn.
sleep-note-advice-self-care = Lots gav mig råd om sömn och om när jag ska kontakta vården.
