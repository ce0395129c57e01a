import { INSTRUMENTS, scoreInstrument, type InstrumentId } from '@tandem/engine';
import { describe, expect, test } from 'vitest';
import { answersOf, itemValues } from './import-answers.ts';
import type { ImportItem } from './import-schema.ts';
import { answerItems } from './questionnaire-response.ts';

// Answers in each shape the instruments take; exported as items and read back, they score the same.
const CASES: [InstrumentId, unknown][] = [
  ['nprs', 6],
  ['nprs', { score: 4 }],
  ['odi', [3, 2, 3, 2, 3, 2, 2, null, 2, 3]],
  ['quickdash', { items: [2, 3, 2, 1, 1, 2, 3, 2, 2, 3, 2], work: [2, 2, 3, 2] }],
  [
    'psfs',
    [
      { activity: 'running', score: 4 },
      { activity: 'stairs', score: 6 },
    ],
  ],
  ['psfs', [3, 5, 7]],
  ['tug', { seconds: 11.4, walkingAid: 'stick' }],
  ['cst30', { count: 11, age: 67, sex: 'female' }],
];

describe('questionnaire answers ↔ QuestionnaireResponse items', () => {
  test.each(CASES)('%s %j survives the round trip', (instrument, answers) => {
    const items = answerItems(instrument, answers) as ImportItem[];
    const { values, unreadable } = itemValues(items);
    expect(unreadable).toEqual([]);
    const back = answersOf(values);
    const before = scoreInstrument(instrument, answers);
    const after = scoreInstrument(instrument, back);
    expect(before.ok && after.ok && before.value.score === after.value.score, JSON.stringify({ back, after })).toBe(
      true,
    );
  });

  test("items of instruments with fixed items are linked by item id, with Tandem's own text", () => {
    const items = answerItems('odi', [3, 2, 3, 2, 3, 2, 2, null, 2, 3]);
    expect(items[0]).toEqual({
      linkId: 'pain_intensity',
      text: INSTRUMENTS.odi.items?.[0]?.label,
      answer: [{ valueInteger: 3 }],
    });
    expect(items[7]).toEqual({ linkId: 'sex_life', text: INSTRUMENTS.odi.items?.[7]?.label });
  });
});
