//! Which sense a match is used in, guessed from its neighbours: the light context that list
//! entries can ask for (`pos`, `capitalised`, `not_when`). No model: a few closed word classes
//! and capitalisation, read in constant time per match, so analysis stays linear.

use std::cell::{Cell, OnceCell};

use crate::search::Search;
use crate::segment::{Document, Token, TokenKind};
use crate::words::few;

/// A part of speech an entry can require, guessed from the word before the match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    Noun,
    Verb,
    /// Not a verb: after a determiner ("the coveted prize") it reads as a noun's, which fits.
    Adjective,
}

impl Pos {
    pub fn parse(s: &str) -> Option<Pos> {
        match s {
            "noun" => Some(Pos::Noun),
            "verb" => Some(Pos::Verb),
            "adjective" => Some(Pos::Adjective),
            _ => None,
        }
    }
}

/// A context in which an entry is not flagged (`not_when = [...]` in a list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// A negation just before: "it isn't a disaster".
    Negated,
    /// A number or casualty count in the sentence: a literal event ("a tsunami killed 200").
    Counted,
    /// A conditional or fiction frame: "if the plan fails", "the novel's villain".
    Hypothetical,
    /// A noun directly before another content word names a category, not a judgement:
    /// "disaster aid", "harassment case", "assault charges".
    Modifier,
    /// A verb with a noun-phrase object, not a clause: "claim a deduction", "reveal the new
    /// rules" (but "claims the plan will work" is a clause and stays).
    Object,
    /// A verb with a particle is another verb: "hammer out a deal", "sworn in".
    Particle,
    /// Criminal procedure in the sentence (pleaded guilty, charged, court): the word names an
    /// offence ("pleaded guilty to lying to the FBI").
    Legal,
    /// A natural hazard named in the sentence, or in the one before it in its paragraph: literal
    /// damage ("the hurricane devastated the island"; "Three hurricanes hit the coast. Maria
    /// savaged the island" continues the storm).
    Hazard,
    /// Followed by a quotation, a name or a term of three or more words: the entry introduces a
    /// term ("the so-called carried interest loophole"), as wire style uses it.
    Term,
    /// No noun follows: the word heads its phrase, so it is a noun, not the adjective the entry
    /// means ("the Japanese premier", "vice premier Wang"; but "the premier destination").
    Head,
    /// The next words are a place's political leaning, which its votes measure: the
    /// intensifier gives a degree ("deeply conservative Alabama", "a deeply Republican
    /// district"). A person's leaning stays ("a deeply conservative judge" characterises him).
    Measured,
    /// A participle after a form of "be", "get" or "feel": the one acted on, not a speaker
    /// ("the senator was threatened", "it was revealed in March").
    Passive,
    /// Beside a number or a word of amount or change, a size word measures rather than judges
    /// ("a massive $1.5 trillion overhaul", "a dramatic reshaping", "rose sharply").
    Magnitude,
    /// Before a substance, pathogen, weapon or document, the adjective is literal: "lethal
    /// pathogens", "dangerous chemicals", "fake passports".
    Literal,
    /// "To" and a verb follow: a threat or risk reported as made ("threatened to sue",
    /// "threatens to derail the plan"), the neutral wire verb for it.
    Infinitive,
    /// The verb's object is a state, activity or asset, so "threaten" means endanger: "the
    /// attacks threaten security", "a bill that threatens free speech" (but "threatened the
    /// clerks" is a threat made to people).
    Endangered,
    /// A word follows the verb and no "that" within a short adverbial: "revealed the findings",
    /// "reveal little reason", "revealed how": it discloses or shows; only "revealed (in 2006)
    /// that …" presents a statement as established.
    Disclosure,
    /// Inside a quotation: a writer's aside ("obviously", "hopefully") is the speaker's own
    /// hedge there, ordinary talk rather than the outlet's comment. A restriction of voice, not
    /// of sense, so it does not make the entry ambiguous for its confidence.
    Quoted,
    /// In a condition or a possibility, not asserted: "if", "unless" or "whether" earlier in the
    /// clause ("if it threatens the United States"), a modal of possibility just before ("could
    /// be devastating", "may not collapse"), or "the risk of", "fears of" ("the risk of a
    /// devastating war").
    Conditional,
    /// A court case in the sentence or the one before it in its paragraph (a court, tribunal,
    /// lawsuit, indictment, jury, plaintiff, conviction): the sentence uses the charge's own
    /// terms ("a tribunal convicted him of genocide") and the filing's own saying words ("the
    /// lawsuit claims", "prosecutors say the alleged scheme").
    Court,
    /// Part of a domain's established compound, the thing's accepted name or measure: after a
    /// domain modifier ("natural disaster", "humanitarian catastrophe", "nuclear meltdown") or
    /// before a noun of medicine, engineering, markets, elections or weather, directly or past
    /// one modifier ("aggressive tumour", "lackluster voter turnout", "stubbornly high inflation").
    Domain,
    /// Physical force: a vehicle, weapon, blast, natural hazard, water or rain acts a few words
    /// before in the sentence ("drove a truck down the path, crushing cyclists"; "the shells
    /// wrecked the port"; "waves flooded the cafes").
    Physical,
    /// "Winner" or "winners" in the sentence or the one before it in its paragraph: a tally of
    /// who gains and who loses out under a measure ("Winners would include small firms. Losers
    /// would be wage-earners"), not an insult.
    Tally,
    /// A verb of undergoing (suffered, faced, survived) or "victim" a few words before: the
    /// word names what happened to someone, a crime reported ("fled after facing beatings and
    /// extortion", "suffered injuries during an assault").
    Suffered,
    /// A bare plural after a preposition, closing its phrase, names the kind of event in
    /// general: "aid is released faster after disasters.", "plans for catastrophes," (but "the
    /// disasters of his term" and "a string of disasters for the party" keep their judgement).
    Generic,
    /// A name, a nationality, a year or a possessive right before (past one more word at most):
    /// the accepted name of a class or an event ("Russian oligarchs", "Greece's third bailout",
    /// "the 2008 bailout", "Reagan's 1984 landslide").
    Named,
    /// A verb or preposition of opposing a few words before (fight, combat, counter, curb,
    /// stem, against; commas of a list allowed): the word names the ill a cause opposes, not a
    /// trait pinned on anyone ("fighting intolerance, hatred and bigotry", "to combat propaganda").
    Fought,
    /// Inside a quotation, the word's "-ly" adverb form: a speaker's manner or degree ("press
    /// him very aggressively", "desperately needed") is ordinary emphasis, while the adjective
    /// or noun stays a label ("a desperate attack"). So is a feeling the speaker says of
    /// themselves ("I was terrified", "we're furious"). A restriction of voice, as `Quoted`.
    Emphasis,
    /// The article reports a charge, plea or conviction for lying (one sentence holds both a
    /// word of the charge and "lying", "lied", "perjury" or "false statements"): there
    /// "falsely states" retells the conduct charged, as a chronology drawn from the charging
    /// document does, not the outlet's own verdict.
    Charged,
}

impl Context {
    pub const NAMES: &'static str =
        "negated, counted, hypothetical, modifier, object, particle, legal, hazard, term, head, measured, passive, magnitude, literal, infinitive, endangered, disclosure, quoted, conditional, court, domain, physical, tally, suffered, generic, named, fought, emphasis, charged";

    pub fn parse(s: &str) -> Option<Context> {
        match s {
            "negated" => Some(Context::Negated),
            "counted" => Some(Context::Counted),
            "hypothetical" => Some(Context::Hypothetical),
            "modifier" => Some(Context::Modifier),
            "object" => Some(Context::Object),
            "particle" => Some(Context::Particle),
            "legal" => Some(Context::Legal),
            "hazard" => Some(Context::Hazard),
            "term" => Some(Context::Term),
            "head" => Some(Context::Head),
            "measured" => Some(Context::Measured),
            "passive" => Some(Context::Passive),
            "magnitude" => Some(Context::Magnitude),
            "literal" => Some(Context::Literal),
            "infinitive" => Some(Context::Infinitive),
            "endangered" => Some(Context::Endangered),
            "disclosure" => Some(Context::Disclosure),
            "quoted" => Some(Context::Quoted),
            "conditional" => Some(Context::Conditional),
            "court" => Some(Context::Court),
            "domain" => Some(Context::Domain),
            "physical" => Some(Context::Physical),
            "tally" => Some(Context::Tally),
            "suffered" => Some(Context::Suffered),
            "generic" => Some(Context::Generic),
            "named" => Some(Context::Named),
            "fought" => Some(Context::Fought),
            "emphasis" => Some(Context::Emphasis),
            "charged" => Some(Context::Charged),
            _ => None,
        }
    }

    fn bit(self) -> u32 {
        match self {
            Context::Negated => 1,
            Context::Counted => 2,
            Context::Hypothetical => 4,
            Context::Modifier => 8,
            Context::Object => 16,
            Context::Particle => 32,
            Context::Legal => 64,
            Context::Hazard => 128,
            Context::Term => 256,
            Context::Head => 512,
            Context::Measured => 1024,
            Context::Passive => 2048,
            Context::Magnitude => 4096,
            Context::Literal => 8192,
            Context::Infinitive => 16384,
            Context::Endangered => 1 << 15,
            Context::Disclosure => 1 << 16,
            Context::Quoted => 1 << 17,
            Context::Conditional => 1 << 18,
            Context::Court => 1 << 19,
            Context::Domain => 1 << 20,
            Context::Physical => 1 << 21,
            Context::Tally => 1 << 22,
            Context::Suffered => 1 << 23,
            Context::Generic => 1 << 24,
            Context::Named => 1 << 25,
            Context::Fought => 1 << 26,
            Context::Emphasis => 1 << 27,
            // The last bit that fits: `code` shifts these by 3 into a u32 (slant-wasm's blob).
            Context::Charged => 1 << 28,
        }
    }
}

/// The sense an entry means, in data a journalist wrote next to `unless`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sense {
    /// Only in this part of speech (a guess against it drops the match; no guess keeps it).
    pub pos: Option<Pos>,
    /// Flagged even when capitalised inside a sentence: the entry is itself a name-like label
    /// ("Islamist"). Otherwise a capitalised word mid-sentence is taken for a name or title.
    pub capitalised: bool,
    not_when: u32,
}

impl Sense {
    pub fn new(pos: Option<Pos>, capitalised: bool, not_when: &[Context]) -> Sense {
        Sense {
            pos,
            capitalised,
            not_when: not_when.iter().fold(0, |b, c| b | c.bit()),
        }
    }

    /// The entry is restricted to a part of speech or kept out of some contexts: it has a
    /// neutral sense too. Quoted, negated, conditional and hypothetical uses are not senses but
    /// uses the outlet does not assert: leaving them out makes no entry ambiguous.
    pub fn restricted(&self) -> bool {
        let asserted = Context::Quoted.bit()
            | Context::Emphasis.bit()
            | Context::Negated.bit()
            | Context::Conditional.bit()
            | Context::Hypothetical.bit();
        self.pos.is_some() || self.not_when & !asserted != 0
    }

    pub fn not_when(&self, c: Context) -> bool {
        self.not_when & c.bit() != 0
    }

    /// A small number that stands for the sense (slant-wasm's build step stores lists so).
    pub fn code(&self) -> usize {
        let pos = match self.pos {
            None => 0,
            Some(Pos::Noun) => 1,
            Some(Pos::Verb) => 2,
            Some(Pos::Adjective) => 3,
        };
        pos | usize::from(self.capitalised) << 2 | (self.not_when as usize) << 3
    }

    /// The sense `code` stands for; `None` for a number no sense makes.
    pub fn from_code(c: usize) -> Option<Sense> {
        let pos = match c & 3 {
            0 => None,
            1 => Some(Pos::Noun),
            2 => Some(Pos::Verb),
            _ => Some(Pos::Adjective),
        };
        let not_when = u32::try_from(c >> 3).ok()?;
        Some(Sense {
            pos,
            capitalised: c & 4 != 0,
            not_when,
        })
    }
}

/// What the sense checks know about each sentence, computed once per document.
pub struct SentenceContext {
    /// Four in five longer words (at least four), and all but one, are capitalised: a headline in
    /// title case, where capitals say nothing. (A list of names in a sentence still has its
    /// lowercase verbs: "Acme, Widget Corp and General Dynamic declined to comment".)
    title_case: Vec<OnceCell<bool>>,
    /// Some word starts with a lowercase letter: the sentence is not shouted in capitals, so an
    /// all-capitals word in it is an acronym.
    mixed_case: Vec<OnceCell<bool>>,
    /// A word of a court case stands in the sentence (asked of the sentence before a match).
    court: Vec<OnceCell<bool>>,
    /// How many natural hazards the sentence names (counted once per sentence, so that a
    /// sentence with many matches is still read once).
    hazards: Vec<OnceCell<usize>>,
    /// The first sentence of the document that reports a charge of lying (read once, when
    /// asked).
    charged: OnceCell<Option<usize>>,
    /// The document's first sentence (its headline, or its lead) names a natural hazard that
    /// is rarely a metaphor (read once, when asked).
    disaster: OnceCell<bool>,
    /// Words the document capitalises inside a sentence right after a lowercase word or "the"
    /// (not in a run of capitals such as a subhead, "Tools to Fight Terrorism"), as token indexes
    /// sorted by their text: names wherever they stand capitalised (built when asked).
    names: OnceCell<Vec<usize>>,
    /// `named_inside` was asked once: the next question builds `names`.
    named_asked: Cell<bool>,
}

/// Each is worked out when a match first asks (a sentence's case for a capitalised word or an
/// acronym; the document's charge of lying for its entry): a pass over every token of every
/// text for them cost about 5% of analysis time.
impl SentenceContext {
    pub fn new(doc: &Document) -> SentenceContext {
        SentenceContext {
            title_case: vec![OnceCell::new(); doc.sentences.len()],
            mixed_case: vec![OnceCell::new(); doc.sentences.len()],
            court: vec![OnceCell::new(); doc.sentences.len()],
            hazards: vec![OnceCell::new(); doc.sentences.len()],
            charged: OnceCell::new(),
            disaster: OnceCell::new(),
            names: OnceCell::new(),
            named_asked: Cell::new(false),
        }
    }

    /// The text capitalises `raw` as a name inside some sentence. The first question of a
    /// document is answered by one walk that compares each token's text first (most documents
    /// ask once); a second one builds the index, one sort, then a binary search each.
    fn named_inside(&self, doc: &Document, raw: &str) -> bool {
        // (Cheapest tests first: most tokens are not capitalised, and most capitalised ones
        // open a sentence or follow another capital.)
        let named = |i: usize| {
            doc.tokens[i].cap
                && before(doc, i).is_some_and(|p| p.is_word() && (!p.cap || doc.norm_eq(p, "the")))
                && is_name_like(doc, i)
                && !self.title_case(doc, doc.tokens[i].sentence as usize)
        };
        if self.names.get().is_none() && !self.named_asked.replace(true) {
            return doc.tokens.iter().enumerate().any(|(i, t)| {
                t.cap && doc.text.as_bytes()[t.range()] == *raw.as_bytes() && named(i)
            });
        }
        let names = self.names.get_or_init(|| {
            let mut v: Vec<usize> = (0..doc.tokens.len()).filter(|&i| named(i)).collect();
            // (By bytes, which order as the text does, without char-boundary checks.)
            let bytes = |i: usize| &doc.text.as_bytes()[doc.tokens[i].range()];
            crate::sort::sort_unstable_by_key(&mut v, |&i| bytes(i));
            v
        });
        names
            .binary_search_by(|&i| doc.text.as_bytes()[doc.tokens[i].range()].cmp(raw.as_bytes()))
            .is_ok()
    }

    /// Some sentence holds a word of a charge, plea or conviction and a word of lying: "pleaded
    /// guilty to lying to the FBI", "charged with making false statements". One pass over the
    /// document, the first time an entry asks.
    fn charged_with_lying(&self, doc: &Document) -> Option<usize> {
        *self.charged.get_or_init(|| {
            doc.sentences.iter().position(|s| {
                let toks = s.tokens.clone();
                let charge = toks.clone().any(|i| doc.norm_one_of(i, CONVICTION_WORDS));
                charge
                    && toks.clone().any(|i| {
                        let w = doc.norm_at(i);
                        one_of(LYING_WORDS, w)
                            || (w.starts_with("statement")
                                && before(doc, i).is_some_and(|p| doc.norm_eq(p, "false")))
                    })
            })
        })
    }

    fn title_case(&self, doc: &Document, sentence: usize) -> bool {
        *self.title_case[sentence].get_or_init(|| {
            let (mut long, mut caps) = (0usize, 0usize);
            for t in &doc.tokens[doc.sentences[sentence].tokens.clone()] {
                if t.is_word() && t.end - t.start >= 4 {
                    long += 1;
                    caps += usize::from(t.cap);
                }
            }
            long >= 4 && caps * 5 >= long * 4 && long - caps <= 1
        })
    }

    /// `sentence`, or the sentence before it in the same paragraph, holds a word of a court
    /// case: "A tribunal convicted him of genocide. The massacre ..." continues the case. Each
    /// sentence is read once; no entry that asks for `court` is itself a court word.
    fn court_case(&self, doc: &Document, sentence: usize) -> bool {
        let has = |s: usize| {
            *self.court[s]
                .get_or_init(|| doc.sentences[s].tokens.clone().any(|i| court_word(doc, i)))
        };
        has(sentence)
            || sentence.checked_sub(1).is_some_and(|prev| {
                doc.sentences[prev].paragraph == doc.sentences[sentence].paragraph && has(prev)
            })
    }

    /// A natural hazard in `sentence` outside the match `start..end`, or in the sentence before
    /// it in its paragraph.
    fn hazard(&self, doc: &Document, sentence: usize, start: usize, end: usize) -> bool {
        let count = |s: usize| {
            *self.hazards[s].get_or_init(|| {
                doc.sentences[s]
                    .tokens
                    .clone()
                    .filter(|&i| real_hazard(doc, i))
                    .count()
            })
        };
        count(sentence) > (start..end).filter(|&i| real_hazard(doc, i)).count()
            || sentence.checked_sub(1).is_some_and(|p| {
                doc.sentences[p].paragraph == doc.sentences[sentence].paragraph && count(p) > 0
            })
            || ((DAMAGE.split(' ').any(|w| doc.norm_at(start).starts_with(w))
                || doc.norm_is(end, "apart"))
                && self.disaster_story(doc))
    }

    /// A disaster story: the first sentence (a headline, or the lead) names an earthquake,
    /// hurricane, tornado, wildfire, volcano… (not a storm, flood or drought, which headlines
    /// use as metaphors: "Storm over tax plan"; not "a political earthquake" or "a tsunami of
    /// complaints"; a landslide only when it buries or strikes), or heavy rains (then its
    /// "flooding" is the rain's too). Its damage words, and a thing
    /// "torn apart", then describe the hazard wherever they stand, as web copy gives each
    /// sentence its own paragraph.
    fn disaster_story(&self, doc: &Document) -> bool {
        *self.disaster.get_or_init(|| {
            deadly_lead(doc)
                || doc.sentences.first().is_some_and(|s| {
                    s.tokens.clone().any(|i| {
                        ((real_hazard(doc, i) && !doc.norm_one_of(i, METAPHOR_HAZARDS))
                            || doc.norm_is(i, "landslide") && doc.norm_one_of(i + 1, STRUCK)
                            || word_in!(doc.norm_at(i), "rains" | "downpours")
                            || doc.norm_is(i, "rain")
                                && word_in!(doc.norm_at(i.wrapping_sub(1)), "heavy" | "torrential"))
                            && !doc.norm_is(i + 1, "of")
                            && !doc.norm_is(i.wrapping_sub(1), "political")
                    })
                })
        })
    }

    fn mixed_case(&self, doc: &Document, sentence: usize) -> bool {
        *self.mixed_case[sentence].get_or_init(|| {
            doc.tokens[doc.sentences[sentence].tokens.clone()]
                .iter()
                .any(|t| t.is_word() && !t.cap && doc.slice(t).starts_with(char::is_lowercase))
        })
    }
}

/// A loaded verb of saying in its literal sense ("had their car torched", "a fire threatened
/// the town"): an act, which reports no one's words.
pub fn literal_act(doc: &Document, start: usize, end: usize, sense: &Sense) -> bool {
    sense.not_when(Context::Literal) && literal(doc, start, end)
        || sense.not_when(Context::Physical) && physical(doc, start)
}

