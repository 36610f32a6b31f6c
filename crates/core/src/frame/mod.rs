//! Framing: who the article talks about and what it calls them. Reads the segmented text, the
//! attribution model and the finished flags; adds `actors` to the report and never changes a flag.
//!
//! Light and explainable on purpose: actors are capitalised names, acronyms and "the group"-style
//! references; labels come from a handful of syntactic patterns, each named in `LabelKind`.

mod actors;
mod attach;
pub mod compare;
mod labels;

use serde::Serialize;

use crate::attribution::Attribution;
use crate::report::{Flag, Span};
use crate::segment::Document;

pub use compare::{compare, Comparison};

/// What kind of thing an actor is, guessed from its name (titles, "Organization", acronyms).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Person,
    Organization,
    Other,
}

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// The full name, or a name seen first.
    Name,
    /// A person's surname alone ("Etheridge" for "Bob Etheridge").
    Surname,
    /// An acronym defined in parentheses or matching the name's initials.
    Acronym,
    /// "the group", "the organization": resolved to the nearest fitting actor.
    Reference,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: MentionKind,
}

/// Which pattern found a label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelKind {
    /// A title or modifier before the name: "former dictator Saddam Hussein".
    Title,
    /// "X, a Marxist-Islamist guerilla army,".
    Appositive,
    /// "X is a terrorist organization".
    Predicate,
    /// "declared X as a terrorist organization", "branded X a …".
    LabellingVerb,
    /// "X, which identifies itself as …": the actor's own description.
    SelfDescription,
    /// The words of a reference: "the terrorist organization".
    Reference,
    /// A loaded-language flag right before a mention: "notorious MKO".
    Flag,
}

/// Whose words a label is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelVoice {
    /// The outlet's own words.
    Outlet,
    /// A label the text attributes to someone ("Washington has declared …").
    Attributed,
    /// Inside a quotation.
    Quoted,
    /// The actor's own description of itself.
    Self_,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: LabelKind,
    #[serde(serialize_with = "voice_name")]
    pub voice: LabelVoice,
    /// Who says it, when the text says (the quoted speaker, the labelling verb's subject, or the
    /// actor itself for a self-description).
    pub speaker: Option<Span>,
    /// A loaded-language flag falls on the label.
    pub loaded: bool,
    /// The rules of those flags (`list-id/term`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<String>,
}

fn voice_name<S: serde::Serializer>(v: &LabelVoice, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(match v {
        LabelVoice::Outlet => "outlet",
        LabelVoice::Attributed => "attributed",
        LabelVoice::Quoted => "quoted",
        LabelVoice::Self_ => "self",
    })
}

/// How a loaded-language flag was tied to an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// The flag is on one of the actor's labels.
    Label,
    /// The subject of the flag's clause: a person named right before the loaded verb or
    /// predicate ("Rubio assailed"), a pronoun for one ("he lashed out"), or a possessive
    /// subject ("Trump's camp wasn't champing"); also the subject that opens the sentence, for
    /// a loaded word further on in its predicate ("The legislation caused a national uproar").
    Subject,
    /// The owner of the noun phrase the flag is in: "her disdainful remarks", "Trump's bluster".
    Possessor,
    /// The agent of a passive loaded verb: "was slammed by Calder".
    Agent,
    /// The person a loaded verb acts on when its sentence names no one before it: "the uproar
    /// forced Calder to resign".
    Object,
    /// The article's most-mentioned actor (its topic), which most framing is about.
    Topic,
    /// No topic (no actor mentioned twice): the nearest mention in the flag's sentence.
    Sentence,
}

/// A loaded-language flag that is about this actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FlagRef {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub rule: String,
    pub via: Via,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VerbCount {
    pub verb: String,
    pub count: usize,
}

/// How often the actor is the source of attributed speech.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Speech {
    /// Attributions with the actor as source.
    pub count: usize,
    /// ... naming the actor ("Chang claimed").
    pub named: usize,
    /// ... through an anonymous source inside it ("a White House official said").
    pub anonymous: usize,
    /// Attribution verbs and cues, most used first.
    pub verbs: Vec<VerbCount>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actor {
    /// The longest name the text uses.
    pub name: String,
    pub kind: ActorKind,
    /// Other names for it (acronyms, surname, short forms), as written.
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
    pub labels: Vec<Label>,
    pub speech: Speech,
    /// Loaded-language flags about this actor.
    pub flags: Vec<FlagRef>,
}

