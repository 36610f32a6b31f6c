//! How far to trust a flag: an estimate in [0, 1] of how often a careful annotator agrees with
//! it, from the entry's own record on annotated news (`data/agreement.tsv`, fitted on half A of
//! the dev data by `tools/fit_confidence.py`, flags outside quotations only), whether the entry
//! is ambiguous (its list restricts its sense or names `unless` contexts) and whose voice the
//! words are in.
//!
//! An entry's rate is shrunk towards its list's, and a list's towards all lists', so an entry
//! with a short record (or none: a new or custom entry) gets its family's rate:
//!
//! ```text
//! family  = (agree_list  + FAMILY_PRIOR * overall) / (flags_list  + FAMILY_PRIOR)
//! entry   = (agree_entry + ENTRY_PRIOR  * family)  / (flags_entry + ENTRY_PRIOR)
//! confidence = entry * rate(ambiguity) / overall * rate(voice) / overall   (clamped to [0, 1])
//! ```
//!
//! In an article, a loaded flag outside quotations is further multiplied by `topic_factor`, and
//! one in the outlet's own voice other than a verb of saying by `sparse_factor` (session 52).
//!
//! A quoted flag claims only that the word is loaded and is the speaker's: its voice rate is the
//! overall rate. (The annotators mark the outlet's bias, so their agreement on quoted words
//! measured their task, not the flag: with it, quoted flags had the lowest confidence and were
//! the most often right on wire copy.)

use crate::report::{Category, Voice};
// Fx as the core's other maps: its keys are the built-in table's, so SipHash's guard against
// chosen keys buys nothing, and the page holds one hasher's code less per key type.
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

mod table {
    include!(concat!(env!("OUT_DIR"), "/agreement.rs"));
}

/// How many flags of its own an entry needs before its record outweighs its list's.
pub const ENTRY_PRIOR: f64 = 10.0;
/// The same for a list against all lists.
pub const FAMILY_PRIOR: f64 = 20.0;

/// The CLI's default `--min-confidence` (see docs/quality.md for the measurements behind it).
pub const DEFAULT_MIN_CONFIDENCE: f64 = 0.45;

/// Anonymous-source flags on PolNeAR half A that sit on an annotated source or cue (0.883).
pub const ANONYMOUS_SOURCE: f64 = 0.88;
/// Unattributed-assertion flags on PolNeAR half A outside every attributed content (0.916).
pub const UNATTRIBUTED_ASSERTION: f64 = 0.92;

/// The confidence of a loaded-language flag outside quotations is multiplied by this in an
/// article that is not about public affairs (`topic_factor`). The lists describe how
/// news frames people and policies; in sport, arts, weather, business and lifestyle stories their
/// words mostly describe games, works, weather and goods. On 144 + 96 stories of general news
/// judged blind (docs/quality.md, session 34), such flags in articles without one of these words
/// were right 20 times in 108 (.19; .41 counting borderline as half) at a mean confidence of .56,
/// against 12 in 38 (.32) where the article had one: the factor is between the strict (.34) and
/// the lenient (.74) measure. Refitted in session 38 with the three-piece test: an entry's record
/// on political news does not carry into such an article (judged flags there outside quotations
/// with a record of .7 or more: 0 right of 13; .6-.7: 3 of 14; below .6: 24 of 74), so the
/// factor takes a record of .8 under the default cut. A quoted word is the speaker's, whatever
/// the topic: unchanged.
pub const OFF_TOPIC: f64 = 0.55;

/// Texts shorter than this (a sentence, a headline) do not show their topic.
const TOPIC_MIN_WORDS: usize = 150;

/// Words only politics uses: one puts an article in public affairs.
const POLITICS: &str = concat!(
    "presidential senator senators congressional congress parliament parliamentary lawmakers",
    " legislators legislature legislative republican republicans democrat democrats mp mps",
    " politicians political politics senate",
);

