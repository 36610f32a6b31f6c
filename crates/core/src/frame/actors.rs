//! Finding actors: capitalised name runs, acronyms (defined in parentheses or matching a name's
//! initials), surnames, titles, and "the group"-style references, grouped into one actor each.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{ActorKind, MentionKind};
use crate::search::Search;
use crate::segment::{Document, TokenKind};
use crate::words::Words;

pub(super) struct ActorDraft {
    pub name: String,
    pub kind: ActorKind,
    pub aliases: Vec<String>,
    /// The key it was first found under, and whether that was an acronym.
    key: String,
    acronym: bool,
    /// Title words used with the name ("president", "senator"), for "the president".
    titles: Vec<String>,
}

/// Which pronoun fits a person, when a title or a word of the name says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gender {
    He,
    She,
}

impl ActorDraft {
    /// "Mr." or "Congressman" says he, "Ms." or "Chairwoman" says she; most names say nothing.
    /// Whether the text shows this is a person, not a place named like one ("North Korea"): a
    /// person's title, or a pronoun-fixing title.
    pub fn titled(&self) -> bool {
        self.titles.iter().any(|t| is(t, PERSON_TITLE))
    }

    /// A group of people named by a party or nationality word and a plural noun: a clause's
    /// subject like a person, but no "he" or "she" and no topic ahead of people.
    pub fn group(&self) -> bool {
        match self.key.rfind(' ') {
            Some(sp) => group_noun(&self.key[sp + 1..]),
            None => bare_group(&self.key),
        }
    }

    /// People named in the plural, whom "they" can stand for: a group ("GOP lawmakers") or a
    /// party or nationality in the plural ("Democrats", "Republicans", "Iranians"). Not a place
    /// or title in -s ("United States", "Times"), whose last word has none of these endings.
    pub fn plural_people(&self) -> bool {
        let last = &self.key[self.key.rfind(' ').map_or(0, |sp| sp + 1)..];
        self.group()
            || (self.kind != ActorKind::Person
                && last.len() > 5
                && ["ans", "ats", "ists", "ives", "als"]
                    .iter()
                    .any(|e| last.ends_with(e)))
    }

    /// A group named by a common noun alone ("the protesters"): less specific than a name, so
    /// ranked after named actors for the topic.
    pub fn common_noun(&self) -> bool {
        !self.key.has_char(' ') && bare_group(&self.key)
    }

    pub fn gender(&self) -> Option<Gender> {
        self.titles.iter().find_map(|t| match t.as_str() {
            "mr" | "king" | "prince" | "sir" | "lord" | "congressman" | "chairman"
            | "councilman" | "spokesman" => Some(Gender::He),
            "ms" | "mrs" | "queen" | "princess" | "dame" | "lady" | "congresswoman"
            | "chairwoman" | "councilwoman" | "spokeswoman" => Some(Gender::She),
            _ => None,
        })
    }
}

pub(super) struct MentionDraft {
    pub actor: usize,
    /// Token range of the mention (a reference includes its article and modifiers).
    pub toks: Range<usize>,
    /// Byte span (a possessive 's left out).
    pub start: usize,
    pub end: usize,
    pub kind: MentionKind,
    /// Title words inside the name run ("Vice President"), or a reference's modifiers.
    pub title: Option<Range<usize>>,
    /// Lowercase title or modifiers right before the name ("former dictator").
    pub pre: Option<Range<usize>>,
}

pub(super) struct Found {
    pub actors: Vec<ActorDraft>,
    /// In text order.
    pub mentions: Vec<MentionDraft>,
}

/// Capitalised words that start a sentence or clause without naming anyone.
const NOT_NAMES_LIST: Words = Words(concat!(
    "a about according across advertisement after against all also although am among an and",
    " another any apr april are as at aug august be because before both but by can could dec",
    " december despite did do does don't dr during each even ever every feb february few first for",
    " former friday from he he's her here here's him his how however i i'm i've if in indeed",
    " instead into is it it's its jan january jul july jun june just last less let let's like many",
    " mar march may me meanwhile might monday more most mr mrs ms must my never next no not nov",
    " november now oct october of oh on once one only or other our over photo please pm read",
    " related said saturday says sep sept september several she she's should since so some source",
    " still such sunday than that that's the their them then there there's these they they're this",
    " those though through thursday to today tomorrow tonight tuesday two under unlike until",
    " update us video was we we're we've wednesday well were what what's when where which while",
    " who why will with within without would yes yesterday yet you you're your",
));

/// Title words that stand before a person's name inside a capitalised run.
const TITLES_LIST: Words = Words(concat!(
    "acting agent ambassador assistant attorney ayatollah candidate capt chairman chairwoman chief",
    " col commissioner congressman congresswoman councilman councilwoman counsel court dame",
    " defense democratic deputy director dr ex executive federal first former gen general gop gov",
    " governor homeland house interim judge justice king lady late leader lord lt majority mayor",
    " minister minority mr mrs ms nominee pope president press prime prince princess prof",
    " professor queen rep representative republican rev reverend secretary security sen senate",
    " senator sgt sheikh sheriff sir speaker special state supreme then u.s us vice",
));

/// Person titles that alone make an actor a person.
const PERSON_TITLES_LIST: Words = Words(concat!(
    "agent ambassador ayatollah capt chairman chairwoman col congressman congresswoman dame dr gen",
    " general gov governor judge justice king lady lord lt mayor minister mr mrs ms pope president",
    " prince princess prof professor queen rep representative rev reverend secretary sen senator",
    " sgt sheikh sheriff sir speaker",
));

