/**
 * Debounced autosave of one agenda item's notes: changes are saved ~800 ms after typing
 * stops, at once on blur and on unmount, and whenever the workspace is about to lock (the
 * flush is registered in pendingSaves). The cached meeting takes each saved document so a
 * remounted editor starts from what was saved. Notes the privacy guard refuses
 * (PII_DETECTED) stay unsaved ('blocked') until fixed or saved anyway with a written reason.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import type { PrivacyOverride } from '../../../../shared/contract/privacy';
import type { RichDoc } from '../../../../shared/domain/richText';
import { call } from '../../api';
import { useNotify } from '../../components/useNotify';
import { isPiiRefusal } from '../../components/privacy/PiiRefusal';
import { registerPendingSave } from '../../app/workspace/pendingSaves';
import { meetingKeys } from '../../app/meetings/meetingQueries';

export const AUTOSAVE_DELAY_MS = 800;

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'blocked';

/** The latest unsaved document, its timer, and saves run one after the other. */
class NotesSaver {
  private pending: RichDoc | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly meetingId: string,
    private readonly itemId: string,
    private readonly queryClient: QueryClient,
    private readonly onState: (state: SaveState) => void,
    private readonly onError: (error: unknown) => void,
    /** The guard's refusal of the last save (null once a save went through). */
    private readonly onRefusal: (refusal: unknown) => void,
  ) {}

  change = (doc: RichDoc): void => {
    this.pending = doc;
    this.onState('pending');
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  };

  flush = (): Promise<void> => this.saveNow();

  /** Saves the refused notes anyway, with the user's written reason (audited by the core). */
  saveAnyway = (override: PrivacyOverride): Promise<void> => this.saveNow(override);

  private saveNow(override?: PrivacyOverride): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const doc = this.pending;
    if (doc) {
      this.pending = null;
      this.chain = this.chain.then(() => this.save(doc, override));
    }
    return this.chain;
  }

  private async save(doc: RichDoc, override?: PrivacyOverride): Promise<void> {
    this.onState('saving');
    try {
      const saved = await call('minutes:saveItemNotes', {
        itemId: this.itemId,
        notes: doc,
        privacyOverride: override ?? null,
      });
      this.queryClient.setQueryData<MeetingDetail>(meetingKeys.detail(this.meetingId), (m) =>
        m
          ? {
              ...m,
              agenda: m.agenda.map((item) =>
                item.id === this.itemId
                  ? { ...item, notes: doc, notesUpdatedAt: saved.notesUpdatedAt }
                  : item,
              ),
            }
          : m,
      );
      this.onRefusal(null);
      this.onState(this.pending ? 'pending' : 'saved');
    } catch (error) {
      // Keep the unsaved document so the next flush tries again.
      this.pending ??= doc;
      if (isPiiRefusal(error)) {
        this.onRefusal(error);
        this.onState('blocked');
        return;
      }
      this.onState('error');
      this.onError(error);
    }
  }
}

export function useNotesAutosave(meetingId: string, itemId: string) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [state, setState] = useState<SaveState>('idle');
  const [refusal, setRefusal] = useState<unknown>(null);
  const saver = useMemo(
    () => new NotesSaver(meetingId, itemId, queryClient, setState, notify.error, setRefusal),
    [meetingId, itemId, queryClient, notify],
  );

  useEffect(() => {
    const unregister = registerPendingSave(saver.flush);
    return () => {
      unregister();
      void saver.flush();
    };
  }, [saver]);

  return {
    state,
    refusal,
    change: saver.change,
    flush: saver.flush,
    saveAnyway: saver.saveAnyway,
  };
}
