/**
 * Saves still waiting in the renderer (e.g. the debounced minutes autosave). Editors register
 * a flush function; locking the workspace (and other points of no return) await them all
 * first, so nothing typed is lost when the database closes.
 */
type Flush = () => Promise<void>;

const flushers = new Set<Flush>();

/** Registers a flush function; returns the function that removes it. */
export function registerPendingSave(flush: Flush): () => void {
  flushers.add(flush);
  return () => {
    flushers.delete(flush);
  };
}

/** Runs every registered flush and waits for all of them (failures are left to each editor). */
export async function flushPendingSaves(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
