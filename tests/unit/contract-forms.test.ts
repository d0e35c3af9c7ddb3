/**
 * Forms check their values with the contract's schema (components/form/contractRules): what the
 * contract refuses the form refuses, with the user's message, and what it accepts the form
 * accepts. The limits are read from the contract here too, so a form that copied a smaller or
 * larger number by hand would fail these tests, and changing the contract changes the form.
 */
import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionCreateSchema, actionPatchSchema } from '../../shared/contract/actions';
import {
  contractRules,
  maxLengthOf,
  minLengthOf,
} from '../../renderer/src/components/form/contractRules';
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
import { caseCreateSchema, suspectsSchema, victimProfileSchema } from '../../shared/contract/cases';
import { privacyOverrideSchema } from '../../shared/contract/privacy';
import { contract } from '../../shared/contract';
import {
  caseFormRules,
  caseFormValues,
  isMonth,
  MAX_PROFILES,
} from '../../renderer/src/features/cases/caseFormValues';
import {
  OVERRIDE_REASON_MAX,
  OVERRIDE_REASON_MIN,
  overrideReasonRules,
} from '../../renderer/src/components/privacy/overrideReason';
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

describe('the case form', () => {
  const rules = () => contractRules(t, caseFormRules(t));
  const errors = en.cases.form.errors;
  const base = {
    ...caseFormValues(null),
    openedMonth: '2026-03',
    profiles: [
      { ...caseFormValues(null).profiles[0]!, exploitationForms: ['forced_labour' as const] },
    ],
  };
  const victims = rangeOf(victimProfileSchema.shape.count);
  const suspects = rangeOf(suspectsSchema.shape.count);

  it('asks for a form of exploitation and accepts a case with one', () => {
    expect(rules()({ ...caseFormValues(null), openedMonth: '2026-03' })).toEqual({
      'profiles.0.exploitationForms': errors.forms,
    });
    expect(rules()(base)).toEqual({});
  });

  it("takes the contract's counts, profiles and month, and nothing beyond", () => {
    const profile = base.profiles[0]!;
    expect(MAX_PROFILES).toBe(maxLengthOf(caseCreateSchema.shape.profiles));
    expect(rules()({ ...base, profiles: [{ ...profile, count: victims.max! }] })).toEqual({});
    expect(rules()({ ...base, profiles: [{ ...profile, count: victims.max! + 1 }] })).toEqual({
      'profiles.0.count': errors.count,
    });
    expect(rules()({ ...base, profiles: [{ ...profile, count: victims.min! - 1 }] })).toEqual({
      'profiles.0.count': errors.count,
    });
    expect(rules()({ ...base, suspectCount: suspects.max! })).toEqual({});
    expect(rules()({ ...base, suspectCount: suspects.max! + 1 })).toEqual({
      suspectCount: errors.count,
    });
    expect(rules()({ ...base, openedMonth: '2026-13' })).toEqual({ openedMonth: errors.month });
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
  });

  it('asks for each agency once', () => {
    expect(rules()({ ...base, agencies: [{ agencyId: '', role: 'other' }] })).toEqual({
      'agencies.0.agencyId': errors.agency,
    });
    const twice = { agencyId: AGENCY, role: 'other' as const };
    expect(rules()({ ...base, agencies: [twice, twice] })).toEqual({
      agencies: errors.agencyTwice,
    });
  });
});

describe('the privacy override reason', () => {
  const rules = () => overrideReasonRules(t, 'SHORT');
  const { min, max } = {
    min: minLengthOf(privacyOverrideSchema.shape.reason)!,
    max: maxLengthOf(privacyOverrideSchema.shape.reason)!,
  };

  it("is as long as the contract's reason, no shorter, no longer", () => {
    expect([OVERRIDE_REASON_MIN, OVERRIDE_REASON_MAX]).toEqual([min, max]);
    expect(rules()({ reason: '' })).toEqual({ reason: 'SHORT' });
    expect(rules()({ reason: 'r'.repeat(min - 1) })).toEqual({ reason: 'SHORT' });
    // Spaces around it do not count: the contract trims.
    expect(rules()({ reason: ` ${'r'.repeat(min - 1)} ` })).toEqual({ reason: 'SHORT' });
    expect(rules()({ reason: 'r'.repeat(min) })).toEqual({});
    expect(rules()({ reason: 'r'.repeat(max) })).toEqual({});
    expect(rules()({ reason: 'r'.repeat(max + 1) })).toEqual({
      reason: `Use at most ${max} characters.`,
    });
  });
});