/// Why a match is not in the sense its entry means, or `None` when it is.
pub fn mismatch(
    doc: &Document,
    ctx: &SentenceContext,
    start: usize,
    end: usize,
    sense: &Sense,
) -> Option<&'static str> {
    let first = &doc.tokens[start];
    let sent = &doc.sentences[first.sentence as usize];
    if !sense.capitalised
        && is_name_like(doc, start)
        && !ctx.title_case(doc, first.sentence as usize)
    {
        return Some("capitalised");
    }
    if !sense.capitalised
        && (opens_name(doc, ctx, start, end) || name_at_start(doc, ctx, start, end))
    {
        return Some("capitalised");
    }
    if !sense.capitalised && is_acronym(doc, start) && ctx.mixed_case(doc, first.sentence as usize)
    {
        return Some("acronym");
    }
    if let Some(want) = sense.pos {
        let fits = |g: Pos| g == want || (want == Pos::Adjective && g == Pos::Noun);
        let wrong = match guess_pos(doc, start) {
            Some(g) => !fits(g),
            None => match want {
                Pos::Verb => {
                    participle_before(doc, start, end)
                        || noun_by_what_follows(doc, end)
                        || noun_by_agreement(doc, start, end)
                }
                _ => verb_by_form(doc, end, want),
            },
        };
        if wrong {
            return Some("pos");
        }
    }
    if sense.not_when(Context::Quoted) && first.quote.is_some() {
        return Some("quoted");
    }
    let ly = doc.norm_at(end - 1).ends_with("ly");
    if sense.not_when(Context::Emphasis)
        && ((first.quote.is_some() && (ly || own_feeling(doc, start, end)))
            || (ly && self_report(doc, start)))
    {
        return Some("emphasis");
    }
    if sense.not_when(Context::Negated) && (negated(doc, start) || negated_pair(doc, start, end)) {
        return Some("negated");
    }
    if sense.not_when(Context::Counted) && counted(doc, sent.tokens.clone(), start, end) {
        return Some("counted");
    }
    if sense.not_when(Context::Hypothetical)
        && doc.tokens[sent.tokens.clone()]
            .iter()
            .any(|t| doc.norm_in(t, HYPOTHETICAL))
    {
        return Some("hypothetical");
    }
    if sense.not_when(Context::Modifier) && is_noun_form(doc, end) && modifies_next(doc, end) {
        return Some("modifier");
    }
    if sense.not_when(Context::Object) && takes_object(doc, end) {
        return Some("object");
    }
    if sense.not_when(Context::Legal)
        && in_sentence(doc, sent.tokens.clone(), start, end, LEGAL_WORDS)
    {
        return Some("legal");
    }
    if sense.not_when(Context::Hazard) && ctx.hazard(doc, first.sentence as usize, start, end) {
        return Some("hazard");
    }
    if sense.not_when(Context::Term) && introduces_term(doc, end) {
        return Some("term");
    }
    if sense.not_when(Context::Head) && !modifies_next(doc, end) {
        return Some("head");
    }
    if sense.not_when(Context::Measured) && measured(doc, end) {
        return Some("measured");
    }
    if sense.not_when(Context::Particle) && particle(doc, end) {
        return Some("particle");
    }
    if sense.not_when(Context::Passive) && passive(doc, start, end) {
        return Some("passive");
    }
    if sense.not_when(Context::Magnitude) && magnitude(doc, start, end) {
        return Some("magnitude");
    }
    if sense.not_when(Context::Literal) && literal(doc, start, end) {
        return Some("literal");
    }
    if sense.not_when(Context::Infinitive) && infinitive(doc, end) {
        return Some("infinitive");
    }
    if sense.not_when(Context::Endangered) && endangered(doc, end) {
        return Some("endangered");
    }
    if sense.not_when(Context::Disclosure) && discloses(doc, start, end) {
        return Some("disclosure");
    }
    if sense.not_when(Context::Conditional) && conditional(doc, opened_at(doc, start)) {
        return Some("conditional");
    }
    if sense.not_when(Context::Court) && ctx.court_case(doc, first.sentence as usize) {
        return Some("court");
    }
    // (Only the outlet's retelling: a speaker's "she lied", or an accusation "accused her rival,
    // …, of having lied" up to 20 tokens back in the sentence, is their charge, loaded as
    // anywhere. A quotation restates the charge only of the person the charging sentence names,
    // right before the word: "Flynn lied" after "Flynn pleaded guilty to lying".)
    if sense.not_when(Context::Charged)
        && !(sent.tokens.start.max(start.saturating_sub(20))..start)
            .any(|k| doc.norm_at(k).starts_with("accus"))
        && ctx.charged_with_lying(doc).is_some_and(|c| {
            first.quote.is_none()
                || before(doc, start).is_some_and(|p| {
                    let name = doc.slice(p);
                    p.cap
                        && !word_in!(doc.norm(p), "he" | "she" | "it" | "they" | "we" | "you")
                        && doc.tokens[doc.sentences[c].tokens.clone()]
                            .iter()
                            .take(80)
                            .any(|t| doc.slice(t) == name)
                })
        })
    {
        return Some("charged");
    }
    if sense.not_when(Context::Domain) && domain(doc, start, end) {
        return Some("domain");
    }
    if sense.not_when(Context::Physical) && (physical(doc, start) || under_water(doc, start, end)) {
        return Some("physical");
    }
    if sense.not_when(Context::Tally) && tally(doc, start) {
        return Some("tally");
    }
    if sense.not_when(Context::Suffered) && within_reach(doc, start, UNDERGOING) {
        return Some("suffered");
    }
    if sense.not_when(Context::Generic) && generic(doc, start, end) {
        return Some("generic");
    }
    if sense.not_when(Context::Named) && named(doc, start) {
        return Some("named");
    }
    if sense.not_when(Context::Fought) && within_reach(doc, start, OPPOSING) {
        return Some("fought");
    }
    None
}

/// A name, nationality, year or possessive before the match, directly or past one lowercase
/// word ("Greece's third bailout"); a capitalised word that opens the sentence is not a name.
fn named(doc: &Document, start: usize) -> bool {
    let names = |i: usize| {
        let t = &doc.tokens[i];
        let raw = doc.slice(t);
        is_name_like(doc, i)
            || t.kind == TokenKind::Number
            || (t.cap && (crate::segment::ends_possessive(raw)))
    };
    match before(doc, start) {
        Some(_) if names(start - 1) => true,
        Some(p) if p.is_word() && !p.cap && !doc.norm_in(p, FUNCTION_WORDS) => {
            before(doc, start - 1).is_some() && names(start - 2)
        }
        _ => false,
    }
}

/// Prepositions before a kind of event in general: "after disasters", "for emergencies".
const GENERIC_PREPOSITIONS: &str = "after before during following for in from against";

/// A plural in "-s" right after one of `GENERIC_PREPOSITIONS`, with punctuation or the sentence's
/// end right after it; or past a word of time, whatever follows ("help after previous
/// disasters had been slow": the earlier events of the kind).
fn generic(doc: &Document, start: usize, end: usize) -> bool {
    let prep = |i: usize| before(doc, i).is_some_and(|t| doc.norm_in(t, GENERIC_PREPOSITIONS));
    doc.norm(&doc.tokens[end - 1]).ends_with('s')
        && ((prep(start) && after(doc, end).is_none_or(|t| t.kind == TokenKind::Punct))
            || (word_in!(
                doc.norm_at(start.wrapping_sub(1)),
                "past" | "previous" | "recent" | "earlier"
            ) && prep(start - 1)))
}

/// Verbs of undergoing, and the victims of a thing.
const UNDERGOING: &str = concat!(
    "suffer suffers suffered suffering face faces faced facing endure endures endured",
    " enduring survive survives survived surviving experienced victim victims",
);

/// Verbs and prepositions of opposing an ill: "fighting intolerance", "to curb propaganda".
const OPPOSING: &str = concat!(
    "fight fights fought fighting combat combats combating combatting counter counters",
    " countering countered curb curbs curbed curbing stem stems stemmed stemming tackle",
    " tackles tackled tackling eradicate eradicating against",
    // Putting an end to it: "a plan aimed at ending extortion", "to prevent misinformation".
    " ending eliminate eliminating prevent preventing",
    // Relief work: "to alleviate suffering", "easing the misery of".
    " alleviate alleviating ease easing relieve relieving",
);

/// How far back (in tokens) the verb of undergoing or opposing may stand; commas of a list
/// may be between ("facing harassment, beatings and extortion").
const UNDERGOING_REACH: usize = 8;

/// One of `words` within `UNDERGOING_REACH` tokens before, in the clause (commas allowed).
fn within_reach(doc: &Document, start: usize, words: &'static str) -> bool {
    let sent = doc.tokens[start].sentence;
    doc.tokens[start.saturating_sub(UNDERGOING_REACH)..start]
        .iter()
        .rev()
        .take_while(|t| t.sentence == sent && (t.kind != TokenKind::Punct || doc.norm_eq(t, ",")))
        .any(|t| doc.norm_in(t, words))
}

/// "Winner" or "winners" in the match's sentence or the one before it in the same paragraph.
/// Only the entries that ask run it, so a plain scan of two sentences stays cheap.
fn tally(doc: &Document, start: usize) -> bool {
    let at = doc.tokens[start].sentence as usize;
    let has = |s: usize| {
        doc.sentences[s]
            .tokens
            .clone()
            .any(|i| word_in!(doc.norm_at(i), "winner" | "winners"))
    };
    has(at)
        || at.checked_sub(1).is_some_and(|prev| {
            doc.sentences[prev].paragraph == doc.sentences[at].paragraph && has(prev)
        })
}

/// The match is mentioned, not used: right after "so-called", "the term", "the phrase", "the
/// word" … (an opening quotation mark may stand between: "the word ‘thug’"). A "so-called" is
/// flagged on its own when it sneers; the term it presents is a name the text is discussing.
pub fn mentioned(doc: &Document, start: usize) -> bool {
    let is_quote =
        |i: usize| before(doc, i).is_some_and(|t| matches!(doc.norm(t), "\"" | "“" | "‘" | "'"));
    let mut i = start;
    if is_quote(i) {
        i -= 1;
    } else if before(doc, i).is_some_and(|t| word_in!(doc.norm(t), "the" | "a")) && is_quote(i - 1)
    {
        // "known as ‘the nightmare’": the name's own article.
        i -= 2;
    }
    let quoted = i < start;
    before(doc, i).is_some_and(|t| {
        let w = doc.norm(t);
        w == "so-called"
            // A name the people in the story give, in quotation marks: "nicknamed ‘the Ghost
            // Mall’", "known as ‘the pit’" ("dubbed" stays: it is often the outlet's mockery).
            // A term glossing what was just described: "paid posters or ‘trolls’" (not a
            // list of quoted words: "the words ‘dumb’ or ‘lazy’").
            || (quoted
                && (w == "nicknamed"
                    || (w == "or"
                        && before(doc, i - 1)
                            .is_some_and(|p| !matches!(doc.norm(p), "\"" | "”" | "’" | "'")))
                    || (w == "as"
                        && before(doc, i - 1)
                            .is_some_and(|k| word_in!(doc.norm(k), "known" | "locally")))))
            || (word_in!(
                w,
                "term" | "phrase" | "word" | "label" | "slogan" | "expression"
            ) && before(doc, i - 1).is_some_and(|d| word_in!(doc.norm(d), "the" | "a")))
    })
}

/// Modifiers that make a domain's name for an event: "natural disaster", "humanitarian
/// catastrophe", "nuclear meltdown", "environmental disaster". (Not "economic" or "political":
/// "an economic disaster" judges a policy.)
const DOMAIN_MODIFIERS: &str = concat!(
    "natural humanitarian nuclear environmental ecological man-made industrial",
    " reactor maritime aviation",
);

/// Nouns of medicine, engineering, markets, elections and weather: an adjective before them
/// describes the thing in the domain's own terms ("aggressive tumour", "a catastrophic bleed",
/// "aggressive tightening", "lackluster turnout", "stubborn inflation", "devastating winds").
const DOMAIN_HEADS: &str = concat!(
    "tumour tumours tumor tumors cancer cancers cell cells disease diseases infection",
    " infections therapy treatment treatments chemotherapy surgery injury injuries wound",
    " wounds illness illnesses symptom symptoms fever dizziness nausea bleed bleeding",
    " haemorrhage hemorrhage biopsy biopsies scans tests testing antibiotics prescriptions",
    " reactor reactors",
    " tightening easing pricing prices discounting demand sales earnings inflation unemployment",
    " yields volatility turnout",
    " winds rain rainfall snow snowfall temperatures heat",
    " emergency emergencies",
);

/// The match follows a domain modifier (also as the second of two: "a natural or humanitarian
/// disaster"), or a domain noun follows it, directly or past one lowercase content word.
fn domain(doc: &Document, start: usize, end: usize) -> bool {
    let modifier = |i: usize| before(doc, i).is_some_and(|t| doc.norm_in(t, DOMAIN_MODIFIERS));
    if modifier(start)
        || (before(doc, start).is_some_and(|t| word_in!(doc.norm(t), "and" | "or"))
            && modifier(start - 1))
    {
        return true;
    }
    let sent = doc.tokens[end - 1].sentence;
    let word = |i: usize| {
        doc.tokens
            .get(i)
            .filter(|t| t.sentence == sent && t.is_word())
    };
    let head = |i: usize| word(i).is_some_and(|t| !t.cap && doc.norm_in(t, DOMAIN_HEADS));
    // The head as the subject of "be", one word of degree allowed, the match ending the
    // predicate: "their prices are very aggressive", "turnout was lackluster" ("prescriptions
    // are wildly unrealistic" judges the next word).
    let be = |i: usize| word_in!(doc.norm_at(i), "is" | "are" | "was" | "were");
    let ends = || word(end).is_none_or(|t| doc.norm_in(t, FUNCTION_WORDS));
    let subject = |b: usize| b >= 1 && be(b) && head(b - 1) && ends();
    // The head is looked up first: it is rare, and the word between is checked only then.
    head(end)
        || start >= 2
            && (subject(start - 1)
                || subject(start - 2) && {
                    let d = doc.norm_at(start - 1);
                    d.ends_with("ly") || word_in!(d, "very" | "too" | "so" | "quite" | "more")
                })
        || (head(end + 1) && word(end).is_some_and(|t| !t.cap && !doc.norm_in(t, FUNCTION_WORDS)))
        || failed_undertaking(doc, start, end)
}

/// A lowercase "un-…-ed" participle right before a plural in "-s" ("unverified claims"): a
/// participle directly before a plural marks a noun phrase, as the verb reading would need a
/// subject there ("United claimed", "the uninsured claim" and "those unconvinced slammed" are
/// verbs: a name, a singular form or a past tense).
fn participle_before(doc: &Document, start: usize, end: usize) -> bool {
    doc.norm(&doc.tokens[end - 1]).ends_with('s')
        && before(doc, start).is_some_and(|p| {
            let w = doc.norm(p);
            !p.cap && w.len() > 4 && w.starts_with("un") && w.ends_with("ed")
        })
}

/// Efforts, agreements, and figures of markets and polls: the wire reports their failure or
/// fall with a plain verb ("the talks collapsed", "the bid was doomed", "sales cratered").
const UNDERTAKINGS: &str = concat!(
    "talks negotiations effort efforts attempt attempts bid bids push deal deals agreement",
    " accord pact merger takeover plan plans bill bills legislation measure proposal version",
    " repeal repeals",
    " sales shares stocks prices profits support ratings scheme round",
    // Firms: a bank or a company that collapsed failed, the trade's plain word for it.
    " bank banks lender lenders firm firms company companies insurer insurers airline airlines",
    " retailer retailers brokerage exchange business businesses",
    // Structures and physical systems: engineering's and the sciences' word for their failure
    // ("the footbridge collapsed", "the ice shelf collapsed", "the ocean currents' collapse").
    " roof ceiling footbridge bridge tunnel shaft dam tower chimney wall walls building",
    " buildings scaffolding crane shelf glacier glaciers currents circulation",
    " house houses home homes hut huts shack shacks structure structures floor floors balcony",
    " stand stands grandstand stadium mine mines pier embankment staircase",
    // Governments and economies: political science's and economics' term for their failure
    // ("the coalition collapsed", "the economy collapsed in 2019").
    " coalition coalitions government governments cabinet cabinets administration administrations",
    " economy",
    // Truces and alliances: their failure is the wire's plain report ("the truce collapsed").
    " ceasefire ceasefires cease-fire truce truces armistice alliance",
);

/// The verbs of failure this reading is for. `Context::Domain` is shared with adjectives such
/// as "devastating" and no context bit is left for a context of its own, so the verbs are
/// named here.
const FAILING: &str = "collapsed collapsing cratered doomed unraveled unravelled";

/// Words that open an adjunct after an intransitive verb ("collapsed on Monday", "was doomed
/// after two members withdrew").
const ADJUNCT_OPENERS: &str =
    "on in at after amid under within last this as when before during from over again twice if late early earlier later";

/// Prepositions that govern a noun phrase, which is then no subject ("under the deal the
/// currency collapsed", "after the talks the regime collapsed").
const GOVERNING: &str = "after under of for with from by before during";

/// Words for a part of a thing: before "of" they do not govern its noun ("part of the roof
/// collapsed").
const PARTITIVES: &str = "part parts section sections portion half";

/// Words that open another clause, where the look-back for the subject stops ("sales fell as
/// the regime collapsed").
const CLAUSE_OPENERS: &str = "as when while because and but that which";

/// How far back the subject of a failing verb may stand: "the effort to repeal the law".
const SUBJECT_REACH: usize = 8;

/// How far back a subject that opens the sentence may stand.
const OPENING_REACH: usize = 20;

/// One of `FAILING`, used intransitively (nothing after it but an adjunct, punctuation that
/// does not go on to a list of adjectives, or the end), whose subject is one of `UNDERTAKINGS`
/// not governed by a preposition ("the effort to repeal the law collapsed in July"; "the plan
/// doomed thousands of workers", "a doomed crusade" and "doomed, cynical and cruel" keep their
/// judgement).
fn failed_undertaking(doc: &Document, start: usize, end: usize) -> bool {
    let word = doc.norm(&doc.tokens[start]);
    let word_at = |i: usize| doc.tokens.get(i).map(|t| doc.norm(t));
    if end - start == 1 && word_in!(word, "collapse" | "collapses") {
        // The noun right after its undertaking, a possessive or a compound: "the bank's
        // collapse", "a deal collapse"; or with its undertaking after "of", within three words:
        // "the collapse of repeal efforts".
        let prev = before(doc, start).map(|t| doc.norm(t));
        if prev.is_some_and(|w| one_of(UNDERTAKINGS, w))
            || (word_at(end) == Some("of")
                && (end + 1..end + 4).any(|i| word_at(i).is_some_and(|w| one_of(UNDERTAKINGS, w))))
        {
            return true;
        }
        // Otherwise only the verb after a modal or "to" ("the pact will collapse if"), read
        // like the past tense below.
        if !prev.is_some_and(|w| one_of("will would could might may to", w)) {
            return false;
        }
    } else if end - start != 1 || !one_of(FAILING, word) {
        return false;
    }
    let intransitive = match after(doc, end) {
        None => true,
        Some(t) if doc.norm_eq(t, ",") => {
            // "doomed, cynical and cruel": a list of adjectives goes on after the comma.
            !matches!(word_at(end + 2), Some("and" | "or" | ","))
        }
        Some(t) => t.kind == TokenKind::Punct || doc.norm_in(t, ADJUNCT_OPENERS),
    };
    let sent = doc.tokens[start].sentence;
    let base = start.saturating_sub(OPENING_REACH);
    let mut crossed_and = false;
    let mut scan = doc.tokens[base..start]
        .iter()
        .enumerate()
        .rev()
        .take_while(|&(k, t)| {
            // An "and" between plurals lists the subject's nouns, not clauses: "talks including
            // the Greens and two smaller parties collapsed" (not "prices rose and the …").
            let w = doc.norm(t);
            let listed = w == "and"
                && doc.norm_at((base + k).wrapping_sub(1)).ends_with('s')
                && !doc.norm_one_of(base + k + 1, DETERMINERS);
            crossed_and |= listed;
            // Past it, a past tense shows a clause after all: "stocks rallied for weeks and …".
            let past = crossed_and && w.len() > 4 && w.ends_with("ed");
            t.sentence == sent
                && t.kind != TokenKind::Punct
                && !past
                && (listed || !one_of(CLAUSE_OPENERS, w))
        });
    // The sentence opens with it, alone or after a determiner: "Negotiations aimed at ending a
    // long dispute over fishing rights collapsed on Monday".
    let opens = |i: usize| {
        let first = |j: usize| j == 0 || doc.tokens[j - 1].sentence != sent;
        first(i) || (word_at(i - 1).is_some_and(|w| one_of(DETERMINERS, w)) && first(i - 1))
    };
    // A relative clause's verb has its antecedent for subject, one auxiliary or adverb
    // allowed between: "a merger deal that collapsed", "the truce, which had collapsed".
    let relative = || {
        let mut i = start;
        if i >= 1 && doc.norm_one_of(i - 1, RELATIVE_FILLERS) {
            i -= 1;
        }
        if i < 2 || !word_in!(doc.norm_at(i - 1), "that" | "which") {
            return false;
        }
        let mut j = i - 2;
        if doc.norm_is(j, ",") && j >= 1 {
            j -= 1;
        }
        doc.tokens[j].sentence == sent && doc.norm_one_of(j, UNDERTAKINGS)
    };
    intransitive
        && (relative()
            || scan.any(|(k, t)| {
                // The undertaking's own phrase must not follow a preposition: "after the talks".
                let i = base + k;
                doc.norm_in(t, UNDERTAKINGS)
                    && (start - i <= SUBJECT_REACH || opens(i))
                    && !(1..=2).any(|b| {
                        i.checked_sub(b).is_some_and(|j| {
                            doc.tokens[j].sentence == sent
                            && doc.norm_in(&doc.tokens[j], GOVERNING)
                            // A part of the thing is the subject's own: "part of the roof".
                            && !(doc.norm_eq(&doc.tokens[j], "of")
                                && j.checked_sub(1).is_some_and(|k| {
                                    doc.norm_in(&doc.tokens[k], PARTITIVES)
                                }))
                        }) && (b == 1 || word_at(i - 1).is_some_and(|w| one_of(DETERMINERS, w)))
                    })
            }))
}

