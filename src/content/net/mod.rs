//! The red-flag net: from the patterns and concepts that fire in a message to an [`Assessment`]
//! with a tier and the reasons.
//!
//! Two sources feed it, both from `locales/<lang>/patterns.toml`:
//!
//! - the phrasings under `[redflags]`, each a regular expression for one category (certain when
//!   it matches, as before);
//! - the lexicons under `[concepts]` (named word lists: `chest`, `pain`, `one-side`, …) and the
//!   `[[rules]]` that say which concepts together, in any order and within a few words, mean
//!   which category at which tier. They catch word orders and phrasings no pattern foresaw.
//!
//! The words under `[context]` then weigh the hit: a negation shortly before its key words
//! ("inget ont i bröstet"), the past ("för fem år sen") or a question for information ("vad gör
//! man om") lowers it one tier, certain to possible and possible to nothing. A hit from
//! `[redflags]` wins over a rule's of the same tier; then the category first in the Swedish file.
//!
//! Every locale's lexicon is one [`set::Set`]: one pass over the text says which entries occur,
//! and only those are searched again for their positions. Decisions use vectors in file order
//! only, so the same content always gives the same answer. The message itself is never kept in
//! an assessment: `why` quotes the patterns, not the text.

mod judge;
pub(crate) mod model;
mod read;
mod scan;
pub(crate) mod set;

pub(crate) use read::read_locale;

/// How sure the red-flag net is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    /// An emergency: the emergency answer at once.
    Certain,
    /// Maybe an emergency: a safety question that names 112 comes first.
    Possible,
}

impl Tier {
    /// One tier lower: certain becomes possible, possible becomes nothing.
    fn lowered(self) -> Option<Tier> {
        match self {
            Tier::Certain => Some(Tier::Possible),
            Tier::Possible => None,
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Tier::Certain => "certain",
            Tier::Possible => "possible",
        }
    }
}

/// The net's verdict on one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// The red-flag category.
    pub category: String,
    /// How sure.
    pub tier: Tier,
    /// What fired, in words a translator understands (never the message itself).
    pub why: Vec<String>,
}

/// Whether the context asks the word model to keep quiet: on the whole message (a question,
/// the past, a joke, a denial …) or on the categories whose `[unless]` exception occurs
/// ("slår mig i fifa" is a game, not violence).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Hush {
    pub(crate) all: bool,
    pub(crate) excused: Vec<usize>,
    /// Why a hit was silenced, when one was and nothing else fired: what `lots route` shows.
    pub(crate) silenced: Vec<String>,
}

impl Hush {
    /// Whether a second opinion of `category` must stay unsaid.
    pub(crate) fn silences(&self, category: usize) -> bool {
        self.all || self.excused.binary_search(&category).is_ok()
    }
}

/// What a lexicon entry stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A word of the concept with this index.
    Concept(usize),
    /// A word that negates what follows it ("inte", "never").
    Negation,
    /// A word that negates the word before it, as Swedish puts it after the verb ("sluddrar
    /// inte").
    NegationAfter,
    /// A word that ends a negation's reach ("men", "but").
    Clause,
    /// A word that turns to something else ("men", "but"): the past before it does not reach
    /// a hit after it, as a full stop does not.
    Contrast,
    /// The past ("för fem år sen", "as a child").
    Past,
    /// Now, which outweighs the past ("nu", "again").
    Now,
    /// A question for information ("vad gör man om", "what are the signs of").
    Question,
    /// A joke or a figure of speech ("haha", "lol", "skämt åsido").
    Jest,
    /// Over and done, whatever `now` says ("nu är det borta", "back to normal").
    Resolved,
    /// Talk about emergencies rather than one: a course, a film, an essay, getting prepared
    /// ("vill vara förberedd", "documentary about"). Without a now it silences a hit.
    About,
}

/// The context lists of `[context]`, by key, in the order they are read.
const CONTEXT: [(&str, Kind); 10] = [
    ("negation", Kind::Negation),
    ("negation-after", Kind::NegationAfter),
    ("clause", Kind::Clause),
    ("contrast", Kind::Contrast),
    ("past", Kind::Past),
    ("now", Kind::Now),
    ("question", Kind::Question),
    ("jest", Kind::Jest),
    ("resolved", Kind::Resolved),
    ("about", Kind::About),
];

/// One word list entry, compiled alone for its positions.
#[derive(Debug)]
struct Entry {
    kind: Kind,
    regex: set::Lazy,
    /// As written in the file, for `why`.
    source: String,
}

/// A rule of `[[rules]]`: concepts that together mean a category at a tier.
#[derive(Debug)]
struct Rule {
    category: usize,
    /// The category's name, for `why`.
    name: String,
    tier: Tier,
    /// Every group must occur; a group is met by any one of its concepts.
    all: Vec<Vec<usize>>,
    /// When not empty, one of these must occur somewhere in the message.
    any: Vec<usize>,
    /// None of these may occur anywhere in the message.
    none: Vec<usize>,
    /// The most words from the first to the last concept of `all`.
    within: usize,
}

/// One locale's lexicon and rules, compiled.
#[derive(Debug)]
pub(crate) struct LocaleNet {
    set: set::Set,
    entries: Vec<Entry>,
    concepts: Vec<String>,
    rules: Vec<Rule>,
    /// `[unless]`: a concept that lowers the phrasings of a category one tier, as (category,
    /// concept): "slår mig i fifa" is a game.
    unless: Vec<(usize, usize)>,
    /// `[deny]`: a concept that drops the phrasings of a category, as (category, concept): "I'm
    /// not suicidal" says no to the very word.
    deny: Vec<(usize, usize)>,
    /// `[prefer]`: (category, category it wins over at the same tier).
    prefer: Vec<(usize, usize)>,
}

/// A `[redflags]` phrasing compiled alone, for where it matches.
#[derive(Debug)]
pub(crate) struct RedPattern {
    pub(crate) category: usize,
    pub(crate) regex: set::Lazy,
    pub(crate) source: String,
}

/// The whole net: every locale's lexicon and rules, and the `[redflags]` phrasings one by one.
#[derive(Debug, Default)]
pub(crate) struct Net {
    pub(crate) locales: Vec<LocaleNet>,
    pub(crate) red: Vec<RedPattern>,
}

/// `source` cut to a length a line of `why` can hold.
fn quoted(source: &str) -> String {
    const MAX: usize = 60;
    match source.char_indices().nth(MAX) {
        Some((at, _)) => format!("\"{}…\"", &source[..at]),
        None => format!("\"{source}\""),
    }
}
