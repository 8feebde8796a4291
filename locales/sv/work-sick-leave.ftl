## Dialogen Arbete och sjukskrivning (dialogs/work-sick-leave.toml).

work-sick-leave-title = Arbete, sjukskrivning och tillbaka till arbete

work-sick-leave-intro = Här får du veta vem som kan hjälpa dig när hälsan och arbetet hänger ihop. Det kan vara vården, din arbetsgivare, Försäkringskassan eller Arbetsförmedlingen.
work-sick-leave-situation = Vad stämmer bäst för dig?
work-sick-leave-sick-job = Jag är sjuk och har ett arbete
work-sick-leave-sick-no-job = Jag är sjuk och har inget arbete
work-sick-leave-return = Jag ska börja arbeta igen efter sjukskrivning
work-sick-leave-work-health = Mitt arbete påverkar min hälsa
work-sick-leave-job = Jag söker arbete och vill ha stöd

work-sick-leave-sick-job-info =
    Sjukanmäl dig till din arbetsgivare. Vad som gäller för sjuklön, sjukpenning och läkarintyg kan du läsa om på forsakringskassan.se, och du kan fråga din arbetsgivare.
    Kontakta din hälsocentral om du behöver vård.
    Om sjukdomen har med arbetet att göra kan företagshälsovården hjälpa till. Du når den genom din arbetsgivare.
work-sick-leave-sick-no-job-info =
    Om du inte har ett arbete och blir sjuk: läs på forsakringskassan.se om vilken ersättning som kan finnas. Om du är inskriven på Arbetsförmedlingen: berätta för dem att du är sjuk.
    Kontakta din hälsocentral om du behöver vård.
work-sick-leave-return-info =
    Det är bra att planera hur du ska börja arbeta igen, tillsammans med din arbetsgivare. Ni kan till exempel börja med färre timmar eller andra uppgifter. Din arbetsgivare har ansvar för att anpassa arbetet.
    Företagshälsovården kan hjälpa dig och arbetsgivaren. Försäkringskassan kan svara på frågor om sjukpenning när du arbetar deltid.
work-sick-leave-work-health-info =
    Om arbetet gör att du mår dåligt, till exempel av stress eller tunga lyft: prata med din chef. Företagshälsovården kan hjälpa dig och arbetsgivaren att hitta lösningar. Du når den genom din arbetsgivare.
    Om du har besvär som inte går över: kontakta din hälsocentral.
work-sick-leave-job-info = Arbetsförmedlingen hjälper dig som söker arbete. Om du har en sjukdom eller en funktionsnedsättning som påverkar vilket arbete du kan ha, berätta det. Då kan du få stöd som passar dig.

work-sick-leave-coord = Har du kontakt med flera, till exempel vården, din arbetsgivare och Försäkringskassan?
work-sick-leave-coord-info =
    Då kan det vara bra att någon hjälper till att hålla ihop kontakterna. Fråga på din hälsocentral efter en rehabkoordinator. Hen kan hjälpa dig med kontakten mellan vården, arbetsgivaren och Försäkringskassan.
    Om du också får hjälp av kommunen kan ni göra en samordnad individuell plan, SIP. Du kan själv be om den.
    Skriv /summary så får du det du har berättat samlat, och slipper berätta allt igen.
work-sick-leave-close = Om du blir sämre eller är osäker på vad du ska göra: kontakta din hälsocentral eller ring 1177.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

work-sick-leave-note-sick-job = Jag är sjuk och har ett arbete.
work-sick-leave-note-sick-no-job = Jag är sjuk och har inget arbete.
work-sick-leave-note-return = Jag ska börja arbeta igen efter sjukskrivning.
work-sick-leave-note-work-health = Mitt arbete påverkar min hälsa.
work-sick-leave-note-job = Jag söker arbete och vill ha stöd.
work-sick-leave-note-coord = Jag har kontakt med flera, till exempel vården, arbetsgivaren och Försäkringskassan, och vill ha hjälp att samordna.

## Vad Lots rådde till.

work-sick-leave-note-advice-coord = Lots rådde mig att fråga hälsocentralen efter en rehabkoordinator, och berättade om SIP.
