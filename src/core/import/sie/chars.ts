/** The character codes an SIE line is split on, shared by the tokenizer and the in-place row readers. */
const TAB = 9;
const SPACE = 32;
export const QUOTE = 34;
export const BACKSLASH = 92;
export const OPEN = 123;
export const CLOSE = 125;

/** SIE separates fields by spaces or tabs. */
export const isSpace = (c: number): boolean => c === SPACE || c === TAB;
