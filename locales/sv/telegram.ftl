## Texter för Telegram.

telegram-private-only = Lots fungerar bara i ett privat samtal. Skriv till mig direkt, så hjälper jag dig där.
telegram-text-only = Jag förstår text och knappar, men inte bilder, ljud eller filer. Skriv gärna med ord i stället.
telegram-button-unknown = Den knappen känner jag inte igen.
telegram-error = Något gick fel hos mig. Försök igen om en stund. Om det är akut: ring 112.

# Beskrivningar i Telegrams kommandomeny (högst 256 tecken).
telegram-command-start = Börja från början
telegram-command-menu = Visa menyn
telegram-command-back = Ångra ditt senaste svar
telegram-command-restart = Börja om den här delen
telegram-command-summary = Se det du har berättat
telegram-command-language = Byt språk
telegram-command-mydata = Se vad jag har sparat om dig
telegram-command-forget = Radera allt jag har sparat om dig
telegram-command-help = Hjälp
