import { categoryPeriods, households, policyholders } from '../../../schema/index';
import type { Category, ServicePointKind, Sex } from '../../../schema/domain-values';
import type { Executor } from '../db/client';
import type { CategoryPeriodLike } from '../people/category';
import { makeResidentId } from '../people/resident-id';
import { addDays, chinaMs, daysBetween, maxDate, MINUTES, type DemoClock } from './demo-clock';
import { familyName, givenName, type NameStyle } from './names';
import type { DemoRegion } from './places';
import { Random } from './random';
import { insertReturningInChunks } from './seed-db';

/**
 * The demo's residents: ~1,200 people in ~400 households over the four counties, every category of
 * DOMAIN.md §2 in every county, with valid resident IDs, and dated category periods (some with history).
 * Planned in memory first (pure, deterministic), then inserted in a few multi-row statements.
 */

export interface ServicePointRef {
  townshipCode: string;
  kind: ServicePointKind;
}

export interface HouseholdPlan {
  key: number;
  countyCode: string;
  villageCode: string;
  householdNo: string;
  headName: string;
  address: string;
  memberKeys: number[];
  createdAtMs: number;
}

export interface PersonPlan {
  key: number;
  householdKey: number;
  countyCode: string;
  idNumber: string;
  name: string;
  sex: Sex;
  birthDate: string;
  phone: string | null;
  villageCode: string;
  servicePoint: ServicePointRef | null;
  /** SEED periods, oldest first; none = ORDINARY all along. */
  periods: CategoryPeriodLike[];
  createdAtMs: number;
}

export interface PeoplePlan {
  households: HouseholdPlan[];
  people: PersonPlan[];
}

interface CountyProfile {
  people: number;
  /** Relative weights of household sizes 1–6. */
  sizes: number[];
  /** Share of households whose names are Yi (the rest Han). */
  yiShare: number;
  /** Household categories; members mostly share them. */
  categories: Record<Category, number>;
  /** The year range in which the registered poor of this county were lifted out (脱贫). */
  liftedYears: [number, number];
  /** Where some residents were born (first 6 digits of their ID). */
  bornElsewhere: string[];
  servicePointShare: number;
}

/** Shandong and Jiangxi plains counties: smaller Han households, fewer people in poverty categories. */
const PLAINS_COUNTY = {
  sizes: [16, 30, 24, 18, 8, 4],
  yiShare: 0,
  categories: { ORDINARY: 76, LIFTED: 9, DIBAO: 6, DIBAO_EDGE: 4, MONITORED: 3, TEKUN: 1.5, RELAPSED: 1.5 },
  liftedYears: [2016, 2019],
  servicePointShare: 0.3,
} satisfies Partial<CountyProfile>;

const COUNTY_PROFILES: Record<string, CountyProfile> = {
  // 普格县: a former national poverty county in Liangshan (lifted in 2020), mostly Yi, large families.
  '513428': {
    people: 480,
    sizes: [8, 14, 18, 24, 20, 16],
    yiShare: 0.78,
    categories: { ORDINARY: 48, LIFTED: 27, DIBAO: 9, MONITORED: 6, DIBAO_EDGE: 4, TEKUN: 3, RELAPSED: 3 },
    liftedYears: [2017, 2020],
    bornElsewhere: ['513401', '513431', '513427', '513432'],
    servicePointShare: 0.5,
  },
  '371728': {
    people: 300,
    ...PLAINS_COUNTY,
    bornElsewhere: ['371702', '371721', '371725', '410727'],
  },
  // 茌平区 was 茌平县 (371523) until 2019: older IDs still carry the former code.
  '371503': {
    people: 220,
    ...PLAINS_COUNTY,
    bornElsewhere: ['371523', '371523', '371502', '371524'],
  },
  '360402': {
    people: 210,
    ...PLAINS_COUNTY,
    bornElsewhere: ['360403', '360428', '360423', '360481'],
  },
};

