/**
 * `yibao-gateway trial [--input FILE]`: the issue-5 trial contract on the command line.
 * Request JSON on stdin or from a file, result JSON on stdout; on bad input a JSON error
 * `{code, message, message_zh, details}` on stdout and a non-zero exit.
 */
import { parseRequestJson } from '../../boundary/json.ts';
import { readFile } from 'node:fs/promises';
import { parseOrUsage, type CliIo, type Command } from '../command.ts';
import { GatewayError, isGatewayError } from '../../errors/gateway-error.ts';
import { defaultEngineContext, loadCatalogue, loadPolicies, trial } from '../../engine/index.ts';

const USAGE = `Usage: yibao-gateway trial [--input FILE] [--policies DIR] [--catalogue FILE]

Computes a pre-settlement trial: reads the request JSON (the trial contract) from FILE or
standard input, writes the result JSON (setlinfo, setldetail, per-line split, trace, warnings,
accumulators_delta) to standard output. Nothing is stored.

Options:
  --input FILE       read the request from FILE instead of standard input
  --policies DIR     policy files to use (default: the shipped gateway/policies)
  --catalogue FILE   catalogue file to use (default: the shipped demo catalogue)

Exit status: 0 with a result; 1 with a JSON error {code, message, message_zh, details} for a
request the engine refuses; 2 for a usage error.
`;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function fail(io: CliIo, err: GatewayError): number {
  io.stdout.write(`${JSON.stringify(err.toJSON(), null, 2)}\n`);
  return 1;
}

export const trialCommand: Command = {
  name: ['trial'],
  summary: 'pre-settlement trial: request JSON in, explained result JSON out',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseOrUsage('yibao-gateway trial', USAGE, { args, options: { input: { type: 'string' }, policies: { type: 'string' }, catalogue: { type: 'string' } }, strict: true }, io);
    if (!parsed) return 2;
    const { values } = parsed;
    let text: string;
    try {
      text = values.input ? await readFile(values.input, 'utf8') : await readAll(io.stdin);
    } catch (cause) {
      const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
      const detail = !values.input ? 'cannot read standard input'
        : missing ? `the input file ${values.input} does not exist: check the --input path, or pipe the request JSON on standard input`
          : `the input file ${values.input} cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'error'}): check its permissions`;
      return fail(io, new GatewayError('GW_VALIDATION', { cause, detail, details: { path: '(input)' } }));
    }
    let json: unknown;
    try {
      // The same rules as the HIS API: duplicate keys, nesting and text are refused by name.
      json = parseRequestJson(text, values.input ? 'input' : 'stdin');
    } catch (err) {
      return fail(io, err as GatewayError);
    }
    try {
      const ctx = values.policies || values.catalogue
        ? { policies: values.policies ? loadPolicies(values.policies) : defaultEngineContext().policies, catalogue: values.catalogue ? loadCatalogue(values.catalogue) : defaultEngineContext().catalogue }
        : defaultEngineContext();
      io.stdout.write(`${JSON.stringify(trial(json, ctx), null, 2)}\n`);
      return 0;
    } catch (err) {
      if (isGatewayError(err)) return fail(io, err);
      return fail(io, new GatewayError('GW_INTERNAL', { cause: err }));
    }
  },
};
