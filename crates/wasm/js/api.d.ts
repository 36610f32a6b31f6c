// Types of slant-wasm's API (api.js), written by hand: every entry (browser, `slant-wasm/inline`,
// Node ESM and CommonJS) exports all of this; index.d.ts adds SlantWorker. They name no DOM type
// directly, so they compile in Node-only projects (no "dom" lib) as well as in pages.

/**
 * The element `highlight()` takes: the DOM's `Element` where the "dom" lib is loaded; elsewhere
 * (a Node-only project) any object, so these types still compile.
 */
export type HighlightTarget = GlobalClass<"Element", object>;

/** The instance type of a global class where the project's libs declare it, else `Fallback`. */
type GlobalClass<Name extends string, Fallback = never> =
  typeof globalThis extends { [K in Name]: { prototype: infer T } } ? T : Fallback;
/** `WebAssembly.Module` where the project's libs declare it ("dom" or @types/node). */
type WasmModule = typeof globalThis extends { WebAssembly: { Module: { prototype: infer M } } } ? M : never;

/** A flagging category. */
export type Category = "loaded_language" | "anonymous_source" | "unattributed_assertion";
/** A category as options accept it: the name, or a short form. */
export type CategoryName = Category | "loaded" | "anonymous" | "anon" | "unattributed";
/** Whose words a flag is: the outlet's own, a label the text attributes to someone, or a quotation. */
export type Voice = "outlet" | "attributed" | "quoted";

/**
 * A stretch of the text. `start`/`end` are UTF-8 byte offsets (as in the CLI's JSON);
 * `utf16Start`/`utf16End` are JavaScript string offsets: `text.slice(s.utf16Start, s.utf16End)`.
 */
export interface Span {
  start: number;
  end: number;
  utf16Start: number;
  utf16End: number;
  text: string;
}

/** What made an unattributed-assertion flag fire. */
export interface Trigger extends Span {
  rule: string;
}

interface FlagBase {
  /** Kind within the category, e.g. "pejorative", "unnamed_source", "certainty". */
  kind: string;
  /** UTF-8 byte offsets, half-open. */
  start: number;
  end: number;
  /** JavaScript (UTF-16) offsets, half-open: `text.slice(utf16Start, utf16End) === flag.text`. */
  utf16Start: number;
  utf16End: number;
  /** 1-based line and column (in characters) of `start`. */
  line: number;
  column: number;
  text: string;
  /** Why this is flagged. */
  message: string;
  suggestions: string[];
  /** `list-id/term` of the wordlist entry, or `rule:name` for built-in rules. */
  rule: string;
  in_quote: boolean;
  voice: Voice;
  /** Who is quoted, when the text says. */
  speaker: Span | null;
  /** Weight after the voice factor; the scores add up weight × confidence. */
  weight: number;
  /** How often a careful annotator would agree with this flag, estimated from 0 to 1. */
  confidence: number;
}

export interface LoadedLanguageFlag extends FlagBase {
  category: "loaded_language";
}

export interface AnonymousSourceFlag extends FlagBase {
  category: "anonymous_source";
  /** The anonymity clause describing the source, or the source a clause describes. */
  linked?: Span;
}

export interface UnattributedAssertionFlag extends FlagBase {
  category: "unattributed_assertion";
  /** What in the sentence triggered the flag. */
  triggers?: Trigger[];
}

export type Flag = LoadedLanguageFlag | AnonymousSourceFlag | UnattributedAssertionFlag;

export interface Sentence {
  start: number;
  end: number;
  utf16Start: number;
  utf16End: number;
  /** Quoted speech, or a sentence that carries or sits inside an attribution. */
  attributed: boolean;
  /** Most of the sentence is inside quotation marks. */
  quoted: boolean;
  /** Why the sentence counts as attributed: the cue that fired, or a built-in `rule:…`. */
  attribution?: Trigger;
}

export interface Quote {
  /** Span including the quotation marks. */
  start: number;
  end: number;
  utf16Start: number;
  utf16End: number;
  speaker: Span | null;
  /** When `speaker` is "he" or "she": the name it stands for, where the sentence plainly names
   * that person before it (absent otherwise). */
  refers_to?: Span;
  /** `speech`, or `term`: a word or short phrase set in quotation marks (mentioned or
   * scare-quoted), with no speaker expected. */
  kind: "speech" | "term";
}

export interface Stats {
  bytes: number;
  words: number;
  sentences: number;
  paragraphs: number;
  quotes: number;
  quoted_words: number;
}

