/**
 * Every foreign-key column gets an index that starts with it. Without one, SQLite checks a
 * deleted or re-keyed parent (an agenda item, a meeting, an agency) by reading the whole child
 * table — every action, every attendance row — and a "which actions came from this decision"
 * lookup does the same. tests/integration/foreign-key-indexes.test.ts keeps every later table
 * to the rule.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDEXES: readonly [name: string, table: string, column: string][] = [
  ['action_updates_meeting', 'action_updates', 'meeting_id'],
  ['actions_focal_point', 'actions', 'focal_point_id'],
  ['actions_decision', 'actions', 'decision_id'],
  ['actions_agenda_item', 'actions', 'agenda_item_id'],
  ['agenda_items_presenter_agency', 'agenda_items', 'presenter_agency_id'],
  ['attendance_agency', 'attendance', 'agency_id'],
  ['bodies_secretariat_agency', 'bodies', 'secretariat_agency_id'],
  ['bodies_chair_agency', 'bodies', 'chair_agency_id'],
  ['decisions_agenda_item', 'decisions', 'agenda_item_id'],
  ['focal_points_replaced_by', 'focal_points', 'replaced_by_id'],
  ['minutes_records_adopted_at_meeting', 'minutes_records', 'adopted_at_meeting_id'],
  ['nap_executions_period', 'nap_executions', 'period_id'],
  ['nap_measurements_reporting_agency', 'nap_measurements', 'reporting_agency_id'],
  ['nap_report_narratives_pillar', 'nap_report_narratives', 'pillar_id'],
  ['trainings_trainer_agency', 'trainings', 'trainer_agency_id'],
  ['update_round_agencies_agency', 'update_round_agencies', 'agency_id'],
];

export class ForeignKeyIndexes1796240000000 implements MigrationInterface {
  name = 'ForeignKeyIndexes1796240000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, table, column] of INDEXES) {
      await q.query(`CREATE INDEX ${name} ON ${table} (${column})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await q.query(`DROP INDEX ${name}`);
  }
}
