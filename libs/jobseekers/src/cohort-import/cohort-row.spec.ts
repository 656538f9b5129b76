import { columnOfProfileField, profileRequestOfRow } from './cohort-row.dto';

describe('cohort row', () => {
  it('names the CSV column for each profile field the profile rules refuse', () => {
    expect(columnOfProfileField('desiredOccupations')).toBe('occupationIds');
    expect(columnOfProfileField('desiredOccupations.1.occupationId')).toBe('occupationIds');
    expect(columnOfProfileField('desiredOccupations.0.experienceMonths')).toBe('experienceMonths');
    expect(columnOfProfileField('education.level')).toBe('educationLevel');
    expect(columnOfProfileField('education.recognition')).toBe('diplomaRecognition');
    expect(columnOfProfileField('otherLanguages.0.level')).toBe('otherLanguages');
    expect(columnOfProfileField('skillIds.3')).toBe('skillIds');
    expect(columnOfProfileField('address.postcode')).toBe('postcode');
    expect(columnOfProfileField('workTime.hoursPerWeekMax')).toBe('hoursPerWeekMax');
    expect(columnOfProfileField('homeWijkId')).toBe('homeWijkId');
  });

  it('builds the profile request: experience counts for the first occupation, languages as code:level', () => {
    const request = profileRequestOfRow({
      displayName: 'Arbeider',
      occupationIds: ['a', 'b'],
      experienceMonths: 30,
      educationLevel: 'low',
      otherLanguages: ['fr:B1', 'ar : C2'],
      transportModes: ['bike'],
      maxCommuteMinutes: 20,
      hoursPerWeekMin: 19,
      hoursPerWeekMax: 38,
      shifts: ['day'],
      homeWijkId: 7,
    });
    expect(request).toMatchObject({
      desiredOccupations: [
        { occupationId: 'a', experienceMonths: 30 },
        { occupationId: 'b', experienceMonths: 0 },
      ],
      otherLanguages: [
        { language: 'fr', level: 'B1' },
        { language: 'ar', level: 'C2' },
      ],
      education: { level: 'low', recognition: 'not_needed' },
      dutchLevel: null,
      address: null,
      eligibility: { livingWageClient: false, inArtikel60: false, workDisability: null },
      availability: 'active',
    });
  });
});
