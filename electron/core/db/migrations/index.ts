/**
 * The ordered, append-only list of schema migrations. Never edit or reorder a shipped one:
 * add a new class with a later timestamp and a test.
 */
import { Init1796006829574 } from './1796006829574-Init';
import { AgencyRegister1796008000000 } from './1796008000000-AgencyRegister';
import { AuditLog1796011806564 } from './1796011806564-AuditLog';
import { BackupFolder1796013220247 } from './1796013220247-BackupFolder';
import { Meetings1796020000000 } from './1796020000000-Meetings';
import { BackupRotation1796030000000 } from './1796030000000-BackupRotation';
import { SavedFilters1796040000000 } from './1796040000000-SavedFilters';
import { LetterheadLogo1796050000000 } from './1796050000000-LetterheadLogo';
import { WorkspaceIdentity1796060000000 } from './1796060000000-WorkspaceIdentity';
import { MinutesRecord1796070000000 } from './1796070000000-MinutesRecord';
import { WorkspaceTimeZone1796080000000 } from './1796080000000-WorkspaceTimeZone';
import { PrivacyDenylist1796090000000 } from './1796090000000-PrivacyDenylist';
import { Signatory1796100000000 } from './1796100000000-Signatory';
import { Nap1796110000000 } from './1796110000000-Nap';
import { NapNarratives1796130000000 } from './1796130000000-NapNarratives';
import { Cases1796140000000 } from './1796140000000-Cases';
import { CaseDiscussionDoc1796156000000 } from './1796156000000-CaseDiscussionDoc';
import { AgreementsTrainings1796180000000 } from './1796180000000-AgreementsTrainings';
import { Search1796190000000 } from './1796190000000-Search';
import { AuditReadable1796205000000 } from './1796205000000-AuditReadable';
import { DefaultActionFilter1796210000000 } from './1796210000000-DefaultActionFilter';
import { AgendaPresenterName1796220000000 } from './1796220000000-AgendaPresenterName';
import { UpdateRounds1796231900000 } from './1796231900000-UpdateRounds';
import { UpdateRoundClose1796232000000 } from './1796232000000-UpdateRoundClose';
import { ForeignKeyIndexes1796240000000 } from './1796240000000-ForeignKeyIndexes';

export const MIGRATIONS = [
  Init1796006829574,
  AgencyRegister1796008000000,
  AuditLog1796011806564,
  BackupFolder1796013220247,
  Meetings1796020000000,
  BackupRotation1796030000000,
  SavedFilters1796040000000,
  LetterheadLogo1796050000000,
  WorkspaceIdentity1796060000000,
  MinutesRecord1796070000000,
  WorkspaceTimeZone1796080000000,
  PrivacyDenylist1796090000000,
  Signatory1796100000000,
  Nap1796110000000,
  NapNarratives1796130000000,
  Cases1796140000000,
  CaseDiscussionDoc1796156000000,
  AgreementsTrainings1796180000000,
  Search1796190000000,
  AuditReadable1796205000000,
  DefaultActionFilter1796210000000,
  AgendaPresenterName1796220000000,
  UpdateRounds1796231900000,
  UpdateRoundClose1796232000000,
  ForeignKeyIndexes1796240000000,
];

export const MIGRATIONS_TABLE = 'schema_migrations';

export const KNOWN_MIGRATION_NAMES: readonly string[] = MIGRATIONS.map((M) => new M().name);
