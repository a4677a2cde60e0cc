/**
 * Optional TLS for the HIS API (config tlsCertFile + tlsKeyFile, PEM). Both or neither: a
 * gateway reachable only on 127.0.0.1 needs none; one that HIS machines reach over the
 * hospital network should have both. The answer goes to fastify's `https` option.
 */
import { readFileSync } from 'node:fs';
import { GatewayError } from '../errors/gateway-error.ts';

export interface TlsFiles {
  readonly tlsCertFile: string;
  readonly tlsKeyFile: string;
}

export function tlsOptions(config: TlsFiles): { cert: Buffer; key: Buffer } | undefined {
  const { tlsCertFile: certFile, tlsKeyFile: keyFile } = config;
  if (certFile === '' && keyFile === '') return undefined;
  if (certFile === '' || keyFile === '') {
    throw new GatewayError('GW_CONFIG', { detail: 'tlsCertFile and tlsKeyFile go together: set both or neither', details: { option: certFile === '' ? 'tlsCertFile' : 'tlsKeyFile' } });
  }
  const read = (file: string, option: string): Buffer => {
    try {
      return readFileSync(file);
    } catch (cause) {
      throw new GatewayError('GW_CONFIG', { cause, detail: `${option}: cannot read ${file}`, details: { option } });
    }
  };
  return { cert: read(certFile, 'tlsCertFile'), key: read(keyFile, 'tlsKeyFile') };
}
