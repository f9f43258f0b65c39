/**
 * An official document (公文) as a Word file, laid out after GB/T 9704-2012 without the red header: A4 with its
 * margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), the title in 2号 宋体 (小标宋 where installed is the
 * standard's; 宋体 is what every machine has), the body in 3号 仿宋 on a fixed 28 pt line, first-level headings in
 * 黑体 and second-level in 楷体, the issuer and date at the bottom right, page numbers "— 1 —" in the footer.
 *
 * The content is a list of blocks (documents.ts builds them from the record); this module alone renders them.
 * `docx` is loaded by the first document made: it stays out of the Lambda's bundle and its cold start (infra/lib/
 * node-function.ts LAZY_MODULES ships it beside the bundle), so only this module imports it, for its types otherwise.
 */
import type * as Docx from 'docx';

export type Block =
  /** 标题: centred, may wrap to a second line. */
  | { kind: 'title'; text: string }
  /** 主送: the units the document is sent to, flush left, ending in a full-width colon. */
  | { kind: 'addressee'; names: readonly string[] }
  /** 一、 (黑体) or （一） (楷体), indented two characters as body text. */
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** Body text indented two characters; a label (讨论情况：) leads it in bold; each line of `text` is a paragraph. */
  | { kind: 'body'; text: string; label?: string }
  /** A ruled table in 4号 仿宋, its header row bold and centred; widths in characters. */
  | { kind: 'table'; header: readonly string[]; rows: readonly (readonly string[])[]; widths: readonly number[] }
  /** 发文机关署名 and 成文日期, right-aligned four characters from the margin, after a blank line. */
  | { kind: 'signature'; issuer: string; date: string }
  /** A flush-left line after the signature (分送：…). */
  | { kind: 'line'; text: string };

/** Sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
const TABLE_SIZE = 28;
/** The body's line: exactly 28 pt (22 lines on the type area, as the standard counts them). */
const BODY_LINE = 560;
/** One character of body text (16 pt) in twips. */
const CHAR = 320;
/** Millimetres in twips, rounded (docx's own helper truncates: A4 would come out 11905 × 16837). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

const font = (latin: string, eastAsia: string) => ({ ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' });
export const DOCUMENT_FONTS = {
  title: font('SimSun', '宋体'),
  body: font('FangSong', '仿宋'),
  heading1: font('SimHei', '黑体'),
  heading2: font('KaiTi', '楷体'),
} as const;

let loading: Promise<typeof Docx> | undefined;

/** The `docx` package, imported on the first document (a dynamic import the bundler leaves as one). */
export const loadDocx = (): Promise<typeof Docx> => (loading ??= import('docx'));

/** The .docx bytes of `blocks`, with `title` as the file's document title. */
export async function officialDocument(title: string, blocks: readonly Block[], creator: string): Promise<Uint8Array> {
  const docx = await loadDocx();
  const render = renderer(docx);
  const document = new docx.Document({
    title,
    creator,
    styles: {
      default: { document: { run: { font: DOCUMENT_FONTS.body, size: BODY_SIZE, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(25) },
          },
        },
        footers: {
          default: new docx.Footer({
            children: [
              new docx.Paragraph({
                alignment: docx.AlignmentType.CENTER,
                children: [new docx.TextRun({ font: DOCUMENT_FONTS.title, size: TABLE_SIZE, children: ['— ', docx.PageNumber.CURRENT, ' —'] })],
              }),
            ],
          }),
        },
        children: blocks.flatMap(render),
      },
    ],
  });
  return new Uint8Array(await docx.Packer.toBuffer(document));
}

function renderer(docx: typeof Docx) {
  const { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = docx;
  const bodyLine = { line: BODY_LINE, lineRule: LineRuleType.EXACT };
  const indented = { firstLine: 2 * CHAR, firstLineChars: 200 };
  const lines = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');

  const cell = (text: string, header: boolean, width: number) =>
    new TableCell({
      width: { size: width * CHAR, type: WidthType.DXA },
      verticalAlign: docx.VerticalAlignTable.CENTER,
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { line: 400, lineRule: LineRuleType.AT_LEAST },
          children: [new TextRun({ text, bold: header, size: TABLE_SIZE })],
        }),
      ],
    });

  return (block: Block): (Docx.Paragraph | Docx.Table)[] => {
    switch (block.kind) {
      case 'title':
        return [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { line: 700, lineRule: LineRuleType.EXACT, after: BODY_LINE },
            children: [new TextRun({ text: block.text, font: DOCUMENT_FONTS.title, size: TITLE_SIZE, bold: true })],
          }),
        ];
      case 'addressee':
        return [new Paragraph({ spacing: bodyLine, children: [new TextRun(`${block.names.join('、')}：`)] })];
      case 'heading':
        return [
          new Paragraph({
            spacing: bodyLine,
            indent: indented,
            keepNext: true,
            children: [new TextRun({ text: block.text, font: block.level === 1 ? DOCUMENT_FONTS.heading1 : DOCUMENT_FONTS.heading2 })],
          }),
        ];
      case 'body': {
        const paragraphs = lines(block.text);
        if (paragraphs.length === 0) paragraphs.push('');
        return paragraphs.map(
          (text, i) =>
            new Paragraph({
              spacing: bodyLine,
              indent: indented,
              children: [...(i === 0 && block.label ? [new TextRun({ text: block.label, bold: true })] : []), new TextRun(text)],
            }),
        );
      }
      case 'table':
        return [
          new Table({
            width: { size: block.widths.reduce((sum, w) => sum + w, 0) * CHAR, type: WidthType.DXA },
            columnWidths: block.widths.map((w) => w * CHAR),
            rows: [
              new TableRow({ tableHeader: true, children: block.header.map((text, i) => cell(text, true, block.widths[i]!)) }),
              ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, false, block.widths[i]!)) })),
            ],
          }),
        ];
      case 'signature': {
        const right = (text: string) => new Paragraph({ alignment: AlignmentType.RIGHT, spacing: bodyLine, indent: { right: 4 * CHAR }, children: [new TextRun(text)] });
        return [new Paragraph({ spacing: bodyLine, children: [] }), new Paragraph({ spacing: bodyLine, children: [] }), right(block.issuer), right(block.date)];
      }
      case 'line':
        return [new Paragraph({ spacing: bodyLine, children: [new TextRun(block.text)] })];
    }
  };
}
