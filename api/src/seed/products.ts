import { products, productVersions } from '../../../schema/index';
import type { ProductKind, VersionStatus } from '../../../schema/domain-values';
import type { Executor } from '../db/client';
import {
  validateRules,
  type AssistanceRules,
  type BasicRules,
  type CriticalIllnessRules,
  type LongTermCareRules,
  type PreventPovertyRules,
  type Rules,
  type RulesByKind,
} from '../settlement/index';
import {
  ASSISTANCE_RULES,
  BASIC_RULES,
  CRITICAL_ILLNESS_RULES,
  LONG_TERM_CARE_RULES,
  PREVENT_POVERTY_RULES,
} from '../settlement/reference-schedules';
import { chinaMs, type DemoClock } from './demo-clock';
import { DEMO_COUNTIES } from './places';
import { insertReturningInChunks } from './seed-db';

/**
 * One product of each kind over the four demo counties, with the public figures of DOMAIN.md §4
 * (Yulin 2026 for basic and critical illness; the assistance, prevent-poverty and long-term-care
 * schedules of the engine's case files). Critical illness also has last year's retired version and
 * next year's draft, as a product manager would have them.
 */

const DEMO_COUNTY_CODES = DEMO_COUNTIES.map((c) => c.county[0]);

/** Last year's schedule: a higher deductible (15,000 yuan), since lowered. */
const CRITICAL_ILLNESS_RULES_LAST_YEAR: CriticalIllnessRules = { ...CRITICAL_ILLNESS_RULES, deductibleFen: 1500000 };

/** Next year's proposal, not yet published: deductible 13,000 yuan and the cap raised to 350,000. */
const CRITICAL_ILLNESS_RULES_NEXT_YEAR: CriticalIllnessRules = { ...CRITICAL_ILLNESS_RULES, deductibleFen: 1300000, annualCapFen: 35000000 };

export interface VersionPlan {
  versionNo: number;
  status: VersionStatus;
  effectiveFrom: string;
  effectiveTo: string;
  premiumFen: number;
  subsidyFen: number;
  rules: RulesByKind[ProductKind];
  createdAtMs: number;
  publishedAtMs: number | null;
  retiredAtMs: number | null;
}

export interface ProductPlan {
  code: string;
  kind: ProductKind;
  name: string;
  description: string;
  countyCodes: string[];
  versions: VersionPlan[];
}

export const PRODUCT_CODES: Record<ProductKind, string> = {
  BASIC: 'BASIC-RESIDENTS',
  CRITICAL_ILLNESS: 'CI-RURAL',
  ASSISTANCE: 'MA-SCHEDULE',
  PREVENT_POVERTY: 'PP-HOUSEHOLD',
  LONG_TERM_CARE: 'LTC-PILOT',
};

export function planProducts(clock: DemoClock): ProductPlan[] {
  const y = clock.year;
  // Schedules for the year are published in mid-December of the year before.
  const published = (year: number, day: number) => chinaMs(`${year - 1}-12-${day}`, 10 * 60 + day);
  const current = (premiumFen: number, subsidyFen: number, rules: RulesByKind[ProductKind], versionNo = 1): VersionPlan => ({
    versionNo,
    status: 'PUBLISHED',
    effectiveFrom: `${y}-01-01`,
    effectiveTo: `${y}-12-31`,
    premiumFen,
    subsidyFen,
    rules,
    createdAtMs: chinaMs(`${y - 1}-11-20`, 15 * 60),
    publishedAtMs: published(y, 15),
    retiredAtMs: null,
  });
  const plans: ProductPlan[] = [
    {
      code: PRODUCT_CODES.BASIC,
      kind: 'BASIC',
      name: '城乡居民基本医疗保险(住院)',
      description: '城乡居民基本医保住院待遇：按医院等级设起付线和报销比例，年度封顶。经办公共政策，参保居民无需另行投保。',
      countyCodes: DEMO_COUNTY_CODES,
      versions: [current(0, 0, BASIC_RULES)],
    },
    {
      code: PRODUCT_CODES.CRITICAL_ILLNESS,
      kind: 'CRITICAL_ILLNESS',
      name: '城乡居民大病保险',
      description: '基本医保报销后个人负担的政策范围内费用，超过起付线的部分分段报销；特困、低保、返贫致贫人口起付线减半、比例提高5个百分点、不设封顶线。',
      countyCodes: DEMO_COUNTY_CODES,
      versions: [
        {
          versionNo: 1,
          status: 'RETIRED',
          effectiveFrom: `${y - 1}-01-01`,
          effectiveTo: `${y - 1}-12-31`,
          premiumFen: 6000,
          subsidyFen: 4500,
          rules: CRITICAL_ILLNESS_RULES_LAST_YEAR,
          createdAtMs: chinaMs(`${y - 2}-11-18`, 14 * 60),
          publishedAtMs: published(y - 1, 12),
          retiredAtMs: clock.startMs,
        },
        current(6500, 5000, CRITICAL_ILLNESS_RULES, 2),
        {
          versionNo: 3,
          status: 'DRAFT',
          effectiveFrom: `${y + 1}-01-01`,
          effectiveTo: `${y + 1}-12-31`,
          premiumFen: 7000,
          subsidyFen: 5500,
          rules: CRITICAL_ILLNESS_RULES_NEXT_YEAR,
          // Work in progress: started a few days ago.
          createdAtMs: Math.max(clock.startMs + 60_000, clock.cutoffMs - 5 * 24 * 3600_000 + 10 * 3600_000),
          publishedAtMs: null,
          retiredAtMs: null,
        },
      ],
    },
    {
      code: PRODUCT_CODES.ASSISTANCE,
      kind: 'ASSISTANCE',
      name: '医疗救助',
      description: '特困人员、低保对象、低保边缘人口、防返贫监测对象和返贫致贫人口，经基本医保和大病保险报销后的政策范围内费用按类别救助。',
      countyCodes: DEMO_COUNTY_CODES,
      versions: [current(0, 0, ASSISTANCE_RULES)],
    },
    {
      code: PRODUCT_CODES.PREVENT_POVERTY,
      kind: 'PREVENT_POVERTY',
      name: '防贫保',
      description: '以户为单位，三重保障后家庭年度累计自付医疗费用超过防贫线的部分分段赔付。保费由县政府全额承担。',
      countyCodes: DEMO_COUNTY_CODES,
      versions: [current(5000, 5000, PREVENT_POVERTY_RULES)],
    },
    {
      code: PRODUCT_CODES.LONG_TERM_CARE,
      kind: 'LONG_TERM_CARE',
      name: '长期护理保险',
      description: '经评估为重度失能的参保人，按失能等级的月支付标准和护理方式（机构护理、居家护理）按月支付护理费用。',
      countyCodes: DEMO_COUNTY_CODES,
      versions: [current(9000, 4500, LONG_TERM_CARE_RULES)],
    },
  ];
  for (const product of plans) {
    for (const version of product.versions) {
      const check = validateRules(product.kind, version.rules);
      if (!check.ok) {
        throw new Error(`demo product ${product.code} v${version.versionNo} has invalid rules: ${check.faults.map((f) => f.message).join('; ')}`);
      }
    }
  }
  return plans;
}

