// The closed value lists of DOMAIN.md. Stored as text with CHECK constraints (not pg enums) so a new
// value is a one-line migration; the same lists drive the GraphQL enums and the console's choices.

export const REGION_LEVELS = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const CATEGORIES = ['ORDINARY', 'TEKUN', 'DIBAO', 'DIBAO_EDGE', 'MONITORED', 'RELAPSED', 'LIFTED'] as const;
export type Category = (typeof CATEGORIES)[number];

export const PRODUCT_KINDS = ['BASIC', 'CRITICAL_ILLNESS', 'ASSISTANCE', 'PREVENT_POVERTY', 'LONG_TERM_CARE'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const VERSION_STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const CLAIM_KINDS = ['INPATIENT', 'LONG_TERM_CARE'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'APPROVED', 'SETTLED', 'PAID', 'REJECTED', 'REVERSED'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_CHANNELS = ['HOSPITAL', 'SERVICE_POINT', 'COUNTER'] as const;
export type ClaimChannel = (typeof CLAIM_CHANNELS)[number];

export const CARE_FORMS = ['INSTITUTIONAL', 'HOME'] as const;
export type CareForm = (typeof CARE_FORMS)[number];

export const PAYERS = ['BASIC', 'CRITICAL_ILLNESS', 'ASSISTANCE', 'PREVENT_POVERTY', 'LONG_TERM_CARE', 'SELF'] as const;
export type Payer = (typeof PAYERS)[number];

export const SETTLEMENT_KINDS = ['SETTLEMENT', 'REVERSAL'] as const;
export type SettlementKind = (typeof SETTLEMENT_KINDS)[number];

export const ROLES = ['ADMIN', 'PRODUCT_MANAGER', 'CLAIMS_OFFICER', 'CLAIMS_SUPERVISOR', 'COUNTY_LEAD', 'AGENT'] as const;
export type Role = (typeof ROLES)[number];

export const SEXES = ['MALE', 'FEMALE'] as const;
export type Sex = (typeof SEXES)[number];

export const SERVICE_POINT_KINDS = ['BANK', 'WORKSTATION'] as const;
export type ServicePointKind = (typeof SERVICE_POINT_KINDS)[number];

export const POLICY_STATUSES = ['ACTIVE', 'CANCELLED'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

export const CATEGORY_SOURCES = ['ROSTER', 'MANUAL', 'SEED'] as const;
export type CategorySource = (typeof CATEGORY_SOURCES)[number];