/// Words that make a name an organisation.
const ORG_WORDS_LIST: Words = Words(concat!(
    "aarp administration agency alliance army association bank board brigade brigades bureau",
    " campaign caucus center centre church cia club coalition collective commission committee",
    " company congress corp corporation council court daily democrats department fbi federation",
    " force forces foundation front fund gop government group guard guild herald house inc",
    " institute journal league magazine media ministry movement navy network news nra office",
    " organisation organization party police post press republicans senate service society times",
    " tribune union university",
));

/// Plural nouns for people that, after a party or nationality word, name a group.
const GROUP_NOUNS_LIST: Words = Words(concat!(
    "activists allies candidates conservatives critics lawmakers leaders legislators liberals",
    " officials protesters protestors senators supporters voters",
));

/// Plural nouns for people that name a side of a story on their own ("the protesters", "police",
/// "lawmakers"), when the text uses them twice or more. Generic ones ("officials", "leaders")
/// are left out: alone they name no side, and mostly stand in anonymous sourcing.
const BARE_GROUPS_LIST: Words = Words(concat!(
    "activists candidates conservatives critics demonstrators lawmakers legislators liberals",
    " police protesters protestors senators supporters voters",
));

/// Head nouns of references that stand for an organisation named earlier.
const REF_HEADS_LIST: Words = Words(concat!(
    "administration agency army association campaign committee company cult department faction",
    " firm government group groups lobby magazine militia ministry movement network newspaper",
    " organisation organization organizations outfit party regime union",
));

/// Titles that, after "the", stand for a person named earlier with that title ("the president").
const PERSON_REFS: Words = Words(concat!(
    "president senator congressman congresswoman governor judge justice mayor chairman chairwoman",
    " secretary minister speaker nominee candidate comedian comic spokesman spokeswoman ambassador",
    " sheriff",
));

/// Nouns for measures named by a number that follows them ("Senate Bill 1062"), and the
/// abbreviations legislatures number their bills with ("SB 1062", "HB 56", "AB 5").
const NUMBERED_LIST: Words =
    Words("ab act amendment bill hb hr initiative measure prop proposition resolution sb");

/// Nouns that, after "the", stand for a measure named by its number earlier ("the bill", "the
/// legislation" for "SB 1062").
const MEASURE_REFS: Words = Words("bill legislation measure");

/// Words between "of" and a capital that keep a name going: "Department of Justice".
const NAME_JOINERS: Words = Words("of for de del al bin van von la le");

/// Words before a lowercase title after which the title reads as part of a noun phrase.
const NP_OPENERS_LIST: Words = Words(concat!(
    "a about after against among an and as at before between but by for from her his in including",
    " its like of on or our than that the their this to under with",
));

/// Words that end a lowercase title chunk (scanning back from a name).
const CHUNK_STOP_LIST: Words = Words(concat!(
    "a about according after against all also among an and any are as asked at back be because",
    " been before being between both but by can could did do does down during each even every for",
    " from had has have he her here him his how i if in including into is it its just like may me",
    " might more most must my no not now of off on only or our out over per s said say says she",
    " should since so some still tells than that the their them then there these they this those",
    " to told under until up us very via was we were what when where whether which while who why",
    " will with would yet you your",
));

/// Head nouns of a title chunk ("former dictator", "White House spokesman").
const TITLE_HEADS: Words = Words(concat!(
    "chief general head king queen candidate nominee rival ally official judge mayor boss star",
    " host anchor critic strongman dictator tyrant despot hardliner firebrand colleague aide staff",
    " counsel envoy pundit activist veteran billionaire mogul tycoon magnate cleric imam rabbi",
    " priest bishop pastor chairman chairwoman congressman congresswoman spokesman spokeswoman",
    " secretary attorney senator governor president minister justice lawmaker lawyer incumbent",
    " challenger hopeful frontrunner front-runner icon legend hero villain terrorist militant",
    " extremist radical rebel insurgent warlord kingpin mastermind defense state justice group",
    " organization party movement network militia regime army giant firm company outlet daily",
    " newspaper magazine network broadcaster",
));

/// Words ending like agent nouns ("-er", "-or") that are not ones.
const NOT_AGENT_NOUNS: Words = Words(concat!(
    "upper lower other under over after later former latter whether never ever rather either",
    " neither together number order power matter letter paper water center border per register",
    " consider remember deliver offer enter answer gather cover discover",
));

/// Word classes: bits for the lists above, so that one hash lookup tells every list a word is in
/// (names are checked against several lists per capitalised word).
const NOT_NAME: u16 = 1;
const TITLE: u16 = 1 << 1;
const PERSON_TITLE: u16 = 1 << 2;
const ORG_WORD: u16 = 1 << 3;
const CHUNK_STOP: u16 = 1 << 4;
const NP_OPENER: u16 = 1 << 5;
const REF_HEAD: u16 = 1 << 6;
const NAME_JOINER: u16 = 1 << 7;
const PERSON_REF: u16 = 1 << 8;
const TITLE_HEAD: u16 = 1 << 9;
const TITLE_NOT: u16 = 1 << 10;

fn class(w: &str) -> u16 {
    // Owned keys and bits held as `usize`: the page has many maps of `(String, usize)`, so one
    // hash table's code serves them all (built once; the lookups borrow `w`).
    static CLASSES: OnceLock<FxHashMap<String, usize>> = OnceLock::new();
    let map = CLASSES.get_or_init(|| {
        let mut m: FxHashMap<String, usize> = FxHashMap::default();
        for (list, bit) in [
            (NOT_NAMES_LIST, NOT_NAME),
            (TITLES_LIST, TITLE),
            (PERSON_TITLES_LIST, PERSON_TITLE),
            (ORG_WORDS_LIST, ORG_WORD),
            (CHUNK_STOP_LIST, CHUNK_STOP),
            (NP_OPENERS_LIST, NP_OPENER),
            (REF_HEADS_LIST, REF_HEAD),
            (NAME_JOINERS, NAME_JOINER),
            (PERSON_REFS, PERSON_REF),
            (TITLE_HEADS, TITLE_HEAD),
            (NOT_AGENT_NOUNS, TITLE_NOT),
        ] {
            for w in list.0.split(' ') {
                *m.entry(w.to_string()).or_default() |= bit as usize;
            }
        }
        m
    });
    map.get(w).map_or(0, |&b| b as u16)
}

