//! Newtypes for the ids that flow through content and sessions.
//!
//! A step id can never be passed where a Fluent message id belongs: each kind of id has its own type
//! with a private field. The ids are checked when content is loaded; a value of one of these types
//! that comes from a `Content` names something that exists.

use std::borrow::Borrow;
use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// Wraps a string as this kind of id. Whether it names something is checked elsewhere.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }
    };
}

id_type!(
    /// The id of a dialog, equal to its file name in `dialogs/`.
    DialogId
);
id_type!(
    /// The id of a step, unique within its dialog.
    StepId
);
id_type!(
    /// A Fluent message id.
    MessageId
);
id_type!(
    /// A locale code from `locales/locales.toml`, such as `sv` or `en`.
    LocaleCode
);
id_type!(
    /// The id of an actor card in `dialogs/actors.toml`.
    ActorId
);
