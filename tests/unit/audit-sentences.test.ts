/**
 * Every audited channel reads as a sentence in EN, ES and FR: a channel that writes (its
 * contract entry says `mutates: true`) without a translated sentence and action name fails
 * here, as does a record type without a name.
 */
import { describe, expect, it } from 'vitest';
import { contract, CHANNEL_NAMES } from '../../shared/contract';
import { AUDIT_RECORD_TYPES, auditRecordTypeOf } from '../../shared/domain/audit';
import {
  AUDIT_SENTENCES,
  AUDITED_CHANNELS,
  sentenceKey,
} from '../../renderer/src/features/audit/auditVocabulary';
import en from '../../renderer/src/i18n/en.json';
import es from '../../renderer/src/i18n/es.json';
import fr from '../../renderer/src/i18n/fr.json';

const LANGUAGES = { en, es, fr } as Record<string, unknown>;
const writing = CHANNEL_NAMES.filter((c) => contract[c].mutates);

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => {
    return node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }, tree);
}

describe('audit sentences', () => {
  it('cover exactly the channels that write', () => {
    expect(writing.length).toBeGreaterThan(60);
    expect([...AUDITED_CHANNELS].sort()).toEqual([...writing].sort());
  });

  describe.each(Object.keys(LANGUAGES))('in %s', (language) => {
    const tree = LANGUAGES[language];
    it.each(writing)('%s has a sentence naming the actor, and an action name', (channel) => {
      const keys = [
        sentenceKey(channel as keyof typeof AUDIT_SENTENCES),
        ...(AUDIT_SENTENCES[channel as keyof typeof AUDIT_SENTENCES] ?? ['missing']).map((v) =>
          sentenceKey(channel as keyof typeof AUDIT_SENTENCES, v),
        ),
      ];
      for (const key of keys) {
        const text = lookup(tree, key);
        expect(typeof text, key).toBe('string');
        expect(text as string).toContain('{{actor}}');
      }
      const label = lookup(tree, `audit.actions.${channel.replace(':', '.')}`);
      expect(typeof label).toBe('string');
      expect((label as string).length).toBeGreaterThan(3);
    });

    it('names every record type an entry can have', () => {
      const types = new Set(writing.map(auditRecordTypeOf));
      for (const type of types) expect(AUDIT_RECORD_TYPES).toContain(type);
      for (const type of AUDIT_RECORD_TYPES) {
        expect(typeof lookup(tree, `audit.recordTypes.${type}`), type).toBe('string');
      }
    });
  });

  it('the check would see a missing sentence', () => {
    expect(lookup(en, 'audit.sentences.actions.noSuchVerb')).toBeUndefined();
    expect(lookup(en, 'audit.sentences.actions.addUpdate_done')).toBe(
      'Action ‘{{title}}’ marked done by {{actor}}',
    );
  });
});
