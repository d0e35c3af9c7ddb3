/** Defaults and bounds of the workspace settings. */
export const DEFAULT_K_ANONYMITY = 5;
export const K_ANONYMITY_MIN = 2;
export const K_ANONYMITY_MAX = 50;
export const DEFAULT_AUTO_LOCK_MINUTES = 10;
/** 0 disables auto-lock. */
export const AUTO_LOCK_MAX_MINUTES = 240;
/** Backup rotation: newest of each of N recent days, then of each of M older weeks. */
export const DEFAULT_BACKUP_KEEP_DAILY = 7;
export const BACKUP_KEEP_DAILY_MIN = 1;
export const BACKUP_KEEP_DAILY_MAX = 60;
export const DEFAULT_BACKUP_KEEP_WEEKLY = 4;
export const BACKUP_KEEP_WEEKLY_MIN = 0;
export const BACKUP_KEEP_WEEKLY_MAX = 52;
export const DEFAULT_CLASSIFICATION = 'RESTRICTED';
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
/** Workspace files carry this extension. */
export const WORKSPACE_EXTENSION = '.coordina';
