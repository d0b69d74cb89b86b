/**
 * `npm run make:calibration-choices -- --data DIR --out OUT [--take 3] [--limit 40]`: makes a
 * data set in OUT in which each subject appears once per choice of calibration photos: `take` of
 * its calibrate/ and upright/ photos pooled calibrate, the rest are judged as uprights, and its
 * slouched photos stay. Every choice when there are at most `limit`, else `limit` of them drawn
 * with a fixed seed. Photos are linked, not copied. Score it with
 * `npm run eval:posture -- --data OUT`: its ALL row is the figure over all those choices.
 */
import { calibrationChoices, layOutChoices, parseCount } from './calibration-choices';
import { leftOutNotes, readDataset, UsageError, userPath } from './eval-dataset';

const USAGE = 'usage: npm run make:calibration-choices -- --data DIR --out OUT [--take 3] [--limit 40]';

function main(): void {
  const args = process.argv.slice(2);
  const [dataAt, outAt] = [args.indexOf('--data'), args.indexOf('--out')];
  if (dataAt < 0 || !args[dataAt + 1] || outAt < 0 || !args[outAt + 1]) throw new UsageError(USAGE);
  const take = parseCount(args, '--take', 3, 1, 20);
  const limit = parseCount(args, '--limit', 40, 1, 10_000);
  const dataset = readDataset(userPath(args[dataAt + 1]!));
  for (const note of leftOutNotes(dataset)) console.error(`make:calibration-choices: ${note}`);
  const out = userPath(args[outAt + 1]!);
  const made = dataset.subjects.flatMap((subject) => {
    const choices = calibrationChoices(subject, take, limit);
    if (choices === null)
      console.error(
        `make:calibration-choices: ${subject.name} left out: ${take} calibration photos would leave no upright one to judge`,
      );
    else console.log(`${subject.name}: ${choices.length} choices of ${take} calibration photos`);
    return choices ?? [];
  });
  if (made.length === 0) throw new UsageError(`no subject has more than ${take} upright photos to choose from`);
  layOutChoices(made, out);
  console.log(`${out}  (npm run eval:posture -- --data ${out})`);
}

try {
  main();
} catch (error: unknown) {
  console.error(error instanceof UsageError ? `make:calibration-choices: ${error.message}` : error);
  process.exit(error instanceof UsageError ? 2 : 1);
}
