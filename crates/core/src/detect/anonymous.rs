//! Anonymous sourcing: unnamed sources built as noun phrases around a source noun ("a senior
//! Iraqi official"), anonymity clauses ("on condition of anonymity") and vague attributions
//! ("critics say"). A source with a name beside it is not anonymous.

use super::named_elsewhere::{OUTLET_NOUNS, OUTLET_WORDS};
use super::Draft;
use crate::attribution::Attribution;
use crate::lexicon::{CompiledEntry, Lexicon, Match};
use crate::report::{Category, Span, Voice};
use crate::search::Search;
use crate::segment::{Document, HashFilter, TokenKind};
use crate::wordlist::ListCategory;
use crate::words::few;
use crate::words::Words;

/// Words that may open a source's noun phrase.
pub(super) const DETERMINERS: Words = Words("a an the one two three four five six several some many other another these those both few multiple numerous various more most all top unnamed anonymous unidentified");

/// Capitalized words that are not names: a source followed by one is still unnamed.
const NOT_NAMES: Words = Words("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december i");

/// A capitalised word that is a day, a month or "I", not part of a name.
pub(super) fn is_not_name(n: &str) -> bool {
    NOT_NAMES.contains(&n)
}

/// Words that end a noun phrase's run of modifiers: function words, verbs of saying and
/// time words ("a week officials said" is no phrase).
const COMPOUND_STOP: Words = Words("of to for in on at by with from and or but that which who as than though although because since if so yet even only just still now then where whom said says told added is was are were be been has have had will would could may might not also week month year day time while when after before");

/// Verbs of wishing before "to remain anonymous".
const WISHES: Words =
    Words("want wants wanted wish wishes wished prefer prefers preferred hope hopes hoped");

/// Cues that, right before a noun phrase, make it the source: "according to a senior official".
const SOURCE_BEFORE: Words = Words("according quoted quoting cited citing said says added");

/// Words that may follow a source noun that is still the head of its phrase ("an official
/// familiar with the talks", "officials close to the president"). Any other lowercase word right
/// after the noun means the noun is a modifier ("the official newspaper", "official figures").
const HEAD_FOLLOWERS: Words = Words("familiar as by close with who whom whose that in inside within at from of for on involved briefed knowledgeable aware and or but also have has had were was are is will would could may might did do does not speaking insisted requesting cited quoted there here then now later earlier privately publicly separately");

pub fn detect(doc: &Document, lex: &Lexicon, matches: &[Match], attr: &Attribution) -> Vec<Draft> {
    let mut sources: Vec<Draft> = Vec::new();
    let mut clauses: Vec<Draft> = Vec::new();
    let mut source_tokens: Vec<std::ops::Range<usize>> = Vec::new();
    let mut clause_sentences: Vec<u32> = matches
        .iter()
        // A grant inside quotation marks ("an 'off the record' meeting") is the speaker's words,
        // not the outlet granting anonymity to the people in its sentence.
        .filter(|m| {
            kind_of(lex, m) == Some("anonymity_clause")
                && doc.tokens[m.start].quote.is_none()
                && !withheld_for_no_teller(doc, attr, m)
        })
        .map(|m| doc.tokens[m.start].sentence)
        .collect();
    let mut withheld = withheld_names(doc);
    withheld.retain(|r| !attr.in_other_voice(doc.tokens[r.start].start as usize));
    clause_sentences.extend(withheld.iter().map(|r| doc.tokens[r.start].sentence));
    // Sorted for binary search: a linear scan per source is quadratic on long texts.
    crate::sort::sort_values(&mut clause_sentences);
    clause_sentences.dedup();
    let mut phrase_end = 0usize; // token index where the last clause or vague phrase ends
    for m in matches {
        let Some(kind) = kind_of(lex, m) else {
            continue;
        };
        let ce = lex.entry(m);
        // Sourcing is the outlet's practice: a quoted speaker's vagueness is theirs, and so is
        // the sourcing of an embedded post, a reader's comment or a signed column.
        if doc.tokens[m.start].quote.is_some()
            || attr.in_other_voice(doc.tokens[m.start].start as usize)
        {
            continue;
        }
        if kind != "anonymity_clause" && relayed(doc, attr, m.start, &source_tokens) {
            continue;
        }
        let span = match kind {
            "unnamed_source" => {
                let Some(np) = unnamed_source(doc, attr, m, &clause_sentences) else {
                    continue;
                };
                // The whole phrase as the subject of a named speaker's reported clause ("Lee
                // said a Secret Service agent showed up"): counted from where it opens, not from
                // its noun. ("CNN cited a former aide" stays: the outlet relies on that aide.)
                if np.start < m.start
                    && np.start > 0
                    && word_in!(doc.norm_at(np.start - 1), "said" | "says")
                    && relayed(doc, attr, np.start, &source_tokens)
                {
                    continue;
                }
                if source_tokens.last().is_some_and(|p| p.end > np.start) {
                    continue;
                }
                // "Some advisers are said to be urging …": the people are what the hearsay is
                // about, its passive ("are said to", flagged itself) hides who tells.
                // "Palestinian officials have said they will keep paying", "Japanese officials
                // have countered that …": a side's officials stating its own position on the
                // record over time, not a source telling the outlet (a count or "senior" marks a
                // briefing: "two senior officials have said they …" stays).
                let next = (
                    doc.norm_at(np.end),
                    doc.norm_at(np.end + 1),
                    doc.norm_at(np.end + 2),
                );
                if matches!(
                    next,
                    (
                        "is" | "are" | "was" | "were",
                        "said" | "believed" | "thought" | "reported",
                        "to"
                    )
                ) || matches!(next, ("have", "said", "they") | ("have", "countered", _))
                    && !doc.norm_one_of(np.start, DETERMINERS.0)
                    && !np.clone().any(|k| doc.norm_is(k, "senior"))
                {
                    continue;
                }
                if points_back_to_no_source(doc, m, np.start, &source_tokens) {
                    continue;
                }
                source_tokens.push(np.clone());
                np
            }
            _ => {
                // One flag per phrase: "on condition of anonymity" also contains "anonymity".
                if m.start < phrase_end {
                    continue;
                }
                if kind == "vague_attribution"
                    && (named_by_example(doc, m)
                        || group_silent(doc, attr, m)
                        || reports_named_next(doc, attr, m)
                        || led_by_name(doc, m)
                        || firms_note(doc, m)
                        || told_where(doc, m)
                        // "after it was reported swerving": "it" is a thing seen doing something.
                        || doc.norm_is(m.end - 1, "reported") && {
                            let n = doc.norm_at(m.end);
                            n.ends_with("ing")
                                && !word_in!(n, "during" | "following" | "including" | "according")
                        }
                        || feeling_about(doc, attr, m)
                        || owned_hedge(doc, attr, ce, m, &source_tokens, &clause_sentences))
                {
                    continue;
                }
                // The hearsay families are the vague attributions written as patterns.
                if kind == "vague_attribution"
                    && ce.entry.regex.is_some()
                    && hearsay_sourced(doc, m)
                {
                    continue;
                }
                // "spoke privately with committee staff": a conversation held in private, not
                // a source speaking without their name.
                if kind == "anonymity_clause"
                    && (word_in!(doc.norm_at(m.end - 1), "privately" | "candidly" | "freely" | "frankly")
                        && doc.norm_is(m.end, "with")
                        // (A name withheld for no teller: its sentence was left out above.)
                        || clause_sentences
                            .binary_search(&doc.tokens[m.start].sentence)
                            .is_err())
                {
                    continue;
                }
                // "victims who want to remain anonymous": a wish, not a grant, unless a source
                // tells right beside it ("a nurse, who wished to remain anonymous, said").
                if kind == "anonymity_clause"
                    && m.start >= 2
                    && doc.norm_is(m.start - 1, "to")
                    && doc.norm_one_of(m.start - 2, WISHES.0)
                    && !(m.start.saturating_sub(8)..m.end + 8).any(|k| {
                        k + 2 != m.start
                            && doc
                                .tokens
                                .get(k)
                                .is_some_and(|t| t.sentence == doc.tokens[m.start].sentence)
                            && attr.cue_at(k).is_some()
                    })
                {
                    continue;
                }
                // A clause that continues the previous one ("on condition of anonymity because
                // they were not authorized to speak") extends it: one grant, one flag.
                let last_clause = clauses.last_mut().filter(|c| {
                    c.kind == "anonymity_clause"
                        && kind == "anonymity_clause"
                        && m.start <= phrase_end + 3
                        && doc.tokens[phrase_end.saturating_sub(1)].sentence
                            == doc.tokens[m.start].sentence
                        && !doc.tokens[phrase_end..m.start]
                            .iter()
                            .any(|t| t.kind == TokenKind::Punct)
                });
                if let Some(c) = last_clause {
                    c.end = doc.tokens[m.end - 1].end as usize;
                    phrase_end = m.end;
                    continue;
                }
                phrase_end = m.end;
                m.start..m.end
            }
        };
        let d = draft(
            lex,
            ce,
            kind,
            doc.tokens[span.start].start as usize,
            doc.tokens[span.end - 1].end as usize,
        );
        if kind == "unnamed_source" {
            sources.push(d);
        } else {
            clauses.push(d);
        }
    }
    // Phrases found by family, where the list has no exact string for them: withheld names
    // ("declined to give his last name") and vague groups speaking ("some economists predicted").
    add_found(
        doc,
        lex,
        &mut clauses,
        withheld,
        WITHHELD_NAME_RULE,
        "anonymity_clause",
    );
    let mut groups = super::vague_group::find(doc, attr);
    groups.retain(|r| {
        !attr.in_other_voice(doc.tokens[r.start].start as usize)
            && !relayed(doc, attr, r.start, &source_tokens)
    });
    add_found(
        doc,
        lex,
        &mut clauses,
        groups,
        VAGUE_GROUP_RULE,
        "vague_attribution",
    );
    // Vague attributions that repeat an unnamed source's span add nothing.
    // Sources are in text order and do not overlap: binary search, not a scan per clause.
    clauses.retain(|c| {
        if c.kind == "anonymity_clause" {
            return true;
        }
        let i = sources.partition_point(|s| s.end <= c.start);
        sources.get(i).is_none_or(|s| s.start >= c.end)
    });
    // People the article names in the same role right after are no anonymous source.
    super::named_elsewhere::withdraw(doc, attr, &mut sources, &clause_sentences);
    super::named_elsewhere::withdraw(doc, attr, &mut clauses, &clause_sentences);
    link_clauses(doc, &mut sources, &mut clauses);
    merge_attached(doc, attr, &mut sources, &mut clauses);
    with_object(doc, attr, &mut sources);
    sources.extend(clauses);
    sources
}

fn trigger(doc: &Document, start: usize, end: usize, rule: &str) -> crate::report::Trigger {
    crate::report::Trigger {
        start,
        end,
        text: doc.text[start..end].to_string(),
        rule: rule.to_string(),
    }
}

/// Whether the speaker `who` is named (a capitalised word, a record, a body that reports its
/// findings), and whether it is an outlet.
fn weigh(doc: &Document, who: std::ops::Range<usize>) -> (bool, bool) {
    let (mut named, mut outlet) = (false, false);
    for k in who.clone() {
        outlet |= doc.norm_one_of(k, OUTLET_WORDS.0);
        // A record speaks on the record too ("the documents said an unidentified official
        // advised him"): the unnamed person is the record's, which the reader can look up.
        named |= (doc.tokens[k].cap
            && doc.tokens[k].is_word()
            && !doc.norm_one_of(k, DETERMINERS.0))
            || doc.norm_one_of(k, RECORDS.0)
            // So does a body that reports its findings ("the panel said intelligence officials
            // had concluded …").
            || word_in!(doc.norm_at(k), "panel" | "committee" | "commission")
            // So does the one person the story is about, by office or calling ("the mayor said
            // some residents believed …"); a company's unnamed officials stay.
            // ("the sheriff", "the fire chief": one office, one lowercase word before it.)
            || k > who.start
                && (doc.norm_is(k - 1, "the")
                    || k == who.start + 2 && doc.norm_is(who.start, "the"))
                && doc.norm_one_of(k, PRINCIPALS.0);
    }
    (named, outlet)
}

/// What a group had expected, weighed by a named speaker ("Lee said the figures confirmed what
/// many analysts had expected", "… larger than economists forecast, Lee said"): the speaker's
/// comparison, not the outlet's source. The teller of the clause the group stands in ("the
/// figures confirmed") is looked up once more; a speaker in apposition ("Lee, the chief
/// executive, said") is the name before the comma with the apposition.
fn expectation_weighed(doc: &Document, attr: &Attribution, tok: usize) -> bool {
    if tok == 0 || !word_in!(doc.norm_at(tok - 1), "what" | "than" | "as") {
        return false;
    }
    let sent = doc.tokens[tok].sentence;
    // "The ice melted faster than scientists thought", "more than analysts had expected": a
    // generic group's expectation is a comparison's benchmark, as in "than expected"; the
    // claim is the measured fact, whoever tells it. Not a quantified or counted group ("than
    // most insiders expected"), nor a standard the group sets ("than experts say is safe").
    if doc.norm_is(tok - 1, "than")
        && !doc.norm_one_of(tok, DETERMINERS.0)
        && doc.tokens[tok].is_word()
        && (tok + 1..tok + 4)
            .take_while(|&k| {
                doc.tokens
                    .get(k)
                    .is_some_and(|t| t.sentence == sent && t.is_word())
            })
            .any(|k| super::vague_group::is_view_verb(doc.norm_at(k)))
    {
        return true;
    }
    let lo = doc.sentences[sent as usize].tokens.start;
    let teller = match attr.reporter(doc, tok) {
        Some(Some(who)) if weigh(doc, who.clone()).0 => Some(who),
        Some(Some(who)) => match attr.reporter(doc, who.start) {
            Some(Some(up)) => Some(up),
            _ => Some(who),
        },
        _ => {
            // The speech cue before, right after a comma closing an apposition, and the group
            // in its clause (only words between, at most 15).
            let i = attr.cues.partition_point(|c| c.start < tok);
            let cue = attr.cues[..i].iter().rev().take(3).find(|c| {
                c.start > lo + 2
                    && doc.norm_is(c.start - 1, ",")
                    && c.end <= tok
                    && tok - c.end <= 15
                    && (c.end..tok).all(|k| {
                        doc.tokens[k].is_word()
                            && !word_in!(
                                doc.norm_at(k),
                                "but" | "although" | "though" | "while" | "even"
                            )
                    })
            });
            cue.and_then(|c| {
                let k = (c.start.saturating_sub(14).max(lo + 1)..c.start - 1)
                    .rev()
                    .find(|&k| doc.norm_is(k, ","))?;
                Some(k - 1..c.start - 1)
            })
        }
    };
    let Some(teller) = teller else {
        return false;
    };
    let press = (teller.start.saturating_sub(2)..teller.end + 2)
        .any(|k| doc.norm_at(k).starts_with("report"))
        || teller
            .clone()
            .any(|k| doc.norm_one_of(k, OUTLET_NOUNS.0) || is_group_noun(doc.norm_at(k)));
    weigh(doc, teller) == (true, false) && !press
}

/// Whether token `tok` is in what a named speaker reports ("Politico reported, according to
/// sources in the meeting, …", "Smith noted that experts say …", "…, the Gazette quoted a
/// witness as saying"): the unnamed people are that speaker's sourcing, relayed under its name,
/// as a quoted speaker's are. A speaker that is itself an unnamed source relays nothing.
fn relayed(
    doc: &Document,
    attr: &Attribution,
    tok: usize,
    sources: &[std::ops::Range<usize>],
) -> bool {
    if expectation_weighed(doc, attr, tok) {
        return true;
    }
    let Some(Some(who)) = attr.reporter(doc, tok) else {
        return false;
    };
    // "an anonymous source" says so whoever relays it, unless a person relays their own ("Rep.
    // Lee said an unidentified source told her": Lee's sourcing, which the outlet names); an
    // outlet's ("Politico quoted unnamed sources") is as unnamed to the reader as the wire's.
    let marked = (tok.saturating_sub(3)..tok + 3)
        .any(|k| word_in!(doc.norm_at(k), "anonymous" | "unnamed" | "unidentified"));
    let (named, outlet) = weigh(doc, who.clone());
    if marked && outlet {
        return false;
    }
    // The speaker is itself one of the unnamed sources: it relays nothing (asked last: a scan).
    let who_is_a_source = || {
        sources
            .iter()
            .any(|s| s.start < who.end && who.start < s.end)
    };
    // A closing speaker the clause's own verb acts on or tells ("An unidentified man had shown
    // him the files, Lee told the court"): the named speaker's own informant, as in `own_clause`
    // below. The pronoun is the object of the phrase's verb: in the same clause (no punctuation),
    // with no verb of saying before the one it follows ("… said the president had fired him":
    // someone else's object). An outlet credited at the end passes on another outlet's anonymous
    // sourcing, which its readers cannot identify either: outlets "report" and are called
    // newspapers, people say and tell ("…, Der Spiegel reported", "…, the newspaper Haaretz
    // said").
    let press = (who.start.saturating_sub(2)..who.end + 2)
        .any(|k| doc.norm_at(k).starts_with("report"))
        || who.clone().any(|k| doc.norm_one_of(k, OUTLET_NOUNS.0));
    if named && !outlet && !press && who.start > tok {
        let object = (tok + 1..who.start.min(tok + 12))
            .take_while(|&k| doc.tokens[k].is_word())
            .find(|&k| doc.norm_one_of(k, SPEAKER_OBJECT.0));
        if let Some(p) = object {
            return (tok + 1..p - 1).all(|k| attr.is_cue_start(k).is_none()) && !who_is_a_source();
        }
    }
    // The speaker's own verb stands between it and the people it reports, with at most three
    // words (such as "that a") after the verb: "noted that experts say", not "…, even some allies
    // questioned" (a clause of the writer's after a comma).
    let i = attr.cues.partition_point(|c| c.start < tok);
    let Some(cue) = i.checked_sub(1).map(|i| &attr.cues[i]) else {
        return false;
    };
    // Or further on in a clause the speaker opens about themself ("Lee said he had relied on
    // an unnamed source", "told the court she learned it from a person close to …"): the
    // unnamed person informed the named speaker, who gives the account under their own name.
    let own_clause = cue.end <= tok
        && tok - cue.end <= 12
        && (cue.end..tok.min(cue.end + 5)).any(|k| doc.norm_one_of(k, SPEAKER_SUBJECT.0));
    named
        && who.end <= cue.start
        && cue.end <= tok
        && (tok - cue.end <= 3 || own_clause)
        && (cue.end..tok).all(|k| {
            doc.tokens[k].is_word()
                && !word_in!(
                    doc.norm_at(k),
                    "though" | "although" | "while" | "but" | "and" | "even"
                )
        })
        && !who_is_a_source()
}

