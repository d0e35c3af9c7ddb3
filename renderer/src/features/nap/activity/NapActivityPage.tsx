/** One NAP activity: details, indicators over time, progress-update history, linked actions. */
import { useParams } from 'react-router';
import { LinkedActions } from './LinkedActions';

export function NapActivityPage() {
  const { activityId = '' } = useParams();
  return <LinkedActions activityId={activityId} />;
}
