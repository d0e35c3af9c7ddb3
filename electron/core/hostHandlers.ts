/** The host slice: capabilities the running host lends the core (e.g. a native folder picker). */
import type { hostContract } from '../../shared/contract/host';
import { DomainError } from '../../shared/errors';
import type { HandlerSlice } from './handlers';

export interface HostServices {
  /** The native folder picker; resolves to null when the user cancels. */
  pickFolder?: (title: string | undefined) => Promise<string | null>;
}

export function hostHandlers(services: HostServices): HandlerSlice<keyof typeof hostContract> {
  return {
    'host:capabilities': () => ({ pickFolder: services.pickFolder !== undefined }),
    'host:pickFolder': async ({ title }) => {
      if (!services.pickFolder) {
        throw new DomainError(
          'VALIDATION',
          'This host has no folder picker: type the folder path.',
        );
      }
      return { path: await services.pickFolder(title) };
    },
  };
}
