## Texter om att komma tillbaka, ändrat innehåll och det jag får komma ihåg (profilen).

resume-welcome-back = Välkommen tillbaka!
resume-question = Förra gången var du mitt i en fråga. Vill du fortsätta där du var, eller börja om?
resume-continue = Fortsätt där jag var
resume-restart = Börja om

content-changed-restart = Vi har uppdaterat den här delen av Lots sedan sist. Därför börjar vi om från början av den.
content-changed-menu = Vi har uppdaterat Lots sedan sist, och den del du var i finns inte kvar. Här är menyn.

profile-consent-question =
    Får jag komma ihåg ditt svar på nästa fråga? Då behöver du inte svara på den igen nästa gång.
    Du kan när som helst skriva /mydata för att se vad jag har sparat, och /forget för att radera allt.
profile-consent-given = Tack. Jag kommer ihåg ditt svar.
profile-consent-refused = Det går bra. Jag sparar inte ditt svar till nästa gång.
profile-used = Jag använder det du har svarat förut: { $answer }. Skriv /forget om du vill att jag glömmer det.

mydata-profile =
    Det du har låtit mig komma ihåg:
    { $profile }
mydata-consent-yes = Du har sagt ja till att jag kommer ihåg vissa svar till nästa gång.
mydata-consent-no = Du har sagt nej till att jag kommer ihåg svar till nästa gång.

# Visas i terminalen när `lots chat` startar.
terminal-hint = Lots – skriv /start för att börja och /help för hjälp. Ctrl-D avslutar.