/// Words between a relative pronoun and its verb of failure: "that had collapsed".
const RELATIVE_FILLERS: &str = "had has have eventually later ultimately quickly";

/// Things that exert physical force: vehicles, weapons, blasts, natural hazards (repeated from
/// `HAZARDS`, so that one look-up per word does), and water, waves and rain ("rising water
/// flooded the valley", "rainfall has become more erratic").
const FORCES: &str = concat!(
    "hurricane hurricanes earthquake earthquakes wildfire wildfires bushfire bushfires storm storms",
    " tornado tornadoes typhoon cyclone flood floods flooding drought tsunami eruption",
    " quake quakes aftershock aftershocks landslides mudslide mudslides volcano eruptions",
    " monsoon blizzard water waves rain rains rainfall downpour downpours fire fires blaze flames seas floodwaters ",
    "truck trucks pickup van vans car cars bus buses vehicle vehicles train trains tank tanks",
    " bulldozer bulldozers tractor ship ships plane planes jet jets aircraft helicopter",
    " missile missiles rocket rockets bomb bombs shell shells shelling artillery airstrike",
    " airstrikes explosion explosions blast blasts debris rubble avalanche landslide mudslide",
    // Armed men: what they threaten or destroy they do by force ("militants threatened the
    // town", "troops demolished the camp"), and so do terrorist groups.
    " militants militant gunmen insurgents rebels fighters troops soldiers armed militias terrorist",
);

/// How far back (in tokens, inside the sentence) the force is looked for: a participle clause
/// after a comma may stand between ("drove a rented pickup truck down a bike path, crushing").
const FORCE_REACH: usize = 12;

/// A vehicle, weapon, blast or natural hazard stands within `FORCE_REACH` tokens before the
/// match in its sentence.
fn physical(doc: &Document, start: usize) -> bool {
    let sent = doc.tokens[start].sentence;
    doc.tokens[start.saturating_sub(FORCE_REACH)..start]
        .iter()
        .filter(|t| t.sentence == sent && t.is_word())
        .any(|t| doc.norm_in(t, FORCES))
}

/// Verbs of filling whose figurative sense names what fills ("flooded with calls", "inundated
/// by tourists").
const FILLED: &str = "flooded inundated";

/// How far (in tokens, inside the clause) a "with" or "by" is looked for after the participle:
/// a word of time may stand between ("was flooded again last week by visitors").
const FILLER_REACH: usize = 5;

/// A passive verb of filling with nothing that fills it, or only water, is the literal sense:
/// "the bakery was flooded twice last winter", "the cellar was flooded with rainwater"
/// ("was flooded with calls", "flooded by tourists" stay figurative, and so does a process
/// going on, the rhetoric's tense: "the island is being flooded").
fn under_water(doc: &Document, start: usize, end: usize) -> bool {
    if !doc.norm_one_of(end - 1, FILLED)
        || auxiliary(doc, start).is_none_or(|a| doc.norm_is(a, "being"))
    {
        return false;
    }
    let sent = doc.tokens[start].sentence;
    let filler = doc.tokens[end..]
        .iter()
        .take(FILLER_REACH)
        // A closing quotation mark may stand between: were “flooded” with messages.
        .take_while(|t| {
            t.sentence == sent && (t.is_word() || matches!(doc.norm(t), "\"" | "”" | "'" | "’"))
        })
        .position(|t| word_in!(doc.norm(t), "with" | "by"));
    filler.is_none_or(|k| {
        // What fills, past one determiner: "with water", "by the floodwaters".
        let at = end + k + 1 + usize::from(doc.norm_one_of(end + k + 1, DETERMINERS));
        doc.norm_one_of(at, FORCES)
    })
}

/// Words that open a condition or an indirect question: what follows in the clause is not
/// asserted.
const CONDITIONS: &str = "if unless whether";

/// Modals of possibility: "could be devastating" weighs a risk, it does not describe a fact.
/// ("Will", "would" and "can" are left out: "would be a disaster for small businesses" is a
/// forecast stated as fact, "can" an ability.)
const MODALS: &str = "could might may";

/// Words that may stand between a modal and the match: "could still be", "may not",
/// "would potentially prove", and a verb of causing ("could cause chaos", "might lead to a
/// collapse": the outcome is as possible as its cause).
const MODAL_FILLERS: &str = concat!(
    "be become prove have been not still even also potentially quickly soon get turn",
    " a an the more very so cause lead to",
);

/// Nouns of possibility whose "of" phrase is a prospect: "the risk of a devastating war".
/// (Not "warning of": a warning is someone's speech, and the reported-speech rules give its
/// words to the warner.)
const PROSPECTS: &str = "risk risks threat fear fears danger prospect possibility spectre specter";

/// Words of fear before a forecast ("worried that the pact will collapse").
const FEARING: &str = "fear fears feared worry worries worried nervous afraid concern concerned";

/// How far back (in words, inside the clause) a condition word is looked for.
const CONDITION_REACH: usize = 8;

/// Verbs of prevention: the outcome they keep from happening is not asserted ("to avert a
/// devastating war", "to keep the row from spiraling into conflict").
const PREVENTIONS: &str = concat!(
    "prevent prevents prevented preventing avert averts averted averting avoid avoids",
    " avoided avoiding keep keeps kept keeping stop stops stopped stopping",
);

/// The prevention verbs whose object is what goes on, so only "from" marks an averted outcome
/// ("kept up its bellicose tone", "stopped short of").
const KEEP_STOP: &str = "keep keeps kept keeping stop stops stopped stopping";

/// How far back (in words, inside the clause) a prevention verb is looked for before "from":
/// its object may be long ("prevent any miscalculation by one side or the other from").
const PREVENTION_REACH: usize = 14;

/// The match is in a condition or a possibility (see `Context::Conditional`).
fn conditional(doc: &Document, start: usize) -> bool {
    let sent = doc.tokens[start].sentence;
    let clause = || {
        doc.tokens[..start]
            .iter()
            .rev()
            .take_while(move |t| t.sentence == sent && t.kind != TokenKind::Punct)
    };
    // Not right before the match: "predictable if threatening" concedes, it does not suppose.
    if clause()
        .take(CONDITION_REACH)
        .skip(1)
        .any(|t| doc.norm_in(t, CONDITIONS))
    {
        return true;
    }
    // What a prevention verb averts: "from" right before ("kept the row from spiraling"), or
    // the verb within three words ("to avert a devastating war"; not "keep"/"stop", whose
    // object is what goes on: "kept up its bellicose tone").
    let first = clause().next().map(|t| doc.norm(t));
    let prevented = |(i, t): (usize, &Token)| {
        let w = doc.norm(t);
        one_of(PREVENTIONS, w) && (first == Some("from") || (i < 3 && !one_of(KEEP_STOP, w)))
    };
    if clause().take(PREVENTION_REACH).enumerate().any(prevented) {
        return true;
    }
    // "nervous that the pact will collapse": the verb of a future someone fears is a prospect.
    if matches!(first, Some("will" | "would"))
        && clause()
            .take(CONDITION_REACH)
            .any(|t| doc.norm_in(t, FEARING))
    {
        return true;
    }
    // A modal right before, over a few fillers: "could still be devastating"; a counterfactual
    // "would have" too: "would have pretended to be cross" did not happen.
    let mut later = "";
    for t in clause().take(4) {
        let w = doc.norm(t);
        if one_of(MODALS, w) || (w == "would" && later == "have") {
            return true;
        }
        later = w;
        if !one_of(MODAL_FILLERS, w) && !w.ends_with("ly") {
            break;
        }
    }
    // "the risk of (a) devastating war", "fears of a collapse", "at risk of a similar
    // meltdown" (one word of repetition, before its determiner).
    let mut words = clause().map(|t| doc.norm(t));
    let mut seen_of = false;
    let mut again = false;
    for _ in 0..4 {
        match words.next() {
            Some("of") => seen_of = true,
            // A place's exposure is a prospect too: "areas prone to flooding".
            Some("to") if !seen_of => {
                return words
                    .next()
                    .is_some_and(|w| word_in!(w, "prone" | "vulnerable" | "susceptible"))
            }
            Some(w) if seen_of => return one_of(PROSPECTS, w),
            Some(w) if one_of(DETERMINERS, w) => {}
            Some(w) if !again && one_of(REPEATS, w) => again = true,
            _ => return false,
        }
    }
    false
}

/// The match, or the opening quotation mark right before it: a quoted phrase stays in the
/// clause it stands in, so "if it were judged to pose an “existential threat”" is still
/// supposed.
fn opened_at(doc: &Document, start: usize) -> usize {
    start - usize::from(before(doc, start).is_some_and(|p| matches!(doc.norm(p), "\"" | "“")))
}

/// Words that make an outcome a repetition of one before ("a similar meltdown", "another
/// crisis"): a prospect of it is no more asserted than of the first.
const REPEATS: &str = "similar another new second fresh repeat further";

/// Forms of "be", "get" and "feel" that make a following participle passive or a state; "be"
/// contracted after a pronoun too ("I'm embarrassed", "we're shocked"; "he's": `auxiliary`).
const PASSIVE_AUXILIARIES: &str = concat!(
    "be is are was were been being am get gets got gotten getting feel feels felt feeling",
    " seem seems seemed remain remains remained i'm we're you're they're",
);

/// A participle ("-ed", "-en") right after a passive auxiliary, or after one with up to two
/// "-ly" adverbs, degree words, "not" or adverbs of time between ("was publicly revealed",
/// "were not threatened", "was so embarrassed"), or after one who calls oneself it ("called
/// himself embarrassed"). An opening quotation mark may stand before the participle: the
/// feeling is still the one the subject reports ("she was “shocked”").
fn passive(doc: &Document, start: usize, end: usize) -> bool {
    let last = doc.norm(&doc.tokens[end - 1]);
    if !last.ends_with("ed") && !last.ends_with("en") {
        return false;
    }
    // Also a state coordinated after one: "were cold and frightened", "was wet, tired and scared"
    // (not a verb with its object: "was unfair and threatened the owners").
    let object = doc.tokens.get(end).is_some_and(|t| {
        t.is_word()
            && (t.cap
                || doc.norm_in(t, DETERMINERS)
                || word_in!(doc.norm(t), "them" | "him" | "us" | "me"))
    });
    let mut s = start;
    for _ in 0..3 {
        if s < start && object {
            break;
        }
        if let Some(a) = auxiliary(doc, s) {
            // "he's" is also "he has": "he's threatened the staff" is active.
            return !(object && crate::segment::ends_possessive(doc.slice(&doc.tokens[a])));
        }
        if s < 2 || !word_in!(doc.norm_at(s - 1), "and" | ",") || !doc.tokens[s - 2].is_word() {
            break;
        }
        s -= 2;
    }
    let at = opened_at(doc, start);
    // One who calls or declares oneself a participle reports a feeling: "called herself shocked".
    before(doc, at).is_some_and(|p| {
        doc.norm_in(p, "himself herself myself themselves ourselves")
            && before(doc, at - 1).is_some_and(|q| {
                one_of(
                    "called calls calling declared declares pronounced",
                    doc.norm(q),
                )
            })
    })
}

/// The passive auxiliary ("be", "get", "feel", "seem") before the match, past an opening quote
/// and up to two "-ly" adverbs or words of degree or time ("was so", "were not", "felt deeply").
fn auxiliary(doc: &Document, start: usize) -> Option<usize> {
    let at = opened_at(doc, start);
    let mut a = at;
    while at - a < 2
        && before(doc, a).is_some_and(|q| {
            let w = doc.norm(q);
            w.ends_with("ly") || one_of(DEGREE_OR_TIME, w)
        })
    {
        a -= 1;
    }
    // The quote may open before the adverb: "was “deeply embarrassed”".
    let a = opened_at(doc, a);
    // Or the one found or left in the state: "found them cold and frightened".
    before(doc, a)
        .filter(|p| {
            doc.norm_in(p, PASSIVE_AUXILIARIES)
                // "he's", "she's" (the norm drops the "'s"): "he's deeply embarrassed"
                || (word_in!(doc.norm(p), "he" | "she")
                    && crate::segment::ends_possessive(doc.slice(p)))
                || (doc.norm_in(p, OBJECT_PRONOUNS)
                    && word_in!(doc.norm_at(a.wrapping_sub(2)), "found" | "left" | "kept"))
        })
        .map(|_| a - 1)
}

/// Inside a quotation, a speaker who says a feeling of themselves ("I was terrified", "we're so
/// furious", "I felt humiliated", "it disgusted me") reports their own state, whatever the
/// word's form: it frames no one.
fn own_feeling(doc: &Document, start: usize, end: usize) -> bool {
    let me = doc.tokens.get(end).is_some_and(|t| {
        t.sentence == doc.tokens[start].sentence && word_in!(doc.norm(t), "me" | "us")
    }) && before(doc, start)
        .is_some_and(|t| word_in!(doc.norm(t), "it" | "this" | "that"));
    doc.tokens[start].quote.is_some()
        && (me
            || auxiliary(doc, start).is_some_and(|a| {
                word_in!(doc.norm_at(a), "i'm" | "we're")
                    || before(doc, a).is_some_and(|q| word_in!(doc.norm(q), "i" | "we"))
            }))
}

/// A speaker's manner told of themselves: "said she reluctantly supported it", "said he
/// supported the plan reluctantly" (the pronoun after "said", no punctuation up to the adverb):
/// their own stance, as in a quotation.
fn self_report(doc: &Document, start: usize) -> bool {
    for k in (start.saturating_sub(8)..start).rev() {
        let t = &doc.tokens[k];
        if !t.is_word() || t.sentence != doc.tokens[start].sentence {
            return false;
        }
        if word_in!(doc.norm(t), "he" | "she" | "i" | "we") {
            let s = k - usize::from(doc.norm_is(k.wrapping_sub(1), "that"));
            return word_in!(doc.norm_at(s.wrapping_sub(1)), "said" | "says");
        }
    }
    false
}

/// A feeling someone reports of themselves: a pronoun and "feel" or "felt" right before the
/// match, one word of degree allowed ("I felt so stupid", "she feels beautiful in it"): their
/// own state, not a judgement of anyone.
pub fn felt(doc: &Document, start: usize) -> bool {
    let mut at = start;
    if at > 0 && doc.norm_one_of(at - 1, DEGREE_OR_TIME) {
        at -= 1;
    }
    at >= 2
        && doc.norm_one_of(at - 1, "feel feels felt feeling")
        && doc.norm_one_of(at - 2, "i we you he she they me us i'm")
}

/// Words of degree or time that may stand between "be" and a state: "was so embarrassed",
/// "were not threatened", "was later stolen".
const DEGREE_OR_TIME: &str = "not later also then so very too just quite";

/// Words of amount or change: what a size word beside them measures.
const AMOUNTS: &str = concat!(
    "increase increases increased rise rises rose risen fall falls fell fallen drop drops",
    " dropped decline declines declined cut cuts reduce reduced reduction reductions",
    " changed shifted grew grown shrank",
    " lower lowered higher raise raised growth expansion shift shifts change changes",
    " reshaping restructuring overhaul overhauls surplus deficit deficits debt spending",
    " stimulus losses gains jump jumps jumped slowdown tightening easing buildup",
    " amount amounts sum sums slide slump surge rally expand expands expanded expanding",
    // Sizes and charges: "the sheer number of", "a hefty fine" measure them.
    " number numbers size scale volume fine fines penalty penalties fee fees price prices",
    " tariff tariffs premium premiums costs",
    // Measure nouns: "the sheer length of", "a hefty bill" give a size (pay is left out:
    // "lavish bonuses" judges it).
    " length cost bill bills",
);

/// A number, or a word of amount or change, next to the match (before it, or after it with at
/// most one word between): "massive $1.5 trillion", "a dramatic reshaping", "rose sharply",
/// "a massive trade surplus".
fn magnitude(doc: &Document, start: usize, end: usize) -> bool {
    let is_amount =
        |t: &Token| t.kind == TokenKind::Number || (t.is_word() && doc.norm_in(t, AMOUNTS));
    // A word of degree may stand between: "rose so dramatically", "has grown very deeply".
    let back = match before(doc, start) {
        Some(t) if doc.norm_in(t, DEGREE_OR_TIME) => before(doc, start - 1),
        t => t,
    };
    if back.is_some_and(is_amount) {
        return true;
    }
    let sum = |t: &Token| one_of(SUMS, doc.norm(t).trim_end_matches('s'));
    // A sum of money "in" a thing counts it: "$700 billion in bailouts", "$40 in fees" (a
    // head count is no sum: "arrested 40 in aggressive sweeps"). The match is the thing, not a
    // word describing it ("$5 million in lavish bonuses"): what follows is no content word.
    let head = doc.tokens.get(end).is_none_or(|t| {
        !t.is_word()
            || t.cap
            || few!("to" "for" "from" "and" "or" "of" "that" "since" "by" "at" "in" "on" "as" "over" "during" "after" "which" "last" "this")
                .contains(&doc.norm(t))
    });
    if head
        && before(doc, start).is_some_and(|t| doc.norm_eq(t, "in"))
        && before(doc, start - 1).is_some_and(|t| {
            sum(t) || (t.kind == TokenKind::Number && before(doc, start - 2).is_some_and(sum))
        })
    {
        return true;
    }
    if quantity(doc, start, end) || adverb_after_object(doc, start, end, &is_amount) {
        return true;
    }
    let sent = doc.tokens[end - 1].sentence;
    // A year or a span of time after it is when, not how much: "collapsed in 1998",
    // "collapsed 40 years after".
    let when = |i: usize| {
        doc.norm_is(i - 1, "in")
            || word_in!(
                doc.norm_at(i + 1).trim_end_matches('s'),
                "year" | "month" | "week" | "day" | "hour" | "decade"
            )
    };
    doc.tokens[end..]
        .iter()
        .zip(end..)
        .take_while(|(t, _)| {
            t.sentence == sent && (t.is_word() || t.kind == TokenKind::Number || sum(t))
        })
        .take(2)
        .any(|(t, i)| is_amount(t) && !(t.kind == TokenKind::Number && when(i)))
}

/// Currency signs and words (singular) that make a figure a sum of money.
const SUMS: &str = "$ € £ million billion trillion dollar euro pound";

/// People that water metaphors dehumanise: "a flood of migrants" stays loaded.
const NEWCOMERS: &str = "migrants immigrants refugees foreigners asylum-seekers newcomers arrivals";

