//! A document-level pass over anonymous-source flags: an unnamed person or group ("an aide",
//! "officials", "two lawmakers", "experts said") whose people the article names in the same role
//! right after ("Aide Ann Lee said …", "said Ann Lee, an economist at …", "Senator Ann Lee …",
//! "Ann Lee, a former ambassador …" for diplomats)
//! is a general lead-in, not a source the reader cannot identify. Runs after the detectors, on
//! their flags; each flag looks at a bounded stretch after it, so the pass is linear in the text.

use super::Draft;
use crate::attribution::Attribution;
use crate::search::Search;
use crate::segment::{Document, TokenKind};
use crate::words::{few, Words};
use std::ops::Range;

/// The role a source or group noun gives its people, for finding them named in that role.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Official,
    Aide,
    Diplomat,
    Lawmaker,
    Investigator,
    Executive,
    Witness,
    Commentator,
    /// "media reports", "local media": news outlets, named by their titles.
    Media,
}

/// Nouns by role (slice lookups: a long string `match` costs the page more).
const ROLE_NOUNS: &[(Role, Words)] = &[
    (Role::Official, Words("official officials")),
    (Role::Aide, Words("aide aides adviser advisers advisor advisors staffer staffers confidant confidants operative operatives loyalist loyalists")),
    (Role::Diplomat, Words("diplomat diplomats negotiator negotiators ambassador ambassadors envoy envoys")),
    (Role::Lawmaker, Words("lawmaker lawmakers legislator legislators senator senators congressman congresswoman congressmen")),
    (Role::Investigator, Words("investigator investigators agent agents officer officers prosecutor prosecutors")),
    (Role::Executive, Words("executive executives")),
    (Role::Witness, Words("witness witnesses resident residents")),
    (Role::Commentator, Words("analyst analysts economist economists strategist strategists expert experts professor scholar scholars researcher specialist specialists commentator commentators observers pundits consultant")),
    (Role::Media, Words("media reports newspapers outlets press")),
];

/// Capitalised words that make a name an outlet's title ("The Daily Star", "the Evening Post").
pub(super) const OUTLET_WORDS: Words = Words("times post news journal star herald tribune telegraph guardian gazette mail express daily chronicle observer independent mirror sun press radio television tv reuters xinhua tass interfax cnn bbc nbc abc cbs fox msnbc bloomberg politico axios yonhap kyodo agency network magazine record register dispatch courier inquirer bulletin examiner standard globe");

/// Lowercase nouns after a name that make it an outlet ("the official Xinhua news agency").
pub(super) const OUTLET_NOUNS: Words = Words(concat!(
    "newspaper news daily broadcaster channel network magazine website outlet tabloid weekly",
    " agency",
));

/// Verbs by which an outlet tells ("The Daily Star reported").
const OUTLET_VERBS: Words =
    Words("reported reports said says published wrote quoted cited ran carried broadcast revealed");

/// The role a noun (normal form) names. Nouns whose people are unnamed by their nature
/// ("source", "insider") or of no one role ("member", "representative") have none.
fn role_of(n: &str) -> Option<Role> {
    ROLE_NOUNS
        .iter()
        .find(|(_, nouns)| nouns.contains(&n))
        .map(|&(r, _)| r)
}

/// The role a word names when it describes a named person, given the phrase's role: a
/// commentator may be described by any commentator noun ("experts said … said Ann Lee, a law
/// professor"), and a strategist or operative works for a campaign (an aide) or comments.
fn describes(word: &str, role: Role) -> bool {
    // Only the role's own class is asked (no noun is in two): this runs at most words after a
    // flag, and `role_of` asked every class before the role's.
    ROLE_NOUNS
        .iter()
        .any(|&(r, nouns)| r == role && nouns.contains(&word))
        || word.starts_with("strategist")
            && matches!(
                (role, role_of(word)),
                (Role::Aide, Some(Role::Commentator)) | (Role::Commentator, Some(Role::Aide))
            )
}

/// Titles that name a lawmaker by themselves ("Senator Lee", "Rep. Roe").
fn is_lawmaker_title(n: &str) -> bool {
    few!("senator" "senators" "sen." "sen" "rep." "rep" "reps." "representative" "representatives" "congressman" "congresswoman" "congressmen")
    .contains(&n)
}

/// Titles of an office held by an official ("Former CIA Director Ann Lee said", "Deputy Minister
/// Bo Roe told"): a title right before a name names an official.
pub(super) const OFFICE_TITLES: Words =
    Words("director secretary minister ambassador commissioner administrator governor mayor chief");

