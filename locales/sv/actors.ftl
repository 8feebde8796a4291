## Kort om vem man kan kontakta. Nummer och webbadresser står i dialogs/actors.toml.

actor-112-name = 112
actor-112-when = Ring när det är fara för liv, eller vid akut sjukdom eller skada.

actor-1177-name = 1177 – sjukvårdsrådgivning
actor-1177-when = Ring om du är osäker på om egenvård räcker. En sjuksköterska svarar och hjälper dig vidare. På 1177.se kan du läsa mer och logga in för e-tjänster.
actor-1177-hours = Dygnet runt.

actor-halsocentral-name = Din hälsocentral
actor-halsocentral-when = Kontakta din hälsocentral när du behöver vård, men det inte är akut. På 1177.se, under Hitta vård, hittar du din hälsocentral och hur du kontaktar den.

actor-giftinformation-name = Giftinformationscentralen
actor-giftinformation-when = Vid förgiftning. Om det är akut: ring 112 och be att få prata med Giftinformation. Om det inte är akut: ring numret här.
actor-giftinformation-hours = Dygnet runt.

actor-mind-sjalvmordslinjen-name = Mind Självmordslinjen
actor-mind-sjalvmordslinjen-when = Om du har tankar på att ta ditt liv. Du kan ringa eller chatta, och du kan vara anonym.
actor-mind-sjalvmordslinjen-hours = Dygnet runt.

actor-alkoholhjalpen-name = Alkoholhjälpen
actor-alkoholhjalpen-when = Om du vill prata om ditt eget drickande, eller om någon närståendes.

actor-sluta-roka-linjen-name = Sluta-röka-linjen
actor-sluta-roka-linjen-when = Om du vill sluta röka eller snusa. Du kan prata svenska, engelska eller arabiska.