/// Things of trade and administration counted by the batch: "a surge of orders".
const TALLIED: &str = concat!(
    "orders applications claims cases bookings calls requests sales filings complaints",
    " inquiries enquiries purchases downloads subscriptions registrations visits",
    // People counted on a roll as they file, apply, register or are appointed: "a surge of
    // candidates", "a surge of judges" ("a surge of migrants" stays).
    " candidates applicants nominees appointees judges voters donors volunteers recruits",
    // Staff an authority sends, an amount of a resource: "a surge of prosecutors", "of troops".
    " troops forces agents officers police personnel staff prosecutors investigators inspectors"
);

/// Things that arrive by the batch, whose flooding in is an amount ("calls flooded in",
/// "imports flooding the shops"; "migrants flooding in" stays).
const BATCHES: &str = concat!(
    "orders applications claims bookings calls requests filings complaints inquiries",
    " enquiries emails letters messages parcels packages imports goods products",
);

/// How many words a verb's object may take before its "with": "flooded the post with".
const WITH_REACH: usize = 4;

/// A noun of volume gives an amount of things: "a flood of calls", "a deluge of requests",
/// "flooded with complaints", "flooded the depot with parcels" (not of people: "a flood of
/// migrants"); so does a verb of it whose subject is things by the batch, "calls flooded in".
fn quantity(doc: &Document, start: usize, end: usize) -> bool {
    let next = after(doc, end).map(|t| doc.norm(t));
    let last = doc.norm(&doc.tokens[end - 1]);
    let sent = doc.tokens[end - 1].sentence;
    if (last.ends_with("ed") || last.ends_with("ing"))
        && before(doc, start).is_some_and(|t| doc.norm_in(t, BATCHES))
    {
        return true;
    }
    // The object may stand between the participle and its "with", words only; people as its
    // subject stay ("migrants flooded the town with …").
    let people = |t: &Token| doc.norm_in(t, NEWCOMERS) || doc.norm_in(t, PEOPLE);
    // Bare or in "-ing", the verb counts only things by the batch after its "with": "flood the
    // comments with messages" ("flooding the race with cash" stays).
    let ed = last.ends_with("ed");
    let with_at = if !before(doc, start).is_some_and(people)
        && (next == Some("with") || next.is_some_and(|w| one_of(DETERMINERS, w)))
    {
        // A second verb is no object: "collapsed and left the town with no ferry".
        doc.tokens[end..]
            .iter()
            .take_while(|t| t.sentence == sent && t.is_word() && !doc.norm_in(t, "and or but"))
            .take(WITH_REACH + 1)
            .position(|t| doc.norm_eq(t, "with"))
            .map(|k| end + k)
            .filter(|&w| {
                ed || doc
                    .tokens
                    .get(w + 1)
                    .is_some_and(|t| doc.norm_in(t, BATCHES))
            })
    } else {
        None
    };
    // An entry that ends in its own "of" ("a surge of orders") counts only the things of
    // `TALLIED` ("a surge of violence", "a surge of killings" stay).
    let of_in = last == "of";
    let volume = ((next == Some("of") || of_in)
        && before(doc, start).is_some_and(|t| word_in!(doc.norm(t), "a" | "an")))
        || with_at.is_some();
    let noun_at = with_at.unwrap_or(end);
    volume
        // One lowercase modifier may stand before the noun: "a surge of federal agents".
        && (!of_in
            || next.is_some_and(|w| one_of(TALLIED, w))
            || after(doc, end).is_some_and(|t| t.is_word() && !t.cap)
                && after(doc, end + 1).is_some_and(|t| doc.norm_in(t, TALLIED)))
        // The entry's own "of" is inside the match, so its noun is the next token.
        && !doc.tokens[(noun_at + usize::from(!of_in)).min(doc.tokens.len())..]
            .iter()
            .take_while(|t| t.sentence == sent && t.is_word())
            .take(2)
            .any(|t| doc.norm_in(t, NEWCOMERS))
}

/// How many words back, inside the clause, an adverb's verb of change may stand ("cut the
/// top rate deeply").
const ADVERB_REACH: usize = 5;

/// An "-ly" adverb that ends its clause or opens a phrase of direction after a verb of change
/// measures that change: "cut the budget deeply", "cut too deeply into programmes", "did not
/// cut rates deeply enough", "cut rates more aggressively than" (but "the cuts are deeply
/// unfair" judges).
fn adverb_after_object(
    doc: &Document,
    start: usize,
    end: usize,
    is_amount: &dyn Fn(&Token) -> bool,
) -> bool {
    if !doc.norm(&doc.tokens[end - 1]).ends_with("ly") {
        return false;
    }
    let ends_clause = after(doc, end).is_none_or(|t| {
        t.kind == TokenKind::Punct
            || word_in!(
                doc.norm(t),
                "into" | "in" | "on" | "from" | "enough" | "than"
            )
    });
    let sent = doc.tokens[start].sentence;
    ends_clause
        && doc.tokens[..start]
            .iter()
            .rev()
            .take_while(|t| t.sentence == sent && t.kind != TokenKind::Punct)
            .take(ADVERB_REACH)
            .any(is_amount)
}

/// Words that open an adverbial phrase between a verb and its "to": "threatened over the
/// weekend to sue", "threatened in a speech to destroy".
const ADVERBIAL_OPENERS: &str = "in over on at during last this again repeatedly publicly once";

/// How many tokens such a phrase may take before its "to".
const ADVERBIAL_REACH: usize = 7;

/// "To" and then a word that opens no noun phrase: "threatened to sue", not "threatened to the
/// point of" or "threats to the economy"; also after an adverbial phrase without punctuation
/// ("threatened in his address to “totally destroy” the country").
fn infinitive(doc: &Document, end: usize) -> bool {
    if to_verb(doc, end) {
        return true;
    }
    if !after(doc, end).is_some_and(|t| doc.norm_in(t, ADVERBIAL_OPENERS)) {
        return false;
    }
    let sent = doc.tokens[end].sentence;
    (end + 1..doc.tokens.len())
        .take(ADVERBIAL_REACH)
        .take_while(|&i| doc.tokens[i].sentence == sent && doc.tokens[i].kind != TokenKind::Punct)
        .find(|&i| doc.norm_is(i, "to"))
        .is_some_and(|i| to_verb(doc, i))
}

/// The token at `end` is "to" and a verb follows (an opening quotation mark may stand between).
fn to_verb(doc: &Document, end: usize) -> bool {
    let verb = |t: &Token| {
        t.is_word() && !t.cap && !doc.norm_in(t, DETERMINERS) && !doc.norm_in(t, NOUN_BEFORE)
    };
    after(doc, end).is_some_and(|t| doc.norm_eq(t, "to"))
        && match after(doc, end + 1) {
            Some(t) if matches!(doc.norm(t), "\"" | "“" | "‘") => {
                after(doc, end + 2).is_some_and(verb)
            }
            Some(t) => verb(t),
            None => false,
        }
}

/// Things a word can describe or act on literally: substances, pathogens, weapons, documents
/// or names that can be forged, securities with a market value ("worthless options"),
/// buildings, objects, vehicles and ground that can be physically destroyed ("destroyed the
/// roof", "the harvest"), and a record that a result breaks ("shattered the course record").
const LITERAL_NOUNS: &str = concat!(
    "pathogen pathogens poison poisons virus viruses bacteria chemical chemicals gas",
    " toxin toxins substance substances drug drugs dose doses radiation waste material",
    " materials weapon weapons arms ammunition explosives injection force gun guns rifle rifles",
    " cholera dengue measles malaria ebola polio",
    " document documents email emails passport passports id ids identification identity identities",
    " invoice invoices receipt receipts order orders reviews goods",
    " name names account accounts license licenses currency banknotes bills papers ballot ballots",
    " shares stock stocks options securities bonds warrants",
    " building buildings home homes house houses statue statues monument church mosque",
    " warhead warheads missile missiles rocket rockets drone drones tank tanks vehicle",
    " vehicles car cars truck trucks pickup pickups van vans bus buses aircraft plane planes suv suvs ute utes",
    " jet jets ship ships boat boats",
    " bridge bridges window windows windscreen windshield crops village villages equipment",
    " evidence record records files server servers website websites site sites app apps",
    " roof roofs road roads shop shops barn barns garage garages harvest farmland property",
    " townhouse townhouses apartment apartments tower towers depot depots warehouse warehouses hotel hotels factory factories",
    " bomb bombs bullet bullets shell shells grenade grenades mines",
    " body face head hand hands arm leg legs breast breasts buttocks thigh knee neck chest lap",
    " hair shoulder compound compounds embassy embassies consulate consulates outpost outposts",
    " barracks suitcase suitcases guitar instrument instruments",
    // Pests, nests and stocks destroyed by an inspector or a health team; a quantity weighed.
    " mosquito mosquitoes pests nest nests nets food stockpile stockpiles kilos kilograms",
    " tonnes tons litres liters cattle livestock cash photograph photographs applications",
);

/// Prepositions of a path: after a verb of motion the movement is physical ("the line snakes
/// along the border", "crowds swarmed through the square").
const PATHS: &str = "along through across around past onto toward towards";

/// A physical thing follows, right after the match or after a determiner or number and at most
/// one other word: "lethal pathogens", "destroyed the building", "destroying a Christian statue";
/// or a path ("snakes along the river"); or a participle follows the thing it describes
/// ("emails stolen from the party", "homes destroyed by the fire").
fn literal(doc: &Document, start: usize, end: usize) -> bool {
    if after(doc, end).is_some_and(|t| doc.norm_in(t, PATHS)) {
        return true;
    }
    let last = doc.norm(&doc.tokens[end - 1]);
    if (last.ends_with("ed") || last.ends_with("en"))
        && before(doc, start).is_some_and(|t| doc.norm_in(t, LITERAL_NOUNS))
    {
        return true;
    }
    let sent = doc.tokens[end - 1].sentence;
    // A target after "on" or "against" is a place or thing attacked: "an assault on the
    // embassy", "an assault on those statues".
    let mut end = end;
    let mut target = false;
    if after(doc, end).is_some_and(|t| doc.norm_in(t, "on against")) {
        end += 1;
        target = true;
    }
    let mut opened = false;
    for (i, t) in doc.tokens[end..]
        .iter()
        .take_while(|t| t.sentence == sent && (t.is_word() || t.kind == TokenKind::Number))
        .take(3)
        .enumerate()
    {
        let w = doc.norm(t);
        if one_of(LITERAL_NOUNS, w) {
            return true;
        }
        if i == 0 {
            // A target may open with a modifier too: "an assault on diplomatic outposts".
            opened = t.kind == TokenKind::Number
                || one_of(DETERMINERS, w)
                || (target && (one_of("this that these those", w) || !t.cap));
            // So may the thing itself, before its noun: "fake banking apps", "destroyed
            // family homes".
            if !opened
                && !t.cap
                && !one_of(FUNCTION_WORDS, w)
                && doc
                    .tokens
                    .get(end + 1)
                    .is_some_and(|n| n.sentence == sent && doc.norm_in(n, LITERAL_NOUNS))
            {
                return true;
            }
        }
        if !opened {
            return false;
        }
    }
    false
}

/// What can be endangered rather than threatened: states, activities and assets, and a country
/// ("groups that threaten the nation").
const ENDANGERED_THINGS: &str = concat!(
    "security stability safety freedom freedoms speech economy economies growth jobs",
    " lives livelihoods health future survival independence existence recovery peace",
    " talks deal agreement accord supply supplies business businesses industry sector",
    " profits earnings progress reforms efforts ties relations relationship alliance",
    " access rights enjoyment privacy democracy sovereignty integrity credibility reputation",
    " legacy majority funding market markets exports trade production investment",
    " prospects viability ceasefire truce order unity control position grip standing dominance",
    " lead agenda plan plans bill country nation homeland",
    // Places of work and living things: "imports threatened plants in Ohio", "species".
    " plants factories mills farms crops species habitat habitats wildlife homes",
    // Natural resources: "the mine could threaten groundwater".
    " water groundwater aquifers rivers reefs forests",
);

/// A state, activity or asset heads the object, within three words ("threaten national
/// security", "threatens the fragile ceasefire", "threatened free speech"), also after a
/// second verb that shares it ("threatens and impedes the enjoyment of rights").
fn endangered(doc: &Document, end: usize) -> bool {
    let sent = doc.tokens[end - 1].sentence;
    let from = if word_in!(doc.norm_at(end), "and" | "or") {
        end + 2
    } else {
        end
    };
    doc.tokens[from.min(doc.tokens.len())..]
        .iter()
        .take_while(|t| t.sentence == sent && t.is_word())
        .take(3)
        .any(|t| doc.norm_in(t, ENDANGERED_THINGS))
}

/// Words an adverbial may take between a verb and its "that" ("revealed in 2006 that").
const THAT_REACH: usize = 5;

/// Records and inquiries: as the subject of "revealed" they disclose what they contain.
const RECORDS: &str = concat!(
    "letter letters memo memos filing filings disclosure disclosures document documents",
    " record records email emails transcript transcripts investigation investigations",
    " inquiry probe audit review",
);

/// The verb at `end - 1` is followed by a word, and by no "that" within `THAT_REACH` words;
/// or a record or inquiry is its subject, right before it or over "has"/"have"/"had" ("the
/// letter revealed that", "the investigation has revealed that"): a disclosure, not drama.
fn discloses(doc: &Document, start: usize, end: usize) -> bool {
    let sent = doc.tokens[end - 1].sentence;
    let subject = match before(doc, start) {
        Some(t) if word_in!(doc.norm(t), "has" | "have" | "had") => before(doc, start - 1),
        t => t,
    };
    if subject.is_some_and(|t| doc.norm_in(t, RECORDS)) {
        return true;
    }
    after(doc, end).is_some_and(|t| t.is_word())
        && !doc.tokens[end..]
            .iter()
            .take_while(|t| t.sentence == sent && t.kind != TokenKind::Punct)
            .take(THAT_REACH)
            .any(|t| doc.norm_eq(t, "that"))
}

/// The token right after a match (index `end`), in the same sentence.
fn after<'d>(doc: &'d Document, end: usize) -> Option<&'d Token> {
    let last = doc.tokens.get(end.checked_sub(1)?)?;
    doc.tokens.get(end).filter(|t| t.sentence == last.sentence)
}

/// Words that end a noun phrase rather than continue it: prepositions, conjunctions,
/// determiners, pronouns, auxiliaries and a few adverbs. Anything else right after a noun is
/// taken for the head noun it modifies ("disaster relief", "harassment claims").
const FUNCTION_WORDS: &str = concat!(
    "a about across after again against already also although am amid among an and",
    " any are around as at be because been before being between but by can could did",
    " do does during each even every for from had has have he her here him his i if in",
    " into is it its last like may me might more most must my near next no nor not now",
    " of on or our over shall she should since so some still than that the their them",
    " then there these they this those though through to today too toward towards",
    " under unless until upon us was we were what when where whereas which while who",
    " whom whose will with within without would yesterday yet you your",
);

/// Adjective and participle endings: "disastrous proposal" is a judgement of the proposal, not
/// a kind of it, so only noun forms ("disaster", "harassment", "meddling") can be modifiers.
const ADJECTIVE_ENDINGS: &str = "ous ful ive ic ed ly";

fn is_noun_form(doc: &Document, end: usize) -> bool {
    end.checked_sub(1).is_some_and(|i| {
        let w = doc.norm(&doc.tokens[i]);
        !ADJECTIVE_ENDINGS.split(' ').any(|e| w.ends_with(e))
    })
}

/// The match modifies the content word right after it: a lowercase word, with no punctuation
/// between, that is neither a function word, an "-ly" adverb nor a past-tense verb ("the
/// premier failed": a longer word in "-ed" after a noun is its verb, not a head noun).
fn modifies_next(doc: &Document, end: usize) -> bool {
    after(doc, end).is_some_and(|t| {
        let w = doc.norm(t);
        t.kind == TokenKind::Word
            && !t.cap
            && (!w.ends_with("ly") || one_of(LY_NOUNS, w))
            && (w.len() <= 4 || !w.ends_with("ed"))
            && !w.has_char('\'')
            && !w.has_char('’')
            && !one_of(FUNCTION_WORDS, w)
    })
}

/// Nouns in "-ly", which are not adverbs: "a white nationalist rally".
const LY_NOUNS: &str = "rally ally family supply assembly monopoly anomaly";

/// Words that open a noun phrase.
const DETERMINERS: &str = "a an the its their his her our my your some any more";

/// Verbs, auxiliaries and copulas that show a clause ("claims the plan will work").
const CLAUSE_VERBS: &str =
    "is are was were will would can could may might must should has have had does did do";

/// How far after the determiner a clause's verb is looked for: a subject of up to three words
/// ("claims the new plan will work"); a verb further on belongs to a longer object ("claiming a
/// mortgage interest deduction today would").
const OBJECT_REACH: usize = 4;

/// The verb takes a noun phrase as object: a determiner or number comes next, and no verb
/// follows within a few words before punctuation (which would make it a clause's subject).
pub fn takes_object(doc: &Document, end: usize) -> bool {
    let Some(next) = after(doc, end) else {
        return false;
    };
    // A participle with its agent is the thing done: "the deduction claimed by most filers".
    if doc.norm_eq(next, "by") && doc.norm(&doc.tokens[end - 1]).ends_with("ed") {
        return true;
    }
    // An "as" right after counts or classes a thing: "children claimed as dependents".
    if doc.norm_eq(next, "as") || object_gap(doc, end) {
        return true;
    }
    // A pronoun that ends the clause is the whole object: "before claiming it.", "claim them,"
    // (but "claims it works" goes on to a clause); so is a demonstrative before a stop or a
    // quotation's closing comma: "not claiming that,\"" (not "added that, based on …" nor
    // "boasted that \"everyone\" …").
    let stop = |t: &Token| doc.norm_in(t, ". ; ? !");
    let closing = |k: usize| {
        after(doc, k).is_none_or(|t| {
            stop(t)
                || doc.norm_eq(t, ",")
                    && next.quote.is_some()
                    && doc.tokens.get(k + 2).is_none_or(|w| w.quote != next.quote)
        })
    };
    if doc.norm_in(next, OBJECT_PRONOUNS)
        && after(doc, end + 1).is_none_or(|t| t.kind == TokenKind::Punct)
        || doc.norm_in(next, "that this") && closing(end + 1)
    {
        return true;
    }
    if doc.norm_in(next, QUANTIFIERS) {
        return quantified_object(doc, end);
    }
    // An approximation before the object is part of it: "claims nearly all of the sea",
    // "claims almost the entire sea".
    let mut first = end;
    let mut next = next;
    if word_in!(doc.norm(next), "nearly" | "almost" | "virtually") {
        if doc.norm_one_of(end + 1, QUANTIFIERS) {
            return quantified_object(doc, end + 1);
        }
        if let Some(t) = after(doc, end + 1) {
            first = end + 1;
            next = t;
        }
    }
    // A sum of money opens a noun phrase as a number does: "claimed $4 billion for repairs".
    let sum = word_in!(doc.norm(next), "$" | "£" | "€")
        && doc
            .tokens
            .get(first + 1)
            .is_some_and(|t| t.kind == TokenKind::Number);
    let opens = sum
        || next.kind == TokenKind::Number
        || (next.kind == TokenKind::Word && doc.norm_in(next, DETERMINERS));
    let sent = next.sentence;
    if !opens {
        return toll(doc, end) || claims_a_due(doc, end);
    }
    // In a relative clause, or after a participle that stands for one, the verb after a due is
    // the main clause's: "parents who claim the credit can deduct", "families claiming the
    // credit must file" (but "he claimed the credit was his" is a saying).
    let relative = before(doc, end - 1).is_some_and(|t| word_in!(doc.norm(t), "who" | "that"))
        || doc.norm(&doc.tokens[end - 1]).ends_with("ing");
    if relative && claims_a_due(doc, end) {
        return true;
    }
    // A past tense after the subject's first word: "claimed the plan worked" (but "the
    // self-ruled island" is one noun phrase), unless a due follows.
    let verb = |i: usize, w: &str| i > 0 && w.len() > 4 && w.ends_with("ed");
    let mut past = false;
    for (i, t) in doc.tokens[first + 1..]
        .iter()
        // A verb after "and"/"or" is coordinated with this one, not the subject's: "claim a visa
        // or encouraged to …".
        .take_while(|t| {
            t.sentence == sent && t.kind != TokenKind::Punct && !word_in!(doc.norm(t), "and" | "or")
        })
        .take(OBJECT_REACH)
        .enumerate()
    {
        let w = doc.norm(t);
        // A due heads the object unless a verb follows it (the main clause's after a relative
        // or participle): "claim a federally funded credit", "a charitable deduction that
        // lowers the bill", "filers claiming a newly expanded credit must" (but "claims the
        // credit was legal").
        // (A due before another noun modifies it: "claimed the refund policy was a fraud".)
        if one_of(DUES, w) && !modifies_next(doc, first + i + 2) {
            let n = doc.norm_at(first + i + 2);
            return relative || !one_of(CLAUSE_VERBS, n) && !verb(1, n);
        }
        if one_of(CLAUSE_VERBS, w) || w == "that" {
            return false;
        }
        past |= verb(i, w);
    }
    !past
}

