/** Records the end-to-end tests put in place through the core's API before the user steps in. */
import { rpcCall, type HostInfo } from '../fixtures/hostProcess';

/** One call to the core; a refusal fails the test with the core's answer. */
export async function api(host: HostInfo, channel: string, input: unknown) {
  const { body } = await rpcCall(host, channel, input);
  if (body.ok !== true) throw new Error(`${channel} failed: ${JSON.stringify(body)}`);
  return body.result as { id: string };
}

/**
 * Three member agencies (ATS, RPC, SHS) and the national task force (code TF, majority quorum:
 * 2 of 3).
 */
export async function seedRegister(host: HostInfo) {
  const agencyIds: string[] = [];
  for (const [name, acronym, kind] of [
    ['Anti-Trafficking Secretariat', 'ATS', 'ministry'],
    ['Regional Police Command', 'RPC', 'law_enforcement'],
    ['Safe Haven Shelter', 'SHS', 'ngo'],
  ]) {
    agencyIds.push((await api(host, 'agencies:create', { name, acronym, kind })).id);
  }
  const body = await api(host, 'bodies:create', {
    name: 'National Task Force',
    code: 'TF',
    kind: 'national_task_force',
    memberAgencyIds: agencyIds,
    quorum: { kind: 'majority' },
  });
  return { agencyIds, bodyId: body.id };
}
