## Dialogen Förkylning och feber (dialogs/cold-fever.toml).

cold-fever-title = Förkylning och feber

cold-fever-intro = Jag ställer några korta frågor om hur du mår. Sedan får du veta vad du kan göra själv och vart du kan vända dig.
cold-fever-who = Gäller frågorna dig själv eller ett barn?
cold-fever-who-me = Mig själv
cold-fever-who-child = Ett barn

cold-fever-child =
    Barn kan ha feber på ett annat sätt än vuxna. Ring 1177 om du är orolig eller osäker. En sjuksköterska hjälper dig att bedöma vad barnet behöver.
    På 1177.se kan du läsa om feber hos barn.
    Ring 112 om barnet har svårt att andas, är svårt att väcka eller verkar mycket sjukt.

cold-fever-acute = Är det så svårt att andas att du knappt kan prata? Eller har du fått blå läppar?
cold-fever-neck = Är du stel i nacken, så att det gör ont eller är svårt att böja huvudet framåt?
cold-fever-skin = Har du fått små röda eller blålila prickar eller fläckar på huden, som inte bleknar när du trycker på dem?
cold-fever-confused = Känner du dig förvirrad, eller är du svår att väcka? Eller tycker någon nära dig att du är förvirrad eller konstig?
cold-fever-breathing = Har du svårt att andas, eller andas du snabbare än vanligt fast du vilar?
cold-fever-worse-fast = Har du blivit mycket sämre snabbt, på bara några timmar?
cold-fever-immune = Har du nedsatt immunförsvar, till exempel för att du får cellgifter eller tar läkemedel som sänker immunförsvaret?
cold-fever-travel = Har du rest i ett land med tropiskt klimat, till exempel i Afrika, Asien eller Sydamerika, de senaste månaderna?

cold-fever-infant-ask = Är barnet yngre än 3 månader och har feber, 38 grader eller mer?
cold-fever-infant =
    Ett barn som är yngre än 3 månader och har feber behöver vård samma dag.
    Ring 1177 nu, så får du veta vart ni ska åka.
    Ring 112 om barnet har svårt att andas, är svårt att väcka eller verkar mycket sjukt.

cold-fever-acute-care =
    Ring 112 nu.
    Feber tillsammans med stel nacke, prickar på huden som inte bleknar, eller förvirring kan vara tecken på en allvarlig infektion. Det behöver vård direkt.
    Om du inte behöver ambulans kan du få rådet att åka till akutmottagningen på Östersunds sjukhus. Vänta inte.

cold-fever-seek-care-now =
    Sök vård nu.
    Det du berättar gör att du bör få vård redan i dag.
    Ring 1177 nu, så får du veta vart du ska vända dig: till hälsocentralen eller till akutmottagningen på Östersunds sjukhus.
    Ring 112 om du får mycket svårt att andas, blir mycket sämre eller är svår att väcka.

cold-fever-fever = Har du feber? Feber är 38 grader eller mer.
cold-fever-fever-days = Hur länge har du haft feber?
cold-fever-fever-days-short = Några dagar eller kortare
cold-fever-fever-days-long = Hög feber i mer än några dagar
cold-fever-worse-again = Blev du först bättre, och sedan sämre igen?

cold-fever-see-hc =
    Kontakta din hälsocentral.
    Det är bra att vården tittar på dig när du har haft hög feber länge, eller när du blir sämre igen efter att först ha blivit bättre.
    Till dess kan du vila och dricka mycket. Ring 1177 om du är osäker, eller om hälsocentralen är stängd.
    Ring 112 om du får mycket svårt att andas eller blir mycket sämre.

cold-fever-self-care =
    Det här kan du göra själv:
    – Vila, och ta det lugnt tills du känner dig frisk.
    – Drick mycket, särskilt när du har feber.
    – Du kan ta receptfria läkemedel mot feber och värk. Läs bipacksedeln och följ den.
    – Tvätta händerna ofta och stanna hemma medan du är sjuk, så smittar du inte andra.
    En förkylning går oftast över av sig själv inom en till två veckor. Hostan kan sitta i längre.
    Kontakta din hälsocentral om du har hög feber i flera dagar, eller om du blir sämre igen efter att ha blivit bättre. Ring 1177 om du är osäker.
    Sök vård direkt om du får svårt att andas.
    Ring 112 om du blir stel i nacken, får prickar på huden som inte bleknar när du trycker på dem, eller blir förvirrad. Ring också 112 om det är så svårt att andas att du knappt kan prata.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

cold-fever-note-child = Jag frågar om ett barn med förkylning eller feber.
cold-fever-note-advice-child = Lots rådde mig att ringa 1177 om barnet, och 112 om barnet har svårt att andas eller är svårt att väcka.
cold-fever-note-acute = Jag har så svårt att andas att jag knappt kan prata, eller har blå läppar.
cold-fever-note-neck = Jag är stel i nacken.
cold-fever-note-infant = Barnet är yngre än 3 månader och har feber.
cold-fever-note-advice-infant = Lots rådde mig att barnet ska få vård samma dag: ringa 1177 nu, och 112 om barnet har svårt att andas eller är svårt att väcka.
cold-fever-note-skin = Jag har små röda eller blålila prickar på huden, som inte bleknar när jag trycker på dem.
cold-fever-note-confused = Jag känner mig förvirrad eller är svår att väcka, eller någon tycker att jag är förvirrad.
cold-fever-note-breathing = Jag har svårt att andas, eller andas snabbare än vanligt när jag vilar.
cold-fever-note-worse-fast = Jag har blivit mycket sämre på bara några timmar.
cold-fever-note-immune = Jag har nedsatt immunförsvar, till exempel av cellgifter eller läkemedel.
cold-fever-note-travel = Jag har rest i ett land med tropiskt klimat de senaste månaderna.
cold-fever-note-no-red-flags = Jag är inte stel i nacken, har inga prickar på huden som inte bleknar, är inte förvirrad och har inte svårt att andas. Jag har inte blivit mycket sämre snabbt, har inte nedsatt immunförsvar och har inte rest i tropiskt klimat.
cold-fever-note-fever = Jag har feber, 38 grader eller mer.
cold-fever-note-fever-no = Jag har inte feber.
cold-fever-note-fever-short = Jag har haft feber i några dagar eller kortare.
cold-fever-note-fever-long = Jag har haft hög feber i mer än några dagar.
cold-fever-note-worse-again = Jag blev först bättre, och sedan sämre igen.
cold-fever-note-advice-now = Lots rådde mig att söka vård nu.
cold-fever-note-advice-acute-care = Lots rådde mig att ringa 112 nu, eller att åka till akutmottagningen.
cold-fever-note-advice-hc = Lots rådde mig att kontakta hälsocentralen.
cold-fever-note-advice-self-care = Lots gav mig råd om egenvård och om när jag ska kontakta vården.
