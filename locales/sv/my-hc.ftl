## Dialogen Min hälsocentral (dialogs/my-hc.toml).

my-hc-title = Min hälsocentral: välja, fast kontakt, tolk och SIP

my-hc-intro = Den närmaste vården är den du kan ge dig själv. När du behöver mer hjälp är hälsocentralen navet i vården nära dig. Här får du veta hur du väljer hälsocentral och vad du kan be om.
my-hc-topic = Vad vill du veta mer om?
my-hc-topic-choose = Välja eller byta hälsocentral
my-hc-topic-contact = Att ha en fast kontakt
my-hc-topic-interpreter = Tolk
my-hc-topic-sip = Samordnad plan (SIP) med regionen och kommunen

my-hc-choose =
    I Jämtland Härjedalen finns ungefär 30 hälsocentraler. Du väljer själv vilken du vill tillhöra. Det kallas Hälsoval. Om du inte har valt hör du till den som ligger närmast där du bor.
    Du kan byta hälsocentral högst två gånger på 12 månader. Hur du byter ser du på 1177.se.
my-hc-contact = Du kan be om en fast vårdkontakt på din hälsocentral. Det är en person som känner dig och hjälper dig att hålla ihop din vård. Då slipper du berätta allt från början varje gång. Fråga när du kontaktar hälsocentralen.
my-hc-interpreter =
    Om du inte talar svenska så bra kan du be om tolk i vården. Säg att du behöver tolk, och vilket språk, när du bokar tid. Vad som gäller för tolk i vården kan du läsa om på 1177.se.
    Här i Lots kan du byta språk med /language. Med /summary får du en sammanfattning både på ditt språk och på svenska, som du kan visa för personalen.
my-hc-sip =
    Om du får hjälp av både regionen, till exempel hälsocentralen, och kommunen, till exempel hemtjänsten, kan ni göra en samordnad individuell plan, SIP.
    Då träffas alla och gör en plan tillsammans med dig: vem gör vad, och när. Både regionen och kommunen kan kalla till en SIP, och du kan själv be om en.
my-hc-more = Vill du veta något mer?
my-hc-close = Här når du din hälsocentral. Om du är osäker på vart du ska vända dig: ring 1177.

## Rader i sammanfattningen, skrivna som personen själv säger dem.

my-hc-note-choose = Jag undrar hur jag väljer eller byter hälsocentral.
my-hc-note-contact = Jag vill gärna ha en fast vårdkontakt.
my-hc-note-interpreter = Jag behöver kanske tolk.
my-hc-note-sip = Jag undrar om en samordnad individuell plan (SIP).
