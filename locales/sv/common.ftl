## Texter som Lots själv använder: välkomst, meny, kommandon, fel och nödsvar.
## Lots använder de här texterna själv; `lots check` säger till om någon saknas. (För utvecklare: src/content/messages.rs.)

## Välkomst och meny

welcome =
    Om det är akut: ring 112.
    Hej och välkommen till Lots, från Region Jämtland Härjedalen! Jag ger information om vad du kan göra själv för din hälsa och vart du kan vända dig. Jag ställer ingen diagnos och gör ingen medicinsk bedömning.
    Jag sparar var du är i samtalet och vad du har svarat, så att du kan fortsätta senare och visa en sammanfattning för personalen. Skriv /forget så raderar jag allt.
menu-prompt = Vad vill du ha hjälp med? Välj ett nummer.
menu-topic-prompt = Du valde: { $topic }. Vad passar bäst? Välj ett nummer.
menu-all-topics = Tillbaka till alla val
dialog-end = Då är vi klara med det här. Skriv /summary om du vill se det du har berättat. Du kan också välja något nytt nedan.
dialog-error = Något gick fel i de här frågorna. Jag kan inte ge dig ett säkert svar. Ring 1177 om du behöver råd. Du kan också välja något annat nedan.

## Ämnena i menyn, skrivna från personens håll.

topic-self-care = Jag har besvär eller symtom
topic-mood = Hur jag mår
topic-living-habits = Mina levnadsvanor
topic-life-situation = Min livssituation
topic-finding-care = Hitta rätt vård

## Kommandon

help =
    Det här kan du skriva:
    /menu – visa menyn
    /back – gå tillbaka ett steg
    /restart – börja om från början
    /language – byt språk, till exempel /language en
    /summary – se det du har berättat, på ditt språk och på svenska
    /mydata – se vad jag har sparat om dig
    /forget – radera allt jag har sparat om dig
    /help – visa den här listan
back-done = Vi går tillbaka ett steg.
back-nothing = Det finns inget att gå tillbaka till.
restart-done = Vi börjar om från början.
language-changed = Nu skriver jag på { $language }.
language-unknown =
    Språket { $code } finns inte här. Det här kan du välja:
    { $available }
language-list =
    Skriv /language och koden för ditt språk, till exempel /language en. Det här kan du välja:
    { $available }
summary-header = Det här har du berättat:
summary-swedish-header = På svenska, att visa för personalen:
summary-empty = Du har inte berättat något ännu.
language-option = /language { $code } ({ $name })
summary-line = • { $line }
mydata-var = { $name } = { $value }
value = { $value }
mydata-header = Det här har jag sparat om dig:
mydata-language = Språk: { $language }
mydata-position = Var du är i samtalet: { $position }
mydata-position-menu = Var du är i samtalet: i menyn
mydata-vars =
    Dina svar:
    { $vars }
mydata-notes = Rader i din sammanfattning: { $count }
mydata-since = Sparat sedan: { $since }
forget-done = Klart. Jag har raderat allt som jag hade sparat om dig.

## Svar som Lots inte förstår

input-empty = Jag fick inget meddelande. Skriv igen, eller välj ett nummer.
input-too-long = Meddelandet är för långt. Skriv högst { $max } tecken.
input-not-understood = Jag förstod inte. Välj ett av alternativen, eller skriv /help.
option-out-of-range = Välj ett nummer mellan 1 och { $max }.
command-unknown = Kommandot { $command } finns inte. Skriv /help så ser du vad du kan skriva.
stale-button = Den knappen hör till en tidigare fråga. Här är frågan som gäller nu.
input-invalid-number = Skriv ett tal mellan { $min } och { $max }.
input-invalid-yes-no = Svara ja eller nej.
input-invalid-pattern = Jag känner inte igen svaret. Försök igen.
input-invalid-text = Skriv en kort text, högst { $max } tecken.

## Nödsvar

emergency-general = Ring 112 nu. Det du beskriver kan vara allvarligt och behöver hjälp direkt.
emergency-continue = När du har fått hjälp kan du fortsätta här om du vill.
emergency-chest-pain = Ring 112 nu. Ont eller tryck i bröstet kan vara allvarligt och behöver hjälp direkt.
emergency-breathing = Ring 112 nu. Svårt att andas, eller att inte kunna svälja, behöver hjälp direkt.
emergency-stroke = Ring 112 nu. Sned mun, svag arm eller sluddrigt tal kan vara stroke. Varje minut är viktig.
emergency-unconscious = Ring 112 nu. Någon som inte vaknar eller har kramper behöver hjälp direkt. Stanna hos personen.
emergency-bleeding = Ring 112 nu. En blödning som är kraftig eller inte slutar behöver hjälp direkt.
emergency-suicide =
    Om du är i fara nu: ring 112.
    Annars kan du ringa Mind Självmordslinjen på 90101 eller chatta på mind.se. De svarar dygnet runt, och du kan vara anonym.
    Du behöver inte vara ensam med det här.
emergency-anaphylaxis = Ring 112 nu. Svullnad i halsen eller tungan, eller svårt att andas efter till exempel ett stick, behöver hjälp direkt.
emergency-poisoning =
    Ring 112 nu och be att få prata med Giftinformation.
    Om det inte är akut kan du ringa Giftinformationscentralen på 010-456 67 00. De svarar dygnet runt.
emergency-violence =
    Om du är i fara nu: ring 112.
    När du inte är i fara kan du ringa Kvinnofridslinjen på 020-50 50 50. Det är gratis, du kan vara anonym, och samtalet syns inte på telefonräkningen. De svarar dygnet runt.

## Kort om vem man kan kontakta

actor-phone = Ring: { $phone }
actor-web = Webb: { $web }

## Vanliga svar

answer-yes = Ja
answer-no = Nej

## Svar på frågan om tankar på att inte vilja leva (sleep, stress-worry, mood)

thoughts-yes-sometimes = Ja, ibland
thoughts-yes-now = Ja, och tankarna är starka just nu

## Säkerhetsfråga: kanske akut

safety-question = Det du skriver kan vara allvarligt. Händer det nu? Om det gör det: ring 112.
safety-no = Bra. Då fortsätter vi där vi var. Om det blir värre: ring 112.
safety-no-route = Bra. Då går vi vidare med det du skrev. Om det blir värre: ring 112.
safety-question-chest-pain = Har du ont eller tryck i bröstet just nu? Om du har det: ring 112.
safety-question-breathing = Är det svårt att andas just nu? Om det är det: ring 112.
safety-question-stroke = Har det här kommit plötsligt, nyss eller i dag? Sned mun, svag arm eller sluddrigt tal: ring 112.
safety-question-unconscious = Är det någon som inte vaknar eller har kramper just nu? Om det är så: ring 112.
safety-question-bleeding = Blöder det mycket just nu, och slutar det inte? Om det är så: ring 112.
safety-question-suicide = Tänker du på att ta ditt liv, eller att skada dig, just nu? Om du gör det: ring 112. Du kan också ringa Mind Självmordslinjen, 90101.
safety-question-anaphylaxis = Svullnar mun, tunga eller hals, eller blir det svårt att andas, just nu? Om det är så: ring 112.
safety-question-poisoning = Har någon fått i sig något giftigt, eller för mycket läkemedel, just nu? Om det är så: ring 112 och fråga efter Giftinformation.
safety-question-violence = Är du eller någon annan i fara just nu? Om du är det: ring 112.
