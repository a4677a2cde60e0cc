/**
 * Which PC/SC reader is a counter's user-card slot and which its PSAM slot.
 *
 * A dual-slot terminal shows as two PC/SC readers named `<device> <interface> <slot>`
 * (pcsc-lite's naming; vpcd: "Virtual PCD 00 00" / "Virtual PCD 00 01"). By default slot 00
 * is the user card and slot 01 of the same device the PSAM; a configuration can name the
 * pair explicitly for terminals that number them otherwise.
 */
export interface ReaderPair {
  /** Stable id for the API: the user reader's name in lower case, non-alphanumerics as `-`. */
  readonly id: string;
  readonly userReader: string;
  readonly psamReader: string | null;
}

export interface PairingConfig {
  /** Explicit pairs; readers they name are not paired again by the naming rule. */
  readonly pairs?: ReadonlyArray<{ readonly userReader: string; readonly psamReader?: string | null }>;
}

export function readerId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const SLOT = /^(.*) (\d\d) (\d\d)$/;

export function pairReaders(names: readonly string[], config: PairingConfig = {}): ReaderPair[] {
  const pairs: ReaderPair[] = [];
  const taken = new Set<string>();
  for (const pair of config.pairs ?? []) {
    if (!names.includes(pair.userReader)) continue;
    const psam = pair.psamReader && names.includes(pair.psamReader) ? pair.psamReader : null;
    pairs.push({ id: readerId(pair.userReader), userReader: pair.userReader, psamReader: psam });
    taken.add(pair.userReader);
    if (psam) taken.add(psam);
  }
  const free = names.filter((n) => !taken.has(n));
  const psamSlots = new Set<string>();
  for (const name of free) {
    const m = SLOT.exec(name);
    if (!m || m[3] !== '00') continue;
    const partner = `${m[1]} ${m[2]} 01`;
    if (free.includes(partner)) psamSlots.add(partner);
  }
  for (const name of free) {
    if (psamSlots.has(name)) continue;
    const m = SLOT.exec(name);
    const partner = m && m[3] === '00' ? `${m[1]} ${m[2]} 01` : null;
    pairs.push({ id: readerId(name), userReader: name, psamReader: partner && psamSlots.has(partner) ? partner : null });
  }
  return pairs;
}
