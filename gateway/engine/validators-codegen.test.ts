import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GENERATED_VALIDATORS, validatorsSource } from './validators-codegen.ts';

describe('precompiled engine validators', () => {
  it('generated/validators.js matches the schemas (regenerate: node --import tsx gateway/engine/validators-codegen.ts)', () => {
    expect(readFileSync(GENERATED_VALIDATORS, 'utf8') === validatorsSource()).toBe(true);
  });
});