fn is(w: &str, bits: u16) -> bool {
    class(w) & bits != 0
}

/// "Iraqi", "Mexican", "Chinese", "British": words of nationality or party used as adjectives.
fn demonym(n: &str) -> bool {
    n.ends_with("an") || n.ends_with("ese") || n.ends_with("ish") || n.ends_with('i')
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    // Longer capitals are a dateline or shouting ("WASHINGTON —", "INCREASE"), not an acronym.
    (2..=5).contains(&letters)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

/// A candidate name run: token indices of the name words (titles split off).
struct Run {
    toks: Range<usize>,
    title: Option<Range<usize>>,
    pre: Option<Range<usize>>,
    /// First word of its sentence (or clause after a quote): its capital may be grammar.
    initial: bool,
    acronym: bool,
    /// An acronym defined right after it: "(MKO)".
    defines: Option<usize>,
    /// "Mr.", "Mrs." or "Ms." before the name.
    honorific: Option<usize>,
    /// A group named by a party or nationality word and a plural noun ("Iraqi officials").
    group: bool,
    /// A group named by a plural noun alone ("the protesters"): `BARE_GROUPS_LIST`.
    bare: bool,
}

pub(super) fn find(doc: &Document) -> Found {
    let (runs, headlines) = name_runs(doc);
    group(doc, runs, &headlines)
}

/// Name key: lowercase words without possessives, initials and dots, appended to `out` (one
/// buffer for every run's key: a vector per run was most of the allocations framing made).
fn key_into<'d>(doc: &'d Document, toks: Range<usize>, out: &mut Vec<Cow<'d, str>>) {
    out.extend(toks.filter_map(|i| {
        let t = &doc.tokens[i];
        if t.kind == TokenKind::Punct {
            return None;
        }
        let n = doc.norm(t);
        // A one-letter word is an initial ("George W. Bush"): left out of keys.
        // (Two alphanumerics are enough to know: the count stops there.)
        let mut alnum = n.chars().filter(|c| c.is_alphanumeric());
        (alnum.next().is_some() && alnum.next().is_some()).then(|| {
            if n.has_char('.') {
                Cow::Owned(n.replace('.', ""))
            } else {
                Cow::Borrowed(n)
            }
        })
    }));
}

/// A name key's words joined by spaces, written into `out`.
fn join_key(key: &[Cow<str>], out: &mut String) {
    out.clear();
    for (n, w) in key.iter().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
}

