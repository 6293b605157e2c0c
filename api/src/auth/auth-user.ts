import type { Role } from '../../../schema/domain-values';

/** The signed-in member of staff, as every service sees them. */
export interface AuthUser {
  id: number;
  username: string;
  role: Role;
  /** True when the user may see every county; otherwise exactly `countyCodes`. */
  allCounties: boolean;
  countyCodes: string[];
  servicePointId: number | null;
}
