// The byte grammar of a JSON string's text (opening quote, UTF-8 characters, escapes), shared by the
// plain string node and the pattern node: the sub-states, and the bytes still needed to finish the
// character being read in each.

export const S_OPEN = 0;
export const S_NORM = 1;
export const S_C1 = 2;
export const S_C2 = 3;
export const S_C3 = 4;
export const S_E0 = 5;
export const S_ED = 6;
export const S_F0 = 7;
export const S_F4 = 8;
export const S_ESC = 9;
export const S_U1 = 10;
export const S_U2D = 11;
export const S_U2 = 12;
export const S_U3 = 13;
export const S_U4 = 14;
export const S_DONE = 15;

/** Bytes still needed to finish the character being read, by sub-state. */
export const CHAR_REST = [0, 0, 1, 2, 3, 2, 2, 3, 3, 1, 4, 3, 3, 2, 1, 0];