fn name_runs(doc: &Document) -> (Vec<Run>, Vec<Range<usize>>) {
    // About one name run in ten tokens in news: sized once instead of grown.
    let mut runs = Vec::with_capacity(doc.tokens.len() / 10);
    let mut headlines = Vec::new();
    // A quoted title in title case ("under the headline \"Mayor Puts Harbor Plan on Hold\"") is
    // read like a headline: its capitals are the style's, not names. Told from a quotation full
    // of names ("Is Vale in Ohio or Iowa?", a sign's slogans) by five words or more in one
    // sentence and a grammar word capitalised inside it ("… That Makes Her Look Tired").
    let title_quotes: Vec<bool> = doc
        .quotes
        .iter()
        .enumerate()
        .map(|(q, quote)| {
            let (mut words, mut caps) = (0usize, 0usize);
            let mut first = None;
            let (mut one_sentence, mut grammar_cap) = (true, false);
            for t in &doc.tokens[quote.tokens.clone()] {
                if t.kind != TokenKind::Word || t.quote != Some(q as u32) {
                    continue;
                }
                words += 1;
                caps += t.cap as usize;
                match first {
                    None => first = Some(t.sentence),
                    Some(s) => {
                        one_sentence &= s == t.sentence;
                        grammar_cap |= t.cap && is(doc.norm(t), NOT_NAME);
                    }
                }
            }
            one_sentence && grammar_cap && words >= 5 && title_case(words, caps)
        })
        .collect();
    for s in &doc.sentences {
        let toks = s.tokens.clone();
        let (mut words, mut caps) = (0usize, 0usize);
        for t in &doc.tokens[toks.clone()] {
            if t.kind == TokenKind::Word {
                words += 1;
                caps += t.cap as usize;
            }
        }
        // A headline in title case capitalises every word: only acronyms count there.
        let headline = title_case(words, caps);
        let first_word = toks
            .clone()
            .find(|&i| doc.tokens[i].kind == TokenKind::Word);
        let mut i = toks.start;
        while i < toks.end {
            let t = &doc.tokens[i];
            if !(t.kind == TokenKind::Word && t.cap) {
                // "the protesters", "police": a group named by a common noun (kept in `group`
                // only when used twice or more).
                if t.kind == TokenKind::Word
                    && !headline
                    && bare_group(doc.norm(t))
                    && !modifies_noun(doc, i + 1)
                {
                    runs.push(Run {
                        toks: i..i + 1,
                        title: None,
                        pre: None,
                        initial: false,
                        acronym: false,
                        defines: None,
                        honorific: None,
                        group: true,
                        bare: true,
                    });
                }
                i += 1;
                continue;
            }
            // Extend over capitalised words, initials' dots, and joiners followed by a capital.
            let mut j = i + 1;
            let mut end = i + 1;
            while j < toks.end {
                let u = &doc.tokens[j];
                let n = doc.norm(u);
                // A possessive ends a name: "Fusion's Jorge Ramos" is two.
                let prev = doc.slice(&doc.tokens[j - 1]);
                if crate::segment::ends_possessive(prev) {
                    break;
                }
                if u.kind == TokenKind::Word && u.cap && u.quote == t.quote {
                    j += 1;
                    end = j;
                } else if n == "." && !u.space_before && doc.norm_at(j - 1).len() <= 4 && end == j {
                    // "Mr." "W." "Sen.": a dot after a short word inside a name.
                    j += 1;
                } else if (is(n, NAME_JOINER) || (n == "the" && doc.norm_is(j - 1, "of")))
                    && doc
                        .tokens
                        .get(j + 1)
                        .is_some_and(|v| v.cap && v.kind == TokenKind::Word && j + 1 < toks.end)
                {
                    // "Department of Justice", "Ministry of the Interior".
                    j += 1;
                } else {
                    break;
                }
            }
            let mut run_end = end;
            // "Senate Bill 1062", "Proposition 8": the number is part of a measure's name.
            if run_end < toks.end
                && doc.tokens[run_end].kind == TokenKind::Number
                && doc.tokens[run_end].quote == t.quote
                && doc.norm_one_of(run_end - 1, NUMBERED_LIST.0)
            {
                run_end += 1;
            }
            let mut start = i;
            // Leading grammar words ("The", "But") and, at a sentence start, any common word.
            // "Mr." and "Ms." are dropped like grammar words, but kept to tell "he" from "she".
            let mut honorific = None;
            while start < run_end && is(doc.norm_at(start), NOT_NAME) {
                if word_in!(doc.norm_at(start), "mr" | "mrs" | "ms") {
                    honorific = Some(start);
                }
                start += 1;
                while start < run_end && doc.tokens[start].kind == TokenKind::Punct {
                    start += 1;
                }
            }
            let next = run_end.max(i + 1);
            if start >= run_end {
                i = next;
                continue;
            }
            let acronym = run_end - start == 1 && is_acronym(doc.slice(&doc.tokens[start]));
            let shouting = (start..run_end).any(|k| {
                let w = doc.slice(&doc.tokens[k]);
                w.chars().filter(|c| c.is_alphabetic()).count() > 5
                    && !w.chars().any(char::is_lowercase)
            });
            if shouting {
                i = next;
                continue;
            }
            let in_title = t
                .quote
                .is_some_and(|q| title_quotes.get(q as usize).copied().unwrap_or(false));
            if (headline || in_title) && !acronym {
                headlines.push(start..run_end);
                for k in start..run_end {
                    if is_acronym(doc.slice(&doc.tokens[k])) {
                        runs.push(Run {
                            toks: k..k + 1,
                            title: None,
                            pre: None,
                            initial: false,
                            acronym: true,
                            defines: None,
                            honorific: None,
                            group: false,
                            bare: false,
                        });
                    }
                }
                i = next;
                continue;
            }
            // Titles inside the run, kept apart from the name.
            let mut name_start = start;
            // "Mexican President Vicente Fox": a nationality before a title belongs to the title.
            if name_start + 2 < run_end
                && demonym(doc.norm_at(name_start))
                && is(doc.norm_at(name_start + 1), TITLE)
            {
                name_start += 1;
            }
            while name_start + 1 < run_end
                && (is(doc.norm_at(name_start), TITLE)
                    || (name_start > start && doc.norm_is(name_start, "of")))
            {
                name_start += 1;
                while name_start + 1 < run_end && doc.tokens[name_start].kind == TokenKind::Punct {
                    name_start += 1;
                }
            }
            // Keep an organisation's own words: "Justice Department", "House Intelligence Committee".
            if name_start > start
                && (start..run_end).any(|k| is(doc.norm_at(k), ORG_WORD))
                && !is(doc.norm_at(start), PERSON_TITLE)
            {
                name_start = start;
            }
            // A place or party before a person's title: "New Jersey Gov. Chris Christie", "Iowa
            // Democratic Rep. Bruce Braley". The name is what follows the last title.
            if let Some(k) = (name_start..run_end.saturating_sub(1))
                .rev()
                .find(|&k| is(doc.norm_at(k), PERSON_TITLE))
            {
                let mut n = k + 1;
                while n + 1 < run_end && doc.tokens[n].kind == TokenKind::Punct {
                    n += 1;
                }
                if n < run_end && !(n..run_end).any(|j| is(doc.norm_at(j), ORG_WORD)) {
                    name_start = n;
                }
            }
            // A title alone ("Congressman", "President") names no one by itself.
            if (name_start..run_end)
                .all(|k| is(doc.norm_at(k), PERSON_TITLE) || doc.tokens[k].kind == TokenKind::Punct)
            {
                i = next;
                continue;
            }
            let title = (name_start > start).then_some(start..name_start);
            let initial = first_word == Some(start)
                || (start > toks.start && {
                    let p = doc.norm_at(start - 1);
                    matches!(p, "\"" | "“" | "'" | "‘" | ":" | "(" | "—" | "–")
                });
            // A party or nationality before a plural noun for people names a group that acts in
            // the text: "Democratic lawmakers", "Iraqi officials", "GOP presidential candidates".
            if let Some(head) = group_head(doc, name_start, run_end, &toks) {
                runs.push(Run {
                    toks: name_start..head + 1,
                    title: None,
                    pre: None,
                    initial,
                    acronym: false,
                    defines: None,
                    honorific: None,
                    group: true,
                    bare: false,
                });
                i = head + 1;
                continue;
            }
            // Adjectives of place or party before a noun: "Iraqi officials", "Republican senators".
            let adjectival = run_end - name_start == 1 && !acronym && {
                let n = doc.norm_at(name_start);
                let next = doc.tokens.get(run_end);
                (demonym(n) || n.has_char('-'))
                    && next.is_some_and(|v| v.kind == TokenKind::Word && !v.cap)
            };
            if adjectival {
                i = next;
                continue;
            }
            let pre = pre_chunk(doc, if title.is_some() { start } else { name_start }, &toks);
            let defines = (doc.norm_is(run_end, "(")
                && doc.norm_is(run_end + 2, ")")
                && is_acronym(doc.tokens.get(run_end + 1).map_or("", |t| doc.slice(t))))
            .then_some(run_end + 1);
            runs.push(Run {
                toks: name_start..run_end,
                title,
                pre,
                initial,
                acronym,
                defines,
                honorific,
                group: false,
                bare: false,
            });
            i = match defines {
                Some(a) => a, // the acronym itself becomes a run (and a mention) next
                None => next,
            };
        }
    }
    (runs, headlines)
}

