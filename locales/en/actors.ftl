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
actor-alkoholhjalpen-when = If you want to talk about your own drinking, or that of someone close to you. The website shows how to get in touch.

actor-sluta-roka-linjen-name = Sluta-röka-linjen (quit smoking line)
actor-sluta-roka-linjen-when = If you want to stop smoking or using snus. You can speak Swedish, English or Arabic.

## National contacts

actor-113-13-name = 113 13 – information in accidents and crises
actor-113-13-when = Call when you want information about a serious accident or crisis in society. If life is in danger: call 112.

actor-polisen-114-14-name = Police (Polisen), 114 14
actor-polisen-114-14-when = Call when you want to contact the police and it is not urgent. If it is happening now: call 112.

actor-mind-aldrelinjen-name = Mind Äldrelinjen (helpline for older people)
actor-mind-aldrelinjen-when = For you who are 65 or older and want someone to talk to, for example when you feel lonely.
actor-mind-aldrelinjen-hours = Times vary, see mind.se.

actor-bris-name = BRIS (children's helpline)
actor-bris-when = For children and young people under 18. You can call, chat or send an email and talk about anything.
actor-bris-hours = Day and night.

actor-kvinnofridslinjen-name = Kvinnofridslinjen (helpline about violence)
actor-kvinnofridslinjen-when = If you have been exposed to threats, violence or sexual abuse. It is free, you can stay anonymous, and the call does not show on the phone bill. You can get an interpreter.
actor-kvinnofridslinjen-hours = Day and night.

actor-jourhavande-medmanniska-name = Jourhavande medmänniska (someone to talk to at night)
actor-jourhavande-medmanniska-when = If you need someone to talk to at night.
actor-jourhavande-medmanniska-hours = 9 pm to 6 am.

actor-umo-name = UMO.se
actor-umo-when = For you who are 13–25. Read about sex, health and relationships.

actor-ungdomsmottagning-name = Ungdomsmottagningen (youth clinic)
actor-ungdomsmottagning-when = For young people, often from 12–13 up to 20–25. You can talk about your body, sex, relationships and how you feel. It is usually free. At 1177.se, under Hitta vård (Find care), you find the nearest one.

actor-forsakringskassan-name = Försäkringskassan (Swedish Social Insurance Agency)
actor-forsakringskassan-when = About sickness benefit, parental benefit and activity compensation. The website shows what applies and how to contact them.

actor-arbetsformedlingen-name = Arbetsförmedlingen (Swedish Public Employment Service)
actor-arbetsformedlingen-when = If you are looking for work or want support to get back to work. The website shows how to contact them.

actor-foretagshalsovard-name = Företagshälsovården (occupational health service)
actor-foretagshalsovard-when = If your health has to do with your work. You reach it through your employer. Ask your manager.

actor-elevhalsa-name = Elevhälsan (school health service)
actor-elevhalsa-when = For you who go to school. You can talk to the school nurse, the counsellor or the psychologist. Ask at your school.

actor-bvc-name = BVC – child health centre
actor-bvc-when = For children from 0 to 5 and their parents. BVC is at or near the hälsocentral. At 1177.se, under Hitta vård (Find care), you find yours.

actor-mvc-name = MVC – maternity care
actor-mvc-when = When you are pregnant, and for questions about pregnancy. Maternity care is at or near the hälsocentral. At 1177.se, under Hitta vård (Find care), you find yours.

actor-tandvard-name = Dental care (Tandvården)
actor-tandvard-when = Folktandvården (public dental service) or a private dentist. Children and young people get regular dental care for free. At 1177.se, under Hitta vård (Find care), you find dental care near you.

## Region Jämtland Härjedalen

actor-storsjoglantan-name = Storsjögläntan – specialised palliative home care
actor-storsjoglantan-when = Care at home at the end of life, for the whole region. A referral from a doctor is needed. Outside office hours, the municipality's district nurses are there.
actor-storsjoglantan-hours = Office hours. The municipality's district nurses are there day and night.

## Östersunds sjukhus and the region's switchboard

actor-akutmottagning-name = Akutmottagningen (emergency department), Östersunds sjukhus
actor-akutmottagning-when = The region's emergency department, for acute illness and injury. If you do not need an ambulance, you may be told to go there on your own. If life is in danger: call 112.
actor-region-vaxel-name = Region Jämtland Härjedalen, switchboard
actor-region-vaxel-when = The region's switchboard. Ask to be put through to the unit you need, for example the förlossning (delivery ward).
actor-forlossning-name = Förlossningen (delivery ward)
actor-forlossning-when = When you are pregnant and need help at once, for example if you bleed or the baby moves less than usual. The delivery ward's number is on 1177.se, under Hitta vård (Find care). You can also call the region's switchboard and ask to be put through. If life is in danger: call 112.
actor-psykiatrisk-akutmottagning-name = Psykiatrisk akutmottagning (psychiatric emergency unit)
actor-psykiatrisk-akutmottagning-when = When you feel very bad mentally and need help quickly. Call 1177 or the region's switchboard to find out how to reach it. If you are in danger: call 112.
actor-bup-name = BUP – child and adolescent psychiatry
actor-bup-when = For children and young people who feel very bad mentally. Call 1177 or the region's switchboard to find out how to reach BUP. If someone is in danger: call 112.

## Civil society

actor-foreningar-name = Associations for patients and relatives
actor-foreningar-when = There are associations for people with different illnesses and for their relatives. There you can meet others in the same situation. Ask your hälsocentral or the municipality which ones there are near you.

## The municipalities. The text about when to contact the municipality is the same for all eight.

actor-kommun-when = The municipality gives support in everyday life: home help, home health care, support for relatives, social services and school. The municipality's website tells you whom to contact and how.
actor-kommun-berg-name = Berg municipality (Bergs kommun)
actor-kommun-bracke-name = Bräcke municipality (Bräcke kommun)
actor-kommun-harjedalen-name = Härjedalen municipality (Härjedalens kommun)
actor-kommun-krokom-name = Krokom municipality (Krokoms kommun)
actor-kommun-ragunda-name = Ragunda municipality (Ragunda kommun)
actor-kommun-stromsund-name = Strömsund municipality (Strömsunds kommun)
actor-kommun-are-name = Åre municipality (Åre kommun)
actor-kommun-ostersund-name = Östersund municipality (Östersunds kommun)
