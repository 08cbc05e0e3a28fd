/** Entry point of `npm run check`: wires the process to runCheck. Everything else is in commands.ts. */
import { runCheck } from './commands';

runCheck(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
