import { cleanFileName } from './file-name';

describe('cleanFileName', () => {
  it('stores a name chosen in the browser as the same name sent through the API', () => {
    // Browsers send " CR LF as %22 %0D %0A in a multipart file name.
    expect(cleanFileName('%22citat%22; bilaga.pdf')).toBe(cleanFileName('"citat"; bilaga.pdf'));
    expect(cleanFileName('rad%0D%0Abrytning.pdf')).toBe('radbrytning.pdf');
  });

  it('keeps every other percent sign as it is', () => {
    expect(cleanFileName('100% klart.pdf')).toBe('100% klart.pdf');
    expect(cleanFileName('50%25.pdf')).toBe('50%25.pdf');
  });

  it('reads a UTF-8 name that arrived as Latin-1 and drops folders', () => {
    expect(cleanFileName(Buffer.from('C:\\mapp\\Отчёт.pdf', 'utf8').toString('latin1'))).toBe('Отчёт.pdf');
  });
});