/// The capitalised run holding token `k` follows "former" (or opens with "Former") and opens its
/// sentence or a clause (after a comma or a verb of saying): its person is a former official
/// who speaks, not someone mentioned ("despite visits by former officials including …").
fn opens_clause(doc: &Document, k: usize) -> bool {
    let lo = doc.sentences[doc.tokens[k].sentence as usize].tokens.start;
    let mut p = k;
    while p > lo && (doc.tokens[p - 1].cap || doc.norm_is(p - 1, ".")) {
        p -= 1;
    }
    if !doc.norm_is(p, "former") {
        if p == lo || !doc.norm_is(p - 1, "former") {
            return false;
        }
        p -= 1;
    }
    p == lo || word_in!(doc.norm_at(p - 1), "," | "said" | "says" | "told")
}

/// How far after a flag a name may stand: the rest of its sentence and the next one (further on, a
/// name in the same role is as often someone else: "Lee's advisers say … Ann Roe, a rival
/// group's strategist, said").
const SENTENCES_AFTER: u32 = 1;
/// A bound on that stretch in tokens, so one flag's look costs a constant.
const MAX_TOKENS: usize = 160;
/// Up to three sentences on, an official, aide or diplomat is named only by the same role noun
/// right before a full name ("… adviser Tom Reyes told reporters"): a description after a name
/// is as often someone else's (bounded by twice MAX_TOKENS).
const ROLE_BEFORE_NAME_AFTER: u32 = 3;

/// Removes the anonymous-source flags (unnamed sources and vague groups, not anonymity clauses)
/// whose people the text names in the same role in their sentence or the next one, as someone
/// who tells (in an attributed sentence, not as a preposition's object). A flag in a
/// sentence that grants anonymity (`granted`, sorted sentence indices) stays, and so does one
/// that marks its people as others ("another official", "other experts"), and one whose phrase
/// says how it knows ("sources familiar with"): those people are not the ones named.
pub fn withdraw(doc: &Document, attr: &Attribution, drafts: &mut Vec<Draft>, granted: &[u32]) {
    drafts.retain(|d| !named_elsewhere(doc, attr, d, granted));
}

fn named_elsewhere(doc: &Document, attr: &Attribution, d: &Draft, granted: &[u32]) -> bool {
    if d.kind == "anonymity_clause" {
        return false;
    }
    let first = doc.tokens.partition_point(|t| (t.start as usize) < d.start);
    let end = doc.tokens.partition_point(|t| (t.start as usize) < d.end);
    if first >= end {
        return false;
    }
    let sent = doc.tokens[first].sentence;
    if granted.binary_search(&sent).is_ok() {
        return false;
    }
    let words = first..end;
    // "Lead author Dr Ann Lee said …. Researchers estimate …": a bare group of researchers or
    // scientists in a story that named its study's author before ("lead author Dr Ann Lee",
    // "Ann Lee, the study's co-author") is that study's team.
    if d.kind == "vague_attribution"
        && word_in!(doc.norm_at(first), "researchers" | "scientists")
        && (first.saturating_sub(FAR_TOKENS)..first).any(|k| {
            doc.norm_at(k).ends_with("author") && {
                let s = doc.tokens[k].sentence;
                let c = k + 1 + usize::from(doc.norm_is(k + 1, ","));
                name_word(doc, c, s) && name_word(doc, c + 1, s)
                    || (k.saturating_sub(6).max(1)..k).any(|i| {
                        doc.norm_is(i + 1, ",") && name_word(doc, i, s) && name_word(doc, i - 1, s)
                    })
            }
        })
    {
        return true;
    }
    if counted_names_next(doc, words.clone(), sent) || listed_by_name(doc, words.clone(), sent) {
        return true;
    }
    if d.kind == "vague_attribution" && voiced_next(doc, attr, words.clone(), sent) {
        return true;
    }
    if called_back(doc, words.clone(), granted) {
        return true;
    }
    if words.clone().any(|k| {
        word_in!(
            doc.norm_at(k),
            "another" | "other" | "others" | "anonymous" | "unnamed" | "unidentified"
        )
    }) {
        return false;
    }
    // The phrase's role: its last noun with one ("a senior White House official", "some legal
    // experts have said"). An access phrase ends on its preposition and has none.
    let Some(role) = words
        .clone()
        .rev()
        .take_while(|&k| doc.tokens[k].kind == TokenKind::Word)
        .find_map(|k| role_of(doc.norm_at(k)))
    else {
        return false;
    };
    if titled_later(doc, words.clone(), granted)
        || role == Role::Official && body_of_field_tells(doc, attr, words.clone(), sent)
    {
        return true;
    }
    let former = words.clone().any(|k| doc.norm_is(k, "former"));
    if echoed_in_role(doc, sent, end, role, former, granted) {
        return true;
    }
    // "Former officials said …. Former CIA Director Ann Lee and …": people out of office are
    // named by the title they held; a current office-holder named next is someone else ("…, a
    // senior official said. Governor Bo Roe has said …").
    let near = matches!(role, Role::Official | Role::Aide | Role::Diplomat);
    let last_sentence = sent
        + if near {
            ROLE_BEFORE_NAME_AFTER
        } else {
            SENTENCES_AFTER
        };
    let (mut k, mut seen) = (end, sent);
    while let Some(t) = doc.tokens.get(k) {
        if t.sentence > last_sentence || k >= end + 2 * MAX_TOKENS {
            break;
        }
        // A grant between the flag and the name: the people stay unnamed.
        if t.sentence != seen {
            seen = t.sentence;
            if granted.binary_search(&seen).is_ok() {
                return false;
            }
        }
        let far = seen > sent + SENTENCES_AFTER || k >= end + MAX_TOKENS;
        // (Far on, the cheap test of a capital next first: most words fail it.)
        if t.kind == TokenKind::Word
            && (!far || doc.tokens.get(k + 1).is_some_and(|n| n.cap))
            && t.quote.is_none()
            && attr.attributed[seen as usize]
            && (!far || describes(doc.norm(t), role) && name_word(doc, k + 1, seen))
            && (names_in_role(doc, k, role, former)
                || !far && role == Role::Diplomat && t.sentence != sent && foreign_minister(doc, k))
        {
            return true;
        }
        k += 1;
    }
    false
}

