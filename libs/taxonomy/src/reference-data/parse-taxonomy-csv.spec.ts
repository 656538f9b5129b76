import { parseEscoOccupationsCsv, parseIscoGroupsCsv, parseSkillsCsv, parseSynonymsCsv } from './parse-taxonomy-csv';
import { TaxonomyDataError } from './taxonomy-records';

function problemsOf(parseCall: () => unknown): string[] {
  try {
    parseCall();
  } catch (error) {
    if (error instanceof TaxonomyDataError) return error.problems;
    throw error;
  }
  throw new Error('expected a TaxonomyDataError');
}

describe('parseIscoGroupsCsv', () => {
  const header = 'isco_code,level,parent_code,label_en,label_nl_major_only,esco_uri,n_esco_occupations_nl\n';

  it('reads groups with their parent and Dutch label where there is one', () => {
    const groups = parseIscoGroupsCsv(
      header +
        '9,major,,Elementary occupations,Elementaire beroepen,http://data.europa.eu/esco/isco/C9,75\n' +
        '9112,unit,911,"Cleaners and helpers in offices, hotels and other establishments",,x,6\n',
    );
    expect(groups).toEqual([
      {
        code: '9',
        level: 'major',
        parentCode: null,
        labelEn: 'Elementary occupations',
        labelNl: 'Elementaire beroepen',
      },
      {
        code: '9112',
        level: 'unit',
        parentCode: '911',
        labelEn: 'Cleaners and helpers in offices, hotels and other establishments',
        labelNl: null,
      },
    ]);
  });

  it('reports a level or parent that does not fit the code, with the line', () => {
    const problems = problemsOf(() =>
      parseIscoGroupsCsv(header + '911,unit,91,Domestic,,x,1\n9112,unit,912,Cleaners,,x,1\n'),
    );
    expect(problems).toEqual([
      'isco08_groups.csv:2: level "unit" does not fit code 911',
      'isco08_groups.csv:3: parent "912" is not the group above 9112',
    ]);
  });
});

describe('parseEscoOccupationsCsv', () => {
  const header = 'esco_uri,esco_code,isco4,isco1,preferred_label_nl,alt_labels_nl\n';
  const uri = 'http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397';

  it('takes the id from the URI and cleans the alternative labels', () => {
    const [occupation] = parseEscoOccupationsCsv(
      `${header}${uri},9112.2,9112,9,schoonmaker gebouwen,"schoonmaakster|poetsvrouw|schoonmaakster||schoonmaker gebouwen|vinoloog  wijnkenner"\n`,
    );
    expect(occupation).toEqual({
      id: '303a1e34-cb16-4054-b323-81e5eec17397',
      escoCode: '9112.2',
      iscoCode: '9112',
      preferredLabel: 'schoonmaker gebouwen',
      altLabels: ['schoonmaakster', 'poetsvrouw', 'vinoloog wijnkenner'],
    });
  });

  it('keeps labels with commas whole', () => {
    const [occupation] = parseEscoOccupationsCsv(
      `${header}${uri},1213.7,1213,1,"manager gezondheid, veiligheid en milieu","hoofd HSE, VGM|coördinator"\n`,
    );
    expect(occupation.preferredLabel).toBe('manager gezondheid, veiligheid en milieu');
    expect(occupation.altLabels).toEqual(['hoofd HSE, VGM', 'coördinator']);
  });

  it('reports a bad URI and an ISCO group that does not fit the code', () => {
    const problems = problemsOf(() => parseEscoOccupationsCsv(`${header}http://example.org/1,9112.2,9111,9,x,\n`));
    expect(problems).toEqual([
      'occupations_nl_slim.csv:2: "http://example.org/1" is not an ESCO occupation URI',
      'occupations_nl_slim.csv:2: ISCO unit group "9111" does not fit ESCO code 9112.2',
    ]);
  });
});

describe('parseSynonymsCsv', () => {
  const header = 'label,esco_code,primary,note\n';

  it('reads curated synonyms', () => {
    expect(parseSynonymsCsv(`${header}kuisvrouw,9112.2,yes,Flemish\nkuisvrouw,9111.1,no,\n`)).toEqual([
      { label: 'kuisvrouw', escoCode: '9112.2', primary: true },
      { label: 'kuisvrouw', escoCode: '9111.1', primary: false },
    ]);
  });

  it('reports a bad primary flag, a bad code and a duplicate mapping', () => {
    const problems = problemsOf(() =>
      parseSynonymsCsv(`${header}kuisvrouw,9112.2,ja,\nmetser,7112,yes,\nKuisvrouw,9112.2,yes,\n`),
    );
    expect(problems).toEqual([
      'flemish-synonyms.csv:2: primary must be yes or no, got "ja"',
      'flemish-synonyms.csv:3: "7112" is not an ESCO occupation code',
      'flemish-synonyms.csv:4: "Kuisvrouw" is already mapped to 9112.2',
    ]);
  });
});

describe('parseSkillsCsv', () => {
  const header = 'id,name_nl,name_en,isco_groups\n';

  it('reads skills with one or more ISCO groups', () => {
    expect(
      parseSkillsCsv(
        `${header}operate-cleaning-machines,schoonmaakmachines bedienen,operate cleaning machines,911|5153\n`,
      ),
    ).toEqual([
      {
        id: 'operate-cleaning-machines',
        nameNl: 'schoonmaakmachines bedienen',
        nameEn: 'operate cleaning machines',
        iscoCodes: ['911', '5153'],
      },
    ]);
  });

  it('reports ids that are not slugs, duplicates, missing names and bad ISCO codes', () => {
    const problems = problemsOf(() =>
      parseSkillsCsv(
        `${header}Clean Floors,vloeren,floors,911\nlay-bricks,metselen,,7112\nlay-bricks,metselen,lay bricks,71120\n`,
      ),
    );
    expect(problems).toEqual([
      'skills.csv:2: id "Clean Floors" is not a lowercase slug',
      'skills.csv:3: Dutch and English names are both required',
      'skills.csv:4: id "lay-bricks" is used twice',
      'skills.csv:4: "71120" is not an ISCO-08 code',
    ]);
  });
});
