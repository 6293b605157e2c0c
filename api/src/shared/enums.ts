import { registerEnumType } from 'type-graphql';
import {
  CARE_FORMS, CATEGORIES, CLAIM_CHANNELS, CLAIM_KINDS, CLAIM_STATUSES, PAYERS, PRODUCT_KINDS, REGION_LEVELS, ROLES,
  SERVICE_POINT_KINDS, SEXES, VERSION_STATUSES,
} from '../../../schema/domain-values';

/** A GraphQL enum whose values are the strings stored in the database. */
function enumOf<const T extends readonly string[]>(values: T, name: string, description: string) {
  const object = Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
  registerEnumType(object, { name, description });
  return object;
}

export const RoleEnum = enumOf(ROLES, 'Role', 'What a member of staff may do (DOMAIN.md §8).');
export const CategoryEnum = enumOf(CATEGORIES, 'Category', 'Vulnerability category (DOMAIN.md §2).');
export const ProductKindEnum = enumOf(PRODUCT_KINDS, 'ProductKind', 'Kind of product or public schedule.');
export const VersionStatusEnum = enumOf(VERSION_STATUSES, 'VersionStatus', 'DRAFT, PUBLISHED or RETIRED.');
export const ClaimKindEnum = enumOf(CLAIM_KINDS, 'ClaimKind', 'A hospital stay or a month of long-term care.');
export const ClaimStatusEnum = enumOf(CLAIM_STATUSES, 'ClaimStatus', 'Where a claim is in its workflow.');
export const ClaimChannelEnum = enumOf(CLAIM_CHANNELS, 'ClaimChannel', 'Where a claim came from.');
export const CareFormEnum = enumOf(CARE_FORMS, 'CareForm', 'Institutional or home care.');
export const PayerEnum = enumOf(PAYERS, 'Payer', 'Who pays a part of a claim.');
export const RegionLevelEnum = enumOf(REGION_LEVELS, 'RegionLevel', 'Level in the administrative hierarchy.');
export const SexEnum = enumOf(SEXES, 'Sex', 'Sex as recorded in the resident ID.');
export const ServicePointKindEnum = enumOf(SERVICE_POINT_KINDS, 'ServicePointKind', 'Bank service point or medical-insurance workstation.');
