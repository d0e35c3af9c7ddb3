/**
 * Every entity of the workspace schema, listed explicitly (the main bundle is one file): one
 * EntitySchema per table, one file per domain, each listing its own. tests/integration/
 * schema-agreement.test.ts proves they agree with the migrated schema and that no table lacks one.
 */
import { ACTIONS_ENTITIES } from './actions';
import { AGENCIES_ENTITIES } from './agencies';
import { AGREEMENTS_ENTITIES } from './agreements';
import { AUDIT_ENTITIES } from './audit';
import { BODIES_ENTITIES } from './bodies';
import { CASES_ENTITIES } from './cases';
import { DECISIONS_ENTITIES } from './decisions';
import { LETTERHEAD_ENTITIES } from './letterhead';
import { MEETINGS_ENTITIES } from './meetings';
import { NAP_ENTITIES } from './nap';
import { NAP_MEASUREMENT_ENTITIES } from './napMeasurements';
import { NAP_REPORT_ENTITIES } from './napReport';
import { PRIVACY_ENTITIES } from './privacy';
import { ROUND_TRIP_ENTITIES } from './roundTrip';
import { SEARCH_ENTITIES } from './search';
import { TRAININGS_ENTITIES } from './trainings';
import { WorkspaceIdentityEntity } from './workspaceIdentity';
import { WorkspaceSettingsEntity } from './workspaceSettings';

export const ENTITIES = [
  WorkspaceSettingsEntity,
  WorkspaceIdentityEntity,
  ...AGENCIES_ENTITIES,
  ...BODIES_ENTITIES,
  ...MEETINGS_ENTITIES,
  ...ACTIONS_ENTITIES,
  ...DECISIONS_ENTITIES,
  ...CASES_ENTITIES,
  ...NAP_ENTITIES,
  ...NAP_MEASUREMENT_ENTITIES,
  ...NAP_REPORT_ENTITIES,
  ...AGREEMENTS_ENTITIES,
  ...TRAININGS_ENTITIES,
  ...AUDIT_ENTITIES,
  ...PRIVACY_ENTITIES,
  ...SEARCH_ENTITIES,
  ...LETTERHEAD_ENTITIES,
  ...ROUND_TRIP_ENTITIES,
];