/// Words that may follow a verb whose object is the relative clause's antecedent.
const GAP_FOLLOWERS: &str = "for on in at from under with by";

/// How far before the verb the relative pronoun may stand: a subject of up to four words and a
/// modal with an adverb or two ("that millions of families can no longer claim").
const GAP_REACH: usize = 8;

/// The verb's object is a relative clause's antecedent, with no object or clause after it: "an
/// allowance that parents can claim for each child", "the islands which they claim." (but "as
/// he claimed", "what the firm claims" and "the firm, which claimed on Monday" keep the saying).
fn object_gap(doc: &Document, end: usize) -> bool {
    let verb = end - 1;
    let sent = doc.tokens[verb].sentence;
    if !after(doc, end).is_none_or(|t| t.kind == TokenKind::Punct || doc.norm_in(t, GAP_FOLLOWERS))
    {
        return false;
    }
    let Some(rel) = (verb.saturating_sub(GAP_REACH)..verb)
        .rev()
        .take_while(|&i| doc.tokens[i].sentence == sent && doc.tokens[i].kind != TokenKind::Punct)
        .find(|&i| word_in!(doc.norm_at(i), "that" | "which" | "whom"))
    else {
        return false;
    };
    // A subject opens the clause ("which they claim"; not "which now claims").
    let subject = doc.norm_at(rel + 1);
    rel + 1 < verb
        && !one_of(CLAUSE_VERBS, subject)
        && !one_of("also now then later still already never not", subject)
        && !subject.ends_with("ly")
}

/// Quantifiers that open a noun phrase with "of": "claims most of the sea".
const QUANTIFIERS: &str = "most all much part parts";

/// Words that end a noun phrase after its head: prepositions and conjunctions.
const PHRASE_ENDS: &str = "of in on at to for from with by near around across along and or";

/// The quantifier at `q` heads a whole object, "most of the sea around the isles", "all of
/// them.": "of", a determiner or a pronoun, then one or two words (the second no "-s" form, which
/// would be a verb: "part of the blame lies") that end the phrase. Otherwise the quantifier opens
/// a clause's subject: "claims most voters back the plan", "all of them lie".
fn quantified_object(doc: &Document, q: usize) -> bool {
    let ends = |k: usize| {
        after(doc, k).is_none_or(|t| t.kind == TokenKind::Punct || doc.norm_in(t, PHRASE_ENDS))
    };
    let head = |k: usize| {
        let w = doc.norm_at(k);
        doc.tokens.get(k).is_some_and(|t| t.is_word())
            && !one_of(CLAUSE_VERBS, w)
            && !(w.len() > 4 && w.ends_with("ed"))
    };
    if !doc.norm_is(q + 1, "of") {
        return false;
    }
    let h = q + 2;
    if doc.norm_one_of(h, OBJECT_PRONOUNS) {
        return ends(h + 1);
    }
    let h = h + usize::from(doc.norm_one_of(h, DETERMINERS));
    head(h) && (ends(h + 1) || (head(h + 1) && !doc.norm_at(h + 1).ends_with('s') && ends(h + 2)))
}

/// Words of a count before "lives": "at least 40", "at least seven", "hundreds of thousands of",
/// and counts without a number: "so many", "countless", "scores of".
const TOLL_WORDS: &str = concat!(
    "at least more than nearly almost over about up to some hundreds thousands tens millions",
    " dozens of two three four five six seven eight nine ten eleven twelve twenty thirty fifty",
    " so too many countless numerous scores",
);

/// How many words a count before "lives" may take ("more than a hundred thousand").
const TOLL_REACH: usize = 6;

/// A count of lives, or bare "lives", ends the object, a disaster's toll: "claimed at least 40
/// lives", "claims lives every week" (but "claimed at least 40 lives were lost" asserts a disputed count).
fn toll(doc: &Document, end: usize) -> bool {
    let sent = doc.tokens[end - 1].sentence;
    let n = doc.tokens[end..]
        .iter()
        .take(TOLL_REACH)
        .take_while(|t| {
            t.sentence == sent && (t.kind == TokenKind::Number || doc.norm_in(t, TOLL_WORDS))
        })
        .count();
    // After a count, one lowercase modifier may stand: "claimed three young lives".
    let n = n + usize::from(
        n > 0
            && !doc.norm_is(end + n, "lives")
            && doc
                .tokens
                .get(end + n)
                .is_some_and(|t| t.is_word() && !t.cap),
    );
    // What follows the toll closes it: punctuation, a preposition or a word of time ("lives
    // in the valley", "lives each year", "lives and injured"); a verb opens a clause the count
    // is the subject of ("claims so many lives hang in the balance").
    doc.norm_is(end + n, "lives")
        && doc
            .tokens
            .get(end + n + 1)
            .is_none_or(|t| !t.is_word() || doc.norm_in(t, TOLL_AFTER))
}

/// Words that may follow a toll of lives.
const TOLL_AFTER: &str = concat!(
    "in on at of to across during over from among since after before when while as and but",
    " each every this last a year years so far",
);

/// What one claims as one's due rather than asserts: tax deductions and credits, benefits,
/// asylum, a win, seats or gains.
const DUES: &str = concat!(
    "deduction deductions credit credits exemption exemptions refund refunds rebate rebates",
    " benefit benefits allowance allowances expenses losses asylum status compensation damages",
    " victory win wins seats seat gains title titles prize ownership sovereignty territory",
    " nomination nominations crown privilege immunity medal medals trophy",
);

/// A noun of `DUES` heads the bare object within four words, before any verb or "that":
/// "claim itemized deductions", "claimed historic gains", "claim first county hurling title"
/// (but "claims taxes will rise").
fn claims_a_due(doc: &Document, end: usize) -> bool {
    let sent = doc.tokens[end - 1].sentence;
    for (i, t) in doc.tokens[end..]
        .iter()
        .take_while(|t| t.sentence == sent && t.is_word())
        .take(4)
        .enumerate()
    {
        let w = doc.norm(t);
        // "as" after the object classes it: "claiming children as dependents".
        if one_of(DUES, w) || (i > 0 && w == "as") {
            return true;
        }
        // A past tense after the first word is a clause's verb ("claims Russia meddled").
        if w == "that" || one_of(CLAUSE_VERBS, w) || (i > 0 && w.ends_with("ed")) {
            return false;
        }
    }
    false
}

/// One of `words` in the match's sentence, outside the match.
fn in_sentence(
    doc: &Document,
    sent: std::ops::Range<usize>,
    start: usize,
    end: usize,
    words: &'static str,
) -> bool {
    doc.tokens[sent.start..start]
        .iter()
        .chain(&doc.tokens[end.min(sent.end)..sent.end])
        .any(|t| doc.norm_in(t, words))
}

/// Words of criminal procedure, and of owning up to an offence ("admitted stealing").
const LEGAL_WORDS: &str = concat!(
    "pleaded pled plead guilty charged charges charging indicted indictment convicted admitted",
    " conviction sentenced jailed prosecutor prosecutors prosecuted jury court felony misdemeanor",
    " arrested perjury oath authorities plea fbi investigators fraud bribery extortion",
    " laundering sued lawsuit lawsuits detention detained custody",
    // A theft named by a noun (not "steal": "lie, cheat and steal"; not "theft": wage theft):
    // its thieves and what they steal are the crime reported.
    " thief thieves robbers robbery burglars burglary rustlers rustling",
);

/// Words of a charge, a plea or a conviction (for `Charged`; an arrest or an inquiry is no charge).
const CONVICTION_WORDS: &str = concat!(
    "pleaded pled plead pleads pleading guilty charged charging charges indicted indictment",
    " convicted conviction",
);

/// Words of lying as an offence ("false statements" is matched as a pair).
const LYING_WORDS: &str = "lying lied perjury";

/// Words of a court case: its parties, its papers, its stages. (Not offences such as "fraud",
/// which politics names too, nor "testimony", which Congress hears, nor "trial": "must stand
/// trial for the operations" announces a case without its charge.)
pub(crate) const COURT_WORDS: &str = concat!(
    "court courts courtroom judge judges tribunal tribunals lawsuit lawsuits sued suing",
    " indictment indictments indicted prosecutors prosecutor prosecuted convicted conviction",
    " convictions acquitted jury jurors plaintiff plaintiffs defendant defendants complaint",
    " filing filings verdict pleaded plea charged sentenced suit suits magistrate magistrates",
);

/// A word of a court case, unless it is part of a name or title ("the Supreme Court chief
/// justice" describes a person, not a case; but "Judge" before a name is one) or the idiom
/// "followed suit". An authority's formal finding counts too: "the ministry determined that the
/// militia committed genocide", "formally determined last year that", "its determination that"
/// use the finding's legal term (not resolve: "determined to ensure that").
fn court_word(doc: &Document, i: usize) -> bool {
    (word_in!(doc.norm_at(i), "determined" | "determination")
        && (i + 1..i + 4)
            .map(|j| doc.norm_at(j))
            .find(|w| word_in!(*w, "that" | "to" | "." | ";"))
            == Some("that"))
        || doc.norm_one_of(i, COURT_WORDS)
            // "Judge Ana Ruiz said": the title before a name is a judge of the case.
            && (!is_name_like(doc, i)
                || doc.norm_is(i, "judge") && doc.tokens.get(i + 1).is_some_and(|t| t.cap))
            && !(doc.norm_at(i).starts_with("suit")
                && before(doc, i).is_some_and(|p| doc.norm(p).starts_with("follow")))
}

/// A natural hazard; "a" hazard "of" a thing is a metaphor of volume ("a storm of protests", as
/// `quantity` reads "a flood of calls"), while "the earthquake of 1985" is one.
fn real_hazard(doc: &Document, i: usize) -> bool {
    doc.norm_one_of(i, HAZARDS)
        && !(doc.norm_is(i + 1, "of") && word_in!(doc.norm_at(i.wrapping_sub(1)), "a" | "an"))
}

/// Natural hazards.
const HAZARDS: &str = concat!(
    "hurricane hurricanes earthquake earthquakes wildfire wildfires bushfire bushfires storm storms",
    " tornado tornadoes typhoon cyclone flood floods flooding drought tsunami eruption",
    // Not "landslide": an election's too.
    " quake quakes aftershock aftershocks landslides mudslide mudslides volcano eruptions",
    " monsoon blizzard",
);

/// Hazards that headlines also use as metaphors ("Storm over tax plan", "a flood of bids").
const METAPHOR_HAZARDS: &str = "storm storms flood floods flooding drought eruption eruptions";

/// What a landslide (an election's word too) does to a place: "Landslide buries village".
const STRUCK: &str = "buries buried struck strikes hit hits swept sweeps kills killed";

/// Stems of damage words a disaster story's hazard did (not verbs of saying: a storm story's
/// "critics slammed the response" still flags).
const DAMAGE: &str =
    "disaster catastroph devastat destr wreck ravag demolish collaps havoc crumbl flood";

/// The match is followed by a quotation mark, a capitalised word, or three content words in a
/// row: it introduces a term rather than sneering at one.
fn introduces_term(doc: &Document, end: usize) -> bool {
    let Some(next) = after(doc, end) else {
        return false;
    };
    if next.kind == TokenKind::Punct {
        return matches!(doc.norm(next), "\"" | "“" | "‘" | "'");
    }
    if next.cap {
        return true;
    }
    let sent = next.sentence;
    // A hyphenated compound counts as two words: "so-called pass-through enterprises".
    let words = doc.tokens[end..]
        .iter()
        .take_while(|t| {
            t.sentence == sent
                && (t.kind == TokenKind::Word || doc.norm_eq(t, "-"))
                && !doc.norm_in(t, FUNCTION_WORDS)
        })
        .filter(|t| t.kind == TokenKind::Word)
        .take(3)
        .map(|t| 1 + usize::from(doc.norm(t).has_char('-')))
        .sum::<usize>();
    // Two words whose first is a noun make a compound, a term of art ("the so-called
    // sequestration cap", "so-called chain migration"); an adjective first is a description
    // that can sneer ("the so-called democratic socialist").
    // A word then a capitalised one is a name too: "a so-called super PAC".
    // A practice named by a hyphenated gerund alone: "so-called round-tripping".
    let w = doc.norm(next);
    words >= 3
        || (words == 2 && w.has_char('-') && w.ends_with("ing"))
        || (words == 2
            && after(doc, end + 1).is_some_and(|t| {
                t.cap || (is_noun_form(doc, end + 1) && doc.norm_in(t, INSTRUMENTS))
            }))
}

/// Heads of a policy's or a procedure's technical name: after a noun, "the so-called
/// sequestration cap", "a so-called travel authorization", "so-called chain migration" name a
/// term of art; so does a place named by its policy, "so-called sanctuary cities", "so-called
/// opportunity zones", or a tax term of business, "so-called transfer pricing", or a region
/// by its shape (but "so-called democratic socialist" can sneer).
const INSTRUMENTS: &str = concat!(
    "cap caps ceiling limit limits threshold rule rules provision provisions clause waiver",
    " waivers authorization authorisation exemption exemptions loophole loopholes credit",
    " credits deduction deductions tax taxes fee fees levy tariff tariffs fund funds program",
    " programs programme programmes account accounts test mechanism procedure process lottery",
    " visa visas migration reconciliation filibuster option city cities jurisdiction loan loans",
    " jurisdictions zone zones pricing income businesses entities enterprises exchanges",
    // A region named by its shape: "the so-called lithium triangle", "the so-called corn belt".
    " triangle belt corridor crescent",
);

/// Political leanings of a place: degrees its vote counts measure.
const LEANINGS: &str = "conservative liberal republican democratic progressive";

/// Places that vote.
const PLACES: &str = concat!(
    "state states district districts county counties city cities town towns region",
    " regions seat seats suburb suburbs area areas constituency electorate",
);

/// After the match: a leaning followed by a place or a place's name.
fn measured(doc: &Document, end: usize) -> bool {
    after(doc, end).is_some_and(|t| doc.norm_in(t, LEANINGS))
        && after(doc, end + 1).is_some_and(|t| t.is_word() && (t.cap || doc.norm_in(t, PLACES)))
}

/// Object pronouns, which may stand between a verb and its particle ("swear him in").
const OBJECT_PRONOUNS: &str = "him her it them us me you";

/// A particle right after the match, or after one object pronoun or "right": "snap back",
/// "swear him in", "rip right back". Also "lie" in its sense of position (`lies_in_place`).
fn particle(doc: &Document, end: usize) -> bool {
    if let Some(place) = lies_in_place(doc, end) {
        return place;
    }
    let is_particle = |i: usize| after(doc, i).is_some_and(|t| doc.norm_in(t, PARTICLES));
    is_particle(end)
        || (after(doc, end).is_some_and(|t| {
            let w = doc.norm(t);
            w == "right" || one_of(OBJECT_PRONOUNS, w)
        }) && is_particle(end + 1))
}

/// Particles that make a phrasal verb.
const PARTICLES: &str = "out in up off down back away into";

/// "lie", "lies" or "lying" before a word of place or posture says where someone or something
/// is, not that anyone deceives: "tins left lying around", "the port lies off the cape", "lying
/// still". "lied" is only the deceit; "lies" after a determiner or a verb of telling is the
/// noun ("told lies on air"); "about" is a place only after "left" or "leave" (three tokens
/// back at most: "left lying about"; "lying about his age" stays). `None` for another word; for
/// a form of "lie" the phrasal particles do not count ("lied in court", "his lies in print").
fn lies_in_place(doc: &Document, end: usize) -> Option<bool> {
    let i = end.checked_sub(1)?;
    let w = doc.norm_at(i);
    if !word_in!(w, "lie" | "lies" | "lying" | "lied") {
        return None;
    }
    let sent = doc.tokens[i].sentence;
    let noun = w == "lies" && before(doc, i).is_some_and(|p| doc.norm_in(p, LIES_NOUN_BEFORE));
    let next = after(doc, end).map_or("", |t| doc.norm(t));
    let left = doc.tokens[i.saturating_sub(3)..i]
        .iter()
        .any(|t| t.sentence == sent && doc.norm_in(t, "left leave leaves leaving"));
    // Ending a clause that "where" opens, or before a distance: "where the future lies", "the
    // farm lies 5 km north".
    let open = after(doc, end).is_none_or(|t| t.kind == TokenKind::Punct)
        && doc.tokens[i.saturating_sub(6)..i]
            .iter()
            .any(|t| t.sentence == sent && doc.norm_eq(t, "where"));
    let distance = next.starts_with(|c: char| c.is_ascii_digit());
    Some(
        w != "lied"
            && !noun
            && (one_of(POSITION_WORDS, next) || (next == "about" && left) || open || distance),
    )
}

/// Before "lies", the noun: a determiner or a verb of telling ("his lies", "told lies").
const LIES_NOUN_BEFORE: &str =
    "the his her their its my our your these such of told tell tells telling spread spreading";

/// Words of place or posture after "lie": where, and how, someone or something lies.
const POSITION_WORDS: &str = concat!(
    "around down on in at under near beside next outside behind across there here idle still",
    " awake flat low dormant empty ahead between within off with dead motionless unconscious",
    " injured face back beneath below beyond inside along alongside upon undisturbed unused abandoned",
    " fallow",
);

/// `w` is one of the space-separated `words`. The word classes below are kept as one string
/// each, not as slices of strings: in the WebAssembly module a slice costs a pointer and a length
/// per word, which compress badly (the classes are short and read only at matches).
///
/// Natively each class is looked up in a hash set of its words, built at its first use in the
/// process (`class_has`): the detectors ask these for every word near every match (half a million
/// times over PolNeAR), and a set lookup costs a fraction of a substring search over the class.
pub(crate) fn one_of(words: &'static str, w: &str) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    {
        class_has(words, w)
    }
    #[cfg(target_arch = "wasm32")]
    {
        scan_class(words, w)
    }
}

/// A class's set as `class_has` finds it: (where the class's string is, its length, the set).
#[cfg(not(target_arch = "wasm32"))]
type Slot = (usize, usize, Option<&'static ClassSet>);

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    // The class last looked up in each slot: the detectors ask the same classes over and over,
    // and comparing an address and a length costs less than hashing them. Plain `Cell`s with no
    // destructor, so a lookup pays no first-use or borrow check (with the sets in a `RefCell`
    // here, those and the spilled registers were half of `one_of`'s instructions).
    static RECENT: [std::cell::Cell<Slot>; RECENT_SLOTS] =
        const { [const { std::cell::Cell::new((0, 0, None)) }; RECENT_SLOTS] };
}

/// Every class's set, keyed by where the class's string is (a `&'static str`, so no other
/// string can ever be there). Built once per class in the process and kept for its life (there
/// are a few hundred classes, all in the program's text), so that the slots can hold plain
/// references; locked only when a slot misses.
#[cfg(not(target_arch = "wasm32"))]
static CLASS_SETS: std::sync::Mutex<rustc_hash::FxHashMap<(usize, usize), &'static ClassSet>> =
    std::sync::Mutex::new(std::collections::HashMap::with_hasher(
        rustc_hash::FxBuildHasher,
    ));

/// Slots of `RECENT`: more than there are classes, so that two classes seldom take turns in one
/// slot.
#[cfg(not(target_arch = "wasm32"))]
const RECENT_SLOTS: usize = 256;

/// A class's words, and a 256-bit filter of their (first byte, last byte, length) signatures:
/// most words asked about are in no class, and the filter turns them away without hashing the
/// word or comparing strings.
#[cfg(not(target_arch = "wasm32"))]
struct ClassSet {
    filter: [u64; 4],
    words: rustc_hash::FxHashSet<&'static str>,
}

