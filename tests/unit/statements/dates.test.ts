import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  formatsFitting,
  isoDate,
  parseDate,
  type DateFormat,
} from '../../../src-main/statements/dates';

describe('parseDate', () => {
  it.each<[string, DateFormat, string]>([
    ['31.12.2023', 'DD.MM.YYYY', '2023-12-31'],
    ['1.2.2024', 'DD.MM.YYYY', '2024-02-01'],
    ['31.12.23', 'DD.MM.YY', '2023-12-31'],
    ['12/31/2023', 'MM/DD/YYYY', '2023-12-31'],
    ['12/31/99', 'MM/DD/YY', '1999-12-31'],
    ['01/02/69', 'MM/DD/YY', '2069-01-02'],
    ['01/02/70', 'MM/DD/YY', '1970-01-02'],
    ['31/12/2023', 'DD/MM/YYYY', '2023-12-31'],
    ['31-12-2023', 'DD-MM-YYYY', '2023-12-31'],
    ['12-31-2023', 'MM-DD-YYYY', '2023-12-31'],
    ['2023-12-31', 'YYYY-MM-DD', '2023-12-31'],
    ['2023/12/31', 'YYYY/MM/DD', '2023-12-31'],
    ['2023.12.31', 'YYYY.MM.DD', '2023-12-31'],
    ['20231231', 'YYYYMMDD', '2023-12-31'],
    ['2024-02-29', 'YYYY-MM-DD', '2024-02-29'],
    ['2000-02-29', 'YYYY-MM-DD', '2000-02-29'],
    [' 2023-12-31 14:05:00 ', 'YYYY-MM-DD', '2023-12-31'],
    ['2023-12-31T23:59:59.123+01:00', 'YYYY-MM-DD', '2023-12-31'],
    ['31.12.2023 08:15', 'DD.MM.YYYY', '2023-12-31'],
  ])('%s as %s is %s', (text, format, iso) => {
    expect(parseDate(text, format)).toBe(iso);
  });

  it.each<[string, DateFormat]>([
    ['2023-02-29', 'YYYY-MM-DD'],
    ['1900-02-29', 'YYYY-MM-DD'],
    ['31.04.2024', 'DD.MM.YYYY'],
    ['13/01/2024', 'MM/DD/YYYY'],
    ['2024-1-1x', 'YYYY-MM-DD'],
    ['1899-12-31', 'YYYY-MM-DD'],
    ['2200-01-01', 'YYYY-MM-DD'],
    ['2024123', 'YYYYMMDD'],
    ['31.12.2023', 'YYYY-MM-DD'],
    ['', 'YYYY-MM-DD'],
  ])('refuses %s as %s', (text, format) => {
    expect(parseDate(text, format)).toBeNull();
  });

  it('formatsFitting lists every format all samples fit, skipping empty cells', () => {
    expect(formatsFitting(['01/02/2024', '', '03/04/2024'])).toEqual(['MM/DD/YYYY', 'DD/MM/YYYY']);
    expect(formatsFitting(['01/02/2024', '25/04/2024'])).toEqual(['DD/MM/YYYY']);
    expect(formatsFitting(['', ''])).toEqual([]);
  });

  it('isoDate and daysBetween', () => {
    expect(isoDate(2024, 2, 30)).toBeNull();
    expect(daysBetween('2024-02-27', '2024-03-01')).toBe(3);
    expect(daysBetween('2024-03-01', '2024-02-27')).toBe(-3);
  });
});