/// Words in title case: at least four, seven in ten capitalised (a headline, a quoted title).
fn title_case(words: usize, caps: usize) -> bool {
    words >= 4 && caps * 10 >= words * 7
}

/// The head of a group named by a party or nationality word and a plural noun for people, with
/// at most one lowercase modifier between ("Democratic presidential candidates").
fn group_head(doc: &Document, name: usize, run_end: usize, sent: &Range<usize>) -> Option<usize> {
    if run_end - name != 1 {
        return None;
    }
    let n = doc.norm_at(name);
    if !(demonym(n) || word_in!(n, "democratic" | "gop")) {
        return None;
    }
    (run_end..(run_end + 2).min(sent.end))
        .take_while(|&k| {
            let t = &doc.tokens[k];
            t.kind == TokenKind::Word && !t.cap && !is(doc.norm(t), CHUNK_STOP)
        })
        .find(|&k| group_noun(doc.norm_at(k)))
}

/// Lowercase words before a name that title or describe it ("former dictator", "White House
/// spokesman"), when they sit in a noun-phrase slot rather than after a verb.
fn pre_chunk(doc: &Document, name: usize, sent: &Range<usize>) -> Option<Range<usize>> {
    let mut k = name;
    let mut words = 0;
    while k > sent.start && words < 4 {
        let t = &doc.tokens[k - 1];
        let n = doc.norm(t);
        if t.kind != TokenKind::Word || t.cap {
            break;
        }
        if n == "of" && words > 0 {
            // "secretary of defense": keep going only when a lowercase word is before "of".
            let before = k.checked_sub(2).map(|b| &doc.tokens[b]);
            if before.is_some_and(|b| {
                b.kind == TokenKind::Word && !b.cap && !is(doc.norm(b), CHUNK_STOP)
            }) {
                k -= 1;
                continue;
            }
            break;
        }
        if is(n, CHUNK_STOP) || n.ends_with("ly") {
            break;
        }
        k -= 1;
        words += 1;
    }
    if words == 0 || words > 3 || !title_like(doc.norm_at(name - 1)) {
        return None;
    }
    // What stands before the chunk decides: an article, preposition, punctuation, a capitalised
    // word (an organisation: "White House spokesman") or the sentence start.
    let mut start = k;
    if k > sent.start {
        let p = &doc.tokens[k - 1];
        let pn = doc.norm(p);
        let ok = p.kind == TokenKind::Punct
            || is(pn, NP_OPENER)
            || (p.cap && p.kind == TokenKind::Word && !is(pn, NOT_NAME));
        if !ok {
            return None;
        }
        if p.cap && p.kind == TokenKind::Word && !is(pn, NOT_NAME) {
            while start > sent.start
                && name - start < 7
                && doc.tokens[start - 1].cap
                && doc.tokens[start - 1].kind == TokenKind::Word
                && !is(doc.norm_at(start - 1), NOT_NAME)
            {
                start -= 1;
            }
        }
    }
    Some(start..name)
}

/// A plural noun for people ("lawmakers", "officials"): a group when a party or nationality word
/// names it, else people "they" may stand for without naming an actor.
pub(super) fn group_noun(w: &str) -> bool {
    // Every one ends in "s": most words are out before the search.
    w.ends_with('s') && GROUP_NOUNS_LIST.contains(&w)
}

/// A plural noun that names a group of people on its own ("protesters", "police").
fn bare_group(w: &str) -> bool {
    // Most words are no plural for people: length and last bytes before the search.
    let b = w.as_bytes();
    (6..=13).contains(&b.len())
        && (matches!(b[b.len() - 2..], [b'r' | b't' | b'c' | b'l' | b'e', b's']) || w == "police")
        && BARE_GROUPS_LIST.contains(&w)
}

/// A lowercase noun for a person at token `k` ("police officers"): the word before only
/// modifies it.
fn modifies_noun(doc: &Document, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|u| {
        let n = doc.norm(u);
        u.kind == TokenKind::Word
            && !u.cap
            && (title_like(n) || n.strip_suffix('s').is_some_and(title_like))
    })
}

/// Nouns that title a person or describe a group: the head of a pre-name chunk must be one, so
/// that a verb ("to expel MKO members") is not read as a title.
pub(super) fn title_like(w: &str) -> bool {
    let c = class(w);
    if c & TITLE_NOT != 0 {
        return false;
    }
    c & TITLE_HEAD != 0
        || [
            "or", "er", "ist", "ent", "ant", "man", "woman", "person", "ian",
        ]
        .iter()
        .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
}

fn kind_of(doc: &Document, run: &Run, key: &[Cow<str>]) -> ActorKind {
    // A group is no person: never "he" or "she", and ranked after people for the topic.
    if run.group {
        return ActorKind::Other;
    }
    if run.acronym || key.iter().any(|w| is(w, ORG_WORD)) {
        return ActorKind::Organization;
    }
    let titled = run
        .title
        .as_ref()
        .is_some_and(|t| t.clone().any(|k| is(doc.norm_at(k), PERSON_TITLE)));
    // A name ending in a number is a measure ("Proposition 8", "SB 1062"), no person.
    let numbered = key
        .last()
        .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
    if titled || (key.len() >= 2 && !numbered) {
        ActorKind::Person
    } else {
        ActorKind::Other
    }
}