/// The filter bit of a word: (index into `ClassSet::filter`, bit).
#[cfg(not(target_arch = "wasm32"))]
#[inline]
fn signature_bit(w: &[u8]) -> (usize, u64) {
    let (first, last) = (w.first().copied(), w.last().copied());
    let (first, last) = (first.unwrap_or(0), last.unwrap_or(0));
    let x = u32::from(first) | u32::from(last) << 8 | (w.len().min(255) as u32) << 16;
    let b = x.wrapping_mul(0x9E37_79B1) >> 24;
    ((b >> 6) as usize, 1 << (b & 63))
}

/// The set of class `words`, built at its first use in the process; remembered in `slot`.
#[cfg(not(target_arch = "wasm32"))]
#[cold]
#[inline(never)]
fn find_or_build(words: &'static str, slot: &std::cell::Cell<Slot>) -> &'static ClassSet {
    let key = (words.as_ptr() as usize, words.len());
    // (A panic elsewhere while the lock was held leaves the map whole: an insert is the only
    // write.)
    let mut sets = CLASS_SETS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let set: &'static ClassSet = sets.entry(key).or_insert_with(|| {
        let mut filter = [0; 4];
        for x in words.split(' ') {
            let (i, bit) = signature_bit(x.as_bytes());
            filter[i] |= bit;
        }
        Box::leak(Box::new(ClassSet {
            filter,
            words: words.split(' ').collect(),
        }))
    });
    slot.set((key.0, key.1, Some(set)));
    set
}

/// The set lookup, out of line: the usual call ends at the filter, and with the lookup inlined
/// every call saved and restored the registers that only the lookup needs.
#[cfg(not(target_arch = "wasm32"))]
#[inline(never)]
fn set_has(set: &rustc_hash::FxHashSet<&'static str>, w: &str) -> bool {
    set.contains(w)
}

#[cfg(not(target_arch = "wasm32"))]
fn class_has(words: &'static str, w: &str) -> bool {
    let key = (words.as_ptr() as usize, words.len());
    let at = key.0.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56;
    RECENT.with(|recent| {
        let slot = &recent[at];
        let class = match slot.get() {
            (p, len, Some(set)) if (p, len) == key => set,
            _ => find_or_build(words, slot),
        };
        let (i, bit) = signature_bit(w.as_bytes());
        class.filter[i] & bit != 0 && set_has(&class.words, w)
    })
}

/// `one_of` by a scan of the class (the WebAssembly module's, smaller than a set's code).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn scan_class(words: &str, w: &str) -> bool {
    // `words.split(' ').any(|x| x == w)`, without the general `Split` machinery, which cost a
    // fifth of all analysis instructions here (these run for every token near every match); a
    // (vectorised) substring search first rules out most words.
    if !words.has(w) {
        return false;
    }
    let (list, w) = (words.as_bytes(), w.as_bytes());
    let mut at = 0;
    loop {
        let rest = &list[at..];
        let len = rest.iter().position(|&b| b == b' ').unwrap_or(rest.len());
        if rest[..len] == *w {
            return true;
        }
        if len == rest.len() {
            return false;
        }
        at += len + 1;
    }
}

/// The previous token in the same sentence.
fn before<'d>(doc: &'d Document, i: usize) -> Option<&'d Token> {
    let t = &doc.tokens[i];
    i.checked_sub(1)
        .map(|p| &doc.tokens[p])
        .filter(|p| p.sentence == t.sentence)
}

/// A capitalised word inside a sentence is a name or a title ("Grand Slam", "Warner Bros"):
/// not at the sentence's start, nor just after an opening quote, bracket, colon or dash, and not
/// all capitals (shouted headlines and acronyms say nothing about names).
fn is_name_like(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    if !t.cap || !t.is_word() {
        return false;
    }
    let raw = doc.slice(t);
    if raw.len() > 1 && !raw.chars().any(char::is_lowercase) {
        return false;
    }
    match before(doc, i) {
        None => false,
        Some(p) if p.kind == TokenKind::Punct => !matches!(
            doc.norm(p),
            "\"" | "“" | "‘" | "'" | "(" | "[" | ":" | "—" | "–" | "-" | "…"
        ),
        Some(_) => true,
    }
}

/// A one-word stance cue that is capitalised and followed by another capitalised word (not "I") opens a
/// name, not the cue: "Hope Hicks, a spokeswoman, said" names a person and hopes nothing. Not in
/// a title-case headline, where capitals say nothing ("Senators Hope To Pass Bill").
pub fn cue_is_name(doc: &Document, ctx: &SentenceContext, start: usize, end: usize) -> bool {
    let t = &doc.tokens[start];
    let next = doc.tokens.get(end).filter(|n| n.sentence == t.sentence);
    end == start + 1
        && t.cap
        && t.is_word()
        && doc.slice(t).chars().skip(1).any(char::is_lowercase)
        // A small word capitalised after it ("Expected To Be …") shows a headline, not a name.
        && next.is_some_and(|n| {
            n.cap
                && n.is_word()
                && !doc.norm_in(n, HEADLINE_SMALL_WORDS)
        })
        && !ctx.title_case(doc, t.sentence as usize)
}

/// A capitalised first word before another capitalised word opens a name ("Hollow Bay
/// mother"), unless it is an -ed or -ing form ("Crooked Hillary", "Bashing Trump") or the next
/// word is an acronym ("Elite GOP donors"): those describe the name that follows.
fn opens_name(doc: &Document, ctx: &SentenceContext, start: usize, end: usize) -> bool {
    let w = doc.norm_at(start);
    cue_is_name(doc, ctx, start, end)
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !is_acronym(doc, end)
}

/// Roles a name follows: "Acme chief executive Ann Lee".
const ROLE_NOUNS: &str = "coach captain executive president manager director chairman owner";

/// A capitalised one-word match opening its sentence (where capitals tell nothing) is still a
/// name when the text capitalises it inside a sentence ("beat the Crusaders"), before a role
/// and a name ("Crusaders coach Rob Penrose"), or before a colon and a score ("Crusaders: 24").
fn name_at_start(doc: &Document, ctx: &SentenceContext, start: usize, end: usize) -> bool {
    let t = &doc.tokens[start];
    let s = t.sentence as usize;
    let raw = doc.slice(t);
    let next = |k: usize| doc.tokens.get(k).filter(|n| n.sentence == t.sentence);
    end == start + 1
        && t.cap
        && t.is_word()
        && raw.chars().skip(1).any(char::is_lowercase)
        && !is_name_like(doc, start)
        && !ctx.title_case(doc, s)
        && ((doc.norm_is(end, ":") && next(end + 1).is_some_and(|n| n.kind == TokenKind::Number))
            || (1..3).any(|k| {
                doc.norm_one_of(start + k, ROLE_NOUNS)
                    && (1..=k).all(|j| next(start + j).is_some_and(|w| w.is_word() && !w.cap))
                    && next(start + k + 1).is_some_and(|n| n.cap && n.is_word())
            })
            || ctx.named_inside(doc, raw))
}

/// Small words a title-case headline capitalises ("Expected To Be …"), and "I": after a
/// capitalised cue they show a headline or a clause, not a surname (`cue_is_name`).
const HEADLINE_SMALL_WORDS: &str = "i to the a an of in on for by with that be and or at";

/// A word of two or more letters, all capitals: in mixed-case text an acronym such as EPIC.
fn is_acronym(doc: &Document, i: usize) -> bool {
    let raw = doc.slice(&doc.tokens[i]);
    raw.chars().filter(|c| c.is_alphabetic()).count() > 1 && !raw.chars().any(char::is_lowercase)
}

/// Words after which the next word is a noun, or a verb.
const NOUN_BEFORE: &str = concat!(
    "a an the this these those his her its their our my your such no any every each",
    " some many several new jobless two three four five six seven eight nine ten dozen",
);
const VERB_BEFORE: &str = concat!(
    "to he she it they we i you who will would can could may might must should shall",
    " did does do didn't doesn't don't has have had also falsely repeatedly then later",
    " once",
);

/// A part of speech from the word before: a determiner or possessive makes a noun ("the
/// claims", "Trump's claims"); "to", a pronoun or a modal makes a verb ("to claim", "he claims").
pub fn guess_pos(doc: &Document, i: usize) -> Option<Pos> {
    let p = before(doc, i)?;
    if p.kind == TokenKind::Number {
        return Some(Pos::Noun);
    }
    if p.kind != TokenKind::Word {
        // A plural possessive whose apostrophe is its own token: "the plaintiffs’ claims".
        let possessive = word_in!(doc.norm(p), "'" | "’")
            && before(doc, i - 1)
                .is_some_and(|w| w.is_word() && w.end == p.start && doc.norm(w).ends_with('s'));
        return possessive.then_some(Pos::Noun);
    }
    let raw = doc.slice(p);
    if crate::segment::ends_possessive(raw) || raw.ends_with("s'") || raw.ends_with("s’") {
        return Some(Pos::Noun);
    }
    let w = doc.norm(p);
    if one_of(NOUN_BEFORE, w) {
        Some(Pos::Noun)
    } else if one_of(VERB_BEFORE, w) {
        // "to" marks an infinitive only before a base form: before an "-s" form it is a
        // preposition ("with respect to claims against lawmakers"), so no guess from it.
        let m = doc.norm(&doc.tokens[i]);
        let plural = m.ends_with('s') && !m.ends_with("ss") && !m.ends_with("us");
        (w != "to" || !plural).then_some(Pos::Verb)
    } else {
        None
    }
}

/// With no cue before it, a present-tense form read as a noun from what follows: the end of a
/// phrase ("settled a harassment claim.", "among other claims,"), or for a plural the
/// preposition of a noun's complement ("claims of harassment", "claims against lawmakers",
/// "claims to the waterway", "claims over the islands"; but "claims to be" is a verb). A verb of
/// saying needs its complement; past and "-ing" forms are left alone ("as he claimed.").
fn noun_by_what_follows(doc: &Document, end: usize) -> bool {
    let Some(last) = end.checked_sub(1).map(|i| &doc.tokens[i]) else {
        return false;
    };
    let w = doc.norm(last);
    if w.ends_with("ed") || w.ends_with("ing") {
        return false;
    }
    let Some(next) = after(doc, end) else {
        // The sentence ends with the word.
        return true;
    };
    if next.kind == TokenKind::Punct {
        return word_in!(doc.norm(next), "." | "," | ";" | ":" | ")");
    }
    if !w.ends_with('s') || w.ends_with("ss") {
        return false;
    }
    match doc.norm(next) {
        "of" | "against" | "for" | "by" | "from" => true,
        // Paired with a plural of a noun's ending: "claims and objections", "claims or
        // payments" (a verb's pair is a verb: "claims and insists").
        "and" | "or" => after(doc, end + 1).is_some_and(|t| {
            let w = doc.norm(t);
            ["ions", "ments", "ances", "ences"]
                .iter()
                .any(|s| w.ends_with(s))
        }),
        "to" | "over" => after(doc, end + 1).is_some_and(|t| doc.norm_in(t, DETERMINERS)),
        _ => false,
    }
}

/// Words that open a verb's object: no adjective or noun stands right before them.
const OBJECT_OPENERS: &str = "a an the his her their its our my your him them us me";

/// With no cue before it, a form that can only be a verb here: a word followed by an object
/// ("touching her hand", "swarming the stage"), or a past form in "-ed" where a noun is meant
/// ("crowds swarmed"; an adjective may be a participle: "highly coveted").
fn verb_by_form(doc: &Document, end: usize, want: Pos) -> bool {
    let w = doc.norm(&doc.tokens[end - 1]);
    if want == Pos::Noun && w.ends_with("ed") && !w.ends_with("eed") {
        return true;
    }
    after(doc, end).is_some_and(|t| {
        let next = doc.norm(t);
        one_of(OBJECT_OPENERS, next)
            // An "-ing" form before people acts on them, one lowercase word allowed between:
            // "touching women", "stunning top seeds" (but "a touching tribute", and "blunt
            // people" has no "-ing").
            || (w.ends_with("ing")
                && (one_of(PEOPLE, next)
                    || (!t.cap
                        && !one_of(FUNCTION_WORDS, next)
                        && after(doc, end + 1).is_some_and(|u| doc.norm_in(u, PEOPLE)))))
    })
}

/// Nouns for people without a determiner: after an "-ing" form they are its object. Also
/// contestants: "stunning top seeds".
const PEOPLE: &str = concat!(
    "women men girls boys children people staff colleagues students patients",
    " seeds champions holders favourites favorites rivals opponents",
);

/// Plural nouns without "-s": a base-form verb may follow them ("people claim").
const IRREGULAR_PLURALS: &str = "people men women children police staff media data";

/// Adverbs of frequency and "cannot", which come before a verb.
const FREQUENCY_WORDS: &str = "cannot never always often ever sometimes usually rarely";

/// A base form after a lowercase singular noun is a noun itself: a verb there would need its
/// "-s" ("a harassment claim", "the tax claim"; but "refiners claim", "people claim"). Not after
/// an "-ly" adverb, a function word or a word that makes a verb.
fn noun_by_agreement(doc: &Document, start: usize, end: usize) -> bool {
    let w = doc.norm(&doc.tokens[end - 1]);
    if w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing") {
        return false;
    }
    before(doc, start).is_some_and(|p| {
        let v = doc.norm(p);
        p.is_word()
            && !p.cap
            && (!v.ends_with('s') || v.ends_with("ss"))
            && !v.ends_with("ly")
            && !v.ends_with("ed")
            && !v.contains(['\'', '’'])
            && !one_of(FUNCTION_WORDS, v)
            && !one_of(VERB_BEFORE, v)
            && !one_of(IRREGULAR_PLURALS, v)
            && !one_of(FREQUENCY_WORDS, v)
    })
}

/// A verb joined by "and" or "or" to a negated one shares the negation: "not going to stand up
/// here and pretend". Two reaches (two rounds of session 52 wrote one each): back over the
/// clause's words to *not*, *never*, *cannot* or *n't*, no punctuation between; or, after *and*,
/// any negation within six words of the sentence, for a form not in *-ed* ("did not resign and
/// pretended" tells two acts).
fn negated_pair(doc: &Document, start: usize, end: usize) -> bool {
    if start == 0 {
        return false;
    }
    let sent = doc.tokens[start].sentence;
    let and = doc.norm_is(start - 1, "and");
    let in_clause = start > 1
        && (and || doc.norm_is(start - 1, "or"))
        && doc.tokens[start.saturating_sub(9)..start - 1]
            .iter()
            .rev()
            .take_while(|t| t.sentence == sent && t.kind != TokenKind::Punct)
            .any(|t| {
                let w = doc.norm(t);
                word_in!(w, "not" | "never" | "cannot") || w.ends_with("n't")
            });
    in_clause || (and && !doc.norm_at(end - 1).ends_with("ed") && negated_within(doc, start - 1, 6))
}

/// Negation within three words before the match: "isn't because they are stupid".
fn negated(doc: &Document, i: usize) -> bool {
    negated_within(doc, i, 3)
}

/// Negation within `words` words before token `i`.
fn negated_within(doc: &Document, i: usize, words: usize) -> bool {
    let sent = doc.tokens[i].sentence;
    doc.tokens[i.saturating_sub(words + 1)..i]
        .iter()
        .filter(|t| t.sentence == sent && t.is_word())
        .rev()
        .take(words)
        .any(|t| {
            let w = doc.norm(t);
            word_in!(
                w,
                "not" | "never" | "no" | "nobody" | "nor" | "without" | "hardly" | "cannot"
            ) || w.ends_with("n't")
        })
}

/// Verbs of denial: what they govern is the accusation being denied, in the accuser's words.
/// Of "dispute" and "contest" only forms that are mostly verbs: "a dispute", "contests" and "a
/// contested convention" govern no claim.
const DENIAL_VERBS: &str = concat!(
    "deny denies denied denying reject rejects rejected rejecting dismiss dismisses",
    " dismissed dismissing refute refutes refuted refuting disputed disputing contesting",
    " rebut rebuts rebutted rebutting",
);

/// Nouns that name what was said or alleged: "denied allegations of", "rejected claims that".
const ACCUSATIONS: &str = concat!(
    "allegation allegations accusation accusations claim claims charge charges",
    " suggestion suggestions report reports assertion assertions",
);

/// Nouns of support for a charge: after "no" or "little" the charge is not asserted.
const EVIDENCE: &str = "evidence proof sign signs indication";

/// Finite forms of "be" and "have" that show a clause ("denied the vote was rigged").
const CLAUSE_AUXILIARIES: &str = "was were is are had has";

/// How far back (in words) a denial verb is looked for from the match, inside its clause.
const DENIAL_REACH: usize = 10;

/// The match sits inside what a denial governs: after "denied that", "rejected claims of",
/// "dismissed suggestions that", with no punctuation between ("denied that the vote was
/// rigged"), or after "deny any" or "denied having" ("denied having rigged the vote"); also
/// after "no evidence that". The word is the accusation being denied, reported, not the
/// outlet's judgement. A word before the complement stays ("dismissed the absurd claims that").
pub fn denied(doc: &Document, start: usize) -> bool {
    if denied_directly(doc, start) {
        return true;
    }
    let sent = doc.tokens[start].sentence;
    let past = |i: usize| doc.norm(&doc.tokens[i]).ends_with("ed");
    let mut opened = false;
    let mut reach = DENIAL_REACH;
    for (i, t) in doc.tokens[..start]
        .iter()
        .enumerate()
        .rev()
        .take(3 * DENIAL_REACH)
    {
        if t.sentence != sent {
            break;
        }
        let w = doc.norm(t);
        // A list of past verbs shares its first one's denial ("denied he ever "threatened,
        // coerced, or harassed" anyone"), and a quotation mark only quotes the charge: neither
        // ends the denial nor spends its reach (bounded by the `take` above).
        if t.kind == TokenKind::Punct {
            let listed = w == ","
                && past(start)
                && i > 0
                && past(i - 1)
                && (past(i + 1) || doc.norm_eq(&doc.tokens[i + 1], "or"));
            if listed || w.chars().all(|c| matches!(c, '"' | '“' | '”' | '‘' | '’')) {
                continue;
            }
            break;
        }
        if word_in!(w, "or" | "otherwise") && past(start) {
            continue;
        }
        if reach == 0 {
            break;
        }
        reach -= 1;
        // ("the disputed territory": after a determiner "disputed" is an adjective, no denial.)
        let adjective =
            w == "disputed" && before(doc, i).is_some_and(|p| doc.norm_in(p, DETERMINERS));
        // A negated "mean" denies its clause too: "that does not mean the situation is
        // hopeless".
        let meant = word_in!(w, "mean" | "means" | "meant") && negated(doc, i);
        if (one_of(DENIAL_VERBS, w) && !adjective) || meant {
            return opened;
        }
        // "the notion that the board rigged it is absurd": the idea the sentence dismisses.
        if w == "that" && i > 0 && doc.norm_one_of(i - 1, IDEAS) && dismissed(doc, start) {
            return true;
        }
        // "no evidence (that) the vote was rigged": the charge is what no evidence supports.
        if one_of(EVIDENCE, w) {
            return before(doc, i).is_some_and(|p| word_in!(doc.norm(p), "no" | "little" | "any"));
        }
        // A reason the speaker denies: "they are not coming because they are aggressive".
        if w == "because" && reason_denied(doc, i, start) {
            return true;
        }
        // A conjunction starts another clause: "denied it and said the vote was rigged".
        if word_in!(w, "and" | "but") {
            return false;
        }
        // A finite verb between makes the denial's object a clause without "that": "denied
        // the election had been rigged".
        // So does "ever" after the denial's subject: "denied he ever coerced anyone".
        // So does a modal: "denied he would try to rig the count".
        if word_in!(w, "that" | "of" | "ever" | "would" | "will")
            || one_of(ACCUSATIONS, w)
            || one_of(CLAUSE_AUXILIARIES, w)
        {
            opened = true;
        }
    }
    false
}

/// Words of the main clause looked at before "because", and tokens after the match in which
/// the true reason may follow.
const REASON_REACH: usize = 8;
const REASON_CONTRAST: usize = 24;

