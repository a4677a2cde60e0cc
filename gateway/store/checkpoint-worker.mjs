// The WAL checkpointer's thread (see checkpointer.ts): its own connection to the gateway's
// database, copying committed WAL frames into the database file every `intervalMs` with a
// PASSIVE checkpoint — it never waits for, nor blocks, the writer or a reader.
import { parentPort, workerData } from 'node:worker_threads';
import { setInterval, clearInterval } from 'node:timers';
import Database from 'better-sqlite3';

const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = FULL'); // the database file is fsynced before the WAL is reused
db.pragma('wal_autocheckpoint = 0');
const timer = setInterval(() => {
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    if (row && row.log > 0) parentPort.postMessage({ kind: 'checkpointed', log: row.log, checkpointed: row.checkpointed });
  } catch (err) {
    parentPort.postMessage({ kind: 'error', message: String(err) });
  }
}, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m !== 'close') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
parentPort.postMessage({ kind: 'ready' });
