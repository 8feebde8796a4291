## The Contact your municipality dialog (dialogs/municipality.toml). Also used by older,
## violence and end-of-life.

municipality-title = Contact your municipality

municipality-intro = The municipality (kommun) gives support in everyday life. It can be home help, home health care, support for relatives, social services and school.
municipality-pick = In which municipality do you live, or the person who needs help?
municipality-berg = Berg
municipality-bracke = Bräcke
municipality-harjedalen = Härjedalen
municipality-krokom = Krokom
municipality-ragunda = Ragunda
municipality-stromsund = Strömsund
municipality-are = Åre
municipality-ostersund = Östersund
municipality-other = Another municipality
municipality-card = This is how you reach the municipality. The website has phone numbers and tells you whom to ask for.
municipality-other-info = Lots only knows the eight municipalities in Jämtland county. You find your municipality's website by searching for its name. You can also call 1177 and ask where to turn.

## Lines for the summary.

municipality-note-berg = It concerns Berg municipality.
municipality-note-bracke = It concerns Bräcke municipality.
municipality-note-harjedalen = It concerns Härjedalen municipality.
municipality-note-krokom = It concerns Krokom municipality.
municipality-note-ragunda = It concerns Ragunda municipality.
municipality-note-stromsund = It concerns Strömsund municipality.
municipality-note-are = It concerns Åre municipality.
municipality-note-ostersund = It concerns Östersund municipality.
municipality-note-other = It concerns a municipality outside Jämtland county.
