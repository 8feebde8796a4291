## Rader på kontaktkort: öppettider och åldersgränser.

actor-open-now = Öppet nu.
# $day är "i dag", "i morgon" eller en veckodag. $time är till exempel 08:00.
actor-closed-opens = Stängt nu. Öppnar { $day } kl. { $time }.
actor-closed-alternative = När det är stängt: { $name }, { $contact }.
actor-age-range = För dig som är { $min }–{ $max } år.
actor-age-min = För dig som är { $min } år eller äldre.
actor-age-max = För dig som är { $max } år eller yngre.
day-today = i dag
day-tomorrow = i morgon
weekday-1 = på måndag
weekday-2 = på tisdag
weekday-3 = på onsdag
weekday-4 = på torsdag
weekday-5 = på fredag
weekday-6 = på lördag
weekday-7 = på söndag
