import { escapeMarkdown } from './clause-text';
import { markdownBlocks } from './markdown-blocks';

const plain = (text: string) => ({ text, bold: false });
const bold = (text: string) => ({ text, bold: true });

describe('markdownBlocks', () => {
  it('keeps a bold label and the text after it as runs of one paragraph, lines joined by a space', () => {
    expect(markdownBlocks('**Påföljd:** Uppfyller leverantören\ninte kravet.')).toEqual([
      { kind: 'paragraph', runs: [bold('Påföljd:'), plain(' Uppfyller leverantören inte kravet.')] },
    ]);
  });

  it('turns "- " lines into one list whose items keep their bold parts', () => {
    expect(markdownBlocks('Följande:\n\n- 3 × anställning\n- **Heltidsmånad:** en månad på heltid\n\nSlut.')).toEqual([
      { kind: 'paragraph', runs: [plain('Följande:')] },
      { kind: 'list', ordered: false, items: [{ level: 0, runs: [plain('3 × anställning')] }, { level: 0, runs: [bold('Heltidsmånad:'), plain(' en månad på heltid')] }] },
      { kind: 'paragraph', runs: [plain('Slut.')] },
    ]);
  });

  it('reads numbered and nested lists, and headings inside a clause text', () => {
    expect(markdownBlocks('### Definitioner\n\n1. Första\n   - del a\n2. Andra')).toEqual([
      { kind: 'subheading', runs: [plain('Definitioner')] },
      { kind: 'list', ordered: true, items: [{ level: 0, runs: [plain('Första')] }, { level: 1, runs: [plain('del a')] }, { level: 0, runs: [plain('Andra')] }] },
    ]);
  });

  it('prints an inserted value as written, whatever Markdown characters it holds', () => {
    const value = 'Städ & Co **AB** <b>_x_</b> #1 a|b ~c~ \\ &amp; 100 %';
    expect(markdownBlocks(`**Leverantör:** ${escapeMarkdown(value)}`)).toEqual([
      { kind: 'paragraph', runs: [bold('Leverantör:'), plain(` ${value}`)] },
    ]);
  });

  it('reads what the templates do not use as plain text: indented lines, links, entities, code', () => {
    expect(markdownBlocks('Text\n\n    indragen rad [länk](http://x) &amp; `kod`\n\n---')).toEqual([
      { kind: 'paragraph', runs: [plain('Text')] },
      { kind: 'paragraph', runs: [plain('indragen rad [länk](http://x) &amp; `kod`')] },
      { kind: 'paragraph', runs: [plain('---')] },
    ]);
  });
});
