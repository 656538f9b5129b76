import { useCallback, useEffect, useState } from 'react';
import { api, type Schemas } from '../api/client';

export type Membership = Schemas['MyOrganisationDto'];

export type OrganisationState =
  { status: 'loading' } | { status: 'failed' } | { status: 'none' } | { status: 'ready'; membership: Membership };

/**
 * The organisation the recruiter works for. A recruiter of several organisations works in the first one
 * here: the API lets such a recruiter name the organisation, the pages do not offer that choice yet.
 */
export function useMyOrganisation(): { state: OrganisationState; reload: () => Promise<void> } {
  const [state, setState] = useState<OrganisationState>({ status: 'loading' });
  const reload = useCallback(async () => {
    const { data } = await api.GET('/api/v1/employers/me');
    if (!data) setState({ status: 'failed' });
    else if (data.length === 0) setState({ status: 'none' });
    else setState({ status: 'ready', membership: data[0] });
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}

/** The API types a few optional dates and numbers loosely; the pages only need their text. */
export function textOf(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}
