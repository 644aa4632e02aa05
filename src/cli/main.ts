// The command-line entry: one explicit table of commands.
import { runEval } from "./eval.ts";
import { runExtract } from "./extract.ts";

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; summary: string }> = {
  extract: { run: runExtract, summary: "extract [FILE|DIR|-]... [--jsonl|--json] [--lang CODE] [--published DATE]  one report record per input" },
  eval: { run: runEval, summary: "eval --gold FILE.jsonl [--pred FILE.jsonl] [--by-lang] [--json]  score extraction against gold" },
};

const USAGE = `usage: incidex <command> [options]\n\ncommands:\n${Object.values(COMMANDS).map((c) => `  ${c.summary}`).join("\n")}\n`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") { process.stdout.write(USAGE); return name ? 0 : 2; }
  const cmd = COMMANDS[name];
  if (!cmd) { process.stderr.write(`incidex: unknown command "${name}"\n\n${USAGE}`); return 2; }
  try {
    return await cmd.run(rest);
  } catch (err) {
    process.stderr.write(`incidex ${name}: ${(err as Error).message}\n`);
    return 2;
  }
}
