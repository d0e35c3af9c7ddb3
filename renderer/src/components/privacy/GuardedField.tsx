/**
 * Plain fields under the privacy guard (decision text, action title and description, update
 * notes): what is typed is scanned (debounced), personal data is highlighted in a layer behind
 * the field, its kind shows as the field's tooltip under the pointer, and the findings panel
 * below offers a one-click replacement by a placeholder.
 */
import { Stack, Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import { useState, type ChangeEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyContext } from '../../../../shared/contract/privacy';
import type { Language } from '../../../../shared/domain/languages';
import { isLanguage } from '../../i18n';
import { FindingsPanel, type PanelFinding } from './FindingsPanel';
import { replaceFinding } from './findings';
import { HighlightLayer } from './HighlightLayer';
import { usePrivacyVocabulary } from './privacyVocabulary';
import { usePrivacyScan } from './usePrivacyScan';

type Field = HTMLTextAreaElement | HTMLInputElement;

export interface GuardProps {
  value: string;
  onValueChange: (value: string) => void;
  /** 'case' (every name flagged) unless the text belongs to minutes. */
  privacyContext?: PrivacyContext;
  /** The language of the text; the UI language by default. */
  privacyLanguage?: Language;
}

function useGuard({ value, onValueChange, privacyContext, privacyLanguage }: GuardProps) {
  const { i18n } = useTranslation();
  const { kindLabel, placeholder } = usePrivacyVocabulary();
  const [field, setField] = useState<Field | null>(null);
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  const language = privacyLanguage ?? (isLanguage(uiLanguage) ? uiLanguage : 'en');
  const findings = usePrivacyScan(value, { context: privacyContext ?? 'case', language });
  const panel: PanelFinding[] = findings.map((f) => ({
    id: `${f.kind}:${f.start}:${f.end}`,
    kind: f.kind,
    excerpt: value.slice(f.start, f.end),
  }));
  const replace = (item: PanelFinding) => {
    const finding = findings.find((f) => `${f.kind}:${f.start}:${f.end}` === item.id);
    if (finding) onValueChange(replaceFinding(value, finding, placeholder(finding.kind)));
  };
  /** The kind under the pointer becomes the field's tooltip (the layer behind gets no events). */
  const onMouseMove = (event: MouseEvent<Field>) => {
    const mark = document
      .elementsFromPoint(event.clientX, event.clientY)
      .find((el) => el instanceof HTMLElement && el.dataset.piiKind);
    const kind = mark instanceof HTMLElement ? mark.dataset.piiKind : undefined;
    const found = findings.find((f) => f.kind === kind);
    event.currentTarget.title = found ? kindLabel(found.kind) : '';
  };
  const wrap = (multiline: boolean) => (children: ReactNode) => (
    <div className="pii-guarded">
      <HighlightLayer text={value} findings={findings} field={field} multiline={multiline} />
      {children}
    </div>
  );
  return { setField, panel, replace, onMouseMove, wrap };
}

/** What the guarded input takes from the guard: its value, events, ref and highlight layer. */
interface FieldBindings {
  ref: (field: Field | null) => void;
  value: string;
  onChange: (event: ChangeEvent<Field>) => void;
  onMouseMove: (event: MouseEvent<Field>) => void;
  inputContainer: (children: ReactNode) => ReactNode;
  classNames: { input: string };
}

interface GuardedProps extends GuardProps {
  multiline: boolean;
  disabled?: boolean;
  children: (field: FieldBindings) => ReactNode;
}

/** The field (rendered by `children` with the guard's bindings) and its findings panel. */
function Guarded({ multiline, disabled, children, ...guardProps }: GuardedProps) {
  const { setField, panel, replace, onMouseMove, wrap } = useGuard(guardProps);
  return (
    <Stack gap={6}>
      {children({
        ref: setField,
        value: guardProps.value,
        onChange: (event) => guardProps.onValueChange(event.currentTarget.value),
        onMouseMove,
        inputContainer: wrap(multiline),
        classNames: { input: 'pii-field' },
      })}
      <FindingsPanel findings={panel} onReplace={replace} disabled={disabled} />
    </Stack>
  );
}

export function GuardedTextarea(
  props: Omit<TextareaProps, 'value' | 'onChange' | 'classNames'> & GuardProps,
) {
  const { value, onValueChange, privacyContext, privacyLanguage, ...rest } = props;
  const guard = { value, onValueChange, privacyContext, privacyLanguage };
  return (
    <Guarded {...guard} multiline disabled={rest.disabled}>
      {(field) => <Textarea {...rest} {...field} />}
    </Guarded>
  );
}

export function GuardedTextInput(
  props: Omit<TextInputProps, 'value' | 'onChange' | 'classNames'> & GuardProps,
) {
  const { value, onValueChange, privacyContext, privacyLanguage, ...rest } = props;
  const guard = { value, onValueChange, privacyContext, privacyLanguage };
  return (
    <Guarded {...guard} multiline={false} disabled={rest.disabled}>
      {(field) => <TextInput {...rest} {...field} />}
    </Guarded>
  );
}
