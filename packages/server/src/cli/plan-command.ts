// `tandem plan CASE.json [--json]`: previews the plan of care for a case file; stores nothing.
import { describeExerciseLimit, doseText, generatePlan, type Plan, type VisitItem } from '@tandem/engine';
import { toJson } from './io.ts';
import { readCaseFile } from './screen-command.ts';

const words = (id: string) => id.replaceAll('_', ' ');

function itemText(item: VisitItem): string {
  if (item.kind === 'technique') return `${item.intensity}${item.modified ? ' (modified)' : ''}, ${item.minutes} min`;
  return doseText(item.dosage, { details: ['tempo', 'load', 'daysPerWeek'], terse: true });
}

export function planText(plan: Plan): string {
  const lines: string[] = [`Plan of care for ${plan.caseId} (from ${plan.generatedFor})`, ''];
  if (plan.referral) {
    lines.push(
      `REFERRAL (${plan.referral.urgency}): ${plan.referral.reasons.join('; ')} [${plan.referral.ruleIds.join(', ')}]`,
      ...plan.referral.advice.map((a) => `  ${a}`),
      '',
    );
  }
  // A plan that refers first has no treatment: its irritability would only suggest one.
  if (plan.phases.length > 0) lines.push(`Irritability: ${plan.irritability.decision}. ${plan.irritability.rationale}`);
  for (const r of plan.restrictions)
    lines.push(
      `Restriction: ${r.action} ${r.categories.map(words).join(', ')}${r.maxIntensity ? ` above ${r.maxIntensity}` : ''}${r.regions ? ` at ${r.regions.join(', ')}` : ''} [${r.ruleId}]`,
    );
  for (const l of plan.exerciseLimits) lines.push(`Exercise limit: ${describeExerciseLimit(l)} [${l.ruleId}]`);
  for (const n of plan.notices) lines.push(`Confirm: ${n.rationale} [${n.ruleId}]`);
  if (plan.phases.length === 0) {
    lines.push('', 'No treatment phases: refer first, then re-screen.');
    return lines.join('\n');
  }
  lines.push('', 'Impairments:');
  for (const i of plan.impairments)
    lines.push(`  - ${words(i.impairment)} at ${words(i.region)}: ${i.supportedBy.join('; ')}`);
  lines.push('', 'Phases:');
  for (const p of plan.phases) {
    const visits =
      p.visitsPerWeek >= 1
        ? `${p.visitsPerWeek} visit${p.visitsPerWeek === 1 ? '' : 's'} a week`
        : `a check-in every ${Math.round(1 / p.visitsPerWeek)} weeks`;
    lines.push(
      `  ${p.title} — week ${p.startWeek}${p.weeks > 1 ? `–${p.startWeek + p.weeks - 1}` : ''}, ${visits}, hands-on ${Math.round(p.manualShare * 100)} %`,
    );
    lines.push(`    exit when: ${p.exitCriteria.map((c) => c.text).join('; ')}`);
    if (p.limitsChange) lines.push(`    ${p.limitsChange.rationale} [${p.limitsChange.ruleId}]`);
  }
  if (plan.visit) {
    lines.push('', `Visit (${plan.visit.phase}, ${plan.visit.minutes} min):`);
    for (const b of plan.visit.blocks) {
      lines.push(`  ${words(b.kind)} — ${b.minutes} min`);
      for (const item of b.items) {
        lines.push(`    • ${item.name}: ${itemText(item)} — ${item.rationale}`);
        if (item.kind === 'technique' && item.position)
          lines.push(`      position: ${item.position.rationale} [${item.position.ruleId}]`);
      }
    }
  }
  if (plan.homeProgram) {
    lines.push('', `Home program (${plan.homeProgram.minutesPerDay} min/day):`);
    for (const e of plan.homeProgram.exercises) lines.push(`  • ${e.name}: ${itemText(e)}`);
    for (const d of plan.homeProgram.days)
      lines.push(`  day ${d.day} (${d.focus}, ${d.minutes} min): ${d.items.map((i) => i.name).join(', ')}`);
  }
  if (plan.education.length > 0) lines.push('', 'Education:', ...plan.education.map((e) => `  • ${e.title}`));
  if (plan.goals.length > 0) lines.push('', 'Goals:', ...plan.goals.map((g) => `  • ${g.description}`));
  lines.push(
    '',
    `Re-assess every ${plan.reassessEverySessions ?? '-'} visits: ${plan.measures.map((m) => m.measure).join(', ')}`,
  );
  if (plan.excluded.length > 0)
    lines.push('', 'Left out:', ...plan.excluded.map((x) => `  • ${x.name} (${x.reason}): ${x.rationale}`));
  return lines.join('\n');
}

export function planOutput(file: string, json: boolean, asOf: string, stdin: () => string): string {
  const plan = generatePlan(readCaseFile(file, stdin), { asOf });
  return json ? toJson(plan) : planText(plan);
}