/// How many sentences on a flag's quoted words may come back in a named person's quotation.
const ECHO_SENTENCES: u32 = 8;

/// "The mayor will call the plan “a fair deal for every district”, a senior aide said. [four
/// sentences] “It is a fair deal for every district,” deputy adviser Lena Brooks told reporters":
/// the first words (three to five) of the quotation in the flag's sentence come back in a later
/// quotation whose sentence names someone in the phrase's role: the aide is that person. Bounded
/// by ECHO_SENTENCES and FAR_TOKENS; a grant between ends the look.
fn echoed_in_role(
    doc: &Document,
    sent: u32,
    end: usize,
    role: Role,
    former: bool,
    granted: &[u32],
) -> bool {
    let s = doc.sentences[sent as usize].tokens.clone();
    let Some(q0) = s
        .clone()
        .find(|&k| doc.tokens[k].quote.is_some() && doc.tokens[k].is_word())
    else {
        return false;
    };
    let q = doc.tokens[q0].quote;
    let key = q0..(q0..q0 + 5)
        .find(|&k| {
            doc.tokens
                .get(k)
                .is_none_or(|t| t.quote != q || !t.is_word())
        })
        .unwrap_or(q0 + 5);
    if key.len() < 3 {
        return false;
    }
    let hashes = doc.token_hashes();
    for k in s.end..(end + FAR_TOKENS).min(doc.tokens.len()) {
        let t = &doc.tokens[k];
        if t.sentence > sent + ECHO_SENTENCES || granted.binary_search(&t.sentence).is_ok() {
            return false;
        }
        if t.quote.is_none()
            || hashes[k] != hashes[q0]
            || !key.clone().enumerate().all(|(i, j)| {
                doc.tokens.get(k + i).is_some_and(|x| x.quote == t.quote)
                    && doc.norm_at(k + i) == doc.norm_at(j)
            })
        {
            continue;
        }
        let r = doc.sentences[t.sentence as usize].tokens.clone();
        return (r.start..r.end.min(r.start + MAX_TOKENS))
            .any(|i| doc.tokens[i].quote.is_none() && names_in_role(doc, i, role, former));
    }
    false
}

/// "A senior diplomat said …. Vice Foreign Minister Bo Tan told reporters …": a foreign
/// minister holds a diplomat's office; the title opens the next sentence's clause (its start, or
/// after a comma or a verb of saying) before a full name, so the minister is who tells.
fn foreign_minister(doc: &Document, k: usize) -> bool {
    let sent = doc.tokens[k].sentence;
    let lo = doc.sentences[sent as usize].tokens.start;
    let mut p = k;
    while p > lo && k - p < 4 && doc.tokens[p - 1].cap {
        p -= 1;
    }
    doc.tokens[k].cap
        && doc.norm_is(k, "minister")
        && k > p
        && doc.norm_is(k - 1, "foreign")
        && (p == lo || word_in!(doc.norm_at(p - 1), "," | "said" | "says" | "told"))
        && name_word(doc, k + 1, sent)
        && name_word(doc, k + 2, sent)
}

/// How far on a title's holder may be named (a lede's source named further down the story).
const FAR_TOKENS: usize = 600;

