import { shiftsFactor } from './shifts';

describe('shiftsFactor', () => {
  it('is 1 when the vacancy names no shifts', () => {
    expect(shiftsFactor({ shifts: [] }, { shifts: [] })).toMatchObject({
      value: 1,
      reason: {
        nl: 'Deze job vraagt geen bijzondere werkuren.',
        en: 'This job does not ask for particular working times.',
      },
    });
  });

  it('is 1 when the person accepts every shift', () => {
    expect(shiftsFactor({ shifts: ['day', 'evening'] }, { shifts: ['evening'] })).toMatchObject({
      value: 1,
      reason: {
        nl: 'Deze job vraagt avondwerk. Dat past bij wat je zoekt.',
        en: 'This job asks for evening work. That fits what you are looking for.',
      },
    });
  });

  it('is the share of shifts accepted, naming the others', () => {
    const result = shiftsFactor({ shifts: ['day'] }, { shifts: ['day', 'night', 'weekend'] });
    expect(result.value).toBeCloseTo(1 / 3, 10);
    expect(result.reason).toEqual({
      nl: 'Deze job vraagt dagwerk, nachtwerk en weekendwerk. Nachtwerk en weekendwerk passen niet bij wat je zoekt.',
      en: 'This job asks for day work, night work and weekend work. Night work and weekend work do not fit what you are looking for.',
    });
    expect(shiftsFactor({ shifts: [] }, { shifts: ['night'] }).reason.nl).toBe(
      'Deze job vraagt nachtwerk. Nachtwerk past niet bij wat je zoekt.',
    );
  });
});

describe('shiftsFactor for an employer', () => {
  it('says which shifts fit what the candidate is looking for', () => {
    expect(shiftsFactor({ shifts: ['day'] }, { shifts: ['day', 'night', 'weekend'] }, 'employer').reason).toEqual({
      nl: 'Deze job vraagt dagwerk, nachtwerk en weekendwerk. Nachtwerk en weekendwerk passen niet bij wat de kandidaat zoekt.',
      en: 'This job asks for day work, night work and weekend work. Night work and weekend work do not fit what the candidate is looking for.',
    });
    expect(shiftsFactor({ shifts: ['day', 'evening'] }, { shifts: ['evening'] }, 'employer').reason).toEqual({
      nl: 'Deze job vraagt avondwerk. Dat past bij wat de kandidaat zoekt.',
      en: 'This job asks for evening work. That fits what the candidate is looking for.',
    });
  });

  it('marks a job without particular shifts as a filler', () => {
    expect(shiftsFactor({ shifts: [] }, { shifts: [] }, 'employer').informative).toBe(false);
    expect(shiftsFactor({ shifts: [] }, { shifts: ['day'] }).informative).toBe(true);
  });
});