/// Pronouns by which a clause refers back to the named speaker who reports it, as subject ("Lee
/// said he had relied on …") or object ("… had shown him the files, Lee said"). Third person
/// only: outside quotation marks "I", "me", "we" and "us" are the writer, whose informant the
/// reader cannot identify.
const SPEAKER_SUBJECT: Words = Words("he she they");
const SPEAKER_OBJECT: Words = Words("him her them");

/// An anonymity clause attached to its source ("a senior official, who requested anonymity",
/// "one aide who spoke on condition of anonymity", "Speaking on condition of anonymity, an aide
/// …") describes one unnamed person: one flag over both, not two. A clause joined to its source
/// by more than its own verb ("quoted the official as saying on condition of anonymity") stays
/// apart.
fn merge_attached(
    doc: &Document,
    attr: &Attribution,
    sources: &mut [Draft],
    clauses: &mut Vec<Draft>,
) {
    let tok = |byte: usize| doc.tokens.partition_point(|t| (t.start as usize) < byte);
    clauses.retain(|c| {
        let Some(l) = c.linked.as_ref().filter(|_| c.kind == "anonymity_clause") else {
            return true;
        };
        let Some(s) = sources.iter_mut().find(|s| s.start == l.start) else {
            return true;
        };
        let before = s.end <= c.start;
        let mut gap = if before {
            tok(s.end)..tok(c.start)
        } else {
            tok(c.end)..tok(s.start)
        };
        // The verb that makes the grant is part of it: "who spoke on condition of anonymity".
        if before && gap.end > gap.start && attr.cue_at(gap.end - 1).is_some() {
            gap.end -= 1;
        }
        let relative = before
            && gap
                .clone()
                .any(|i| word_in!(doc.norm_at(i), "who" | "whom"));
        // Nothing between but a comma ("an aide, speaking on …"), or a relative clause.
        let bare = gap.clone().all(|i| doc.norm_is(i, ","));
        let attached = (bare && gap.len() <= 1) || (relative && gap.len() <= 10);
        if !attached
            || gap.clone().any(|i| {
                attr.cue_at(i).is_some() || word_in!(doc.norm_at(i), "." | ";" | ":" | "?" | "!")
            })
        {
            return true;
        }
        // Both parts stay visible as the flag's triggers, each with its entry.
        if s.triggers.is_empty() {
            s.triggers.push(trigger(doc, s.start, s.end, &s.rule));
        }
        s.triggers.push(trigger(doc, c.start, c.end, &c.rule));
        s.start = s.start.min(c.start);
        s.end = s.end.max(c.end);
        false
    });
}

/// Words that open a noun phrase: a verb-like word after one is a noun ("his testimony", "the
/// planned merger").
const NP_OPENERS: Words = Words("the a an his her their its this these those our my your of");

/// "A source close to the association said": a flag ending on its access phrase's preposition
/// covers the object too, what the source is close to or familiar with (at most six tokens: to a
/// stop word, another preposition, punctuation other than an abbreviation's full stop, or a
/// cue, a past form or a capitalised word after a lowercase noun).
fn with_object(doc: &Document, attr: &Attribution, sources: &mut [Draft]) {
    for d in sources {
        let Some(last) = doc
            .tokens
            .partition_point(|t| (t.start as usize) < d.end)
            .checked_sub(1)
        else {
            continue;
        };
        if !word_in!(
            doc.norm_at(last),
            "to" | "with" | "on" | "of" | "about" | "in"
        ) {
            continue;
        }
        let sent = doc.tokens[last].sentence;
        let mut k = last + 1;
        while k < last + 7 && doc.tokens.get(k).is_some_and(|t| {
            let n = doc.norm(t);
            let after_opener = doc.norm_one_of(k - 1, NP_OPENERS.0)
                || crate::segment::ends_possessive(doc.slice(&doc.tokens[k - 1]));
            t.sentence == sent
                && if t.kind == TokenKind::Punct {
                    n == "."
                        && !t.space_before
                        && doc.tokens[k - 1].cap
                        && doc.tokens.get(k + 1).is_some_and(|x| x.sentence == sent)
                } else {
                    !crate::attribution::NP_STOP.contains(&n)
                        && !few!("into" "between" "about" "for" "over" "by" "under" "against" "not" "are" "were")
                            .contains(&n)
                        && (after_opener
                            || attr.is_cue_start(k).is_none()
                                    && !n.ends_with("ed")
                                    // (A name after a common noun starts something else.)
                                    && !(t.cap && k > last + 1 && doc.tokens[k - 1].is_word() && !doc.tokens[k - 1].cap))
                }
        }) {
            k += 1;
        }
        if k > last + 1 {
            d.end = doc.tokens[k - 1].end as usize;
        }
    }
}

/// Adds phrases found by family (token ranges in text order) as flags of `kind`, explained by the
/// list entry `rule`, unless a listed phrase already covers them. Nothing is added when the entry
/// is gone (a user's lists may leave it out).
fn add_found(
    doc: &Document,
    lex: &Lexicon,
    clauses: &mut Vec<Draft>,
    found: Vec<std::ops::Range<usize>>,
    rule: &str,
    kind: &str,
) {
    // (The entry only when something was found: its lookup lowercases the rule and walks the
    // entries, and most texts find nothing.)
    if found.is_empty() {
        return;
    }
    let Some(ce) = lex.find_rule(rule) else {
        return;
    };
    // The listed clauses by start, with the furthest end reached so far: a found phrase overlaps
    // one iff the last clause starting before its end reaches past its start (a binary search
    // each, not a scan of every clause).
    let mut listed: Vec<(usize, usize)> = clauses.iter().map(|c| (c.start, c.end)).collect();
    crate::sort::sort_values(&mut listed);
    let mut reach = 0;
    for l in &mut listed {
        reach = reach.max(l.1);
        l.1 = reach;
    }
    for r in found {
        let (start, end) = (
            doc.tokens[r.start].start as usize,
            doc.tokens[r.end - 1].end as usize,
        );
        let i = listed.partition_point(|&(s, _)| s < end);
        if i > 0 && listed[i - 1].1 > start {
            continue;
        }
        clauses.push(draft(lex, ce, kind, start, end));
    }
    crate::sort::sort_by_key(clauses, |c| c.start);
}

/// An anonymous-sourcing flag of `kind` over bytes `start..end`, explained by the entry `ce`
/// (its list's description when the entry has no explanation of its own).
fn draft(lex: &Lexicon, ce: &CompiledEntry, kind: &str, start: usize, end: usize) -> Draft {
    Draft {
        category: Category::AnonymousSource,
        kind: kind.to_string(),
        start,
        end,
        message: if ce.entry.explain.is_empty() {
            lex.lists[ce.list].description.clone()
        } else {
            ce.entry.explain.clone()
        },
        suggestions: ce.entry.suggest.clone(),
        rule: ce.rule.clone(),
        voice: Voice::Outlet,
        speaker: None,
        base_weight: ce.entry.weight,
        triggers: Vec::new(),
        linked: None,
    }
}

/// A vague group followed at once by a named example of it: "according to media reports,
/// including the Harbor Gazette", "some analysts, such as Jane Roe, say". The reader is told
/// who; the group is no shield. Only right after the phrase: further on, "including" lists what
/// was said ("officials said storms hit towns including Dover").
fn named_by_example(doc: &Document, m: &Match) -> bool {
    let sent = doc.tokens[m.start].sentence;
    let word = |k: usize| {
        doc.tokens
            .get(k)
            .filter(|t| t.sentence == sent)
            .map(|t| doc.norm(t))
    };
    let mut k = m.end;
    if word(k) == Some(",") {
        k += 1;
    }
    k += match (word(k), word(k + 1)) {
        (Some("including"), _) => 1,
        (Some("such"), Some("as")) | (Some("among"), Some("them")) => 2,
        _ => return false,
    };
    if word(k) == Some("the") {
        k += 1;
    }
    doc.tokens.get(k).is_some_and(|t| {
        t.sentence == sent && t.kind == TokenKind::Word && t.cap && !doc.norm_in(t, NOT_NAMES.0)
    })
}

/// Plural nouns for the groups a vague attribution speaks through.
pub(super) fn is_group_noun(n: &str) -> bool {
    GROUP_NOUNS.contains(&n)
}
pub(super) const GROUP_NOUNS: Words = Words("critics analysts experts observers commentators pundits skeptics sceptics doubters insiders economists strategists officials others");

/// "Ruiz and other critics say", "Lund and other tax experts said": a named member leads the
/// group, so the reader is told who holds the view.
fn led_by_name(doc: &Document, m: &Match) -> bool {
    let sent = doc.tokens[m.start].sentence;
    let lo = doc.sentences[sent as usize].tokens.start;
    // Back over up to two lowercase modifiers ("other tax experts") to "other".
    let mut k = m.start;
    while k > lo && m.start - k < 3 && !doc.norm_is(k - 1, "other") {
        let t = &doc.tokens[k - 1];
        if t.kind != TokenKind::Word || t.cap {
            return false;
        }
        k -= 1;
    }
    if k < lo + 3 || !doc.norm_is(k - 1, "other") || !doc.norm_is(k - 2, "and") {
        return false;
    }
    let name = &doc.tokens[k - 3];
    name.kind == TokenKind::Word
        && name.cap
        && !doc.norm_in(name, NOT_NAMES.0)
        && !is_group_noun(doc.norm(name))
}

/// Records and proceedings a finding comes out in: the reader can look them up.
const RECORDS: Words = Words("court filing filings documents papers records testimony hearing trial inquest indictment lawsuit transcript transcripts emails minutes tribunal inquiry evidence proceedings deposition affidavit");

/// "It emerged in court filings that …", "it was reported by the Harbor Gazette", "it emerged
/// at the trial", "…, according to court papers": an agentless report whose sentence says where
/// it came out (a record or proceeding, or an outlet by name, right after the phrase; or
/// "according to" anywhere after it) is attributed. Alone, "it emerged that …" hides who told.
/// (The record's noun may follow two words of its kind or name: "in a regulatory filing", "at
/// Southwark Crown Court"; a comma may stand before it: "it emerged on Tuesday, in a filing, …".)
fn told_where(doc: &Document, m: &Match) -> bool {
    if !word_in!(doc.norm_at(m.start), "it" | "reportedly") {
        return false;
    }
    let sent = doc.tokens[m.start].sentence;
    // "Reports from the Eastfield police are that … Two men reportedly fled": "reportedly"
    // goes on with the report the sentence before names.
    if sent > 0
        && doc.norm_is(m.start, "reportedly")
        && doc.sentences[sent as usize - 1].tokens.clone().any(|k| {
            let mut j = k + 2;
            while doc.norm_one_of(j, DETERMINERS.0) {
                j += 1;
            }
            word_in!(doc.norm_at(k), "report" | "reports")
                && word_in!(doc.norm_at(k + 1), "from" | "by" | "of")
                && doc.tokens.get(j).is_some_and(|t| t.cap)
                && !doc.norm_one_of(j, NOT_NAMES.0)
        })
    {
        return true;
    }
    let at = |k: usize| doc.tokens.get(k).filter(|t| t.sentence == sent);
    // Before the reported clause opens ("that", a comma). After "reportedly" the words that
    // follow are the report's ("was reportedly targeted by the cartel").
    let mut near = doc.norm_is(m.start, "it");
    // (Or in a phrase fronted before "it", at most twelve words: "At a hearing in the High Court
    // on Tuesday, it emerged that …".)
    let lo = doc.sentences[sent as usize].tokens.start;
    let from = if near {
        m.start.saturating_sub(12).max(lo)
    } else {
        m.end
    };
    (from..m.end + 40)
        .map_while(|k| at(k).map(|t| (k, t)))
        .any(|(k, t)| {
            let n = doc.norm(t);
            near &= n != "that" && (t.kind != TokenKind::Punct || n == ",") && k < m.end + 8;
            let mut j = k + 1;
            while at(j).is_some_and(|x| doc.norm_in(x, DETERMINERS.0) || doc.norm_eq(x, "his")) {
                j += 1;
            }
            let Some(x) = at(j) else {
                return false;
            };
            let name = x.cap && !doc.norm_in(x, NOT_NAMES.0);
            let acronym = doc.slice(x).len() >= 2
                && doc
                    .slice(x)
                    .trim_end_matches(['\'', '’', 's'])
                    .bytes()
                    .all(|b| b.is_ascii_uppercase());
            n == "according"
                || (near
                    && match n {
                        "in" | "at" | "during" | "from" => (j..j + 3)
                            .map_while(|i| at(i).filter(|y| y.is_word()).map(|y| doc.norm(y)))
                            .take_while(|y| !COMPOUND_STOP.contains(y))
                            .any(|y| RECORDS.contains(&y)),
                        "by" => name,
                        "on" => name && acronym,
                        _ => false,
                    })
        })
}

/// "Pell Bank analysts said in a research note": the firm is named before its analysts and
/// their words are its published note, a named source.
fn firms_note(doc: &Document, m: &Match) -> bool {
    let sent = doc.tokens[m.start].sentence;
    let lo = doc.sentences[sent as usize].tokens.start;
    let firm_before = m.start > lo + 1 && {
        let t = &doc.tokens[m.start - 1];
        t.kind == TokenKind::Word && t.cap && !doc.norm_in(t, NOT_NAMES.0)
    };
    let in_sentence = |k: usize| {
        doc.tokens
            .get(k)
            .filter(|t| t.sentence == sent)
            .map(|t| doc.norm(t))
    };
    firm_before
        && in_sentence(m.end) == Some("in")
        && (m.end + 1..m.end + 5).any(|k| {
            matches!(
                in_sentence(k),
                Some("note" | "notes" | "report" | "research" | "analysis")
            )
        })
}

/// The entry that explains a withheld name found by [`withheld_names`].
const WITHHELD_NAME_RULE: &str = "anonymity-clauses/asked not to be named";

/// The entry that explains a vague group found by [`super::vague_group::find`].
const VAGUE_GROUP_RULE: &str = "vague-attributions/critics say";

/// Nouns that stand for a person's name.
const NAME_NOUNS: Words =
    Words("name names surname surnames identity identities nickname nicknames");

/// Phrases in which the text withholds a speaker's name, found by family rather than by string:
/// a refusal before giving a name ("declined to give his last name", "wouldn't provide her
/// name"), a name not to be used ("asked that her name not be published"), and a first name
/// only ("asked to be identified only by his first name", "gave only her first name"). Returns
/// token ranges outside quotations.
fn withheld_names(doc: &Document) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    // (Only the tokens whose hash may be a name noun's are looked at: this pass was 4% of the
    // analysis as a loop over every token, and 1.5% with a test of the first letter.)
    static NAMES: std::sync::OnceLock<HashFilter> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| HashFilter::new(&[NAME_NOUNS]));
    for i in doc.tokens_passing(names) {
        let t = &doc.tokens[i];
        if t.kind != TokenKind::Word || t.quote.is_some() || !doc.norm_in(t, NAME_NOUNS.0) {
            continue;
        }
        let sent = t.sentence;
        let lo = doc.sentences[sent as usize].tokens.start;
        // The name's determiner: "his (last) name", "a name", "their full names".
        let mut d = i;
        while d > lo
            && word_in!(
                doc.norm_at(d - 1),
                "last" | "first" | "full" | "real" | "family" | "given" | "surname" | "middle"
            )
        {
            d -= 1;
        }
        // A middle name or a nickname identifies no more than a first name does.
        let first_name = (d..i).any(|k| word_in!(doc.norm_at(k), "first" | "given" | "middle"))
            || doc.norm_at(i).starts_with("nick");
        if d == lo
            || !word_in!(
                doc.norm_at(d - 1),
                "his" | "her" | "their" | "a" | "my" | "its" | "your" | "our"
            )
        {
            continue;
        }
        let det = d - 1;
        // Words before the determiner, back to punctuation or six words.
        let window_lo = (lo.max(det.saturating_sub(6))..det)
            .rev()
            .find(|&k| doc.tokens[k].kind == TokenKind::Punct)
            .map_or(lo.max(det.saturating_sub(6)), |k| k + 1);
        let window = window_lo..det;
        let word = |k: usize| doc.norm_at(k);
        let refusal = window.clone().find(|&k| {
            let w = word(k);
            w.starts_with("declin")
                || w.starts_with("refus")
                || w.ends_with("n't")
                || few!("not" "never" "without" "unwilling" "reluctant").contains(&w)
        });
        let giving = window.clone().any(|k| {
            let w = word(k);
            [
                "give", "gave", "giv", "provid", "reveal", "disclos", "shar", "offer", "releas",
                "state", "tell", "told", "spell", "divulg", "publish", "us",
            ]
            .iter()
            .any(|v| w.starts_with(v) && w.len() <= v.len() + 3)
        });
        let after = |k: usize| {
            doc.tokens
                .get(k)
                .filter(|t| t.sentence == sent)
                .map(|t| doc.norm(t))
        };
        // "could not provide a name, a receipt or a title": a name as one item of a list of
        // things not given, no wish to stay unnamed.
        if doc.norm_is(det, "a")
            && matches!(after(i + 1), Some("," | "or" | "and"))
            && matches!(after(i + 2), Some("a" | "an"))
        {
            continue;
        }
        // "her name not be used", "his name be withheld", "their names were withheld".
        // ("asked for his name to be withheld": the same wish as an infinitive.)
        let to_be = usize::from(after(i + 1) == Some("to"));
        let not_used = matches!(after(i + 1), Some("not" | "withheld"))
            || (matches!(after(i + 1 + to_be), Some("be" | "was" | "were" | "is"))
                && after(i + 2 + to_be) == Some("withheld"));
        let only = window.clone().any(|k| word(k) == "only") || after(i + 1) == Some("only");
        let identified_by = window
            .clone()
            .any(|k| few!("identified" "known" "named" "called" "identify").contains(&word(k)))
            && window.clone().any(|k| word(k) == "by");
        // "Police have not released his name": a body on the record keeps back someone else's
        // name (an accused, a victim); it grants no source anything.
        if refusal.is_some_and(|r| {
            let mut s = r;
            while s + 2 > r
                && s > lo
                && word_in!(doc.norm_at(s - 1), "have" | "has" | "did" | "would")
            {
                s -= 1;
            }
            s > lo && doc.norm_one_of(s - 1, RECORD_SPEAKERS.0)
        }) && word_in!(doc.norm_at(det), "his" | "her")
        {
            continue;
        }
        let span_start = if let (Some(r), true) = (refusal, giving && !first_name) {
            Some(r)
        } else if not_used {
            Some(window_lo.max(det.saturating_sub(2)))
        } else if first_name
            && (only || identified_by)
            && (giving || identified_by || refusal.is_some())
        {
            Some(
                window
                    .clone()
                    .find(|&k| doc.tokens[k].kind == TokenKind::Word)
                    .unwrap_or(det),
            )
        } else if let (Some(r), true) = (refusal, giving) {
            Some(r)
        } else {
            None
        };
        if let Some(s) = span_start {
            let end = match (after(i + 1), after(i + 2)) {
                (Some("not"), Some("be" | "being")) if after(i + 3).is_some() => i + 4,
                // ("name withheld", "name be withheld", "name to be withheld": to the verb.)
                _ if not_used => i + 2 + to_be + usize::from(after(i + 1) != Some("withheld")),
                _ => i + 1,
            };
            if out.last().is_none_or(|p| p.end <= s) {
                out.push(s..end.min(doc.sentences[sent as usize].tokens.end));
            }
        }
    }
    out
}

