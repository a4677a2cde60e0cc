/**
 * Simulator mode without pcscd: a mock PC/SC port whose two readers hold a virtual card and
 * a virtual PSAM in-process. The gateway falls back to it when the `pcsclite` module is not
 * installed, so a newcomer can try card reads on a machine with no PC/SC stack at all.
 */
import { MockPcscPort, type MockAction, type MockCard } from '../../drivers/pcsc/mock-port.ts';
import { CardAbsentError, CardMuteError, type InProcessSlot } from '../card/in-process-slot.ts';
import { VirtualCard, VirtualPsam } from '../card/virtual-card.ts';
import { loadProfile, protocolOf } from '../card/profile.ts';

export const SIMULATED_USER_READER = 'Yibao Simulated Reader 00 00';
export const SIMULATED_PSAM_READER = 'Yibao Simulated Reader 00 01';

/** A virtual card or PSAM as the mock port's card. */
export function asMockCard(card: VirtualCard | VirtualPsam): MockCard {
  const protocol = card instanceof VirtualCard && protocolOf(card.profile) === 'T=0' ? 'T0' : 'T1';
  return {
    atr: card.powerOn(),
    protocol,
    respond: (apdu) => card.transmit(apdu),
    powerOn: () => {
      card.reset();
    },
  };
}

export function inProcessPort(profileName = 'adult-resident'): MockPcscPort {
  const port = new MockPcscPort([SIMULATED_USER_READER, SIMULATED_PSAM_READER]);
  port.insertCard(SIMULATED_USER_READER, asMockCard(new VirtualCard(loadProfile(profileName))));
  port.insertCard(SIMULATED_PSAM_READER, asMockCard(new VirtualPsam()));
  return port;
}

/**
 * A mock PC/SC port whose user reader is a scenario's card slot: what the scenario inserts,
 * removes, swaps or pulls out mid-command, the gateway sees as in a real reader. The PSAM
 * reader holds a virtual PSAM. For certification runs without pcscd (tests, demos).
 */
export function slotPort(slot: InProcessSlot, readers: { user: string; psam: string } = { user: SIMULATED_USER_READER, psam: SIMULATED_PSAM_READER }): MockPcscPort {
  const port = new MockPcscPort([readers.user, readers.psam]);
  port.insertCard(readers.psam, asMockCard(new VirtualPsam()));
  const plug = (): void => {
    const card = slot.card;
    if (!card) return;
    const atr = card.atr();
    port.insertCard(readers.user, {
      atr,
      protocol: (atr[1] ?? 0) & 0x80 ? 'T1' : 'T0',
      // a connect powers the card up again: it forgets its selection and authentication
      powerOn: () => void card.reset(),
      respond: (apdu): Buffer | MockAction => {
        try {
          return slot.transmit(apdu);
        } catch (err) {
          if (err instanceof CardAbsentError) return { action: 'remove' };
          if (err instanceof CardMuteError) return { action: 'stall' };
          throw err;
        }
      },
    });
  };
  slot.on('inserted', plug);
  slot.on('removed', () => port.removeCard(readers.user));
  plug();
  return port;
}
