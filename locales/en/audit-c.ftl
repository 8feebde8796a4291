## The Alcohol habits dialog, AUDIT-C (dialogs/audit-c.toml).

audit-c-title = Alcohol habits (AUDIT-C)

audit-c-intro = Here are three questions about alcohol. They come from a test called AUDIT-C. Afterwards you see what your answers suggest. It is not a diagnosis.

audit-c-q1 = How often do you drink alcohol?
audit-c-q1-never = Never
audit-c-q1-monthly-or-less = Once a month or less
audit-c-q1-2-4-month = 2–4 times a month
audit-c-q1-2-3-week = 2–3 times a week
audit-c-q1-4-week = 4 times a week or more

audit-c-q2 =
    How many standard glasses do you drink on a typical day when you drink alcohol?
    One standard glass is for example a can of strong beer (33 cl), a glass of wine (12–15 cl) or 4 cl of spirits.
audit-c-q2-1-2 = 1–2
audit-c-q2-3-4 = 3–4
audit-c-q2-5-6 = 5–6
audit-c-q2-7-9 = 7–9
audit-c-q2-10-plus = 10 or more

audit-c-q3 = How often do you drink 6 standard glasses or more on one occasion?
audit-c-q3-never = Never
audit-c-q3-less-than-monthly = Less than once a month
audit-c-q3-monthly = Every month
audit-c-q3-weekly = Every week
audit-c-q3-daily = Every day or almost every day

audit-c-sex = The limit in the test is different for women and men. What applies to you?
audit-c-sex-woman = Woman
audit-c-sex-man = Man
audit-c-sex-no-answer = Prefer not to say

audit-c-result-low =
    You got { $audit } out of 12 points.
    Your answers suggest that you drink in a way that gives a low risk to your health. It is not a diagnosis.
    It is good for your health to stay under the limit described below.
audit-c-result-high =
    You got { $audit } out of 12 points.
    Your answers suggest that you drink in a way that can be a risk to your health. It is not a diagnosis.
    It can be good for you to drink less. You do not have to do it on your own. You can get support, see below.
    If you drink a lot every day: do not stop suddenly on your own. That can be dangerous for your body. Talk to your hälsocentral or call 1177 first, and you will get help to cut down safely.
audit-c-limits =
    Socialstyrelsen (the National Board of Health and Welfare) has a limit that is the same for everyone. It is a risk to your health if you drink 10 standard glasses or more a week. It is also a risk if you drink 4 standard glasses or more on one occasion, once a month or more often.
    One standard glass is 12 grams of alcohol.
    If you are pregnant, or trying to become pregnant: do not drink any alcohol at all. The midwife at maternity care (MVC) can support you.
    Would you like to talk to someone about your own drinking or that of someone close to you? You can get support here.

## Lines for the summary, written as the person would say them.

audit-c-note-q1-never = I never drink alcohol.
audit-c-note-q1-monthly-or-less = I drink alcohol once a month or less.
audit-c-note-q1-2-4-month = I drink alcohol 2–4 times a month.
audit-c-note-q1-2-3-week = I drink alcohol 2–3 times a week.
audit-c-note-q1-4-week = I drink alcohol 4 times a week or more.
audit-c-note-q2-1-2 = On a typical day when I drink, I drink 1–2 standard glasses.
audit-c-note-q2-3-4 = On a typical day when I drink, I drink 3–4 standard glasses.
audit-c-note-q2-5-6 = On a typical day when I drink, I drink 5–6 standard glasses.
audit-c-note-q2-7-9 = On a typical day when I drink, I drink 7–9 standard glasses.
audit-c-note-q2-10-plus = On a typical day when I drink, I drink 10 standard glasses or more.
audit-c-note-q3-never = I never drink 6 standard glasses or more on one occasion.
audit-c-note-q3-less-than-monthly = I drink 6 standard glasses or more on one occasion less than once a month.
audit-c-note-q3-monthly = I drink 6 standard glasses or more on one occasion every month.
audit-c-note-q3-weekly = I drink 6 standard glasses or more on one occasion every week.
audit-c-note-q3-daily = I drink 6 standard glasses or more on one occasion every day or almost every day.
audit-c-note-result-low = My answers to AUDIT-C (alcohol) gave { $audit } out of 12 points. The answers suggest a low risk.
audit-c-note-result-high = My answers to AUDIT-C (alcohol) gave { $audit } out of 12 points. My limit was { $cutoff } points. The answers suggest risky drinking.