/// "The accused, whose name has been withheld to protect a young witness, admitted the charge":
/// a name withheld for someone who tells nothing in the sentence guards their privacy (a
/// defendant, a victim, a child); it grants no source anything. The teller's word is "said",
/// "told" … within six tokens before the name, or as the first cue in the 16 tokens after it
/// with at most one comma between ("A witness, whose name was withheld at her request, said";
/// not "…, was hurt, police said", nor a passive, "until his family is told").
fn withheld_for_no_teller(doc: &Document, attr: &Attribution, m: &Match) -> bool {
    let sent = doc.tokens[m.start].sentence;
    let lo = doc.sentences[sent as usize]
        .tokens
        .start
        .max(m.start.saturating_sub(6));
    doc.norm_is(m.end - 1, "withheld")
        && !(lo..m.start).any(|k| doc.norm_one_of(k, SOURCE_BEFORE.0))
        && !first_cue_after(doc, attr, m.end, sent).is_some_and(|k| {
            word_in!(doc.norm_at(k), "said" | "says" | "told" | "tells" | "added")
                && !word_in!(
                    doc.norm_at(k - 1),
                    "is" | "are" | "was" | "were" | "be" | "been"
                )
                && (m.end..k).filter(|&j| doc.norm_is(j, ",")).count() < 2
        })
}

fn kind_of<'l>(lex: &'l Lexicon, m: &Match) -> Option<&'l str> {
    let ce = lex.entry(m);
    (ce.category == ListCategory::Flag(Category::AnonymousSource)).then_some(ce.entry.kind.as_str())
}

/// "A police officer, who spoke on condition of anonymity, said the driver was thought to have
/// fled": a vague passive in the clause an unnamed source (flagged on its own, or by its grant)
/// is reported as saying is that source's hedge, not a second, ownerless attribution; a named
/// speaker's ("…, Captain Roe said", "according to Dr. Pell") is no anonymous sourcing at all.
/// Looks only within the sentence, the passive within twelve words of the cue.
fn owned_hedge(
    doc: &Document,
    attr: &Attribution,
    ce: &CompiledEntry,
    m: &Match,
    sources: &[std::ops::Range<usize>],
    granted: &[u32],
) -> bool {
    if !matches!(ce.entry.term.as_str(), "it is believed" | "it was claimed") {
        return false;
    }
    let sent = doc.tokens[m.start].sentence;
    let i = attr.cues.partition_point(|c| c.start < m.start);
    let opened = i.checked_sub(1).map(|i| &attr.cues[i]).is_some_and(|cue| {
        cue.end <= m.start
            && m.start - cue.end <= 12
            && doc.tokens[cue.start].sentence == sent
            && (cue.end..m.start).all(|k| doc.tokens[k].is_word())
            && (sources
                .last()
                .is_some_and(|s| s.end <= cue.start && doc.tokens[s.start].sentence == sent)
                || granted.binary_search(&sent).is_ok())
    });
    // "… are believed to remain, according to the ministry": a closing "according to" names
    // the source, which `reporter` only takes from a closing verb of saying.
    let according = || {
        attr.cues[i..]
            .iter()
            .take(4)
            .take_while(|c| doc.tokens[c.start].sentence == sent)
            .find(|c| doc.norm_is(c.start, "according"))
            .and_then(|c| crate::attribution::noun_phrase_right(doc, c.end))
            .is_some_and(|who| weigh(doc, who).0)
    };
    opened
        || according()
        || attr.reporter(doc, m.start).flatten().is_some_and(|who| {
            weigh(doc, who.clone()).0
                && !(who.len() == 1
                    && word_in!(doc.norm_at(who.start), "it" | "this" | "that" | "there"))
        })
}

/// "… according to media reports. The Harbor Gazette said …": reports named by the next
/// sentence, which opens with an outlet's name and its verb of reporting, are no shield.
fn reports_named_next(doc: &Document, attr: &Attribution, m: &Match) -> bool {
    if !(m.start..m.end).any(|k| word_in!(doc.norm_at(k), "reports" | "report")) {
        return false;
    }
    let sent = doc.tokens[m.start].sentence as usize;
    let Some(next) = doc.sentences.get(sent + 1) else {
        return false;
    };
    let mut k = next.tokens.start;
    if doc.norm_is(k, "the") {
        k += 1;
    }
    let name_start = k;
    while k < next.tokens.end && k < name_start + 5 && doc.tokens[k].cap {
        k += 1;
    }
    // Two capitalised words ("Harbor Gazette") or an acronym ("CNN"): a sentence's first word
    // alone ("He", "Officials") is capitalised anyway.
    let acronym = |i: usize| {
        let s = doc.slice(&doc.tokens[i]);
        s.len() >= 2 && s.chars().all(|c| c.is_ascii_uppercase())
    };
    let named = k >= name_start + 2 || (k == name_start + 1 && acronym(name_start));
    named
        && k < next.tokens.end
        && !doc.norm_one_of(name_start, NOT_NAMES.0)
        && attr.is_cue_start(k).is_some()
}

