## Dialogen Gravid eller småbarnsförälder (dialogs/small-child.toml).

small-child-title = Gravid, eller förälder till ett litet barn

small-child-intro = Här får du veta vart du kan vända dig när du väntar barn eller har ett litet barn.
small-child-who = Vad stämmer för dig?
small-child-who-pregnant = Jag är gravid, eller min partner är det
small-child-who-0-5 = Jag har ett barn som är 0–5 år
small-child-who-6 = Jag har ett barn som går i skolan

small-child-pregnant-danger = Har du något av det här nu: du blöder, det rinner klart vatten från slidan, du har mycket ont i magen, eller barnet rör sig mindre än vanligt?
small-child-birth-ward =
    Ring förlossningen nu. Vänta inte, och ring inte hälsocentralen eller mödravården för det här.
    Förlossningens nummer finns på 1177.se, under Hitta vård. Du kan också ringa regionens växel, 063-14 75 00, och be att bli kopplad till förlossningen.
    Om du blöder mycket, har mycket ont eller det är fara för livet: ring 112.
small-child-pregnant =
    Under graviditeten får du hjälp av mödravården, MVC. Där träffar du en barnmorska som följer dig och barnet. Kontakta MVC när du vet att du är gravid.
    Ring förlossningen direkt om du börjar blöda, om det rinner klart vatten från slidan, om du får mycket ont i magen, eller om barnet rör sig mindre än vanligt. Om det är akut: ring 112.
small-child-school-child = För barn som går i skolan finns elevhälsan, med skolsköterska, kurator och psykolog. När barnet är sjukt: ring 1177 eller kontakta hälsocentralen.

small-child-about = Vad gäller det?
small-child-about-sick = Barnet är sjukt nu
small-child-about-growth = Barnets utveckling, mat, sömn eller vaccin
small-child-about-parent = Hur jag själv mår som förälder
small-child-about-teeth = Barnets tänder

small-child-sick-danger = Har barnet mycket svårt att andas, är det svårt att väcka, har det kramper eller är det ovanligt slappt?
small-child-sick =
    När ett barn är sjukt kan du ringa 1177 dygnet runt. En sjuksköterska hjälper dig att bedöma om barnet behöver vård, och var. På 1177.se finns råd om vanliga besvär hos barn.
    Om barnet blir sämre, eller om du är orolig: ring 1177 igen. Om det blir akut: ring 112.
small-child-sick-infant = Är barnet yngre än 3 månader och har feber, 38 grader eller mer?
small-child-infant-fever =
    Ett barn som är yngre än 3 månader och har feber behöver vård samma dag.
    Ring 1177 nu, så får du veta vart ni ska åka.
    Ring 112 om barnet får svårt att andas, blir svårt att väcka eller verkar mycket sjukt.
small-child-growth = Barnavårdscentralen, BVC, följer barnets hälsa och utveckling från födseln till 5 år. Där får barnet vaccin, och du kan fråga om mat, sömn och allt annat som rör barnet. Du kan höra av dig till BVC även mellan besöken.

small-child-thoughts = Det är vanligt att bli trött och nedstämd som förälder. Har du tankar på att inte vilja leva, eller på att skada dig själv?
small-child-parent =
    Det är vanligt att känna sig trött, orolig eller ledsen när man har ett litet barn. Du är inte ensam, och det blir ofta bättre med stöd.
    Berätta hur du mår på BVC. De frågar också om hur föräldrarna mår. Du kan också kontakta din hälsocentral eller ringa 1177.
small-child-parent-crisis =
    Tack för att du berättar. Du är inte ensam, och det finns hjälp att få. Prata med någon redan i dag.
    Om du är i fara nu: ring 112.
small-child-teeth = Barn och unga får regelbunden tandvård gratis. Barnet kallas oftast till tandvården för undersökning. Borsta barnets tänder två gånger om dagen med fluortandkräm från första tanden. Du kan fråga om tänderna på BVC också.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

small-child-note-pregnant = Jag är gravid, eller min partner är det.
small-child-note-0-5 = Jag har ett barn som är 0–5 år.
small-child-note-6 = Jag har ett barn som går i skolan.
small-child-note-about-sick = Mitt barn är sjukt nu.
small-child-note-about-growth = Jag undrar om mitt barns utveckling, mat, sömn eller vaccin.
small-child-note-about-parent = Jag vill prata om hur jag själv mår som förälder.
small-child-note-about-teeth = Jag undrar om mitt barns tänder.
small-child-note-danger = Mitt barn hade tecken på att vara allvarligt sjukt. Jag fick rådet att ringa 112.
small-child-note-no-danger = Mitt barn har inte svårt att andas, är inte svårt att väcka, har inga kramper och är inte ovanligt slappt.
small-child-note-pregnant-danger = Jag är gravid och blöder, har fått vattenavgång, har mycket ont i magen, eller barnet rör sig mindre än vanligt.
small-child-note-infant-fever = Mitt barn är yngre än 3 månader och har feber.
small-child-note-thoughts = Jag har ibland tankar på att inte vilja leva eller att skada mig själv.
small-child-note-thoughts-now = Jag har starka tankar på att inte vilja leva just nu.

## Vad Lots rådde till.

small-child-note-advice-mvc = Lots rådde mig att kontakta mödravården (MVC).
small-child-note-advice-birth-ward = Lots rådde mig att ringa förlossningen nu, och 112 om det är akut.
small-child-note-advice-infant-fever = Lots rådde mig att barnet ska få vård samma dag: ringa 1177 nu, och 112 om barnet får svårt att andas eller blir svårt att väcka.
small-child-note-advice-sick = Lots rådde mig att ringa 1177 om barnet, och 112 om det blir akut.
small-child-note-advice-bvc = Lots rådde mig att kontakta BVC.
small-child-note-advice-parent = Lots rådde mig att berätta hur jag mår på BVC eller hälsocentralen.
small-child-note-advice-crisis = Lots gav mig numret till Mind Självmordslinjen (90101), rådde mig att kontakta 1177 eller hälsocentralen, och att ringa 112 om jag är i fara.
