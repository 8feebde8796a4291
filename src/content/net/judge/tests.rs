use super::*;
use crate::content::fold;

const NET: &str = "[concepts]\n\
    one-side = ['ena (sidan|armen)']\n\
    numb = ['domn[a-z]*']\n\
    chest = ['br[öo]stet\\b']\n\
    pain = ['ont\\b']\n\
    breath = ['andas\\b']\n\
    unable = ['kan inte']\n\
    allergen = ['jordn[öo]t']\n\
    accident = ['av misstag']\n\
    exertion = ['efter l[öo]pningen']\n\
    [context]\n\
    negation = ['inget\\b', 'inte\\b']\n\
    past = ['f[öo]r fem [åa]r sedan']\n\
    contrast = ['men\\b']\n\
    now = ['nu\\b']\n\
    question = ['vilka symtom']\n\
    jest = ['haha\\b']\n\
    resolved = ['nu [äa]r det borta']\n\
    about = ['bara nyfiken']\n\
    [prefer]\nanaphylaxis = [\"breathing\"]\n\
    [unless]\nbreathing = [\"exertion\"]\n\
    [[rules]]\ncategory = \"stroke\"\nall = [\"one-side\", \"numb\"]\nwithin = 4\ntier = \"certain\"\n\
    [[rules]]\ncategory = \"chest-pain\"\nall = [\"chest\", \"pain\"]\nnone = [\"accident\"]\ntier = \"certain\"\n\
    [[rules]]\ncategory = \"breathing\"\nall = [\"unable\", \"breath\"]\ntier = \"certain\"\n\
    [[rules]]\ncategory = \"anaphylaxis\"\nall = [\"allergen\", \"breath\"]\ntier = \"certain\"\n";

const CATEGORIES: [&str; 4] = ["stroke", "chest-pain", "anaphylaxis", "breathing"];

fn assess(text: &str) -> Option<Assessment> {
    assess_spellings(&[fold(text)])
}

fn assess_spellings(variants: &[String]) -> Option<Assessment> {
    let (net, errors) = super::super::read::tests::read(NET);
    assert!(errors.is_empty(), "{errors:?}");
    let net = Net {
        locales: vec![net.unwrap()],
        red: Vec::new(),
    };
    let categories = CATEGORIES.map(str::to_owned);
    net.assess(variants, |_| Vec::new(), &categories).0
}

#[test]
fn a_preferred_category_wins_at_the_same_tier_only() {
    // Both anaphylaxis and breathing fire; `[prefer]` puts anaphylaxis first, although
    // breathing comes first in file order of rules hit later.
    let a = assess("jordnöt och jag kan inte andas").unwrap();
    assert_eq!(
        (a.category.as_str(), a.tier),
        ("anaphylaxis", Tier::Certain)
    );
    assert_eq!(assess("jag kan inte andas").unwrap().category, "breathing");
}

#[test]
fn a_joke_lowers_certain_to_possible_and_no_further() {
    let joke = assess("ont i bröstet av skratt haha").unwrap();
    assert_eq!(joke.tier, Tier::Possible);
    assert!(joke.why.last().unwrap().starts_with("joke \"haha\\b\""));
    // With the past too, the joke does not silence what the past left as possible.
    let past = assess("ont i bröstet för fem år sedan haha").unwrap();
    assert_eq!(past.tier, Tier::Possible);
}

#[test]
fn what_is_over_lowers_a_hit_even_when_it_says_now() {
    // "nu" outweighs the past, but not something said to be over.
    assert_eq!(
        assess("ont i bröstet för fem år sedan, nu igen")
            .unwrap()
            .tier,
        Tier::Certain
    );
    let over = assess("hade ont i bröstet, nu är det borta").unwrap();
    assert_eq!(over.tier, Tier::Possible);
    assert!(over.why.last().unwrap().starts_with("over "));
    // Long ago and over: nothing left to ask about.
    assert_eq!(
        assess("ont i bröstet för fem år sedan, nu är det borta"),
        None
    );
}