/// Grows a source noun into its noun phrase and decides whether it is an unnamed source acting
/// as a source in this sentence. Returns the phrase's token range.
fn unnamed_source(
    doc: &Document,
    attr: &Attribution,
    m: &Match,
    clause_sentences: &[u32],
) -> Option<std::ops::Range<usize>> {
    let sent = doc.tokens[m.start].sentence;
    let s = &doc.sentences[sent as usize];
    // Left: determiners, modifiers, capitalized organisation or nationality words, possessives.
    let mut start = m.start;
    while start > s.tokens.start && m.start - start < 8 {
        let t = &doc.tokens[start - 1];
        let n = doc.norm(t);
        let text = doc.slice(t);
        let ok = t.kind == TokenKind::Number
            || DETERMINERS.contains(&n)
            || is_modifier(n)
            || (t.kind == TokenKind::Word
                && t.cap
                && !NOT_NAMES.contains(&n)
                // A sentence's capitalised first word opens a name run taken so far ("New
                // Jersey officials"), not just any capitalised opening ("Chinese officials",
                // "Citing U.S. officials").
                && (start - 1 > s.tokens.start
                    || start < m.start
                        && doc.tokens[start].cap
                        && !DETERMINERS.contains(&n)
                        && !n.ends_with("ing")))
            // An abbreviation opening the sentence, whose full stop was just taken ("U.S.
            // officials have said"): the phrase must not start inside it.
            || (t.kind == TokenKind::Word
                && t.cap
                && n.has_char('.')
                && doc.norm_is(start, ".")
                && !doc.tokens[start].space_before)
            || (t.kind == TokenKind::Word && (crate::segment::ends_possessive(text)))
            // "of" inside a body's name ("a Bank of England official", "a House of
            // Representatives aide"): capitalised words on both sides.
            || (n == "of"
                && start > s.tokens.start + 2
                && doc.tokens[start].cap
                && doc.tokens[start - 2].cap)
            // An ampersand written solid inside a name ("an S&D lawmaker").
            || (n == "&"
                && !t.space_before
                && !doc.tokens[start].space_before
                && start - 1 > s.tokens.start
                && doc.tokens[start - 2].cap)
            // The full stop of an abbreviation inside the phrase ("U.S. officials").
            || (n == "."
                && !t.space_before
                && start - 1 > s.tokens.start
                && doc.tokens[start - 2].cap
                && doc.norm_at(start - 2).has_char('.'));
        if !ok {
            break;
        }
        start -= 1;
    }
    // Nouns and adjectives the modifier list lacks, between a determiner and the noun ("a senior
    // law enforcement official", "an inside source", "one unaligned strategist"): up to two
    // lowercase words, when a determiner or number opens them.
    // (Not past an article the phrase has: "a suggestion the executive said" is two phrases.)
    let (mut j, mut skipped) = (start, 0);
    while j > s.tokens.start + 1 && !word_in!(doc.norm_at(start), "the" | "a" | "an") && {
        let t = &doc.tokens[j - 1];
        let n = doc.norm(t);
        t.kind == TokenKind::Word
            && !t.cap
            && !DETERMINERS.contains(&n)
            && !COMPOUND_STOP.contains(&n)
            && (is_modifier(n) || skipped < 2)
    } {
        skipped += usize::from(!is_modifier(doc.norm_at(j - 1)));
        j -= 1;
    }
    // Two kinds of people before one noun ("…, industry and union sources said", "according to
    // port and city officials"): the first kind joins the phrase over "and" (one word).
    if j < start && j > s.tokens.start + 2 && doc.norm_is(j - 1, "and") && {
        let t = &doc.tokens[j - 2];
        let n = doc.norm(t);
        t.kind == TokenKind::Word
            && !t.cap
            && !DETERMINERS.contains(&n)
            && !COMPOUND_STOP.contains(&n)
    } {
        j -= 2;
    }
    // Only a phrase that plainly tells ("…, said a senior law enforcement official", "according
    // to …", "an inside source said"): the longer run may hold people the story is about ("two
    // female staffers complained", "a second lawmaker denied").
    let tells = word_in!(doc.norm_at(m.end), "said" | "says" | "told")
        || (j >= 3 + s.tokens.start && {
            let b = doc.norm_at(j - 2);
            let inverted = doc.tokens[j - 3].kind == TokenKind::Punct;
            (SOURCE_BEFORE.contains(&b) && (inverted || !word_in!(b, "said" | "says" | "added")))
                || (b == "to" && doc.norm_is(j - 3, "according"))
        });
    if j < start && tells && {
        let d = &doc.tokens[j - 1];
        (doc.norm_in(d, DETERMINERS.0) && !doc.norm_eq(d, "the")) || d.kind == TokenKind::Number
    } {
        start = j - 1;
        // Two determiners ("a top farm lawmaker", "the top tax lawmaker"): the phrase opens at
        // the first.
        if start > s.tokens.start
            && word_in!(doc.norm_at(start), "top" | "few")
            && word_in!(doc.norm_at(start - 1), "a" | "an" | "the")
        {
            start -= 1;
        }
    } else if j < start && m.end - m.start == 1 && {
        // A plural with no determiner opens its clause after a comma or "according to" and
        // says: "…, election officials said", "according to law enforcement officials".
        let d = &doc.tokens[j - 1];
        // ("… officials have said", "… officials later told": an auxiliary or adverb between.)
        let mut v = m.end;
        while v < m.end + 2
            && (super::vague_group::is_verb_filler(doc.norm_at(v))
                || word_in!(doc.norm_at(v), "later" | "earlier" | "also")
                || adverb_before_cue(doc, attr, v))
        {
            v += 1;
        }
        let told = word_in!(doc.norm_at(v), "said" | "say" | "says" | "told") || gives_view(doc, v);
        (d.kind == TokenKind::Punct && told)
            || (doc.norm_eq(d, "to") && j >= 2 && doc.norm_is(j - 2, "according"))
            // So does one that opens the sentence: "Law enforcement officials said …", "But
            // public health officials said …" (the first word opens the phrase or the clause).
            // (Not a pronoun: "It left aides worried" is its subject, a verb and their object.)
            || (j - 1 == s.tokens.start
                && d.kind == TokenKind::Word
                && !doc.norm_in(d, DETERMINERS.0)
                && !few!("it" "that" "this" "he" "she" "they" "we" "there").contains(&doc.norm(d))
                && told)
    } {
        let d = doc.norm_at(j - 1);
        let opens = j - 1 == s.tokens.start
            && doc.tokens[j - 1].cap
            && !few!("and" "but" "so" "yet" "when" "while" "as" "because" "if" "though" "although" "since" "after" "now" "still" "meanwhile" "then" "also" "in" "on" "at" "here" "there" "there," "however" "instead" "elsewhere")
                .contains(&d);
        start = if opens { j - 1 } else { j };
    }
    // A bare noun after a lowercase word is the tail of a longer phrase ("a tech staffer",
    // "instructed employees"), not a source that the text introduces.
    // So is a phrase that opens with a lowercase word right after a verb or a noun ("obstructing
    // an officer", "giving party officials a say"); a capitalized or possessive opening may start a
    // new clause ("the place Pentagon officials say", "the vice president's spokeswoman").
    let opening = &doc.tokens[start];
    let bare = start == m.start;
    let lowercase_opening =
        !opening.cap && !doc.slice(opening).ends_with("'s") && !doc.slice(opening).ends_with("’s");
    // A phrase that says how its people know ("a source close to the deal", "an anonymous
    // source") introduces a source wherever it stands ("learned from a source close to …").
    let self_marked = is_access_phrase(doc, m) || marked_anonymous(doc, start, m);
    if start > s.tokens.start && (bare || lowercase_opening) && !self_marked {
        let p = &doc.tokens[start - 1];
        let pn = doc.norm(p);
        // "to" only in "according to": "offered a deal to the party officials" makes them the
        // audience.
        let according_to = pn == "to" && start >= 2 && doc.norm_is(start - 2, "according");
        if p.kind == TokenKind::Word
            && !p.cap
            && !SOURCE_BEFORE.contains(&pn)
            && (bare || pn != "of")
            && !according_to
            && !agent_of_telling(doc, start)
            && !few!("and" "but" "that" "which" "what" "when" "while" "as" "because" "if" "so" "where" "even" "yet" "also" "now" "still" "only" "though" "although" "since" "after" "before" "until" "whom")
            .contains(&pn)
        {
            return None;
        }
    }
    // "Pho was the same NSA employee who …", "he is a former official": a predicate that says
    // what its subject is, not someone telling.
    let mut k = start;
    while k > s.tokens.start
        && start - k < 3
        && word_in!(
            doc.norm_at(k - 1),
            "the" | "a" | "an" | "same" | "only" | "first"
        )
    {
        k -= 1;
    }
    if k > s.tokens.start
        && word_in!(
            doc.norm_at(k - 1),
            "is" | "was" | "are" | "were" | "been" | "be" | "became" | "remains" | "remained"
        )
    {
        // (Even in a sentence granting anonymity: the grant is its subject's.)
        return None;
    }
    // Who was told, not who tells: "telling one person close to her that …", "he told a senior
    // aide". A source gives information; an addressee receives it.
    let told = |k: usize| {
        word_in!(
            doc.norm_at(k),
            "told"
                | "tell"
                | "tells"
                | "telling"
                | "informed"
                | "informing"
                | "assured"
                | "reassure"
                | "reassured"
                | "briefed"
                | "notified"
                | "urged"
        )
    };
    if start > s.tokens.start && told(start - 1) && !clause_sentences.contains(&sent) {
        return None;
    }
    // A source not given: "never cited a source", "did not quote officials".
    if start >= s.tokens.start + 2
        && doc.norm_one_of(start - 1, SOURCE_BEFORE.0)
        && gave_nothing(doc.norm_at(start - 2))
    {
        return None;
    }
    // Apposition to a name on the left: "Benjamin Chang, a White House spokesman". An apposition
    // is closed by punctuation; a phrase that runs on into its cue is the subject of a new clause
    // ("In Germany, a government official said", "… Bai Brands LLC, people familiar with the
    // matter said").
    if start >= 2
        && doc.norm_is(start - 1, ",")
        && doc.tokens[start - 2].cap
        && doc.tokens[start - 2].kind == TokenKind::Word
        && (!runs_into_cue(doc, attr, m.end, sent) || place_in_apposition(doc, start - 2))
    {
        return None;
    }
    // "Harold Roe, a banker and former Treasury official": the second of two descriptions in
    // apposition to a name describes that person too.
    if start >= 2 && doc.norm_is(start - 1, "and") {
        let lo = s.tokens.start.max(start.saturating_sub(7));
        let comma = (lo..start - 1)
            .rev()
            .take_while(|&k| doc.tokens[k].kind == TokenKind::Word || doc.norm_is(k, ","))
            .find(|&k| doc.norm_is(k, ","));
        if let Some(c) = comma.filter(|&c| {
            c > s.tokens.start
                && word_in!(doc.norm_at(c + 1), "a" | "an")
                && doc.tokens[c - 1].cap
                && doc.tokens[c - 1].kind == TokenKind::Word
        }) {
            let relative = word_in!(doc.norm_at(m.end), "who" | "whose");
            if !runs_into_cue(doc, attr, m.end, sent)
                || (relative && names_an_object(doc, c, s.tokens.start))
            {
                return None;
            }
        }
    }
    // "… from Ann Lee, an ex-campaign aide who has pleaded guilty": an indefinite phrase with a
    // relative clause, set off after a name that is itself an object, describes that person; a
    // cue later in the relative clause is theirs ("In Germany, an official who … said" is a
    // new subject: its name opens the sentence).
    if start >= 2
        && doc.norm_is(start - 1, ",")
        && word_in!(doc.norm_at(start), "a" | "an")
        && word_in!(doc.norm_at(m.end), "who" | "whose")
        && names_an_object(doc, start - 1, s.tokens.start)
    {
        return None;
    }
    // "She has been one of the few top aides who …": a predicate that says what its subject is.
    if start >= 3
        && doc.norm_is(start - 1, "of")
        && doc.norm_is(start - 2, "one")
        && word_in!(
            doc.norm_at(start - 3),
            "is" | "was" | "are" | "were" | "been" | "be" | "remains" | "became"
        )
    {
        return None;
    }
    // "close to", "familiar with", "briefed on": what follows is the object of the phrase, not a
    // name for the source ("a person close to Mrs. Clinton").
    let access = is_access_phrase(doc, m);
    // Right: a name after the noun ("spokesman Benjamin Chang", "a spokesman, John Doe,").
    let mut r = m.end;
    if doc.norm_is(r, ",") {
        r += 1;
    } else if !access
        && doc.norm_is(r, "and")
        && !doc.norm_at(m.end - 1).ends_with('s')
        && !doc.norm_one_of(start, DETERMINERS.0)
        && doc.tokens.get(r + 1).is_some_and(|t| t.is_word() && !t.cap)
    {
        // A second title joined on, with no article: "Chief executive and co-founder Dr Ann Lee
        // said" (not a second group of people: "officials and Korean diplomats").
        r += 1;
        while r < m.end + 4 && doc.tokens.get(r).is_some_and(|t| t.is_word() && !t.cap) {
            r += 1;
        }
    } else if doc.norm_is(r, "in") && word_in!(doc.norm_at(r + 1), "charge" | "command") {
        // A title phrase before its holder's rank and name: "officer in charge Senior Sergeant
        // Ann Lee".
        r += 2;
    }
    if let Some(t) = doc.tokens.get(r).filter(|_| !access || r > m.end) {
        if t.sentence == sent
            && t.kind == TokenKind::Word
            && t.cap
            && !doc.norm_in(t, NOT_NAMES.0)
            && attr.is_cue_start(r).is_none()
        {
            return None;
        }
    }
    // "Cabinet member for schools Cllr Ann Roe said", "Agent for the applicant Ann Roe said": a
    // singular title with no article, its "for"/"of" object in lowercase, then two or more
    // capitalised words running into the cue: the title of the person named.
    if !doc.norm_one_of(start, DETERMINERS.0)
        && !doc.norm_at(m.end - 1).ends_with('s')
        && word_in!(doc.norm_at(m.end), "for" | "of")
    {
        let mut k = m.end + 1;
        while k < m.end + 5 && doc.tokens.get(k).is_some_and(|t| t.is_word() && !t.cap) {
            k += 1;
        }
        let name = k;
        while k < name + 6
            && doc.tokens.get(k).is_some_and(|t| {
                t.sentence == sent
                    && (t.is_word() && t.cap || doc.norm_eq(t, ".") && !t.space_before)
            })
        {
            k += 1;
        }
        if name > m.end + 1 && k >= name + 2 && attr.is_cue_start(k).is_some() {
            return None;
        }
    }
    if named_in_apposition(doc, attr, m.end, sent) {
        return None;
    }
    // A name inside the phrase: "Iraqi official Ali al-Dabbagh" is caught above; "Smith's aide"
    // is still unnamed. Lone heads with no determiner and no modifier are too generic to judge.
    let end = m.end;
    // (Only for one-word nouns: "people close to" ends in a preposition that takes an object.)
    if let Some(t) = doc
        .tokens
        .get(end)
        .filter(|t| t.sentence == sent && m.end - m.start == 1 && !self_marked)
    {
        // ("a diplomat based in Cairo", "officials stationed at the post": where they work.)
        let placed = few!("based" "stationed" "posted").contains(&doc.norm(t))
            && word_in!(doc.norm_at(end + 1), "in" | "at");
        if t.kind == TokenKind::Word
            && !t.cap
            && attr.is_cue_start(end).is_none()
            && !doc.norm_in(t, HEAD_FOLLOWERS.0)
            && !placed
            && !gives_view(doc, end)
            && !adverb_before_cue(doc, attr, end)
        {
            return None;
        }
    }
    // "Member of Parliament T.Batbold told …": a singular head with no article, in title case
    // with its body, is a title written before a name: the body and the name make two or more
    // capitalised words (up to six looked at).
    if start == m.start
        && doc.tokens[start].cap
        && !doc.norm_at(start).ends_with('s')
        && doc.norm_is(m.end, "of")
        && doc
            .tokens
            .iter()
            .skip(m.end + 1 + usize::from(doc.norm_is(m.end + 1, "the")))
            .take(6)
            .take_while(|t| t.cap && t.sentence == sent)
            .count()
            >= 2
    {
        return None;
    }
    let granted = clause_sentences.binary_search(&sent).is_ok();
    // "Business Insider reported": a source noun capitalised inside a sentence is part of a name.
    if m.end - m.start == 1 && m.start > s.tokens.start && doc.tokens[m.start].cap && !granted {
        return None;
    }
    // "Police were called after a resident reported a loud bang": who reported the incident that
    // brought the police acts in the event, which reaches the story through police or court.
    // (Past "of the <noun>": "after a member of the public reported a car".)
    let v = end + 3 * usize::from(doc.norm_is(end, "of") && doc.norm_is(end + 1, "the"));
    if !granted
        && start > s.tokens.start
        && word_in!(doc.norm_at(start - 1), "after" | "when")
        && (doc.norm_is(v, "reported")
            && s.tokens.clone().any(|k| doc.norm_one_of(k, RECORD_SPEAKERS.0))
            // ("after an official told Reuters …" stays: the outlet heard it.)
            || doc.norm_is(v, "told") && doc.norm_one_of(v + 1, RECORD_SPEAKERS.0))
    {
        return None;
    }
    // People the story is about rather than people telling it: the phrase is the subject of an
    // act ("an obscure campaign adviser pleaded guilty", "aides who will meet the governor") or
    // the other side of a meeting ("met with Russian officials", "between the mayor and
    // veteran diplomats").
    if !granted
        && !self_marked
        && (subject_of_act(doc, attr, end, sent) || acted_upon(doc, end, sent))
    {
        return None;
    }
    // Examples ("on matters such as U.S. allies …") are what a sentence is about, not who tells.
    // So is a job in a biography ("worked as a policy adviser"): a role held, not a speaker.
    if start >= 2
        && doc.norm_is(start - 1, "as")
        && (doc.norm_is(start - 2, "such")
            || ["work", "serv"]
                .iter()
                .any(|v| doc.norm_at(start - 2).starts_with(v)))
    {
        return None;
    }
    // "Officials, who spoke on condition of anonymity, said the rules would cover envoys who
    // travel abroad": inside the granted teller's clause (a cue before, none in the 16 tokens
    // after), people whose "who" clause does anything but tell are what the teller tells about.
    if granted
        && doc.norm_is(end, "who")
        && !grant_near(doc, end, sent)
        && !acts_as_source(doc, attr, start, end)
        && attr.reporter(doc, start).is_some()
        && first_cue_after(doc, attr, end, sent).is_none()
    {
        return None;
    }
    // The grant shields whoever tells: in "two lawmakers sent a letter …, an aide said on
    // condition of anonymity" the lawmakers act in what the aide tells (the grant is not theirs:
    // it stands well after their verb).
    if granted
        && !self_marked
        && subject_of_act(doc, attr, end, sent)
        && !grant_near(doc, end, sent)
    {
        return None;
    }
    // "One lawmaker, who did not wish to be named, said members had been given a week": the
    // grant shields the teller; a group opening the teller's clause as a passive's subject
    // (given, told, asked, ordered), or as who came to know ("members had learned of it"), is
    // what the claim is about.
    if granted
        && start > s.tokens.start
        && word_in!(doc.norm_at(start - 1), "said" | "says" | "that")
        && {
            // ("were told", "had been given"; not "had told", an act of telling.)
            let k = end + 1 + usize::from(doc.norm_is(end + 1, "been"));
            let learned = end + usize::from(word_in!(doc.norm_at(end), "had" | "have" | "has"));
            let in_sent = |v: usize| doc.tokens.get(v).is_some_and(|t| t.sentence == sent);
            ((k > end + 1 || word_in!(doc.norm_at(end), "were" | "was"))
                && in_sent(k)
                && word_in!(doc.norm_at(k), "given" | "told" | "asked" | "ordered"))
                || (in_sent(learned)
                    && word_in!(doc.norm_at(learned), "learned" | "learnt" | "heard" | "knew"))
                // A bare plural that does something ("said officers were often called too
                // late"), or thinks, fears or is in a state ("said detectives believed …",
                // "that officials were “hopeful” …"): what the granted teller reports of them;
                // the sentence keeps the grant's flag. Past be-forms, fillers, adverbs and an
                // opening quotation mark (four tokens), then a word that does not tell.
                // (Or counted vaguely: "said some members had pushed for a delay".)
                || ((start == m.start || start + 1 == m.start && word_in!(doc.norm_at(start), "some" | "several" | "many"))
                    && m.end - m.start == 1 && doc.norm_at(m.start).ends_with('s') && {
                    let mut v = end;
                    while v < end + 4 && {
                        let w = doc.norm_at(v);
                        few!("were" "was" "are" "is" "been" "be").contains(&w)
                            || super::vague_group::is_verb_filler(w)
                            || w.ends_with("ly")
                            || doc.tokens.get(v).is_some_and(|t| !t.is_word())
                                && doc.tokens.get(v + 1).is_some_and(|t| t.quote.is_some())
                    } {
                        v += 1;
                    }
                    in_sent(v)
                        && doc.tokens[v].is_word()
                        && (attr.is_cue_start(v).is_none() || acts_rather_than_tells(doc, v))
                })
        }
    {
        return None;
    }
    // "Trump and White House officials have denied …", "the officials and Flynn talk about":
    // joined to a named party as one subject that acts (denies, dismisses, talks) rather than
    // tells, the group speaks with that party on the record; it is no source the outlet shields.
    if !granted
        && !self_marked
        && joined_to_name(doc, start, end, sent)
        && acts_in_public(doc, attr, end, sent)
    {
        return None;
    }
    // "Ministry officials denied the report", "Chinese officials have dismissed the allegations":
    // an uncounted group answering a charge is the accused side's public answer, not a source
    // telling the outlet. Counted or senior ("two senior officials disputed the report") they
    // are a briefing and stay.
    if !granted
        && !self_marked
        && !doc.norm_one_of(start, DETERMINERS.0)
        && doc.tokens[start].kind != TokenKind::Number
        && !(start..end).any(|k| doc.norm_is(k, "senior"))
        && answers_charge(doc, attr, end, sent)
    {
        return None;
    }
    // "evidence gathered by U.S. officials": the agent of an act that is not telling.
    if !granted
        && start >= s.tokens.start + 2
        && doc.norm_is(start - 1, "by")
        && doc.norm_at(start - 2).ends_with("ed")
        && !doc.tokens[start - 2].cap
        && (attr.cue_at(start - 2).is_none()
            // ("aides interviewed by FBI agents": the asker of a questioning verb tells nothing.)
            || word_in!(doc.norm_at(start - 2), "interviewed" | "questioned"))
    {
        return None;
    }
    // "Republican officials, including Governor Ann Lee, say" ("…, among them Ann Lee, …"): the
    // group names who speaks.
    let including = (end..end + 4).find(|&k| {
        doc.tokens.get(k).is_some_and(|t| t.sentence == sent)
            && (doc.norm_is(k, "including")
                || doc.norm_is(k, "them") && doc.norm_is(k - 1, "among"))
    });
    if !granted && including.is_some_and(|k| doc.tokens.get(k + 1).is_some_and(|t| t.cap)) {
        return None;
    }
    // The other side of a meeting stays so when the text calls them unnamed ("a meeting with
    // unnamed Russian officials"): unnamed is not the same as a source.
    if !granted && meets_with(doc, start) {
        return None;
    }
    // "all 17 Democratic members of the committee": the whole of a group names each member.
    if !granted
        && doc.norm_is(start, "all")
        && (is_public_body(doc.norm_at(m.start)) || is_group_noun(doc.norm_at(m.start)))
        && (start + 1..m.start).all(|k| {
            doc.tokens[k].kind == TokenKind::Number
                || doc.tokens[k].cap
                || is_modifier(doc.norm_at(k))
        })
    {
        return None;
    }
    // "Republican lawmakers have criticized …", "investigators had questioned …": a body of
    // people acting in public, not a source the outlet shields. Counted or singled out ("two
    // lawmakers said", "the investigators told Reuters") they are sources again.
    // Former members no longer act as the body: "current and former employees said" is the
    // press's way of citing people from inside it.
    // So are members who saw or were there ("staff members who saw the memo said", "employees
    // who were present said") or a listed phrase ("members of his inner circle"): singled out as
    // witnesses or confidants, not the body acting.
    let counted = doc.norm_one_of(start, DETERMINERS.0)
        || doc.tokens[start].kind == TokenKind::Number
        || (start..m.start).any(|k| doc.norm_is(k, "former"))
        || doc.norm_is(end, "who") && witnessed(doc, end + 1)
        || m.end - m.start > 1;
    if !counted && !granted && is_public_body(doc.norm_at(m.start)) {
        return None;
    }
    // "Some lawmakers demanded an apology", "the 64 lawmakers wrote to the agency": counted too,
    // a public body acting in public is no source; only telling something ("two lawmakers
    // said") makes it one, unless they tell in a letter they signed.
    if !granted && is_public_body(doc.norm_at(m.start)) && acts_in_public(doc, attr, end, sent) {
        return None;
    }
    // "A lawmaker told the hearing …", "at Tuesday's hearing, two lawmakers said …": words
    // spoken in a public proceeding are on its record; the speaker takes part in public and is
    // no source the outlet shields.
    if !granted
        && word_in!(
            doc.norm_at(m.start),
            "lawmaker" | "lawmakers" | "legislator" | "legislators"
        )
        && in_proceeding(doc, sent)
    {
        return None;
    }
    // "…," said the lawmakers: "the" with a public body points back to a group the story has
    // already introduced (a letter's signers, a committee's members), not a hidden source.
    if !granted
        && is_public_body(doc.norm_at(m.start))
        && doc.norm_is(start, "the")
        && start + 1 == m.start
    {
        return None;
    }
    // "The Wisconsin lawmaker said": a lawmaker holds a public seat, so a definite one points
    // back to a lawmaker the story has named. An unnamed one is introduced first ("a lawmaker who
    // asked not to be named … the lawmaker said"), and then stays anonymous. So does "the
    // executive": a council's management or an executive the story has named.
    if !granted
        && doc.norm_is(start, "the")
        && word_in!(
            doc.norm_at(m.start),
            "lawmaker" | "legislator" | "executive"
        )
        && !introduced_unnamed(doc, m.start)
    {
        return None;
    }
    // A spokesperson speaks officially for the body named beside them or just before ("a Dell
    // spokesman", "a spokeswoman for the ministry"): that is on the record unless the text says
    // the spokesperson was granted anonymity.
    if is_spokesperson(doc.norm_at(m.start)) && !granted && !marked_anonymous(doc, start, m) {
        return None;
    }
    // "My neighbour, for what it is worth, says …": someone the writer knows and tells of in
    // the first person belongs to the writer's own story, not a source the outlet shields ("my
    // sources say" stays).
    if m.start > 0
        && doc.norm_is(m.start - 1, "my")
        && !granted
        && !doc.norm_at(m.start).starts_with("source")
    {
        return None;
    }
    // "Officials at the ministry said in a statement", "state officials said in court papers":
    // a statement or a filing is issued on the record in the body's name, and the officials
    // are its voice, not a source the outlet shields. So are a named body's officials who
    // announce ("District officials announced the closures", "officials of the Elm district
    // announced"): an announcement is the body's own act.
    if word_in!(
        doc.norm_at(m.end.saturating_sub(1)),
        "official" | "officials"
    ) && !granted
        && !marked_anonymous(doc, start, m)
        && (said_in_writing(doc, attr, end, sent)
            // ("In a letter read at services, officials said …": the letter fronted, the body's
            // officials together; one obtained or seen by the press is a leak, and "an official"
            // one person.)
            || (signed(doc, s.tokens.start)
                && doc.norm_is(m.end - 1, "officials")
                && !(s.tokens.start..start).any(|k| {
                    word_in!(doc.norm_at(k), "obtained" | "seen" | "reviewed" | "leaked")
                }))
            || {
            // (The sentence's first word, which the phrase leaves out: "District officials".)
            let lo = start - usize::from(start == s.tokens.start + 1);
            first_cue_after(doc, attr, end, sent)
                .is_some_and(|k| doc.norm_at(k).starts_with("announc"))
                && !is_modifier(doc.norm_at(lo))
                && (names_a_body(doc, lo, m.start, m.end)
                    || (lo..m.start).any(|k| doc.norm_one_of(k, BODY_KINDS.0)))
        })
    {
        return None;
    }
    // So does a representative of a body the text names ("a State Department representative",
    // "a representative for Acme Corp"); a nationality ("a Chinese representative") is no body.
    // A named body's witness is its own reporter ("according to a Reuters witness"): the outlet's
    // staff seeing for it, not a source it shields.
    if word_in!(doc.norm_at(m.start), "representative" | "witness")
        && !granted
        && !marked_anonymous(doc, start, m)
        && names_a_body(doc, start, m.start, m.end)
    {
        return None;
    }
    // A representative of the body the story is about, called by its kind ("a bank
    // representative", "a representative for the company"): one particular body the text has
    // named, so the person speaks for it on the record. "An industry representative" is no body.
    // So is a principal in the possessive ("Lee's representative", "the singer's
    // representatives"): whom they speak for is given. (An aide or adviser speaks in their own
    // right, one of many: "Lee's aide" stays a source.)
    if word_in!(doc.norm_at(m.start), "representative" | "representatives")
        && !granted
        && !marked_anonymous(doc, start, m)
        && (doc.norm_one_of(m.start.saturating_sub(1), BODY_KINDS.0)
            || (start..m.start).any(|k| {
                let w = doc.slice(&doc.tokens[k]);
                crate::segment::ends_possessive(w)
            })
            || (word_in!(doc.norm_at(m.end), "for" | "of" | "at")
                && word_in!(doc.norm_at(m.end + 1), "the" | "its" | "their")
                && (doc.norm_one_of(m.end + 2, PRINCIPALS.0)
                    // The body's kind or name anywhere in its definite phrase, past modifiers
                    // and a possessive ("of the state Sierra Club chapter", "of the park's
                    // management board"), up to the phrase's end (four words at most).
                    || (m.end + 2..m.end + 6)
                        .take_while(|&k| {
                            doc.tokens.get(k).is_some_and(|t| t.is_word() && t.sentence == sent)
                                && attr.is_cue_start(k).is_none()
                        })
                        .any(|k| doc.norm_one_of(k, BODY_KINDS.0) || body_word(doc, k))))
            // A bare "a representative" after "the charity" earlier in its sentence (up to 30
            // tokens back): "The charity confirmed …, but a representative said …".
            || (start + 1 == m.start
                && (s.tokens.start.max(start.saturating_sub(30))..start).any(|k| {
                    k > 0 && doc.norm_is(k - 1, "the") && doc.norm_one_of(k, BODY_KINDS.0)
                }))
            // Or after the previous sentence's subject, "The" and a capitalised name that
            // tells: "The Parks Board said … \"…,\" a representative said." (Up to six tokens.)
            || (start + 1 == m.start && sent > 0 && {
                let p = doc.sentences[sent as usize - 1].tokens.clone();
                doc.norm_is(p.start, "the")
                    && (p.start + 1..p.end.min(p.start + 6))
                        .find(|&k| !doc.tokens[k].cap)
                        .is_some_and(|k| k > p.start + 1 && attr.is_cue_start(k).is_some())
            }))
    {
        return None;
    }
    // "a Lee aide said he maintains …": an aide called by the principal's name passes on that
    // person's own stance ("said", then "he"/"she" and "maintains"/"denies"), as a
    // spokesperson does. "A Lee aide said the probe …" stays a source.
    if word_in!(doc.norm_at(m.start), "aide" | "adviser")
        && !granted
        && start + 2 == m.start
        && doc.tokens[start + 1].cap
        && doc.norm_is(m.end, "said")
        && doc.norm_one_of(m.end + 1, SPEAKER_SUBJECT.0)
        && word_in!(doc.norm_at(m.end + 2), "maintains" | "denies")
    {
        return None;
    }
    // "his colleagues in Congress", "the gunman's friend": a friend or colleague owned by someone
    // in the story is part of it; an indefinite one ("a longtime friend said", "colleagues say")
    // is introduced to tell.
    if word_in!(doc.norm_at(m.start), "friend" | "colleague" | "colleagues")
        && !granted
        && ((start > s.tokens.start
            && word_in!(
                doc.norm_at(start - 1),
                "his" | "her" | "their" | "its" | "our" | "my" | "your"
            ))
            || (start..m.start).any(|k| crate::segment::ends_possessive(doc.slice(&doc.tokens[k]))))
    {
        return None;
    }
    // "U.S. allies", "European allies": a country's allies are states, which speak through their
    // governments on the record; a person's allies ("Trump allies") stay sources.
    if word_in!(doc.norm_at(m.start), "allies" | "ally")
        && !granted
        && !marked_anonymous(doc, start, m)
        && (start..m.start).any(|k| doc.norm_one_of(k, ALLIED_STATES.0))
    {
        return None;
    }
    // "the Senate's top tax lawmaker", "the top U.S. diplomat": the one holder of a post, whom
    // the reader can identify (and the story usually names); "a top aide", "top officials" are
    // some among many and stay. So is a body's chief or national one ("Acme's chief executive",
    // "the party's national executive": its head or its governing organ).
    let head = doc.norm_at(m.start);
    if !granted
        && m.end - m.start == 1
        && (!head.ends_with('s') || head.ends_with("ss"))
        && (start..m.start).any(|k| {
            // "Its chief executive": "its" is a body the text has just named.
            let owned = k > s.tokens.start
                && (crate::segment::ends_possessive(doc.slice(&doc.tokens[k - 1]))
                    || doc.norm_is(k - 1, "its"));
            match doc.norm_at(k) {
                "top" => owned || k > s.tokens.start && doc.norm_is(k - 1, "the"),
                // A named body's chief too: "the Acme chief executive said", "NTFL chief
                // executive said" (an acronym may open the sentence).
                "chief" => {
                    owned
                        || k > s.tokens.start
                            && (k - 1 > s.tokens.start || {
                                let w = doc.slice(&doc.tokens[k - 1]);
                                w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase())
                            })
                            && names_a_body(doc, k - 1, k, k)
                }
                "national" | "central" => owned,
                _ => false,
            }
        })
    {
        return None;
    }
    // "The court said the witnesses' statements showed …": testimony weighed in a court case
    // was given on the record; the witnesses are evidence, not a source the outlet shields.
    if word_in!(head, "witness" | "witnesses" | "witness's")
        && !granted
        && (doc.slice(&doc.tokens[m.start]).ends_with('s')
            && word_in!(doc.norm_at(m.end), "'" | "’")
            || word_in!(
                doc.norm_at(m.end),
                "statement" | "statements" | "testimony" | "evidence"
            )
            || head.ends_with("'s"))
        && s.tokens.clone().any(|k| {
            doc.norm_one_of(k, crate::sense::COURT_WORDS)
                || word_in!(doc.norm_at(k), "ruling" | "trial")
        })
    {
        return None;
    }
    // "the 71-year-old diplomat said": news gives the age of people it names, so a definite
    // phrase with an age is a second reference to a named person ("a 45-year-old resident",
    // indefinite, stays a source).
    if !granted
        && (doc.norm_is(start, "the") || doc.norm_at(start).ends_with("year-old"))
        && (start..m.start).any(|k| doc.norm_at(k).ends_with("year-old"))
    {
        return None;
    }
    // "The two officials said", with no earlier "two officials" the story left unnamed: the
    // phrase points back to people it has named ("Trump and Abe … the two officials").
    if !granted
        && doc.norm_is(start, "the")
        && start + 2 == m.start
        && is_count_word(doc.norm_at(start + 1))
        && !introduced_counted(doc, start + 1, m.start)
    {
        return None;
    }
    // "Ann Lee, a Treasury official, said … The official added": a definite phrase whose
    // nearest earlier mention was given a name points back to that named person.
    if !granted
        && doc.norm_is(start, "the")
        && !self_marked
        && earlier_mention_named(doc, attr, start, m.start)
    {
        return None;
    }
    // "Chief Inspector Ana Ruiz said …. “…,” the senior officer said": a bare definite official
    // speaking right after a capitalised title spoke points back to that office-holder.
    if !granted
        && !self_marked
        && doc.norm_is(start, "the")
        && word_in!(
            head,
            "official" | "officer" | "investigator" | "diplomat" | "executive"
        )
        && (start + 1..m.start)
            .all(|k| !doc.tokens[k].cap && !word_in!(doc.norm_at(k), "other" | "second" | "third"))
        && (attr.is_cue_start(end).is_some() || start > 0 && attr.cue_at(start - 1).is_some())
        && !introduced_unnamed(doc, m.start)
        && titled_speaker_before(doc, attr, start, sent)
    {
        return None;
    }
    // "Person" is anyone: a source only right before its cue ("the person said") or right after
    // one ("according to a person who attended"), not in "the person who posted it was fired".
    let introduced_person = || {
        word_in!(doc.norm_at(end), "who" | "at" | "in" | "inside" | "within")
            && word_in!(doc.norm_at(start), "a" | "an" | "one" | "another")
            && !public_outburst(doc, attr, end, s.tokens.end)
            && !closed_on_record(doc, s.tokens.start, s.tokens.end)
    };
    if doc.norm_is(m.start, "person")
        && m.end - m.start == 1
        && !granted
        && attr.is_cue_start(end).is_none()
        && {
            let b = doc.norm_at(start.saturating_sub(1));
            !SOURCE_BEFORE.contains(&b)
                && b != "to"
                && !agent_of_telling(doc, start)
        }
        // "A person who attended the meeting said", "a person at the ministry said": an
        // indefinite person described by what they did or where they are, then telling, is
        // introduced as a source; the cue must still follow (`acts_as_source`). Not when the
        // person acts in public ("yelled", "asked") or the story is told on the record by a
        // named or official speaker closing the sentence ("…, prosecutors said").
        && !introduced_person()
    {
        return None;
    }
    // "the question for people close to the mayor", "worries about sources inside the party":
    // the object of such a preposition is what the sentence is about, not who tells it.
    let about_them = start > s.tokens.start
        && word_in!(
            doc.norm_at(start - 1),
            "for" | "about" | "against" | "toward" | "towards"
        );
    // "At a dinner, a senior official criticized the plan, according to a person familiar …":
    // what the phrase's people did is the content of another source's account; they act in it.
    let mut v = end;
    if doc.norm_at(v).ends_with("ly") {
        v += 1;
    }
    let content_of_account = !word_in!(
        doc.norm_at(v),
        "said" | "says" | "say" | "told" | "tells" | "added" | "has" | "have" | "had"
    ) && (v + 2..(v + 40).min(s.tokens.end))
        .any(|k| doc.norm_is(k, "according") && doc.norm_is(k + 1, "to"));
    // "An official from the department explained the strategy" (to a meeting): a plan shown,
    // its object ending the sentence, is an act, no claim the outlet relies on ("explained why
    // …", "explained the delay was …" tell one).
    if !granted
        && first_cue_after(doc, attr, end, sent).is_some_and(|k| {
            word_in!(doc.norm_at(k), "explained" | "outlined")
                && word_in!(doc.norm_at(k + 1), "the" | "its" | "their")
                && s.tokens.end <= k + 6
                && (k + 2..s.tokens.end).all(|j| {
                    attr.is_cue_start(j).is_none()
                        && !word_in!(doc.norm_at(j), "was" | "is" | "were" | "are")
                })
        })
    {
        return None;
    }
    let is_source = acts_as_source(doc, attr, start, end) && !content_of_account
        || granted
        || (self_marked && !about_them && source_in_context(doc, attr, m, sent));
    is_source.then_some(start..end)
}

