## Dialogen Ont i halsen (dialogs/sore-throat.toml).

sore-throat-title = Ont i halsen

sore-throat-intro = Jag ställer några korta frågor om hur du mår. Sedan får du veta vad du kan göra själv och vart du kan vända dig.
sore-throat-breathing = Har du svårt att andas? Eller gör det så ont att du inte kan svälja din saliv?
sore-throat-one-sided = Har du mycket ont på ena sidan av halsen, och är det svårt att gapa?
sore-throat-duration = Hur länge har du haft ont i halsen?
sore-throat-duration-short = Kortare än en vecka
sore-throat-duration-long = Längre än en vecka
sore-throat-fever = Har du haft feber i flera dagar? Feber är 38 grader eller mer.

sore-throat-seek-care-now =
    Sök vård nu.
    Mycket ont på ena sidan av halsen, och svårt att gapa, gör att du bör få vård redan i dag.
    Ring din hälsocentral nu. Om hälsocentralen är stängd: ring 1177, så får du veta vart du ska vända dig.
    Ring 112 om du får svårt att andas eller inte kan svälja din saliv.
sore-throat-see-hc =
    Kontakta din hälsocentral.
    Det är bra att vården tittar på halsen när du har haft ont länge, eller har haft feber i flera dagar.
    Till dess kan du vila och dricka mycket. Ring 1177 om du är osäker eller blir sämre.
    Ring 112 om du får svårt att andas eller inte kan svälja din saliv.
sore-throat-self-care =
    Det här kan du göra själv:
    – Vila.
    – Drick mycket. Något kallt eller varmt kan kännas skönt i halsen.
    – Sugtabletter kan lindra.
    – Du kan ta receptfria läkemedel mot smärta. Gör som det står på förpackningen.
    Ont i halsen går oftast över av sig självt inom en vecka.
    Kontakta din hälsocentral om det inte har gått över efter en vecka, eller om du får feber i flera dagar. Ring 1177 om du är osäker.
    Ring 112 om du får svårt att andas eller inte kan svälja din saliv.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

sore-throat-note-breathing = Jag har svårt att andas eller kan inte svälja min saliv.
sore-throat-note-breathing-no = Jag kan andas och svälja min saliv.
sore-throat-note-one-sided = Jag har mycket ont på ena sidan av halsen och har svårt att gapa.
sore-throat-note-short = Jag har haft ont i halsen kortare än en vecka.
sore-throat-note-long = Jag har haft ont i halsen längre än en vecka.
sore-throat-note-fever = Jag har haft feber, 38 grader eller mer, i flera dagar.
sore-throat-note-fever-no = Jag har inte haft feber i flera dagar.
sore-throat-note-advice-now = Lots rådde mig att söka vård nu.
sore-throat-note-advice-hc = Lots rådde mig att kontakta hälsocentralen.
sore-throat-note-advice-self-care = Lots gav mig råd om egenvård och om när jag ska kontakta vården.
