// The questionnaires of this assessment: pick which to give, answer them, see each score as it is answered.
import { Group, Select, Stack, Text } from '@mantine/core';
import { INSTRUMENTS, INSTRUMENT_IDS, type InstrumentId } from '@tandem/engine';
import type { FieldErrors } from '../intake/fieldErrors.ts';
import type { Answers, AssessmentDraft, PsfsRow } from './draft.ts';
import type { Previous } from './LiveScore.tsx';
import { PsfsCard } from './PsfsCard.tsx';
import { QuestionnaireCard } from './QuestionnaireCard.tsx';

/** Questionnaires answered item by item, and the PSFS; the FMS and timed tests have their own sections. */
export const QUESTIONNAIRE_IDS = INSTRUMENT_IDS.filter((id) => INSTRUMENTS[id].items !== undefined || id === 'psfs');

const blank = (id: InstrumentId): Answers =>
  id === 'psfs' ? [{ activity: '', score: null }] : (INSTRUMENTS[id].items ?? []).map(() => null);

interface Props {
  value: AssessmentDraft['questionnaires'];
  onChange: (q: AssessmentDraft['questionnaires']) => void;
  previous: Partial<Record<InstrumentId, Previous>>;
  errors: FieldErrors;
}

export function Questionnaires({ value, onChange, previous, errors }: Props) {
  const chosen = QUESTIONNAIRE_IDS.filter((id) => value[id] !== undefined);
  const available = QUESTIONNAIRE_IDS.filter((id) => value[id] === undefined);
  const set = (id: InstrumentId, a: Answers | undefined) => {
    onChange(
      Object.fromEntries(
        Object.entries({ ...value, [id]: a }).filter((e: [string, Answers | undefined]) => e[1] !== undefined),
      ),
    );
  };
  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label="Add a questionnaire"
          placeholder="Choose…"
          data={available.map((id) => ({ value: id, label: INSTRUMENTS[id].name }))}
          value={null}
          searchable
          w={380}
          onChange={(v) => {
            const id = QUESTIONNAIRE_IDS.find((q) => q === v);
            if (id) set(id, blank(id));
          }}
        />
        {chosen.length === 0 && (
          <Text size="sm" c="dimmed">
            None added yet.
          </Text>
        )}
      </Group>
      {chosen.map((id) => {
        const answers = value[id] ?? [];
        return id === 'psfs' ? (
          <PsfsCard
            key={id}
            rows={answers as PsfsRow[]}
            onChange={(r) => {
              set(id, r);
            }}
            onRemove={() => {
              set(id, undefined);
            }}
            previous={previous[id]}
            errors={errors}
          />
        ) : (
          <QuestionnaireCard
            key={id}
            id={id}
            answers={answers as (number | null)[]}
            onChange={(a) => {
              set(id, a);
            }}
            onRemove={() => {
              set(id, undefined);
            }}
            previous={previous[id]}
            errors={errors}
          />
        );
      })}
    </Stack>
  );
}
