## Dialogen Äldre och anhöriga (dialogs/older.toml).

older-title = Äldre, eller anhörig som hjälper

older-intro = Här får du veta vart du kan vända dig när du är äldre och behöver stöd, eller när du hjälper någon som står dig nära. Du väljer själv vad du vill veta mer om.
older-who = Gäller det dig själv eller någon du hjälper?
older-who-me = Mig själv
older-who-relative = Någon jag hjälper, till exempel en förälder eller partner

older-need = Vad behöver du hjälp med?
older-need-home-help = Hjälp hemma i vardagen
older-need-home-care = Vård hemma
older-need-relative = Stöd till mig som anhörig
older-need-lonely = Jag känner mig ensam
older-need-many = Flera kontakter som behöver samarbeta

older-home-help =
    Om det har blivit svårt att klara vardagen hemma, för dig eller för den du hjälper, går det att få hjälp av kommunen. Det kan vara hemtjänst, till exempel hjälp med mat, städning eller personlig omvårdnad, eller trygghetslarm.
    Du ansöker hos kommunen. En biståndshandläggare pratar med den som behöver hjälp om vad som behövs och vad som är viktigt. Ni bestämmer tillsammans. En anhörig kan hjälpa till att ta kontakt.
older-home-care =
    Om det är svårt att ta sig till hälsocentralen kan vården ibland komma hem. Det heter hemsjukvård och ges av kommunen, till exempel av en distriktssköterska.
    Prata med hälsocentralen om du tror att vård hemma behövs. De planerar den tillsammans med kommunen.
older-relative =
    Det är bra att du tänker på dig själv också. Att hjälpa någon som står en nära kan vara tungt.
    Kommunen har stöd till anhöriga, anhörigstöd. Det kan vara samtal, träffar med andra i samma situation, eller avlösning så att du får vila. Du kan få stöd även om den du hjälper inte har ansökt om något själv.
older-lonely =
    Många känner sig ensamma ibland. Det är inget att skämmas över.
    Om du är 65 år eller äldre kan du ringa Mind Äldrelinjen och prata med någon. Kommunen har ofta träffpunkter och aktiviteter för äldre.
older-many =
    Om du får hjälp av både regionen (till exempel hälsocentralen) och kommunen (till exempel hemtjänsten) kan ni göra en samordnad individuell plan, SIP. Då träffas alla och gör en plan tillsammans med dig. Du kan själv be om en SIP, både hos hälsocentralen och hos kommunen.
    Du kan också be om en fast vårdkontakt på hälsocentralen. Det är en person som känner dig och hjälper dig att hålla ihop vården.

older-close =
    Skriv /summary så får du en sammanfattning av det du har berättat. Den kan du visa för personalen, så slipper du berätta allt igen.
    Om du är osäker på vart du ska vända dig: ring 1177, dygnet runt.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

older-note-who-me = Det gäller mig själv.
older-note-who-relative = Jag hjälper någon som står mig nära.
older-note-need-home-help = Jag behöver hjälp hemma i vardagen.
older-note-need-home-care = Jag undrar om vård hemma (hemsjukvård).
older-note-need-relative = Jag vill ha stöd som anhörig.
older-note-need-lonely = Jag känner mig ensam.
older-note-need-many = Jag har flera kontakter som behöver samarbeta, och undrar om SIP.