/// How far back a titled speaker is looked for: the two sentences before, at most this many
/// tokens.
const TITLED_REACH: usize = 120;

/// One of the two sentences before `start`'s has a capitalised title (named or not: "The port's
/// Deputy Director of Operations", "Chief Inspector Ana Ruiz") as the subject of its cue: the
/// title opens the sentence or a clause (after punctuation or a cue) and runs into a cue, or
/// into a comma whose aside a comma closes before a cue ("…, speaking on Monday, said").
fn titled_speaker_before(doc: &Document, attr: &Attribution, start: usize, sent: u32) -> bool {
    let hi = doc.sentences[sent as usize].tokens.start;
    let floor = start.saturating_sub(TITLED_REACH);
    // Two sentences back, not counting those inside a quotation: a quotation of three sentences
    // sits between the office-holder's and "the senior officer said".
    let (mut s, mut counted) = (sent as usize, 0);
    while s > 0 && counted < 2 && doc.sentences[s].tokens.start > floor {
        s -= 1;
        let first = doc.sentences[s].tokens.start;
        counted += usize::from(doc.tokens.get(first).is_some_and(|t| t.quote.is_none()));
    }
    let lo = doc.sentences[s].tokens.start.max(floor);
    (lo..hi).any(|k| {
        let t = &doc.tokens[k];
        // (A word of an office: "Director", "Chief", a police rank, "President".)
        let n = doc.norm(t);
        if !t.cap
            || t.quote.is_some()
            || !super::named_elsewhere::OFFICE_TITLES.contains(&n)
                && !word_in!(
                    n,
                    "inspector" | "superintendent" | "commander" | "president"
                )
        {
            return false;
        }
        let s = t.sentence;
        let first = doc.sentences[s as usize].tokens.start;
        let in_title = |i: usize| {
            doc.tokens.get(i).is_some_and(|x| {
                x.sentence == s
                    && x.is_word()
                    && x.quote.is_none()
                    && (x.cap || word_in!(doc.norm(x), "of" | "for" | "the"))
            })
        };
        // (Left over the title, a possessive and "the": "The port's Deputy Director".)
        let mut p = k;
        while p > first
            && k - p < 8
            && (in_title(p - 1) || crate::segment::ends_possessive(doc.slice(&doc.tokens[p - 1])))
        {
            p -= 1;
        }
        let after_cue = p > first && attr.cue_at(p - 1).is_some();
        let opens = p == first || after_cue || doc.tokens[p - 1].kind == TokenKind::Punct;
        // (Right over the title and one lowercase word after its "of"/"for": "… for operations".)
        let mut e = k + 1;
        while e < k + 10
            && (in_title(e)
                || word_in!(doc.norm_at(e - 1), "of" | "for")
                    && doc
                        .tokens
                        .get(e)
                        .is_some_and(|x| x.is_word() && x.sentence == s))
        {
            e += 1;
        }
        // (A remit after the title, up to three words: "… of Police responsible for crime", "in
        // charge of roads".)
        let remit = match (doc.norm_at(e), doc.norm_at(e + 1), doc.norm_at(e + 2)) {
            ("responsible", "for", _) => e + 2,
            ("in", "charge", "of") => e + 3,
            _ => e,
        };
        if remit > e {
            e = (remit..remit + 3)
                .take_while(|&i| {
                    doc.tokens
                        .get(i)
                        .is_some_and(|x| x.is_word() && x.sentence == s)
                })
                .last()
                .map_or(e, |i| i + 1);
        }
        let cue = |c: usize| {
            attr.is_cue_start(c).is_some() && doc.tokens.get(c).is_some_and(|x| x.sentence == s)
        };
        opens
            && (after_cue
                || cue(e)
                || doc.norm_is(e, ",")
                    && (e + 2..e + 16).any(|c| doc.norm_is(c - 1, ",") && cue(c)))
    })
}

/// Past participles without "-ed" that make a passive of what is done to people ("were hurt").
const IRREGULAR_PASSIVES: Words = Words("taken hurt sent held kept shot paid");

/// Participles in "-ed" that report a feeling, so a view the people give ("were worried").
const FEELINGS: Words = Words(
    "worried concerned convinced surprised pleased alarmed disappointed frustrated encouraged \
     divided shocked relieved",
);

/// Token `k` opens what a relative clause says its people saw or where they were: "saw",
/// "witnessed", "attended", "heard", "were present", "was there".
fn witnessed(doc: &Document, k: usize) -> bool {
    word_in!(doc.norm_at(k), "saw" | "witnessed" | "attended" | "heard")
        || word_in!(doc.norm_at(k), "were" | "was")
            && word_in!(doc.norm_at(k + 1), "present" | "there")
}

/// "officials recently said", "aides subsequently told the paper": an adverb of time or manner
/// (a lowercase word in "-ly") between the phrase and a cue of the same sentence.
fn adverb_before_cue(doc: &Document, attr: &Attribution, k: usize) -> bool {
    doc.tokens.get(k + 1).is_some_and(|t| {
        t.sentence == doc.tokens[k].sentence
            && !doc.tokens[k].cap
            && doc.norm_at(k).len() > 4
            && doc.norm_at(k).ends_with("ly")
            && attr.is_cue_start(k + 1).is_some()
    })
}

/// "U.S. officials believe …", "her allies fear that …": a verb of thinking right after the head
/// gives the view of its people as a verb of saying would ("officials expected to attend",
/// "officials suspected of …" give none). `acts_as_source` decides from here.
fn gives_view(doc: &Document, k: usize) -> bool {
    super::vague_group::is_view_verb(doc.norm_at(k))
        && !word_in!(doc.norm_at(k + 1), "to" | "of" | "by")
}

/// A capitalised word that can name a body (not a determiner, an abbreviation or a nationality
/// before a noun): "Acme", "JPMorgan", "Sierra"; not "Chinese" in "Chinese investors".
fn body_word(doc: &Document, k: usize) -> bool {
    let t = &doc.tokens[k];
    let n = doc.norm(t);
    t.kind == TokenKind::Word
        && t.cap
        && !NOT_NAMES.contains(&n)
        && !DETERMINERS.contains(&n)
        && !n.has_char('.')
        && (!["an", "ese", "ish", "i"].iter().any(|e| n.ends_with(e))
            // A nationality is one lowercase-tailed word before a noun ("a representative
            // of Chinese investors"); "JPMorgan" or "Goldman Sachs" or "Goldman said" is a
            // firm.
            || doc.slice(t).bytes().skip(1).any(|b| b.is_ascii_uppercase())
            || doc.tokens.get(k + 1).is_none_or(|x| {
                x.cap || x.kind != TokenKind::Word || doc.norm_in(x, crate::attribution::NP_STOP.0)
            }))
}

/// Whether a capitalised word names a body inside the phrase `start..head` ("a State Department
/// representative") or right after the head's "for"/"of" ("a representative for Acme Corp"):
/// not a nationality or country ("Chinese", "U.S.", "European").
fn names_a_body(doc: &Document, start: usize, head: usize, end: usize) -> bool {
    let sent = doc.tokens[head].sentence;
    let after = word_in!(doc.norm_at(end), "for" | "of" | "at" | "with")
        && (end + 1..end + 3)
            .take_while(|&k| doc.tokens.get(k).is_some_and(|t| t.sentence == sent))
            .find(|&k| !doc.norm_is(k, "the"))
            // Or a kind of body that a name follows: "of the municipality of Qeqqata".
            .is_some_and(|k| {
                body_word(doc, k)
                    || doc.norm_is(k + 1, "of")
                        && doc.tokens.get(k + 2).is_some_and(|t| t.sentence == sent)
                        && body_word(doc, k + 2)
            });
    (start..head).any(|k| body_word(doc, k)) || after
}

/// How far back a definite phrase's antecedent is looked for, in tokens.
const ANTECEDENT_REACH: usize = 400;

/// "He was accused of groping a former aide. The aide also said …": "the" and a lone source noun
/// point back to its last mention; when that person was introduced but not as a source (someone
/// acted on, the story's subject), the definite phrase is that person too, not a source.
fn points_back_to_no_source(
    doc: &Document,
    m: &Match,
    start: usize,
    sources: &[std::ops::Range<usize>],
) -> bool {
    if m.end - m.start != 1 || start + 1 != m.start || !doc.norm_is(start, "the") {
        return false;
    }
    let noun = doc.norm_at(m.start);
    let Some(k) = (start.saturating_sub(ANTECEDENT_REACH)..start)
        .rev()
        .find(|&k| doc.norm_at(k) == noun && doc.tokens[k].quote.is_none())
    else {
        return false;
    };
    // Introduced as a person acted on ("touching a former aide", "fired two staffers"): the
    // object of a lowercase verb or preposition, not a subject ("A second officer backed …" may
    // tell) and not a modifier ("the official figures").
    let acted_on = (k.saturating_sub(3)..k).any(|j| {
        let n = doc.norm_at(j);
        (word_in!(n, "a" | "an") || is_count_word(n) || doc.tokens[j].kind == TokenKind::Number)
            && j > 0
            && doc.tokens[j - 1].kind == TokenKind::Word
            && !doc.tokens[j - 1].cap
            && doc.tokens[j - 1].sentence == doc.tokens[j].sentence
    }) && doc.tokens.get(k + 1).is_none_or(|t| {
        !t.is_word() || t.cap || doc.norm_in(t, HEAD_FOLLOWERS.0) || doc.norm_eq(t, "without")
    });
    let i = sources.partition_point(|r| r.end <= k);
    acted_on && sources.get(i).is_none_or(|r| r.start > k)
}

