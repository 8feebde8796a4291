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
actor-alkoholhjalpen-when = Om du vill prata om ditt eget drickande, eller om någon närståendes. På webbplatsen ser du hur du kan få kontakt.

actor-sluta-roka-linjen-name = Sluta-röka-linjen
actor-sluta-roka-linjen-when = Om du vill sluta röka eller snusa. Du kan prata svenska, engelska eller arabiska.

## Nationella kontakter

actor-113-13-name = 113 13 – information vid olyckor och kriser
actor-113-13-when = Ring när du vill ha information om en allvarlig olycka eller kris i samhället. Om det är fara för liv: ring 112.

actor-polisen-114-14-name = Polisen, 114 14
actor-polisen-114-14-when = Ring när du vill kontakta polisen och det inte är bråttom. Om det händer nu: ring 112.

actor-mind-aldrelinjen-name = Mind Äldrelinjen
actor-mind-aldrelinjen-when = För dig som är 65 år eller äldre och vill prata med någon, till exempel när du känner dig ensam.
actor-mind-aldrelinjen-hours = Tiderna varierar, se mind.se.

actor-bris-name = BRIS
actor-bris-when = För barn och unga under 18 år. Du kan ringa, chatta eller mejla och prata om vad som helst.
actor-bris-hours = Dygnet runt.

actor-kvinnofridslinjen-name = Kvinnofridslinjen
actor-kvinnofridslinjen-when = Om du har blivit utsatt för hot, våld eller sexuella övergrepp. Det är gratis, du kan vara anonym och samtalet syns inte på telefonräkningen. Du kan få tolk.
actor-kvinnofridslinjen-hours = Dygnet runt.

actor-jourhavande-medmanniska-name = Jourhavande medmänniska
actor-jourhavande-medmanniska-when = Om du behöver någon att prata med på natten.
actor-jourhavande-medmanniska-hours = Klockan 21–06.

actor-umo-name = UMO.se
actor-umo-when = För dig som är 13–25 år. Läs om sex, hälsa och relationer.

actor-ungdomsmottagning-name = Ungdomsmottagningen
actor-ungdomsmottagning-when = För unga, ofta från 12–13 år upp till 20–25 år. Du kan prata om kropp, sex, relationer och hur du mår. Det är oftast gratis. På 1177.se, under Hitta vård, hittar du den närmaste.

actor-forsakringskassan-name = Försäkringskassan
actor-forsakringskassan-when = Om sjukpenning, föräldrapenning och aktivitetsersättning. På webbplatsen ser du vad som gäller och hur du kontaktar dem.

actor-arbetsformedlingen-name = Arbetsförmedlingen
actor-arbetsformedlingen-when = Om du söker arbete eller vill ha stöd att komma tillbaka till arbete. På webbplatsen ser du hur du kontaktar dem.

actor-foretagshalsovard-name = Företagshälsovården
actor-foretagshalsovard-when = Om din hälsa har med arbetet att göra. Du når den genom din arbetsgivare. Fråga din chef.

actor-elevhalsa-name = Elevhälsan
actor-elevhalsa-when = För dig som går i skolan. Du kan prata med skolsköterskan, kuratorn eller psykologen. Fråga på din skola.

actor-bvc-name = BVC – barnavårdscentralen
actor-bvc-when = För barn från 0 till 5 år och deras föräldrar. BVC finns på eller nära hälsocentralen. På 1177.se, under Hitta vård, hittar du din.

actor-mvc-name = MVC – mödravården
actor-mvc-when = När du är gravid, och för frågor om graviditet. Mödravården finns på eller nära hälsocentralen. På 1177.se, under Hitta vård, hittar du din.

actor-tandvard-name = Tandvården
actor-tandvard-when = Folktandvården eller en privat tandläkare. Barn och unga får regelbunden tandvård gratis. På 1177.se, under Hitta vård, hittar du tandvården nära dig.

## Region Jämtland Härjedalen

actor-storsjoglantan-name = Storsjögläntan – specialiserad palliativ hemsjukvård
actor-storsjoglantan-when = Vård i hemmet i livets slutskede, för hela regionen. Det behövs en remiss från en läkare. Utanför kontorstid finns kommunens distriktssköterskor.
actor-storsjoglantan-hours = Kontorstid. Kommunens distriktssköterskor finns dygnet runt.

## Östersunds sjukhus och regionens växel

actor-akutmottagning-name = Akutmottagningen, Östersunds sjukhus
actor-akutmottagning-when = Regionens akutmottagning, för akut sjukdom och skada. Om du inte behöver ambulans kan du få rådet att ta dig dit själv. Om det är fara för livet: ring 112.
actor-region-vaxel-name = Region Jämtland Härjedalen, växeln
actor-region-vaxel-when = Regionens växel. Be att bli kopplad till den mottagning du söker, till exempel förlossningen.
actor-forlossning-name = Förlossningen
actor-forlossning-when = När du är gravid och behöver hjälp direkt, till exempel om du blöder eller barnet rör sig mindre än vanligt. Förlossningens nummer finns på 1177.se, under Hitta vård. Du kan också ringa regionens växel och be att bli kopplad. Om det är fara för livet: ring 112.
actor-psykiatrisk-akutmottagning-name = Psykiatrisk akutmottagning
actor-psykiatrisk-akutmottagning-when = När du mår mycket dåligt psykiskt och behöver hjälp snabbt. Ring 1177 eller regionens växel, så får du veta hur du når den. Om du är i fara: ring 112.
actor-bup-name = BUP – barn- och ungdomspsykiatrin
actor-bup-when = För barn och unga som mår mycket dåligt psykiskt. Ring 1177 eller regionens växel, så får du veta hur du når BUP. Om någon är i fara: ring 112.

## Civilsamhället

actor-foreningar-name = Föreningar för patienter och anhöriga
actor-foreningar-when = Det finns föreningar för människor med olika sjukdomar och för deras anhöriga. Där kan du träffa andra i samma situation. Fråga din hälsocentral eller kommunen vilka som finns nära dig.

## Kommunerna. Texten om när man kontaktar kommunen är densamma för alla åtta.

actor-kommun-when = Kommunen ger stöd i vardagen: hemtjänst, hemsjukvård, stöd till anhöriga, socialtjänst och skola. På kommunens webbplats ser du vem du ska kontakta och hur.
actor-kommun-berg-name = Bergs kommun
actor-kommun-bracke-name = Bräcke kommun
actor-kommun-harjedalen-name = Härjedalens kommun
actor-kommun-krokom-name = Krokoms kommun
actor-kommun-ragunda-name = Ragunda kommun
actor-kommun-stromsund-name = Strömsunds kommun
actor-kommun-are-name = Åre kommun
actor-kommun-ostersund-name = Östersunds kommun