/** The first households of every county take these categories, so every category is present in every county. */
const GUARANTEED_CATEGORIES: Category[] = ['TEKUN', 'DIBAO', 'DIBAO_EDGE', 'MONITORED', 'RELAPSED', 'LIFTED'];

const PHONE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '166', '173', '177', '180', '182', '183', '185', '186', '187', '188', '189', '191', '199'];

interface MemberDraft {
  role: 'HEAD' | 'SPOUSE' | 'PARENT' | 'CHILD' | 'CHILD_SPOUSE' | 'GRANDCHILD';
  sex: Sex;
  age: number;
}

export function planPeople(clock: DemoClock, regions: readonly DemoRegion[]): PeoplePlan {
  const random = new Random(0x5eed_0001);
  const usedIdPrefixes = new Set<string>();
  const usedPhones = new Set<string>();
  const householdsPlan: HouseholdPlan[] = [];
  const people: PersonPlan[] = [];

  for (const [countyCode, profile] of Object.entries(COUNTY_PROFILES)) {
    const county = regions.find((r) => r.code === countyCode)!;
    const villages = regions.filter((r) => r.level === 'VILLAGE' && r.countyCode === countyCode);
    const townshipName = new Map(regions.filter((r) => r.level === 'TOWNSHIP').map((r) => [r.code, r.name]));
    const householdsInVillage = new Map<string, number>();
    let planned = 0;
    let householdIndex = 0;

    while (planned < profile.people) {
      const category: Category =
        householdIndex < GUARANTEED_CATEGORIES.length ? GUARANTEED_CATEGORIES[householdIndex] : random.weighted(profile.categories);
      let size = category === 'TEKUN' ? (random.chance(0.8) ? 1 : 2) : 1 + Number(random.weighted(sizeWeights(profile.sizes)));
      size = Math.min(size, profile.people - planned);
      householdIndex++;

      const village = random.pick(villages);
      const sequenceInVillage = (householdsInVillage.get(village.code) ?? 0) + 1;
      householdsInVillage.set(village.code, sequenceInVillage);
      const style: NameStyle = random.chance(profile.yiShare) ? 'YI' : 'HAN';
      const members = draftMembers(random, size, category);
      const history = householdPeriods(random, clock, category, profile);
      const servicePoint: ServicePointRef | null = random.chance(profile.servicePointShare)
        ? { townshipCode: village.parentCode!, kind: random.chance(0.6) ? 'WORKSTATION' : 'BANK' }
        : null;
      const createdAtMs = chinaMs(addDays(`${clock.year - 1}-09-01`, random.int(0, 100)), random.int(8 * 60, 18 * 60));

      const householdKey = householdsPlan.length;
      const names = nameMembers(random, style, countyCode, members, clock.year);
      const memberKeys: number[] = [];
      members.forEach((member, i) => {
        const birthDate = birthDateFor(random, clock.year, member.age);
        // A member who married in (or was never registered with the household) keeps ORDINARY.
        const deviates = member.role !== 'HEAD' && category !== 'ORDINARY' && random.chance(0.1);
        const periods = deviates ? [] : clipToLife(history, birthDate);
        const key = people.length;
        memberKeys.push(key);
        people.push({
          key,
          householdKey,
          countyCode,
          idNumber: residentId(random, usedIdPrefixes, countyCode, profile, birthDate, member.sex),
          name: names[i],
          sex: member.sex,
          birthDate,
          phone: phoneFor(random, usedPhones, member.age),
          villageCode: village.code,
          servicePoint,
          periods,
          createdAtMs,
        });
      });

      householdsPlan.push({
        key: householdKey,
        countyCode,
        villageCode: village.code,
        householdNo: `${village.code}${String(sequenceInVillage).padStart(3, '0')}`,
        headName: names[0],
        address: addressOf(random, county.name, townshipName.get(village.parentCode!)!, village),
        memberKeys,
        createdAtMs,
      });
      planned += size;
    }
  }
  return { households: householdsPlan, people };
}