fn is_count_word(n: &str) -> bool {
    few!("two" "three" "four" "five" "six").contains(&n)
}

/// An earlier mention of the noun at `head` with the same count word and no "the" before it
/// ("two officials said … the two officials"): the story introduced these people unnamed.
fn introduced_counted(doc: &Document, count: usize, head: usize) -> bool {
    let (noun, num) = (doc.norm_at(head), doc.norm_at(count));
    (head.saturating_sub(300)..count.saturating_sub(1)).any(|k| {
        doc.norm_at(k) == num
            && (k + 1..k + 4).any(|j| j < count && doc.norm_at(j) == noun)
            && (k == 0 || !doc.norm_is(k - 1, "the"))
    })
}

/// The capitalised name ending before token `comma` follows a lowercase word of its sentence
/// ("from George Lee,", "involving Ann Roe,"): it is an object, not an opening phrase.
fn names_an_object(doc: &Document, comma: usize, sent_start: usize) -> bool {
    let mut k = comma;
    while k > sent_start && doc.tokens[k - 1].cap && doc.tokens[k - 1].kind == TokenKind::Word {
        k -= 1;
        if comma - k > 5 {
            return false;
        }
    }
    k < comma
        && k > sent_start
        && doc.tokens[k - 1].kind == TokenKind::Word
        && !doc.tokens[k - 1].cap
}

/// An earlier mention of the noun at `head` opens with an indefinite or counted word ("a
/// Republican lawmaker", "one lawmaker"): the story introduced this person without a name.
/// Looks back a bounded stretch, so the cost per phrase stays constant.
fn introduced_unnamed(doc: &Document, head: usize) -> bool {
    let noun = doc.norm_at(head);
    (head.saturating_sub(300)..head).any(|k| {
        doc.norm_at(k) == noun
            && (k.saturating_sub(4)..k).any(|j| {
                word_in!(doc.norm_at(j), "a" | "an" | "one" | "another")
                    && doc.tokens[j].sentence == doc.tokens[k].sentence
            })
    })
}

/// Verbs of an act that is not telling: legal process, meetings and travel, preparing and
/// drafting, votes, letters.
fn is_act(n: &str) -> bool {
    few!("pleaded" "pleads" "indicted" "charged" "arrested" "convicted" "sentenced" "nominated" "appointed" "fired" "hired" "meet" "met" "meets" "testify" "testified" "travel" "traveled" "travelled" "traveling" "travelling" "flew" "visit" "visited" "signed" "sign" "urged" "voted" "resigned" "resign" "questioned" "proposed" "chided" "prepare" "prepared" "prepares" "preparing" "drafted" "drafting" "gathered" "meeting")
    .contains(&n)
}

/// Words that make allies states: a country's, a region's, an alliance's.
const ALLIED_STATES: Words = Words("u.s u.s. us u.k u.k. america's washington's western european asian arab gulf nato regional foreign");

/// The phrase ending before token `end` is the subject of an act, directly ("an adviser pleaded
/// guilty", "staffers have signed a letter") or in a relative clause ("associates who were
/// indicted") when no telling follows in the sentence ("aides who met him said" still tells).
fn subject_of_act(doc: &Document, attr: &Attribution, end: usize, sent: u32) -> bool {
    let in_sentence = |k: usize| {
        doc.tokens
            .get(k)
            .filter(|t| t.sentence == sent)
            .map(|t| doc.norm(t))
    };
    let mut k = end;
    // "Officials from the CDC and APHIS will testify": past a named body they belong to.
    if matches!(in_sentence(k), Some("from" | "of" | "at")) {
        let mut j = k + 1;
        while j < k + 8
            && doc.tokens.get(j).is_some_and(|t| {
                t.sentence == sent
                    && ((t.cap && t.kind == TokenKind::Word)
                        || word_in!(doc.norm(t), "the" | "and"))
            })
        {
            j += 1;
        }
        if j > k + 1 && doc.tokens[j - 1].cap {
            k = j;
        }
    }
    let end = k;
    let relative = matches!(in_sentence(k), Some("who" | "that"));
    if relative {
        k += 1;
    }
    while k < end + 5
        && in_sentence(k).is_some_and(|w| {
            few!("have" "has" "had" "will" "would" "may" "might" "could" "can" "were" "was" "been" "be" "are" "is" "also" "recently" "later" "then" "to")
            .contains(&w)
        })
    {
        k += 1;
    }
    // Past a time ("two lawmakers on Tuesday sent a letter", "officials last week seized …").
    if in_sentence(k).is_some_and(|w| few!("on" "in" "last").contains(&w))
        && in_sentence(k + 1).is_some_and(|w| {
            w != "i" && NOT_NAMES.contains(&w) || few!("week" "month" "year").contains(&w)
        })
    {
        k += 2;
    }
    // "aides have been called to testify", "were subpoenaed to appear": summoned to a
    // proceeding, they are its subject, not sources ("aides who were called … said" tell).
    let summoned = in_sentence(k)
        .is_some_and(|w| word_in!(w, "called" | "summoned" | "subpoenaed"))
        && in_sentence(k + 1) == Some("to")
        && matches!(in_sentence(k + 2), Some("testify" | "appear"));
    // ("Aides are preparing …" acts; a bare participle, "aides preparing the visit said",
    // may still tell.)
    // ("asked not to be named", "requested anonymity": a grant, not an act; "asked whether"
    // voices a doubt; "officials asked about it said" is a reduced passive.)
    let grant = in_sentence(k + 1).is_some_and(|w| {
        few!("not" "anonymity" "for" "to" "that" "whether" "why" "if" "how" "what" "about" "by")
            .contains(&w)
    });
    // "though aides may handle the details": under a modal, any verb but one of telling is what
    // the people may do, not what they tell.
    let modal = k > end
        && in_sentence(k - 1)
            .is_some_and(|w| few!("may" "might" "could" "would" "will" "can").contains(&w))
        && attr.is_cue_start(k).is_none();
    let act = in_sentence(k).is_some_and(|w| {
        (is_act(w) && (k > end || !w.ends_with("ing")))
            || modal && doc.tokens[k].is_word() && !few!("not" "only").contains(&w)
            || (few!("sent" "sued" "seized" "raided" "detained" "subpoenaed" "requested" "asked")
                .contains(&w)
                && !grant)
    });
    if !summoned && !act {
        return false;
    }
    // "questioned why the fund grew" voices a doubt (telling); "questioned witnesses" is an act.
    if in_sentence(k) == Some("questioned")
        && matches!(
            in_sentence(k + 1),
            Some("why" | "whether" | "if" | "how" | "what" | "the")
        )
    {
        return false;
    }
    !relative
        || !(k + 1..)
            .map_while(in_sentence)
            .any(|w| few!("said" "say" "says" "told" "tell" "tells").contains(&w))
}

/// Words of an anonymity grant within 8 tokens after `end` ("officials, who asked not to be
/// named, seized …"): the grant is the phrase's own.
fn grant_near(doc: &Document, end: usize, sent: u32) -> bool {
    (end..end + 8)
        .take_while(|&k| doc.tokens.get(k).is_some_and(|t| t.sentence == sent))
        .any(|k| {
            word_in!(
                doc.norm_at(k),
                "anonymity" | "anonymously" | "named" | "identified" | "authorized" | "authorised"
            )
        })
}

/// The phrase ending before token `end` is acted upon in a reduced passive: "an official
/// criticized for the memos", "officials accused of leaking". The cue-like participle describes
/// what was done to them; they tell nothing.
fn acted_upon(doc: &Document, end: usize, sent: u32) -> bool {
    let in_sentence = |k: usize| {
        doc.tokens
            .get(k)
            .filter(|t| t.sentence == sent)
            .map(|t| (doc.norm(t), t.cap))
    };
    matches!(in_sentence(end), Some((w, false)) if w.ends_with("ed") && w.len() > 4)
        && matches!(in_sentence(end + 1), Some(("for" | "of", _)))
}

/// The phrase opening at `start` is the other side of a meeting or a relation ("met with
/// Russian officials", "tensions between the mayor and veteran diplomats").
fn meets_with(doc: &Document, start: usize) -> bool {
    let before = |d: usize| {
        start
            .checked_sub(d)
            .filter(|&k| doc.tokens[k].sentence == doc.tokens[start].sentence)
            .map_or("", |k| doc.norm_at(k))
    };
    // "met with Ann Lee and Russian officials": the second of a pair after "with".
    let with_at = |d: usize| {
        before(d) == "with"
            && few!("meeting" "discussions" "conversations" "meetings" "meet" "met" "meets" "talks" "contacts" "ties" "relationship" "relations" "dinner" "lunch")
            .contains(&before(d + 1))
    };
    // "an official who had spoken to the senator and aides": whom a source spoke to (a relative
    // clause's verb, so the teller is its antecedent) are its hearers.
    let heard_at = |d: usize| {
        word_in!(before(d), "to" | "with")
            && few!("spoken" "spoke" "talked").contains(&before(d + 1))
            && (d + 2..d + 4).any(|e| before(e) == "who")
    };
    // "the indictments of two campaign associates": what was done to the people names them.
    let done_to = |d: usize| {
        before(d) == "of"
            && few!("indictment" "indictments" "arrest" "arrests" "conviction" "convictions" "prosecution" "firing" "firings" "ouster" "detention" "release")
            .contains(&before(d + 1))
    };
    before(1) == "between"
        // "issues such as allies who buy arms": an example of a kind, not a teller.
        || (before(1) == "as" && before(2) == "such")
        || (before(1) == "and"
            && (2..6).any(|d| before(d) == "between" || with_at(d) || heard_at(d) || done_to(d)))
        || with_at(1)
        || heard_at(1)
        || done_to(1)
}

/// Plural nouns for groups that act in public (legislatures, staffs, investigations).
fn is_public_body(noun: &str) -> bool {
    few!("lawmakers" "legislators" "members" "investigators" "officers" "employees" "executives" "residents" "representatives")
    .contains(&noun)
}

/// People a representative speaks for, called by their role ("a representative for the
/// lawmaker"): one person the story has named, as a possessive principal is.
const PRINCIPALS: Words = Words("lawmaker senator congressman congresswoman governor mayor candidate singer actor actress star player family sheriff chief minister president premier coroner commissioner superintendent prosecutor judge");

/// Kinds of one organisation ("the bank", "a company representative"): in a story, such a noun
/// points at a particular body the text names.
const BODY_KINDS: Words = Words("charity bank company firm developer operator airline carrier insurer lender retailer hospital university school church club team union campaign embassy ministry department agency council museum district board college county city");

fn is_spokesperson(noun: &str) -> bool {
    noun.starts_with("spokes")
}

/// "people close to", "a person familiar with", "sources briefed on": the phrase ends in the
/// preposition that says how the source knows.
/// (Or a verb that takes its object, often a name: "someone who knows Vale well".)
fn is_access_phrase(doc: &Document, m: &Match) -> bool {
    m.end - m.start > 1
        && word_in!(
            doc.norm_at(m.end - 1),
            "to" | "with" | "on" | "of" | "about" | "in" | "know" | "knows" | "helped"
        )
}

/// The phrase starting at `start` is the agent ("by …") of a passive verb of telling.
fn agent_of_telling(doc: &Document, start: usize) -> bool {
    start >= 2 && doc.norm_is(start - 1, "by") && telling_passive(doc, start - 2)
}

/// The person's own verb, before any cue, is a public outburst or question (not "who asked not
/// to be named"): the person is seen acting, not telling the reporter. (Not a verb inside what
/// the person reports: "a person at the meeting said the mayor asked for time".)
fn public_outburst(doc: &Document, attr: &Attribution, from: usize, to: usize) -> bool {
    let outburst = |k: usize| {
        word_in!(
            doc.norm_at(k),
            "yelled" | "shouted" | "screamed" | "chanted" | "asked" | "heckled"
        ) && !doc.norm_is(k - 1, "who")
    };
    // (The person's verb comes within a relative clause's reach: a bound keeps this linear.)
    (from..to.min(from + 16))
        .find(|&k| outburst(k) || attr.is_cue_start(k).is_some())
        .is_some_and(outburst)
}

/// Official or plural bodies that speak on the record as a group.
const RECORD_SPEAKERS: Words =
    Words("police prosecutors authorities investigators officers court courts");

/// The sentence closes with ", <speaker> said" whose speaker is a name (a capitalised word) or
/// an official body ("police", "prosecutors"): the sentence is told on the record.
fn closed_on_record(doc: &Document, from: usize, to: usize) -> bool {
    closed_by(doc, from, to, |t, n| {
        t.cap && !NOT_NAMES.contains(&n) || RECORD_SPEAKERS.contains(&n)
    })
}

/// The sentence closes with ", <speaker> said|found|…" and a word of the speaker passes `named`.
fn closed_by(
    doc: &Document,
    from: usize,
    to: usize,
    named: impl Fn(&crate::segment::Token, &str) -> bool,
) -> bool {
    let mut end = to;
    while end > from && doc.tokens[end - 1].kind == TokenKind::Punct {
        end -= 1;
    }
    if end <= from
        || !word_in!(
            doc.norm_at(end - 1),
            "said" | "says" | "added" | "reported" | "found" | "announced"
        )
    {
        return false;
    }
    let Some(comma) = (from..end - 1).rev().take(6).find(|&k| doc.norm_is(k, ",")) else {
        return false;
    };
    // "…, Reuters reported" credits the outlet that reported it first, not a source; police
    // and prosecutors who reported it are on the record.
    let reported = doc.norm_is(end - 1, "reported");
    (comma + 1..end - 1).any(|k| {
        let t = &doc.tokens[k];
        let n = doc.norm(t);
        t.kind == TokenKind::Word && named(t, n) && (!reported || RECORD_SPEAKERS.contains(&n))
    })
}

/// Studies and polls that speak as a named source ("…, a Gallup poll found").
const STUDIES: Words = Words("poll polls survey surveys study studies report interviews census");

/// Verbs whose object rumours are ("denied rumours swirling"; not "renewed" or "growing",
/// adjectives of the rumours themselves).
const RUMOUR_VERBS: Words = Words(
    "deny denies denied denying dismiss dismissed dismissing spread spreads spreading fuel fuelled fueled fuelling fueling quash quashed quashing reject rejected rejecting address addressed addressing heard hearing ignore ignored ignoring",
);

/// A hearsay family's match ("the feeling in the room was that", "many inside the ministry
/// fear", "rumours circulating") in a sentence that names its source, or that is itself the
/// object of a verb or preposition ("denied rumours swirling", "for spreading rumours").
fn hearsay_sourced(doc: &Document, m: &Match) -> bool {
    let sent = &doc.sentences[doc.tokens[m.start].sentence as usize];
    if doc.norm_at(m.start).starts_with("rumo") && m.start > sent.tokens.start {
        let p = doc.norm_at(m.start - 1);
        let object = word_in!(p, "for" | "about" | "of" | "on" | "over" | "against")
            || RUMOUR_VERBS.contains(&p);
        if object {
            return true;
        }
    }
    // "rumours had been circulating for months.": rumours with no content ("that …" later in the
    // sentence) tell only that talk went round; they source no claim.
    if doc.norm_at(m.start).starts_with("rumo")
        && word_in!(doc.norm_at(m.end), "for" | "since")
        && !(m.end..sent.tokens.end).any(|k| doc.norm_is(k, "that"))
    {
        return true;
    }
    // "…, according to interviews with 40 farmers": an account after the hearsay.
    if (m.end..sent.tokens.end).any(|k| doc.norm_is(k, "according") && doc.norm_is(k + 1, "to")) {
        return true;
    }
    closed_by(doc, sent.tokens.start, sent.tokens.end, |t, n| {
        t.cap && !NOT_NAMES.contains(&n) || STUDIES.contains(&n)
    })
}

/// Token `k` is a verb of telling in the passive ("was told", "were confirmed to reporters"
/// ends before "to"), right after a form of "be". (Not any cue: "was interviewed by officials"
/// makes them the askers.)
fn telling_passive(doc: &Document, k: usize) -> bool {
    let mut v = k;
    // "was confirmed to this newspaper by": back over the recipient to the verb. Not "was told
    // to leave by the officer": "told to" is an order, its hearer the subject.
    if let Some(t) = (k.saturating_sub(3)..k)
        .rev()
        .find(|&j| doc.norm_is(j, "to"))
    {
        if t > 0 && doc.tokens[t - 1].kind == TokenKind::Word && !doc.norm_is(t - 1, "told") {
            v = t - 1;
        }
    }
    let telling = |v: usize| {
        v > 0
            && word_in!(
                doc.norm_at(v - 1),
                "was" | "were" | "is" | "are" | "been" | "being"
            )
            && word_in!(
                doc.norm_at(v),
                "told" | "confirmed" | "disclosed" | "described" | "relayed" | "leaked"
            )
    };
    telling(k) || v != k && telling(v)
}

/// The phrase itself says the source is unnamed: "an anonymous source", "unnamed officials".
fn marked_anonymous(doc: &Document, start: usize, m: &Match) -> bool {
    (start..m.start).any(|k| word_in!(doc.norm_at(k), "anonymous" | "unnamed" | "unidentified"))
        && word_in!(
            doc.norm_at(m.start),
            "source"
                | "sources"
                | "official"
                | "officials"
                | "person"
                | "people"
                | "insider"
                | "insiders"
        )
}

