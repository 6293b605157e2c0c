import { claims } from '../../../schema/index';
import type { CareForm, ClaimChannel, ClaimKind, ClaimStatus } from '../../../schema/domain-values';
import type { Executor } from '../db/client';
import { categoryOn, VULNERABLE_CATEGORIES } from '../people/category';
import { formatYuan } from '../settlement/index';
import { addDays, chinaMs, daysBetween, maxDate, monthEnd, monthStart, type DemoClock } from './demo-clock';
import { CARE_DIAGNOSES, CARE_PROVIDERS_BY_COUNTY, DIAGNOSES, HOSPITALS_BY_COUNTY, type Diagnosis, type Hospital } from './hospitals';
import type { PeoplePlan, PersonPlan } from './people';
import { ageOn, type PoliciesPlan } from './policies';
import { Random } from './random';
import { insertReturningInChunks } from './seed-db';

/**
 * About 300 claims of the current year in every county and every status of DOMAIN.md §6, with the
 * timeline of each (who did what, when), planned in memory: mostly hospital stays, some monthly
 * long-term-care claims. Settlement amounts are computed afterwards by the engine (settlements.ts).
 */

export type ClaimAction = 'claim.submit' | 'claim.startReview' | 'claim.approve' | 'claim.reject' | 'claim.settle' | 'claim.pay' | 'claim.reverse';

export interface ClaimEvent {
  action: ClaimAction;
  actor: string;
  atMs: number;
  from: ClaimStatus | null;
  to: ClaimStatus;
  reason: string | null;
}

export interface ClaimPlan {
  key: number;
  countyCode: string;
  kind: ClaimKind;
  status: ClaimStatus;
  priority: number;
  externalNo: string;
  channel: ClaimChannel;
  personKey: number;
  householdKey: number;
  policyKey: number;
  hospitalName: string;
  hospitalLevel: 1 | 2 | 3 | null;
  hospitalCountyCode: string;
  admissionDate: string;
  dischargeDate: string;
  serviceDate: string;
  diagnosisCode: string;
  totalFen: number;
  inPolicyFen: number;
  /** Filled in by the settlement pass for claims whose hospital reports basic insurance's figure. */
  basicPaidFen: number | null;
  reportsBasicPaid: boolean;
  careGrade: number | null;
  careForm: CareForm | null;
  careDays: number | null;
  rejectReasonCode: string | null;
  note: string | null;
  /** For a REVERSED claim: why its settlement was reversed. */
  reversalReason: string | null;
  /** For a corrective claim: the key of the reversed claim it replaces. */
  correctsKey: number | null;
  events: ClaimEvent[];
}

/** Claims above this claimed total need a second approver (four eyes, DOMAIN.md §6). */
export const SECOND_APPROVAL_ABOVE_FEN = 5_000_000;
const FIRST_OF_TWO_APPROVALS = `初审通过，金额超过 ${formatYuan(SECOND_APPROVAL_ABOVE_FEN)} 元，提交第二人复核`;

const INPATIENT_CLAIMS_BY_COUNTY: Record<string, number> = { '513428': 86, '371728': 62, '371503': 46, '360402': 42 };

const EVERY_STATUS: ClaimStatus[] = ['SUBMITTED', 'IN_REVIEW', 'APPROVED', 'SETTLED', 'PAID', 'REJECTED', 'REVERSED'];
const STATUS_WEIGHTS: Record<ClaimStatus, number> = { PAID: 60, SETTLED: 7, APPROVED: 5, IN_REVIEW: 7, SUBMITTED: 7, REJECTED: 8, REVERSED: 2.5 };

const REJECTIONS: { code: string; notes: string[]; weight: number }[] = [
  {
    code: 'NOT_COVERED',
    weight: 3,
    notes: [
      '外伤由第三方（交通事故对方）承担赔偿责任，不属于医保基金支付范围。',
      '本次住院主要为医疗美容项目，不属于保障范围。',
      '住院期间费用全部为政策范围外项目，无可报销金额。',
    ],
  },
  {
    code: 'DUPLICATE',
    weight: 2,
    notes: ['同一次住院已在医院一站式结算，重复提交。', '与本人同期另一笔理赔的住院日期重叠，疑似重复申报。'],
  },
  {
    code: 'MISSING_DOCUMENTS',
    weight: 3,
    notes: ['缺少出院小结和费用明细清单，请补齐后重新提交。', '发票原件缺失，仅提供复印件，请补充后重新申请。', '缺少户口簿及身份证复印件，无法核实身份。'],
  },
];

