## Dialogen Kontakta din kommun (dialogs/municipality.toml). Används också av older,
## violence och end-of-life.

municipality-title = Kontakta din kommun

municipality-intro = Kommunen ger stöd i vardagen. Det kan vara hemtjänst, hemsjukvård, stöd till anhöriga, socialtjänst och skola.
municipality-pick = I vilken kommun bor du, eller den som behöver hjälp?
municipality-berg = Berg
municipality-bracke = Bräcke
municipality-harjedalen = Härjedalen
municipality-krokom = Krokom
municipality-ragunda = Ragunda
municipality-stromsund = Strömsund
municipality-are = Åre
municipality-ostersund = Östersund
municipality-other = En annan kommun
municipality-card = Så här når du kommunen. På webbplatsen finns telefonnummer och vem du ska fråga efter.
municipality-other-info = Lots känner bara till de åtta kommunerna i Jämtlands län. Du hittar din kommuns webbplats om du söker på kommunens namn. Du kan också ringa 1177 och fråga vart du ska vända dig.

## Rader i sammanfattningen.

municipality-note-berg = Det gäller Bergs kommun.
municipality-note-bracke = Det gäller Bräcke kommun.
municipality-note-harjedalen = Det gäller Härjedalens kommun.
municipality-note-krokom = Det gäller Krokoms kommun.
municipality-note-ragunda = Det gäller Ragunda kommun.
municipality-note-stromsund = Det gäller Strömsunds kommun.
municipality-note-are = Det gäller Åre kommun.
municipality-note-ostersund = Det gäller Östersunds kommun.
municipality-note-other = Det gäller en kommun utanför Jämtlands län.
