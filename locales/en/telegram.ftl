## Texts for Telegram.

telegram-private-only = Lots works only in a private chat. Write to me directly, and I will help you there.
telegram-text-only = I understand text and buttons, but not pictures, sound or files. Please write in words instead.
telegram-button-unknown = I do not recognise that button.
telegram-error = Something went wrong on my side. Please try again in a while. In an emergency: call 112.

# Descriptions in Telegram's command menu (at most 256 characters).
telegram-command-start = Start from the beginning
telegram-command-menu = Show the menu
telegram-command-back = Undo your last answer
telegram-command-restart = Start this part again
telegram-command-summary = See what you have told me
telegram-command-language = Change language
telegram-command-mydata = See what I have stored about you
telegram-command-forget = Delete everything I have stored about you
telegram-command-help = Help
