## Dialogen Alkoholvanor, AUDIT-C (dialogs/audit-c.toml).

audit-c-title = Alkoholvanor (AUDIT-C)

audit-c-intro = Här kommer tre frågor om alkohol. De kommer från ett test som heter AUDIT-C. Efteråt får du veta vad dina svar tyder på. Det är ingen diagnos.

audit-c-q1 = Hur ofta dricker du alkohol?
audit-c-q1-never = Aldrig
audit-c-q1-monthly-or-less = En gång i månaden eller mer sällan
audit-c-q1-2-4-month = 2–4 gånger i månaden
audit-c-q1-2-3-week = 2–3 gånger i veckan
audit-c-q1-4-week = 4 gånger i veckan eller mer

audit-c-q2 =
    Hur många standardglas dricker du en vanlig dag när du dricker alkohol?
    Ett standardglas är till exempel en burk starköl (33 cl), ett glas vin (12–15 cl) eller 4 cl sprit.
audit-c-q2-1-2 = 1–2
audit-c-q2-3-4 = 3–4
audit-c-q2-5-6 = 5–6
audit-c-q2-7-9 = 7–9
audit-c-q2-10-plus = 10 eller fler

audit-c-q3 = Hur ofta dricker du 6 standardglas eller mer vid samma tillfälle?
audit-c-q3-never = Aldrig
audit-c-q3-less-than-monthly = Mer sällan än en gång i månaden
audit-c-q3-monthly = Varje månad
audit-c-q3-weekly = Varje vecka
audit-c-q3-daily = Varje dag eller nästan varje dag

audit-c-sex = Gränsen i testet är olika för kvinnor och män. Vad stämmer för dig?
audit-c-sex-woman = Kvinna
audit-c-sex-man = Man
audit-c-sex-no-answer = Vill inte svara

audit-c-result-low =
    Du fick { $audit } av 12 poäng.
    Dina svar tyder på att du dricker på ett sätt som ger låg risk för din hälsa. Det är ingen diagnos.
    Det är bra för hälsan att hålla sig under gränsen nedan.
audit-c-result-high =
    Du fick { $audit } av 12 poäng.
    Dina svar tyder på att du dricker på ett sätt som kan vara en risk för din hälsa. Det är ingen diagnos.
    Det kan vara bra för dig att dricka mindre. Du behöver inte göra det ensam. Du kan få stöd, se nedan.
    Om du dricker mycket varje dag: sluta inte tvärt på egen hand. Det kan vara farligt för kroppen. Prata först med din hälsocentral eller ring 1177, så får du hjälp att trappa ner på ett säkert sätt.
audit-c-limits =
    Socialstyrelsen har en gräns som är lika för alla. Det är en risk för hälsan om du dricker 10 standardglas eller mer i veckan. Det är också en risk om du dricker 4 standardglas eller mer vid samma tillfälle, en gång i månaden eller oftare.
    Ett standardglas är 12 gram alkohol.
    Om du är gravid, eller försöker bli gravid: drick ingen alkohol alls. Barnmorskan på mödravården (MVC) kan ge dig stöd.
    Vill du prata med någon om ditt eget eller en närståendes drickande? Här kan du få stöd.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

audit-c-note-q1-never = Jag dricker aldrig alkohol.
audit-c-note-q1-monthly-or-less = Jag dricker alkohol en gång i månaden eller mer sällan.
audit-c-note-q1-2-4-month = Jag dricker alkohol 2–4 gånger i månaden.
audit-c-note-q1-2-3-week = Jag dricker alkohol 2–3 gånger i veckan.
audit-c-note-q1-4-week = Jag dricker alkohol 4 gånger i veckan eller mer.
audit-c-note-q2-1-2 = En vanlig dag när jag dricker, dricker jag 1–2 standardglas.
audit-c-note-q2-3-4 = En vanlig dag när jag dricker, dricker jag 3–4 standardglas.
audit-c-note-q2-5-6 = En vanlig dag när jag dricker, dricker jag 5–6 standardglas.
audit-c-note-q2-7-9 = En vanlig dag när jag dricker, dricker jag 7–9 standardglas.
audit-c-note-q2-10-plus = En vanlig dag när jag dricker, dricker jag 10 standardglas eller fler.
audit-c-note-q3-never = Jag dricker aldrig 6 standardglas eller mer vid samma tillfälle.
audit-c-note-q3-less-than-monthly = Jag dricker 6 standardglas eller mer vid samma tillfälle, mer sällan än en gång i månaden.
audit-c-note-q3-monthly = Jag dricker 6 standardglas eller mer vid samma tillfälle, varje månad.
audit-c-note-q3-weekly = Jag dricker 6 standardglas eller mer vid samma tillfälle, varje vecka.
audit-c-note-q3-daily = Jag dricker 6 standardglas eller mer vid samma tillfälle, varje dag eller nästan varje dag.
audit-c-note-result-low = Mina svar på AUDIT-C (alkohol) gav { $audit } av 12 poäng. Svaren tyder på låg risk.
audit-c-note-result-high = Mina svar på AUDIT-C (alkohol) gav { $audit } av 12 poäng. Gränsen för mig var { $cutoff } poäng. Svaren tyder på riskbruk av alkohol.
