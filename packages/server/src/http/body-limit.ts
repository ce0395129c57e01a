// The largest request body the API reads. A real intake is a few kilobytes and a FHIR import well under a megabyte;
// anything near the limit is a runaway export, refused with 413 before it is parsed (docs/case-file.md).
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;
export const BODY_LIMIT_TEXT = `${BODY_LIMIT_BYTES / (1024 * 1024)} MB`;
