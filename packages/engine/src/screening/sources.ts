// Short citations for screening rules: author(s), year, journal or guideline, so each source can be looked up.

export const SOURCES = {
  finucane: 'Finucane et al. 2020, J Orthop Sports Phys Ther 50(7):350 (IFOMPT red-flag framework)',
  ifomptCervical:
    'IFOMPT cervical framework (Rushton et al. 2023, J Orthop Sports Phys Ther 53(1):7); Kerry & Taylor 2006/2009',
  who: 'WHO 2005, Guidelines on basic training and safety in chiropractic (contraindications to manipulation)',
  consensus: 'Hawk et al. 2020, J Altern Complement Med 26(10):884 (chiropractic best-practices consensus), Table 9',
  pmc: 'Absolute/relative contraindication table, PubMed Central PMC1116959',
  batavia: 'Batavia 2004, J Bodyw Mov Ther 8:48 (massage sources disagree: configurable)',
  kelley: 'Kelley et al. 2013, J Orthop Sports Phys Ther 43(5):A1 (dose by irritability)',
  niceVte:
    'NICE NG158 2020, Venous thromboembolic diseases: diagnosis, management and thrombophilia testing (suspected DVT or PE: assess the same day)',
  glucocorticoid:
    'Schäcke et al. 2002, Pharmacol Ther 96(1):23 (glucocorticoid side effects: skin atrophy, osteoporosis); Blanco et al. 2005, Drug Saf 28(7):633 (corticosteroid-associated tendinopathies)',
  eularFibromyalgia:
    'Macfarlane et al. 2017, Ann Rheum Dis 76(2):318 (EULAR revised recommendations for fibromyalgia: exercise first)',
  nijs: 'Nijs et al. 2010, Man Ther 15(2):135 (central sensitisation in manual therapy practice); Nijs et al. 2014, Pain Physician 17(5):447 (classifying central sensitisation pain)',
  policy: 'Tandem policy [P]; docs/rules.md',
  hardy: 'Hardy 1989, Phys Ther 69(12):1014 (phases of scar formation and remodelling)',
  vanMelick:
    'van Melick et al. 2016, Br J Sports Med 50(24):1506 (ACL rehabilitation guideline: impact and running after criteria)',
  giangregorio: 'Giangregorio et al. 2014, Osteoporos Int 25(3):821 (Too Fit To Fracture exercise recommendations)',
  acog: 'ACOG Committee Opinion 804, 2020, Obstet Gynecol 135(4):e178 (physical activity and exercise in pregnancy)',
  mottola: 'Mottola et al. 2018, Br J Sports Med 52(21):1339 (Canadian guideline for physical activity in pregnancy)',
  worldFalls: 'Montero-Odasso et al. 2022, Age Ageing 51(9):afac205 (World guidelines for falls prevention)',
  sherrington: 'Sherrington et al. 2019, Cochrane Database Syst Rev CD012424 (exercise for preventing falls)',
  vellas: 'Vellas et al. 1997, J Am Geriatr Soc 45(6):735 (one-leg balance and injurious falls)',
} as const;

/** Joins citations into one source string. */
export const cite = (...parts: readonly string[]): string => parts.join('; ');
