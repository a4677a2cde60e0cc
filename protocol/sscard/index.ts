export * from './tlv.ts';
export * from './fields.ts';
export * from './records.ts';
export * from './check-chars.ts';
export * from './crypto.ts';
export * from './commands.ts';