function sizeWeights(sizes: number[]): Record<string, number> {
  return Object.fromEntries(sizes.map((w, i) => [String(i), w]));
}

/** Who lives in a household of this size: a head, a spouse, children, sometimes a parent or grandchildren. */
function draftMembers(random: Random, size: number, category: Category): MemberDraft[] {
  const opposite = (sex: Sex): Sex => (sex === 'MALE' ? 'FEMALE' : 'MALE');
  const anySex = (): Sex => (random.chance(0.5) ? 'MALE' : 'FEMALE');
  const headSex: Sex = random.chance(0.86) ? 'MALE' : 'FEMALE';
  if (size === 1) {
    const elderly = category === 'TEKUN' ? random.chance(0.8) : random.chance(0.65);
    return [{ role: 'HEAD', sex: elderly ? anySex() : headSex, age: elderly ? random.int(60, 93) : random.int(22, 58) }];
  }
  if (size === 2) {
    if (random.chance(0.75)) {
      const age = random.int(48, 88);
      return [
        { role: 'HEAD', sex: headSex, age },
        { role: 'SPOUSE', sex: opposite(headSex), age: clampAge(age + random.int(-6, 3), 18) },
      ];
    }
    const age = random.int(42, 70);
    return [
      { role: 'HEAD', sex: headSex, age },
      { role: 'CHILD', sex: anySex(), age: random.int(8, Math.min(30, age - 20)) },
    ];
  }
  const headAge = random.int(28, 66);
  const members: MemberDraft[] = [
    { role: 'HEAD', sex: headSex, age: headAge },
    { role: 'SPOUSE', sex: opposite(headSex), age: clampAge(headAge + random.int(-6, 3), 20) },
  ];
  let left = size - 2;
  if (headAge < 52 && left >= 2 && random.chance(0.4)) {
    members.push({ role: 'PARENT', sex: anySex(), age: Math.min(95, headAge + random.int(22, 32)) });
    left--;
  }
  if (headAge >= 48 && left >= 2) {
    // An adult son with his wife and their children live with the parents.
    const sonAge = random.int(headAge - 30, headAge - 22);
    members.push({ role: 'CHILD', sex: 'MALE', age: sonAge });
    members.push({ role: 'CHILD_SPOUSE', sex: 'FEMALE', age: clampAge(sonAge + random.int(-3, 2), 20) });
    left -= 2;
    for (; left > 0; left--) members.push({ role: 'GRANDCHILD', sex: anySex(), age: random.int(0, Math.max(0, Math.min(15, sonAge - 20))) });
  } else {
    const youngestParent = Math.min(members[0].age, members[1].age);
    for (; left > 0; left--) members.push({ role: 'CHILD', sex: anySex(), age: random.int(0, Math.max(0, Math.min(28, youngestParent - 20))) });
  }
  return members;
}

function clampAge(age: number, min: number): number {
  return Math.max(min, Math.min(95, age));
}

/** Family names follow the father (clan exogamy for the Yi: a wife is from another clan). */
function nameMembers(random: Random, style: NameStyle, countyCode: string, members: MemberDraft[], year: number): string[] {
  const head = members[0];
  const headFamily = familyName(random, style, countyCode);
  const otherFamily = () => {
    for (;;) {
      const name = familyName(random, style, countyCode);
      if (style === 'HAN' || name !== headFamily) return name;
    }
  };
  const spouse = members.find((m) => m.role === 'SPOUSE');
  const spouseFamily = spouse ? otherFamily() : null;
  const fatherFamily = head.sex === 'MALE' ? headFamily : (spouseFamily ?? otherFamily());
  return members.map((member) => {
    let family: string;
    switch (member.role) {
      case 'HEAD':
        family = headFamily;
        break;
      case 'SPOUSE':
        family = spouseFamily!;
        break;
      case 'PARENT':
        family = member.sex === 'MALE' && head.sex === 'MALE' ? headFamily : otherFamily();
        break;
      case 'CHILD_SPOUSE':
        family = otherFamily();
        break;
      default:
        family = fatherFamily;
    }
    return family + givenName(random, style, member.sex, year - 1 - member.age);
  });
}