/// The "because" at `b` gives a reason its clause denies: "not because they are lazy", or a
/// negated verb within `REASON_REACH` words before, no punctuation between, and another
/// "because" (the reason put instead) within `REASON_CONTRAST` tokens after the match: "they
/// are not coming because they are aggressive; they come because there is food". Without that
/// contrast the clause explains the negation ("the ferry did not sail because the sea was
/// rough"); "not only because", "not least because" grant the reason.
fn reason_denied(doc: &Document, b: usize, start: usize) -> bool {
    let sent = doc.tokens[start].sentence as usize;
    for k in (b.saturating_sub(REASON_REACH)..b).rev() {
        let w = doc.norm_at(k);
        if !doc.tokens[k].is_word()
            || doc.tokens[k].sentence as usize != sent
            || one_of(GRANTING, w)
        {
            return false;
        }
        if word_in!(w, "not" | "never") || w.ends_with("n't") {
            return k + 1 == b
                || (start + 1..start + REASON_CONTRAST).any(|k| {
                    // (In its sentence or the next of its paragraph.)
                    let s = doc.tokens.get(k).map_or(0, |t| t.sentence as usize);
                    s <= sent + 1
                        && doc.sentences[s].paragraph == doc.sentences[sent].paragraph
                        && doc.norm_is(k, "because")
                });
        }
    }
    false
}

/// Nouns of an idea put forward: "the notion that …".
const IDEAS: &str = "idea notion suggestion suggestions claim claims allegation allegations theory";

/// Predicates that dismiss an idea: "… is frankly absurd", "was complete nonsense".
const DISMISSALS: &str =
    "absurd laughable ridiculous nonsense preposterous ludicrous false untrue baseless";

/// How far after the match the idea's "is" may stand, in its clause.
const DISMISS_REACH: usize = 12;

/// The clause after the match goes on to "is"/"was" and, within three words, a dismissal.
fn dismissed(doc: &Document, start: usize) -> bool {
    let sent = doc.tokens[start].sentence;
    let mut since_be = usize::MAX;
    for t in doc.tokens[start + 1..]
        .iter()
        .take(DISMISS_REACH)
        .take_while(|t| t.sentence == sent && t.kind != TokenKind::Punct)
    {
        let w = doc.norm(t);
        if since_be < 3 && one_of(DISMISSALS, w) {
            return true;
        }
        since_be = if word_in!(w, "is" | "was" | "are" | "were") {
            0
        } else {
            since_be.saturating_add(1)
        };
    }
    false
}

/// The outlet denies the word itself: "no" right before ("there was no hollowing out"), or
/// "not", "never" or "n't" right before or over "a"/"an"/"the" and "be" ("it is not a hoax",
/// "was not the ringleader", "don't be a martyr"), or "no need for", or "rather than" or "instead of" sets it aside. Not an "-ly" adverb ("not surprisingly" asserts) nor "if not" ("unusual, if not
/// unprecedented" concedes the word).
pub fn negated_directly(doc: &Document, start: usize, end: usize) -> bool {
    let Some(p) = before(doc, start) else {
        return false;
    };
    if denied_predicate(doc, start) {
        return true;
    }
    let mut at = start - 1;
    let mut w = doc.norm(p);
    // A degree conceded: "however brilliant the plan", "no matter how beautiful the beach is"
    // (after "however" the clause goes on: "agreed, however reluctantly," is "albeit").
    // An adjective needs no clause after it: "however tragic." concedes the degree too.
    if (w == "however"
        && (after(doc, end).is_some_and(|t| t.is_word()) || !doc.norm_at(end - 1).ends_with("ly")))
        || (w == "how" && doc.norm_is(at.wrapping_sub(1), "matter"))
    {
        return true;
    }
    // "There's nothing fake about it": what "nothing" governs is denied; so is what a negated
    // "any" governs (three words back: "never saw any evil") or a negated "anything" (five:
    // "we don't need to do anything crazy").
    if w == "no"
        || w == "nothing"
        || (w == "any" && negated(doc, at))
        || (w == "anything" && negated_within(doc, at, 5))
    {
        return true;
    }
    // "without looking reckless", "without being aggressive": a seeming one avoids.
    if one_of(SEEMING, w) && before(doc, at).is_some_and(|q| doc.norm_eq(q, "without")) {
        return true;
    }
    // Over "the" only a whole noun phrase is denied: "not the brutal crackdown" presumes it.
    let ends_phrase =
        after(doc, end).is_none_or(|t| !t.is_word() || doc.norm_in(t, FUNCTION_WORDS));
    // What a thing is said not to be about, a bare noun: "this was never about coercion", "it
    // isn't about revenge".
    if w == "about" && ends_phrase && negated_within(doc, at, 1) {
        return true;
    }
    let article = word_in!(w, "a" | "an") || (w == "the" && ends_phrase);
    if article {
        let Some(q) = before(doc, at) else {
            return false;
        };
        at -= 1;
        w = doc.norm(q);
        // A comparison that sets the word aside: "less a tragedy than an interrogation".
        if w == "less" {
            return true;
        }
    } else if doc.norm(&doc.tokens[start]).ends_with("ly") {
        return false;
    }
    // A negated verb's object: "not asking for a windfall", "never wanted a war" (not "not
    // only a scandal": granting words concede it); an outcome after "in" or "into", bare too:
    // "did not end in tragedy", "never descended into chaos".
    let outcome = word_in!(w, "in" | "into");
    // A want's bare object too: "you cannot expect miracles", "we don't need heroes" (not
    // one given a deed: "don't want terrorists to have a haven" names them).
    let wanted = ends_phrase
        && !doc.norm_is(end, "to")
        && word_in!(
            w,
            "expect" | "need" | "want" | "require" | "needs" | "requires"
        );
    if (article || outcome || wanted) && !doc.norm_is(start - 1, "the") && !one_of(GRANTING, w) {
        let v = if w == "for" || outcome {
            at.wrapping_sub(1)
        } else {
            at
        };
        // A negative quantifier as the want's subject: "None of this requires genius", "Nobody
        // is asking for a war"; asked only of a token ("For a hoax" opening a text wraps `v`).
        if doc.tokens.get(v).is_some_and(|t| t.is_word())
            && (negated_within(doc, v, 1) || ((wanted || w == "for") && no_subject(doc, v)))
            && !doc.norm_at(v).ends_with("n't")
        {
            return true;
        }
    }
    // "no need for panic", "little reason for alarm": the thing is said to be uncalled for.
    if w == "for" {
        let need = before(doc, at).map(|q| doc.norm(q));
        return need.is_some_and(|n| one_of(UNCALLED_FOR, n))
            && before(doc, at - 1).is_some_and(|q| word_in!(doc.norm(q), "no" | "little"));
    }
    // A negated "be" before an article, also a sentence's opening imperative: "won't be a
    // disaster", "Don't be a martyr", "Never be a bystander" (the capital there opens the
    // sentence, not a name). A participle stays: "will not be hounded" is the speaker's frame.
    let mut imperative = false;
    if w == "be" && article {
        let Some(q) = before(doc, at) else {
            return false;
        };
        at -= 1;
        w = doc.norm(q);
        imperative = true;
    }
    // A contrast that sets the word aside: "consent rather than coercion", "instead of chaos".
    let prev = before(doc, at).map(|q| doc.norm(q));
    if (w == "than" && prev == Some("rather")) || (w == "of" && prev == Some("instead")) {
        return true;
    }
    // What is said of no one is said of no one: "No one panicked", "Nobody here is a hero".
    if no_one(doc, at) || (word_in!(w, "is" | "was" | "are" | "were") && no_subject(doc, at)) {
        return true;
    }
    // "None of this is radical": the predicate is denied of all it names.
    if word_in!(w, "is" | "was" | "are" | "were")
        && at >= 3
        && doc.norm_is(at - 3, "none")
        && doc.norm_is(at - 2, "of")
        && word_in!(
            doc.norm_at(at - 1),
            "this" | "that" | "it" | "these" | "those" | "them"
        )
    {
        return true;
    }
    // "neither villain nor saviour": both words are denied.
    if word_in!(w, "neither" | "nor") && !doc.tokens[at].cap {
        return true;
    }
    // A capital "Never" is a label's ("Never Trumpers").
    (word_in!(w, "not" | "never" | "hardly") || w.ends_with("n't"))
        && (imperative || !doc.tokens[at].cap)
        && before(doc, at).is_none_or(|q| !doc.norm_eq(q, "if"))
}

/// A negative quantifier opening a clause at token `k`: "nobody", "none", "nothing", "no one"
/// (not after a noun: "the question nobody asked was bellicose").
fn no_one(doc: &Document, k: usize) -> bool {
    let one = doc.norm_is(k, "one") && doc.norm_is(k.wrapping_sub(1), "no");
    let b = k.wrapping_sub(1 + one as usize);
    (one || doc.norm_one_of(k, "none nothing nobody"))
        && doc.tokens.get(b).is_none_or(|t| {
            t.sentence != doc.tokens[k].sentence || !t.is_word() || doc.norm_in(t, FUNCTION_WORDS)
        })
}

/// A negative quantifier within three words before token `v`, in its sentence: the subject.
fn no_subject(doc: &Document, v: usize) -> bool {
    // Only words that extend the quantifier, or an auxiliary, may stand between ("Nobody here
    // is", "None of us was", "Nobody is asking for"): another verb means it is that verb's
    // subject ("That nobody came is a disaster", "Nobody doubts they asked for").
    (v.saturating_sub(3)..v).any(|k| {
        doc.tokens[k].sentence == doc.tokens[v].sentence
            && no_one(doc, k)
            && (k + 1..v).all(|j| {
                doc.norm_one_of(
                    j,
                    "here else of us them this that these those it all really ever is are was were has have had",
                )
            })
    })
}

/// A clause after the noun a negated "be" denies, up to seven words on with no punctuation or
/// clause word between: a participle's ("was not a small operation run out of desperation") or
/// a new subject's ("isn't something the board dreamed up"). The clause describes what is
/// denied. Not a word before the noun ("not a far-right wingnut", the head is denied as
/// written) nor a phrase after it ("not a license for harassment" asserts the harassment).
fn denied_predicate(doc: &Document, start: usize) -> bool {
    let mut clause = false;
    for k in (start.saturating_sub(8)..=start).rev() {
        let w = doc.norm_at(k);
        if !doc.tokens[k].is_word()
            || doc.tokens[k].sentence != doc.tokens[start].sentence
            || word_in!(
                w,
                "that" | "which" | "who" | "because" | "but" | "if" | "when"
            )
            || one_of(GRANTING, w)
        {
            return false;
        }
        if k < start && word_in!(w, "a" | "an" | "something") {
            // "isn't" as one token or two ("is", "n't").
            let n = doc.norm_at(k.wrapping_sub(1));
            let v = match n.strip_suffix("n't") {
                Some(v) if !v.is_empty() => v,
                _ => doc.norm_at(k.wrapping_sub(2)),
            };
            return clause
                && (n == "not" || n.ends_with("n't"))
                && word_in!(v, "is" | "was" | "are" | "were" | "be" | "'s" | "'re");
        }
        // Right after the noun, not after a preposition ("a problem for the virtuous").
        clause |= (w.ends_with("ed") || one_of(RELATIVE_OPENERS, w))
            && !doc.norm_one_of(k.wrapping_sub(1), FUNCTION_WORDS);
    }
    false
}

/// Irregular participles and subjects that open a clause after a noun: "a plan run by",
/// "something we made up".
const RELATIVE_OPENERS: &str = "run made done built set put the we they he she i you people anyone";

/// Words after "not" that grant what follows: "not only because", "not just a scandal".
const GRANTING: &str = "only just least merely simply solely partly";

/// Verbs of being or seeming that "without" denies with their complement.
const SEEMING: &str = "being looking seeming appearing sounding";

/// Nouns of a call for something, after "no" or "little": "no need for", "no cause for".
const UNCALLED_FOR: &str = "need reason cause call grounds";

/// Words that introduce a charge: the act after their "of", "with" or "for" is the charge's own
/// wording ("charged with assaulting a guard").
const CHARGES: &str = "charged convicted acquitted indicted arrested jailed guilty counts";

/// Words that introduce a charge only in a criminal case: "accused of threatening a cashier"
/// after an arrest; "accused of grandstanding" by a rival is the rival's judgement.
const ACCUSED: &str = "accused suspected";

/// What may follow a gerund that takes an object or a phrase: "threatening a cashier",
/// "lying to police", "lying." ("accused of shocking acts": an adjective before its noun).
const AFTER_GERUND: &str =
    "a an the his her their its them him me us to on at in about during after";

/// The match is the gerund a charge names, right after its "of", "with" or "for" (one word
/// back): the charge's terms, not the outlet's judgement (as "pleaded guilty to lying").
pub fn charged_act(doc: &Document, ctx: &SentenceContext, start: usize, end: usize) -> bool {
    let next = doc.tokens.get(end);
    let sentence = doc.tokens[start].sentence as usize;
    // A legal or court word, or the police, near: "police said a man accused of …".
    let criminal = || {
        let near = |words| {
            in_sentence(
                doc,
                doc.sentences[sentence].tokens.clone(),
                start,
                end,
                words,
            )
        };
        ctx.court_case(doc, sentence) || near(LEGAL_WORDS) || near("police")
    };
    // A later offence of the charge's list is its wording too: "arrested for theft, fraud and
    // menacing" (the walk back over one-word items and their commas, "and", "or" is bounded
    // by `CHARGE_LIST` tokens).
    let sep = |i: usize| word_in!(doc.norm_at(i), "," | "and" | "or");
    let mut at = start;
    for _ in 0..CHARGE_LIST {
        match at.checked_sub(1) {
            Some(a) if sep(a) || (sep(at) && doc.tokens[a].is_word()) => at = a,
            _ => break,
        }
    }
    doc.norm_at(end - 1).ends_with("ing")
        && next.is_none_or(|t| !t.is_word() || doc.norm_in(t, AFTER_GERUND))
        && at >= 2
        && doc.tokens[at - 2].sentence == doc.tokens[start].sentence
        && word_in!(doc.norm_at(at - 1), "of" | "with" | "for")
        && (doc.norm_one_of(at - 2, CHARGES) || doc.norm_one_of(at - 2, ACCUSED) && criminal())
}

/// How many tokens back a charge's list of offences may reach from the match (five items).
const CHARGE_LIST: usize = 10;

/// Nouns of an accusation whose "of" names what one side charges another with.
const CHARGE_NOUNS: &str = "accusation accusations allegation allegations charges";

/// How many words may stand between "of" and the charge's noun: its modifiers and a list's
/// earlier items ("accusations of Russian meddling", "allegations of fraud and intimidation").
const CHARGE_MODIFIERS: usize = 3;

/// The match ends the phrase after "accusations of", "allegations of" or "charges of": the
/// standard name of what is alleged, reported, not asserted ("the parties traded accusations
/// of ballot manipulation"). An adjective before its noun stays ("allegations of brutal
/// abuse"): the manner is the writer's; so does a charge whose holder follows, their word
/// ("charges of cronyism from the guild").
pub fn alleged_offence(doc: &Document, start: usize, end: usize) -> bool {
    !modifies_next(doc, end) && !doc.norm_is(end, "from") && in_charge(doc, start)
}

/// An adjective before the noun of a charge ("accusations of brutal abuses"): the writer's
/// word for what is alleged, as no quotation marks give it to the accuser.
pub fn charge_manner(doc: &Document, start: usize, end: usize) -> bool {
    modifies_next(doc, end) && in_charge(doc, start)
}

/// The match stands in the phrase after "accusations of", "allegations of" or "charges of"
/// (at most `CHARGE_MODIFIERS` words before it there).
fn in_charge(doc: &Document, start: usize) -> bool {
    let sent = doc.tokens[start].sentence;
    (1..=CHARGE_MODIFIERS + 1).any(|k| {
        start.checked_sub(k + 1).is_some_and(|n| {
            doc.tokens[n].sentence == sent
                    && doc.norm_is(n + 1, "of")
                    && doc.norm_one_of(n, CHARGE_NOUNS)
                    // The charge's own words: modifiers and a list's "and"/"or", no verb or
                    // article of a clause ("accusations of collusion were a hoax").
                    && doc.tokens[n + 2..start].iter().all(|t| {
                        let w = doc.norm(t);
                        t.sentence == sent
                            && t.is_word()
                            && (word_in!(w, "and" | "or") || !one_of(FUNCTION_WORDS, w))
                    })
        })
    })
}

/// Modals that make an indefinite subject a supposed case ("a bankrupt council would …").
const SUPPOSING: &str = "would could might can cannot";

/// The match describes an indefinite subject that opens its sentence or a clause after
/// "that", and a modal follows its noun within two words: "A bankrupt council would pay no
/// one" supposes the state, it does not assert it. Also an idiom that urges ("would be crazy
/// not to") and banter softened after a comma ("mad, … in the best possible way").
pub fn supposed(doc: &Document, start: usize, end: usize) -> bool {
    let sent = &doc.sentences[doc.tokens[start].sentence as usize].tokens;
    // "It would be crazy not to go", "you'd be a fool not to": the idiom urges the thing.
    let urged = doc.norm_is(end, "not") && doc.norm_is(end + 1, "to");
    if urged && (1..3).any(|k| doc.norm_is(start.wrapping_sub(k), "be")) {
        return true;
    }
    // Banter the speaker softens: "you lot are mad, and we mean that in the best possible way".
    if doc.norm_is(end, ",")
        && (end + 3..(end + 10).min(sent.end))
            .any(|j| doc.norm_is(j, "way") && word_in!(doc.norm_at(j - 1), "possible" | "nicest"))
    {
        return true;
    }
    start > sent.start
        && word_in!(doc.norm_at(start - 1), "a" | "an")
        && (start - 1 == sent.start || doc.norm_is(start - 2, "that"))
        && (end + 1..(end + 3).min(sent.end)).any(|j| doc.norm_one_of(j, SUPPOSING))
}

/// Words of meaning to do, before "to": "not willing to", "not here to", "do not intend to".
/// "Afraid" is left out: "not afraid to slam" does it.
const VOLITION: &str =
    "willing going here want wanted trying prepared about intend intends intending";

/// Refusals, which negate the verb after "to" themselves: "refused to be cowed".
const REFUSE: &str = "refuse refuses refused refusing";

/// A verb the speaker means not to do is not done: "not here to lecture", "not willing to
/// pooh-pooh it", "don't want to slam anyone". A denial the writer frames is dropped too, as
/// `negated_directly` drops others: "officials are not trying to whitewash it".
pub fn declined(doc: &Document, start: usize) -> bool {
    // The words before the match, nearest first, inside its sentence.
    let sent = doc.tokens[start].sentence;
    let mut back = doc.tokens[start.saturating_sub(8)..start]
        .iter()
        .rev()
        .take_while(|t| t.sentence == sent)
        .map(|t| doc.norm(t));
    let mut first = back.next();
    let word = doc.norm_at(start);
    // "have no intention of squandering it": the gerund is what is not meant.
    if first == Some("of") {
        return word.ends_with("ing")
            && back
                .next()
                .is_some_and(|w| word_in!(w, "intention" | "intentions"))
            && back.next() == Some("no");
    }
    // "refused to be cowed", "refuses to be bullied": a passive refused is not undergone.
    if first == Some("be") {
        return (word.ends_with("ed") || word.ends_with("en"))
            && back.next() == Some("to")
            && back.next().is_some_and(|v| one_of(REFUSE, v));
    }
    // "not going to stand here and pretend": the idiom's verb of posture only leads to the one
    // declined, and makes the match a verb.
    if first == Some("and") {
        if back.next() != Some("here") || !back.next().is_some_and(|v| word_in!(v, "stand" | "sit"))
        {
            return false;
        }
        first = back.next();
    } else if guess_pos(doc, start) != Some(Pos::Verb) {
        // "to" before a plural is a preposition: "not going to thugs" names a recipient.
        return false;
    }
    first == Some("to")
        && back.next().is_some_and(|v| one_of(VOLITION, v))
        && back
            .take(2)
            .any(|v| word_in!(v, "not" | "never") || v.ends_with("n't"))
}

/// Words of holding back before "to": "declined to call it", "reluctant to label it".
const WITHHOLDING: &str =
    "reluctant unwilling hesitant loath decline declines declined declining refuse refuses refused";

/// The labelling verb at `v` is withheld, so its label is mentioned, not applied: refused or
/// avoided ("declined to call it genocide", "reluctant to label the situation as", "stopped
/// short of calling it") or negated ("did not call it a coup").
pub fn withheld(doc: &Document, v: usize) -> bool {
    let (p, q) = (
        doc.norm_at(v.wrapping_sub(1)),
        doc.norm_at(v.wrapping_sub(2)),
    );
    (p == "to" && one_of(WITHHOLDING, q))
        || (p == "of" && q == "short")
        || negated_within(doc, v, 2)
}