/// Counts verbs in the order first seen. The map holds a verb's slot in `counts`, which is its
/// first-seen rank: the page then shares the `String -> usize` hash table's code.
#[derive(Clone, Default)]
pub(crate) struct VerbTally {
    slot: rustc_hash::FxHashMap<String, usize>,
    counts: Vec<usize>,
}

/// One more use of `verb`.
pub(crate) fn tally(verbs: &mut VerbTally, verb: String) {
    let i = match verbs.slot.get(verb.as_str()) {
        Some(&i) => i,
        None => {
            let i = verbs.counts.len();
            verbs.slot.insert(verb, i);
            verbs.counts.push(0);
            i
        }
    };
    verbs.counts[i] += 1;
}

/// Lists of indices by string key, as `FxHashMap<String, Vec<usize>>` would hold them: the key
/// maps to a slot in `lists`. The page already compiles the hash table for `(String, usize)`
/// entries; a `Vec<usize>` value would be one more copy of its code.
#[derive(Default)]
pub(crate) struct ListsByKey {
    slot: rustc_hash::FxHashMap<String, usize>,
    lists: Vec<Vec<usize>>,
}

impl ListsByKey {
    pub(crate) fn get(&self, key: &str) -> Option<&[usize]> {
        self.slot.get(key).map(|&i| self.lists[i].as_slice())
    }

    /// The key's list, empty when the key is new.
    pub(crate) fn list_mut(&mut self, key: &str) -> &mut Vec<usize> {
        let i = match self.slot.get(key) {
            Some(&i) => i,
            None => {
                let i = self.lists.len();
                self.slot.insert(key.to_string(), i);
                self.lists.push(Vec::new());
                i
            }
        };
        &mut self.lists[i]
    }
}

/// The verbs most used first; ties in the order the text uses them.
pub(crate) fn ranked(verbs: VerbTally) -> Vec<VerbCount> {
    let VerbTally { slot, counts } = verbs;
    let mut v: Vec<(VerbCount, usize)> = slot
        .into_iter()
        .map(|(verb, first)| {
            (
                VerbCount {
                    verb,
                    count: counts[first],
                },
                first,
            )
        })
        .collect();
    sort_by_num(&mut v, |(vc, first)| [usize::MAX - vc.count, *first, 0]);
    v.into_iter().map(|(vc, _)| vc).collect()
}

/// Sorts by a numeric key, ties kept in order (`crate::sort`, small in WebAssembly).
pub(crate) fn sort_by_num<T>(v: &mut [T], key: impl Fn(&T) -> [usize; 3]) {
    crate::sort::sort_by_key(v, key);
}

/// Finds the actors of a document, their labels and their speech. Linear in the text: each step
/// looks at a bounded window around a mention, cue or flag.
/// Public (hidden) only for the `frame_probe` example, which ties arbitrary spans to actors to
/// study the attachment rules on annotated data.
#[doc(hidden)]
pub fn actors(doc: &Document, attr: &Attribution, flags: &[Flag]) -> Vec<Actor> {
    let found = actors::find(doc);
    labels::describe(doc, attr, flags, found)
}

#[cfg(test)]
mod tests {
    use super::ListsByKey;

    /// Pins `ListsByKey` to what `FxHashMap<String, Vec<usize>>` gave: no list for an unseen
    /// key, a new key's list starting empty, and each key's pushes kept apart and in order.
    #[test]
    fn lists_by_key_keep_each_keys_pushes() {
        let mut m = ListsByKey::default();
        assert_eq!(m.get("Okafor"), None);
        m.list_mut("Okafor").push(2);
        m.list_mut("Lindqvist").push(0);
        m.list_mut("Okafor").push(5);
        assert_eq!(m.get("Okafor"), Some(&[2, 5][..]));
        assert_eq!(m.get("Lindqvist"), Some(&[0][..]));
        assert_eq!(m.get("okafor"), None);
        assert!(m.list_mut("Tanaka").is_empty());
    }
}
