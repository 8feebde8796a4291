## Dialogen Svår sjukdom i livets slutskede (dialogs/end-of-life.toml).

end-of-life-title = Svår sjukdom i livets slutskede

end-of-life-intro = Det här är för dig som är svårt sjuk, eller för dig som står någon nära som är det. Här får du veta vilket stöd som finns och vem du kan kontakta. Ta den tid du behöver.
end-of-life-who = Gäller det dig själv eller någon som står dig nära?
end-of-life-who-me = Mig själv
end-of-life-who-close = Någon som står mig nära

end-of-life-need = Vad vill du veta mer om?
end-of-life-need-worse = Det har blivit sämre nu
end-of-life-need-home = Vård hemma
end-of-life-need-relative = Stöd till mig som närstående
end-of-life-need-plan = Att planera vården tillsammans

end-of-life-worse =
    Om du redan har vård hemma, från kommunens hemsjukvård eller från Storsjögläntan: ring först det nummer du har fått av dem. De känner er och vet vad ni har planerat tillsammans. Kommunens distriktssköterskor finns dygnet runt.
    Om du inte har vård hemma: ring 1177. De svarar dygnet runt och hjälper dig vidare.
    Om det är akut, till exempel plötslig svår andnöd, och du inte når dem: ring 112.
end-of-life-home =
    Den som är svårt sjuk kan ofta få vård hemma.
    Kommunens hemsjukvård ger vård i hemmet. Distriktssköterskor finns dygnet runt.
    Storsjögläntan ger specialiserad vård i hemmet i livets slutskede, i hela regionen. Det behövs en remiss från en läkare. Prata med läkaren eller sjuksköterskan på hälsocentralen eller på mottagningen där du får vård.
end-of-life-relative =
    Det är tungt att vara nära någon som är svårt sjuk. Det är viktigt att du också får stöd.
    Kommunen har stöd till anhöriga, till exempel samtal, träffar med andra i samma situation, eller avlösning så att du får vila.
    Om du stannar hemma från arbetet för att vårda någon som är mycket sjuk: läs på forsakringskassan.se om vilken ersättning som kan finnas.
    Det finns också föreningar för anhöriga och för patienter, där du kan träffa andra i samma situation.
end-of-life-plan =
    När både regionen och kommunen ger vård och stöd kan ni göra en samordnad individuell plan, SIP. Då träffas alla och planerar tillsammans med er. Ni kan själva be om en SIP, hos hälsocentralen eller hos kommunen.
    Du kan också be om en fast vårdkontakt på hälsocentralen, en person som känner er och håller ihop vården.
    Berätta vad som är viktigt för dig, till exempel var du vill vara och vad du önskar. Det hjälper personalen att planera.
end-of-life-muni-ask = Vill du se hur du når kommunen, för hemsjukvård eller stöd till anhöriga?

end-of-life-close =
    Du behöver inte klara allt själv. Skriv /summary så får du det du har berättat samlat, och kan visa det för personalen.
    Om du är osäker på vart du ska vända dig: ring 1177, dygnet runt.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

end-of-life-note-who-me = Jag är svårt sjuk.
end-of-life-note-who-close = Någon som står mig nära är svårt sjuk.
end-of-life-note-need-worse = Det har blivit sämre nu.
end-of-life-note-need-home = Jag undrar om vård hemma, till exempel hemsjukvård eller Storsjögläntan.
end-of-life-note-need-relative = Jag vill ha stöd som närstående.
end-of-life-note-need-plan = Jag vill planera vården tillsammans med alla, till exempel med en SIP.

## Vad Lots rådde till.

end-of-life-note-advice-worse = Lots rådde mig att först ringa numret från hemsjukvården eller Storsjögläntan, annars 1177, och 112 om det är akut och jag inte når dem.
