/**
 * The PC/SC contract against the real stack: pcscd with a vpcd test bench, the `pcsclite`
 * port, and the simulator's virtual card and PSAM connected to the bench's vpcd ports
 * (simulator/card/vpcd-link.ts). A card "removal" is the vpcd client disconnecting; pulling
 * the card mid-read is the link dropping the connection when a given command arrives.
 */
import { describe } from 'vitest';
import { openPcscLitePort } from '../../drivers/pcsc/pcsclite-port.ts';
import { VpcdLink } from '../../simulator/card/vpcd-link.ts';
import { acquireBench } from '../support/pcsc-stack.ts';
import { nextEvent, pcscPortContract, type ContractStack } from './pcsc-port.contract.ts';

async function realStack(): Promise<ContractStack> {
  const bench = await acquireBench();
  const port = await openPcscLitePort({ transmitTimeoutMs: 5_000 });
  const links = { user: new VpcdLink({ port: bench.userPort, label: 'user slot' }), psam: new VpcdLink({ port: bench.psamPort, label: 'PSAM slot' }) };
  const readers = { user: bench.userReader, psam: bench.psamReader };
  // the port's view of each slot, so that waiting for an event never races a late one
  const present = new Map<string, boolean>();
  port.watch((e) => {
    if (e.type === 'card-inserted') present.set(e.reader, true);
    if (e.type === 'card-removed' || e.type === 'reader-removed') present.set(e.reader, false);
  });
  for (const r of await port.listReaders()) present.set(r.name, r.card !== null);

  const waitFor = async (reader: string, wanted: boolean): Promise<void> => {
    if (present.get(reader) === wanted) return;
    await nextEvent(port, (e) => 'reader' in e && e.reader === reader && e.type === (wanted ? 'card-inserted' : 'card-removed'));
  };

  return {
    name: `pcscd + vpcd bench ${bench.index}`,
    port,
    userReader: bench.userReader,
    psamReader: bench.psamReader,
    async insert(slot, card, options = {}) {
      const link = links[slot];
      let commands = 0;
      const at = options.removeAtCommand;
      link.onCommand(at === undefined ? undefined : () => (++commands >= at ? 'pull' : undefined));
      await waitFor(readers[slot], false);
      const seen = nextEvent(port, (e) => e.type === 'card-inserted' && e.reader === readers[slot]);
      await link.insert(card);
      await seen;
    },
    async remove(slot) {
      const link = links[slot];
      if (link.inserted) {
        const seen = waitFor(readers[slot], false);
        await link.remove();
        await seen;
      }
      await waitFor(readers[slot], false);
    },
    async holdExclusive(slot) {
      // a second PC/SC context stands for another program on the machine
      const other = await openPcscLitePort();
      try {
        const handle = await other.connect(readers[slot], { share: 'exclusive' });
        return async () => {
          await handle.disconnect();
          await other.close();
        };
      } catch (err) {
        await other.close();
        throw err;
      }
    },
    async close() {
      await port.close();
      await links.user.close();
      await links.psam.close();
      bench.release();
    },
  };
}

describe('PC/SC contract — pcscd + vpcd + simulator cards', () => {
  pcscPortContract(realStack);
});
