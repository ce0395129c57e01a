// Storing an import in one transaction: the client in the caller's clinic, an episode with the intake, each score as a
// measure, and one assessment per day recording what came in. The reply is a transaction-response Bundle giving each
// entry's new location.
import type { Bundle, BundleEntry } from '@medplum/fhirtypes';
import type { Client, Episode, MeasureScore } from '../db/records.ts';
import type { Repository } from '../db/repository.ts';
import { episodeRecordId } from './ids.ts';
import type { ImportPlan } from './import-plan.ts';

export interface Imported {
  client: Client;
  episode: Episode;
  measures: MeasureScore[];
}

export async function storeImport(repo: Repository, clinicId: string, plan: ImportPlan): Promise<Imported> {
  return repo.transaction(async (tx) => {
    const client = await tx.clients.create(clinicId, plan.client);
    const episode = await tx.episodes.create(clinicId, {
      clientId: client.id,
      intake: plan.intake,
      startedOn: plan.startedOn,
    });
    const measures: MeasureScore[] = [];
    for (const m of plan.measures) {
      measures.push(
        await tx.measures.add(clinicId, {
          episodeId: episode.id,
          date: m.date,
          measure: m.measure,
          value: m.value,
          ...(m.answers !== undefined && { answers: m.answers }),
        }),
      );
    }
    for (const date of [...new Set(plan.measures.map((m) => m.date))]) {
      const ofDay = plan.measures.filter((m) => m.date === date);
      const questionnaires = Object.fromEntries(
        ofDay.flatMap((m) => (m.answers !== undefined ? [[m.measure, m.answers]] : [])),
      );
      await tx.assessments.add(clinicId, {
        episodeId: episode.id,
        date,
        details: {
          kind: 'import',
          source: 'FHIR R4 Bundle',
          measures: ofDay.map((m) => ({ measure: m.measure, value: m.value })),
          ...(Object.keys(questionnaires).length > 0 && { questionnaires }),
        },
      });
    }
    return { client, episode, measures };
  });
}

export function transactionResponse(plan: ImportPlan, imported: Imported, timestamp: string): Bundle {
  const { client, episode, measures } = imported;
  const entry = plan.outcomes.map((outcome): BundleEntry => {
    switch (outcome.kind) {
      case 'patient':
        return { response: { status: '201 Created', location: `Patient/${client.id}` } };
      case 'condition':
        return { response: { status: '201 Created', location: `Condition/${episode.id}` } };
      case 'measure': {
        const stored = measures[outcome.index];
        const id = stored ? episodeRecordId(episode.id, stored.id) : '';
        return { response: { status: outcome.created ? '201 Created' : '200 OK', location: `${outcome.type}/${id}` } };
      }
    }
  });
  return { resourceType: 'Bundle', type: 'transaction-response', timestamp, entry };
}
