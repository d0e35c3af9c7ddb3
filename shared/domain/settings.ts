/** Defaults and bounds of the workspace settings. */
export const DEFAULT_K_ANONYMITY = 5;
export const K_ANONYMITY_MIN = 2;
export const K_ANONYMITY_MAX = 50;
export const DEFAULT_AUTO_LOCK_MINUTES = 10;
/** 0 disables auto-lock. */
export const AUTO_LOCK_MAX_MINUTES = 240;
export const DEFAULT_CLASSIFICATION = 'RESTRICTED';
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
/** Workspace files carry this extension. */
export const WORKSPACE_EXTENSION = '.coordina';
