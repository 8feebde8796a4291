## Dialogen Ont i ryggen (dialogs/back-pain.toml).

back-pain-title = Ont i ryggen

back-pain-intro = Jag ställer några korta frågor om din rygg. Sedan får du veta vad du kan göra själv och vart du kan vända dig.
back-pain-chest = Har du också ont eller tryck i bröstet, eller svårt att andas?
back-pain-bladder = Har du svårt att kissa eller bajsa? Eller kan du inte hålla tätt?
back-pain-numb = Känns det bedövat eller domnat runt ändtarmsöppningen eller könsorganen?
back-pain-legs = Känns båda benen svaga, så att det är svårt att gå eller stå?
back-pain-fever = Har du feber? Feber är 38 grader eller mer.
back-pain-fall = Fick du ont efter att du hade ramlat eller varit med om en olycka?
back-pain-cancer = Har du haft cancer, eller får du behandling för cancer?

back-pain-emergency-dept =
    Sök vård på en akutmottagning nu.
    Ont i ryggen tillsammans med det du berättar kan vara allvarligt. Det behöver vård direkt, och inte i morgon.
    Åk till akutmottagningen på Östersunds sjukhus. Om du inte kan ta dig dit själv, eller om det är fara för livet: ring 112.
    Om du har frågor på vägen: ring 1177.

back-pain-seek-care-now =
    Sök vård nu.
    Ont i ryggen tillsammans med det du berättar gör att du bör få vård redan i dag.
    Ring 1177 nu, så får du veta vart du ska vända dig. Du kan också ringa din hälsocentral om den är öppen.
    Ring 112 om du får ont i bröstet, svårt att andas, eller om det blir mycket värre snabbt.

back-pain-duration = Hur länge har du haft ont i ryggen?
back-pain-duration-short = Kortare än en månad
back-pain-duration-long = En månad eller längre

back-pain-see-hc =
    Kontakta din hälsocentral.
    Det är bra att vården tittar på ryggen när den inte har blivit bättre på ungefär en månad. På många hälsocentraler finns en fysioterapeut som kan hjälpa dig med rörelse och träning.
    Om besvären har med ditt arbete att göra kan du också prata med företagshälsovården.
    Till dess: fortsätt att röra dig så gott det går. Ring 1177 om du är osäker.
    Åk till akutmottagningen direkt om du får svårt att kissa eller bajsa, domnar runt ändtarmen eller könsorganen, eller blir svag i båda benen.

back-pain-self-care =
    Det här kan du göra själv:
    – Fortsätt att röra dig och göra det du brukar, så gott det går. Att ligga still gör oftast inte ryggen bättre.
    – Promenera en stund flera gånger om dagen.
    – Värme kan lindra, till exempel en varm dusch eller en värmekudde.
    – Du kan ta receptfria läkemedel mot värk. Läs bipacksedeln och följ den.
    Ont i ryggen går oftast över av sig själv inom några veckor.
    Kontakta din hälsocentral om det inte har blivit bättre efter ungefär en månad. Ring 1177 om du är osäker.
    Åk till akutmottagningen direkt om du får svårt att kissa eller bajsa, domnar runt ändtarmen eller könsorganen, eller blir svag i båda benen. Sök vård samma dag om du får feber.
    Ring 112 om du också får ont eller tryck i bröstet.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

back-pain-note-chest = Jag har ont i ryggen och också ont eller tryck i bröstet, eller svårt att andas.
back-pain-note-bladder = Jag har ont i ryggen och svårt att kissa eller bajsa, eller kan inte hålla tätt.
back-pain-note-numb = Jag har ont i ryggen och det känns domnat runt ändtarmsöppningen eller könsorganen.
back-pain-note-legs = Jag har ont i ryggen och båda benen känns svaga.
back-pain-note-fever = Jag har ont i ryggen och feber.
back-pain-note-fall = Jag fick ont i ryggen efter att jag ramlade eller var med om en olycka.
back-pain-note-cancer = Jag har ont i ryggen och har haft cancer, eller får behandling för cancer.
back-pain-note-no-red-flags = Jag har ont i ryggen. Jag har inte ont i bröstet, inga besvär med att kissa eller bajsa, inga domningar i underlivet, inga svaga ben och ingen feber. Det började inte efter ett fall, och jag har inte haft cancer.
back-pain-note-short = Jag har haft ont i ryggen kortare än en månad.
back-pain-note-long = Jag har haft ont i ryggen en månad eller längre.
back-pain-note-advice-now = Lots rådde mig att söka vård nu.
back-pain-note-advice-emergency-dept = Lots rådde mig att åka till akutmottagningen nu, och att ringa 112 om jag inte kan ta mig dit själv.
back-pain-note-advice-hc = Lots rådde mig att kontakta hälsocentralen.
back-pain-note-advice-self-care = Lots gav mig råd om egenvård och om när jag ska kontakta vården.