/// Words of public affairs that have everyday senses too (a dinner party, a club's president, an
/// advertising campaign, the Premier League): each is one piece of evidence (`TOPIC_EVIDENCE`).
const PUBLIC_AFFAIRS: &str = concat!(
    "government governments minister ministers ministry president party parties election",
    " elections elected policy policies campaign campaigns administration opposition vote votes",
    " voters voted council councillor councillors councilor councilors mayor premier prime",
    " cabinet governor labour tory tories conservatives liberals capitol kremlin pentagon gop",
    " whitehall",
);

/// Titles of office that, capitalised before a capitalised name ("Sen. Ann Lee", "Prime Minister
/// Jo Tan", "Secretary Ross"), name a public-affairs actor.
const TITLES: &str = concat!(
    "ambassador chancellor congressman congresswoman gov governor minister premier president",
    " rep secretary sen senator speaker",
);

/// How much evidence of public affairs puts an article in them without a word of `POLITICS`:
/// words of `PUBLIC_AFFAIRS`, a titled office-holder (one more: "President Lee" is two), a party
/// tag after a name ("R-Ohio", "(D)"), the White House. One stray "government" or "party" in a
/// match report or a review is not enough; a political story that names its politicians by
/// title is.
const TOPIC_EVIDENCE: usize = 3;

/// `OFF_TOPIC` for a text of at least `TOPIC_MIN_WORDS` words with no word of `POLITICS` and less
/// than `TOPIC_EVIDENCE` evidence of public affairs, else 1 (one pass over the words, ending once
/// it has them).
pub fn topic_factor(doc: &crate::segment::Document) -> f64 {
    let (mut words, mut evidence) = (0, 0);
    let cap_at = |i: usize| doc.tokens.get(i).is_some_and(|t| t.is_word() && t.cap);
    for (i, t) in doc.tokens.iter().enumerate() {
        if !t.is_word() {
            continue;
        }
        words += 1;
        let w = doc.norm(t);
        if crate::sense::one_of(POLITICS, w) {
            return 1.0;
        }
        evidence += usize::from(crate::sense::one_of(PUBLIC_AFFAIRS, w));
        // Titles and party tags are capitalised: most words need no more look.
        if t.cap {
            // The title's name after it, past an abbreviation's full stop.
            let name = i + 1 + usize::from(doc.norm_is(i + 1, "."));
            let before = i.wrapping_sub(1);
            let tag = match doc.slice(t).as_bytes() {
                [b'R' | b'D', b'-', c, ..] => c.is_ascii_uppercase(),
                [b'R' | b'D'] => doc.norm_is(i + 1, ")") && doc.norm_is(before, "("),
                _ => w == "house" && cap_at(before) && doc.norm_is(before, "white"),
            };
            evidence +=
                usize::from(crate::sense::one_of(TITLES, w) && cap_at(name)) + usize::from(tag);
        }
        if evidence >= TOPIC_EVIDENCE {
            return 1.0;
        }
    }
    if words >= TOPIC_MIN_WORDS {
        OFF_TOPIC
    } else {
        1.0
    }
}

/// The confidence of a loaded-language flag in the outlet's own voice, other than a verb framing
/// how someone spoke, is multiplied by this in an article whose own voice uses loaded words
/// sparsely, at most one in `SPARSE_WORDS` words (`sparse_factor`). A story that uses one now and
/// then is using stock wording ("vehemently denied", "a bleak outlook"); one that piles them up
/// is taking a tone, and a verb such as "blasted" or "claimed" is the outlet's frame for a
/// speaker however rare. Judged blind (docs/quality.md, session 52; fitted on sets 32-39 and
/// Reuters half a), such flags were right 3 times in 13 in sparse articles against 9 in 20 in
/// the others (speech verbs: 10 in 14). A cut at a count (two) instead of a rate cost a word
/// BASIL marks; the share of attributed sentences (hard news against features) added nothing.
pub const SPARSE: f64 = 0.85;
/// Words of text per loaded word in the outlet's voice (of any kind) at most, for `SPARSE`. A
/// text of fewer words (a sentence, a headline) never gets the factor: it shows no article.
pub const SPARSE_WORDS: usize = 250;

