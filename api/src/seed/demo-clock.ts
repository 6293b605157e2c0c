import { dayBefore, todayInChina } from '../shared/dates';

/**
 * The demo's time frame: the current calendar year in China, service dates from Jan 1 to yesterday,
 * and every timestamp before today's midnight (Beijing time), so the demo is the same all day long and
 * nothing in it lies in the future.
 */
export interface DemoClock {
  today: string;
  year: number;
  firstDay: string;
  /** The last date a stay may end on: yesterday, or Jan 1 itself on Jan 1. */
  lastServiceDate: string;
  /** Jan 1 00:00 Beijing time (epoch ms). */
  startMs: number;
  /** Every timestamp of the demo is strictly before this: today 00:00 Beijing time (on Jan 1: now). */
  cutoffMs: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export function demoClock(now: Date = new Date()): DemoClock {
  const today = todayInChina(now);
  const year = Number(today.slice(0, 4));
  const firstDay = `${year}-01-01`;
  const startOfToday = chinaMs(today);
  const onFirstDay = today === firstDay;
  return {
    today,
    year,
    firstDay,
    lastServiceDate: onFirstDay ? firstDay : dayBefore(today),
    startMs: chinaMs(firstDay),
    // On Jan 1 no whole day of the year has passed yet: squeeze the demo into the minutes since midnight.
    cutoffMs: onFirstDay ? Math.max(now.getTime(), startOfToday + MINUTE) : startOfToday,
  };
}

/** A Beijing-time date plus minutes since its midnight, as epoch ms. */
export function chinaMs(date: string, minutes = 0): number {
  return Date.parse(`${date}T00:00:00+08:00`) + minutes * MINUTE;
}

/** The Beijing-time date of an epoch-ms instant. */
export function chinaDate(ms: number): string {
  return new Date(ms + 8 * 60 * MINUTE).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function monthStart(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

export function monthEnd(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export const MINUTES = { hour: 60, day: 24 * 60 } as const;
