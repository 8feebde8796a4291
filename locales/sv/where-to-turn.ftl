## Dialogen Vart ska jag vända mig? (dialogs/where-to-turn.toml).

where-to-turn-title = Vart ska jag vända mig? 112, 1177 eller hälsocentralen

where-to-turn-intro = Här får du hjälp att välja vart du ska vända dig. Det beror mest på hur bråttom det är.
where-to-turn-urgency = Vad stämmer bäst just nu?
where-to-turn-danger = Det är fara för livet, eller en allvarlig olycka
where-to-turn-today = Jag behöver vård i dag, eller är osäker
where-to-turn-wait = Jag behöver vård, men det kan vänta några dagar
where-to-turn-self = Jag vill veta vad jag kan göra själv
where-to-turn-everyday = Jag behöver hjälp i vardagen, inte vård
where-to-turn-crisis = Jag vill ha information om en olycka eller kris i samhället, eller kontakta polisen

where-to-turn-today-info =
    Ring 1177, dygnet runt. En sjuksköterska lyssnar, ger råd och hjälper dig att hitta rätt vård, också när hälsocentralen är stängd.
    Om 1177 säger att du ska till en akutmottagning: regionens akutmottagning finns på Östersunds sjukhus.
    Om det blir akut, till exempel svårt att andas eller tryck över bröstet: ring 112.
where-to-turn-wait-info =
    Kontakta din hälsocentral. Du kan ringa, eller ofta skriva via 1177.se när du har loggat in. På 1177.se, under Hitta vård, hittar du din hälsocentral.
    Om du blir sämre: ring 1177.
where-to-turn-self-info = Mycket kan du göra själv. På 1177.se finns råd om vanliga besvär, och här i Lots hittar du råd om besvär och symtom i menyn. Om du är osäker på om egenvård räcker: ring 1177.
where-to-turn-everyday-info = Hjälp i vardagen, till exempel hemtjänst, stöd till anhöriga eller socialtjänst, ger kommunen.
where-to-turn-crisis-info =
    Vid en allvarlig olycka eller kris i samhället kan du ringa 113 13 och få information.
    Om du vill kontakta polisen och det inte är bråttom: ring 114 14.
    Om det är fara för liv, eller ett brott pågår: ring 112.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

where-to-turn-note-danger = Det var fara för livet. Jag fick rådet att ringa 112.
where-to-turn-note-today = Jag behöver vård i dag, eller är osäker.
where-to-turn-note-wait = Jag behöver vård, men det kan vänta några dagar.
where-to-turn-note-self = Jag vill veta vad jag kan göra själv.
where-to-turn-note-everyday = Jag behöver hjälp i vardagen.
where-to-turn-note-crisis = Jag vill ha information om en olycka eller kris, eller kontakta polisen.

## Vad Lots rådde till.

where-to-turn-note-advice-today = Lots rådde mig att ringa 1177, och 112 om det blir akut.
where-to-turn-note-advice-wait = Lots rådde mig att kontakta hälsocentralen.
