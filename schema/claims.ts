import { sql } from 'drizzle-orm';
import { pgTable, text, integer, bigint, date, index, check, uniqueIndex, timestamp, jsonb, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, fen, oneOf } from './columns';
import {
  CARE_FORMS, CLAIM_CHANNELS, CLAIM_KINDS, CLAIM_STATUSES, PAYERS, SETTLEMENT_KINDS,
  type CareForm, type ClaimChannel, type ClaimKind, type ClaimStatus, type Payer, type SettlementKind,
} from './domain-values';
import { households, policyholders } from './people';
import { policies } from './policies';
import { users } from './users';

/**
 * A claim for one hospital stay (INPATIENT) or one month of long-term care. The external number is
 * unique per hospital, so a resubmission finds the existing claim instead of creating a second one.
 */
export const claims = pgTable(
  'claims',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    countyCode: text('county_code').notNull(),
    kind: text('kind').$type<ClaimKind>().notNull(),
    status: text('status').$type<ClaimStatus>().notNull().default('SUBMITTED'),
    /** 1 for the green channel (vulnerable categories): sorts first in the review queue. */
    priority: integer('priority').notNull().default(0),
    /** Optimistic concurrency for transitions: a stale version is refused with CONFLICT. */
    version: integer('version').notNull().default(1),
    externalNo: text('external_no').notNull(),
    channel: text('channel').$type<ClaimChannel>().notNull().default('HOSPITAL'),
    policyholderId: bigint('policyholder_id', { mode: 'number' })
      .notNull()
      .references(() => policyholders.id),
    householdId: bigint('household_id', { mode: 'number' }).references(() => households.id),
    policyId: bigint('policy_id', { mode: 'number' }).references(() => policies.id),
    hospitalName: text('hospital_name').notNull(),
    hospitalLevel: integer('hospital_level'),
    hospitalCountyCode: text('hospital_county_code').notNull(),
    admissionDate: date('admission_date', { mode: 'string' }).notNull(),
    dischargeDate: date('discharge_date', { mode: 'string' }).notNull(),
    /** The date whose rules, category and accumulator year apply: the discharge date. */
    serviceDate: date('service_date', { mode: 'string' }).notNull(),
    diagnosisCode: text('diagnosis_code').notNull(),
    totalFen: fen('total_fen').notNull(),
    inPolicyFen: fen('in_policy_fen').notNull(),
    basicPaidFen: fen('basic_paid_fen'),
    careGrade: integer('care_grade'),
    careForm: text('care_form').$type<CareForm>(),
    careDays: integer('care_days'),
    rejectReasonCode: text('reject_reason_code'),
    note: text('note'),
    submittedBy: integer('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    approvedBy: integer('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'date' }),
    secondApprovedBy: integer('second_approved_by').references(() => users.id),
    settledAt: timestamp('settled_at', { withTimezone: true, mode: 'date' }),
    paidAt: timestamp('paid_at', { withTimezone: true, mode: 'date' }),
    /** For a claim filed to correct a reversed settlement: the claim it replaces. */
    correctsClaimId: bigint('corrects_claim_id', { mode: 'number' }).references((): AnyPgColumn => claims.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('claims_hospital_external_no_key').on(t.hospitalCountyCode, t.hospitalName, t.externalNo),
    index('claims_county_idx').on(t.countyCode, t.id),
    index('claims_review_queue_idx').on(t.countyCode, t.status, t.priority, t.submittedAt),
    index('claims_policyholder_idx').on(t.policyholderId, t.serviceDate),
    check('claims_kind_check', oneOf(t.kind, CLAIM_KINDS)),
    check('claims_status_check', oneOf(t.status, CLAIM_STATUSES)),
    check('claims_channel_check', oneOf(t.channel, CLAIM_CHANNELS)),
    check('claims_care_form_check', sql`${t.careForm} is null or ${oneOf(t.careForm, CARE_FORMS)}`),
    check(
      'claims_amounts_check',
      sql`${t.totalFen} >= 0 and ${t.inPolicyFen} >= 0 and ${t.inPolicyFen} <= ${t.totalFen}
          and (${t.basicPaidFen} is null or (${t.basicPaidFen} >= 0 and ${t.basicPaidFen} <= ${t.inPolicyFen}))`,
    ),
    check('claims_hospital_level_check', sql`${t.hospitalLevel} is null or ${t.hospitalLevel} between 1 and 3`),
    check('claims_dates_check', sql`${t.dischargeDate} >= ${t.admissionDate}`),
    check('claims_rejection_check', sql`${t.status} <> 'REJECTED' or ${t.rejectReasonCode} is not null`),
  ],
);

