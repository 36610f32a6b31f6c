//! Detectors: each reads the document, the lexicon matches and the attribution model, and returns
//! draft flags. `crate::analyze` turns drafts into report flags (line/column, text, scores).

pub mod anonymous;
pub mod assertion;
pub mod loaded;
pub mod named_elsewhere;
pub mod vague_group;

use crate::report::{Category, Span, Trigger, Voice};

/// A flag before it is placed in the report.
#[derive(Debug, Clone)]
pub struct Draft {
    pub category: Category,
    pub kind: String,
    pub start: usize,
    pub end: usize,
    pub message: String,
    pub suggestions: Vec<String>,
    pub rule: String,
    pub voice: Voice,
    pub speaker: Option<(usize, usize)>,
    /// Entry weight before the voice factor.
    pub base_weight: f64,
    pub triggers: Vec<Trigger>,
    pub linked: Option<Span>,
}

/// How much a flag counts, by whose words it is. Quoted words are the speaker's, but the outlet
/// chose to quote them; a label attributed by a verb ("designated … a terrorist organization")
/// reports someone's label but repeats it.
pub fn voice_factor(v: Voice) -> f64 {
    match v {
        Voice::Outlet => 1.0,
        Voice::Attributed => 0.5,
        Voice::Quoted => 0.25,
    }
}
