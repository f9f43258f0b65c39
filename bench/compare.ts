import { readFileSync } from 'node:fs';
import { lineOf, type Figure } from './results';

/**
 * `tsx bench/compare.ts before.json after.json [--all]`: the figures of two bench runs side by side,
 * one line per figure whose numbers differ (`--all`: every figure), e.g.
 * `roundtrips units-page size=1000: requests 2 → 3, rcu 3.5 → 5`.
 * Figures are matched by group, name and parameters; ones in only one run are listed as such.
 */
interface Results {
  startedAt: string;
  settings: { quick?: boolean; preset?: string };
  machine: { commit: string | null; dirty: boolean; cpuModel: string | null; cpus: number };
  figures: Figure[];
}

const load = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Results;
const key = (f: Figure) => `${f.group} ${f.name} ${JSON.stringify(f.params ?? {})}`;

function main(argv: string[]) {
  const all = argv.includes('--all');
  const [beforePath, afterPath] = argv.filter((a) => !a.startsWith('--'));
  if (!beforePath || !afterPath) {
    console.error('usage: tsx bench/compare.ts before.json after.json [--all]');
    process.exit(2);
  }
  const [before, after] = [load(beforePath), load(afterPath)];
  const describe = (r: Results) =>
    `${r.startedAt} commit ${r.machine.commit ?? '?'}${r.machine.dirty ? ' (dirty)' : ''}${r.settings.quick ? ` ${r.settings.preset ?? 'quick'}` : ''}, ${r.machine.cpus}× ${r.machine.cpuModel ?? '?'}`;
  console.log(`before: ${describe(before)}\nafter:  ${describe(after)}`);
  if (before.machine.cpuModel !== after.machine.cpuModel || before.machine.cpus !== after.machine.cpus) {
    console.log('(different machines: compare ratios and counts, not milliseconds)');
  }
  const old = new Map(before.figures.map((f) => [key(f), f]));
  const seen = new Set<string>();
  for (const figure of after.figures) {
    const k = key(figure);
    seen.add(k);
    const previous = old.get(k);
    if (!previous) {
      console.log(`new   ${lineOf(figure)}`);
      continue;
    }
    const changes: string[] = [];
    for (const [name, value] of Object.entries(figure.values)) {
      const was = previous.values[name];
      if (typeof value !== 'number' || typeof was !== 'number') continue;
      if (value !== was || all) changes.push(`${name} ${was} → ${value}${was ? ` (${((value / was - 1) * 100).toFixed(0)}%)` : ''}`);
    }
    if (changes.length) console.log(`${lineOf({ ...figure, text: changes.join(', ') })}`);
  }
  for (const [k, figure] of old) if (!seen.has(k)) console.log(`gone  ${lineOf(figure)}`);
}

main(process.argv.slice(2));
