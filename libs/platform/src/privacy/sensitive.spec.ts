import { logRedactionPaths } from './log-redaction';
import { Sensitive, sensitiveFieldNames, stripSensitive } from './sensitive';

class CandidateDto {
  id = 'c1';
  occupation = 'bakker';
  @Sensitive()
  livingWage = true;
  skills = [{ name: 'deeg kneden', origin: 'Syrië' }];
}

class DetailedCandidateDto extends CandidateDto {
  @Sensitive()
  disabilityNote = 'rugklachten';
}

describe('sensitive fields', () => {
  it('strips the declared fields and the always-sensitive names, also nested and inherited', () => {
    const stripped = stripSensitive(new DetailedCandidateDto());
    expect(stripped).toEqual({ id: 'c1', occupation: 'bakker', skills: [{ name: 'deeg kneden' }] });
    expect(JSON.stringify(stripped)).not.toMatch(/livingWage|disabilityNote|rugklachten|Syrië/);
  });

  it('leaves the original untouched', () => {
    const dto = new CandidateDto();
    stripSensitive(dto);
    expect(dto.livingWage).toBe(true);
  });

  it('puts every declared name on the log redaction list', () => {
    expect(sensitiveFieldNames()).toEqual(expect.arrayContaining(['livingWage', 'disabilityNote', 'welfareStatus']));
    expect(logRedactionPaths()).toEqual(
      expect.arrayContaining(['livingWage', '*.disabilityNote', '*.*.welfareStatus', '*.email', 'password']),
    );
  });
});
