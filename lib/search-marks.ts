/** Marks around matched words in search titles and snippets: control characters no text ever contains. */
export const HIGHLIGHT_START = '\u0002'
export const HIGHLIGHT_END = '\u0003'
