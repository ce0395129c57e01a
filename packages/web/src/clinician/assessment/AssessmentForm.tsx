// The assessment form: pain map, posture and movement, FMS, palpation, range of motion, strength and tests,
// questionnaires scored live, notes; saved with POST /episodes/{id}/assessments. The server's field errors show
// next to the field they name.
import { Alert, Button, Checkbox, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../../api/client.ts';
import { BodyMap } from '../../ui/body-map/BodyMap.tsx';
import { withPainMap, type IntakeDraft } from '../intake/draft.ts';
import { errorAt, fieldErrorsOf } from '../intake/fieldErrors.ts';
import { PainTable } from '../intake/PainTable.tsx';
import { replaceIntake } from '../intake/save.ts';
import { toBody, type AssessmentDraft } from './draft.ts';
import { FmsSection } from './FmsSection.tsx';
import { MovementChips, PostureChips } from './ObservedSection.tsx';
import { PalpationRows } from './PalpationRows.tsx';
import { Questionnaires } from './Questionnaires.tsx';
import { RomRows } from './RomRows.tsx';
import type { Created } from './SavedPanel.tsx';
import { Section } from './Section.tsx';
import { FunctionalRows, StrengthRows } from './StrengthTestRows.tsx';

interface Props {
  episodeId: string;
  initial: AssessmentDraft;
  intake: IntakeDraft;
  canUpdateIntake: boolean;
  firstAssessment: boolean;
  previous: Parameters<typeof Questionnaires>[0]['previous'];
  onSaved: (created: Created, baselineNote: string | null) => void;
}

export function AssessmentForm({
  episodeId,
  initial,
  intake,
  canUpdateIntake,
  firstAssessment,
  previous,
  onSaved,
}: Props) {
  const [d, setD] = useState(initial);
  const [asBaseline, setAsBaseline] = useState(canUpdateIntake && firstAssessment);
  const save = useMutation({
    mutationFn: async () => {
      const body = toBody(d);
      const created = await ok(
        api.POST('/api/v1/episodes/{id}/assessments', { params: { path: { id: episodeId } }, body }),
      );
      let note: string | null = null;
      if (asBaseline) {
        const updated = withPainMap(
          { ...intake, findings: body.findings as IntakeDraft['findings'] },
          d.painMap.length > 0 ? d.painMap : intake.pain.map,
        );
        try {
          await replaceIntake(episodeId, updated);
          note = 'The case file now holds these findings and pain map as its baseline, so the plan is built from them.';
        } catch (e) {
          note = `The case file was not updated: ${e instanceof Error ? e.message : 'unknown error'}.`;
        }
      }
      return { created, note };
    },
    onSuccess: ({ created, note }) => {
      onSaved(created, note);
    },
  });
  const errors = fieldErrorsOf(save.error, ['body.']);
  // A change clears the server's verdict on the previous attempt (it no longer describes the form).
  const set =
    <K extends keyof AssessmentDraft>(key: K) =>
    (value: AssessmentDraft[K]) => {
      setD((x) => ({ ...x, [key]: value }));
      if (save.isError) save.reset();
    };
  const general = save.error && Object.keys(errors).length === 0 ? save.error.message : null;

  return (
    <Stack>
      <TextInput
        label="Date of the assessment"
        type="date"
        value={d.date}
        w={220}
        required
        error={errorAt(errors, 'date')}
        onChange={(e) => {
          set('date')(e.currentTarget.value);
        }}
      />
      <Section
        id="pain-map"
        title="Pain map"
        hint="Mark where it hurts now, front and back; add the intensity and quality per region."
      >
        <BodyMap label="Pain map" value={d.painMap} onChange={set('painMap')} make={(e) => e} />
        <PainTable map={d.painMap} onChange={set('painMap')} />
      </Section>
      <Section id="posture" title="Posture">
        <PostureChips value={d.posture} onChange={set('posture')} />
      </Section>
      <Section id="movement" title="Movement">
        <MovementChips value={d.movement} onChange={set('movement')} />
      </Section>
      <Section
        id="fms"
        title="Functional Movement Screen"
        hint="Score each pattern 0–3; bilateral tests per side (the lower side counts)."
      >
        <FmsSection fms={d.fms} onChange={set('fms')} />
      </Section>
      <Section id="palpation" title="Palpation">
        <PalpationRows rows={d.palpation} onChange={set('palpation')} errors={errors} />
      </Section>
      <Section
        id="rom"
        title="Range of motion"
        hint="Active range in degrees; the normal range is shown beside each value."
      >
        <RomRows rows={d.rom} onChange={set('rom')} errors={errors} />
      </Section>
      <Section id="strength" title="Strength and functional tests">
        <StrengthRows rows={d.strength} onChange={set('strength')} errors={errors} />
        <FunctionalRows rows={d.functional} onChange={set('functional')} errors={errors} />
      </Section>
      <Section
        id="questionnaires"
        title="Questionnaires"
        hint="Scored as they are answered, with the change that matters (MCID)."
      >
        <Questionnaires value={d.questionnaires} onChange={set('questionnaires')} previous={previous} errors={errors} />
      </Section>
      <Section id="notes" title="Notes">
        <Textarea
          label="Clinical notes"
          autosize
          minRows={3}
          value={d.notes}
          onChange={(e) => {
            set('notes')(e.currentTarget.value);
          }}
          error={errorAt(errors, 'notes')}
        />
      </Section>
      {general && (
        <Alert color="red" title="The assessment was not saved" role="alert">
          {general}
        </Alert>
      )}
      {Object.keys(errors).length > 0 && (
        <Alert color="red" title="The server could not save the assessment" role="alert">
          {Object.entries(errors).map(([f, m]) => (
            <Text key={f} size="sm">
              {f}: {m}
            </Text>
          ))}
        </Alert>
      )}
      <Group justify="space-between">
        {canUpdateIntake ? (
          <Checkbox
            label="Use these findings as the case file's baseline (the plan is generated from the case file)"
            checked={asBaseline}
            onChange={(e) => {
              setAsBaseline(e.currentTarget.checked);
            }}
          />
        ) : (
          <span />
        )}
        <Button
          size="md"
          onClick={() => {
            save.mutate();
          }}
          loading={save.isPending}
        >
          Save assessment
        </Button>
      </Group>
    </Stack>
  );
}