/// `SPARSE` if the text has at least `SPARSE_WORDS` words per loaded word in the outlet's voice
/// (and one at least), else 1.
pub fn sparse_factor(words: usize, outlet_flags: usize) -> f64 {
    if outlet_flags > 0 && outlet_flags * SPARSE_WORDS <= words {
        SPARSE
    } else {
        1.0
    }
}

/// The table's lines as a map, read once per process. The map holds an index into `values`, as
/// `Rates` does: the page shares one hash table's code with the core's `String -> usize` maps.
struct Records {
    slot: HashMap<String, usize>,
    values: Vec<(u32, u32)>,
}

fn records() -> &'static Records {
    static RECORDS: OnceLock<Records> = OnceLock::new();
    RECORDS.get_or_init(|| {
        let mut r = Records {
            slot: HashMap::default(),
            values: Vec::new(),
        };
        let mut list = "";
        for l in table::AGREEMENT.lines() {
            if let Some(id) = l.strip_prefix('@') {
                list = id;
                continue;
            }
            let mut f = l.split('\t');
            let (Some(k), Some(a), Some(n)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            let (Ok(a), Ok(n)) = (a.parse(), n.parse()) else {
                continue;
            };
            let key = if list.is_empty() {
                k.to_string()
            } else {
                format!("{list}/{k}")
            };
            // A key given twice keeps its last row, as collecting into a map would.
            match r.slot.get(key.as_str()) {
                Some(&i) => r.values[i] = (a, n),
                None => {
                    r.slot.insert(key, r.values.len());
                    r.values.push((a, n));
                }
            }
        }
        r
    })
}

/// (agreeing flags, flags) recorded under `key`: a rule id, `list-id/*`, `voice:…` or `*`.
fn record(key: &str) -> Option<(f64, f64)> {
    let r = records();
    r.slot.get(key).map(|&i| {
        let (a, n) = r.values[i];
        (f64::from(a), f64::from(n))
    })
}

/// A record's agreement rate shrunk towards `towards`, as if it had `prior` more flags agreeing
/// at that rate (no record: `towards` itself).
fn shrink(rec: Option<(f64, f64)>, towards: f64, prior: f64) -> f64 {
    let (a, n) = rec.unwrap_or((0.0, 0.0));
    (a + prior * towards) / (n + prior)
}

/// The agreement rate over all flags of the table (0.5 if it has no total row).
fn overall() -> f64 {
    match record("*") {
        Some((a, n)) if n > 0.0 => a / n,
        _ => 0.5,
    }
}

/// Loaded-language rule id -> its entry's rate (`entry_rate`), for every flag of a text. The map
/// holds an index into `values`, not the rate: the page then shares one hash table's code with
/// the core's other `String -> usize` maps.
#[derive(Debug, Clone, Default)]
pub struct Rates {
    slot: HashMap<String, usize>,
    values: Vec<f64>,
}

impl Rates {
    /// The rate of `rule`; a rule with none (not a loaded-language entry) gets an even 0.5.
    pub fn get(&self, rule: &str) -> f64 {
        self.slot.get(rule).map_or(0.5, |&i| self.values[i])
    }
}

impl FromIterator<(String, f64)> for Rates {
    /// A rule given twice keeps its last rate, as collecting into a map would.
    fn from_iter<I: IntoIterator<Item = (String, f64)>>(iter: I) -> Rates {
        let mut rates = Rates::default();
        for (rule, rate) in iter {
            let next = rates.values.len();
            let i = *rates.slot.entry(rule).or_insert(next);
            if i == next {
                rates.values.push(rate);
            } else {
                rates.values[i] = rate;
            }
        }
        rates
    }
}

/// The smoothed agreement rate of a loaded-language entry (before its voice is known).
/// `ambiguous`: its list restricts its sense or names contexts where it is neutral.
pub fn entry_rate(list_id: &str, rule: &str, ambiguous: bool) -> f64 {
    let &[all, yes, no] = entry_shared();
    let family = shrink(record(&format!("{list_id}/*")), all, FAMILY_PRIOR);
    let ambiguity = if ambiguous { yes } else { no };
    shrink(record(rule), family, ENTRY_PRIOR) * ambiguity / all
}