/** A birth date giving exactly `age` on Jan 1 of the demo year (so the people are the same all year). */
function birthDateFor(random: Random, year: number, age: number): string {
  return addDays(`${year - age}-01-01`, -random.int(1, 365));
}

function residentId(random: Random, used: Set<string>, countyCode: string, profile: CountyProfile, birthDate: string, sex: Sex): string {
  const idCounty = random.chance(0.85) ? countyCode : random.pick(profile.bornElsewhere);
  for (;;) {
    // Odd sequence = male; the set keeps every number unique even for twins registered the same day.
    const sequence = random.int(0, 499) * 2 + (sex === 'MALE' ? 1 : 0);
    const prefix = `${idCounty}${birthDate}${sequence}`;
    if (used.has(prefix)) continue;
    used.add(prefix);
    return makeResidentId(idCounty, birthDate, sequence);
  }
}

function phoneFor(random: Random, used: Set<string>, age: number): string | null {
  const share = age < 16 ? 0 : age < 18 ? 0.3 : age <= 65 ? 0.9 : age <= 80 ? 0.55 : 0.25;
  if (!random.chance(share)) return null;
  for (;;) {
    const phone = random.pick(PHONE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, '0');
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

function addressOf(random: Random, countyName: string, townshipName: string, village: DemoRegion): string {
  const community = Number(village.code.slice(9)) < 200;
  return community
    ? `${countyName}${townshipName}${village.name}${random.int(1, 24)}号楼${random.int(1, 4)}单元${random.int(1, 6)}0${random.int(1, 4)}室`
    : `${countyName}${townshipName}${village.name}${random.int(1, 9)}组${random.int(1, 60)}号`;
}

/**
 * The household's category periods, oldest first. About one household in ten has history: 低保 until
 * last year then 脱贫 from Jan 1; 脱贫 then 返贫 this year; 低保边缘 then 低保 this year; or a
 * monitoring period that ended (risk eliminated) and ORDINARY since.
 */
function householdPeriods(random: Random, clock: DemoClock, category: Category, profile: CountyProfile): CategoryPeriodLike[] {
  const lastYear = clock.year - 1;
  const since = (fromYear: number, toYear: number) => randomDate(random, fromYear, toYear);
  // A date of this year's elapsed part: drawn as a fraction so the draws do not depend on today.
  const windowDays = daysBetween(clock.firstDay, clock.lastServiceDate);
  const thisYear = () => addDays(clock.firstDay, Math.floor(random.next() * 0.6 * windowDays + 0.2 * windowDays));
  const historyRoll = random.next();
  switch (category) {
    case 'ORDINARY': {
      if (historyRoll >= 0.05) return [];
      const from = since(2021, lastYear - 1);
      return [{ category: 'MONITORED', validFrom: from, validTo: maxDate(from, randomDate(random, lastYear, lastYear)) }];
    }
    case 'LIFTED': {
      if (historyRoll < 0.2) {
        return [
          { category: 'DIBAO', validFrom: since(2016, lastYear - 1), validTo: `${lastYear}-12-31` },
          { category: 'LIFTED', validFrom: clock.firstDay, validTo: null },
        ];
      }
      return [{ category, validFrom: since(profile.liftedYears[0], profile.liftedYears[1]), validTo: null }];
    }
    case 'RELAPSED': {
      if (historyRoll < 0.5) {
        const change = thisYear();
        return [
          { category: 'LIFTED', validFrom: since(profile.liftedYears[0], profile.liftedYears[1]), validTo: addDays(change, -1) },
          { category: 'RELAPSED', validFrom: change, validTo: null },
        ];
      }
      return [{ category, validFrom: since(2021, lastYear), validTo: null }];
    }
    case 'DIBAO': {
      if (historyRoll < 0.25) {
        const change = thisYear();
        return [
          { category: 'DIBAO_EDGE', validFrom: since(2021, lastYear), validTo: addDays(change, -1) },
          { category: 'DIBAO', validFrom: change, validTo: null },
        ];
      }
      return [{ category, validFrom: since(2014, lastYear), validTo: null }];
    }
    case 'TEKUN':
      return [{ category, validFrom: since(2010, lastYear), validTo: null }];
    case 'DIBAO_EDGE':
    case 'MONITORED':
      return [{ category, validFrom: since(2021, lastYear), validTo: null }];
  }
}

/** A person's share of the household periods: nothing before their birth. */
function clipToLife(periods: CategoryPeriodLike[], birthDate: string): CategoryPeriodLike[] {
  return periods
    .filter((p) => p.validTo === null || p.validTo >= birthDate)
    .map((p) => (p.validFrom < birthDate ? { ...p, validFrom: birthDate } : p));
}

function randomDate(random: Random, fromYear: number, toYear: number): string {
  const span = daysBetween(`${fromYear}-01-01`, `${toYear}-12-31`);
  return addDays(`${fromYear}-01-01`, random.int(0, span));
}

export interface InsertedPeople {
  householdIds: number[];
  personIds: number[];
}

/** Inserts households, people and their category periods; returns the ids by plan key. */
export async function insertPeople(tx: Executor, plan: PeoplePlan, servicePointIds: Map<string, number>, cutoffMs: number): Promise<InsertedPeople> {
  const householdRows = await insertReturningInChunks(
    tx,
    households,
    plan.households.map((h) => ({
      countyCode: h.countyCode,
      villageCode: h.villageCode,
      householdNo: h.householdNo,
      headName: h.headName,
      address: h.address,
      createdAt: new Date(h.createdAtMs),
      updatedAt: new Date(h.createdAtMs),
    })),
    { id: households.id, countyCode: households.countyCode, householdNo: households.householdNo },
  );
  const householdIdByNo = new Map(householdRows.map((r) => [`${r.countyCode}/${r.householdNo}`, r.id]));
  const householdIds = plan.households.map((h) => householdIdByNo.get(`${h.countyCode}/${h.householdNo}`)!);

  const personRows = await insertReturningInChunks(
    tx,
    policyholders,
    plan.people.map((p) => ({
      countyCode: p.countyCode,
      idNumber: p.idNumber,
      name: p.name,
      sex: p.sex,
      birthDate: p.birthDate,
      phone: p.phone,
      villageCode: p.villageCode,
      householdId: householdIds[p.householdKey],
      servicePointId: p.servicePoint ? servicePointIds.get(servicePointKey(p.servicePoint))! : null,
      createdAt: new Date(p.createdAtMs),
      updatedAt: new Date(p.createdAtMs),
    })),
    { id: policyholders.id, idNumber: policyholders.idNumber },
  );
  const personIdByNumber = new Map(personRows.map((r) => [r.idNumber, r.id]));
  const personIds = plan.people.map((p) => personIdByNumber.get(p.idNumber)!);

  await insertReturningInChunks(
    tx,
    categoryPeriods,
    plan.people.flatMap((p) =>
      p.periods.map((period) => {
        // Recorded when the person was registered, or on the day a later decision took effect.
        const at = Math.min(cutoffMs - MINUTES.hour * 60_000, Math.max(p.createdAtMs, chinaMs(period.validFrom, 9 * 60)));
        return {
          countyCode: p.countyCode,
          policyholderId: personIds[p.key],
          category: period.category,
          validFrom: period.validFrom,
          validTo: period.validTo,
          source: 'SEED' as const,
          createdAt: new Date(at),
        };
      }),
    ),
    null,
  );
  return { householdIds, personIds };
}

export function servicePointKey(ref: ServicePointRef): string {
  return `${ref.townshipCode}/${ref.kind}`;
}
