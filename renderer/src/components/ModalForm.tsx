/**
 * The one shape of a form in a dialog: a Mantine form (its values checked by the contract's
 * schema, see form/contractRules) laid out as a column of fields, then the save's refusal —
 * unless it names fields, which show it themselves — the privacy guard's "Save anyway" when the
 * form's text is guarded, and Cancel / submit. Enter in a field submits; errors show on submit.
 */
import { Stack, type MantineColor } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import type { PrivacyOverride } from '../../../shared/contract/privacy';
import { ErrorAlert } from './ErrorAlert';
import { FormActions } from './FormActions';
import { isPiiRefusal, PiiRefusal } from './privacy/PiiRefusal';
import { invalidFields } from './validationFields';

/** What the footer reads of the save (a TanStack mutation fits). */
export interface FormSave {
  error: unknown;
  isError: boolean;
  isPending: boolean;
}

interface ModalFormProps<V> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any transform of the values
  form: UseFormReturnType<V, any>;
  onSubmit: (values: V) => void;
  onCancel: () => void;
  submitLabel: string;
  submitColor?: MantineColor;
  save: FormSave;
  /** The form's fields: a refusal that names one of them is shown at the field, not here. */
  fields?: readonly string[];
  /** For text under the privacy guard: resend with a written reason after a PII refusal. */
  onOverride?: (override: PrivacyOverride) => void;
  children: ReactNode;
}

export function ModalForm<V>(props: ModalFormProps<V>) {
  const { save } = props;
  const guarded = Boolean(props.onOverride) && isPiiRefusal(save.error);
  const atFields = invalidFields(save.error, props.fields ?? []).length > 0;
  return (
    <form noValidate onSubmit={props.form.onSubmit((values) => props.onSubmit(values as V))}>
      <Stack gap="md">
        {props.children}
        {save.isError && !guarded && !atFields ? <ErrorAlert error={save.error} /> : null}
        {props.onOverride ? (
          <PiiRefusal error={save.error} loading={save.isPending} onOverride={props.onOverride} />
        ) : null}
        <FormActions
          onCancel={props.onCancel}
          submitLabel={props.submitLabel}
          color={props.submitColor}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}