const REVERSAL_REASONS = [
  '医院上传的费用明细有重复计费项目，冲正后按更正后的清单重新结算。',
  '基本医保支付金额以医保平台回传数据为准，原结算有误，冲正重算。',
  '医院更正了政策范围内费用的划分，冲正后重新结算。',
  '出院结算单金额录入错误，冲正后按医院重新出具的结算单重新结算。',
];

const LEVEL_COST_FACTOR: Record<1 | 2 | 3, number> = { 1: 0.6, 2: 1.0, 3: 1.5 };
const IN_POLICY_SHARE: Record<1 | 2 | 3, [number, number]> = { 1: [0.88, 0.95], 2: [0.8, 0.93], 3: [0.7, 0.88] };

/** Who handles a county's claims: the officer for her two counties, the supervisor elsewhere. */
export function handlerOf(countyCode: string): string {
  return countyCode === '513428' || countyCode === '371728' ? 'officer' : 'supervisor';
}

/** The second pair of eyes: the supervisor, or the admin when the supervisor handled the claim. */
function secondApproverOf(countyCode: string): string {
  return handlerOf(countyCode) === 'officer' ? 'supervisor' : 'admin';
}

interface Context {
  random: Random;
  clock: DemoClock;
  people: PeoplePlan;
  policies: PoliciesPlan;
  claims: ClaimPlan[];
}

export function planClaims(clock: DemoClock, people: PeoplePlan, policies: PoliciesPlan): ClaimPlan[] {
  const ctx: Context = { random: new Random(0x5eed_0003), clock, people, policies, claims: [] };
  for (const [countyCode, count] of Object.entries(INPATIENT_CLAIMS_BY_COUNTY)) planInpatientClaims(ctx, countyCode, count);
  // Long-term care draws from its own stream, so adding months as the year goes on changes no hospital stay.
  planLongTermCareClaims({ ...ctx, random: new Random(0x5eed_0004) });
  numberClaims(ctx);
  return ctx.claims;
}

// ---------------------------------------------------------------------------------------------
// Hospital stays

function planInpatientClaims(ctx: Context, countyCode: string, count: number): void {
  const { random, clock, people } = ctx;
  const residents = people.people.filter((p) => p.countyCode === countyCode);
  const weights = residents.map((p) => admissionWeight(p, clock));
  const windowDays = daysBetween(clock.firstDay, clock.lastServiceDate);

  for (let slot = 0; slot < count; slot++) {
    const status = slot < EVERY_STATUS.length ? EVERY_STATUS[slot] : random.weighted(STATUS_WEIGHTS);
    const person = residents[pickIndex(random, weights)];
    const age = ageOn(person.birthDate, clock.firstDay);
    const diagnosis = pickDiagnosis(random, age, person);
    const hospital = pickHospital(random, countyCode, diagnosis);
    // Open claims are recent; closed ones spread over the year, leaving room for their whole timeline.
    const recentDays: Partial<Record<ClaimStatus, [number, number]>> = { SUBMITTED: [0, 5], IN_REVIEW: [1, 10], APPROVED: [2, 14], SETTLED: [3, 18] };
    const range = recentDays[status];
    const fraction = random.next();
    const discharge = range
      ? maxDate(clock.firstDay, addDays(clock.lastServiceDate, -random.int(range[0], range[1])))
      : addDays(clock.firstDay, Math.floor(fraction * Math.max(0, windowDays - 10)));
    const stay = makeStay(random, diagnosis, hospital, person, discharge);
    const claim = addInpatientClaim(ctx, person, hospital, diagnosis, stay, status);

    if (status === 'PAID' && diagnosis.recurring && random.chance(0.45)) {
      // Chemotherapy cycles and repeated admissions: more stays of the same person, a month or so apart.
      let previous = discharge;
      for (let more = random.int(1, 3); more > 0; more--) {
        const next = addDays(previous, random.int(21, 42));
        if (next > addDays(clock.lastServiceDate, -10)) break;
        addInpatientClaim(ctx, person, hospital, diagnosis, makeStay(random, diagnosis, hospital, person, next), 'PAID');
        previous = next;
      }
    }
    if (status === 'REVERSED') addCorrectiveClaim(ctx, claim);
  }
}

