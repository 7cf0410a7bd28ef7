import { analyzeCommand } from './analyze';
import { flagCommand } from './flag';
import { UsageError, warn } from './io';
import { matchCommand } from './match';

const USAGE = `usage: parallax <command>
  analyze [--url URL] FILE      analyse one page (.html or .html.gz)
  analyze --batch               pages from stdin: {"id","file","url"?} a line
  flag                          texts from stdin: {"id","text"} a line
  match                         articles from stdin: {"id","title","text","outlet","url","date"} a line
Output: JSON lines on stdout; errors on stderr.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'analyze':
      return analyzeCommand(args);
    case 'flag':
      return flagCommand();
    case 'match':
      return matchCommand();
    case '--help':
    case '-h':
      process.stderr.write(USAGE + '\n');
      return 0;
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      warn(error.message);
      process.stderr.write(USAGE + '\n');
      process.exitCode = 2;
    } else {
      warn(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    }
  },
);
