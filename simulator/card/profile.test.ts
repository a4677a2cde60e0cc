import { describe, expect, it } from 'vitest';
import { isValidCardNumber, isValidIdNumber } from '../../protocol/sscard/check-chars.ts';
import { newProfile } from './new-profile.ts';
import { loadAllProfiles, loadProfile, parseProfile, profileNames, profileProblems, ProfileError } from './profile.ts';

describe('card profiles', () => {
  it('ships every profile the simulator needs, all valid', () => {
    const names = profileNames();
    for (const required of [
      'adult-resident',
      'employee-account',
      'student',
      'minor-blood-disease',
      'elderly-low-income',
      'special-outpatient-diabetes',
      'lost-card',
      'expired-card',
      'pin-blocked',
      'gen1-no-name-extension',
      'cloned-card',
      't0-gen3',
    ]) {
      expect(names).toContain(required);
    }
    const all = loadAllProfiles();
    expect(all.length).toBe(names.length);
    for (const p of all) {
      expect(isValidCardNumber(p.ef05.cardNumber), p.name).toBe(true);
      expect(isValidIdNumber(p.ef06.idNumber), p.name).toBe(true);
    }
    expect(new Set(all.map((p) => p.ef06.idNumber)).size).toBe(all.length);
    expect(new Set(all.map((p) => p.ef05.cardIdCode)).size).toBe(all.length);
  });

  it('carries the facts the special cases are about', () => {
    expect(loadProfile('lost-card').insurance.blocklisted).toBe(true);
    expect(loadProfile('expired-card').ef05.expiryDate < '20261122').toBe(true);
    expect(loadProfile('pin-blocked').pinTries).toBe(0);
    expect(loadProfile('minor-blood-disease').insurance).toMatchObject({ personCategory: 'minor', bloodDisease: true });
    expect(loadProfile('special-outpatient-diabetes').insurance.specialDiseases).toEqual(['diabetes_insulin']);
    expect(loadProfile('employee-account').insurance).toMatchObject({ insutype: '310', accountBalance: '2860.50' });
    expect(loadProfile('gen1-no-name-extension').ef06.nameExtension).toBeUndefined();
    expect(loadProfile('cloned-card').clone).toBe(true);
  });

  it('refuses wrong check characters, inconsistent facts and schema violations, saying where', () => {
    const good = loadProfile('adult-resident');
    const badId = { ...good, ef06: { ...good.ef06, idNumber: good.ef06.idNumber.slice(0, 17) + (good.ef06.idNumber[17] === '1' ? '2' : '1') } };
    expect(profileProblems(badId).join()).toMatch(/idNumber/);
    expect(profileProblems({ ...good, ef05: { ...good.ef05, cardNumber: 'A12345670' } }).join()).toMatch(/cardNumber/);
    expect(profileProblems({ ...good, insurance: { ...good.insurance, admdvs: '150100' } }).join()).toMatch(/insuredRegion/);
    expect(profileProblems({ ...good, generation: '4.00' }).join()).toMatch(/generation/);
    expect(profileProblems({ ...good, ef06: { ...good.ef06, name: '张'.repeat(16) } }).join()).toMatch(/ef06/);
    expect(() => parseProfile({ ...good, pinTries: 9, pinMaxTries: 3 })).toThrow(ProfileError);
  });

  it('makes a new profile from a template with fresh valid numbers, deterministically', () => {
    const template = loadProfile('student');
    const a = newProfile(template, { name: 'counter-3-test', holderName: '高娜', seed: 'x' });
    const b = newProfile(template, { name: 'counter-3-test', holderName: '高娜', seed: 'x' });
    expect(a).toEqual(b);
    expect(a.ef06.name).toBe('高娜');
    expect(a.ef06.idNumber).not.toBe(template.ef06.idNumber);
    expect(isValidIdNumber(a.ef06.idNumber)).toBe(true);
    expect(isValidCardNumber(a.ef05.cardNumber)).toBe(true);
    expect(a.insurance.personCategory).toBe('student');
    const male = newProfile(template, { name: 'm', sex: '1', birthDate: '20000101' });
    expect(male.ef06.idNumber.slice(6, 14)).toBe('20000101');
    expect(Number(male.ef06.idNumber[16]) % 2).toBe(1);
  });
});
