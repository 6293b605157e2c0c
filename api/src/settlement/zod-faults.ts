// Turns zod issues into faults a person can act on: the JSON path of the field and a whole sentence
// that starts with that path ("criticalIllness.bands[0].rateBp must be between 0 and 10000 bp, got 12000").
// Shared by the rules validation and the case-file reader; depends on zod only.
import type { z } from 'zod';
import { CATEGORIES } from './types';

export interface Fault {
  path: string;
  message: string;
}

export function fault(path: string, reason: string): Fault {
  return { path, message: `${path} ${reason}` };
}

type ZodIssue = z.core.$ZodIssue;

/** rateBp, rateBonusBp, rateBpByLevel.3, rateBpByCareForm.HOME … */
const RATE_FIELD = /Bp(By[A-Z]\w*)?$/;

/** `prefix` goes before every path ("criticalIllness"); fields named …Bp are rates from 0 to `maxBp`. */
export function faultsFromZod(
  issues: readonly ZodIssue[],
  prefix: string,
  input: unknown,
  maxBp: number,
  rootName = '(rules)',
): Fault[] {
  const faults: Fault[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const segments = issue.path as readonly PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      const inCategoryMap = segments[segments.length - 1] === 'byCategory';
      for (const unknownKey of issue.keys) {
        const reason = inCategoryMap ? `is not a category (${CATEGORIES.join(', ')})` : 'is not a known field';
        faults.push(fault(joinPath(prefix, [...segments, unknownKey], rootName), reason));
      }
      continue;
    }
    const path = joinPath(prefix, segments, rootName);
    if (seen.has(path)) continue; // zod may flag one value twice (e.g. "not safe" and "negative"): name it once
    seen.add(path);
    const isRate = segments.some((segment) => typeof segment === 'string' && RATE_FIELD.test(segment));
    faults.push(fault(path, describeIssue(issue, valueAt(input, segments), isRate, maxBp)));
  }
  return faults;
}

function describeIssue(issue: ZodIssue, value: unknown, isRate: boolean, maxBp: number): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is required';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(value)}`;
    case 'too_small':
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string') return 'must not be empty';
      if (isRate) return `must be between 0 and ${maxBp} bp, got ${describeValue(value)}`;
      if (Number(issue.minimum) === 0) return `must not be negative, got ${describeValue(value)}`;
      return `must be a safe integer (at least ${issue.minimum})`;
    case 'too_big':
      if (isRate && Number(issue.maximum) === maxBp) return `must be between 0 and ${maxBp} bp, got ${describeValue(value)}`;
      return `must be a safe integer (at most ${issue.maximum})`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}, got ${describeValue(value)}`;
    case 'invalid_key':
      return issue.issues[0]?.message ?? 'is not a valid key';
    default:
      return issue.message;
  }
}

const EXPECTED: Record<string, string> = {
  int: 'an integer',
  number: 'an integer',
  object: 'an object',
  array: 'a list',
  boolean: 'true or false',
  string: 'a string',
};

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}

/** "criticalIllness" + ["bands", 1, "uptoFen"] -> "criticalIllness.bands[1].uptoFen". */
export function joinPath(prefix: string, segments: readonly PropertyKey[], rootName: string): string {
  let path = prefix;
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path === '' ? String(segment) : `.${String(segment)}`;
  }
  return path === '' ? rootName : path;
}

function valueAt(input: unknown, segments: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

