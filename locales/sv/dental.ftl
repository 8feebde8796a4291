## Dialogen Tandvård (dialogs/dental.toml).

dental-title = Tandvård

dental-intro = Tandvård får du hos Folktandvården eller hos en privat tandläkare. Du väljer själv.
dental-what = Vad gäller det?
dental-what-pain = Jag har ont i en tand nu
dental-what-young = Tandvård för barn och unga
dental-what-adult = Tandvård för vuxna

dental-danger = Har du svårt att andas eller svälja?
dental-pain =
    Ring din tandvårdsklinik. Säg att du har ont, så får du en tid så snart det behövs.
    Om kliniken är stängd: ring 1177, så får du veta vart du kan vända dig. Om du är svullen i ansiktet och har feber: ring tandvårdskliniken i dag, eller 1177 om den är stängd.
dental-young =
    Barn och unga får regelbunden tandvård gratis upp till en viss ålder. Åldersgränsen har ändrats, så kontrollera på 1177.se vad som gäller för dig.
    Barnet kallas oftast till undersökning. Du kan välja Folktandvården eller en privat tandläkare.
dental-adult =
    Som vuxen betalar du för tandvården, men staten ger ett tandvårdsstöd som gör den billigare. Gå på regelbundna undersökningar, så upptäcks problem tidigt.
    Om du har en sjukdom eller funktionsnedsättning som gör det svårt att sköta tänderna kan du ibland få extra stöd. Fråga din tandvårdsklinik eller hälsocentral.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

dental-note-pain = Jag har ont i en tand nu.
dental-note-young = Jag undrar om tandvård för barn och unga.
dental-note-adult = Jag undrar om tandvård för vuxna.
dental-note-danger = Jag har svårt att andas eller svälja. Jag fick rådet att ringa 112.

## Vad Lots rådde till.

dental-note-advice-pain = Lots rådde mig att ringa tandvårdskliniken, eller 1177 när den är stängd.