/// "…, a senior adviser said on Monday. … In an interview, senior adviser Ann Lee said …": one
/// unnamed person whose whole title (two or more words) the story later gives a named person,
/// before the name or in apposition after it ("Ann Lee, a senior adviser", "Ann Lee, the mayor's
/// senior adviser"): the same person.
fn titled_later(doc: &Document, words: Range<usize>, granted: &[u32]) -> bool {
    // (A title of at most eight words, so one flag's look costs a constant.)
    if !(3..=9).contains(&words.len()) || !word_in!(doc.norm_at(words.start), "a" | "an" | "one") {
        return false;
    }
    let title = words.start + 1..words.end;
    let same = |at: usize| {
        title
            .clone()
            .enumerate()
            .all(|(i, k)| doc.norm_at(at + i) == doc.norm_at(k))
    };
    let last = (words.end + FAR_TOKENS).min(doc.tokens.len());
    // (The title's first word by its hash before the words themselves: equal normal forms hash
    // alike, and nearly every token of the stretch differs.)
    let hashes = doc.token_hashes();
    let first = hashes[title.start];
    for k in words.end..last {
        let t = &doc.tokens[k];
        if granted.binary_search(&t.sentence).is_ok() {
            return false;
        }
        if hashes.get(k) != Some(&first) || t.quote.is_some() || !same(k) {
            continue;
        }
        let after = k + title.len();
        let sent = t.sentence;
        // Before the name ("senior adviser Ann Lee"), or after it ("Ann Lee, a senior adviser").
        if name_word(doc, after, sent)
            && name_word(doc, after + 1, sent)
            && !is_object(doc, k, sent)
        {
            return true;
        }
        // (Past a determiner, a possessive or a capitalised word: "Ann Lee, the mayor's senior
        // adviser", "Ann Lee, a City Hall senior adviser".)
        let mut c = k;
        while c + 3 > k
            && c > 0
            && doc.tokens[c - 1].sentence == sent
            && (word_in!(doc.norm_at(c - 1), "a" | "an" | "the")
                || crate::segment::ends_possessive(doc.slice(&doc.tokens[c - 1]))
                || doc.tokens[c - 1].cap && doc.tokens[c - 1].kind == TokenKind::Word)
        {
            c -= 1;
        }
        // (A surname alone opening a clause, the apposition closed by a comma: "“…,” Reyes, the
        // governor's senior aide, told reporters".)
        let lone = |i: usize| {
            doc.norm_is(after, ",")
                && (i == doc.sentences[sent as usize].tokens.start
                    || doc.tokens[i - 1].kind == TokenKind::Punct)
        };
        if c >= 2
            && doc.norm_is(c - 1, ",")
            && name_word(doc, c - 2, sent)
            && (c >= 3 && name_word(doc, c - 3, sent) || lone(c - 2))
            && !is_object(doc, c - 2, sent)
        {
            return true;
        }
    }
    false
}

/// "A White House aide said …. [paragraphs on] The aide, Jonah Pell, added …": the phrase's
/// noun after "the", beside a full name set off by a comma ("the aide, Ann Lee", "Ann Lee, the
/// aide,"), names the person the phrase introduced. A mention without "the" ("another aide",
/// "aides") brings in someone else and ends the look, as a grant does (bounded by FAR_TOKENS).
fn called_back(doc: &Document, words: Range<usize>, granted: &[u32]) -> bool {
    let head = words.end - 1;
    let hashes = doc.token_hashes();
    // ("Two former diplomats said …. The pair, Ann Lee and Bo Roe, wrote …": a pair by count.)
    let two = doc.norm_is(words.start, "two");
    for k in words.end..(words.end + FAR_TOKENS).min(doc.tokens.len()) {
        let t = &doc.tokens[k];
        if granted.binary_search(&t.sentence).is_ok() {
            return false;
        }
        let pair = two && word_in!(doc.norm(t), "pair" | "two") && doc.norm_is(k + 1, ",");
        if !pair
            && (hashes.get(k) != hashes.get(head)
                || doc.norm(t) != doc.norm_at(head)
                || !t.is_word())
        {
            continue;
        }
        if !doc.norm_is(k - 1, "the") {
            return false;
        }
        let sent = t.sentence;
        // (After the name only as a closed apposition: "Ann Lee, the aide who replaced him" may
        // be another aide.)
        // (Past a title's full stop: "the aide, Dr. Ann Lee".)
        let dot = usize::from(doc.norm_is(k + 3, "."));
        if doc.norm_is(k + 1, ",")
            && name_word(doc, k + 2, sent)
            && name_word(doc, k + 3 + dot, sent)
            || k >= 4
                && doc
                    .tokens
                    .get(k + 1)
                    .is_some_and(|x| x.kind == TokenKind::Punct)
                && doc.norm_is(k - 2, ",")
                && name_word(doc, k - 3, sent)
                && name_word(doc, k - 4, sent)
        {
            return true;
        }
    }
    false
}

