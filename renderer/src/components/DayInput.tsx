/**
 * The one date field of the app (Mantine DateInput): shows and reads dates in the reader's
 * language and the workspace's country (05/12/2026; 12/05/2026 only in English for the United
 * States), accepts YYYY-MM-DD too, and hands back YYYY-MM-DD ('' when cleared).
 */
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { dayInputFormat, parseDay } from './formatDay';

export interface DayInputProps extends Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'minDate' | 'maxDate'
> {
  value?: string | null;
  onChange?: (value: string) => void;
  /** Earliest day allowed (YYYY-MM-DD). */
  min?: string;
  /** Latest day allowed (YYYY-MM-DD). */
  max?: string;
}

export function DayInput({ value, onChange, min, max, required, ...props }: DayInputProps) {
  const { t, i18n } = useTranslation();
  const format = dayInputFormat(i18n.language);
  const placeholder = format
    .replace('DD', t('common.datePlaceholder.day'))
    .replace('MM', t('common.datePlaceholder.month'))
    .replace('YYYY', t('common.datePlaceholder.year'));
  return (
    <DateInput
      placeholder={placeholder}
      {...props}
      required={required}
      clearable={!required}
      value={value || null}
      onChange={(next) => onChange?.(next ?? '')}
      valueFormat={format}
      dateParser={(text) => parseDay(text, format)}
      minDate={min || undefined}
      maxDate={max || undefined}
    />
  );
}
