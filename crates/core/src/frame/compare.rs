//! Two or more reports side by side: actors matched by name, each article's labels for the shared
//! actors, the words only one article uses, and loaded-language and sourcing profiles.

use rustc_hash::FxHashMap;
use serde::Serialize;

use super::{Actor, ActorKind, LabelKind, LabelVoice, Speech, VerbCount};
use crate::report::{Category, CategoryScore, Report};

/// A set of strings held as a map to an unused 0: the page already compiles the hash table
/// for `(String, usize)` entries, while a `FxHashSet<String>` would be one more copy of it.
type StringSet = FxHashMap<String, usize>;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub articles: Vec<Profile>,
    /// Actors found in at least two articles, most mentioned first.
    pub shared_actors: Vec<SharedActor>,
    /// Set when no actor is shared: says so in words, so that an empty list is not a puzzle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One article's loaded-language and sourcing profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Profile {
    pub id: Option<String>,
    pub words: usize,
    pub overall: f64,
    pub loaded_language: CategoryScore,
    pub anonymous_source: CategoryScore,
    pub unattributed_assertion: CategoryScore,
    /// Attributions whose source is a named actor.
    pub named_sources: usize,
    /// Anonymous-source flags.
    pub anonymous_sources: usize,
    /// Share of sentences that report someone's words.
    pub attributed_share: f64,
    /// Attribution cues ("said", "claimed"), most used first.
    pub attribution_verbs: Vec<VerbCount>,
    pub actors: usize,
    /// Loaded terms (lowercased) that no other article uses.
    pub only_here: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SharedActor {
    pub name: String,
    /// One entry per article, in input order; `null` where the article does not mention it.
    pub articles: Vec<Option<ActorSide>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorSide {
    /// The name this article uses.
    pub name: String,
    pub mentions: usize,
    pub labels: Vec<LabelBrief>,
    /// Label texts no other article applies to this actor.
    pub only_here: Vec<String>,
    /// Loaded words about the actor (see `Actor::flags`), lowercased, each once.
    pub loaded: Vec<String>,
    pub speech: Speech,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabelBrief {
    pub text: String,
    pub kind: LabelKind,
    #[serde(serialize_with = "super::voice_name")]
    pub voice: LabelVoice,
    pub loaded: bool,
}

/// Names an actor answers to across articles: its name, aliases and, for a person, the surname.
fn keys(a: &Actor) -> Vec<String> {
    let mut k: Vec<String> = std::iter::once(&a.name)
        .chain(&a.aliases)
        .map(|n| crate::case::lowercase(n).replace('.', ""))
        .collect();
    if a.kind == ActorKind::Person {
        if let Some(last) = a.name.split_whitespace().next_back() {
            k.push(crate::case::lowercase(last));
        }
    }
    k
}

/// Compares reports made with actors on (a report without `actors` compares on profiles only).
pub fn compare(reports: &[&Report]) -> Comparison {
    let articles: Vec<&[Actor]> = reports
        .iter()
        .map(|r| r.actors.as_deref().unwrap_or(&[]))
        .collect();
    // Clusters of actors, one slot per article, matched on any shared key.
    let mut clusters: Vec<(StringSet, Vec<Option<usize>>)> = Vec::new();
    let mut by_key = super::ListsByKey::default();
    for (ai, actors) in articles.iter().enumerate() {
        for (i, a) in actors.iter().enumerate() {
            let ks = keys(a);
            let hit = ks
                .iter()
                .filter_map(|k| by_key.get(k))
                .flatten()
                .copied()
                .find(|&c| clusters[c].1[ai].is_none());
            let c = hit.unwrap_or_else(|| {
                clusters.push((StringSet::default(), vec![None; reports.len()]));
                clusters.len() - 1
            });
            clusters[c].1[ai] = Some(i);
            for k in ks {
                if clusters[c].0.insert(k.clone(), 0).is_none() {
                    by_key.list_mut(&k).push(c);
                }
            }
        }
    }
    let mut shared: Vec<(usize, SharedActor)> = clusters
        .iter()
        .filter(|(_, slots)| slots.iter().filter(|s| s.is_some()).count() >= 2)
        .map(|(_, slots)| {
            let sides: Vec<Option<&Actor>> = slots
                .iter()
                .enumerate()
                .map(|(ai, s)| s.map(|i| &articles[ai][i]))
                .collect();
            let total = sides.iter().flatten().map(|a| a.mentions.len()).sum();
            let name = sides
                .iter()
                .flatten()
                .map(|a| &a.name)
                .max_by_key(|n| n.len())
                .cloned()
                .unwrap_or_default();
            let label_sets: Vec<StringSet> = sides
                .iter()
                .map(|s| {
                    s.map(|a| {
                        a.labels
                            .iter()
                            .map(|l| (crate::case::lowercase(&l.text), 0))
                            .collect()
                    })
                    .unwrap_or_default()
                })
                .collect();
            let articles = sides
                .iter()
                .enumerate()
                .map(|(ai, s)| {
                    s.map(|a| {
                        let mut only: Vec<String> = label_sets[ai]
                            .keys()
                            .filter(|t| {
                                label_sets
                                    .iter()
                                    .enumerate()
                                    .all(|(o, set)| o == ai || !set.contains_key(*t))
                            })
                            .cloned()
                            .collect();
                        crate::sort::sort_values(&mut only);
                        ActorSide {
                            name: a.name.clone(),
                            mentions: a.mentions.len(),
                            labels: a
                                .labels
                                .iter()
                                .map(|l| LabelBrief {
                                    text: l.text.clone(),
                                    kind: l.kind,
                                    voice: l.voice,
                                    loaded: l.loaded,
                                })
                                .collect(),
                            only_here: only,
                            loaded: {
                                let mut l: Vec<String> = a
                                    .flags
                                    .iter()
                                    .map(|f| crate::case::lowercase(&f.text))
                                    .collect();
                                crate::sort::sort_values(&mut l);
                                l.dedup();
                                l
                            },
                            speech: a.speech.clone(),
                        }
                    })
                })
                .collect();
            (total, SharedActor { name, articles })
        })
        .collect();
    // Most mentioned first; ties in order of first appearance.
    super::sort_by_num(&mut shared, |(total, _)| [usize::MAX - total, 0, 0]);
    let shared_actors: Vec<SharedActor> = shared.into_iter().map(|(_, s)| s).collect();

    let terms: Vec<StringSet> = reports
        .iter()
        .map(|r| {
            r.flags
                .iter()
                .filter(|f| f.category == Category::LoadedLanguage)
                .map(|f| (crate::case::lowercase(&f.text), 0))
                .collect()
        })
        .collect();
    let profiles = reports
        .iter()
        .zip(&articles)
        .enumerate()
        .map(|(i, (r, actors))| {
            let mut only: Vec<String> = terms[i]
                .keys()
                .filter(|t| {
                    terms
                        .iter()
                        .enumerate()
                        .all(|(o, set)| o == i || !set.contains_key(*t))
                })
                .cloned()
                .collect();
            crate::sort::sort_values(&mut only);
            profile(r, actors, only)
        })
        .collect();
    let note = shared_actors.is_empty().then(|| {
        "no actor in common (actors are matched by name, acronym or surname); the loaded-language and sourcing profiles still compare the articles".to_string()
    });
    Comparison {
        articles: profiles,
        shared_actors,
        note,
    }
}

fn profile(r: &Report, actors: &[Actor], only_here: Vec<String>) -> Profile {
    let mut verbs = super::VerbTally::default();
    for s in &r.sentences {
        if let Some(a) = &s.attribution {
            // Verbs of saying only: a stance cue ("lobbied", "believes") attributes a view but
            // is no verb of attribution to compare.
            if !a.rule.starts_with("rule:") && !a.rule.starts_with("stance-cues/") {
                super::tally(&mut verbs, crate::case::lowercase(&a.text));
            }
        }
    }
    // Most used first; ties in the order the article uses them.
    let attribution_verbs = super::ranked(verbs);
    let attributed = r.sentences.iter().filter(|s| s.attributed).count();
    Profile {
        id: r.id.clone(),
        words: r.stats.words,
        overall: r.scores.overall,
        loaded_language: r.scores.loaded_language.clone(),
        anonymous_source: r.scores.anonymous_source.clone(),
        unattributed_assertion: r.scores.unattributed_assertion.clone(),
        named_sources: actors.iter().map(|a| a.speech.named).sum(),
        anonymous_sources: r.scores.anonymous_source.count,
        attributed_share: if r.sentences.is_empty() {
            0.0
        } else {
            (attributed as f64 / r.sentences.len() as f64 * 1000.0).round() / 1000.0
        },
        attribution_verbs,
        actors: actors.len(),
        only_here,
    }
}