export interface CategoryScore {
  count: number;
  /** Sum of flag weights times confidence (quoted, attributed and doubtful flags count for less). */
  weighted: number;
  per_1000_words: number;
  weighted_per_1000_words: number;
}

export interface Scores {
  /** 0 (neutral) to 100 (heavily slanted). */
  overall: number;
  loaded_language: CategoryScore;
  anonymous_source: CategoryScore;
  unattributed_assertion: CategoryScore;
}

/** The report: the CLI's JSON schema (version 1) plus UTF-16 offsets. */
export interface Report {
  schema_version: 1;
  id: string | null;
  stats: Stats;
  scores: Scores;
  /** Sorted by start, then end. */
  flags: Flag[];
  sentences: Sentence[];
  quotes: Quote[];
  /**
   * Who the article talks about and what it calls them (see `Actor`). Only from the
   * `slant-wasm/frame` entries; absent with the lean module.
   */
  actors?: Actor[];
}

/** How a mention names its actor. */
export type MentionKind = "name" | "surname" | "acronym" | "reference";
/** Which pattern found a label. */
export type LabelKind = "title" | "appositive" | "predicate" | "labelling_verb" | "self_description" | "reference" | "flag";
/** Whose words a label is: the outlet's, someone the text attributes it to, a quotation's speaker, or the actor itself. */
export type LabelVoice = "outlet" | "attributed" | "quoted" | "self";

export interface Mention extends Span { kind: MentionKind; }

export interface Label extends Span {
  kind: LabelKind;
  voice: LabelVoice;
  /** Who says it, when the text says. */
  speaker: Span | null;
  /** A loaded-language flag falls on the label; `rules` names it. */
  loaded: boolean;
  rules?: string[];
}

/** A loaded-language flag about the actor, and how it was tied to it. */
export interface FlagRef extends Span {
  rule: string;
  via: "label" | "possessor" | "agent" | "subject" | "object" | "topic" | "sentence";
}

export interface VerbCount { verb: string; count: number; }

export interface Speech {
  count: number;
  named: number;
  anonymous: number;
  verbs: VerbCount[];
}

/** Someone the article talks about: its mentions, what it is called, what it says. */
export interface Actor {
  name: string;
  kind: "person" | "organization" | "other";
  aliases: string[];
  mentions: Mention[];
  labels: Label[];
  speech: Speech;
  flags: FlagRef[];
}

/** An article as `compare()` takes it. */
export type CompareInput = string | { id?: string; text: string };

export interface Profile {
  id: string | null;
  words: number;
  overall: number;
  loaded_language: CategoryScore;
  anonymous_source: CategoryScore;
  unattributed_assertion: CategoryScore;
  named_sources: number;
  anonymous_sources: number;
  attributed_share: number;
  attribution_verbs: VerbCount[];
  actors: number;
  /** Loaded terms no other article uses. */
  only_here: string[];
}

export interface ActorSide {
  name: string;
  mentions: number;
  labels: { text: string; kind: LabelKind; voice: LabelVoice; loaded: boolean }[];
  /** Labels no other article applies to this actor. */
  only_here: string[];
  loaded: string[];
  speech: Speech;
}

export interface Comparison {
  articles: Profile[];
  /** Actors in two articles or more; `articles[i]` is null where article i does not mention it. */
  shared_actors: { name: string; articles: (ActorSide | null)[] }[];
  /** Set when no actor is shared. */
  note?: string;
}

/** A custom wordlist: TOML text in the format of Slant's wordlists/ files, optionally named for error messages. */
export type WordListSource = string | { name?: string; text: string };

export interface AnalyzeOptions {
  /** Categories to report (default: all three). */
  categories?: CategoryName | CategoryName[];
  /** Report flags inside quotations (default true; they are marked `in_quote` and weigh less). */
  includeQuoted?: boolean;
  /** Extra wordlists, added to the built-in ones. To analyse many texts, compile them once with `new Slant({ wordlists })`. */
  wordlists?: WordListSource[];
  /** Carried into the report's `id`. */
  id?: string;
  /** Leave out flags whose `confidence` is below this (0 to 1; default 0: every flag). */
  minConfidence?: number;
}

/** Per-call options of a `Slant` instance: its wordlists are fixed when it is made. */
export type SlantAnalyzeOptions = Omit<AnalyzeOptions, "wordlists">;

/** Options of `new Slant()`: its wordlists, and defaults for every call. */
export type SlantOptions = AnalyzeOptions;

