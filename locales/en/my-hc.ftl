## The My hälsocentral dialog (dialogs/my-hc.toml).

my-hc-title = My hälsocentral: choosing, a named contact, interpreter and SIP

my-hc-intro = The closest care is the care you can give yourself. When you need more help, the hälsocentral (primary care centre) is the hub of care close to you. Here you find out how to choose your hälsocentral and what you can ask for.
my-hc-topic = What would you like to know more about?
my-hc-topic-choose = Choosing or changing hälsocentral
my-hc-topic-contact = Having a named contact
my-hc-topic-interpreter = Interpreter
my-hc-topic-sip = A coordinated plan (SIP) with the region and the municipality

my-hc-choose =
    In Jämtland Härjedalen there are about 30 hälsocentraler. You choose which one you want to belong to. This is called Hälsoval. If you have not chosen, you belong to the one closest to where you live.
    You can change hälsocentral at most twice in 12 months. 1177.se shows how to change.
my-hc-contact = You can ask for a named contact (fast vårdkontakt) at your hälsocentral. It is a person who knows you and helps you keep your care together. Then you do not have to tell everything from the start each time. Ask when you contact the hälsocentral.
my-hc-interpreter =
    If you do not speak Swedish well, you can ask for an interpreter in health care. Say that you need an interpreter, and which language, when you book an appointment. You can read on 1177.se what applies to interpreters in health care.
    Here in Lots you can change language with /language. With /summary you get a summary both in your language and in Swedish, which you can show to the staff.
my-hc-sip =
    If you get help from both the region, for example the hälsocentral, and the municipality, for example home help, you can make a coordinated individual plan, SIP (samordnad individuell plan).
    Everyone meets and makes a plan together with you: who does what, and when. Both the region and the municipality can call a SIP meeting, and you can ask for one yourself.
my-hc-more = Would you like to know anything else?
my-hc-close = This is how you reach your hälsocentral. If you are unsure where to turn: call 1177.

## Lines for the summary, written as the person would say them.

my-hc-note-choose = I am asking how to choose or change hälsocentral.
my-hc-note-contact = I would like a named contact (fast vårdkontakt).
my-hc-note-interpreter = I may need an interpreter.
my-hc-note-sip = I am asking about a coordinated individual plan (SIP).
