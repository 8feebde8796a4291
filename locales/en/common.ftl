## Texts Lots itself uses: welcome, menu, commands, errors and emergency answers.
## Lots formats these itself; `lots check` names any that is missing. (For developers: src/content/messages.rs.)

## Welcome and menu

welcome =
    In an emergency: call 112.
    Hello and welcome to Lots, from Region Jämtland Härjedalen! I give information about what you can do yourself for your health and where you can turn. I do not make a diagnosis or a medical assessment.
    I save where you are in the conversation and what you have answered, so that you can carry on later and show a summary to staff. Write /forget and I will erase it all.
menu-prompt = What would you like help with? Choose a number.
menu-topic-prompt = You chose: { $topic }. What fits best? Choose a number.
menu-all-topics = Back to all choices
dialog-end = We are done with this. Write /summary if you want to see what you have told me. You can also choose something new below.
dialog-error = Something went wrong in these questions. I cannot give you a safe answer. Call 1177 if you need advice. You can also choose something else below.

## The topics of the menu, worded from the person's side.

topic-self-care = I have symptoms or a health problem
topic-mood = How I feel
topic-living-habits = My living habits
topic-life-situation = My life situation
topic-finding-care = Finding the right care

## Commands

help =
    This is what you can write:
    /menu – show the menu
    /back – go back one step
    /restart – start again from the beginning
    /language – change language, for example /language sv
    /summary – see what you have told me, in your language and in Swedish
    /mydata – see what I have saved about you
    /forget – erase everything I have saved about you
    /help – show this list
back-done = We go back one step.
back-nothing = There is nothing to go back to.
restart-done = We start again from the beginning.
language-changed = From now on I write in { $language }.
language-unknown =
    The language { $code } is not available here. You can choose:
    { $available }
language-list =
    Write /language and the code of your language, for example /language sv. You can choose:
    { $available }
summary-header = This is what you have told me:
summary-swedish-header = In Swedish (På svenska), to show to staff:
summary-empty = You have not told me anything yet.
language-option = /language { $code } ({ $name })
summary-line = • { $line }
mydata-var = { $name } = { $value }
value = { $value }
mydata-header = This is what I have saved about you:
mydata-language = Language: { $language }
mydata-position = Where you are in the conversation: { $position }
mydata-position-menu = Where you are in the conversation: in the menu
mydata-vars =
    Your answers:
    { $vars }
mydata-notes = Lines in your summary: { $count }
mydata-since = Saved since: { $since }
forget-done = Done. I have erased everything I had saved about you.

## Answers Lots does not understand

input-empty = I did not get a message. Write again, or choose a number.
input-too-long = The message is too long. Write at most { $max } characters.
input-not-understood = I did not understand. Choose one of the options, or write /help.
option-out-of-range = Choose a number between 1 and { $max }.
command-unknown = There is no command { $command }. Write /help to see what you can write.
stale-button = That button belongs to an earlier question. Here is the question that applies now.
input-invalid-number = Write a number between { $min } and { $max }.
input-invalid-yes-no = Answer yes or no.
input-invalid-pattern = I do not recognise the answer. Please try again.
input-invalid-text = Write a short text, at most { $max } characters.

## Emergency answers

emergency-general = Call 112 now. What you describe can be serious and needs help right away.
emergency-continue = When you have got help, you can carry on here if you want.
emergency-chest-pain = Call 112 now. Pain or pressure in the chest can be serious and needs help right away.
emergency-breathing = Call 112 now. Difficulty breathing, or not being able to swallow, needs help right away.
emergency-stroke = Call 112 now. A drooping mouth, a weak arm or slurred speech can be a stroke. Every minute counts.
emergency-unconscious = Call 112 now. Someone who does not wake up or has seizures needs help right away. Stay with the person.
emergency-bleeding = Call 112 now. Bleeding that is heavy or does not stop needs help right away.
emergency-suicide =
    If you are in danger now: call 112.
    Otherwise you can call Mind Självmordslinjen (the Suicide Line) on 90101 or chat at mind.se. They answer day and night, and you can stay anonymous.
    You do not have to be alone with this.
emergency-anaphylaxis = Call 112 now. Swelling in the throat or tongue, or difficulty breathing after for example a sting, needs help right away.
emergency-poisoning =
    Call 112 now and ask to speak to Giftinformation (Poison Information).
    If it is not urgent, you can call Giftinformationscentralen (the Swedish Poisons Information Centre) on 010-456 67 00. They answer day and night.
emergency-violence =
    If you are in danger now: call 112.
    When you are not in danger, you can call Kvinnofridslinjen (a national helpline about threats, violence and sexual abuse) on 020-50 50 50. It is free, you can stay anonymous, and the call does not show on the phone bill. They answer day and night.

## About whom to contact

actor-phone = Call: { $phone }
actor-web = Web: { $web }

## Common answers

answer-yes = Yes
answer-no = No

## Answers to the question about thoughts of not wanting to live (sleep, stress-worry, mood)

thoughts-yes-sometimes = Yes, sometimes
thoughts-yes-now = Yes, and the thoughts are strong right now

## Safety question: maybe urgent

safety-question = What you write may be serious. Is it happening now? If it is: call 112.
safety-no = Good. Then we go on where we were. If it gets worse: call 112.
safety-no-route = Good. Then we go on with what you wrote. If it gets worse: call 112.
safety-question-chest-pain = Do you have pain or pressure in your chest right now? If you do: call 112.
safety-question-breathing = Is it hard to breathe right now? If it is: call 112.
safety-question-stroke = Did this come on suddenly, just now or today? A drooping mouth, a weak arm or slurred speech: call 112.
safety-question-unconscious = Is someone not waking up, or having a seizure, right now? If so: call 112.
safety-question-bleeding = Is it bleeding a lot right now, and not stopping? If so: call 112.
safety-question-suicide = Are you thinking of taking your life, or of hurting yourself, right now? If you are: call 112. You can also call Mind Självmordslinjen, 90101.
safety-question-anaphylaxis = Are the mouth, tongue or throat swelling, or is it getting hard to breathe, right now? If so: call 112.
safety-question-poisoning = Has someone swallowed something poisonous, or too much medicine, just now? If so: call 112 and ask for Giftinformation.
safety-question-violence = Are you or someone else in danger right now? If you are: call 112.
