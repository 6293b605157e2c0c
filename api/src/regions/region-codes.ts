import type { RegionLevel } from '../../../schema/domain-values';

/**
 * The shape of division codes (DOMAIN.md §3): province NN0000, city NNNN00, county NNNNNN (GB/T 2260),
 * township 9 digits, village 12 digits. The parent of a code is always a prefix of it.
 */

const SHAPES: Record<RegionLevel, RegExp> = {
  PROVINCE: /^[1-9]\d0000$/,
  CITY: /^[1-9]\d{3}00$/,
  COUNTY: /^[1-9]\d{5}$/,
  TOWNSHIP: /^[1-9]\d{8}$/,
  VILLAGE: /^[1-9]\d{11}$/,
};

const EXAMPLES: Record<RegionLevel, string> = {
  PROVINCE: '510000',
  CITY: '513400',
  COUNTY: '513428',
  TOWNSHIP: '513428100',
  VILLAGE: '513428100201',
};

export function hasShapeOf(level: RegionLevel, code: string): boolean {
  return SHAPES[level].test(code);
}

export function exampleCode(level: RegionLevel): string {
  return EXAMPLES[level];
}

/** The code of the division directly above, or null for a province. */
export function parentCodeOf(level: RegionLevel, code: string): string | null {
  switch (level) {
    case 'PROVINCE':
      return null;
    case 'CITY':
      return `${code.slice(0, 2)}0000`;
    case 'COUNTY':
      return `${code.slice(0, 4)}00`;
    case 'TOWNSHIP':
      return code.slice(0, 6);
    case 'VILLAGE':
      return code.slice(0, 9);
  }
}

/** The county a code lies in, or null above county level. */
export function countyCodeOf(level: RegionLevel, code: string): string | null {
  return level === 'PROVINCE' || level === 'CITY' ? null : code.slice(0, 6);
}

/** The level of a well-formed 12-, 9- or 6-digit code (6 digits: by its trailing zeros). */
export function levelOfCode(code: string): RegionLevel | null {
  for (const level of ['VILLAGE', 'TOWNSHIP', 'PROVINCE', 'CITY', 'COUNTY'] as const) {
    if (SHAPES[level].test(code)) return level;
  }
  return null;
}
