import { describe, expect, it } from 'vitest';
import { loadAllProfiles } from '../card/profile.ts';
import { loadProfilePersons, Population, SEED_PERSONS } from './population.ts';

describe('the centre\'s demo population', () => {
  it('knows every card profile\'s holder by person number, ID number and card number', () => {
    const population = Population.demo();
    for (const profile of loadAllProfiles()) {
      const byCard = population.find({ cardNo: profile.ef05.cardNumber });
      expect(byCard?.certno, profile.name).toBe(profile.ef06.idNumber);
      expect(population.find({ certno: profile.ef06.idNumber })?.psnNo).toBe(profile.insurance.personNumber);
      expect(population.find({ psnNo: profile.insurance.personNumber })?.insutype).toBe(profile.insurance.insutype);
    }
  });

  it('keeps its own seed (e.g. a suspended person) beside the profiles', () => {
    const population = Population.demo();
    for (const seed of SEED_PERSONS) expect(population.find({ psnNo: seed.psnNo })?.name).toBe(seed.name);
    expect(population.find({ psnNo: '15220100000000000004' })?.status).toBe('2');
  });

  it('lists the cards the profiles mark as blocklisted', () => {
    const { blocklisted, problem } = loadProfilePersons();
    expect(problem).toBeUndefined();
    const lost = loadAllProfiles().filter((p) => p.insurance.blocklisted).map((p) => p.ef05.cardNumber);
    expect(lost.length).toBeGreaterThan(0);
    expect(blocklisted).toEqual(lost);
  });
});
