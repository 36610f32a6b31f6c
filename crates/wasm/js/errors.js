// The error class the API throws for a custom wordlist that cannot be read (its own module, so
// the runtime, the API and the worker protocol share one class).
/** A custom wordlist that cannot be read: where (origin, line, column) and why (reason). */
export class WordListError extends Error {
  constructor(message, { origin = '', line = 0, column = 0, reason = message } = {}) {
    super(message);
    this.name = 'WordListError';
    this.origin = origin;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}