/// "Health officials said …. The Brant County Health Department said …": officials named by
/// their field (a lowercase word before the noun, or the sentence's first word) whose body, by a
/// name holding that word, tells in the same or the next sentence: the group is that body's.
/// Words of rank, level or place ("senior", "state", "U.S.", "Chinese") name no body, and a body
/// that denies is another voice ("Health officials said …. The Health Ministry denied it").
fn body_of_field_tells(doc: &Document, attr: &Attribution, words: Range<usize>, sent: u32) -> bool {
    // A lede's dateline is not part of its first sentence's subject ("WAUSAU — Health officials").
    let lo = doc.sentences[sent as usize].tokens.start;
    let lo = crate::speaker::after_dateline(doc, lo, words.start).unwrap_or(lo);
    let field = |i: usize| {
        let (t, n) = (&doc.tokens[i], doc.norm_at(i));
        t.is_word()
            && (!t.cap || i == lo)
            && !super::anonymous::is_modifier(n)
            && !super::anonymous::DETERMINERS.contains(&n)
            && !LEVELS.contains(&n)
            && !["an", "ese", "ish", "i"].iter().any(|e| n.ends_with(e))
            && !n.has_char('.')
    };
    let last = (words.end + MAX_TOKENS).min(doc.tokens.len());
    // (The field may stand right before a bare noun the phrase did not take: "Fire officials".)
    let from = words.start - usize::from(words.start > lo);
    let fields = from..words.end - 1;
    // Only a field's officials at large ("state health officials"): a rank or count singles out
    // people who may speak apart from their body ("senior health officials said …").
    if !fields
        .clone()
        .all(|i| field(i) || doc.norm_one_of(i, LEVELS.0))
    {
        return false;
    }
    fields.filter(|&i| field(i)).any(|i| {
        (words.end..last).any(|k| {
            let s = doc.tokens[k].sentence;
            // The body's name: "the Brant County Health Department", "the Ministry of Health".
            let (mut p, e) = if doc.norm_one_of(k + 1, BODIES.0) {
                (k, k + 2)
            } else if k >= 2 && doc.norm_is(k - 1, "of") && doc.norm_one_of(k - 2, BODIES.0) {
                (k - 2, k + 1)
            } else {
                return false;
            };
            if s > sent + 1 || !doc.tokens[k].cap || doc.norm_at(k) != doc.norm_at(i) {
                return false;
            }
            // It opens its clause: not "a letter to the Health Department said".
            while p > 0 && doc.tokens[p - 1].cap && doc.tokens[p - 1].sentence == s {
                p -= 1;
            }
            if p > 0 && doc.norm_is(p - 1, "the") {
                p -= 1;
            }
            // Its own verb, past an auxiliary or "also" (not its people's: "Border Patrol agents
            // described …"); not a denial nor a refusal ("… said it did not comment on leaks", "…
            // said it could not confirm the figures").
            let c = e + usize::from(super::vague_group::is_verb_filler(doc.norm_at(e)));
            (p == doc.sentences[s as usize].tokens.start || doc.norm_is(p - 1, ","))
                && doc.tokens.get(c).is_some_and(|x| x.sentence == s)
                && attr.is_cue_start(c).is_some()
                && !word_in!(
                    doc.norm_at(c),
                    "denied" | "denies" | "disputed" | "rejected"
                )
                && !(c + 1..c + 7).any(|x| word_in!(doc.norm_at(x), "comment" | "confirm"))
        })
    })
}

/// Nouns that make a name a public body's ("the Health Department", "the Ministry of Health"; not
/// "Health Minister Ann Lee", a person, nor "the Transport Workers Union", other people).
const BODIES: Words = Words(
    "department ministry agency service office board commission authority council bureau administration committee directorate",
);

/// Levels of government, which name no field ("county officials", "state officials").
const LEVELS: Words =
    Words("city county town village district national provincial regional municipal public state federal local");

/// "…, analysts said. “…,” said Ann Lee, head of research at Pell Bank." A vague group's view
/// whose next sentence gives its speaker by full name (the wire's way to bring in one of the
/// group): the view has an owner the reader can identify. A spokesperson answering is no member.
fn voiced_next(doc: &Document, attr: &Attribution, mut words: Range<usize>, sent: u32) -> bool {
    let next = sent + 1;
    let Some(s) = doc.sentences.get(next as usize) else {
        return false;
    };
    if !words.any(|k| super::anonymous::is_group_noun(doc.norm_at(k))) {
        return false;
    }
    for k in s.tokens.start..s.tokens.end.min(s.tokens.start + MAX_TOKENS) {
        // A quotation's speaker, or the name after an inverted verb of saying ("…, said Ann
        // Lee"): a view given, not a question asked or an act ("Senator Lee asked whether …").
        let r = match doc.tokens[k].quote {
            Some(q) => attr.speakers.get(q as usize).cloned().flatten(),
            None => (k > s.tokens.start
                && doc.norm_one_of(k, SAYING.0)
                && doc.tokens[k - 1].kind == TokenKind::Punct)
                .then_some(k + 1..k + 4),
        };
        if r.is_some_and(|r| full_name(doc, r, next)) {
            return true;
        }
    }
    false
}