describe('the saved filter and bulk status dialogs', () => {
  const name = contract['actions:saveFilter'].input.pick({ name: true });
  const note = contract['actions:bulkSetStatus'].input.pick({ note: true });

  it("take the contract's longest name and note", () => {
    const names = contractRules(t, { schema: name, fields: ['name'] });
    const notes = contractRules(t, { schema: note, fields: ['note'] });
    const nameMax = maxLengthOf(name.shape.name)!;
    const noteMax = maxLengthOf(note.shape.note)!;
    expect(names({ name: '  ' })).toEqual({ name: en.common.form.required });
    expect(names({ name: 'n'.repeat(nameMax) })).toEqual({});
    expect(names({ name: 'n'.repeat(nameMax + 1) })).toEqual({
      name: `Use at most ${nameMax} characters.`,
    });
    expect(notes({ note: '' })).toEqual({});
    expect(notes({ note: 'n'.repeat(noteMax) })).toEqual({});
    expect(notes({ note: 'n'.repeat(noteMax + 1) })).toEqual({
      note: `Use at most ${noteMax} characters.`,
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
  const all = files(root);
  const read = (path: string) => readFileSync(path, 'utf8');
  const rel = (path: string) => path.slice(root.length + 1);
  /** The renderer modules a file imports (relative imports, resolved to a .ts or .tsx). */
  const imported = (path: string): string[] =>
    [...read(path).matchAll(/from '(\.{1,2}\/[^']+)'/g)].flatMap(([, spec]) =>
      ['.ts', '.tsx']
        .map((ext) => join(path, '..', `${spec}${ext}`))
        .filter((candidate) => all.includes(candidate)),
    );
  /** Calls contractRules itself, or takes its rules from a module that does. */
  const callsContractRules = (path: string) => /\bcontractRules(<[^>]*>)?\(/.test(read(path));
  const usesContractRules = (path: string) =>
    callsContractRules(path) || imported(path).some(callsContractRules);

  const forms = all.filter((path) => /\buseForm(<|\()/.test(read(path)));
  const tsx = all.filter((path) => path.endsWith('.tsx'));
  /** Every component that limits an input: a text's length, a number's range, a list's size. */
  const limited = tsx.filter((path) =>
    /\b(maxLength|maxValues|maxTags|min|max)=\{/.test(read(path)),
  );

  it('finds the forms and the limited inputs it checks', () => {
    expect(forms.length).toBeGreaterThan(20);
    expect(limited.length).toBeGreaterThan(forms.length / 2);
    for (const file of [
      'components/privacy/PiiRefusal.tsx',
      'features/actions/BulkStatusBar.tsx',
      'features/cases/CaseFormModal.tsx',
      'features/search/SearchPage.tsx',
      'features/cases/CaseFilterBar.tsx',
    ]) {
      expect(limited.map(rel)).toContain(file);
    }
  });

  it.each(forms.map(rel))('%s checks its values through the contract', (file) => {
    const text = read(join(root, file));
    expect(usesContractRules(join(root, file))).toBe(true);
    expect(text).not.toMatch(/validate: \{/);
  });

  it.each(limited.map(rel))('%s states its limits through the contract', (file) => {
    const text = read(join(root, file));
    // No number written into a limit, nor a constant of the file's own standing for one.
    expect(text).not.toMatch(/\b(maxLength|maxValues|maxTags|min|max)=\{-?\d/);
    expect(text).not.toMatch(/^const [A-Z_]*(MAX|MIN)[A-Z_]* = -?\d/m);
    // Lengths are read from the schema, or named by the contract itself.
    if (/\b(maxLength|maxValues|maxTags)=\{/.test(text)) {
      expect(
        /maxLengthOf\(/.test(text) ||
          imported(join(root, file)).some((module) => read(module).includes('maxLengthOf(')) ||
          /import \{[^}]*\bMAX_\w+[^}]*\} from '[./]+\/shared\/contract\//.test(text),
      ).toBe(true);
    }
  });

  it.each(tsx.map(rel))('%s checks no length or date by hand', (file) => {
    const text = read(join(root, file));
    // A length compared with a limit, a copied date or month pattern: the contract's to say.
    expect(text).not.toMatch(/\.trim\(\)\.length\s*(<|>=?)\s*[1-9]|\.trim\(\)\.length\s*<=\s*\d/);
    expect(text).not.toMatch(/_PATTERN\.test\(/);
    expect(text).not.toMatch(/\\d\{4\}-/);
  });
});
