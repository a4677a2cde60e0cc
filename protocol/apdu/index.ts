export * from './errors.ts';
export * from './command.ts';
export * from './response.ts';
export * from './status-words.ts';
