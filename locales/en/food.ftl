## The Food habits dialog (dialogs/food.toml).

food-title = Food habits

food-intro = Here are four questions about what you eat. They come from Socialstyrelsen (the National Board of Health and Welfare). Afterwards you see what your answers suggest. It is not a diagnosis.

food-q1 = How often do you eat vegetables or root vegetables?
food-q2 = How often do you eat fruit or berries?
food-q3 = How often do you eat fish or shellfish? It can be as a main meal, in a salad or on a sandwich.
food-q4 = How often do you eat cakes and buns, sweets, chocolate or crisps, or drink soft drinks or cordial?

food-twice-a-day = Twice a day or more often
food-once-a-day = Once a day
food-few-a-week = A few times a week
food-once-a-week-or-less = Once a week or less often

food-fish-3 = Three times a week or more often
food-fish-2 = Twice a week
food-fish-1 = Once a week
food-fish-0 = Less than once a week

food-result-good =
    You got { $food } out of 12 points.
    Your answers suggest that you mostly eat according to the advice for good food habits. Keep it up!
food-result-some =
    You got { $food } out of 12 points.
    Your answers suggest that your food habits are fairly good, but that you can improve them a little. It is not a diagnosis.
    Tip: choose one thing at a time. For example, eat more vegetables and fruit, fish two or three times a week, and fewer sweets, cakes, crisps and soft drinks.
food-result-low =
    You got { $food } out of 12 points.
    Your answers suggest that your food habits can be a risk to your health. It is not a diagnosis.
    Small steps make a difference. Start with one thing, for example vegetables with every dinner, or water instead of soft drinks. You do not have to do it on your own, you can get support.
food-support = Would you like advice on food that suits you and your health? Your hälsocentral can help you. On 1177.se you can read more about good food habits.

## Lines for the summary, written as the person would say them.

food-note-q1-3 = I eat vegetables or root vegetables twice a day or more often.
food-note-q1-2 = I eat vegetables or root vegetables once a day.
food-note-q1-1 = I eat vegetables or root vegetables a few times a week.
food-note-q1-0 = I eat vegetables or root vegetables once a week or less often.
food-note-q2-3 = I eat fruit or berries twice a day or more often.
food-note-q2-2 = I eat fruit or berries once a day.
food-note-q2-1 = I eat fruit or berries a few times a week.
food-note-q2-0 = I eat fruit or berries once a week or less often.
food-note-q3-3 = I eat fish or shellfish three times a week or more often.
food-note-q3-2 = I eat fish or shellfish twice a week.
food-note-q3-1 = I eat fish or shellfish once a week.
food-note-q3-0 = I eat fish or shellfish less than once a week.
food-note-q4-0 = I eat cakes, sweets or crisps, or drink soft drinks, twice a day or more often.
food-note-q4-1 = I eat cakes, sweets or crisps, or drink soft drinks, once a day.
food-note-q4-2 = I eat cakes, sweets or crisps, or drink soft drinks, a few times a week.
food-note-q4-3 = I eat cakes, sweets or crisps, or drink soft drinks, once a week or less often.
food-note-result-good = My answers about food habits gave { $food } out of 12 points. The answers suggest that I mostly follow the advice.
food-note-result-some = My answers about food habits gave { $food } out of 12 points. The answers suggest that I can improve my food habits a little.
food-note-result-low = My answers about food habits gave { $food } out of 12 points. The answers suggest unhealthy food habits.

## What Lots advised.

food-note-advice-support = Lots gave me advice on food habits and told me about support at the hälsocentral.
