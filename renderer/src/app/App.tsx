/** The whole renderer: providers around the gate that picks a screen from the workspace state. */
import { WorkspaceGate } from './WorkspaceGate';
import { AppProviders } from './AppProviders';

export function App() {
  return (
    <AppProviders>
      <WorkspaceGate />
    </AppProviders>
  );
}
