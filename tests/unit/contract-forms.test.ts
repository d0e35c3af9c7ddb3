/**
 * Forms check their values with the contract's schema (components/form/contractRules): what the
 * contract refuses the form refuses, with the user's message, and what it accepts the form
 * accepts. The limits are read from the contract here too, so a form that copied a smaller or
 * larger number by hand would fail these tests, and changing the contract changes the form.
 */
import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionCreateSchema, actionPatchSchema } from '../../shared/contract/actions';
import { contractRules, maxLengthOf } from '../../renderer/src/components/form/contractRules';
import {
  ACTION_FORM_FIELDS,
  initialActionValues,
  toCreateInput,
  toPatch,
} from '../../renderer/src/components/actions/actionFormValues';
import { agencyInputSchema } from '../../shared/contract/agencies';
import { meetingCreateSchema } from '../../shared/contract/meetings';
import { workspaceSettingsSchema } from '../../shared/contract/workspace';
import {
  AGENCY_FORM_FIELDS,
  toAgencyFormValues,
  toAgencyInput,
} from '../../renderer/src/features/agencies/agencyFormValues';
import {
  MEETING_FORM_FIELDS,
  toMeetingCreate,
  toMeetingFormValues,
} from '../../renderer/src/components/meetings/meetingFormValues';
import {
  SETTINGS_FORM_FIELDS,
  toSettingsInput,
} from '../../renderer/src/app/settings/settingsFormValues';
import { rangeOf } from '../../renderer/src/components/form/contractRules';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../renderer/src/i18n/en.json';

let t: TFunction;
beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({ lng: 'en', resources: { en: { translation: en } } });
  t = i18n.t;
});

const AGENCY = '7f0c1d2e-3a4b-4c5d-8e6f-708192a3b4c5';

describe('the action form', () => {
  const rules = () =>
    contractRules(t, {
      schema: actionCreateSchema,
      toInput: toCreateInput,
      fields: ACTION_FORM_FIELDS,
      required: {
        title: t('actions.form.errors.titleRequired'),
        ownerAgencyId: t('actions.form.errors.ownerRequired'),
      },
    });
  const max = maxLengthOf(actionCreateSchema.shape.title)!;

  it('reads its longest title from the contract', () => {
    expect(max).toBeGreaterThan(10);
    expect(actionCreateSchema.shape.title.safeParse('x'.repeat(max)).success).toBe(true);
    expect(actionCreateSchema.shape.title.safeParse('x'.repeat(max + 1)).success).toBe(false);
  });

  it('asks for what the contract needs, in words of its own', () => {
    const errors = rules()(initialActionValues(null));
    expect(errors).toEqual({
      title: en.actions.form.errors.titleRequired,
      ownerAgencyId: en.actions.form.errors.ownerRequired,
    });
  });

  it('accepts exactly the longest title the contract accepts', () => {
    const base = { ...initialActionValues(null), ownerAgencyId: AGENCY };
    expect(rules()({ ...base, title: 'x'.repeat(max) })).toEqual({});
    expect(rules()({ ...base, title: 'x'.repeat(max + 1) })).toEqual({
      title: `Use at most ${max} characters.`,
    });
  });

  it('checks an edit with the patch schema', () => {
    const edit = contractRules(t, {
      schema: actionPatchSchema,
      toInput: toPatch,
      fields: ACTION_FORM_FIELDS,
      required: { title: t('actions.form.errors.titleRequired') },
    });
    const base = { ...initialActionValues(null), ownerAgencyId: AGENCY };
    expect(edit({ ...base, title: '   ' })).toEqual({
      title: en.actions.form.errors.titleRequired,
    });
    expect(edit({ ...base, title: 'Ok', dueDate: '2026-02-30' })).toEqual({
      dueDate: en.common.form.invalid,
    });
  });
});

