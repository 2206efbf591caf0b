/**
 * The shape a translation of a catalogue must have: every key of the English one, each a string.
 * A catalogue missing a key, or with a key English does not have, does not compile.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
