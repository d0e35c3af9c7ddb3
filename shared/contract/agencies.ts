/** Channels of the agency register: agencies, their focal points, and CSV/XLSX import. */
import { z } from 'zod';
import {
  AGENCY_KINDS,
  FOCAL_POINT_ROLES,
  LEVELS,
  MEMBERSHIP_STATUSES,
  PILLARS,
  PILLAR_ROLES,
  SECTORS,
} from '../domain/agencies';
import {
  byIdSchema,
  countryCodeSchema,
  dateSchema,
  idSchema,
  longText,
  requiredText,
  shortText,
} from './common';
import { channel } from './define';

export const agencyKindSchema = z.enum(AGENCY_KINDS);
export const pillarSchema = z.enum(PILLARS);
export const pillarRoleSchema = z.enum(PILLAR_ROLES);
export const pillarRolesSchema = z.partialRecord(pillarSchema, pillarRoleSchema);

/** Every editable field of an agency, none defaulted (patches must not reset fields). */
const agencyFields = z
  .object({
    name: requiredText(200),
    acronym: shortText(30),
    kind: agencyKindSchema,
    sector: z.enum(SECTORS),
    level: z.enum(LEVELS),
    country: countryCodeSchema,
    rolesText: longText(5000),
    pillarRoles: pillarRolesSchema,
    membershipStatus: z.enum(MEMBERSHIP_STATUSES),
    notes: longText(5000),
  })
  .strict();
/** Create: name and kind required; the core fills the rest with defaults. */
export const agencyInputSchema = agencyFields.partial().required({ name: true, kind: true });
export const agencyPatchSchema = agencyFields.partial();
export type AgencyInput = z.input<typeof agencyInputSchema>;

export const focalPointSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  phone: z.string(),
});

