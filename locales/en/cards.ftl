## Lines on contact cards: opening hours and age limits.

actor-open-now = Open now.
# $day is "today", "tomorrow" or a weekday. $time is for example 08:00.
actor-closed-opens = Closed now. Opens { $day } at { $time }.
actor-closed-alternative = When it is closed: { $name }, { $contact }.
actor-age-range = For you if you are { $min } to { $max } years old.
actor-age-min = For you if you are { $min } or older.
actor-age-max = For you if you are { $max } or younger.
day-today = today
day-tomorrow = tomorrow
weekday-1 = on Monday
weekday-2 = on Tuesday
weekday-3 = on Wednesday
weekday-4 = on Thursday
weekday-5 = on Friday
weekday-6 = on Saturday
weekday-7 = on Sunday
