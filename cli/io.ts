import { createInterface } from 'node:readline';

/** Writes one JSON line to stdout, waiting for the pipe to drain so large batches keep memory flat. */
export async function writeLine(value: unknown): Promise<void> {
  if (!process.stdout.write(JSON.stringify(value) + '\n')) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}

export function warn(message: string): void {
  process.stderr.write(`parallax: ${message}\n`);
}

export type InputLine = { lineNumber: number; value: Record<string, unknown> } | { lineNumber: number; error: string };

/** JSON objects, one a line, from stdin; a broken line is reported and the rest go on. */
export async function* readJsonLines(input: NodeJS.ReadableStream = process.stdin): AsyncGenerator<InputLine> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(line);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
      yield { lineNumber, value: value as Record<string, unknown> };
    } catch (error) {
      yield { lineNumber, error: `line ${lineNumber}: ${error instanceof Error ? error.message : 'unreadable'}` };
    }
  }
}

export function stringField(value: Record<string, unknown>, key: string): string | null {
  const field = value[key];
  return typeof field === 'string' ? field : typeof field === 'number' ? String(field) : null;
}

export class UsageError extends Error {}
