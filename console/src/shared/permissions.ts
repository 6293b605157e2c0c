import { usePermissions } from 'react-admin';
import type { Role } from '../../../schema/domain-values';
import { readSession } from '../session';

/** Who may change what, as the API enforces it (the console only hides what the server would refuse). */
export const canEditRegions = (role: Role | null | undefined): boolean => role === 'ADMIN';
export const canEditPeople = (role: Role | null | undefined): boolean => role === 'ADMIN' || role === 'AGENT';

export function useRole(): Role | undefined {
  const { permissions } = usePermissions<Role>();
  return permissions ?? undefined;
}

/** The counties of the signed-in user; `all` when they see every county. */
export function useCountyScope(): { all: boolean; countyCodes: string[] } {
  const user = readSession()?.user;
  return { all: user?.allCounties ?? false, countyCodes: user?.countyCodes ?? [] };
}