function admissionWeight(person: PersonPlan, clock: DemoClock): number {
  const age = ageOn(person.birthDate, clock.firstDay);
  const byAge = age < 5 ? 0.8 : age < 18 ? 0.3 : age < 45 ? 0.5 : age < 60 ? 1 : age < 75 ? 2 : 2.6;
  const vulnerable = VULNERABLE_CATEGORIES.includes(categoryOn(person.periods, clock.lastServiceDate));
  return byAge * (vulnerable ? 1.4 : 1);
}

function pickIndex(random: Random, weights: number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let roll = random.next() * total;
  for (let i = 0; i < weights.length; i++) {
    roll -= weights[i];
    if (roll < 0) return i;
  }
  return weights.length - 1;
}

function pickDiagnosis(random: Random, age: number, person: PersonPlan): Diagnosis {
  const eligible = DIAGNOSES.filter((d) => age >= d.minAge && age <= d.maxAge && (!d.sex || d.sex === person.sex));
  return eligible[pickIndex(random, eligible.map((d) => d.weight))];
}

function pickHospital(random: Random, countyCode: string, diagnosis: Diagnosis): Hospital {
  const level = (1 + pickIndex(random, diagnosis.levels)) as 1 | 2 | 3;
  const hospitals = HOSPITALS_BY_COUNTY[countyCode];
  const provincial = level === 3 && diagnosis.severe && random.chance(0.3);
  const candidates = hospitals.filter((h) => h.level === level && Boolean(h.provincial) === provincial);
  return random.pick(candidates.length > 0 ? candidates : hospitals.filter((h) => h.level === level));
}

interface Stay {
  admissionDate: string;
  dischargeDate: string;
  totalFen: number;
  inPolicyFen: number;
}

function makeStay(random: Random, diagnosis: Diagnosis, hospital: Hospital, person: PersonPlan, discharge: string): Stay {
  const days = Math.max(1, Math.round(diagnosis.stayDays * Math.exp(0.35 * normal(random))));
  const admission = maxDate(person.birthDate, addDays(discharge, -days));
  // Lognormal around the typical cost, dearer in bigger hospitals, with a heavy tail of complications.
  let yuan = diagnosis.typicalYuan * LEVEL_COST_FACTOR[hospital.level] * (hospital.provincial ? 1.3 : 1) * Math.exp(0.5 * normal(random));
  if (random.chance(0.035)) yuan *= 4 + 8 * random.next();
  // The demo's stays cost 3,000 to 400,000 yuan: cheaper ones are not worth browsing.
  if (yuan < 3_000) yuan = 3_000 + 2_000 * random.next();
  yuan = Math.min(399_999, yuan);
  const totalFen = Math.round(yuan) * 100 + random.int(0, 99);
  const [low, high] = IN_POLICY_SHARE[hospital.level];
  const inPolicyFen = Math.round(totalFen * (low + (high - low) * random.next()));
  return { admissionDate: admission, dischargeDate: discharge, totalFen, inPolicyFen };
}

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function addInpatientClaim(ctx: Context, person: PersonPlan, hospital: Hospital, diagnosis: Diagnosis, stay: Stay, status: ClaimStatus): ClaimPlan {
  const { random } = ctx;
  const outOfCounty = hospital.countyCode !== person.countyCode;
  const channel: ClaimChannel = random.chance(outOfCounty ? 0.4 : 0.7)
    ? 'HOSPITAL'
    : person.countyCode === '513428' && random.chance(0.6)
      ? 'SERVICE_POINT'
      : 'COUNTER';
  const claim = baseClaim(ctx, person, 'CRITICAL_ILLNESS', {
    kind: 'INPATIENT',
    status,
    channel,
    hospitalName: hospital.name,
    hospitalLevel: hospital.level,
    hospitalCountyCode: hospital.countyCode,
    admissionDate: stay.admissionDate,
    dischargeDate: stay.dischargeDate,
    diagnosisCode: diagnosis.code,
    totalFen: stay.totalFen,
    inPolicyFen: stay.inPolicyFen,
    // In one-stop settlement the medical-insurance platform often reports what basic insurance paid.
    reportsBasicPaid: channel === 'HOSPITAL' && random.chance(0.3),
  });
  if (status === 'REJECTED') reject(ctx, claim);
  claim.events = timeline(ctx, claim, status === 'REJECTED' ? rejectionSteps(random) : stepsTo(status));
  if (status === 'REVERSED') claim.reversalReason = random.pick(REVERSAL_REASONS);
  ctx.claims.push(claim);
  return claim;
}

