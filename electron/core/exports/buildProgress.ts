/**
 * Reports how far a build is: `done` of `total` parts of the document. Its own module so that the
 * builders import it without importing the registry of builders (exports/builders.ts) that
 * imports them.
 */
export type BuildProgress = (done: number, total: number) => void;
