/**
 * Catalogue, policies and blocklist as the centre publishes them, versioned per kind
 * (sync.proto). Every change bumps the kind's version; an item remembers the version that
 * last touched it and a deletion leaves a tombstone, so a gateway holding version v gets
 * exactly the changes after v (a delta) and a gateway holding nothing gets everything.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { pb, SyncKind, type SyncReplyMsg, type yibao } from '../../protocol/center/index.ts';

type CatalogueItem = yibao.center.v1.CatalogueItem.$Properties;
type PolicyFile = yibao.center.v1.PolicyFile.$Properties;
type BlockedCard = yibao.center.v1.BlockedCard.$Properties;

const KIND_NAMES = { [SyncKind.SYNC_KIND_CATALOGUE]: 'catalogue', [SyncKind.SYNC_KIND_POLICIES]: 'policies', [SyncKind.SYNC_KIND_BLOCKLIST]: 'blocklist' } as const;
export type SyncKindName = (typeof KIND_NAMES)[keyof typeof KIND_NAMES];

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS sync_items (
    kind TEXT NOT NULL, key TEXT NOT NULL, version INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, body BLOB,
    PRIMARY KEY (kind, key)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS sync_versions (kind TEXT PRIMARY KEY, version INTEGER NOT NULL);
`;

/** A small national-catalogue extract for demos and tests (codes shaped like the national ones). */
export const SEED_CATALOGUE: readonly CatalogueItem[] = [
  { medListCodg: 'XJ01CAA040A001010100001', name: '阿莫西林胶囊', chrgitmLv: '01', medChrgitmType: '09', pricUplmtAmt: '', selfpayProp: '0.00' },
  { medListCodg: 'XC09AAA100A001010100001', name: '卡托普利片', chrgitmLv: '01', medChrgitmType: '09', pricUplmtAmt: '', selfpayProp: '0.00' },
  { medListCodg: 'XL01XCA010B002010100001', name: '曲妥珠单抗注射液', chrgitmLv: '02', medChrgitmType: '09', pricUplmtAmt: '', selfpayProp: '0.20', needsApproval: true },
  { medListCodg: 'XA10BAA010A001010100001', name: '二甲双胍片', chrgitmLv: '01', medChrgitmType: '09', pricUplmtAmt: '', selfpayProp: '0.00' },
  { medListCodg: 'XN02BEA010A001010100001', name: '对乙酰氨基酚片', chrgitmLv: '01', medChrgitmType: '09', pricUplmtAmt: '', selfpayProp: '0.00' },
  { medListCodg: 'XJ01DDA010B001010100001', name: '头孢曲松钠注射剂(进口)', chrgitmLv: '02', medChrgitmType: '09', pricUplmtAmt: '', selfpayProp: '0.20', imported: true },
  { medListCodg: '001102000010000', name: '普通门诊诊察费', chrgitmLv: '01', medChrgitmType: '02', pricUplmtAmt: '10.00', selfpayProp: '0.00' },
  { medListCodg: '210102015', name: 'CT平扫', chrgitmLv: '02', medChrgitmType: '04', pricUplmtAmt: '180.00', selfpayProp: '0.20' },
  { medListCodg: 'ZZ0000000000', name: '美容项目', chrgitmLv: '03', medChrgitmType: '14', pricUplmtAmt: '', selfpayProp: '1.00' },
];

const POLICY_DIR = fileURLToPath(new URL('../../gateway/policies/', import.meta.url));

/** Policy files the engine ships (gateway/policies/**.json), published as the centre's policies. */
export function loadPolicyFiles(dir: string = POLICY_DIR): PolicyFile[] {
  if (!existsSync(dir)) return [];
  const files: PolicyFile[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json') && !entry.name.includes('schema')) {
        const content = readFileSync(path);
        let meta: Record<string, unknown> = {};
        try {
          meta = JSON.parse(content.toString('utf8')) as Record<string, unknown>;
        } catch {
          continue;
        }
        const str = (k: string): string => (typeof meta[k] === 'string' ? (meta[k] as string) : '');
        const region = str('region') || str('admdvs');
        const version = str('version') || str('id') || entry.name.replace(/\.json$/, '');
        files.push({ region, effectiveFrom: str('effectiveFrom') || str('effective_from'), effectiveTo: str('effectiveTo') || str('effective_to'), version, mediaType: 'application/json', content, sha256: createHash('sha256').update(content).digest() });
      }
    }
  };
  walk(dir);
  return files;
}

