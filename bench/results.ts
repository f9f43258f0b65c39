import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export const GROUPS = ['roundtrips', 'coldstart', 'throughput', 'admin', 'public', 'scale', 'import'] as const;
export type Group = (typeof GROUPS)[number];

/** One measured figure: printed as one line, kept in results.json with its numbers. */
export interface Figure {
  group: Group;
  /** e.g. `units-page`, `bundle`, `first-answer`. */
  name: string;
  /** What the figure was measured with, e.g. `{ size: 1000 }`; part of the printed name. */
  params?: Record<string, string | number>;
  /** The numbers (null: not measured, with `note` saying why). */
  values: Record<string, number | string | boolean | null>;
  /** The printed text after the name. */
  text: string;
  note?: string;
}

/** Prints each figure as it comes (`group name k=v: text`) and writes them all as JSON at the end. */
export class Report {
  readonly figures: Figure[] = [];
  private readonly started = new Date();

  constructor(
    readonly settings: Record<string, unknown>,
    private readonly print: (line: string) => void = (line) => console.log(line),
  ) {}

  add(figure: Figure): Figure {
    this.figures.push(figure);
    this.print(lineOf(figure));
    return figure;
  }

  /** A figure that could not be measured, with the reason. */
  skip(group: Group, name: string, reason: string): Figure {
    return this.add({ group, name, values: { measured: false }, text: `not measured: ${reason}`, note: reason });
  }

  find(group: Group, name: string, params?: Record<string, string | number>): Figure | undefined {
    return this.figures.find((f) => f.group === group && f.name === name && JSON.stringify(f.params ?? {}) === JSON.stringify(params ?? {}));
  }

  toJSON() {
    return {
      startedAt: this.started.toISOString(),
      finishedAt: new Date().toISOString(),
      seconds: Math.round((Date.now() - this.started.getTime()) / 100) / 10,
      settings: this.settings,
      machine: machine(),
      figures: this.figures.map((f) => ({ ...f, line: lineOf(f) })),
    };
  }

  write(path: string): void {
    writeFileSync(path, `${JSON.stringify(this.toJSON(), null, 2)}\n`);
  }
}

export function lineOf(figure: Figure): string {
  const params = Object.entries(figure.params ?? {}).map(([k, v]) => ` ${k}=${v}`).join('');
  return `${figure.group} ${figure.name}${params}: ${figure.text}`;
}

function machine() {
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    commit: git(['rev-parse', '--short', 'HEAD']),
    /** Uncommitted changes outside bench/ make the figures describe a tree that is not a commit. */
    dirty: git(['status', '--porcelain', '--', '.', ':(exclude)bench']) !== '',
  };
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