/// Writes a name's initials ("nra" for "National Rifle Association") into `out`; false for a
/// name of fewer than two words.
fn initials(key: &[Cow<str>], out: &mut String) -> bool {
    out.clear();
    let mut words = 0;
    for w in key.iter().filter(|w| !is(w, NAME_JOINER) && &***w != "the") {
        words += 1;
        // A measure's number stays whole: "SB1062" is "Senate Bill 1062".
        if w.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(w);
        } else {
            out.extend(w.chars().next());
        }
    }
    words >= 2
}

/// Byte span of a name without a trailing possessive.
fn name_span(doc: &Document, toks: &Range<usize>) -> (usize, usize) {
    let first = &doc.tokens[toks.start];
    let mut last = toks.end - 1;
    while last > toks.start && doc.tokens[last].kind == TokenKind::Punct {
        last -= 1;
    }
    let t = &doc.tokens[last];
    let s = doc.slice(t);
    let cut = if crate::segment::ends_possessive(s) {
        s.len() - if s.ends_with("'s") { 2 } else { 4 }
    } else if s.ends_with('\'') || s.ends_with('’') {
        s.len() - s.chars().next_back().map_or(0, char::len_utf8)
    } else {
        s.len()
    };
    (first.start as usize, t.start as usize + cut)
}