/// "Two former diplomats said …. “…,” Ana Ruiz and Tom Hale wrote": a counted group whose
/// next sentence gives a quotation (ending within three tokens before the names or opening
/// within three after the verb) to as many names joined by "and" (up to three words a name, six
/// names): the wire's paraphrase, then the same people's words. Another count stays, and so do
/// names that only say something (as often others who answer: session 27's review).
fn counted_names_next(doc: &Document, words: Range<usize>, sent: u32) -> bool {
    let n = doc.norm_at(words.start);
    // ("both" counts two.)
    let Some(count) = ["both", "two", "three", "four"]
        .iter()
        .position(|&c| c == n)
        .map(|i| i.max(1) + 1)
    else {
        return false;
    };
    let Some(s) = doc.sentences.get(sent as usize + 1) else {
        return false;
    };
    (s.tokens.start + 1..s.tokens.end.min(s.tokens.start + MAX_TOKENS)).any(|k| {
        if doc.tokens[k].quote.is_some() || !doc.norm_one_of(k, SAYING.0) {
            return false;
        }
        let (mut p, mut names, mut joined) = (k, 0, false);
        while names < 6 {
            // (Back over an apposition, at most eight tokens between commas: "Voss, a former
            // deputy minister, and Fenn, a two-time envoy, added".)
            if let Some(c) = (p.saturating_sub(10)..p.saturating_sub(2))
                .rev()
                .find(|&c| {
                    doc.norm_is(p - 1, ",")
                        && doc.norm_is(c, ",")
                        && word_in!(doc.norm_at(c + 1), "a" | "an" | "the")
                        && c > 0
                        && name_word(doc, c - 1, sent + 1)
                })
            {
                p = c;
            }
            let q = p;
            while p + 3 > q && p > 0 && name_word(doc, p - 1, sent + 1) {
                p -= 1;
            }
            if p == q {
                break;
            }
            names += 1;
            match doc.norm_at(p.saturating_sub(1)) {
                "and" => joined = true,
                "," => {}
                _ => break,
            }
            p -= 1;
        }
        let quoted = |i: usize| doc.tokens.get(i).is_some_and(|t| t.quote.is_some());
        joined && names == count && (p.saturating_sub(3)..p).chain(k + 1..k + 4).any(quoted)
    })
}

/// People the text names as the group's members: the next sentence opens "They include …" or
/// "Among them (are) …" before a full name (past two lowercase words: "his brother Tom Hale"),
/// or the group follows "among" and a be-form later in its clause (30 tokens, no comma) comes
/// before one ("Among other aides due to testify are Kim Lee, …").
fn listed_by_name(doc: &Document, words: Range<usize>, sent: u32) -> bool {
    let full = |k: usize, s: u32| name_word(doc, k, s) && name_word(doc, k + 1, s);
    let be = |k: usize| word_in!(doc.norm_at(k), "are" | "were" | "is" | "was");
    if words.start > 0 && doc.norm_is(words.start - 1, "among") {
        return (words.end..words.end + 30)
            .take_while(|&k| {
                doc.tokens
                    .get(k)
                    .is_some_and(|t| t.sentence == sent && !doc.norm_eq(t, ","))
            })
            .any(|k| be(k) && full(k + 1, sent));
    }
    let Some(s) = doc.sentences.get(sent as usize + 1) else {
        return false;
    };
    let mut k = s.tokens.start + 2;
    if (doc.norm_at(k - 2), doc.norm_at(k - 1)) == ("among", "them") {
        k += usize::from(be(k));
    } else if !(word_in!(doc.norm_at(k - 2), "they" | "these")
        && doc.norm_at(k - 1).starts_with("include"))
    {
        return false;
    }
    let from = k;
    while k < from + 2
        && doc.tokens.get(k).is_some_and(|t| t.is_word() && !t.cap)
        && !doc.norm_is(k, "of")
    {
        k += 1;
    }
    doc.norm_at(words.end - 1).ends_with('s') && full(k, sent + 1)
}

/// Verbs by which a named person gives a view in reported speech.
const SAYING: Words = Words("said says say told added noted argued wrote warned");

