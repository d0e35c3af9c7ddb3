/** The focal point form's values, defaults per mode (add, edit, replace) and the call inputs. */
import type { FocalPoint, FocalPointInput } from '../../../../shared/contract/agencies';
import type { FocalPointRole } from '../../../../shared/domain/agencies';
import { todayIso } from '../../components/workspaceDay';

export type FocalPointTarget =
  { mode: 'add'; role: FocalPointRole } | { mode: 'edit' | 'replace'; focalPoint: FocalPoint };

export interface FocalPointFormValues {
  name: string;
  title: string;
  email: string;
  phone: string;
  role: FocalPointRole;
  languages: string[];
  startDate: string;
  endDate: string;
}

export const FOCAL_POINT_FIELDS = [
  'name',
  'title',
  'email',
  'phone',
  'role',
  'languages',
  'startDate',
  'endDate',
] as const;

/** Suggested languages; any other ISO 639 code can be typed. */
export const LANGUAGE_SUGGESTIONS = ['en', 'es', 'fr', 'pt', 'ar', 'ru', 'zh'];

/** Tags typed or pasted as "en, fr" become separate lower-case codes, each once. */
export function splitLanguageTags(tags: string[]): string[] {
  const codes = tags.flatMap((tag) => tag.toLowerCase().split(/[\s,;]+/)).filter(Boolean);
  return [...new Set(codes)];
}

export function initialFocalPointValues(target: FocalPointTarget): FocalPointFormValues {
  const blank = { name: '', title: '', email: '', phone: '', languages: [], endDate: '' };
  if (target.mode === 'add') return { ...blank, role: target.role, startDate: '' };
  const fp = target.focalPoint;
  if (target.mode === 'replace') return { ...blank, role: fp.role, startDate: todayIso() };
  return {
    name: fp.name,
    title: fp.title,
    email: fp.email,
    phone: fp.phone,
    role: fp.role,
    languages: fp.languages,
    startDate: fp.startDate ?? '',
    endDate: fp.endDate ?? '',
  };
}

export function toFocalPointFields(
  values: FocalPointFormValues,
): Omit<FocalPointInput, 'agencyId'> {
  return {
    name: values.name.trim(),
    title: values.title.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    role: values.role,
    languages: values.languages.map((code) => code.trim().toLowerCase()),
    startDate: values.startDate || null,
    endDate: values.endDate || null,
  };
}
