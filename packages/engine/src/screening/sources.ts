// Short citations for screening rules; the full references are in shared/clinical/REFERENCE.md §2.3, §2.4 and §4.

export const SOURCES = {
  finucane: 'Finucane et al. 2020, JOSPT 50:350 (IFOMPT red-flag framework); REFERENCE §2.3',
  ifomptCervical: 'IFOMPT cervical framework (Rushton et al. 2023, JOSPT 53:7); Kerry & Taylor 2006/2009; REFERENCE §2.3',
  who: 'WHO 2005, Guidelines on basic training and safety in chiropractic; REFERENCE §2.4',
  consensus: 'Chiropractic best-practices consensus, J Altern Complement Med, Table 9; REFERENCE §2.4',
  pmc: 'Absolute/relative contraindication table, PMC1116959; REFERENCE §2.4',
  batavia: 'Batavia 2004, J Bodyw Mov Ther 8:48 (massage sources disagree: configurable); REFERENCE §0, §2.4',
  kelley: 'Kelley et al. 2013, JOSPT 43(5):A1 (dose by irritability)',
  policy: 'Tandem policy [P]; docs/_fragments/screening.md',
} as const;

/** Joins citations into one source string. */
export const cite = (...parts: readonly string[]): string => parts.join('; ');
