/**
 * Typed face of the central link protocol (package yibao.center.v1, see README.md).
 * The messages are generated from yibao/center/v1/*.proto by generate.sh; this file adds
 * the endpoint table, batch assembly from stored records, and plain-number 64-bit fields.
 */
import protobuf from 'protobufjs/minimal.js';
import { yibao } from './generated/center.js';

export { yibao };
export { toNumber } from './long.ts';
export { MONEY_RE, isMoney, yuanToFen, fenToYuan, addYuan, negateYuan } from '../money.ts';
export * from './envelope.ts';

/** The generated message classes, e.g. `pb.UploadBatch.decode(bytes)`. */
export const pb = yibao.center.v1;

export type RecordInput = yibao.center.v1.Record.$Properties;
export type RecordMsg = yibao.center.v1.Record;
export type SettlementInput = yibao.center.v1.Settlement.$Properties;
export type CancellationInput = yibao.center.v1.Cancellation.$Properties;
export type AmountsInput = yibao.center.v1.Amounts.$Properties;
export type FeeLineInput = yibao.center.v1.FeeLine.$Properties;
export type UploadBatchMsg = yibao.center.v1.UploadBatch;
export type UploadAckMsg = yibao.center.v1.UploadAck;
export type RecordAckMsg = yibao.center.v1.RecordAck;
export type PersonQueryInput = yibao.center.v1.PersonQuery.$Properties;
export type PersonReplyMsg = yibao.center.v1.PersonReply;
export type SyncRequestInput = yibao.center.v1.SyncRequest.$Properties;
export type SyncReplyMsg = yibao.center.v1.SyncReply;
export type ReconcileRequestInput = yibao.center.v1.ReconcileRequest.$Properties;
export type ReconcileReplyMsg = yibao.center.v1.ReconcileReply;
export type AdjudicationQueryInput = yibao.center.v1.AdjudicationQuery.$Properties;
export type AdjudicationPageMsg = yibao.center.v1.AdjudicationPage;
export type CenterErrorMsg = yibao.center.v1.CenterError;

export const AckStatus = yibao.center.v1.AckStatus;
export const PersonStatus = yibao.center.v1.PersonStatus;
export const SyncKind = yibao.center.v1.SyncKind;
export const ReconcileResult = yibao.center.v1.ReconcileResult;
export const MismatchKind = yibao.center.v1.MismatchKind;
export const AdjudicationOutcome = yibao.center.v1.AdjudicationOutcome;

/** Content type of every body on the link, both directions (gzip-compressed). */
export const CONTENT_TYPE = 'application/x-protobuf';

const PACKAGE = 'yibao.center.v1';

/** One POST endpoint: its path and the fully qualified names of request and reply bodies. */
export const ENDPOINTS = {
  upload: { path: '/v1/upload', request: `${PACKAGE}.UploadBatch`, reply: `${PACKAGE}.UploadAck` },
  person: { path: '/v1/person', request: `${PACKAGE}.PersonQuery`, reply: `${PACKAGE}.PersonReply` },
  sync: { path: '/v1/sync', request: `${PACKAGE}.SyncRequest`, reply: `${PACKAGE}.SyncReply` },
  reconcile: { path: '/v1/reconcile', request: `${PACKAGE}.ReconcileRequest`, reply: `${PACKAGE}.ReconcileReply` },
  adjudications: { path: '/v1/adjudications', request: `${PACKAGE}.AdjudicationQuery`, reply: `${PACKAGE}.AdjudicationPage` },
} as const;

export type EndpointName = keyof typeof ENDPOINTS;

/** Encodes one record: the bytes an outbox row stores and the uploader sends unchanged. */
export function encodeRecord(record: RecordInput): Uint8Array {
  return pb.Record.encode(record).finish();
}

export function decodeRecord(bytes: Uint8Array): RecordMsg {
  return pb.Record.decode(bytes);
}

/** UploadBatch field numbers (upload.proto): 1 batch_id (string), 2 records (repeated Record). */
const BATCH_ID_TAG = (1 << 3) | 2; // 0x0a
const RECORDS_TAG = (2 << 3) | 2; // 0x12
const AUDIT_HEAD_TAG = (3 << 3) | 2; // 0x1a

/**
 * Builds an encoded UploadBatch from already-encoded records without decoding them:
 * 0a <len> <batch_id> then, per record, 12 <varint len> <record bytes>. This is byte for
 * byte what `pb.UploadBatch.encode` produces for the decoded records (batch.test.ts proves
 * it), so the outbox never re-encodes what it stored. Example: batch "b", one record of the
 * 3 bytes 0a 01 72 (record_id "r") → 0a 01 62 12 03 0a 01 72.
 */
export function encodeBatch(batchId: string, records: readonly Uint8Array[], auditHead?: { readonly seq: number; readonly hash: string }): Uint8Array {
  const w = protobuf.Writer.create();
  if (batchId !== '') w.uint32(BATCH_ID_TAG).string(batchId);
  for (const record of records) w.uint32(RECORDS_TAG).bytes(record);
  if (auditHead && auditHead.seq > 0) w.uint32(AUDIT_HEAD_TAG).bytes(pb.AuditHead.encode({ seq: auditHead.seq, hash: auditHead.hash }).finish());
  return w.finish();
}
