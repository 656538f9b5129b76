import { freshnessFactor } from './freshness';

const TODAY = '2026-11-28';

describe('freshnessFactor', () => {
  it('is 1 on the day of publication, counted in Ghent time', () => {
    expect(freshnessFactor({ publishedAt: '2026-11-28T09:00:00Z' }, TODAY)).toEqual({
      value: 1,
      reason: { nl: 'Deze vacature is vandaag verschenen.', en: 'This vacancy was published today.' },
      informative: true,
      improvements: [],
    });
    // 23:30 UTC on the 27th is already the 28th in Brussels.
    expect(freshnessFactor({ publishedAt: '2026-11-27T23:30:00Z' }, TODAY).value).toBe(1);
  });

  it('falls linearly to 0.3 after 60 days and stays there', () => {
    expect(freshnessFactor({ publishedAt: '2026-11-27T10:00:00Z' }, TODAY).reason).toEqual({
      nl: 'Deze vacature staat 1 dag online.',
      en: 'This vacancy has been online for 1 day.',
    });
    const month = freshnessFactor({ publishedAt: '2026-10-29T10:00:00Z' }, TODAY);
    expect(month.value).toBeCloseTo(0.65, 10);
    expect(month.reason.nl).toBe('Deze vacature staat 30 dagen online.');
    expect(freshnessFactor({ publishedAt: '2026-09-29' }, TODAY).value).toBeCloseTo(0.3, 10);
    expect(freshnessFactor({ publishedAt: '2025-01-01T00:00:00Z' }, TODAY).value).toBe(0.3);
  });

  it('is 0.5 when the publication date is unknown or unreadable', () => {
    expect(freshnessFactor({ publishedAt: null }, TODAY)).toEqual({
      value: 0.5,
      reason: {
        nl: 'We weten niet sinds wanneer deze vacature online staat.',
        en: 'We do not know since when this vacancy has been online.',
      },
      informative: true,
      improvements: [],
    });
    expect(freshnessFactor({ publishedAt: 'gisteren' }, TODAY).value).toBe(0.5);
  });

  it('treats a publication date after today as today', () => {
    expect(freshnessFactor({ publishedAt: '2026-12-01T10:00:00Z' }, TODAY).value).toBe(1);
  });
});

describe('freshnessFactor for every reader', () => {
  it('speaks about the vacancy only, so one wording serves the person and the employer', () => {
    const { reason } = freshnessFactor({ publishedAt: '2026-11-27T10:00:00Z' }, TODAY);
    expect(`${reason.nl} ${reason.en}`).not.toMatch(/\b(je|jij|you|your)\b/i);
  });
});
