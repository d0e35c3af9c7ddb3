/**
 * The "New action" dialog of a meeting page, pre-filled with its origin: this meeting and, when
 * opened from one, the agenda item and the decision. Creating it refreshes the Actions tab, the
 * action lists, the dashboard and the meetings' action reviews (see useActionMutation).
 */
import { useState } from 'react';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { ActionFormModal } from '../../components/actions/ActionFormModal';

export interface ActionOrigin {
  agendaItemId?: string | null;
  decisionId?: string | null;
}

export function useAddActionDialog(meeting: MeetingDetail) {
  const [origin, setOrigin] = useState<ActionOrigin | null>(null);
  const dialog = (
    <ActionFormModal
      opened={origin !== null}
      action={null}
      preset={{
        meetingId: meeting.id,
        agendaItemId: origin?.agendaItemId ?? '',
        decisionId: origin?.decisionId ?? '',
      }}
      onClose={() => setOrigin(null)}
    />
  );
  return { open: (from: ActionOrigin = {}) => setOrigin(from), dialog };
}
