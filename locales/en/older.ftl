## The Older person or relative dialog (dialogs/older.toml).

older-title = Older person, or relative who helps

older-intro = Here you find out where to turn when you are older and need support, or when you help someone close to you. You choose what you want to know more about.
older-who = Is it about yourself or someone you help?
older-who-me = Myself
older-who-relative = Someone I help, for example a parent or partner

older-need = What do you need help with?
older-need-home-help = Help at home in everyday life
older-need-home-care = Health care at home
older-need-relative = Support for me as a relative
older-need-lonely = I feel lonely
older-need-many = Several contacts who need to work together

older-home-help =
    If everyday life at home has become hard, for you or for the person you help, help is available from the municipality (kommun). It can be home help (hemtjänst), for example help with food, cleaning or personal care, or a safety alarm.
    You apply to the municipality. A needs assessor (biståndshandläggare) talks with the person who needs help about what is needed and what matters. You decide together. A relative can help you get in touch.
older-home-care =
    If it is hard to get to the hälsocentral, care can sometimes come to the home. This is called home health care (hemsjukvård) and is given by the municipality, for example by a district nurse.
    Talk to the hälsocentral if you think care at home is needed. They plan it together with the municipality.
older-relative =
    It is good that you think of yourself too. Helping someone close to you can be hard.
    The municipality has support for relatives (anhörigstöd). It can be talks, meetings with others in the same situation, or respite care so that you can rest. You can get support even if the person you help has not applied for anything.
older-lonely =
    Many people feel lonely at times. It is nothing to be ashamed of.
    If you are 65 or older you can call Mind Äldrelinjen and talk to someone. The municipality often has meeting places and activities for older people.
older-many =
    If you get help both from the region (for example the hälsocentral) and from the municipality (for example home help), you can make a coordinated individual plan, SIP (samordnad individuell plan). Everyone meets and makes a plan together with you. You can ask for a SIP yourself, at the hälsocentral or at the municipality.
    You can also ask for a named contact (fast vårdkontakt) at the hälsocentral. It is a person who knows you and helps you keep your care together.

older-close =
    Write /summary to get a summary of what you have told me, also in Swedish. You can show it to the staff, so you do not have to tell everything again.
    If you are unsure where to turn: call 1177, day and night.

## Lines for the summary, written as the person would say them.

older-note-who-me = It is about myself.
older-note-who-relative = I help someone close to me.
older-note-need-home-help = I need help at home in everyday life.
older-note-need-home-care = I am asking about health care at home (hemsjukvård).
older-note-need-relative = I would like support as a relative.
older-note-need-lonely = I feel lonely.
older-note-need-many = I have several contacts who need to work together, and I am asking about SIP.
