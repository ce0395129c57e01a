// Step 2: where it hurts (the body map) and how much, now and at its best and worst.
import { Fieldset, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { BodyMap } from '../../ui/body-map/BodyMap.tsx';
import { withPainMap, type PainEntry } from './draft.ts';
import { errorAt } from './fieldErrors.ts';
import { PainTable } from './PainTable.tsx';
import { numberOrUndefined, setOptional, type StepProps } from './step.ts';

export function ComplaintStep({ draft, update, errors }: StepProps) {
  const map = draft.pain.map;
  const setMap = (next: PainEntry[]) => {
    update((d) => withPainMap(d, next));
  };
  const nprs = draft.pain.nprs;
  const setNprs = (key: 'current' | 'best' | 'worst', v: string | number) => {
    update((d) => ({ ...d, pain: { ...d.pain, nprs: setOptional(d.pain.nprs, key, numberOrUndefined(v)) } }));
  };
  const regionsError = errorAt(errors, 'complaint.regions') ?? errorAt(errors, 'pain.map');
  return (
    <Stack>
      <Fieldset legend="Where is the pain?">
        <BodyMap label="Pain regions" value={map} onChange={setMap} make={(e) => e} />
        {regionsError && (
          <Text c="red.8" size="sm" role="alert" mt="xs">
            {regionsError.startsWith('Too small') ? 'Mark at least one region on the body map' : regionsError}
          </Text>
        )}
      </Fieldset>
      <PainTable map={map} onChange={setMap} />
      <Fieldset legend="Pain intensity (0 none – 10 worst imaginable)">
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <NumberInput
            label="Right now"
            required
            min={0}
            max={10}
            allowDecimal={false}
            value={nprs.current ?? ''}
            onChange={(v) => {
              setNprs('current', v);
            }}
            error={errorAt(errors, 'pain.nprs.current')}
          />
          <NumberInput
            label="At its best (last week)"
            min={0}
            max={10}
            allowDecimal={false}
            value={nprs.best ?? ''}
            onChange={(v) => {
              setNprs('best', v);
            }}
            error={errorAt(errors, 'pain.nprs.best')}
          />
          <NumberInput
            label="At its worst (last week)"
            min={0}
            max={10}
            allowDecimal={false}
            value={nprs.worst ?? ''}
            onChange={(v) => {
              setNprs('worst', v);
            }}
            error={errorAt(errors, 'pain.nprs.worst')}
          />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
