## Dialogen Våld eller hot (dialogs/violence.toml). Lugn ton, ingen skuld, personen bestämmer.

violence-title = Våld eller hot i nära relationer

violence-intro =
    Det är bra att du tar kontakt. Ingen har rätt att skada, hota eller kontrollera dig, och det är aldrig ditt fel. Du bestämmer själv hur mycket du vill berätta.
    Om någon annan kan läsa i din telefon: skriv /forget när du är klar, så raderar jag allt du har skrivit här.
violence-danger = Är du eller någon annan i fara just nu?
violence-danger-yes = Ja, det är fara nu
violence-danger-no = Nej, inte just nu

violence-who = Vem gäller det?
violence-who-me = Mig själv
violence-who-child = Ett barn
violence-who-other = Någon jag känner, till exempel en vän eller släkting

violence-injured = Har du blivit skadad, eller har du ont efter det som hänt?
violence-care =
    Du har rätt till vård. Kontakta din hälsocentral eller ring 1177. Om skadan är allvarlig: ring 112.
    Du kan berätta för personalen vad som har hänt, om du vill. De kan skriva ner dina skador. Det kan vara till hjälp senare, till exempel om du vill göra en polisanmälan.

violence-strangled = Har någon tagit stryptag på dig, eller tryckt hårt runt din hals?
violence-strangle-care =
    Sök vård redan i dag, även om du inte ser några märken. Ett stryptag kan ge skador inuti halsen som inte syns utanpå.
    Åk till akutmottagningen på Östersunds sjukhus, eller ring 1177 så får du veta vart du ska.
    Ring 112 om du får svårt att andas eller svälja, eller känner dig förvirrad.

violence-sexual = Har någon tvingat dig till sex, eller gjort något sexuellt mot dig som du inte ville?
violence-sexual-care =
    Det är aldrig ditt fel. Sök vård så snart du kan, helst inom några dagar.
    Vården kan ta hand om skador och ge skydd mot graviditet och infektioner. De kan också ta prover som kan användas om du vill polisanmäla, nu eller senare. Du bestämmer själv om du vill anmäla.
    Vård efter ett sexuellt övergrepp är gratis på akutmottagningen på Östersunds sjukhus.
    Om du är i fara eller har svåra skador: ring 112.

violence-support-me =
    Du är inte ensam. Det finns hjälp, och du väljer själv vad du vill göra.
    Du kan prata med Kvinnofridslinjen när du vill, dygnet runt, och vara anonym.
    Du kan polisanmäla när du vill, också senare. Om det inte är bråttom: ring 114 14.
violence-child =
    Alla barn har rätt att vara trygga. Om ett barn är i fara: ring 112.
    Barn och unga kan själva prata med BRIS, dygnet runt. Om du är orolig för ett barn kan du också kontakta socialtjänsten i kommunen. De tar emot din oro och kan hjälpa barnet och familjen.
violence-other =
    Det är bra att du bryr dig. Lyssna, tro på det personen berättar, och döm inte. Låt personen bestämma själv vad den vill göra.
    Du kan själv ringa Kvinnofridslinjen och få råd om hur du kan stötta. Om någon är i fara: ring 112.

violence-social = Socialtjänsten i kommunen kan ge stöd och skydd, till exempel samtal eller ett tryggt boende. Vill du se hur du når din kommun?

violence-close = Om det blir farligt: ring 112, direkt. Ta hand om dig. Du får höra av dig hit igen när du vill.

## Rader i sammanfattningen. Korta och neutrala.

violence-note-danger = Det var fara just nu. Jag fick rådet att ringa 112.
violence-note-who-me = Jag har blivit utsatt för våld eller hot i en nära relation.
violence-note-who-child = Jag är orolig för ett barn som utsätts för våld eller hot.
violence-note-who-other = Jag är orolig för någon jag känner som utsätts för våld eller hot.
violence-note-injured = Jag har blivit skadad eller har ont efter det som hänt.
violence-note-strangled = Någon har tagit stryptag på mig eller tryckt hårt runt min hals.
violence-note-sexual = Någon har tvingat mig till sex eller gjort något sexuellt mot mig som jag inte ville.
