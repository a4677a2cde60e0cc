/**
 * `yibao-gateway reconcile --date YYYY-MM-DD`: the day's totals per insurance type (and
 * every record, unless --totals-only) sent to the centre for comparison (national
 * interface 3201/3202; gateway/center/reconcile.ts); prints the report the insurance office
 * files, in Chinese and English. Reads the store read-only, so it runs beside `serve`.
 *
 * Exit 0 when both sides agree, 1 on a mismatch or when the centre cannot be asked, 2 on bad usage.
 */
import { join } from 'node:path';
import { parseOrUsage, reportFailure, type Command } from '../command.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../store/db.ts';
import { CenterClient, keyFromConfig } from '../../center/client.ts';
import { formatReconcileReport, reconcilePeriod } from '../../center/reconcile.ts';
import { sqliteReconcileSource } from '../../center/store-reconcile-source.ts';
import { isCalendarDay } from '../../china-time.ts';

const USAGE = `Usage: yibao-gateway reconcile --date YYYY-MM-DD [--to YYYY-MM-DD] [--totals-only] [--json]
                                [--data-dir DIR] [--config FILE]

Compares this gateway's settlements of the day (China Standard Time), or of --date … --to,
with the centre: count, total, fund, personal account and cash per insurance type, and each
record unless --totals-only. Prints a report to file (对账报告); mismatches are listed with
their record ids. Exit 0 when both sides agree, 1 on a mismatch or an error, 2 on bad usage.
`;

export const reconcileCommand: Command = {
  name: ['reconcile'],
  summary: 'reconcile a day\'s settlements with the centre and print the report (zh/en)',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseOrUsage('yibao-gateway reconcile', USAGE, {
        args,
        strict: true,
        options: { date: { type: 'string' }, to: { type: 'string' }, 'totals-only': { type: 'boolean' }, json: { type: 'boolean' }, 'data-dir': { type: 'string' }, config: { type: 'string' } },
      }, io);
    if (!parsed) return 2;
    const start = parsed.values.date;
    const end = parsed.values.to ?? start;
    if (!start || !end || end < start) {
      io.stderr.write(`yibao-gateway reconcile: --date YYYY-MM-DD is required (and --to, if given, not before it)\n\n${USAGE}`);
      return 2;
    }
    for (const [flag, day] of [['--date', start], ['--to', end]] as const) {
      if (!isCalendarDay(day)) {
        io.stderr.write(`yibao-gateway reconcile: ${flag} ${day} is not a calendar day (YYYY-MM-DD, e.g. 2026-11-22)\n\n${USAGE}`);
        return 2;
      }
    }
    let db;
    try {
      const config = loadConfig({ file: parsed.values.config, env: io.env, overrides: { dataDir: parsed.values['data-dir'] } });
      db = openDatabase({ file: join(config.dataDir, 'gateway.sqlite'), readonly: true });
      const center = new CenterClient({ baseUrl: config.centerUrl, gatewayId: config.gatewayId, keyId: 'k1', key: keyFromConfig(config.centerKey) });
      const report = await reconcilePeriod(center, sqliteReconcileSource(db), { start, end, detail: !parsed.values['totals-only'] }, { timeoutMs: 60_000 });
      io.stdout.write(parsed.values.json ? `${JSON.stringify(report)}\n` : formatReconcileReport(report));
      return report.result === 'match' ? 0 : 1;
    } catch (err) {
      return reportFailure('yibao-gateway reconcile', err, io);
    } finally {
      db?.close();
    }
  },
};