/// Speaker tokens `r` open a clause with a first and last name, past a title ("…, said Ann Lee",
/// "Senator Ann Lee said"; not "… and Government Reform Committee" or "former Acting Attorney
/// General Ann Lee", tails of longer phrases), and are no spokesperson.
fn full_name(doc: &Document, r: Range<usize>, sent: u32) -> bool {
    let r = r.start..r.end.min(r.start + 12);
    let lo = doc.sentences[sent as usize].tokens.start;
    // (A speaker in another sentence is no one this sentence introduces.)
    let opens = r.start == lo
        || r.start > lo && {
            let p = &doc.tokens[r.start - 1];
            // (Not an abbreviation's full stop: "U.S. Attorney General Ann Lee".)
            p.kind == TokenKind::Punct && !doc.norm_eq(p, ".") || doc.norm_in(p, SAYING.0)
        };
    let mut k = r.start;
    if doc.tokens.get(k).is_some_and(|t| t.cap)
        && (is_lawmaker_title(doc.norm_at(k)) || doc.norm_one_of(k, OFFICE_TITLES.0))
    {
        k += 1;
    }
    opens
        && k + 1 < r.end
        // (Also in the description after the name: "said Ann Lee, a spokeswoman for …".)
        && !(r.start..r.start + 10)
            .take_while(|&k| doc.tokens.get(k).is_some_and(|t| t.sentence == sent))
            .any(|k| doc.norm_at(k).starts_with("spokes"))
        && name_word(doc, k, sent)
        && name_word(doc, k + 1, sent)
}

/// A capitalised word that can be part of a person's name.
fn name_word(doc: &Document, k: usize, sent: u32) -> bool {
    doc.tokens.get(k).is_some_and(|t| {
        t.sentence == sent
            && t.kind == TokenKind::Word
            && t.cap
            && t.quote.is_none()
            && !super::anonymous::is_not_name(doc.norm(t))
            && role_of(doc.norm(t)).is_none()
    })
}

/// The word at `k` gives a named person the role: a title or role noun before a name ("aide
/// Ann Lee", "Senator Lee", "Senators Ann Lee and Bo Roe") or a description in apposition after
/// one ("Ann Lee, a senior aide to the mayor", "Ann Lee, chief economist at …").
fn names_in_role(doc: &Document, k: usize, role: Role, former: bool) -> bool {
    if role == Role::Media {
        return names_outlet(doc, k);
    }
    let t = &doc.tokens[k];
    let n = doc.norm(t);
    let sent = t.sentence;
    // A former office-holder by the title held: before the name, opening a clause ("Former CIA
    // Director Ann Lee said"), or in apposition after it ("Ann Lee, a former CIA director,").
    let office = role == Role::Official
        && former
        && OFFICE_TITLES.contains(&n)
        && if t.cap {
            opens_clause(doc, k)
        } else {
            (k.saturating_sub(3)..k).any(|i| doc.norm_is(i, "former"))
        };
    let title = role == Role::Lawmaker && t.cap && is_lawmaker_title(n) || office && t.cap;
    // An aide by the top aide's title ("Tom Reyes, the governor's chief of staff", "Chief of
    // Staff Tom Reyes told …").
    let chief_of_staff =
        role == Role::Aide && n == "staff" && k >= 2 && doc.norm_is(k - 1, "of") && {
            doc.norm_is(k - 2, "chief")
        };
    if !title && !office && !chief_of_staff && !describes(n, role) {
        return false;
    }
    // Before a name: a title needs one capitalised word ("Senator Lee"), a role noun two ("White
    // House official Ann Lee"; "official Xinhua" is an adjective before a name of a thing).
    if is_object(doc, k - 2 * usize::from(chief_of_staff), sent) {
        return false;
    }
    if title && name_word(doc, k + 1, sent) {
        return true;
    }
    // ("the official Xinhua News Agency": after a determiner the noun is an adjective.)
    let determined = k > 0 && word_in!(doc.norm_at(k - 1), "the" | "a" | "an");
    // (With a determiner, a comma then the name: "The diplomats, Ann Lee and Bo Roe, said".)
    let at = k + 1 + determined as usize;
    // (Past an initial's full stop: "adviser J.D. Pike", "aide Ann B. Roe".)
    if (!determined || doc.norm_is(k + 1, ","))
        && name_word(doc, at, sent)
        && (name_word(doc, at + 1, sent)
            || doc.norm_is(at + 1, ".") && name_word(doc, at + 2, sent))
    {
        return true;
    }
    if t.cap && long_title_names(doc, k, sent) {
        return true;
    }
    // After a name: back over at most six words (no punctuation) to a comma after two
    // capitalised words, or a title and one ("Sen. Lee, a Republican lawmaker"; also a
    // capitalised title: "Jana Holm, Special Adviser to the President, said").
    let lo = doc.sentences[sent as usize].tokens.start;
    let mut p = k;
    while p > lo && k - p < 6 && doc.tokens[p - 1].kind == TokenKind::Word {
        p -= 1;
    }
    if p < lo + 3 || p == k || !doc.norm_is(p - 1, ",") {
        return false;
    }
    // (Also "Ann Lee, who is a senior aide": a relative clause that says what the person is.)
    name_word(doc, p - 2, sent)
        && (name_word(doc, p - 3, sent) || is_lawmaker_title(doc.norm_at(p - 3)))
        && !is_object(doc, p - 2, sent)
}