fn group(doc: &Document, runs: Vec<Run>, headlines: &[Range<usize>]) -> Found {
    let mut actors: Vec<ActorDraft> = Vec::new();
    let mut by_key: FxHashMap<String, usize> =
        FxHashMap::with_capacity_and_hasher(runs.len(), Default::default());
    let mut by_acronym: FxHashMap<String, usize> = FxHashMap::default();
    let mut by_initials: FxHashMap<String, usize> = FxHashMap::default();
    let mut by_surname = super::ListsByKey::default();
    // Persons by first and last word: "Hillary Rodham Clinton" = "Hillary Clinton".
    let mut by_ends: FxHashMap<String, usize> = FxHashMap::default();
    // Groups by their plural noun, the latest named last: "Democratic candidates" -> candidates.
    let mut by_group_head: FxHashMap<String, usize> = FxHashMap::default();
    let mut last_seen: Vec<usize> = Vec::new();
    let mut key_words: Vec<Cow<str>> = Vec::with_capacity(runs.len() * 2);
    let key_ranges: Vec<Range<usize>> = runs
        .iter()
        .map(|r| {
            let from = key_words.len();
            key_into(doc, r.toks.clone(), &mut key_words);
            from..key_words.len()
        })
        .collect();
    let keys = key_ranges.iter().map(|k| &key_words[k.clone()]);

    // A group named by a common noun is an actor when the text names it twice or more (a few
    // distinct nouns an article: a short list).
    let mut bare_counts: Vec<(&str, usize)> = Vec::new();
    for (r, k) in runs.iter().zip(keys.clone()) {
        if let (true, [w]) = (r.group, k) {
            match bare_counts.iter_mut().find(|(n, _)| *n == &**w) {
                Some((_, c)) => *c += 1,
                None => bare_counts.push((w, 1)),
            }
        }
    }

    // Words used mid-sentence as names: a sentence-initial single word must be one of them.
    let mut known: FxHashSet<&str> =
        FxHashSet::with_capacity_and_hasher(runs.len(), Default::default());
    for (r, k) in runs.iter().zip(keys.clone()) {
        if !r.initial || k.len() > 1 {
            known.extend(k.iter().map(|w| &**w));
        }
    }

    let mut mentions: Vec<MentionDraft> = Vec::with_capacity(runs.len() + runs.len() / 4);
    let (mut joined, mut ends, mut ini) = (String::new(), String::new(), String::new());
    let new_actor =
        |actors: &mut Vec<ActorDraft>, name: String, kind: ActorKind, key: &str, acronym: bool| {
            actors.push(ActorDraft {
                name,
                kind,
                aliases: Vec::new(),
                key: key.to_string(),
                acronym,
                titles: Vec::new(),
            });
            actors.len() - 1
        };
    for (r, key) in runs.iter().zip(keys) {
        if key.is_empty() {
            continue;
        }
        if r.initial && key.len() == 1 && !r.acronym && !known.contains(&*key[0]) {
            continue;
        }
        let (start, end) = name_span(doc, &r.toks);
        let text = &doc.text[start..end];
        // Keys go through reused buffers: a map gets its own copy only when the key is new.
        join_key(key, &mut joined);
        ends.clear();
        ends.push_str(&key[0]);
        ends.push(' ');
        ends.push_str(&key[key.len() - 1]);
        let kind = kind_of(doc, r, key);
        let mut mkind = MentionKind::Name;
        // "Democratic candidates … Several candidates": a bare group noun is the nearest
        // earlier group of that noun, else a group of its own when named twice or more.
        let earlier_group = r
            .bare
            .then(|| by_group_head.get(joined.as_str()).copied())
            .flatten();
        if r.bare
            && earlier_group.is_none()
            && bare_counts.iter().any(|&(n, c)| n == joined && c < 2)
        {
            continue;
        }
        let found = if let Some(a) = earlier_group {
            mkind = MentionKind::Reference;
            Some(a)
        } else if let Some(&a) = by_key.get(joined.as_str()) {
            Some(a)
        } else if r.bare {
            // A common noun is no one's surname ("Young Conservatives" is not "conservatives").
            None
        } else if r.acronym {
            mkind = MentionKind::Acronym;
            by_acronym
                .get(joined.as_str())
                .or_else(|| by_initials.get(joined.as_str()))
                .copied()
        } else if key.len() == 1 {
            mkind = MentionKind::Surname;
            by_surname
                .get(joined.as_str())
                .and_then(|c| c.iter().copied().max_by_key(|&a| last_seen[a]))
        } else if kind == ActorKind::Person {
            by_ends.get(ends.as_str()).copied()
        } else {
            None
        };
        let actor = match found {
            Some(a) => {
                let d = &mut actors[a];
                if mkind == MentionKind::Name && text.len() > d.name.len() {
                    let old = std::mem::replace(&mut d.name, text.to_string());
                    if !d.aliases.contains(&old) {
                        d.aliases.push(old);
                    }
                } else if mkind != MentionKind::Reference
                    && text != d.name
                    && !d.aliases.iter().any(|x| x == text)
                {
                    d.aliases.push(text.to_string());
                }
                if d.kind == ActorKind::Other && kind != ActorKind::Other {
                    d.kind = kind;
                }
                a
            }
            None => {
                mkind = MentionKind::Name;
                let a = new_actor(&mut actors, text.to_string(), kind, &joined, r.acronym);
                last_seen.push(0);
                a
            }
        };
        if !by_key.contains_key(joined.as_str()) {
            by_key.insert(joined.clone(), actor);
        }
        if r.group && !r.bare && key.len() >= 2 {
            by_group_head.insert(key[key.len() - 1].to_string(), actor);
        }
        if let Some(acr) = r.defines {
            // A name with its own acronym is an institution, not a person.
            actors[actor].kind = ActorKind::Organization;
            let n = doc.norm_at(acr).replace('.', "");
            by_acronym.insert(n, actor);
        }
        if initials(key, &mut ini) && !by_initials.contains_key(ini.as_str()) {
            by_initials.insert(ini.clone(), actor);
        }
        if key.len() >= 2 && actors[actor].kind == ActorKind::Person {
            let last: &str = &key[key.len() - 1];
            let sur = by_surname.list_mut(last);
            if !sur.contains(&actor) {
                sur.push(actor);
            }
            if !by_ends.contains_key(ends.as_str()) {
                by_ends.insert(ends.clone(), actor);
            }
        }
        let honorific = r.honorific.map(|h| h..h + 1);
        for k in r
            .title
            .iter()
            .chain(&r.pre)
            .chain(&honorific)
            .flat_map(Clone::clone)
        {
            let n = doc.norm_at(k);
            let w = if n.has_char('.') {
                Cow::Owned(n.replace('.', ""))
            } else {
                Cow::Borrowed(n)
            };
            if !actors[actor].titles.iter().any(|t| *t == w) {
                actors[actor].titles.push(w.into_owned());
            }
        }
        last_seen[actor] = r.toks.start + 1;
        mentions.push(MentionDraft {
            actor,
            toks: r.toks.clone(),
            start,
            end,
            kind: mkind,
            title: r.title.clone(),
            pre: r.pre.clone(),
        });
    }
    let target = merge_early_short_forms(
        &mut actors,
        &mut mentions,
        &by_acronym,
        &by_initials,
        &by_surname,
    );
    // A title-case headline was skipped above; the names found in the article count there too.
    let mut words: Vec<Cow<str>> = Vec::new();
    for run in headlines {
        let mut k = run.start;
        while k < run.end {
            let found = (1..=3).rev().find_map(|n| {
                let toks = k..(k + n).min(run.end);
                words.clear();
                key_into(doc, toks.clone(), &mut words);
                join_key(&words, &mut joined);
                let key = joined.as_str();
                let hit = by_key
                    .get(key)
                    .map(|&a| (a, MentionKind::Name))
                    .or_else(|| {
                        (n == 1)
                            .then(|| by_surname.get(key).and_then(|c| c.first()))
                            .flatten()
                            .map(|&a| (a, MentionKind::Surname))
                    });
                hit.map(|h| (toks, h))
            });
            let Some((toks, (a, kind))) = found else {
                k += 1;
                continue;
            };
            let (start, end) = name_span(doc, &toks);
            k = toks.end;
            mentions.push(MentionDraft {
                actor: target[a],
                toks,
                start,
                end,
                kind,
                title: None,
                pre: None,
            });
        }
    }
    let refs = references(doc, &actors, &mentions);
    mentions.extend(refs);
    super::sort_by_num(&mut mentions, |m| [m.toks.start, m.toks.end, 0]);
    Found { actors, mentions }
}

/// A short form seen before its full name ("MKO" in a headline, "Trump" before "Donald Trump")
/// started an actor of its own: fold it into the full name's actor.
fn merge_early_short_forms(
    actors: &mut [ActorDraft],
    mentions: &mut [MentionDraft],
    by_acronym: &FxHashMap<String, usize>,
    by_initials: &FxHashMap<String, usize>,
    by_surname: &super::ListsByKey,
) -> Vec<usize> {
    let mut target: Vec<usize> = (0..actors.len()).collect();
    let mut merged_kind: Vec<Option<MentionKind>> = vec![None; actors.len()];
    for a in 0..actors.len() {
        let d = &actors[a];
        let into = if d.acronym {
            by_acronym
                .get(&d.key)
                .or_else(|| by_initials.get(&d.key))
                .copied()
                .map(|t| (t, MentionKind::Acronym))
        } else if !d.key.has_char(' ') && !bare_group(&d.key) {
            // With two people of one surname, the first introduced is the likelier one.
            by_surname
                .get(&d.key)
                .and_then(|c| c.first())
                .map(|&c| (c, MentionKind::Surname))
        } else {
            None
        };
        if let Some((t, kind)) = into.filter(|&(t, _)| t != a) {
            target[a] = t;
            let name = actors[a].name.clone();
            if !actors[t].aliases.contains(&name) {
                actors[t].aliases.push(name);
            }
            // "President Trump" before "Donald Trump": the title stays with the person, so
            // that "the president" still finds them.
            for w in std::mem::take(&mut actors[a].titles) {
                if !actors[t].titles.contains(&w) {
                    actors[t].titles.push(w);
                }
            }
            merged_kind[a] = Some(kind);
        }
    }
    // One pass over the mentions, so that merging stays linear.
    for m in mentions.iter_mut() {
        if let Some(kind) = merged_kind[m.actor] {
            m.actor = target[m.actor];
            if m.kind == MentionKind::Name {
                m.kind = kind;
            }
        }
    }
    target
}

