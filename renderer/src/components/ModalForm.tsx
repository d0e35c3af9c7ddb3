/**
 * The body of a small dialog form: checks the fields on submit, shows their errors once the
 * user has tried, then the core's refusal if any, and Cancel / submit at the bottom.
 */
import { Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { FormActions } from './FormActions';

interface ModalFormProps<K extends string> {
  /** One message per invalid field (null when the field is fine). */
  errors: Record<K, string | null>;
  onValid: () => void;
  onCancel: () => void;
  submitLabel: string;
  loading: boolean;
  /** The failed save, if any. */
  failure: unknown;
  children: (shown: (field: K) => string | null) => ReactNode;
}

export function ModalForm<K extends string>(props: ModalFormProps<K>) {
  const [touched, setTouched] = useState(false);
  const shown = (field: K) => (touched ? props.errors[field] : null);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (Object.values<string | null>(props.errors).some(Boolean)) return;
        props.onValid();
      }}
    >
      <Stack gap="md">
        {props.children(shown)}
        {props.failure ? <ErrorAlert error={props.failure} /> : null}
        <FormActions
          onCancel={props.onCancel}
          submitLabel={props.submitLabel}
          loading={props.loading}
        />
      </Stack>
    </form>
  );
}
