/**
 * Simulator mode without pcscd: a mock PC/SC port whose two readers hold a virtual card and
 * a virtual PSAM in-process. The gateway falls back to it when the `pcsclite` module is not
 * installed, so a newcomer can try card reads on a machine with no PC/SC stack at all.
 */
import { MockPcscPort, type MockCard } from '../../drivers/pcsc/mock-port.ts';
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
