//! Compare: what sets of coded plans share, and where they differ.
//!
//! Anything that weighs one plan against others needs the set of plans, so
//! it lives here, computed from the words the coder already cut.

mod vocabulary;

pub use vocabulary::{unmapped, Salient, Unmapped, MIN_COUNT};