/// "the group", "the terrorist organization": the nearest earlier actor whose name has the head
/// noun ("Mujahedin Khalq Organization"), else the nearest earlier organisation.
fn references(doc: &Document, actors: &[ActorDraft], names: &[MentionDraft]) -> Vec<MentionDraft> {
    let mut out = Vec::new();
    let mut next_name = 0;
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word || !doc.norm_eq(t, "the") {
            continue;
        }
        while next_name < names.len() && names[next_name].toks.start <= i {
            next_name += 1;
        }
        // "the" + up to two lowercase modifiers + head noun, not followed by a name.
        let sent = t.sentence;
        let mut head = None;
        for k in i + 1..(i + 4).min(doc.tokens.len()) {
            let u = &doc.tokens[k];
            if u.kind != TokenKind::Word || u.cap || u.sentence != sent {
                break;
            }
            let n = doc.norm(u);
            if is(n, REF_HEAD) || MEASURE_REFS.contains(&n) {
                head = Some(k);
                break;
            }
            if is(n, CHUNK_STOP) {
                break;
            }
        }
        let person_head = head.is_none()
            && doc
                .tokens
                .get(i + 1)
                .is_some_and(|u| u.sentence == sent && is(doc.norm(u), PERSON_REF));
        if person_head {
            // "the president": the nearest earlier person with that title.
            let w = doc.norm_at(i + 1);
            let earlier = &names[..next_name];
            if let Some(m) = earlier
                .iter()
                .rev()
                .take(40)
                .find(|m| actors[m.actor].titles.iter().any(|t| t == w))
            {
                let (start, end) = name_span(doc, &(i..i + 2));
                out.push(MentionDraft {
                    actor: m.actor,
                    toks: i..i + 2,
                    start,
                    end,
                    kind: MentionKind::Reference,
                    title: None,
                    pre: None,
                });
            }
            continue;
        }
        let Some(h) = head else { continue };
        if doc
            .tokens
            .get(h + 1)
            .is_some_and(|u| u.cap && u.kind == TokenKind::Word)
            || doc.norm_is(h + 1, "of")
        {
            continue;
        }
        let head_word = doc.norm_at(h).trim_end_matches('s');
        // Look back over earlier name mentions, nearest first, within a bounded window.
        let earlier = &names[..next_name];
        let recent = earlier.iter().rev().take(40);
        let mut pick = None;
        if doc.norm_one_of(h, MEASURE_REFS.0) {
            // "the bill": the nearest measure named by its number, else the next one named
            // (a story often says "the legislation" before it gives the bill's number).
            let numbered = |m: &&MentionDraft| {
                let name = &actors[m.actor].name;
                name.rsplit(' ')
                    .next()
                    .is_some_and(|w| w.len() < name.len() && w.bytes().all(|b| b.is_ascii_digit()))
            };
            pick = recent
                .clone()
                .find(numbered)
                .or_else(|| names[next_name..].iter().take(12).find(numbered))
                .map(|m| m.actor);
            let Some(actor) = pick else { continue };
            let (start, end) = name_span(doc, &(i..h + 1));
            out.push(MentionDraft {
                actor,
                toks: i..h + 1,
                start,
                end,
                kind: MentionKind::Reference,
                title: (h > i + 1).then_some(i + 1..h + 1),
                pre: None,
            });
            continue;
        }
        for m in recent.clone() {
            if actors[m.actor]
                .name
                .split_whitespace()
                .any(|w| w.trim_end_matches('s').eq_ignore_ascii_case(head_word))
            {
                pick = Some(m.actor);
                break;
            }
        }
        if pick.is_none() {
            pick = recent
                .take(12)
                .find(|m| actors[m.actor].kind == ActorKind::Organization)
                .map(|m| m.actor);
        }
        let Some(actor) = pick else { continue };
        let (start, end) = name_span(doc, &(i..h + 1));
        out.push(MentionDraft {
            actor,
            toks: i..h + 1,
            start,
            end,
            kind: MentionKind::Reference,
            title: (h > i + 1).then_some(i + 1..h + 1),
            pre: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_and_classed() {
        // Sorted so that a duplicate or a near-miss shows up in review.
        for list in [
            NOT_NAMES_LIST,
            TITLES_LIST,
            PERSON_TITLES_LIST,
            ORG_WORDS_LIST,
            CHUNK_STOP_LIST,
            REF_HEADS_LIST,
            NP_OPENERS_LIST,
            GROUP_NOUNS_LIST,
            BARE_GROUPS_LIST,
        ] {
            let words: Vec<&str> = list.0.split(' ').collect();
            assert!(words.windows(2).all(|w| w[0] < w[1]), "{words:?}");
        }
        assert!(is("mr", NOT_NAME | PERSON_TITLE) && is("mr", TITLE));
        assert!(is("organization", ORG_WORD) && is("organization", REF_HEAD));
        assert!(!is("organization", PERSON_TITLE) && class("harbor") == 0);
        assert!(title_like("dictator") && title_like("organizer") && !title_like("paper"));
    }
}
