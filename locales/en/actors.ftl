## About whom to contact. Numbers and web addresses are in dialogs/actors.toml.

actor-112-name = 112
actor-112-when = Call when life is in danger, or in acute illness or injury.

actor-1177-name = 1177 – health care advice
actor-1177-when = Call if you are not sure whether self-care is enough. A nurse answers and helps you further. At 1177.se you can read more and log in to e-services.
actor-1177-hours = Day and night.

actor-halsocentral-name = Your hälsocentral (health centre)
actor-halsocentral-when = Contact your hälsocentral when you need care but it is not urgent. At 1177.se, under Hitta vård (Find care), you find your hälsocentral and how to contact it.

actor-giftinformation-name = Giftinformationscentralen (Swedish Poisons Information Centre)
actor-giftinformation-when = In case of poisoning. If it is urgent: call 112 and ask to speak to Giftinformation. If it is not urgent: call the number here.
actor-giftinformation-hours = Day and night.

actor-mind-sjalvmordslinjen-name = Mind Självmordslinjen (the Suicide Line)
actor-mind-sjalvmordslinjen-when = If you have thoughts of taking your life. You can call or chat, and you can stay anonymous.
actor-mind-sjalvmordslinjen-hours = Day and night.

actor-alkoholhjalpen-name = Alkoholhjälpen (alcohol helpline)
actor-alkoholhjalpen-when = If you want to talk about your own drinking, or that of someone close to you.

actor-sluta-roka-linjen-name = Sluta-röka-linjen (quit smoking line)
actor-sluta-roka-linjen-when = If you want to stop smoking or using snus. You can speak Swedish, English or Arabic.
