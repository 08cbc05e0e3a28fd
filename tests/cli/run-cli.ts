import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCheck } from '../../src/cli/commands';

export const ROOT = join(__dirname, '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI as `npm run check` does (tsx src/cli/cli.ts), in a child process. */
export function spawnCli(args: string[]): CliResult {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const result = spawnSync(tsx, [join(ROOT, 'src', 'cli', 'cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the same command in this process, capturing what it prints: fast enough for many cases. */
export async function runInProcess(args: string[]): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCheck(args, { out: (line) => stdout.push(line), err: (line) => stderr.push(line) });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}
