## Answers when someone types freely at the menu instead of choosing.

route-suggest = These may fit what you wrote. Choose a number.
route-nothing = I did not find anything that fits what you wrote. Choose in the menu below. If you are unsure what to do, you can call 1177, day and night.