/// Where a self-marked phrase stands outside an attribution frame, it still sources the sentence
/// when the sentence reports something (a cue or stance anywhere in it) or the phrase's object is
/// a matter under report ("close to the talks", "briefed on the matter"), or it is marked
/// anonymous outright.
fn source_in_context(doc: &Document, attr: &Attribution, m: &Match, sent: u32) -> bool {
    if !is_access_phrase(doc, m) {
        return true;
    }
    let s = &doc.sentences[sent as usize];
    let object_is_matter = (m.end..(m.end + 3).min(s.tokens.end)).any(|k| {
        word_in!(
            doc.norm_at(k),
            "matter"
                | "matters"
                | "situation"
                | "talks"
                | "negotiations"
                | "deal"
                | "discussions"
                | "investigation"
                | "probe"
                | "transaction"
                | "process"
                | "plans"
                | "decision"
                | "case"
                | "thinking"
                | "inquiry"
        )
    });
    // "A person involved in the crash was treated for burns", "people working on the line were
    // told to stop": taking part in an event or knowing a place ("involved in", "working on",
    // "who know the area"), not a matter under report, and acted upon (their own verb, within
    // ten words, a passive that is no feeling: "were worried" gives their view), so another
    // speaker's cue in the sentence tells about them. (Not "close to", "familiar with": those
    // people are placed to inform.)
    let own_verb = (m.end..(m.end + 10).min(s.tokens.end))
        .take_while(|&k| doc.tokens[k].kind == TokenKind::Word)
        .find(|&k| word_in!(doc.norm_at(k), "is" | "are" | "was" | "were"));
    if !object_is_matter
        && word_in!(
            doc.norm_at(m.end - 1),
            "in" | "on" | "know" | "knows" | "helped"
        )
        && own_verb.is_some_and(|v| {
            let p = doc.norm_at(v + 1);
            (p.ends_with("ed") || IRREGULAR_PASSIVES.contains(&p))
                && !FEELINGS.contains(&p)
                && attr.cue_at(v + 1).is_none()
                || word_in!(p, "told" | "asked") && doc.norm_is(v + 2, "to")
                // Or described by an adjective that ends the clause ("the people working on it
                // are sincere"): what they are, not what they tell.
                || doc.tokens.get(v + 1).is_some_and(|t| t.is_word() && !t.cap)
                    && !FEELINGS.contains(&p)
                    && attr.cue_at(v + 1).is_none()
                    && doc.tokens.get(v + 2).is_some_and(|t| t.kind == TokenKind::Punct)
        })
    {
        return false;
    }
    // "People with ties to the firm are expected to testify": a forecast of what the phrase's
    // people will do ("be expected/set/due/likely to" as their own verb, no comma between) is
    // about them, not something they tell.
    // So is a passive of being asked ("were interviewed by investigators"): they were the ones
    // questioned, not people who told the outlet; unless the press asked them ("interviewed by
    // reporters", "… for this article"), which is how an outlet says it heard them.
    let own_non_report = |k: usize| {
        k > m.end
            && k < m.end + 10
            && word_in!(doc.norm_at(k - 1), "is" | "are" | "was" | "were" | "be")
            && (doc.norm_one_of(k, FORECASTS.0) && doc.norm_is(k + 1, "to")
                || doc.norm_one_of(k, ASKED.0) && !asked_by_press(doc, k, sent))
            && (m.end..k).all(|j| doc.tokens[j].kind == TokenKind::Word)
    };
    // A sentence reported only through that forecast or question reports nothing the phrase's
    // people told, whatever the phrase's object ("people familiar with the case are due to
    // testify"). A stance word inside the phrase's own object ("knowledge of the talks") is no
    // report.
    let non_report = s.tokens.clone().find(|&k| own_non_report(k));
    let only_non_report = non_report.is_some_and(|f| {
        attr.stance
            .iter()
            .filter(|k| s.tokens.contains(k))
            .all(|&k| k == f || (m.end..f).contains(&k))
    }) && s.tokens.clone().all(|k| {
        (attr.is_cue_start(k).is_none() || speech_not_given(doc, k) || Some(k) == non_report)
            && doc.tokens[k].quote.is_none()
            && attr.labelling.binary_search(&k).is_err()
    });
    !only_non_report
        && (object_is_matter
            || attr.attributed[sent as usize]
            || attr
                .stance
                .iter()
                .any(|&k| s.tokens.contains(&k) && !own_non_report(k)))
}

/// "Others worried about the cost", "some feared for their jobs": a feeling about a topic, felt
/// by people in the story, gives no claim that anyone could source ("others worried that …"
/// does, and so does a cue after it: "…, saying the plan would fail"; not one past a dash or a
/// clause of its own, or more than 30 tokens on: "… - worries that grew when analysts said").
fn feeling_about(doc: &Document, attr: &Attribution, m: &Match) -> bool {
    let sent = doc.tokens[m.start].sentence;
    let next_cue = attr
        .cues
        .get(attr.cues.partition_point(|c| c.start < m.end));
    word_in!(
        doc.norm_at(m.end - 1),
        "worry" | "worries" | "worried" | "fear" | "fears" | "feared"
    ) && doc.tokens.get(m.end).is_some_and(|t| t.sentence == sent)
        && word_in!(doc.norm_at(m.end), "about" | "over" | "for")
        && next_cue.is_none_or(|c| {
            doc.tokens[c.start].sentence != sent
                || (m.end..c.start).any(|k| {
                    k > m.end + 30
                        || word_in!(
                            doc.norm_at(k),
                            "-" | "–"
                                | "—"
                                | ";"
                                | "when"
                                | "after"
                                | "because"
                                | "while"
                                | "as"
                                | "before"
                                | "since"
                        )
                })
        })
}

/// Passives by which people are asked rather than tell: "were interviewed", "were deposed".
const ASKED: Words = Words("interviewed questioned deposed subpoenaed summoned");

/// Words after such a passive that say the press did the asking.
const PRESS: Words = Words("reporters reporter journalists journalist correspondent correspondents newspaper article story");

/// The asking at `k` was the press's: a reporter, an outlet or a story within six words after it
/// ("interviewed by the Harbor Gazette", "questioned for this story").
fn asked_by_press(doc: &Document, k: usize, sent: u32) -> bool {
    (k + 1..k + 7)
        .take_while(|&j| doc.tokens.get(j).is_some_and(|t| t.sentence == sent))
        .any(|j| {
            doc.norm_one_of(j, PRESS.0) || doc.tokens[j].cap && doc.norm_one_of(j, OUTLET_WORDS.0)
        })
}

/// Words that put what follows in the future: "expected to", "set to", "due to".
const FORECASTS: Words = Words("expected set due scheduled likely poised");

/// Words that make what follows an order given: "were instructed to tell", "were told to say".
const ORDERS: Words = Words("instructed ordered directed told");

/// A verb of saying at `k` forecast or ordered, not done: "expected to testify", "set to
/// announce", "were instructed to tell residents" (an order given them, not words they gave).
fn speech_not_given(doc: &Document, k: usize) -> bool {
    k >= 2
        && doc.norm_is(k - 1, "to")
        && (doc.norm_one_of(k - 2, FORECASTS.0) || doc.norm_one_of(k - 2, ORDERS.0))
}

/// The phrase `start..end` is joined by "and" to a name standing on its own ("Trump and White
/// House officials", "the officials and Flynn"): not a place or nationality word ("U.S. and
/// foreign officials"), nor a modifier the two share.
fn joined_to_name(doc: &Document, start: usize, end: usize, sent: u32) -> bool {
    let name = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| {
            t.sentence == sent
                && t.kind == TokenKind::Word
                && t.cap
                && !doc.norm_in(t, NOT_NAMES.0)
                && !doc.norm_in(t, DETERMINERS.0)
                && !doc.norm(t).has_char('.')
        })
    };
    let lo = doc.sentences[sent as usize].tokens.start;
    let before = start >= lo + 2 && doc.norm_is(start - 1, "and") && name(start - 2);
    // (After the phrase the name must end the subject: "and Flynn also talk", not "and Flynn's".)
    let after = doc.norm_is(end, "and")
        && name(end + 1)
        && doc
            .tokens
            .get(end + 2)
            .is_some_and(|t| t.sentence == sent && !t.cap && t.kind == TokenKind::Word);
    before || after
}

/// The first cue after a phrase, in its sentence, is an act (writing, demanding, questioning)
/// rather than telling ("said", "told").
fn acts_in_public(doc: &Document, attr: &Attribution, end: usize, sent: u32) -> bool {
    first_cue_after(doc, attr, end, sent).is_some_and(|k| {
        !word_in!(
            doc.norm_at(k),
            "said" | "say" | "says" | "told" | "tell" | "tells" | "added" | "according"
        ) || signed(doc, k + 1)
    })
}

/// The phrase's own verb (past auxiliaries and adverbs) takes a side against a charge (denies,
/// rejects, dismisses, condemns …): "the report", "these allegations", "the accusations".
fn answers_charge(doc: &Document, attr: &Attribution, end: usize, sent: u32) -> bool {
    first_cue_after(doc, attr, end, sent).is_some_and(|k| {
        // (Past a short tail of place or body: "Officials of the country dispute these claims".)
        let tail = word_in!(doc.norm_at(end), "of" | "in" | "from" | "at") && k <= end + 6;
        (end..k).all(|j| {
            let n = doc.norm_at(j);
            super::vague_group::is_verb_filler(n)
                || n.ends_with("ly")
                || tail && doc.tokens[j].kind == TokenKind::Word && !word_in!(n, "who" | "that")
        }) && (takes_a_side(doc.norm_at(k)) || doc.norm_at(k).starts_with("disput"))
            && (k + 1..k + 4)
                .take_while(|&j| doc.tokens.get(j).is_some_and(|t| t.sentence == sent))
                .any(|j| {
                    word_in!(
                        doc.norm_at(j),
                        "report"
                            | "reports"
                            | "allegation"
                            | "allegations"
                            | "accusation"
                            | "accusations"
                            | "claim"
                            | "claims"
                            | "charge"
                            | "charges"
                    )
                })
    })
}

/// The first attribution cue within 16 tokens after a phrase, in its sentence.
fn first_cue_after(doc: &Document, attr: &Attribution, end: usize, sent: u32) -> Option<usize> {
    (end..end + 16)
        .take_while(|&k| doc.tokens.get(k).is_some_and(|t| t.sentence == sent))
        .find(|&k| attr.is_cue_start(k).is_some())
}

/// The sentence places its words in a public proceeding: "at the hearing", "during Tuesday's
/// debate", "told the committee" (not "at a closed hearing").
fn in_proceeding(doc: &Document, sent: u32) -> bool {
    let r = doc.sentences[sent as usize].tokens.clone();
    r.clone().any(|k| {
        let before =
            |w: &[&str]| (k.saturating_sub(4).max(r.start)..k).any(|j| w.contains(&doc.norm_at(j)));
        match doc.norm_at(k) {
            // A closed hearing keeps no public record.
            "hearing" | "debate" => {
                before(&["at", "during", "told"])
                    && !before(&["closed", "closed-door", "private", "classified", "secret"])
            }
            "committee" | "panel" | "chamber" => before(&["told"]),
            _ => false,
        }
    })
}

/// "Several lawmakers said in a letter to the agency": telling through a document they signed
/// (a letter, a joint statement), which names them.
fn signed(doc: &Document, k: usize) -> bool {
    doc.norm_is(k, "in")
        && word_in!(doc.norm_at(k + 1), "a" | "an" | "the" | "their")
        && (k + 2..k + 4).any(|j| word_in!(doc.norm_at(j), "letter" | "statement"))
}

/// The first cue after a phrase, in its sentence, is "said" in a statement, a letter, a filing
/// or court papers: words given on the record in writing.
fn said_in_writing(doc: &Document, attr: &Attribution, end: usize, sent: u32) -> bool {
    first_cue_after(doc, attr, end, sent).is_some_and(|k| {
        // (Also argued or wrote there: "state officials argued in a court filing".)
        word_in!(
            doc.norm_at(k),
            "said"
                | "say"
                | "says"
                | "added"
                | "argued"
                | "argue"
                | "argues"
                | "wrote"
                | "contended"
        ) && (signed(doc, k + 1)
            || (doc.norm_is(k + 1, "in")
                && (k + 2..k + 5).any(|j| {
                    word_in!(
                        doc.norm_at(j),
                        "filing" | "filings" | "papers" | "release" | "motion"
                    )
                })))
    })
}

/// The phrase (and a short prepositional tail) runs straight into an attribution cue.
fn runs_into_cue(doc: &Document, attr: &Attribution, end: usize, sent: u32) -> bool {
    let mut k = end;
    while let Some(t) = doc.tokens.get(k).filter(|t| t.sentence == sent) {
        if attr.is_cue_start(k).is_some() {
            return true;
        }
        if t.kind == TokenKind::Punct || k >= end + 8 {
            return false;
        }
        k += 1;
    }
    false
}

/// "Dana Holt, 64, a Falls Church, Virginia, resident who said …": the comma before the phrase
/// closes a place ("a <City>, <State>,") opened by "a" after a name or an age, so the phrase
/// describes that person and a cue in its relative clause is theirs. Back at most nine tokens
/// from the state's last word, over capitalised words and one comma.
fn place_in_apposition(doc: &Document, state: usize) -> bool {
    let mut commas = 0;
    for k in (state.saturating_sub(9)..state).rev() {
        let t = &doc.tokens[k];
        match doc.norm_at(k) {
            "," => commas += 1,
            "a" | "an" => {
                return commas == 1
                    && k >= 2
                    && doc.norm_is(k - 1, ",")
                    && doc.tokens[k - 2].sentence == t.sentence
                    && (doc.tokens[k - 2].cap || doc.tokens[k - 2].kind == TokenKind::Number);
            }
            _ if t.cap || t.kind == TokenKind::Punct => {}
            _ => return false,
        }
    }
    false
}

/// "A spokesman for the authority, Leon Marsh, said": a name of two or more capitalized words
/// set off by commas after the phrase (and its prepositional tail) names the source.
fn named_in_apposition(doc: &Document, attr: &Attribution, end: usize, sent: u32) -> bool {
    let in_sentence = |k: usize| doc.tokens.get(k).filter(|t| t.sentence == sent);
    let mut k = end;
    while let Some(t) = in_sentence(k) {
        if k >= end + 8 || attr.is_cue_start(k).is_some() {
            return false;
        }
        if t.kind == TokenKind::Punct {
            break;
        }
        k += 1;
    }
    if !doc.norm_is(k, ",") {
        return false;
    }
    let first = k + 1;
    // The appositive runs to its closing punctuation; it names the person when it ends in two
    // or more capitalised words, whatever comes first ("former aide Tom Hale", "54-year-old
    // retiree Tom Hale").
    let mut j = first;
    while let Some(t) = in_sentence(j) {
        // An age stays inside the appositive ("54-year-old").
        let word = t.kind != TokenKind::Punct || doc.norm_eq(t, "-");
        if !word || attr.is_cue_start(j).is_some() || j - first == 8 {
            break;
        }
        j += 1;
    }
    if !in_sentence(j).is_none_or(|t| t.kind == TokenKind::Punct) {
        return false;
    }
    let name_word = |k: usize| {
        let t = &doc.tokens[k];
        t.cap && !doc.norm_in(t, NOT_NAMES.0)
    };
    // Only title words before the name: "a division of Immigration and Customs Enforcement" or
    // "Genso and Paulo Caffarelli" describe or list others, and "advisers, including spokeswoman
    // Ann Lee," names one of several.
    // Nor a participle's phrase: "a senior official, visiting New York, said". Right after the
    // noun, an article or participle before a lowercase word opens a descriptor of the person
    // ("another resident, retired postman Ali Reza,", "a neighbour, the retired nurse Ana Diaz,",
    // "a witness, a taxi driver named Ali Reza,").
    let descriptor = |i: usize| k == end && i + 1 < j && !doc.tokens[i + 1].cap;
    let plain = !word_in!(doc.norm_at(first), "including" | "among" | "like" | "such")
        && (first..j).all(|i| {
            let n = doc.norm_at(i);
            let participle = !doc.tokens[i].cap && (n.ends_with("ing") || n.ends_with("ed"));
            let article = i == first && word_in!(n, "a" | "an" | "the");
            (!DETERMINERS.contains(&n) || article && descriptor(i))
                && !COMPOUND_STOP.contains(&n)
                && (!participle || n == "named" || descriptor(i))
        });
    plain && (first..j).rev().take_while(|&k| name_word(k)).count() >= 2
}

pub(super) fn is_modifier(n: &str) -> bool {
    // Kept short: broad modifiers come from the capitalized-word rule and hyphenated compounds
    // (a compound, not a dash: "(Reuters) - A former official" must not open at the dash).
    (n.has_char('-') && !n.starts_with('-') && !n.ends_with('-'))
        || few!("senior" "former" "current" "top" "administration" "government" "military" "intelligence" "security" "police" "campaign" "party" "white" "house" "state" "federal" "local" "foreign" "western" "european" "american" "defense" "justice" "department" "agency" "ministry" "congressional" "diplomatic" "knowledgeable" "veteran" "retired" "mid-level" "junior" "high" "ranking" "key" "close" "trusted" "longtime" "independent")
        .contains(&n)
}