/** The claim filed again after a reversal: the same stay with corrected amounts, settled anew. */
function addCorrectiveClaim(ctx: Context, reversed: ClaimPlan): void {
  const { random } = ctx;
  const person = ctx.people.people[reversed.personKey];
  // Usually a little less (a duplicated item removed), never below the smallest stay of the demo.
  const totalFen = Math.max(Math.min(reversed.totalFen, 300_000), reversed.totalFen - Math.round(reversed.totalFen * (0.01 + 0.07 * random.next())));
  const inPolicyFen = Math.min(totalFen, reversed.inPolicyFen - Math.round(reversed.inPolicyFen * 0.06 * random.next()));
  const claim = baseClaim(ctx, person, 'CRITICAL_ILLNESS', {
    kind: 'INPATIENT',
    status: random.chance(0.6) ? 'PAID' : 'SETTLED',
    channel: 'COUNTER',
    hospitalName: reversed.hospitalName,
    hospitalLevel: reversed.hospitalLevel,
    hospitalCountyCode: reversed.hospitalCountyCode,
    admissionDate: reversed.admissionDate,
    dischargeDate: reversed.dischargeDate,
    diagnosisCode: reversed.diagnosisCode,
    totalFen,
    inPolicyFen,
    reportsBasicPaid: false,
  });
  claim.correctsKey = reversed.key;
  claim.events = correctiveTimeline(ctx, reversed, claim);
  ctx.claims.push(claim);
}

// ---------------------------------------------------------------------------------------------
// Long-term care: one claim per person per calendar month of care

