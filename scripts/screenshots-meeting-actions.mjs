// The README's meeting-page screenshot with its Actions tab: three actions agreed at the upcoming
// meeting (one under an agenda item and its decision, one under another item, one on its own),
// shown as the secretariat sees them. Called by scripts/screenshots.mjs.

/**
 * @param {{ page: import('@playwright/test').Page, rpc: (channel: string, input: unknown) => Promise<any>,
 *   shot: (name: string, fullPage?: boolean) => Promise<unknown>, meeting: any, decision: any,
 *   agencies: any[] }} context
 */
export async function shootMeetingActions({ page, rpc, shot, meeting, decision, agencies }) {
  const item = (kind) => meeting.agenda.find((i) => i.kind === kind);
  const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  for (const [title, owner, agendaItemId, decisionId, due, priority] of [
    [
      'Send the first anonymised referral data extract',
      agencies[1],
      item('review_of_action_items').id,
      decision.id,
      21,
      'high',
    ],
    [
      'Propose three indicators for the protection pillar',
      agencies[3],
      item('nap_progress').id,
      null,
      45,
      'medium',
    ],
    ['Circulate the updated list of focal points', agencies[0], null, null, 14, 'low'],
  ]) {
    await rpc('actions:create', {
      meetingId: meeting.id,
      agendaItemId,
      decisionId,
      title,
      ownerAgencyId: owner.id,
      dueDate: inDays(due),
      priority,
    });
  }
  await page.getByRole('navigation').getByRole('link', { name: 'Meetings', exact: true }).click();
  await page.getByRole('link', { name: meeting.title }).click();
  await page.getByRole('tab', { name: 'Actions' }).click();
  await page
    .getByRole('table', { name: 'Actions agreed at this meeting' })
    .getByRole('row')
    .nth(3)
    .waitFor();
  await shot('meetings-actions', true);
}
