/**
 * The whole contract: every channel of every domain. Adding a domain = adding its slice here;
 * the core's handler map then fails to compile until each new channel has a handler.
 */
import type { z } from 'zod';
import type { ChannelSpec } from './define';
import { actionsContract } from './actions';
import { agenciesContract } from './agencies';
import { agreementsContract } from './agreements';
import { auditContract } from './audit';
import { backupContract } from './backup';
import { bodiesContract } from './bodies';
import { caseMeetingsContract, caseStatisticsContract, casesContract } from './cases';
import { exportsContract } from './exports';
import { hostContract } from './host';
import { dashboardContract } from './dashboard';
import { demoContract } from './demo';
import { meetingsContract } from './meetings';
import { napContract } from './nap';
import { napLinksContract } from './napLinks';
import { napReportContract } from './napReport';
import { privacyContract } from './privacy';
import { roundTripContract } from './roundTrip';
import { trainingsContract } from './trainings';
import { searchContract } from './search';
import { workspaceContract } from './workspace';

export const contract = {
  ...workspaceContract,
  ...agenciesContract,
  ...bodiesContract,
  ...meetingsContract,
  ...exportsContract,
  ...hostContract,
  ...actionsContract,
  ...dashboardContract,
  ...auditContract,
  ...backupContract,
  ...demoContract,
  ...privacyContract,
  ...napContract,
  ...napLinksContract,
  ...napReportContract,
  ...casesContract,
  ...caseStatisticsContract,
  ...caseMeetingsContract,
  ...agreementsContract,
  ...trainingsContract,
  ...searchContract,
  ...roundTripContract,
} satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What a caller passes (before zod defaults/transforms). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
/** What a handler returns / a caller receives. */
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/**
 * Events pushed from the core to the UI through window.coordina.on. `data:changed` follows
 * every committed write, with what it changed (changes.ts).
 */
export const EVENT_NAMES = ['workspace:changed', 'exports:progress', 'data:changed'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export { channel } from './define';
export type { ChannelSpec } from './define';