export class SyncData {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA);
    this.stmt = {
      version: db.prepare('SELECT version FROM sync_versions WHERE kind = ?'),
      setVersion: db.prepare('INSERT INTO sync_versions (kind, version) VALUES (?, ?) ON CONFLICT(kind) DO UPDATE SET version = excluded.version'),
      upsert: db.prepare('INSERT INTO sync_items (kind, key, version, deleted, body) VALUES (?, ?, ?, 0, ?) ON CONFLICT(kind, key) DO UPDATE SET version = excluded.version, deleted = 0, body = excluded.body'),
      remove: db.prepare('UPDATE sync_items SET deleted = 1, version = ?, body = NULL WHERE kind = ? AND key = ? AND deleted = 0'),
      all: db.prepare('SELECT key, body FROM sync_items WHERE kind = ? AND deleted = 0 ORDER BY key'),
      blocked: db.prepare("SELECT 1 FROM sync_items WHERE kind = 'blocklist' AND key = ? AND deleted = 0"),
      since: db.prepare('SELECT key, deleted, body FROM sync_items WHERE kind = ? AND version > ? ORDER BY key'),
    };
  }

  /** Loads the seed once: the demo catalogue, the engine's policy files, the given lost cards. */
  seedIfEmpty(blocklisted: readonly string[] = []): void {
    if (this.version('catalogue') === 0) this.upsert('catalogue', SEED_CATALOGUE.map((c) => ({ key: c.medListCodg ?? '', body: pb.CatalogueItem.encode(c).finish() })));
    if (this.version('policies') === 0) {
      const files = loadPolicyFiles();
      if (files.length > 0) this.upsert('policies', files.map((p) => ({ key: `${p.region ?? ''}/${p.version ?? ''}`, body: pb.PolicyFile.encode(p).finish() })));
    }
    if (this.version('blocklist') === 0 && blocklisted.length > 0) {
      this.upsert('blocklist', blocklisted.map((cardNo) => ({ key: cardNo, body: pb.BlockedCard.encode({ cardNo, reason: 'LOST', sinceMs: 0 }).finish() })));
    }
  }

  version(kind: SyncKindName): number {
    return (this.stmt.version.get(kind) as { version: number } | undefined)?.version ?? 0;
  }

  /** Adds or replaces items in one new version. */
  upsert(kind: SyncKindName, items: readonly { key: string; body: Uint8Array }[]): number {
    return this.db.transaction(() => {
      const v = this.version(kind) + 1;
      for (const item of items) this.stmt.upsert.run(kind, item.key, v, Buffer.from(item.body));
      this.stmt.setVersion.run(kind, v);
      return v;
    })();
  }

  remove(kind: SyncKindName, keys: readonly string[]): number {
    return this.db.transaction(() => {
      const v = this.version(kind) + 1;
      for (const key of keys) this.stmt.remove.run(v, kind, key);
      this.stmt.setVersion.run(kind, v);
      return v;
    })();
  }

  blockCard(card: BlockedCard): number {
    return this.upsert('blocklist', [{ key: card.cardNo ?? '', body: pb.BlockedCard.encode(card).finish() }]);
  }

  isBlocked(cardNo: string): boolean {
    return this.stmt.blocked.get(cardNo) !== undefined;
  }

  unblockCard(cardNo: string): number {
    return this.remove('blocklist', [cardNo]);
  }

  /** The answer to a SyncRequest: up to date, a delta after have_version, or everything. */
  reply(kind: yibao.center.v1.SyncKind, haveVersion: string): SyncReplyMsg {
    const name = KIND_NAMES[kind as keyof typeof KIND_NAMES];
    if (!name) return pb.SyncReply.create({ kind, version: '', upToDate: false, full: true });
    const current = this.version(name);
    const have = /^\d+$/.test(haveVersion) ? Number(haveVersion) : -1;
    if (have === current) return pb.SyncReply.create({ kind, version: String(current), upToDate: true });
    const full = have < 0 || have > current;
    const rows = (full ? this.stmt.all.all(name) : this.stmt.since.all(name, have)) as { key: string; deleted?: number; body: Buffer | null }[];
    const live = rows.filter((r) => !r.deleted && r.body);
    const removed = full ? [] : rows.filter((r) => r.deleted).map((r) => r.key);
    const decodeAll = <T>(decode: (b: Uint8Array) => T): T[] => live.map((r) => decode(r.body as Buffer));
    return pb.SyncReply.create({
      kind,
      version: String(current),
      full,
      catalogue: name === 'catalogue' ? decodeAll((b) => pb.CatalogueItem.decode(b)) : [],
      policies: name === 'policies' ? decodeAll((b) => pb.PolicyFile.decode(b)) : [],
      blocklist: name === 'blocklist' ? decodeAll((b) => pb.BlockedCard.decode(b)) : [],
      removed,
    });
  }
}
