/**
 * Trainings and the participants per agency.
 * The entities mirror the schema the migrations create and never create it (synchronize stays
 * off); tests/integration/schema-agreement.test.ts proves they agree. A text column whose CHECK
 * lists its values has those values as its row type.
 */
import { EntitySchema } from 'typeorm';
import { references } from './references';

export interface TrainingRow {
  id: string;
  date: string;
  endDate: string | null;
  topic: string;
  organiser: string;
  trainerAgencyId: string | null;
  napPillarId: string | null;
  format: 'in_person' | 'online' | 'blended' | 'study_visit';
  hours: number;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export const TrainingEntity = new EntitySchema<TrainingRow>({
  name: 'Training',
  tableName: 'trainings',
  columns: {
    id: { type: 'text', primary: true },
    date: { type: 'text' },
    endDate: { type: 'text', name: 'end_date', nullable: true },
    topic: { type: 'text' },
    organiser: { type: 'text', default: '' },
    trainerAgencyId: { type: 'text', name: 'trainer_agency_id', nullable: true },
    napPillarId: { type: 'text', name: 'nap_pillar_id', nullable: true },
    format: { type: 'text' },
    hours: { type: 'real', default: 0 },
    notes: { type: 'text', default: '' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
  checks: [
    { expression: "date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'" },
    {
      expression:
        "(end_date IS NULL OR end_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]') AND (end_date IS NULL OR end_date >= date)",
    },
    { expression: 'length(topic) BETWEEN 1 AND 300' },
    { expression: "format IN ('in_person','online','blended','study_visit')" },
    { expression: 'hours >= 0 AND hours <= 1000' },
  ],
  indices: [
    { name: 'trainings_date', columns: ['date'] },
    { name: 'trainings_pillar', columns: ['napPillarId', 'date'] },
    { name: 'trainings_trainer_agency', columns: ['trainerAgencyId'] },
  ],
  foreignKeys: [
    references('Agency', 'trainerAgencyId'),
    references('NapPillar', 'napPillarId', 'SET NULL'),
  ],
});

export interface TrainingAgencyRow {
  trainingId: string;
  agencyId: string;
  female: number;
  male: number;
  other: number;
}

export const TrainingAgencyEntity = new EntitySchema<TrainingAgencyRow>({
  name: 'TrainingAgency',
  tableName: 'training_agencies',
  withoutRowid: true,
  columns: {
    trainingId: { type: 'text', name: 'training_id', primary: true },
    agencyId: { type: 'text', name: 'agency_id', primary: true },
    female: { type: 'integer', default: 0 },
    male: { type: 'integer', default: 0 },
    other: { type: 'integer', default: 0 },
  },
  checks: [
    { expression: 'female >= 0' },
    { expression: 'male >= 0' },
    { expression: 'other >= 0' },
  ],
  indices: [{ name: 'training_agencies_agency', columns: ['agencyId'] }],
  foreignKeys: [references('Training', 'trainingId', 'CASCADE'), references('Agency', 'agencyId')],
});

export const TRAININGS_ENTITIES = [TrainingEntity, TrainingAgencyEntity];
