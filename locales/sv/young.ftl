## Dialogen Ung (dialogs/young.toml).

young-title = Ung – kropp, känslor, skola och hem

young-intro = Här får du veta vart du kan vända dig när du är ung och undrar över något, eller när något känns jobbigt. Du bestämmer själv vad du vill berätta.
young-age = Hur gammal är du? Det hjälper mig att visa ställen som tar emot dig.
young-age-under-13 = 12 år eller yngre
young-age-13-17 = 13–17 år
young-age-18-25 = 18–25 år
young-age-adult = Jag är vuxen och frågar om en ung person

young-adult =
    Det är bra att du bryr dig. Prata gärna med den unga och lyssna på vad hen tycker.
    Elevhälsan på skolan, ungdomsmottagningen och 1177 kan svara på frågor och hjälpa till. Om ett barn eller en ung person är i fara: ring 112.

young-about = Vad vill du prata om?
young-about-body = Kropp, sex eller relationer
young-about-mood = Hur jag mår
young-about-school = Skolan
young-about-home = Det är jobbigt hemma, eller någon gör mig illa

young-body =
    Det är vanligt att undra över kroppen, sex, preventivmedel och relationer. Alla frågor är okej.
    Nedan ser du var du kan läsa mer och prata med någon som kan mycket om det. Personalen har tystnadsplikt. Men om de tror att du som är under 18 år far illa, måste de säga till socialtjänsten, så att du kan få hjälp.

young-mood-lead = Tack för att du vill berätta. Först en fråga som jag ställer till alla som vill prata om hur de mår.
young-thoughts = Har du tankar på att inte vilja leva, eller på att skada dig själv?
young-mood =
    Alla mår dåligt ibland. Det kan hjälpa att prata med någon du litar på, till exempel en kompis, en förälder eller någon annan vuxen.
    Sov, ät och rör på dig så gott du kan. Om du mår dåligt länge, eller om det blir svårt att klara vardagen: prata med någon av dem nedan.
young-crisis =
    Tack för att du berättar. Du är inte ensam, och det finns hjälp att få. Prata med någon redan i dag.
    Om du är i fara nu: ring 112.

young-school =
    Om skolan känns tung, till exempel stress, svårt att hänga med, eller om någon är elak mot dig: prata med elevhälsan. Där finns skolsköterska, kurator och psykolog. De har tystnadsplikt. Men om de tror att du som är under 18 år far illa, måste de säga till socialtjänsten, så att du kan få hjälp.
    Du kan också prata med en lärare eller någon annan vuxen du litar på.

young-home-danger = Är du i fara just nu?
young-home =
    Ingen har rätt att slå, hota eller skada dig. Det är aldrig ditt fel.
    Berätta för en vuxen du litar på, till exempel skolsköterskan eller kuratorn. Om du är under 18 kan du också prata med BRIS, dygnet runt. Om det blir farligt: ring 112.
    Om någon annan kan läsa i din telefon: skriv /forget när du är klar, så raderar jag allt.

young-where-under-13 = Här kan du få hjälp. Prata med skolsköterskan eller kuratorn, eller ring eller chatta med BRIS. Vissa ungdomsmottagningar tar emot från 12 år, fråga skolsköterskan.
young-where-13-17 = Här kan du få hjälp. På ungdomsmottagningen kan du prata med till exempel en barnmorska eller kurator, och det är oftast gratis. På UMO.se kan du läsa om det mesta. BRIS finns för dig som är under 18.
young-where-18-25 = Här kan du få hjälp. På UMO.se kan du läsa om det mesta. Ungdomsmottagningen tar emot unga upp till 20–25 år, olika på olika ställen. Är du för gammal för ungdomsmottagningen: kontakta din hälsocentral.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

young-note-age-under-13 = Jag är 12 år eller yngre.
young-note-age-13-17 = Jag är 13–17 år.
young-note-age-18-25 = Jag är 18–25 år.
young-note-age-adult = Jag är vuxen och frågar om en ung person.
young-note-about-body = Jag undrar över kropp, sex eller relationer.
young-note-about-mood = Jag vill prata om hur jag mår.
young-note-about-school = Jag vill prata om skolan.
young-note-about-home = Det är jobbigt hemma, eller någon gör mig illa.
young-note-thoughts = Jag har ibland tankar på att inte vilja leva eller att skada mig själv.
young-note-thoughts-now = Jag har starka tankar på att inte vilja leva just nu.
young-note-home-danger = Jag var i fara hemma. Jag fick rådet att ringa 112.

## Vad Lots rådde till.

young-note-advice-crisis = Lots gav mig numren till BRIS (116 111) och Mind Självmordslinjen (90101), och rådde mig att ringa 112 om jag är i fara.
young-note-advice-crisis-18 = Lots gav mig numret till Mind Självmordslinjen (90101), rådde mig att kontakta 1177 eller hälsocentralen, och att ringa 112 om jag är i fara.
young-note-advice-under-13 = Lots visade mig elevhälsan, BRIS och 1177.
young-note-advice-13-17 = Lots visade mig ungdomsmottagningen, UMO.se, elevhälsan och BRIS.
young-note-advice-18-25 = Lots visade mig ungdomsmottagningen, UMO.se, hälsocentralen och 1177.