/// `overall()` and the rates of ambiguous and plain entries, worked out once: every
/// loaded-language entry compiled asks for them (four of its six table lookups).
fn entry_shared() -> &'static [f64; 3] {
    static SHARED: OnceLock<[f64; 3]> = OnceLock::new();
    SHARED.get_or_init(|| {
        let all = overall();
        let rate = |key| shrink(record(key), all, FAMILY_PRIOR);
        [all, rate("ambiguous:yes"), rate("ambiguous:no")]
    })
}

/// `measured_voice_ratio` of each voice, worked out once: it is read for every flag.
fn voice_ratio(v: Voice) -> f64 {
    static RATIOS: OnceLock<[f64; 3]> = OnceLock::new();
    let r = RATIOS.get_or_init(|| {
        [Voice::Outlet, Voice::Attributed, Voice::Quoted].map(measured_voice_ratio)
    });
    match v {
        Voice::Outlet => r[0],
        Voice::Attributed => r[1],
        Voice::Quoted => r[2],
    }
}

/// How much more (or less) often annotators agree with flags in this voice than on average,
/// from the table.
fn measured_voice_ratio(v: Voice) -> f64 {
    let key = match v {
        Voice::Outlet => "voice:outlet",
        Voice::Attributed => "voice:attributed",
        // See the module comment: a quoted flag is as right as its word is loaded.
        Voice::Quoted => return 1.0,
    };
    shrink(record(key), overall(), FAMILY_PRIOR) / overall()
}

/// The confidence of a flag, rounded to two decimals. `entry_rate` is only read for loaded
/// language; the other categories have one measured rate each.
pub fn of_flag(category: Category, entry_rate: f64, voice: Voice) -> f64 {
    let c = match category {
        Category::LoadedLanguage => entry_rate * voice_ratio(voice),
        Category::AnonymousSource => ANONYMOUS_SOURCE,
        Category::UnattributedAssertion => UNATTRIBUTED_ASSERTION,
    };
    (c.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_keep_the_last_rate_of_a_rule_and_default_to_even() {
        let rates: Rates = [("a/x", 0.9), ("b/y", 0.3), ("a/x", 0.7)]
            .into_iter()
            .map(|(r, v)| (r.to_string(), v))
            .collect();
        assert_eq!(rates.get("a/x"), 0.7);
        assert_eq!(rates.get("b/y"), 0.3);
        assert_eq!(rates.get("c/z"), 0.5);
    }

    #[test]
    fn table_is_read_whole_and_has_totals() {
        let rows = table::AGREEMENT.lines().filter(|l| !l.starts_with('@'));
        assert_eq!(records().slot.len(), rows.count());
        assert!(
            records().slot.contains_key("judgement/*"),
            "a list's family row"
        );
        let (a, n) = record("*").expect("a total row");
        assert!(a <= n && n > 100.0);
    }

    #[test]
    fn unknown_entries_get_their_family_rate() {
        let fam = entry_rate("judgement", "judgement/no-such-entry", false);
        let other = entry_rate("judgement", "judgement/another-missing-one", false);
        assert_eq!(fam, other);
        let plain = shrink(record("ambiguous:no"), overall(), FAMILY_PRIOR) / overall();
        let unknown_list = entry_rate("my-list", "my-list/x", false);
        assert!((unknown_list - overall() * plain).abs() < 1e-9);
    }

    #[test]
    fn ambiguous_entries_count_less() {
        assert!(
            entry_rate("judgement", "judgement/no-such-entry", true)
                < entry_rate("judgement", "judgement/no-such-entry", false)
        );
    }

    #[test]
    fn confidence_is_in_range_and_quotes_keep_the_entry_rate() {
        for v in [Voice::Outlet, Voice::Attributed, Voice::Quoted] {
            let c = of_flag(Category::LoadedLanguage, 0.99, v);
            assert!((0.0..=1.0).contains(&c));
        }
        assert_eq!(of_flag(Category::LoadedLanguage, 0.5, Voice::Quoted), 0.5);
    }
}