function planLongTermCareClaims(ctx: Context): void {
  const { random, clock, people, policies } = ctx;
  const months = careMonths(clock);
  const countiesWithCare = new Set<string>();
  for (const policy of policies.policies) {
    if (policy.kind !== 'LONG_TERM_CARE' || policy.personKey === null) continue;
    const person = people.people[policy.personKey];
    const first = !countiesWithCare.has(person.countyCode);
    // Most insured are not disabled; a few have been assessed and receive care.
    if (!first && !random.chance(0.08)) continue;
    countiesWithCare.add(person.countyCode);
    const grade = Number(random.weighted({ '1': 40, '2': 35, '3': 25 }));
    const careForm: CareForm = random.chance(0.6) ? 'HOME' : 'INSTITUTIONAL';
    const dailyYuan = careForm === 'INSTITUTIONAL' ? random.int(120, 165) : random.int(70, 110);
    const diagnosisCode = random.pick(CARE_DIAGNOSES);
    // Some were in care before this year; others were assessed during it.
    const windowDays = daysBetween(clock.firstDay, clock.lastServiceDate);
    const careStart = random.chance(0.3) ? clock.firstDay : addDays(clock.firstDay, Math.floor((0.25 + 0.65 * random.next()) * windowDays));
    const provider = CARE_PROVIDERS_BY_COUNTY[person.countyCode][careForm];
    const ltcPolicyKey = policies.byHolder.get(`LONG_TERM_CARE/${person.key}`)!;

    months.forEach(({ start, end }, i) => {
      if (end < careStart) return;
      const admission = maxDate(start, careStart);
      const [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
      // A few days in hospital now and then are not care days.
      const days = daysBetween(admission, end) + 1 - (random.chance(0.15) ? random.int(2, 6) : 0);
      if (days <= 0) return;
      const costFen = (days * dailyYuan + random.int(-40, 40)) * 100 + random.int(0, 99);
      const latest = i === months.length - 1;
      const status: ClaimStatus = latest
        ? random.weighted({ SUBMITTED: 3, IN_REVIEW: 3, APPROVED: 2, SETTLED: 2, PAID: 4 })
        : random.chance(0.04)
          ? 'REJECTED'
          : 'PAID';
      const claim = baseClaim(ctx, person, 'LONG_TERM_CARE', {
        kind: 'LONG_TERM_CARE',
        status,
        channel: careForm === 'INSTITUTIONAL' ? 'HOSPITAL' : person.countyCode === '513428' ? 'SERVICE_POINT' : 'COUNTER',
        hospitalName: provider,
        hospitalLevel: null,
        hospitalCountyCode: person.countyCode,
        admissionDate: admission,
        dischargeDate: end,
        diagnosisCode,
        totalFen: costFen,
        inPolicyFen: costFen,
        reportsBasicPaid: false,
      });
      claim.policyKey = ltcPolicyKey;
      claim.careGrade = grade;
      claim.careForm = careForm;
      claim.careDays = days;
      if (status === 'REJECTED') {
        claim.rejectReasonCode = 'MISSING_DOCUMENTS';
        claim.note = `${year}年${month}月护理服务记录不全，请护理机构补充签字后重新提交。`;
      }
      claim.events = timeline(ctx, claim, status === 'REJECTED' ? rejectionSteps(random) : stepsTo(status));
      ctx.claims.push(claim);
    });
  }
}

/** The care months of the year that can be claimed: complete months; in January, the month so far. */
function careMonths(clock: DemoClock): { start: string; end: string }[] {
  const last = clock.lastServiceDate;
  const lastMonth = Number(last.slice(5, 7));
  const lastComplete = last === monthEnd(clock.year, lastMonth) ? lastMonth : lastMonth - 1;
  if (lastComplete === 0) return [{ start: clock.firstDay, end: last }];
  return Array.from({ length: lastComplete }, (_, i) => ({ start: monthStart(clock.year, i + 1), end: monthEnd(clock.year, i + 1) }));
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

type ClaimFields = Pick<
  ClaimPlan,
  | 'kind'
  | 'status'
  | 'channel'
  | 'hospitalName'
  | 'hospitalLevel'
  | 'hospitalCountyCode'
  | 'admissionDate'
  | 'dischargeDate'
  | 'diagnosisCode'
  | 'totalFen'
  | 'inPolicyFen'
  | 'reportsBasicPaid'
>;

function baseClaim(ctx: Context, person: PersonPlan, policyKind: 'CRITICAL_ILLNESS' | 'LONG_TERM_CARE', fields: ClaimFields): ClaimPlan {
  const vulnerable = VULNERABLE_CATEGORIES.includes(categoryOn(person.periods, fields.dischargeDate));
  return {
    key: ctx.claims.length,
    countyCode: person.countyCode,
    priority: vulnerable ? 1 : 0,
    externalNo: '',
    personKey: person.key,
    householdKey: person.householdKey,
    policyKey: ctx.policies.byHolder.get(`${policyKind}/${person.key}`)!,
    serviceDate: fields.dischargeDate,
    basicPaidFen: null,
    careGrade: null,
    careForm: null,
    careDays: null,
    rejectReasonCode: null,
    note: null,
    reversalReason: null,
    correctsKey: null,
    events: [],
    ...fields,
  };
}

function reject(ctx: Context, claim: ClaimPlan): void {
  const reason = ctx.random.weighted(Object.fromEntries(REJECTIONS.map((r) => [r.code, r.weight])));
  claim.rejectReasonCode = reason;
  claim.note = ctx.random.pick(REJECTIONS.find((r) => r.code === reason)!.notes);
}

type Step = 'submit' | 'startReview' | 'approve' | 'settle' | 'pay' | 'reject' | 'reverse';

function stepsTo(status: ClaimStatus): Step[] {
  const path: Step[] = ['submit', 'startReview', 'approve', 'settle'];
  switch (status) {
    case 'SUBMITTED':
      return ['submit'];
    case 'IN_REVIEW':
      return ['submit', 'startReview'];
    case 'APPROVED':
      return ['submit', 'startReview', 'approve'];
    case 'SETTLED':
      return path;
    case 'PAID':
      return [...path, 'pay'];
    case 'REVERSED':
      return [...path, 'reverse'];
    case 'REJECTED':
      return ['submit', 'startReview', 'reject'];
  }
}

function rejectionSteps(random: Random): Step[] {
  // Incomplete files are turned back at once; the rest after a look.
  return random.chance(0.35) ? ['submit', 'reject'] : ['submit', 'startReview', 'reject'];
}

const MINUTE = 60_000;

/** Minutes from the previous step to this one. */
function lagMinutes(random: Random, step: Step, channel: ClaimChannel): number {
  switch (step) {
    case 'startReview':
      return channel === 'HOSPITAL' ? random.int(20, 8 * 60) : random.int(60, 3 * 24 * 60);
    case 'approve':
      return random.int(40, 3 * 24 * 60);
    case 'settle':
      return random.int(10, 24 * 60);
    case 'pay':
      return random.int(24 * 60, 6 * 24 * 60);
    case 'reject':
      return random.int(60, 3 * 24 * 60);
    case 'reverse':
      return random.int(24 * 60, 8 * 24 * 60);
    case 'submit':
      return 0;
  }
}

/** When the claim was filed: at discharge for one-stop settlement, days later at a service point or counter. */
function submissionMs(random: Random, claim: ClaimPlan): number {
  const afterDays =
    claim.kind === 'LONG_TERM_CARE'
      ? random.int(1, 8)
      : claim.channel === 'HOSPITAL'
        ? 0
        : claim.channel === 'SERVICE_POINT'
          ? random.int(1, 12)
          : random.int(2, 25);
  return chinaMs(addDays(claim.dischargeDate, afterDays), random.int(8 * 60 + 30, 17 * 60 + 30));
}

function timeline(ctx: Context, claim: ClaimPlan, steps: Step[]): ClaimEvent[] {
  const { random } = ctx;
  const handler = handlerOf(claim.countyCode);
  const large = claim.totalFen > SECOND_APPROVAL_ABOVE_FEN;
  const raw: Omit<ClaimEvent, 'atMs'>[] = [];
  const offsets: number[] = [];
  let at = submissionMs(random, claim);
  let status: ClaimStatus | null = null;
  const push = (action: ClaimAction, actor: string, to: ClaimStatus, reason: string | null, lag: number) => {
    at = duringOfficeHours(random, at + lag * MINUTE);
    raw.push({ action, actor, from: status, to, reason });
    offsets.push(at);
    status = to;
  };
  for (const step of steps) {
    const lag = lagMinutes(random, step, claim.channel);
    switch (step) {
      case 'submit':
        push('claim.submit', claim.channel === 'SERVICE_POINT' ? 'agent' : handler, 'SUBMITTED', null, 0);
        break;
      case 'startReview':
        push('claim.startReview', handler, 'IN_REVIEW', null, lag);
        break;
      case 'approve':
        if (large) {
          push('claim.approve', handler, 'IN_REVIEW', FIRST_OF_TWO_APPROVALS, lag);
          push('claim.approve', secondApproverOf(claim.countyCode), 'APPROVED', '复核通过（双人审核）', random.int(60, 2 * 24 * 60));
        } else {
          push('claim.approve', handler, 'APPROVED', null, lag);
        }
        break;
      case 'settle':
        push('claim.settle', handler, 'SETTLED', null, lag);
        break;
      case 'pay':
        push('claim.pay', handler, 'PAID', null, lag);
        break;
      case 'reject':
        push('claim.reject', handler, 'REJECTED', `${claim.rejectReasonCode}: ${claim.note}`, lag);
        break;
      case 'reverse':
        push('claim.reverse', 'supervisor', 'REVERSED', null, lag);
        break;
    }
  }
  const times = fitBeforeCutoff(ctx, claim.dischargeDate, offsets);
  return raw.map((event, i) => ({ ...event, atMs: times[i] }));
}

/** The corrective claim is filed after the reversal, and its timeline continues from there. */
function correctiveTimeline(ctx: Context, reversed: ClaimPlan, claim: ClaimPlan): ClaimEvent[] {
  const { random } = ctx;
  const handler = handlerOf(claim.countyCode);
  const large = claim.totalFen > SECOND_APPROVAL_ABOVE_FEN;
  const reversedAt = reversed.events[reversed.events.length - 1].atMs;
  let at = reversedAt;
  let status: ClaimStatus | null = null;
  const events: Omit<ClaimEvent, 'atMs'>[] = [];
  const offsets: number[] = [];
  const push = (action: ClaimAction, actor: string, to: ClaimStatus, reason: string | null, lagMinutes: number) => {
    at = duringOfficeHours(random, at + lagMinutes * MINUTE);
    events.push({ action, actor, from: status, to, reason });
    offsets.push(at);
    status = to;
  };
  push('claim.submit', handler, 'SUBMITTED', null, random.int(10, 6 * 60));
  push('claim.startReview', handler, 'IN_REVIEW', null, random.int(10, 4 * 60));
  push('claim.approve', handler, large ? 'IN_REVIEW' : 'APPROVED', large ? FIRST_OF_TWO_APPROVALS : null, random.int(20, 24 * 60));
  if (large) push('claim.approve', secondApproverOf(claim.countyCode), 'APPROVED', '复核通过（双人审核）', random.int(60, 24 * 60));
  push('claim.settle', handler, 'SETTLED', null, random.int(10, 12 * 60));
  if (claim.status === 'PAID') push('claim.pay', handler, 'PAID', null, random.int(24 * 60, 5 * 24 * 60));
  // Squeeze into what is left before the cutoff, after the reversal.
  const limit = ctx.clock.cutoffMs - 10 * MINUTE;
  const last = offsets[offsets.length - 1];
  const times = last < limit ? offsets : offsets.map((t) => reversedAt + Math.round(((t - reversedAt) * (limit - reversedAt)) / (last - reversedAt)));
  return events.map((event, i) => ({ ...event, atMs: strictlyAfter(times, i) }));
}

/** Staff work 08:30–17:30 Beijing time: a step that would fall outside is done during the next working hours. */
function duringOfficeHours(random: Random, ms: number): number {
  const day = 24 * 60 * MINUTE;
  const local = ms + 8 * 60 * MINUTE;
  const minuteOfDay = Math.floor((local % day) / MINUTE);
  const midnight = ms - (local % day);
  const opening = 8 * 60 + 30;
  const closing = 17 * 60 + 30;
  if (minuteOfDay < opening) return midnight + random.int(opening, closing) * MINUTE;
  if (minuteOfDay > closing) return midnight + day + random.int(opening, closing) * MINUTE;
  return ms;
}

/**
 * The instants of a claim's steps, all before the demo's cutoff: a timeline that would run past it is
 * compressed between the morning after discharge and yesterday afternoon, keeping its order.
 */
function fitBeforeCutoff(ctx: Context, dischargeDate: string, offsets: number[]): number[] {
  const { clock, random } = ctx;
  const last = offsets[offsets.length - 1];
  const hardLimit = clock.cutoffMs - 10 * MINUTE;
  if (last < hardLimit) return offsets.map((_, i) => strictlyAfter(offsets, i));
  const anchor = Math.max(clock.startMs, Math.min(chinaMs(dischargeDate, 8 * 60), hardLimit - 60 * MINUTE, offsets[0]));
  const afternoon = chinaMs(clock.lastServiceDate, random.int(15 * 60, 17 * 60 + 30));
  const limit = afternoon > anchor + 2 * 60 * MINUTE && afternoon < hardLimit ? afternoon : hardLimit;
  const scaled = offsets.map((t) => anchor + Math.round(((t - anchor) * (limit - anchor)) / (last - anchor)));
  return scaled.map((_, i) => strictlyAfter(scaled, i));
}

/** Keeps each instant at least a second after the previous one (in place). */
function strictlyAfter(times: number[], i: number): number {
  if (i > 0 && times[i] <= times[i - 1]) times[i] = times[i - 1] + 1000;
  return times[i];
}

/**
 * External numbers, unique per hospital: admission numbers (住院号) in order of admission; a corrective
 * claim carries the number of the claim it corrects with a suffix; care claims a number per month.
 */
function numberClaims(ctx: Context): void {
  const byProvider = new Map<string, ClaimPlan[]>();
  for (const claim of ctx.claims) {
    if (claim.correctsKey !== null) continue;
    const key = `${claim.hospitalCountyCode}/${claim.hospitalName}`;
    byProvider.set(key, [...(byProvider.get(key) ?? []), claim]);
  }
  const random = new Random(0x5eed_0005);
  for (const list of byProvider.values()) {
    list.sort((a, b) => (a.admissionDate < b.admissionDate ? -1 : a.admissionDate > b.admissionDate ? 1 : a.key - b.key));
    let next = random.int(120_000, 380_000);
    const perMonth = new Map<string, number>();
    for (const claim of list) {
      if (claim.kind === 'LONG_TERM_CARE') {
        const month = claim.dischargeDate.slice(0, 7).replace('-', '');
        const seq = (perMonth.get(month) ?? 0) + 1;
        perMonth.set(month, seq);
        claim.externalNo = `HL${month}${String(seq).padStart(4, '0')}`;
      } else {
        next += random.int(1, 90);
        claim.externalNo = `ZY${claim.admissionDate.slice(0, 4)}${String(next).padStart(6, '0')}`;
      }
    }
  }
  for (const claim of ctx.claims) {
    if (claim.correctsKey === null) continue;
    const reversed = ctx.claims[claim.correctsKey];
    claim.externalNo = `${reversed.externalNo}-1`;
    claim.note = `更正 ${reversed.externalNo}（原结算已冲正）：${reversed.reversalReason}`;
    reversed.note = `已冲正：${reversed.reversalReason}更正后的理赔为 ${claim.externalNo}。`;
    claim.events[0].reason = `更正 ${reversed.externalNo}`;
    reversed.events[reversed.events.length - 1].reason = reversed.reversalReason;
  }
}

// ---------------------------------------------------------------------------------------------
// Insertion

/** Inserts the claims (corrective claims after the ones they correct); returns ids by plan key. */
export async function insertClaims(
  tx: Executor,
  plans: ClaimPlan[],
  ids: { personIds: number[]; householdIds: number[]; policyIds: number[]; userIds: Map<string, number> },
): Promise<number[]> {
  const claimIds: number[] = new Array(plans.length);
  const user = (name: string | undefined) => (name === undefined ? null : ids.userIds.get(name)!);
  const row = (c: ClaimPlan) => {
    const at = (action: ClaimAction) => c.events.filter((e) => e.action === action);
    const submit = at('claim.submit')[0];
    const review = at('claim.startReview')[0];
    const approvals = at('claim.approve');
    const settle = at('claim.settle')[0];
    const pay = at('claim.pay')[0];
    const lastAt = c.events[c.events.length - 1].atMs;
    return {
      countyCode: c.countyCode,
      kind: c.kind,
      status: c.status,
      priority: c.priority,
      version: c.events.length,
      externalNo: c.externalNo,
      channel: c.channel,
      policyholderId: ids.personIds[c.personKey],
      householdId: ids.householdIds[c.householdKey],
      policyId: ids.policyIds[c.policyKey],
      hospitalName: c.hospitalName,
      hospitalLevel: c.hospitalLevel,
      hospitalCountyCode: c.hospitalCountyCode,
      admissionDate: c.admissionDate,
      dischargeDate: c.dischargeDate,
      serviceDate: c.serviceDate,
      diagnosisCode: c.diagnosisCode,
      totalFen: c.totalFen,
      inPolicyFen: c.inPolicyFen,
      basicPaidFen: c.basicPaidFen,
      careGrade: c.careGrade,
      careForm: c.careForm,
      careDays: c.careDays,
      rejectReasonCode: c.rejectReasonCode,
      note: c.note,
      submittedBy: user(submit.actor),
      submittedAt: new Date(submit.atMs),
      reviewedBy: user(review?.actor),
      approvedBy: user(approvals[0]?.actor),
      approvedAt: approvals.length > 0 ? new Date(approvals[approvals.length - 1].atMs) : null,
      secondApprovedBy: user(approvals[1]?.actor),
      settledAt: settle ? new Date(settle.atMs) : null,
      paidAt: pay ? new Date(pay.atMs) : null,
      correctsClaimId: c.correctsKey === null ? null : claimIds[c.correctsKey],
      createdAt: new Date(submit.atMs),
      updatedAt: new Date(lastAt),
    };
  };
  for (const batch of [plans.filter((c) => c.correctsKey === null), plans.filter((c) => c.correctsKey !== null)]) {
    const rows = await insertReturningInChunks(tx, claims, batch.map(row), {
      id: claims.id,
      hospitalCountyCode: claims.hospitalCountyCode,
      hospitalName: claims.hospitalName,
      externalNo: claims.externalNo,
    });
    const idByNumber = new Map(rows.map((r) => [`${r.hospitalCountyCode}/${r.hospitalName}/${r.externalNo}`, r.id]));
    for (const c of batch) claimIds[c.key] = idByNumber.get(`${c.hospitalCountyCode}/${c.hospitalName}/${c.externalNo}`)!;
  }
  return claimIds;
}
