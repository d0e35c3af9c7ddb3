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
