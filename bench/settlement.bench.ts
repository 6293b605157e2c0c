// Settlements per second of the engine on one core (Node runs this loop on a single thread), for a
// realistic mix of claims: the amounts-only path, settle() with structured explanation lines, and
// settle() with every line's Chinese and English sentence rendered as the API stores them.
import {
  settle,
  settleAmounts,
  validateRuleSet,
  type Category,
  type Rules,
  type SettlementInput,
  type YearToDate,
} from '../api/src/settlement/index';
import {
  ASSISTANCE_RULES,
  BASIC_RULES,
  CRITICAL_ILLNESS_RULES,
  LONG_TERM_CARE_RULES,
  PREVENT_POVERTY_RULES,
} from '../api/src/settlement/reference-schedules';
import { cpus, loadavg } from 'node:os';
import type { BenchSection } from './run';

function validated(rules: unknown): Rules {
  const result = validateRuleSet(rules);
  if (!result.ok) throw new Error(result.faults.map((fault) => fault.message).join('; '));
  return result.rules;
}

const YULIN = { basic: BASIC_RULES, criticalIllness: CRITICAL_ILLNESS_RULES, assistance: ASSISTANCE_RULES };
const WITHOUT_PREVENT_POVERTY = validated(YULIN);
const WITH_PREVENT_POVERTY = validated({ ...YULIN, preventPoverty: PREVENT_POVERTY_RULES });
const CARE = validated({ longTermCare: LONG_TERM_CARE_RULES });

/** A small deterministic generator (mulberry32), so every run settles the same claims. */
function generator(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % below;
  };
}

type Scenario = 'ordinary' | 'preferential' | 'assistance' | 'prevent-poverty' | 'platform-basic' | 'long-term-care';

/** The share of each scenario in the mix, out of 100. */
const MIX: readonly [Scenario, number][] = [
  ['ordinary', 35],
  ['preferential', 15],
  ['assistance', 15],
  ['prevent-poverty', 15],
  ['platform-basic', 10],
  ['long-term-care', 10],
];

/** Built the same way for every claim, as the API builds it from the accumulator rows. */
function yearToDate(basicPaidFen: number, ciBaseFen: number, householdSelfPayFen: number): YearToDate {
  return {
    basicPaidFen,
    ciBaseFen,
    ciPaidFen: 0,
    assistanceBaseFen: 0,
    assistancePaidFen: 0,
    householdSelfPayFen,
    householdPovertyPaidFen: 0,
  };
}

function claimFor(scenario: Scenario, next: (below: number) => number): SettlementInput {
  const serviceDate = '2026-03-10';
  if (scenario === 'long-term-care') {
    const daysInMonth = 28 + next(4);
    return {
      rules: CARE,
      category: 'ORDINARY',
      ytd: yearToDate(0, 0, 0),
      claim: {
        kind: 'LONG_TERM_CARE',
        serviceDate,
        grade: 1 + next(3),
        careForm: next(2) === 0 ? 'INSTITUTIONAL' : 'HOME',
        days: 1 + next(daysInMonth),
        daysInMonth,
        eligibleCostFen: 100000 + next(400000),
      },
    };
  }
  const totalFen = 500000 + next(50000000);
  const inPolicyFen = totalFen - next(Math.floor(totalFen / 4));
  const category: Category =
    scenario === 'preferential'
      ? (['TEKUN', 'DIBAO', 'RELAPSED'] as const)[next(3)]
      : scenario === 'assistance' || scenario === 'prevent-poverty'
        ? (['DIBAO_EDGE', 'MONITORED'] as const)[next(2)]
        : 'ORDINARY';
  // Half of the stays come after an earlier stay of the same year.
  const earlier = next(2) === 1;
  const ytd = yearToDate(earlier ? next(5000000) : 0, earlier ? next(4000000) : 0, earlier ? next(3000000) : 0);
  return {
    rules: scenario === 'prevent-poverty' ? WITH_PREVENT_POVERTY : WITHOUT_PREVENT_POVERTY,
    category,
    ytd,
    claim: {
      kind: 'INPATIENT',
      serviceDate,
      hospitalLevel: (1 + next(3)) as 1 | 2 | 3,
      totalFen,
      inPolicyFen,
      basicPaidFen: scenario === 'platform-basic' ? next(inPolicyFen + 1) : null,
    },
  };
}

