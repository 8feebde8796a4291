## Svar när någon skriver fritt i menyn i stället för att välja.

route-suggest = Det här kanske passar det du skrev. Välj ett nummer.
route-nothing = Jag hittade inget som passar det du skrev. Välj i menyn nedan. Om du är osäker på vad du ska göra kan du ringa 1177, dygnet runt.