/// The phrase is a source when a cue follows it (perhaps after a short parenthetical), or a cue
/// introduces it ("according to", "said a senior official", "quoted the official").
fn acts_as_source(doc: &Document, attr: &Attribution, start: usize, end: usize) -> bool {
    let sent = doc.tokens[start].sentence;
    if start > 0 {
        let before = doc.norm_at(start - 1);
        let before2 = if start > 1 {
            doc.norm_at(start - 2)
        } else {
            ""
        };
        // "in the words of one senior adviser": the phrase owns the words quoted.
        if before == "to" && before2 == "according" || before == "of" && before2 == "words" {
            return true;
        }
        // "The paper was told by a person at the embassy that …": the agent of a passive verb
        // of telling is who told.
        if agent_of_telling(doc, start) {
            return true;
        }
        if SOURCE_BEFORE.contains(&before) {
            // Inverted attribution ("…, said a senior official.") ends the clause; in "he said
            // officials will meet" the phrase is the subject of the reported statement instead.
            let closes = doc.tokens.get(end).is_none_or(|t| {
                t.sentence != sent
                    || t.kind == TokenKind::Punct
                    || few!("who" "speaking" "in" "on" "at" "familiar" "briefed" "close" "knowledgeable" "involved" "with" "from" "inside" "within")
                    .contains(&doc.norm(t))
            });
            if closes || !word_in!(before, "said" | "says" | "added") {
                return true;
            }
        }
    }
    // The second of two sources under one cue: "according to the Mirror and a U.S. official".
    if start > 0 && word_in!(doc.norm_at(start - 1), "and" | "or") {
        let lo = doc.sentences[sent as usize]
            .tokens
            .start
            .max(start.saturating_sub(14));
        if (lo..start - 1).any(|k| {
            word_in!(
                doc.norm_at(k),
                "according" | "citing" | "cited" | "cites" | "quoting"
            )
        }) {
            return true;
        }
    }
    // Words between the phrase and its cue; a comma pair brackets a parenthetical
    // ("officials, who were not authorized to speak, said"). People who gave nothing ("officials
    // did not respond to requests for comment", "could not be reached", "declined to comment")
    // are not a source: a negation or refusal in the phrase's own clause before the cue.
    // A named person's allies or loyalists are a side in the story: accusing or denying, they
    // act in it ("some Trump allies have accused the inquiry of bias"); telling, they inform.
    // ("Even some allies questioned …" names no side: they may still be telling.)
    let partisan = (start..end).any(|k| doc.norm_one_of(k, PARTISANS.0))
        && (start..end).any(|k| {
            let t = &doc.tokens[k];
            let text = doc.slice(t);
            t.kind == TokenKind::Word
                && ((t.cap && !doc.norm_in(t, NOT_NAMES.0) && !doc.norm_in(t, DETERMINERS.0))
                    || text.ends_with("'s")
                    || text.ends_with("’s"))
        });
    let (mut words, mut commas, mut refused) = (0, 0, false);
    // A subject of its own between the second comma and the cue ("payments from firms, foreign
    // sources, and other groups, the Post reported"): the phrase was an item of a list, and the
    // cue is that subject's.
    let mut own_subject = false;
    for k in end..end + 16 {
        let Some(t) = doc.tokens.get(k) else { break };
        if t.sentence != sent {
            break;
        }
        // "officials are reviewing Roth's report": a cue word owned or determined is a noun,
        // not something the phrase says.
        let owned = k > 0 && {
            let p = doc.slice(&doc.tokens[k - 1]);
            crate::segment::ends_possessive(p) || doc.norm_one_of(k - 1, DETERMINERS.0)
        };
        // "U.S. officials believe …", "officials fear …": a view given by the phrase's people, as
        // a verb of saying gives one. ("officials suspected of …", "officials expected to
        // attend", "officials agreed on a plan" are no view.)
        if commas == 0
            && (end..k).all(|j| super::vague_group::is_verb_filler(doc.norm_at(j)))
            && attr.is_cue_start(k).is_none()
            && gives_view(doc, k)
            && (!doc.norm_at(k).starts_with("agree") || doc.norm_is(k + 1, "that"))
            // ("whether officials believe him": a question asked, no view given.)
            && !(start > 0 && word_in!(doc.norm_at(start - 1), "whether" | "if"))
            // ("the trends that strategists feared most": the verb's object is the noun before
            // "that"; the clause describes it, and gives no view.)
            && !(start > 0
                && word_in!(doc.norm_at(start - 1), "that" | "which")
                && doc.tokens.get(k + 1).is_none_or(|t| {
                    t.kind == TokenKind::Punct || word_in!(doc.norm(t), "most" | "least")
                }))
        {
            return true;
        }
        // "federal officials will treat census replies …": after a modal comes the phrase's own
        // verb; when that verb does not tell, a cue word further on is its object, not theirs.
        if commas == 0
            && word_in!(
                doc.norm_at(k),
                "will" | "would" | "could" | "should" | "must"
            )
        {
            let v = (k + 1..k + 4)
                .find(|&j| {
                    let n = doc.norm_at(j);
                    !(word_in!(n, "also" | "not" | "later" | "soon" | "then") || n.ends_with("ly"))
                })
                .unwrap_or(k + 1);
            if attr.is_cue_start(v).is_none() && !super::vague_group::is_view_verb(doc.norm_at(v)) {
                return false;
            }
        }
        if attr.is_cue_start(k).is_some() && !(owned && k > end) {
            // "declined to comment" may itself be listed as a cue.
            // ("did not respond to" too: the refusal may stand inside the cue.)
            let refusal_cue = commas == 0
                && attr
                    .is_cue_start(k)
                    .is_some_and(|c| c.clone().any(|i| gave_nothing(doc.norm_at(i))));
            // "could not reach officials for comment": asked for words, gave none.
            if is_request(doc, k) || (k > 0 && doc.norm_is(k - 1, "for")) {
                return false;
            }
            // "people with ties to the firm are expected to testify": speech forecast as the
            // phrase's own next act has not been given to anyone yet; they act in the story.
            if commas == 0 && speech_not_given(doc, k) {
                return false;
            }
            // "the killing of an officer that was claimed by …", "advisers are said to be …": a
            // cue in the passive speaks of the phrase's people or to them; they do not tell.
            // ("Staffers have been told the office will move": the hearers of a telling; also
            // past an adverb, "officials were also told to …".)
            let adverb = |n: &str| {
                n.ends_with("ly") || word_in!(n, "also" | "later" | "then" | "already" | "since")
            };
            let be = k - usize::from(k > end + 1 && adverb(doc.norm_at(k - 1)));
            if be > end
                && word_in!(
                    doc.norm_at(be - 1),
                    "was" | "were" | "is" | "are" | "be" | "been" | "being"
                )
                && (word_in!(doc.norm_at(k), "told" | "informed" | "briefed" | "warned")
                    || doc
                        .tokens
                        .get(k + 1)
                        .is_some_and(|t| t.sentence == sent && word_in!(doc.norm(t), "by" | "to")))
            {
                return false;
            }
            // "aides urged him to quit", "associates called to testify": the people act or are
            // acted upon; only telling makes them a source. (Inside a parenthetical the act is
            // an aside: the clause's own cue may still follow.)
            // ("Officials have in past storms criticised …": a perfect set in past events tells
            // what they have done, a side taken on the record, not news told now.)
            let past = word_in!(doc.norm_at(end), "have" | "has")
                && doc.norm_is(end + 1, "in")
                && (end + 2..end + 4).any(|j| doc.norm_is(j, "past"));
            if acts_rather_than_tells(doc, k)
                || ((partisan || past) && takes_a_side(doc.norm_at(k)))
            {
                if commas == 1 {
                    words += 1;
                    continue;
                }
                return false;
            }
            // "An official later walked back the remarks, saying …": the participle after the
            // clause's one comma tells for the phrase, its subject.
            let saying = commas == 1 && words <= 8 && doc.norm_is(k, "saying") && !refused;
            return (commas == 0 && words <= 6 && !refused && !refusal_cue)
                || (commas == 2 && !own_subject)
                || saying;
        }
        if t.kind == TokenKind::Punct {
            if !doc.norm_eq(t, ",") || commas == 2 {
                return false;
            }
            commas += 1;
        } else {
            words += 1;
            own_subject |= commas == 2 && (t.cap || doc.norm_in(t, DETERMINERS.0));
            if commas == 0 && gave_nothing(doc.norm(t)) {
                refused = true;
            }
        }
    }
    false
}

/// "asked the mayor to respond", "asked for the records": a request is an act, not information,
/// so its subject is not a source ("the lawmakers asked the mayor to respond by Friday").
fn is_request(doc: &Document, cue: usize) -> bool {
    if !word_in!(doc.norm_at(cue), "asked" | "asks" | "ask" | "asking") {
        return false;
    }
    let sent = doc.tokens[cue].sentence;
    // "asked four people about a meeting", "asked the minister whether …": questioning someone
    // is an act too (a lawmaker at a hearing); "asked about the plan", "asked whether …" (with
    // no one asked) is the phrase's people being asked, or voicing a doubt: they may inform.
    (cue + 1..cue + 6)
        .map_while(|k| {
            doc.tokens
                .get(k)
                .filter(|t| t.sentence == sent)
                .map(|t| (k, t))
        })
        .take_while(|(_, t)| t.kind != TokenKind::Punct)
        .any(|(k, t)| match doc.norm(t) {
            "to" | "for" => true,
            "about" | "whether" | "why" | "how" | "if" => k > cue + 1,
            _ => false,
        })
}

/// A word that says its subject did not speak: a negation or a refusal.
fn gave_nothing(n: &str) -> bool {
    few!("not" "never" "no" "declined" "declines" "refused" "refuses" "unavailable").contains(&n)
        || n.ends_with("n't")
        || n.ends_with("n’t")
}

/// Pairs each anonymity clause with the unnamed source it describes, nearest in its sentence.
fn link_clauses(doc: &Document, sources: &mut [Draft], clauses: &mut [Draft]) {
    let sentence_of = |byte: usize| doc.sentences.partition_point(|s| s.end <= byte);
    for c in clauses.iter_mut().filter(|c| c.kind == "anonymity_clause") {
        let cs = sentence_of(c.start);
        // Sources are in text order and do not overlap, so the nearest is the last one starting
        // before the clause or the first one after it (the earlier on a tie): two candidates,
        // not every source of the sentence (quadratic when one sentence holds thousands).
        let distance = |s: &Draft| {
            // Saturating: a merged clause may overlap a source phrase.
            if s.start < c.start {
                c.start.saturating_sub(s.end)
            } else {
                s.start.saturating_sub(c.end)
            }
        };
        let after = sources.partition_point(|s| s.start < c.start);
        let best = [after.checked_sub(1), Some(after)]
            .into_iter()
            .flatten()
            .filter(|&i| sources.get(i).is_some_and(|s| sentence_of(s.start) == cs))
            .min_by_key(|&i| distance(&sources[i]));
        if let Some(i) = best {
            let s = &mut sources[i];
            s.linked = Some(Span {
                start: c.start,
                end: c.end,
                text: doc.text[c.start..c.end].to_string(),
            });
            c.linked = Some(Span {
                start: s.start,
                end: s.end,
                text: doc.text[s.start..s.end].to_string(),
            });
        }
    }
}

/// Nouns for the people on a named person's side.
const PARTISANS: Words = Words("ally allies loyalist loyalists");

/// Cue words (stems) by which a side takes its stand against another: accusing, questioning,
/// criticising, attacking, denying, dismissing, rejecting, blaming, condemning.
fn takes_a_side(n: &str) -> bool {
    [
        "accus", "question", "criticiz", "criticis", "attack", "deni", "deny", "dismiss", "reject",
        "blam", "condemn", "denounc",
    ]
    .iter()
    .any(|v| n.starts_with(v) && n.len() <= v.len() + 4)
}

/// Verbs (as cue words) of acting on the world rather than telling: urging, demanding, calling
/// for, proposing, offering, voting, deciding, supporting, planning. Matched on their stems so
/// every inflection counts.
fn is_act_cue(n: &str) -> bool {
    [
        "urg", "demand", "call", "propos", "offer", "oppos", "vot", "appoint", "releas", "decid",
        "agre", "support", "balk", "convinc", "threaten", "plan", "want", "ban", "focus",
        "discuss", "promis", "press", "push", "request",
    ]
    .iter()
    .any(|v| n.starts_with(v) && n.len() <= v.len() + 4)
}

/// Whether the cue at token `k`, after an unnamed person or group, says they act or are acted
/// upon instead of telling: an act verb ("officials urged", "aides have called for"), or a
/// participle opening an infinitive, a reduced passive ("associates called to testify",
/// "officials alleged to be corrupt"). "confirmed to Reuters", "spoke to reporters" name an
/// audience: telling.
fn acts_rather_than_tells(doc: &Document, k: usize) -> bool {
    let n = doc.norm_at(k);
    if is_act_cue(n) || directive(doc, k) {
        return true;
    }
    let sent = doc.tokens[k].sentence;
    // "officials wrote to the ministry", "had repeated contacts with the envoy": a letter sent
    // to a body or person not of the press, a noun after "repeated" ("repeated meetings with"),
    // is an act. ("wrote to reporters", "wrote to the Times", "repeated the claim" tell.) So is
    // a talk held with someone in the story ("negotiators had spoken with the gunman"; "people
    // who spoke with him said" tell what they learned).
    let w = |d: usize| doc.norm_at(k + d);
    if (((n.starts_with("wr") && w(1) == "to")
        || (few!("spoke" "spoken" "talked").contains(&n)
            && w(1) == "with"
            && !(k.saturating_sub(2)..k).any(|j| doc.norm_is(j, "who"))))
        && DETERMINERS.contains(&w(2))
        && (BODY_KINDS.contains(&w(4))
            || doc.tokens.get(k + 3).is_some_and(|t| !t.cap) && !PRESS.contains(&w(3))))
        || (n == "repeated" && w(1).ends_with('s') && w(2) == "with")
    {
        return true;
    }
    let next = |d: usize| {
        doc.tokens
            .get(k + d)
            .filter(|t| t.sentence == sent)
            .map(|t| (doc.norm(t), t.cap, t.kind))
    };
    let infinitive = matches!(next(1), Some(("to", _, _)))
        && matches!(next(2), Some((w, false, TokenKind::Word))
            if !DETERMINERS.contains(&w)
                && !few!("reporters" "journalists" "me" "us" "him" "her" "them" "his" "their" "its" "our" "congress" "lawmakers" "investigators")
                .contains(&w));
    infinitive && n.ends_with("ed") && !n.starts_with("declin") && !n.starts_with("refus")
}

/// "officials told residents to leave", "warned drivers not to travel": a verb of telling whose
/// hearers are followed by an infinitive gives them an order or advice, an act in the story, not
/// information for the reporter. ("told reporters to expect a vote" informs the press.)
fn directive(doc: &Document, k: usize) -> bool {
    if !word_in!(
        doc.norm_at(k),
        "told" | "tell" | "tells" | "warned" | "warn" | "warns" | "advised" | "instructed"
    ) {
        return false;
    }
    let sent = doc.tokens[k].sentence;
    let word = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.sentence == sent && t.kind == TokenKind::Word)
    };
    // (Up to four hearers, and a "not" before the infinitive: "told families in the district
    // not to drink".)
    (k + 2..k + 7)
        .take_while(|&j| word(j))
        .find(|&j| doc.norm_is(j, "to"))
        .is_some_and(|j| {
            (j < k + 6 || doc.norm_is(j - 1, "not"))
                && word(j + 1)
                && !doc.tokens[j + 1].cap
                && !doc.norm_one_of(j + 1, DETERMINERS.0)
                // (The hearers only: "told the paper residents had to leave" reports a need.)
                && (k + 1..j).all(|i| {
                    !word_in!(doc.norm_at(i), "reporters" | "journalists" | "me" | "us" | "press" | "media" | "that" | "had" | "has" | "have" | "would" | "will" | "was" | "were" | "is" | "are" | "needed" | "wanted" | "expected" | "going" | "planned")
                })
                && !(j == k + 2 && doc.tokens[k + 1].cap)
        })
}

/// A bare group phrase ("some critics", "many experts") with no verb of its own in the match is a
/// vague attribution only when the group informs: a cue or a verb of thinking follows it (past
/// auxiliaries and adverbs), or a cue introduces it ("according to some analysts", "say some
/// experts"). "Some critics remain" tells the reader nothing on anyone's word.
fn group_silent(doc: &Document, attr: &Attribution, m: &Match) -> bool {
    if !is_group_noun(doc.norm_at(m.end - 1)) && !doc.norm_is(m.end - 1, "observer") {
        return false;
    }
    let sent = doc.tokens[m.start].sentence;
    let lo = doc.sentences[sent as usize].tokens.start;
    if m.start > lo {
        let p = doc.norm_at(m.start - 1);
        if SOURCE_BEFORE.contains(&p)
            || (p == "to" && m.start >= lo + 2 && doc.norm_is(m.start - 2, "according"))
            || attr.cue_at(m.start - 1).is_some()
        {
            return false;
        }
    }
    let mut v = m.end;
    // Past a short parenthetical ("some analysts, including …, say") or fillers.
    while v < m.end + 12 && doc.tokens.get(v).is_some_and(|t| t.sentence == sent) {
        if attr.is_cue_start(v).is_some() || super::vague_group::is_view_verb(doc.norm_at(v)) {
            return false;
        }
        if doc.tokens[v].kind == TokenKind::Punct && !doc.norm_is(v, ",") {
            break;
        }
        v += 1;
    }
    true
}

/// The nearest earlier mention of the noun at `head` (within a bounded look-back) was given a
/// name: a name right after it ("official Ann Lee", "an official, Ann Lee,") or before it in
/// apposition ("Ann Lee, a Treasury official,") that does not run on into a cue of its own.
fn earlier_mention_named(doc: &Document, attr: &Attribution, start: usize, head: usize) -> bool {
    let noun = doc.norm_at(head);
    let Some(k) = (head.saturating_sub(300)..start)
        .rev()
        .find(|&k| doc.norm_at(k) == noun)
    else {
        return false;
    };
    let sent = doc.tokens[k].sentence;
    let lo = doc.sentences[sent as usize].tokens.start;
    let name_word = |i: usize| {
        doc.tokens.get(i).is_some_and(|t| {
            t.sentence == sent
                && t.kind == TokenKind::Word
                && t.cap
                && !doc.norm_in(t, NOT_NAMES.0)
                && attr.is_cue_start(i).is_none()
        })
    };
    // "official Ann Lee", "an official, Ann Lee".
    let after = if doc.norm_is(k + 1, ",") {
        k + 2
    } else {
        k + 1
    };
    if name_word(after) && name_word(after + 1) {
        return true;
    }
    // "A representative of the Parks Department said … the representative added": a named
    // body's representative, unless granted anonymity in that sentence.
    if word_in!(
        noun,
        "representative" | "spokesman" | "spokeswoman" | "spokesperson"
    ) && names_a_body(doc, if k > lo + 1 { k - 1 } else { k }, k, k + 1)
        && !doc.sentences[sent as usize]
            .tokens
            .clone()
            .any(|i| word_in!(doc.norm_at(i), "anonymity" | "identified" | "named"))
    {
        return true;
    }
    // "Ann Lee, a Treasury official": back over the phrase to a comma after a name.
    let mut p = k;
    while p > lo && k - p < 6 && doc.tokens[p - 1].kind == TokenKind::Word {
        p -= 1;
    }
    p >= lo + 2
        && p < k
        && doc.norm_one_of(p, DETERMINERS.0)
        && doc.norm_is(p - 1, ",")
        && name_word(p - 2)
        && doc.tokens[p - 2].sentence == sent
        && p - 2 > lo
        && name_word(p - 3)
        && !runs_into_cue(doc, attr, k + 1, sent)
}
