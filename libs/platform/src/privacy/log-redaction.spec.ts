import pino from 'pino';
import { Writable } from 'node:stream';
import { logRedactionPaths } from './log-redaction';

describe('log redaction', () => {
  it('keeps personal and sensitive fields out of log lines, nested or not', () => {
    let output = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        output += chunk.toString();
        done();
      },
    });
    const logger = pino({ redact: { paths: logRedactionPaths(), remove: true } }, sink);
    logger.warn(
      {
        email: 'amina@example.org',
        body: { password: 'gent werkt samen', displayName: 'Amina El Amrani', phone: '+32 470 12 34 56' },
        job: { data: { welfareStatus: 'leefloon', accountId: 'a1' } },
        err: { details: { code: 'GENT2-WERK7' } },
      },
      'something happened',
    );
    expect(output).toContain('something happened');
    expect(output).toContain('"accountId":"a1"');
    for (const secret of [
      'amina@example.org',
      'gent werkt samen',
      'Amina El Amrani',
      '+32 470',
      'leefloon',
      'GENT2-WERK7',
    ]) {
      expect(output).not.toContain(secret);
    }
  });
});
