/**
 * The one TanStack Query client. Data comes from the local core, so nothing refetches on
 * focus, and expected domain errors (ApiError) are never retried.
 */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !(error instanceof ApiError) && failureCount < 2,
      },
      mutations: {
        // Mutation variables can hold passphrases: forget them as soon as no one watches.
        gcTime: 0,
        retry: false,
      },
    },
  });
}
