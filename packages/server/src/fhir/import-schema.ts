// The part of an incoming Bundle the import reads, in zod: a Bundle of one Patient, optional Conditions, and
// Observations and QuestionnaireResponses. Other elements are allowed and ignored; the structure as a whole has been
// checked against the R4 definitions first.
import { z } from 'zod';

export const ZCoding = z.object({
  system: z.string().optional(),
  code: z.string().optional(),
  display: z.string().optional(),
});
export const ZCodeableConcept = z.object({ coding: z.array(ZCoding).optional(), text: z.string().optional() });
const ZReference = z.object(
  { reference: z.string().optional() },
  { error: "the subject (the Bundle's Patient) is needed" },
);
const FULL_DATE = /^\d{4}-\d{2}-\d{2}/;

export const ZImportBundle = z.object({
  resourceType: z.literal('Bundle', { error: 'expected a Bundle' }),
  type: z.enum(['transaction', 'collection'], { error: 'send a transaction (or collection) Bundle' }),
  entry: z
    .array(
      z.object({
        fullUrl: z.string().optional(),
        resource: z.object({ resourceType: z.string(), id: z.string().optional() }).loose(),
        request: z.object({ method: z.string(), url: z.string() }).optional(),
      }),
      { error: 'the Bundle has no entries' },
    )
    .min(1, { error: 'the Bundle has no entries' }),
});

export const ZImportPatient = z.object({
  name: z
    .array(
      z.object({ text: z.string().optional(), family: z.string().optional(), given: z.array(z.string()).optional() }),
      { error: 'a name is needed' },
    )
    .min(1, { error: 'a name is needed' }),
  gender: z.enum(['male', 'female', 'other', 'unknown']).optional(),
  birthDate: z
    .string({ error: "a birth date is needed (the intake records the client's age)" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a full birth date (YYYY-MM-DD) is needed to work out the age' }),
  telecom: z.array(z.object({ system: z.string().optional(), value: z.string().optional() })).optional(),
});

export const ZImportCondition = z.object({
  bodySite: z
    .array(ZCodeableConcept, { error: 'name where the problem is (bodySite)' })
    .min(1, { error: 'name where the problem is (bodySite)' }),
  subject: ZReference,
  onsetDateTime: z.string().regex(FULL_DATE).optional(),
});

export const ZImportObservation = z.object({
  status: z.enum(['final', 'amended', 'corrected'], { error: 'only final, amended or corrected results are imported' }),
  code: ZCodeableConcept,
  subject: ZReference,
  effectiveDateTime: z.string().regex(FULL_DATE, { error: 'a full date is needed' }).optional(),
  effectiveInstant: z.string().optional(),
  effectivePeriod: z
    .object({ start: z.string().regex(FULL_DATE, { error: 'a full date is needed' }).optional() })
    .optional(),
  valueQuantity: z.object({ value: z.number({ error: 'the value is missing' }) }).optional(),
  valueInteger: z.number().optional(),
  valueCodeableConcept: ZCodeableConcept.optional(),
});

export interface ImportItem {
  linkId: string;
  answer?: { valueInteger?: number; valueDecimal?: number; valueBoolean?: boolean; valueString?: string }[];
  item?: ImportItem[];
}

const ZImportItem: z.ZodType<ImportItem> = z.lazy(() =>
  z.object({
    linkId: z.string(),
    answer: z
      .array(
        z.object({
          valueInteger: z.number().optional(),
          valueDecimal: z.number().optional(),
          valueBoolean: z.boolean().optional(),
          valueString: z.string().optional(),
        }),
      )
      .optional(),
    item: z.array(ZImportItem).optional(),
  }),
);

export const ZImportQuestionnaireResponse = z.object({
  status: z.enum(['completed', 'amended'], { error: 'only completed or amended responses are imported' }),
  questionnaire: z.string({ error: 'name the questionnaire (a Tandem instrument)' }),
  subject: ZReference,
  authored: z
    .string({ error: 'the date it was answered (authored) is needed' })
    .regex(FULL_DATE, { error: 'a full date is needed' }),
  item: z.array(ZImportItem).optional(),
});

export type ImportBundle = z.infer<typeof ZImportBundle>;
export type ImportPatient = z.infer<typeof ZImportPatient>;
export type ImportCondition = z.infer<typeof ZImportCondition>;
export type ImportObservation = z.infer<typeof ZImportObservation>;
export type ImportQuestionnaireResponse = z.infer<typeof ZImportQuestionnaireResponse>;
export type CodeableConceptInput = z.infer<typeof ZCodeableConcept>;
