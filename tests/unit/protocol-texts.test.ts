import { describe, expect, it } from 'vitest';
import { languageCodes, parseLocalisedText, resolveText } from '../../lib/protocol/texts';

describe('localised texts', () => {
  it.each([
    ['NO:"Filnavn";US:"File Name"'],
    ['NO:"Filnavn",US:"File Name"'],
    ['NO:"Filnavn" US:"File Name"'],
    ['NO:"Filnavn"US:"File Name"'],
    ['  NO : "Filnavn" ;\r\n US:"File Name";'],
    ['no:"Filnavn";us:"File Name"'],
  ])('parses %j whatever the separators', (raw) => {
    expect(parseLocalisedText(raw)).toEqual([{ code: 'NO', text: 'Filnavn' }, { code: 'US', text: 'File Name' }]);
    expect(resolveText(raw, 'no')).toBe('Filnavn');
    expect(resolveText(raw, 'nb-NO')).toBe('Filnavn');
    expect(resolveText(raw, 'nn')).toBe('Filnavn');
    expect(resolveText(raw, 'en')).toBe('File Name');
  });

  it('unescapes quotes written as \\" or ""', () => {
    expect(resolveText('US:"Say \\"hi\\"";NO:"Si ""hei"""', 'en')).toBe('Say "hi"');
    expect(resolveText('US:"Say \\"hi\\"";NO:"Si ""hei"""', 'no')).toBe('Si "hei"');
  });

  it('falls back: user language → US → first given → raw', () => {
    expect(resolveText('DE:"Datei";US:"File"', 'no')).toBe('File');
    expect(resolveText('DE:"Datei";SV:"Fil"', 'no')).toBe('Datei');
    expect(resolveText('GB:"Colour"', 'en')).toBe('Colour');
    expect(resolveText('EN:"Name";NO:"Navn"', 'en-GB')).toBe('Name');
    expect(resolveText('File name', 'no')).toBe('File name');
    expect(resolveText('Path: C:\\data', 'no')).toBe('Path: C:\\data');
    expect(resolveText('NO:"Filnavn" and more', 'no')).toBe('NO:"Filnavn" and more');
    expect(resolveText('NO:"unterminated', 'no')).toBe('NO:"unterminated');
    expect(resolveText('', 'no')).toBe('');
    expect(resolveText(null, 'no')).toBe('');
    expect(resolveText('NO:"";US:"x"', 'no')).toBe('');
  });

  it('maps user languages to codes', () => {
    expect(languageCodes('nb')).toEqual(['NO', 'NB', 'NN']);
    expect(languageCodes('en-US')).toEqual(['US', 'EN', 'GB', 'UK']);
    expect(languageCodes('de')).toEqual(['DE']);
    expect(languageCodes('')).toEqual([]);
  });
});
