/**
 * The order of the meeting's Actions tab: by the agenda item each action was agreed under, then
 * in entry order; actions agreed under no item (or an item since removed) come last.
 */
export function inAgendaOrder<A extends { agendaItemId: string | null }>(
  agenda: readonly { id: string }[],
  actions: readonly A[],
): A[] {
  const position = new Map(agenda.map((item, i) => [item.id, i]));
  const rank = (a: A) =>
    (a.agendaItemId ? position.get(a.agendaItemId) : undefined) ?? agenda.length;
  // Array.prototype.sort is stable: equal ranks keep entry order.
  return [...actions].sort((a, b) => rank(a) - rank(b));
}
