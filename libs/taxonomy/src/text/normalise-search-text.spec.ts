import { normaliseSearchText } from './normalise-search-text';

describe('normaliseSearchText', () => {
  it.each([
    ['Kassière', 'kassiere'],
    ['  Poetshulp  ', 'poetshulp'],
    ['ober/serveerster', 'ober serveerster'],
    ['auto- en bestelwagenkoerier', 'auto en bestelwagenkoerier'],
    ['vinoloog  wijnkenner', 'vinoloog wijnkenner'],
    ['O&G-verpleegkundige', 'o g verpleegkundige'],
    ['rand\u00adap\u00adpa\u00adra\u00adtuur', 'randapparatuur'],
    ['mondhygiënist', 'mondhygienist'],
    ['Œuvre Ærø', 'oeuvre aero'],
    ['chauffeur CE', 'chauffeur ce'],
    ["bestuurder van brandauto's", 'bestuurder van brandauto s'],
  ])('%j becomes %j', (input, expected) => {
    expect(normaliseSearchText(input)).toBe(expected);
  });

  it('leaves nothing of punctuation only', () => {
    expect(normaliseSearchText(' -/- ')).toBe('');
  });

  it('is idempotent', () => {
    const once = normaliseSearchText('Gespecialiseerd Verpleegkundige (IC)');
    expect(normaliseSearchText(once)).toBe(once);
  });
});
