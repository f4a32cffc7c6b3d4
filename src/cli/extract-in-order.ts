import { extractFile, type CliInput, type ExtractOptions, type FileOutcome } from './extract-file';

/**
 * Reads this many files ahead of the one being extracted, so a slow disk and the
 * extraction overlap instead of taking turns; more than this only holds more text in memory.
 */
const READ_AHEAD = 16;

/** The inputs' outcomes in input order, on this thread, files read ahead; one bad file stops nothing. */
export async function* extractInOrder(
  inputs: readonly CliInput[],
  read: (file: string) => Promise<string>,
  options: ExtractOptions,
): AsyncGenerator<FileOutcome> {
  const inFlight: Promise<{ text?: string; error?: unknown }>[] = [];
  const start = (input: CliInput) =>
    read(input.file).then(
      (text) => ({ text }),
      (error: unknown) => ({ error }),
    );
  let next = 0;
  while (next < inputs.length && inFlight.length < READ_AHEAD) inFlight.push(start(inputs[next++]!));
  for (let done = 0; done < inputs.length; done++) {
    const result = await inFlight.shift()!;
    if (next < inputs.length) inFlight.push(start(inputs[next++]!));
    yield extractFile(inputs[done]!, result, options);
  }
}