#[test]
fn a_rule_is_vetoed_by_its_none_in_any_spelling() {
    // The second spelling has lost the veto ("misstag" misspelled), the first has it.
    let spellings = [
        fold("ont i bröstet av misstag"),
        fold("ont i bröstet av mistag"),
    ];
    assert_eq!(assess_spellings(&spellings), None);
    assert_eq!(
        assess_spellings(&[fold("ont i bröstet av mistag")])
            .unwrap()
            .category,
        "chest-pain"
    );
}

#[test]
fn concepts_in_any_order_within_the_window_make_the_rule_and_say_why() {
    let a = assess("Pappa säger att det domnar i ena armen").unwrap();
    assert_eq!((a.category.as_str(), a.tier), ("stroke", Tier::Certain));
    assert_eq!(
        a.why,
        [
            "concept `one-side`: \"ena (sidan|armen)\"",
            "concept `numb`: \"domn[a-z]*\"",
            "rule stroke/certain"
        ]
    );
    assert_eq!(assess("ena armen"), None);
    assert_eq!(
        assess("domnar lite, fyra fem sex sju ord sedan ena armen"),
        None
    );
}

#[test]
fn negation_past_and_questions_lower_a_hit_one_tier() {
    let negated = assess("jag har inget ont i bröstet").unwrap();
    assert_eq!(negated.tier, Tier::Possible);
    assert!(
        negated
            .why
            .last()
            .unwrap()
            .starts_with("negation \"inget\\b\"")
    );
    assert_eq!(assess("jag har ont i bröstet").unwrap().tier, Tier::Certain);
    // A comma ends the negation's reach.
    assert_eq!(
        assess("inget feber, ont i bröstet").unwrap().tier,
        Tier::Certain
    );
    let past = assess("ont i bröstet för fem år sedan").unwrap();
    assert_eq!(past.tier, Tier::Possible);
    assert_eq!(assess("vilka symtom, ont i bröstet för fem år sedan"), None);
}

#[test]
fn the_past_reaches_only_its_own_sentence() {
    // Same sentence: lowered.
    assert_eq!(
        assess("ont i bröstet för fem år sedan").unwrap().tier,
        Tier::Possible
    );
    // A full stop or a contrast between: the hit is now.
    let stop = assess("för fem år sedan hade jag migrän. ont i bröstet").unwrap();
    assert_eq!(stop.tier, Tier::Certain);
    let but = assess("för fem år sedan hade jag migrän men ont i bröstet").unwrap();
    assert_eq!(but.tier, Tier::Certain);
}

#[test]
fn talk_about_emergencies_silences_a_hit_unless_it_says_now() {
    assert_eq!(assess("ont i bröstet, bara nyfiken"), None);
    // With a now it is a question at most: the safety question, never silence.
    let now = assess("ont i bröstet nu, bara nyfiken").unwrap();
    assert_eq!(now.tier, Tier::Possible);
    assert!(
        now.why
            .last()
            .unwrap()
            .starts_with("question \"bara nyfiken\"")
    );
}

#[test]
fn context_and_exceptions_hush_the_second_opinion() {
    let (net, errors) = super::super::read::tests::read(NET);
    assert!(errors.is_empty(), "{errors:?}");
    let net = Net {
        locales: vec![net.unwrap()],
        red: Vec::new(),
    };
    let categories = CATEGORIES.map(str::to_owned);
    let hush = |text: &str| net.assess(&[fold(text)], |_| Vec::new(), &categories).1;
    // Nothing said about the message: the word model may speak.
    assert_eq!(hush("andfådd"), Hush::default());
    // An exception of `[unless]` keeps it quiet on its own category only.
    let exercise = hush("andfådd efter löpningen");
    assert!(!exercise.all);
    assert!(exercise.silences(3), "breathing");
    assert!(!exercise.silences(1), "chest-pain");
    // Talk about emergencies keeps it quiet on every category.
    assert!(hush("andfådd, bara nyfiken").all);
}

#[test]
fn the_same_message_gets_the_same_answer() {
    let text = "ont i bröstet och domnar i ena armen";
    let first = assess(text);
    assert_eq!(first.as_ref().unwrap().category, "stroke");
    for _ in 0..5 {
        assert_eq!(assess(text), first);
    }
}
