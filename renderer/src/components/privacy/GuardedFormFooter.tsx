/**
 * The end of a register form whose free text the privacy guard reads: the save error (unless
 * it names form fields, which show it themselves), the PII refusal with "Save anyway", and
 * Cancel / submit.
 */
import type { PrivacyOverride } from '../../../../shared/contract/privacy';
import { ErrorAlert } from '../ErrorAlert';
import { FormActions } from '../FormActions';
import { invalidFields } from '../validationFields';
import { isPiiRefusal, PiiRefusal } from './PiiRefusal';

interface GuardedFormFooterProps {
  save: { error: unknown; isError: boolean; isPending: boolean };
  fields: readonly string[];
  submitLabel: string;
  onOverride: (override: PrivacyOverride) => void;
  onCancel: () => void;
}

export function GuardedFormFooter({
  save,
  fields,
  submitLabel,
  onOverride,
  onCancel,
}: GuardedFormFooterProps) {
  const shown =
    save.isError && !isPiiRefusal(save.error) && invalidFields(save.error, fields).length === 0;
  return (
    <>
      {shown ? <ErrorAlert error={save.error} /> : null}
      <PiiRefusal error={save.error} loading={save.isPending} onOverride={onOverride} />
      <FormActions onCancel={onCancel} submitLabel={submitLabel} loading={save.isPending} />
    </>
  );
}