/// Forms of "deny", whose object is the charge itself ("denied rigging the vote").
const DENY: &str = "deny denies denied denying";

/// The match is what "deny" denies, after "any", "ever", "having" or "being" ("denied any
/// wrongdoing", "denied having rigged the vote", "denied being a racist"). A bare gerund ("denied bungling the repairs") stays a
/// flag: reported speech gives it to the one who denies (`reported.rs`).
fn denied_directly(doc: &Document, start: usize) -> bool {
    let Some(mut p) = before(doc, start) else {
        return false;
    };
    let mut at = start - 1;
    if word_in!(doc.norm(p), "a" | "an") {
        let Some(q) = before(doc, at) else {
            return false;
        };
        (p, at) = (q, at - 1);
    }
    word_in!(doc.norm(p), "any" | "ever" | "having" | "being")
        && before(doc, at).is_some_and(|v| doc.norm_in(v, DENY))
}

/// A rank in a competition is a title won, not praise: "champions of the opening season",
/// "champion of the regional cup", "giants of the league": a phrase ending in its own "of",
/// then "the" and, within three words, the competition ("a champion of the poor" stays).
pub fn title_won(doc: &Document, end: usize) -> bool {
    doc.norm_is(end - 1, "of")
        && doc.norm_is(end, "the")
        && (end + 1..end + 4).any(|j| {
            word_in!(
                doc.norm_at(j),
                "league" | "cup" | "season" | "tournament" | "championship"
            )
        })
}

const COUNT_WORDS: &str = concat!(
    "dozens hundreds thousands millions killed killing dead deaths died injured",
    " wounded casualties magnitude evacuated homeless victims toll",
);

/// A number or casualty count within eight tokens of the match, in its sentence.
fn counted(doc: &Document, sent: std::ops::Range<usize>, start: usize, end: usize) -> bool {
    let lo = start.saturating_sub(8).max(sent.start);
    let hi = (end + 8).min(sent.end);
    doc.tokens[lo..hi]
        .iter()
        .any(|t| t.kind == TokenKind::Number || doc.norm_in(t, COUNT_WORDS))
}

const HYPOTHETICAL: &str = concat!(
    "if unless imagine suppose hypothetical hypothetically novel novels fictional",
    " fiction parable plot film movie episode character comedy thriller protagonist sitcom",
    " tale tales opera villain actor actress baritone soprano tenor",
);

/// The lead (the first sentence) of an article (three sentences at least: a lone sentence is
/// no story) reports deaths: a deadly collapse, fire, blast or outbreak is the story's event, so
/// its damage words ("the collapse", "the disaster") name that event.
fn deadly_lead(doc: &Document) -> bool {
    let Some(lead) = doc.sentences.first().filter(|_| doc.sentences.len() > 2) else {
        return false;
    };
    let lead = lead.tokens.clone();
    // A count of the dead within three words: "killed 15 people", "three workers died", "left
    // 12 dead" (not an age, "died on Sunday at 88"; not "killed the bill", "died down").
    let counted = |i: usize| {
        (i.saturating_sub(3)..i + 4).any(|k| {
            lead.contains(&k)
                && !word_in!(doc.norm_at(k.wrapping_sub(1)), "at" | "aged" | "age")
                && (doc.tokens[k].kind == TokenKind::Number
                    || doc.norm_in(&doc.tokens[k], DEATH_COUNTS))
        })
    };
    lead.clone().any(|i| match doc.norm_at(i) {
        // The adjective, not a title's capital ("Deadly Premonition"), unless it opens the lead.
        "deadly" => i == lead.start || !doc.tokens[i].cap,
        "killed" | "killing" | "died" | "dead" => counted(i),
        _ => false,
    })
}

/// Words that count the dead in a lead with `deadly_lead`'s verbs.
const DEATH_COUNTS: &str = concat!(
    "people dozens hundreds thousands scores two three four five six seven eight nine ten",
    " eleven twelve twenty children civilians residents workers passengers soldiers",
);

#[cfg(test)]
mod tests {
    use super::*;

    /// The set lookup (with its filter) answers as the scan, for words in and out of a class,
    /// prefixes and extensions of its words, and the empty word.
    #[test]
    fn one_of_answers_as_a_scan_of_the_class() {
        const CLASSES: [&str; 3] = [PARTICLES, DENY, "a an the x"];
        for class in CLASSES {
            let mut probes: Vec<String> = class.split(' ').map(String::from).collect();
            for w in class.split(' ') {
                probes.push(format!("{w}s"));
                probes.push(w[..w.len() - 1].to_string());
                probes.push(w.to_uppercase());
            }
            probes.extend(["", " ", "in up", "outs", "zzz"].map(String::from));
            for w in &probes {
                assert_eq!(one_of(class, w), scan_class(class, w), "{w:?} in {class:?}");
            }
        }
    }

    #[test]
    fn one_of_answers_alike_in_every_thread() {
        // The sets are built once per process and shared: a class first asked in one thread is
        // answered in another, and a slot's class is checked before its set is used.
        assert!(one_of(PARTICLES, "up") && !one_of("a an the x", "up"));
        std::thread::spawn(|| {
            assert!(one_of(PARTICLES, "out") && !one_of(PARTICLES, "outs"));
            assert!(one_of("a an the x", "the") && !one_of(DENY, "the"));
        })
        .join()
        .unwrap();
    }

    fn pos_of(text: &str, word: &str) -> Option<Pos> {
        let d = Document::new(text);
        let i = d.tokens.iter().position(|t| d.norm(t) == word).unwrap();
        guess_pos(&d, i)
    }

    #[test]
    fn sense_codes_round_trip() {
        for c in 0..(1 << 19) {
            if let Some(s) = Sense::from_code(c) {
                assert_eq!(s.code(), c);
            }
        }
        let s = Sense::new(
            Some(Pos::Verb),
            true,
            &[Context::Negated, Context::Hypothetical],
        );
        assert_eq!(Sense::from_code(s.code()), Some(s));
    }

    #[test]
    fn pos_from_the_word_before() {
        assert_eq!(pos_of("He rejected the claims.", "claims"), Some(Pos::Noun));
        assert_eq!(pos_of("The firm's claims grew.", "claims"), Some(Pos::Noun));
        assert_eq!(pos_of("She went on to claim it.", "claim"), Some(Pos::Verb));
        assert_eq!(pos_of("They claim it works.", "claim"), Some(Pos::Verb));
        assert_eq!(pos_of("Smith claims it works.", "claims"), None);
        assert_eq!(
            pos_of("The plaintiffs’ claims failed.", "claims"),
            Some(Pos::Noun)
        );
        let d = Document::new("Claims against lawmakers rose. He claims to be sure.");
        let at = |n: usize| {
            d.tokens
                .iter()
                .enumerate()
                .filter(|(_, t)| d.norm(t) == "claims")
                .nth(n)
                .unwrap()
                .0
        };
        assert!(noun_by_what_follows(&d, at(0) + 1));
        assert!(!noun_by_what_follows(&d, at(1) + 1));
        let d = Document::new("They settled a harassment claim. He claimed.");
        let i = d.tokens.iter().position(|t| d.norm(t) == "claim").unwrap();
        assert!(noun_by_what_follows(&d, i + 1));
        let j = d
            .tokens
            .iter()
            .position(|t| d.norm(t) == "claimed")
            .unwrap();
        assert!(!noun_by_what_follows(&d, j + 1));
    }

    #[test]
    fn names_are_capitalised_mid_sentence_only() {
        let d = Document::new("Slam poetry. She won a Grand Slam. He said: \"Slam it.\"");
        let at = |n: usize| {
            d.tokens
                .iter()
                .enumerate()
                .filter(|(_, t)| d.norm(t) == "slam")
                .nth(n)
                .unwrap()
                .0
        };
        assert!(!is_name_like(&d, at(0)));
        assert!(is_name_like(&d, at(1)));
        assert!(!is_name_like(&d, at(2)));
    }

    #[test]
    fn word_classes_are_single_spaced() {
        for c in [
            FUNCTION_WORDS,
            DETERMINERS,
            CLAUSE_VERBS,
            LEGAL_WORDS,
            CONVICTION_WORDS,
            LYING_WORDS,
            COURT_WORDS,
            HAZARDS,
            PARTICLES,
            OBJECT_PRONOUNS,
            ADVERBIAL_OPENERS,
            PASSIVE_AUXILIARIES,
            AMOUNTS,
            LITERAL_NOUNS,
            ENDANGERED_THINGS,
            PATHS,
            LY_NOUNS,
            OBJECT_OPENERS,
            DENY,
            EVIDENCE,
            CLAUSE_AUXILIARIES,
            CONDITIONS,
            MODALS,
            MODAL_FILLERS,
            PROSPECTS,
            IRREGULAR_PLURALS,
            FREQUENCY_WORDS,
            DOMAIN_MODIFIERS,
            DOMAIN_HEADS,
            FORCES,
            PEOPLE,
            NEWCOMERS,
            BATCHES,
            UNDERGOING,
            OPPOSING,
            GENERIC_PREPOSITIONS,
            DUES,
            INSTRUMENTS,
            UNDERTAKINGS,
            FAILING,
            ADJUNCT_OPENERS,
            GOVERNING,
            CLAUSE_OPENERS,
            RELATIVE_FILLERS,
        ] {
            assert!(!c.contains("  ") && !c.starts_with(' ') && !c.ends_with(' '));
        }
        assert!(one_of(FUNCTION_WORDS, "the") && !one_of(FUNCTION_WORDS, "th"));
    }

    fn context_at(text: &str, word: &str, c: Context) -> bool {
        let d = Document::new(text);
        let i = d.tokens.iter().position(|t| d.norm(t) == word).unwrap();
        let ctx = SentenceContext::new(&d);
        mismatch(&d, &ctx, i, i + 1, &Sense::new(None, true, &[c])).is_some()
    }

    #[test]
    fn an_effort_or_a_figure_that_failed_is_reported_in_the_domains_verb() {
        for (text, word, yes) in [
            (
                "Talks between the two unions collapsed on Monday.",
                "collapsed",
                true,
            ),
            ("The push to rename the airport was doomed.", "doomed", true),
            (
                "Profits at the chain cratered last spring.",
                "cratered",
                true,
            ),
            ("The regime collapsed amid protests.", "collapsed", false),
            ("The plan doomed the old mill.", "doomed", false),
            ("After the talks, the party collapsed.", "collapsed", false),
            ("After the talks the regime collapsed.", "collapsed", false),
            (
                "Under the deal the currency collapsed in 1998.",
                "collapsed",
                false,
            ),
            ("The deal doomed the port to decline.", "doomed", false),
            ("The bill was a doomed gesture.", "doomed", false),
            ("The bill was doomed, cynical and cruel.", "doomed", false),
            ("The plan devastated farm towns.", "devastated", false),
            ("The talks collapsed, officials said.", "collapsed", true),
        ] {
            assert_eq!(context_at(text, word, Context::Domain), yes, "{text}");
        }
    }

    #[test]
    fn only_a_sum_of_money_in_a_thing_and_no_date_or_span_is_a_magnitude() {
        for (text, word, yes) in [
            ("The firm got 40 euros in bailouts.", "bailouts", true),
            ("The city paid $40 in bailouts.", "bailouts", true),
            (
                "Police arrested 40 in aggressive sweeps.",
                "aggressive",
                false,
            ),
            (
                "Voters backed him 2 to 1 in erratic polling.",
                "erratic",
                false,
            ),
            ("The currency collapsed in 1998.", "collapsed", false),
            (
                "The regime collapsed 40 years after the coup.",
                "collapsed",
                false,
            ),
            ("Shares collapsed 30 percent.", "collapsed", true),
        ] {
            assert_eq!(context_at(text, word, Context::Magnitude), yes, "{text}");
        }
    }

    #[test]
    fn a_hazard_before_of_is_a_metaphor_of_volume() {
        for (text, yes) in [
            ("The school collapsed in the earthquake.", true),
            ("The regime collapsed amid a storm of protests.", false),
            (
                "A storm of protest swept the city. The regime collapsed.",
                false,
            ),
            ("A storm hit the city. The old pier collapsed.", true),
        ] {
            assert_eq!(
                context_at(text, "collapsed", Context::Hazard),
                yes,
                "{text}"
            );
        }
    }

    #[test]
    fn a_noun_before_a_content_word_modifies_it() {
        assert!(context_at(
            "Congress passed disaster aid.",
            "disaster",
            Context::Modifier
        ));
        assert!(!context_at(
            "The plan is a disaster for us.",
            "disaster",
            Context::Modifier
        ));
        assert!(!context_at(
            "It was a disaster.",
            "disaster",
            Context::Modifier
        ));
        assert!(!context_at(
            "A disaster really.",
            "disaster",
            Context::Modifier
        ));
    }

    #[test]
    fn an_object_is_a_noun_phrase_not_a_clause() {
        assert!(context_at(
            "They claim a deduction each year.",
            "claim",
            Context::Object
        ));
        assert!(context_at(
            "Firms claimed 40 percent of it.",
            "claimed",
            Context::Object
        ));
        assert!(!context_at(
            "He claims the plan will work.",
            "claims",
            Context::Object
        ));
        assert!(!context_at(
            "He claims that it works.",
            "claims",
            Context::Object
        ));
        assert!(!context_at(
            "Smith claimed the plan worked.",
            "claimed",
            Context::Object
        ));
        assert!(context_at(
            "China claims the self-ruled island.",
            "claims",
            Context::Object
        ));
        assert!(context_at(
            "Parents who claim the credit can deduct the fees.",
            "claim",
            Context::Object
        ));
    }

    #[test]
    fn legal_hazard_and_term_contexts() {
        assert!(context_at(
            "He pleaded guilty to lying to agents.",
            "lying",
            Context::Legal
        ));
        assert!(!context_at(
            "He keeps lying to voters.",
            "lying",
            Context::Legal
        ));
        assert!(context_at(
            "The hurricane devastated the island.",
            "devastated",
            Context::Hazard
        ));
        assert!(!context_at(
            "The ruling devastated the union.",
            "devastated",
            Context::Hazard
        ));
        assert!(context_at(
            "It ends the so-called carried interest loophole.",
            "so-called",
            Context::Term
        ));
        assert!(context_at(
            "It ends so-called \"sanctuary\" rules.",
            "so-called",
            Context::Term
        ));
        assert!(context_at(
            "The so-called Magnitsky law passed.",
            "so-called",
            Context::Term
        ));
        assert!(!context_at(
            "The so-called experts disagreed.",
            "so-called",
            Context::Term
        ));
    }

    #[test]
    fn an_adjective_needs_its_noun() {
        assert!(context_at(
            "The Japanese premier was away.",
            "premier",
            Context::Head
        ));
        assert!(context_at(
            "Vice premier Wang spoke.",
            "premier",
            Context::Head
        ));
        assert!(!context_at(
            "It is the premier destination.",
            "premier",
            Context::Head
        ));
    }

    #[test]
    fn a_particle_makes_a_phrasal_verb() {
        assert!(context_at(
            "They hammered out a deal.",
            "hammered",
            Context::Particle
        ));
        assert!(!context_at(
            "They hammered the plan.",
            "hammered",
            Context::Particle
        ));
    }

    #[test]
    fn lie_before_a_word_of_place_or_posture_is_position() {
        let at = |text: &str, word: &str| context_at(text, word, Context::Particle);
        assert!(at("Cans left lying around fill with rain.", "lying"));
        assert!(at(
            "The islet lies beyond the reef and off the cape.",
            "lies"
        ));
        assert!(at("Spare tiles were left lying about the yard.", "lying"));
        assert!(at("The orchard lay idle while the pickers lie low.", "lie"));
        // Deceit: "lied", the noun, "about" a fact, "to" someone.
        assert!(!at("The agent lied on the visa form.", "lied"));
        assert!(!at("The host told lies on air.", "lies"));
        assert!(!at("His lies in the memoir were exposed.", "lies"));
        assert!(!at("The clerk was lying about the dates.", "lying"));
        assert!(!at("The clerk was lying to the board.", "lying"));
        assert!(!at("Nobody left. Lying about it helps no one.", "lying"));
    }

    #[test]
    fn passive_magnitude_literal_and_infinitive_contexts() {
        assert!(context_at(
            "He was threatened.",
            "threatened",
            Context::Passive
        ));
        assert!(context_at(
            "It was publicly revealed.",
            "revealed",
            Context::Passive
        ));
        assert!(!context_at(
            "He threatened them.",
            "threatened",
            Context::Passive
        ));
        // "he's" is "he is" before a state, "he has" before an object.
        assert!(context_at(
            "He’s deeply embarrassed.",
            "embarrassed",
            Context::Passive
        ));
        assert!(!context_at(
            "She's threatened the clerks.",
            "threatened",
            Context::Passive
        ));
        assert!(context_at(
            "A massive $2 billion cut.",
            "massive",
            Context::Magnitude
        ));
        assert!(context_at(
            "A massive trade surplus.",
            "massive",
            Context::Magnitude
        ));
        assert!(context_at(
            "Costs rose sharply.",
            "sharply",
            Context::Magnitude
        ));
        assert!(!context_at(
            "A massive blunder.",
            "massive",
            Context::Magnitude
        ));
        assert!(context_at(
            "It paid $40 billion in bailouts.",
            "bailouts",
            Context::Magnitude
        ));
        assert!(context_at(
            "It took billions of dollars in bailouts.",
            "bailouts",
            Context::Magnitude
        ));
        assert!(!context_at(
            "It paid $5 million in lavish bonuses.",
            "lavish",
            Context::Magnitude
        ));
        assert!(context_at(
            "It paid $40 billion in bailouts to banks.",
            "bailouts",
            Context::Magnitude
        ));
        assert!(!context_at(
            "They trust in bailouts.",
            "bailouts",
            Context::Magnitude
        ));
        assert!(context_at("Lethal pathogens.", "lethal", Context::Literal));
        assert!(!context_at("A lethal mistake.", "lethal", Context::Literal));
        assert!(context_at(
            "They destroyed a stone statue.",
            "destroyed",
            Context::Literal
        ));
        assert!(!context_at(
            "They destroyed his career.",
            "destroyed",
            Context::Literal
        ));
        assert!(context_at(
            "It would threaten national security.",
            "threaten",
            Context::Endangered
        ));
        assert!(!context_at(
            "He threatened the clerks.",
            "threatened",
            Context::Endangered
        ));
        assert!(context_at(
            "They threatened to sue.",
            "threatened",
            Context::Infinitive
        ));
        assert!(!context_at(
            "It threatened to the point of war.",
            "threatened",
            Context::Infinitive
        ));
    }

    #[test]
    fn title_case_headlines_are_detected() {
        let d = Document::new("Senator Slams Budget Plan As Reckless\n\nThe senator spoke today.");
        let c = SentenceContext::new(&d);
        assert!(c.title_case(&d, 0) && !c.title_case(&d, 1));
        let names = Document::new(
            "Acme, Widget Corp, Oracle, General Dynamic and Lockheed Martin declined to comment.",
        );
        assert!(!SentenceContext::new(&names).title_case(&names, 0));
    }

    #[test]
    fn a_lead_that_reports_deaths_makes_its_damage_words_the_event() {
        let deadly = "A deadly roof collapse at a market hall angered traders. Traders marched \
            on Friday. They blame the collapse on a cheap repair.";
        assert!(context_at(deadly, "collapse", Context::Hazard));
        for text in [
            // No deaths in the lead: the collapse may be a regime's.
            "Traders marched on Friday. They met the mayor. They blame the collapse on him.",
            // A lone sentence is no article.
            "Two people were killed as the regime's collapse neared.",
            // Killed or died without a count of the dead: a bill, a death in old age, a calm.
            "Senators killed the bill on Tuesday. Talks went on. The collapse of the deal hurt.",
            "The former mayor died on Sunday at 88. He served three terms. The collapse of his \
            party followed.",
            "The protests died down on Monday. Shops reopened. The collapse of trust remains.",
        ] {
            assert!(!context_at(text, "collapse", Context::Hazard), "{text}");
        }
        // A count of the dead is a deadly lead.
        let counted = "The roof of a market hall fell in, killing 12 traders. Crowds marched. \
            They blame the collapse on a cheap repair.";
        assert!(context_at(counted, "collapse", Context::Hazard));
    }
}
