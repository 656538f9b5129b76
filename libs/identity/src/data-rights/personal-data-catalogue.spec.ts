import { PreferredLanguage } from '../accounts/account.entity';
import { renderExportHtml } from './export-html';
import { PERSONAL_DATA_CATALOGUE, personalTables, retentionTables } from './personal-data-catalogue';

describe('personal-data catalogue', () => {
  it('lets the person see every personal-data table in their export', () => {
    const hidden = personalTables().filter((t) => !t.links.some((link) => link.exported === true));
    expect(hidden.map((t) => t.table)).toEqual([]);
  });

  it('keeps only the audit log, the consent history and the ranking records after erasure, each with a legal basis and a period', () => {
    expect(retentionTables().sort()).toEqual(['audit_log', 'consent_changes', 'ranking_records']);
    for (const table of personalTables()) {
      for (const link of table.links) {
        if (link.erasure.action === 'retain') {
          expect(link.erasure.legalBasis.length).toBeGreaterThan(20);
          expect(link.erasure.period).toMatch(/\d/);
        }
      }
    }
  });

  it('erases rows that point at the person before the rows they point through', () => {
    const order = PERSONAL_DATA_CATALOGUE.map((t) => t.table);
    for (const table of personalTables()) {
      for (const link of table.links) {
        if (link.through) expect(order.indexOf(table.table)).toBeLessThan(order.indexOf(link.through.table));
      }
    }
  });
});

describe('export page', () => {
  it('escapes what people typed, so a name cannot inject markup', () => {
    const html = renderExportHtml({
      format: 'werkpunt-personal-data-export/1',
      exportedAt: '2026-11-28T12:00:00.000Z',
      accountId: 'a1',
      language: PreferredLanguage.English,
      sections: [
        {
          table: 'accounts',
          title: 'Your account',
          description: 'Your name',
          rows: [{ display_name: '<script>alert(1)</script>', email: null, active: true }],
          withheld: [],
        },
      ],
    });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('&#60;script&#62;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<th scope="col">name</th>');
    expect(html).toContain('(empty)');
    expect(html).toContain('<td>yes</td>');
  });
});