function claims(count: number, only?: Scenario): SettlementInput[] {
  const next = generator(2026);
  const pool: Scenario[] = only ? [only] : MIX.flatMap(([scenario, share]) => Array<Scenario>(share).fill(scenario));
  return Array.from({ length: count }, () => claimFor(pool[next(pool.length)], next));
}

type Path = (input: SettlementInput) => number;

const PATHS: readonly [string, Path][] = [
  ['`settleAmounts()` — amounts and deltas', (input) => settleAmounts(input).selfPayFen],
  ['`settle()` — amounts, deltas and structured lines (texts not read)', (input) => settle(input).lines.length],
  [
    '`settle()` + every line’s `textZh` and `textEn` rendered',
    (input) => {
      let characters = 0;
      for (const line of settle(input).lines) characters += line.textZh.length + line.textEn.length;
      return characters;
    },
  ],
];

/**
 * Settlements per second: `rounds` timed runs of about `seconds` each after a warm-up; the median and
 * the best round are kept, the best being the least disturbed by whatever else the machine runs.
 */
function measure(path: Path, inputs: readonly SettlementInput[], seconds: number, rounds = 5): { median: number; best: number } {
  let sink = 0;
  for (let i = 0; i < 100_000; i++) sink += path(inputs[i % inputs.length]);
  const rates: number[] = [];
  const budget = BigInt(Math.round(seconds * 1e9));
  for (let round = 0; round < rounds; round++) {
    let done = 0;
    const started = process.hrtime.bigint();
    let elapsed = 0n;
    while (elapsed < budget) {
      for (let i = 0; i < 10_000; i++) sink += path(inputs[(done + i) % inputs.length]);
      done += 10_000;
      elapsed = process.hrtime.bigint() - started;
    }
    rates.push((done * 1e9) / Number(elapsed));
  }
  if (sink === -1) process.stdout.write(''); // keeps the results observable so no work is optimised away
  rates.sort((a, b) => a - b);
  return { median: rates[Math.floor(rates.length / 2)], best: rates[rates.length - 1] };
}

const formatRate = (perSecond: number) => Math.round(perSecond).toLocaleString('en-US');
const formatNs = (perSecond: number) => Math.round(1e9 / perSecond).toLocaleString('en-US');

export async function run(): Promise<BenchSection> {
  const mix = claims(10_000);
  const averageLines = mix.reduce((sum, input) => sum + settle(input).lines.length, 0) / mix.length;
  const rows: string[] = [];
  for (const [label, path] of PATHS) {
    const { median, best } = measure(path, mix, 0.5);
    rows.push(`| ${label} | ${formatRate(median)} | ${formatRate(best)} | ${formatNs(median)} |`);
  }
  const scenarioRows: string[] = [];
  for (const [scenario] of MIX) {
    const inputs = claims(2_000, scenario);
    const amounts = measure(PATHS[0][1], inputs, 0.2, 3).median;
    const lines = measure(PATHS[1][1], inputs, 0.2, 3).median;
    scenarioRows.push(`| ${scenario} | ${formatRate(amounts)} | ${formatRate(lines)} |`);
  }
  const mixText = MIX.map(([scenario, share]) => `${scenario} ${share}%`).join(', ');
  const load = loadavg()[0].toFixed(1);
  return {
    title: 'Settlement engine (api/src/settlement)',
    body: [
      `One core, ${mix.length.toLocaleString('en-US')} pre-generated claims cycled in a loop; mix: ${mixText}.`,
      `Yulin 2026 schedules with 3 critical-illness bands, preferential terms and assistance for 5 categories;`,
      `half of the stays follow an earlier stay of the year. On average ${averageLines.toFixed(1)} explanation lines per settlement.`,
      `Five timed rounds of 0.5 s per path; load average when done: ${load} on ${cpus().length} cores.`,
      '',
      '| path | settlements / s (median) | best round | ns / settlement (median) |',
      '|---|---:|---:|---:|',
      ...rows,
      '',
      'By scenario (median of three rounds; a single scenario keeps the JIT monomorphic, so it runs faster than the mix):',
      '',
      '| scenario | `settleAmounts()` / s | `settle()` / s |',
      '|---|---:|---:|',
      ...scenarioRows,
      '',
      'Lines are built eagerly with their numbers; their sentences are rendered when `textZh`/`textEn` are read',
      '(formatting yuan is most of the cost), so the API pays for texts only when it stores or shows them.',
    ].join('\n'),
  };
}
