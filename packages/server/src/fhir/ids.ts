// FHIR ids made from stored ids, so a resource keeps its id across reads and exports. Records that storage finds only
// through their episode (measures, goals, referrals) carry the episode in the id: both UUIDs without dashes, 64
// characters, the longest id FHIR allows.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAIR = /^[0-9a-f]{64}$/;
const PROCEDURE = /^([0-9a-f-]{36})\.(\d{1,4})$/;

/** The id datatype of FHIR R4. */
export const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export const isUuid = (id: string): boolean => UUID.test(id);

const compact = (uuid: string): string => {
  if (!UUID.test(uuid)) throw new Error(`stored id ${uuid} is not a UUID`);
  return uuid.replaceAll('-', '').toLowerCase();
};
const expand = (hex: string): string =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

/** The id of a record stored under an episode (an Observation of a measure, a Goal, a ServiceRequest…). */
export const episodeRecordId = (episodeId: string, recordId: string): string => compact(episodeId) + compact(recordId);

export function parseEpisodeRecordId(id: string): { episodeId: string; recordId: string } | null {
  if (!PAIR.test(id)) return null;
  return { episodeId: expand(id.slice(0, 32)), recordId: expand(id.slice(32)) };
}

/** A technique applied at a visit: the visit's id and the item's place in what was performed. */
export const procedureId = (visitId: string, index: number): string => `${visitId}.${index}`;

export function parseProcedureId(id: string): { visitId: string; index: number } | null {
  const match = PROCEDURE.exec(id);
  if (!match?.[1] || !match[2] || !UUID.test(match[1])) return null;
  return { visitId: match[1].toLowerCase(), index: Number(match[2]) };
}
