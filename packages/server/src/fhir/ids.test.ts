import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { FHIR_ID, episodeRecordId, parseEpisodeRecordId, parseProcedureId, procedureId } from './ids.ts';

describe('FHIR ids from stored ids', () => {
  test('an episode record id is 64 characters, a valid FHIR id, and gives back both ids', () => {
    const episodeId = randomUUID();
    const recordId = randomUUID();
    const id = episodeRecordId(episodeId, recordId);
    expect(id).toHaveLength(64);
    expect(id).toMatch(FHIR_ID);
    expect(parseEpisodeRecordId(id)).toEqual({ episodeId, recordId });
  });

  test('a procedure id names the visit and the item', () => {
    const visitId = randomUUID();
    expect(procedureId(visitId, 3)).toMatch(FHIR_ID);
    expect(parseProcedureId(procedureId(visitId, 3))).toEqual({ visitId, index: 3 });
  });

  test.each(['', 'abc', 'x'.repeat(64), `${randomUUID()}.x`, randomUUID()])(
    '%s is not a record or procedure id',
    (id) => {
      expect(parseEpisodeRecordId(id)).toBeNull();
      expect(parseProcedureId(id)).toBeNull();
    },
  );

  test('an id that is not a UUID is a bug, not a resource', () => {
    expect(() => episodeRecordId('not-a-uuid', randomUUID())).toThrow(/not a UUID/);
  });
});
