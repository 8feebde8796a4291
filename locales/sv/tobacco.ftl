## Dialogen Tobak (dialogs/tobacco.toml).

tobacco-title = Rökning och snus

tobacco-intro = Här kommer två frågor, en om rökning och en om snus. Efteråt får du veta vad dina svar tyder på. Det är ingen diagnos.

tobacco-smoke = Röker du?
tobacco-snus = Snusar du?
tobacco-never = Nej, jag har aldrig gjort det
tobacco-quit-long = Nej, jag slutade för mer än 6 månader sedan
tobacco-quit-short = Nej, jag slutade för mindre än 6 månader sedan
tobacco-not-daily = Ja, men inte varje dag
tobacco-daily = Ja, varje dag

tobacco-result-uses =
    Dina svar tyder på att du använder tobak. Det är ingen diagnos.
    Att sluta är en av de bästa sakerna du kan göra för din hälsa. Det lönar sig alltid, oavsett hur länge du har rökt eller snusat. Många behöver flera försök, och stöd gör det lättare.
tobacco-ready = Hur vill du gå vidare? Du bestämmer själv.
tobacco-ready-support = Jag vill sluta och vill ha stöd
tobacco-ready-self = Jag vill försöka sluta själv
tobacco-ready-not-now = Jag vill inte sluta just nu
tobacco-support =
    Bra att du vill sluta! Du kan få stöd på två sätt:
    – Sluta-röka-linjen hjälper dig att sluta röka eller snusa. Du kan prata svenska, engelska eller arabiska.
    – Din hälsocentral kan ge dig samtal och råd, till exempel om läkemedel som gör det lättare att sluta.
tobacco-self =
    Bra att du vill sluta! Några tips:
    – Bestäm en dag då du slutar.
    – Tänk ut vad du ska göra i stället i de stunder då du brukar röka eller snusa.
    – Berätta för någon du litar på.
    – Om det inte går första gången: försök igen. Det är vanligt att det behövs flera försök.
    Om du vill ha stöd längre fram finns det här.
tobacco-not-now =
    Det är ditt val. Om du vill sluta eller minska längre fram finns det stöd. Du är alltid välkommen att höra av dig.
tobacco-result-recent-quit =
    Dina svar tyder på att du nyss har slutat. Bra jobbat!
    De första månaderna är ofta svårast. Om suget blir starkt kan du få stöd, så att du fortsätter vara fri från tobak.
tobacco-result-none =
    Dina svar tyder på att du inte använder tobak. Det är bra för din hälsa.
    Vill du prata om andra levnadsvanor? Din hälsocentral kan hjälpa dig.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

tobacco-note-smoke-never = Jag har aldrig rökt.
tobacco-note-smoke-quit-long = Jag slutade röka för mer än 6 månader sedan.
tobacco-note-smoke-quit-short = Jag slutade röka för mindre än 6 månader sedan.
tobacco-note-smoke-not-daily = Jag röker, men inte varje dag.
tobacco-note-smoke-daily = Jag röker varje dag.
tobacco-note-snus-never = Jag har aldrig snusat.
tobacco-note-snus-quit-long = Jag slutade snusa för mer än 6 månader sedan.
tobacco-note-snus-quit-short = Jag slutade snusa för mindre än 6 månader sedan.
tobacco-note-snus-not-daily = Jag snusar, men inte varje dag.
tobacco-note-snus-daily = Jag snusar varje dag.
tobacco-note-result-uses = Mina svar om tobak tyder på att jag använder tobak.
tobacco-note-result-recent-quit = Mina svar om tobak tyder på att jag nyss har slutat.
tobacco-note-result-none = Mina svar om tobak tyder på att jag inte använder tobak.
tobacco-note-ready-support = Jag vill sluta med tobak och vill ha stöd.
tobacco-note-ready-self = Jag vill försöka sluta med tobak på egen hand.
tobacco-note-ready-not-now = Jag vill inte sluta med tobak just nu.

## Vad Lots rådde till.

tobacco-note-advice-support = Lots gav mig information om Sluta-röka-linjen och om stöd på hälsocentralen.
tobacco-note-advice-self = Lots gav mig tips om att sluta, och information om Sluta-röka-linjen och hälsocentralen.
tobacco-note-advice-not-now = Lots berättade var jag kan få stöd om jag vill sluta längre fram.