describe('the agency form', () => {
  const rules = () =>
    contractRules(t, {
      schema: agencyInputSchema,
      toInput: (values: ReturnType<typeof toAgencyFormValues>) => toAgencyInput(values, false),
      fields: AGENCY_FORM_FIELDS,
      required: { name: 'NAME', kind: 'KIND' },
      invalid: { country: 'COUNTRY' },
    });
  const base = { ...toAgencyFormValues(null), name: 'Police', kind: 'law_enforcement' as const };
  const max = maxLengthOf(agencyInputSchema.shape.name)!;

  it('asks for the name and kind, accepts a valid agency', () => {
    expect(rules()(toAgencyFormValues(null))).toEqual({ name: 'NAME', kind: 'KIND' });
    expect(rules()(base)).toEqual({});
  });

  it("takes the contract's longest name and country rule", () => {
    expect(rules()({ ...base, name: 'n'.repeat(max) })).toEqual({});
    expect(rules()({ ...base, name: 'n'.repeat(max + 1) })).toEqual({
      name: `Use at most ${max} characters.`,
    });
    expect(rules()({ ...base, country: 'gh' })).toEqual({});
    expect(rules()({ ...base, country: 'GHA' })).toEqual({ country: 'COUNTRY' });
  });
});

describe('the meeting form', () => {
  const BODY = '0b1c2d3e-4f50-4a6b-9c7d-8e9fa0b1c2d3';
  const rules = () =>
    contractRules(t, {
      schema: meetingCreateSchema.required({ bodyId: true }),
      toInput: toMeetingCreate,
      fields: MEETING_FORM_FIELDS,
      required: { bodyId: 'BODY' },
      invalid: { durationMinutes: 'DURATION', startTime: 'TIME' },
    });
  const base = toMeetingFormValues(null, { date: '2026-03-10', language: 'en', bodyId: BODY });
  const { min, max } = rangeOf(meetingCreateSchema.shape.durationMinutes);

  it("accepts the contract's duration range and nothing outside it", () => {
    expect(min).toBeDefined();
    expect(max).toBeDefined();
    expect(rules()({ ...base, durationMinutes: min! })).toEqual({});
    expect(rules()({ ...base, durationMinutes: max! })).toEqual({});
    expect(rules()({ ...base, durationMinutes: max! + 1 })).toEqual({
      durationMinutes: 'DURATION',
    });
    expect(rules()({ ...base, durationMinutes: min! - 1 })).toEqual({
      durationMinutes: 'DURATION',
    });
  });

  it('needs a body and a clock time', () => {
    expect(rules()({ ...base, bodyId: null, startTime: '25:00' })).toEqual({
      bodyId: 'BODY',
      startTime: 'TIME',
    });
  });
});

describe('the workspace settings form', () => {
  const settings = workspaceSettingsSchema.parse({
    taskForceName: 'Task force',
    country: '',
    defaultLanguage: 'en',
    letterheadText: '',
    classificationMarking: '',
    kAnonymity: 5,
    autoLockMinutes: 10,
    paperSize: 'A4',
    backupFolder: '',
    backupKeepDaily: 7,
    backupKeepWeekly: 4,
    timeZone: '',
    secretariatEmail: '',
    signatoryName: '',
    signatoryTitle: '',
    caseCodePrefix: 'C',
    cooperationPendingDays: 30,
    caseRetentionYears: 5,
  });
  const rules = () =>
    contractRules(t, {
      schema: workspaceSettingsSchema,
      toInput: toSettingsInput,
      fields: SETTINGS_FORM_FIELDS,
      invalid: { autoLockMinutes: 'RANGE' },
    });
  const { max } = rangeOf(workspaceSettingsSchema.shape.autoLockMinutes);

  it('refuses an emptied number field rather than reading it as 0', () => {
    expect(rules()(settings)).toEqual({});
    expect(rules()({ ...settings, autoLockMinutes: '' })).toEqual({ autoLockMinutes: 'RANGE' });
    expect(rules()({ ...settings, autoLockMinutes: max! })).toEqual({});
    expect(rules()({ ...settings, autoLockMinutes: max! + 1 })).toEqual({
      autoLockMinutes: 'RANGE',
    });
  });
});

describe('forms copy no limit by hand', () => {
  const root = join(__dirname, '../../renderer/src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  const forms = files(root).filter((path) => readFileSync(path, 'utf8').includes('useForm<'));
  const forms2 = files(root).filter((path) => /\buseForm\(/.test(readFileSync(path, 'utf8')));

  it.each([...new Set([...forms, ...forms2])].map((path) => path.slice(root.length + 1)))(
    '%s states its limits through the contract',
    (file) => {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text).toContain('contractRules(');
      expect(text).not.toMatch(/\b(maxLength|maxValues|maxTags|min|max)=\{-?\d/);
      expect(text).not.toMatch(/validate: \{/);
    },
  );
});
