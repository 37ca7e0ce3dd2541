/** Queries longer than this are cut: nobody types more, and it bounds the work per request. */
export const MAX_QUERY_LENGTH = 200

/** Marks around matched words in search titles and snippets: control characters no text ever contains. */
export const HIGHLIGHT_START = '\u0002'
export const HIGHLIGHT_END = '\u0003'