/** highlight()'s options: the analysis options, plus which descendants not to read. */
export interface HighlightOptions extends AnalyzeOptions {
  /**
   * A CSS selector list: descendants of the element that match it (and their subtrees) are not
   * read or marked. Default {@link DEFAULT_SKIP} (code, pre, kbd, samp, script, style, textarea,
   * editable regions, ...); `""` skips nothing; extend it with `DEFAULT_SKIP + ", .no-slant"`.
   */
  skip?: string;
}

/** Slant.highlight()'s per-call options. */
export type SlantHighlightOptions = Omit<HighlightOptions, "wordlists">;

/** A wordlist as `lists()` describes it. */
export interface ListInfo {
  id: string;
  /** Path of a built-in list (`wordlists/...toml`), or the name a custom list was given. */
  origin: string;
  /** `cue` lists are word classes the detectors read; they never flag by themselves. */
  category: Category | "cue";
  kind: string;
  description: string;
  source: string;
  weight: number;
  builtin: boolean;
  /** Number of entries. */
  entries: number;
  terms: string[];
}

/** Where ready() loads the module from: a URL, the bytes, a fetch Response or a compiled module. */
export type WasmSource = TransferableWasmSource | GlobalClass<"Response">;
/** A WasmSource that can be sent to a worker: a URL, the bytes or a compiled module. */
export type TransferableWasmSource = string | GlobalClass<"URL"> | ArrayBuffer | ArrayBufferView | WasmModule;

export interface ReadyOptions {
  /** Load the module from here instead of the default (slant_wasm.wasm beside the entry, or the inlined bytes). */
  wasm?: WasmSource;
}

/**
 * Loads and prepares the WebAssembly module. Await it once before calling anything else in a
 * browser; in Node the module loads at import, and this resolves at once. Calling it again returns
 * the same promise. Rejects with an Error whose message starts `slant-wasm:` and says what to do
 * (for example, when the page's Content-Security-Policy lacks 'wasm-unsafe-eval').
 */
export function ready(options?: ReadyOptions): Promise<void>;

/**
 * Analyses `text` and returns the report. Throws a `TypeError` for a wrong argument or option,
 * a {@link WordListError} for a custom wordlist that cannot be read, and an Error saying to await
 * {@link ready} when called before the module loaded.
 */
export function analyze(text: string, options?: AnalyzeOptions): Report;

/**
 * Analyses the text of `element` and wraps each flagged span in
 * `<mark data-slant data-slant-kind data-slant-rule data-slant-flag title>`. Marks from an earlier
 * call are removed first. Only text nodes are split; the page's own nodes and marks are never
 * merged, moved out of the page or removed. Returns the report on the element's text.
 */
export function highlight(element: HighlightTarget, options?: HighlightOptions): Report;

/**
 * Removes the marks `highlight()` made in `element` (and only those), joining the text it split
 * back into the page's own text nodes. Returns how many marks were removed.
 */
export function unhighlight(element: HighlightTarget): number;

/** Describes the built-in wordlists. */
export function lists(): ListInfo[];

/** The Slant version of this module. */
export function version(): string;

/**
 * Compares two or more articles on one story (strings, or `{id, text}`): shared actors with each
 * article's labels, the words only one uses, loaded-language and sourcing profiles. Articles with
 * nothing in common still compare (`note` says so). Throws a TypeError for fewer than two.
 * Needs the framing module: import it from `slant-wasm/frame`; the lean entries throw an Error
 * that says so.
 */
export function compare(articles: CompareInput[]): Comparison;

/** The selector list `highlight()` skips by default. */
export const DEFAULT_SKIP: string;

/** Thrown when a custom wordlist cannot be read. */
export class WordListError extends Error {
  constructor(message: string, details?: { origin?: string; line?: number; column?: number; reason?: string });
  readonly name: "WordListError";
  /** The list's name (`{ name }` of the source, or `wordlists[i]`). */
  origin: string;
  /** 1-based line and column in the list's TOML (0 when not known). */
  line: number;
  column: number;
  /** What is wrong, without the position. */
  reason: string;
}

/**
 * An analyzer with custom wordlists compiled once: make one, then analyse as many texts as you
 * like. Needs the module loaded (`await ready()`, or use `await Slant.create()`).
 */
export class Slant {
  constructor(options?: SlantOptions);
  /** Waits for {@link ready}, then makes a Slant. */
  static create(options?: SlantOptions): Promise<Slant>;
  analyze(text: string, options?: SlantAnalyzeOptions): Report;
  highlight(element: HighlightTarget, options?: SlantHighlightOptions): Report;
  /** The built-in wordlists, then the custom ones. */
  lists(): ListInfo[];
  /** Releases the compiled lists now rather than at garbage collection; later calls throw. */
  free(): void;
}