/** The rules of the published versions in force on a date, composed as the engine takes them. */
export function rulesInForce(plans: ProductPlan[], date: string): { rules: Rules; versions: Partial<Record<ProductKind, VersionPlan>> } {
  const rules: Rules = {};
  const versions: Partial<Record<ProductKind, VersionPlan>> = {};
  for (const product of plans) {
    const version = product.versions.find((v) => v.status === 'PUBLISHED' && v.effectiveFrom <= date && date <= v.effectiveTo);
    if (!version) continue;
    versions[product.kind] = version;
    switch (product.kind) {
      case 'BASIC':
        rules.basic = version.rules as BasicRules;
        break;
      case 'CRITICAL_ILLNESS':
        rules.criticalIllness = version.rules as CriticalIllnessRules;
        break;
      case 'ASSISTANCE':
        rules.assistance = version.rules as AssistanceRules;
        break;
      case 'PREVENT_POVERTY':
        rules.preventPoverty = version.rules as PreventPovertyRules;
        break;
      case 'LONG_TERM_CARE':
        rules.longTermCare = version.rules as LongTermCareRules;
        break;
    }
  }
  return { rules, versions };
}

export interface InsertedProducts {
  productIdByCode: Map<string, number>;
  /** `${productCode}/${versionNo}` → id. */
  versionIdByKey: Map<string, number>;
}

export async function insertProducts(tx: Executor, plans: ProductPlan[], managerId: number): Promise<InsertedProducts> {
  const productRows = await insertReturningInChunks(
    tx,
    products,
    plans.map((p) => ({
      code: p.code,
      kind: p.kind,
      name: p.name,
      description: p.description,
      countyCodes: p.countyCodes,
      createdAt: new Date(Math.min(...p.versions.map((v) => v.createdAtMs))),
    })),
    { id: products.id, code: products.code },
  );
  const productIdByCode = new Map(productRows.map((r) => [r.code, r.id]));
  const versionRows = await insertReturningInChunks(
    tx,
    productVersions,
    plans.flatMap((p) =>
      p.versions.map((v) => ({
        productId: productIdByCode.get(p.code)!,
        versionNo: v.versionNo,
        status: v.status,
        effectiveFrom: v.effectiveFrom,
        effectiveTo: v.effectiveTo,
        premiumFen: v.premiumFen,
        subsidyFen: v.subsidyFen,
        rules: v.rules,
        createdBy: managerId,
        publishedBy: v.publishedAtMs === null ? null : managerId,
        publishedAt: v.publishedAtMs === null ? null : new Date(v.publishedAtMs),
        retiredAt: v.retiredAtMs === null ? null : new Date(v.retiredAtMs),
        createdAt: new Date(v.createdAtMs),
        updatedAt: new Date(v.retiredAtMs ?? v.publishedAtMs ?? v.createdAtMs),
      })),
    ),
    { id: productVersions.id, productId: productVersions.productId, versionNo: productVersions.versionNo },
  );
  const codeById = new Map(productRows.map((r) => [r.id, r.code]));
  const versionIdByKey = new Map(versionRows.map((r) => [versionKey(codeById.get(r.productId)!, r.versionNo), r.id]));
  return { productIdByCode, versionIdByKey };
}

export function versionKey(productCode: string, versionNo: number): string {
  return `${productCode}/${versionNo}`;
}
