import { describe, expect, it } from 'vitest';
import { personActors, usedPeople } from '../../../src/lib/model/personActors';
import type { NewActor } from '../../../src/lib/model/extraction';
import type { Actor } from '../../../src/lib/model/types';

const person = (name: string, id: string, country: string | null, role?: string): NewActor => ({ name, start: 0, end: name.length, kind: 'person', id, country, ...(role ? { role } : {}) });

describe('personActors(results, known)', () => {
  it('makes one person actor per id across reports, filling country and role from a later report', () => {
    const out = personActors([
      { newActors: [person('Kim Yong-chol', 'person:kim-yong-chol', null), { name: 'State Department', start: 0, end: 16, kind: 'organization' }] },
      { newActors: [person('Kim Yong-chol', 'person:kim-yong-chol', 'KP', 'official'), person('Moon Jae-in', 'person:moon-jae-in', 'KR', 'president')] },
      {},
    ]);
    expect(out).toEqual([
      { id: 'person:kim-yong-chol', name: 'Kim Yong-chol', kind: 'person', country: 'KP', role: 'official', aliases: [] },
      { id: 'person:moon-jae-in', name: 'Moon Jae-in', kind: 'person', country: 'KR', role: 'president', aliases: [] },
    ]);
  });

  it('skips ids already among the known actors', () => {
    const known: Actor[] = [{ id: 'person:moon-jae-in', name: 'Moon Jae-in', kind: 'person', country: 'KR', aliases: [] }];
    expect(personActors([{ newActors: [person('Moon Jae-in', 'person:moon-jae-in', 'KR')] }], known)).toEqual([]);
  });
});

describe('usedPeople(people, events)', () => {
  it('keeps the people events name as participant or initiator, sorted by id', () => {
    const people = personActors([{ newActors: [person('Mike Pompeo', 'person:mike-pompeo', 'US'), person('Sergei Lavrov', 'person:sergei-lavrov', 'RU'), person('Kim Yong-chol', 'person:kim-yong-chol', 'KP')] }]);
    const used = usedPeople(people, [{ actors: ['person:mike-pompeo', 'us'] }, { actors: ['kp'], initiator: 'person:kim-yong-chol' }]);
    expect(used.map((a) => a.id)).toEqual(['person:kim-yong-chol', 'person:mike-pompeo']);
  });
});