export const agencySchema = z.object({
  id: idSchema,
  name: z.string(),
  acronym: z.string(),
  kind: agencyKindSchema,
  sector: z.enum(SECTORS),
  level: z.enum(LEVELS),
  country: z.string(),
  rolesText: z.string(),
  pillarRoles: pillarRolesSchema,
  membershipStatus: z.enum(MEMBERSHIP_STATUSES),
  notes: z.string(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Agency = z.infer<typeof agencySchema>;

export const agencyListItemSchema = agencySchema
  .omit({ rolesText: true, notes: true, createdAt: true })
  .extend({
    primaryFocalPoint: focalPointSummarySchema.nullable(),
    activeFocalPoints: z.number().int(),
  });
export type AgencyListItem = z.infer<typeof agencyListItemSchema>;

export const focalPointSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  name: z.string(),
  title: z.string(),
  email: z.string(),
  phone: z.string(),
  role: z.enum(FOCAL_POINT_ROLES),
  languages: z.array(z.string()),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  active: z.boolean(),
  replacedById: idSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FocalPoint = z.infer<typeof focalPointSchema>;

const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'use ISO 639 language codes such as en, es, fr');

const focalPointFields = z
  .object({
    name: requiredText(200),
    title: shortText(200),
    email: z.union([z.literal(''), z.email().max(320)]),
    phone: shortText(40),
    role: z.enum(FOCAL_POINT_ROLES),
    languages: z.array(languageCode).max(10),
    startDate: dateSchema.nullable(),
    endDate: dateSchema.nullable(),
  })
  .strict();
export const focalPointInputSchema = focalPointFields
  .partial()
  .required({ name: true })
  .extend({ agencyId: idSchema });
export const focalPointPatchSchema = focalPointFields.partial();
export type FocalPointInput = z.input<typeof focalPointInputSchema>;

export const bodyMembershipSchema = z.object({
  bodyId: idSchema,
  bodyName: z.string(),
  roles: z.array(z.enum(['member', 'chair', 'secretariat'])),
});

export const agencyDetailSchema = agencySchema.extend({
  focalPoints: z.array(focalPointSchema),
  bodies: z.array(bodyMembershipSchema),
});
export type AgencyDetail = z.infer<typeof agencyDetailSchema>;

export const agencyListInputSchema = z
  .object({
    search: shortText(200).default(''),
    kinds: z.array(agencyKindSchema).default([]),
    sectors: z.array(z.enum(SECTORS)).default([]),
    pillars: z.array(pillarSchema).default([]),
    pillarRole: z.enum(['any', ...PILLAR_ROLES]).default('any'),
    statuses: z.array(z.enum(MEMBERSHIP_STATUSES)).default([]),
    includeArchived: z.boolean().default(false),
    sortBy: z.enum(['name', 'acronym', 'kind', 'membershipStatus', 'updatedAt']).default('name'),
    sortDirection: z.enum(['asc', 'desc']).default('asc'),
  })
  .strict();
export type AgencyListInput = z.input<typeof agencyListInputSchema>;

/** Fields an import column can map to. */
export const IMPORT_FIELDS = [
  'name',
  'acronym',
  'kind',
  'sector',
  'level',
  'country',
  'membershipStatus',
  'rolesText',
  'notes',
  'prevention',
  'protection',
  'prosecution',
  'partnership',
  /** One column listing the pillars the agency leads ("Prevention; Protection", "1, 3", "P1/P2"). */
  'pillarLead',
  /** One column listing the pillars the agency supports. */
  'pillarSupport',
  'focalPointName',
  'focalPointTitle',
  'focalPointEmail',
  'focalPointPhone',
  'focalPointRole',
  'focalPointLanguages',
  'focalPointStartDate',
] as const;
export const importFieldSchema = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof importFieldSchema>;

/** Field → index of the source column (null: not imported). */
export const importMappingSchema = z.partialRecord(
  importFieldSchema,
  z.number().int().min(0).nullable(),
);
export type ImportMapping = z.infer<typeof importMappingSchema>;

const importFileSchema = z.object({
  fileName: requiredText(255),
  /** The file's bytes, base64 (≤ 10 MB decoded). */
  contentBase64: z.string().min(1).max(14_000_000),
  sheet: shortText(100).optional(),
  mapping: importMappingSchema.optional(),
  /** Cells corrected in the preview: they replace the file's value of that row and field. */
  edits: z
    .array(
      z
        .object({
          rowNumber: z.number().int().min(1),
          field: importFieldSchema,
          value: z.string().max(5000),
        })
        .strict(),
    )
    .max(10_000)
    .optional(),
});

/** Why a cell was refused, for the UI to say in its language (the message stays English). */
export const IMPORT_ERROR_CODES = ['required', 'unknownValue', 'invalid'] as const;

export const importRowSchema = z.object({
  rowNumber: z.number().int(),
  values: z.record(z.string(), z.string()),
  errors: z.array(
    z.object({
      field: z.string(),
      message: z.string(),
      code: z.enum(IMPORT_ERROR_CODES).optional(),
    }),
  ),
  duplicateOf: z
    .object({
      source: z.enum(['workspace', 'file']),
      name: z.string(),
      rowNumber: z.number().int().optional(),
    })
    .nullable(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importPreviewSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  columns: z.array(z.string()),
  mapping: importMappingSchema,
  rows: z.array(importRowSchema),
  summary: z.object({
    rows: z.number().int(),
    valid: z.number().int(),
    withErrors: z.number().int(),
    duplicates: z.number().int(),
    focalPoints: z.number().int(),
  }),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const agenciesContract = {
  'agencies:list': channel(
    agencyListInputSchema,
    z.object({ items: z.array(agencyListItemSchema), total: z.number().int() }),
    { mutates: false },
  ),
  'agencies:get': channel(byIdSchema, agencyDetailSchema, { mutates: false }),
  'agencies:create': channel(agencyInputSchema, agencySchema, { mutates: true }),
  'agencies:update': channel(
    z.object({ id: idSchema, patch: agencyPatchSchema }).strict(),
    agencySchema,
    { mutates: true },
  ),
  'agencies:archive': channel(
    z.object({ id: idSchema, archived: z.boolean().default(true) }).strict(),
    agencySchema,
    { mutates: true },
  ),
  'agencies:delete': channel(byIdSchema, z.object({ deleted: z.literal(true) }), { mutates: true }),
  'agencies:matrix': channel(
    z.object({ includeObservers: z.boolean().default(true) }).strict(),
    z.object({
      pillars: z.array(pillarSchema),
      rows: z.array(
        z.object({
          id: idSchema,
          name: z.string(),
          acronym: z.string(),
          kind: agencyKindSchema,
          pillarRoles: pillarRolesSchema,
        }),
      ),
    }),
    { mutates: false },
  ),
  'agencies:importPreview': channel(importFileSchema.strict(), importPreviewSchema, {
    mutates: false,
  }),
  'agencies:importCommit': channel(
    importFileSchema
      .extend({
        mapping: importMappingSchema,
        duplicates: z.enum(['skip', 'refuse']).default('skip'),
        /**
         * Only these rows are imported (the others are skipped); each is still validated and
         * one that is invalid refuses the whole commit. Absent: every row.
         */
        rowNumbers: z.array(z.number().int().min(1)).max(100_000).optional(),
      })
      .strict(),
    z.object({
      agenciesCreated: z.number().int(),
      focalPointsCreated: z.number().int(),
      skipped: z.number().int(),
    }),
    { mutates: true },
  ),
  'focalPoints:list': channel(
    z
      .object({
        agencyId: idSchema.optional(),
        /** Who was in post on this date (history); default: today. */
        asOf: dateSchema.optional(),
        includeEnded: z.boolean().default(false),
      })
      .strict(),
    z.object({ items: z.array(focalPointSchema.extend({ agencyName: z.string() })) }),
    { mutates: false },
  ),
  'focalPoints:create': channel(
    focalPointInputSchema.extend({
      /** The focal point this one replaces: ended the day the new one starts, kept in history. */
      replacesId: idSchema.optional(),
    }),
    focalPointSchema,
    { mutates: true },
  ),
  'focalPoints:update': channel(
    z.object({ id: idSchema, patch: focalPointPatchSchema }).strict(),
    focalPointSchema,
    { mutates: true },
  ),
  'focalPoints:end': channel(
    z.object({ id: idSchema, endDate: dateSchema }).strict(),
    focalPointSchema,
    { mutates: true },
  ),
};
