/**
 * A card read as the HIS sees it, in the national interface's vocabulary (the 1101 input
 * fields): the API's POST /v1/readers/:id/read answers this, and `yibao-gateway card read
 * --json` prints the same, so a technician's check and the HIS read one vocabulary.
 */
import type { PersonCredential } from './service.ts';

/** The wire form of a credential, in the national interface's vocabulary (1101 input fields). */
export function credentialToWire(person: PersonCredential): Record<string, unknown> {
  return {
    mdtrt_cert_type: person.credentialType,
    mdtrt_cert_no: person.credentialNo,
    ...(person.card ? { card_sn: person.card.cardIdCode } : {}),
    psn_cert_type: '01',
    certno: person.certno,
    psn_name: person.name,
    gend: person.sex,
    brdy: person.birthDate ? `${person.birthDate.slice(0, 4)}-${person.birthDate.slice(4, 6)}-${person.birthDate.slice(6, 8)}` : null,
    insuplc_admdvs: person.region,
    ...(person.card
      ? {
          card: {
            card_no: person.card.cardNumber,
            card_id_code: person.card.cardIdCode,
            spec_version: person.card.specVersion,
            issue_date: person.card.issueDate,
            expiry_date: person.card.expiryDate,
            atr: person.card.atr,
            terminal_number: person.card.terminalNumber ?? null,
            issuer_admdvs: person.card.region,
            insured_admdvs: person.card.insuredRegion ?? null,
            authentication: { ...person.card.authentication, verified: person.verified !== false },
          },
          // false only where the site accepts unauthenticated reads: never a genuine identity
          card_verified: person.verified !== false,
          legacy: person.legacy,
        }
      : {}),
    ...(person.reader ? { reader: person.reader } : {}),
    read_at: person.readAt,
  };
}