/**
 * The split of a settled claim between the payers. Immutable: a correction is a REVERSAL row (same
 * amounts, opposite meaning) followed by a new claim. Amounts add up to the total (checked).
 */
export const settlements = pgTable(
  'settlements',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    countyCode: text('county_code').notNull(),
    claimId: bigint('claim_id', { mode: 'number' })
      .notNull()
      .references(() => claims.id),
    kind: text('kind').$type<SettlementKind>().notNull().default('SETTLEMENT'),
    reversesSettlementId: bigint('reverses_settlement_id', { mode: 'number' }).references((): AnyPgColumn => settlements.id),
    serviceYear: integer('service_year').notNull(),
    basicFen: fen('basic_fen').notNull(),
    criticalIllnessFen: fen('critical_illness_fen').notNull(),
    assistanceFen: fen('assistance_fen').notNull(),
    preventPovertyFen: fen('prevent_poverty_fen').notNull(),
    longTermCareFen: fen('long_term_care_fen').notNull(),
    selfPayFen: fen('self_pay_fen').notNull(),
    totalFen: fen('total_fen').notNull(),
    /** The product versions whose rules were applied, by kind: { CRITICAL_ILLNESS: 12, … }. */
    productVersionIds: jsonb('product_version_ids').notNull(),
    /** The accumulator movements applied with this settlement (undone by its reversal). */
    accumulatorDeltas: jsonb('accumulator_deltas').notNull(),
    reason: text('reason'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('settlements_claim_kind_key').on(t.claimId, t.kind),
    index('settlements_county_idx').on(t.countyCode, t.serviceYear, t.id),
    check('settlements_kind_check', oneOf(t.kind, SETTLEMENT_KINDS)),
    check(
      'settlements_amounts_check',
      sql`${t.basicFen} >= 0 and ${t.criticalIllnessFen} >= 0 and ${t.assistanceFen} >= 0
          and ${t.preventPovertyFen} >= 0 and ${t.longTermCareFen} >= 0 and ${t.selfPayFen} >= 0
          and ${t.basicFen} + ${t.criticalIllnessFen} + ${t.assistanceFen} + ${t.preventPovertyFen}
              + ${t.longTermCareFen} + ${t.selfPayFen} = ${t.totalFen}`,
    ),
    check('settlements_reversal_check', sql`(${t.kind} = 'REVERSAL') = (${t.reversesSettlementId} is not null)`),
  ],
);

/** One explanation line of a settlement: what a clerk reads aloud to the patient. */
export const settlementLines = pgTable(
  'settlement_lines',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    countyCode: text('county_code').notNull(),
    settlementId: bigint('settlement_id', { mode: 'number' })
      .notNull()
      .references(() => settlements.id),
    seq: integer('seq').notNull(),
    payer: text('payer').$type<Payer>().notNull(),
    band: integer('band'),
    baseFen: fen('base_fen').notNull(),
    rateBp: integer('rate_bp'),
    /** May be negative: e.g. "already paid earlier this year" lines, so a payer's lines sum to its amount. */
    amountFen: fen('amount_fen').notNull(),
    fhirCategory: text('fhir_category').notNull(),
    textZh: text('text_zh').notNull(),
    textEn: text('text_en').notNull(),
  },
  (t) => [
    uniqueIndex('settlement_lines_settlement_seq_key').on(t.settlementId, t.seq),
    check('settlement_lines_payer_check', oneOf(t.payer, PAYERS)),
    check('settlement_lines_rate_check', sql`${t.rateBp} is null or ${t.rateBp} between 0 and 10000`),
  ],
);
