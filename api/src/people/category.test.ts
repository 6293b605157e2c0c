import { describe, expect, it } from 'vitest';
import { categoryOn } from './category';

describe('categoryOn', () => {
  const periods = [
    { category: 'DIBAO' as const, validFrom: '2025-01-01', validTo: '2025-12-31' },
    { category: 'LIFTED' as const, validFrom: '2026-03-01', validTo: null },
  ];

  it('gives the category of the period covering the date, bounds included', () => {
    expect(categoryOn(periods, '2025-01-01')).toBe('DIBAO');
    expect(categoryOn(periods, '2025-12-31')).toBe('DIBAO');
    expect(categoryOn(periods, '2026-03-01')).toBe('LIFTED');
    expect(categoryOn(periods, '2030-06-01')).toBe('LIFTED');
  });

  it('is ORDINARY between periods and before the first', () => {
    expect(categoryOn(periods, '2026-02-28')).toBe('ORDINARY');
    expect(categoryOn(periods, '2024-12-31')).toBe('ORDINARY');
    expect(categoryOn([], '2026-01-01')).toBe('ORDINARY');
  });
});
