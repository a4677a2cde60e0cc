import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFsiProfile, profileFromJson, PROFILE_DIR } from './profile.ts';

describe('regional profiles', () => {
  it('every shipped profile loads, and the national one follows the national interface', () => {
    for (const file of readdirSync(PROFILE_DIR).filter((f) => f.endsWith('.json'))) expect(loadFsiProfile(file.replace('.json', '')).id).toBe(file.replace('.json', ''));
    const national = loadFsiProfile();
    expect(national).toMatchObject({ msgid_length: 30, numbers: 'number', infcode: 'number', utc_offset_minutes: 480, aliases: {} });
  });

  it('a bad profile names its field', () => {
    const good = loadFsiProfile();
    expect(() => profileFromJson({ ...good, numbers: 'float' }, 'x.json')).toThrow(expect.objectContaining({ code: 'GW_CONFIG', message: expect.stringContaining('x.json.numbers') }));
    expect(() => profileFromJson({ ...good, aliases: { '2203A': 'two' } }, 'x.json')).toThrow(/x\.json\.aliases\.2203A/);
    const { infcode: _drop, ...missing } = good;
    expect(() => profileFromJson(missing, 'x.json')).toThrow(/x\.json\.infcode/);
  });
});