/// Titles whose holder a name right after them belongs to ("Adviser to President Bo Tan").
const PRINCIPAL_TITLES: Words =
    Words("president minister premier senator governor mayor king queen chancellor");

/// "Special Adviser to the President for Security Affairs Jana Holm told …": the capitalised
/// role noun at `k` opens a title of capitalised and joining words (at most twelve), whose last two
/// words are the holder's name; not a principal's name ("Adviser to President Bo Tan").
fn long_title_names(doc: &Document, k: usize, sent: u32) -> bool {
    let in_title = |e: usize| {
        doc.tokens.get(e).is_some_and(|t| {
            t.sentence == sent
                && t.kind == TokenKind::Word
                && (t.cap || few!("to" "for" "of" "the" "and" "on").contains(&doc.norm(t)))
        })
    };
    let mut e = k + 1;
    while e < k + 13 && in_title(e) {
        e += 1;
    }
    e >= k + 4
        && !in_title(e)
        && name_word(doc, e - 2, sent)
        && name_word(doc, e - 1, sent)
        && !doc.norm_one_of(e - 3, PRINCIPAL_TITLES.0)
        && !is_object(doc, k, sent)
}

/// Token `k` ends a capitalised name that is an outlet's (an outlet word in it, or an outlet
/// noun after it: "The Daily Star", "the Xinhua news agency") and the outlet tells: a verb of
/// reporting follows, or "according to" / "citing" stands before it.
fn names_outlet(doc: &Document, k: usize) -> bool {
    let t = &doc.tokens[k];
    let sent = t.sentence;
    if !(t.cap && t.kind == TokenKind::Word) || doc.tokens.get(k + 1).is_some_and(|n| n.cap) {
        return false;
    }
    let lo = doc.sentences[sent as usize].tokens.start;
    let mut p = k;
    while p > lo && k - p < 5 && doc.tokens[p - 1].cap && doc.tokens[p - 1].kind == TokenKind::Word
    {
        p -= 1;
    }
    let in_sentence = |i: usize| doc.tokens.get(i).is_some_and(|x| x.sentence == sent);
    let mut after = k + 1;
    while after < k + 3 && in_sentence(after) && doc.norm_one_of(after, OUTLET_NOUNS.0) {
        after += 1;
    }
    let outlet = (p..=k).any(|i| doc.norm_one_of(i, OUTLET_WORDS.0)) || after > k + 1;
    if !outlet || is_object(doc, k, sent) && !introduced_by_cue(doc, p, lo) {
        return false;
    }
    introduced_by_cue(doc, p, lo)
        || (after..after + 3)
            .take_while(|&i| in_sentence(i))
            .any(|i| doc.norm_one_of(i, OUTLET_VERBS.0))
}

/// "according to (the) X", "citing (the) X": a cue right before the name at `p`.
fn introduced_by_cue(doc: &Document, p: usize, lo: usize) -> bool {
    let mut b = p;
    if b > lo && matches!(doc.norm_at(b - 1), "the") {
        b -= 1;
    }
    b > lo
        && (word_in!(doc.norm_at(b - 1), "citing" | "cited")
            || (b > lo + 1 && doc.norm_is(b - 1, "to") && doc.norm_is(b - 2, "according")))
}

/// The capitalised run holding token `k` ("Malaysian U.N. Ambassador Lee") follows a
/// preposition: its person is spoken to or about ("tried to speak to …"), not telling.
fn is_object(doc: &Document, k: usize, sent: u32) -> bool {
    let lo = doc.sentences[sent as usize].tokens.start;
    let mut p = k;
    while p > lo && (doc.tokens[p - 1].cap || doc.norm_is(p - 1, ".")) {
        p -= 1;
    }
    p > lo
        && word_in!(
            doc.norm_at(p - 1),
            "to" | "with"
                | "by"
                | "for"
                | "from"
                | "of"
                | "against"
                | "between"
                | "at"
                | "on"
                | "about"
                | "into"
                | "toward"
                | "towards"
        )
}

#[cfg(test)]
mod tests {
    use super::{describes, role_of, Role, ROLE_NOUNS};

    /// `describes` asks only the role's own class: right while no noun is in two classes.
    #[test]
    fn each_role_noun_has_one_role() {
        for &(role, nouns) in ROLE_NOUNS {
            for n in nouns.0.split(' ') {
                assert_eq!(role_of(n), Some(role), "{n}");
                assert!(describes(n, role), "{n}");
            }
        }
        assert!(describes("strategist", Role::Aide) && !describes("economist", Role::Aide));
        assert!(!describes("operative", Role::Commentator) && !describes("aide", Role::Official));
    }
}
