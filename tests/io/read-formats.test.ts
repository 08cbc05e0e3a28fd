import { CFB } from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook, UnreadableInputError } from '../../src/io';
import type { SheetGrid } from '../../src/engine/types';
import { editPackage, rows, xlsxPackage } from './packages';
import { workbookBytes } from './workbook-bytes';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name));

async function only(bytes: Uint8Array): Promise<SheetGrid> {
  const grids = await readWorkbook(bytes);
  expect(grids).toHaveLength(1);
  return grids[0];
}

async function reason(bytes: Uint8Array): Promise<string> {
  const error = await readWorkbook(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadableInputError);
  return (error as UnreadableInputError).reason;
}

describe('readWorkbook on the files officers have', () => {
  it('reads an Excel 97–2003 .xls: the Ministry of Finance’s 2004 budget estimate', async () => {
    const grid = await only(fixture('mof-plan-2004.xls'));
    expect(grid.name).toBe('Sheet1');
    expect(grid.cells[6].slice(0, 4).map((cell) => cell?.value)).toEqual(['A', 'B', 1, 2]);
    expect(grid.cells[9][1]?.value).toBe('QUẢNG NINH');
    expect(grid.cells[9][2]?.value).toBe(3596880);
    expect(grid.merges.length).toBeGreaterThan(0);
    for (const merge of grid.merges) expect(merge.bottom - merge.top + (merge.right - merge.left)).toBeGreaterThan(0);
  });

  it('lists hidden columns as well as hidden rows', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('S');
      for (let c = 1; c <= 5; c++) ws.getCell(1, c).value = c;
      ws.getCell(2, 1).value = 'x';
      ws.getColumn(2).hidden = true;
      ws.getColumn(4).hidden = true;
      ws.getRow(2).hidden = true;
    });
    const grid = await only(bytes);
    expect(grid.hiddenCols).toEqual([1, 3]);
    expect(grid.hiddenRows).toEqual([1]);
  });

  it('reads the `x:`-prefixed XML the Open XML SDK writes', async () => {
    const data = rows([['TT', 'Nội dung', 'Số tiền'], [1, 'Tập huấn', 90], [null, 'Cộng', 90]], 'x');
    const grid = await only(xlsxPackage(data, '<x:mergeCells count="1"><x:mergeCell ref="A3:B3"/></x:mergeCells>', { prefix: 'x' }));
    expect(grid.cells[1][2]).toEqual({ value: 90 });
    expect(grid.cells[2][1]).toEqual({ value: 'Cộng' });
    expect(grid.merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 1 }]);
  });

  it('reads a workbook with a chart (exceljs’s open bug #2591 crashes on it)', async () => {
    const chart =
      '<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
      '<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/>' +
      '<c:val><c:numRef><c:f>S!$B$1:$B$2</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart></c:plotArea></c:chart></c:chartSpace>';
    const drawing =
      '<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      '<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
      '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
    const bytes = xlsxPackage(rows([['Năm', 'Số tiền'], [2025, 120]]), '<drawing r:id="rId1"/>', {
      sheetRels: '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>',
      parts: {
        'xl/drawings/drawing1.xml': drawing,
        'xl/drawings/_rels/drawing1.xml.rels':
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
        'xl/charts/chart1.xml': chart,
      },
      contentTypes:
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    });
    const grid = await only(bytes);
    expect(grid.cells[1][1]).toEqual({ value: 120 });
  });

  it('reads comments as openpyxl writes them (comments part and legacy drawing)', async () => {
    const comments =
      '<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>openpyxl</author></authors>' +
      '<commentList><comment ref="B2" authorId="0" shapeId="0"><text><t>Số liệu ước thực hiện</t></text></comment></commentList></comments>';
    const vml =
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      '<v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>';
    const bytes = xlsxPackage(rows([['Năm', 'Số tiền'], [2025, 120]]), '<legacyDrawing r:id="anysvml"/>', {
      sheetRels:
        '<Relationship Id="comments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="/xl/comments/comment1.xml"/>' +
        '<Relationship Id="anysvml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml"/>',
      parts: { 'xl/comments/comment1.xml': comments, 'xl/drawings/commentsDrawing1.vml': vml },
      contentTypes:
        '<Override PartName="/xl/comments/comment1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
    });
    const grid = await only(bytes);
    expect(grid.cells[1][1]).toEqual({ value: 120 });
  });

  it('reads a sheet name longer than Excel’s 31 characters, quietly', async () => {
    const name = 'Phụ lục 2 - Dự toán chi ngân sách địa phương năm 2025';
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const grid = await only(xlsxPackage(rows([['TT', 'Nội dung'], [1, 'Chi thường xuyên']]), '', { sheetName: name }));
      expect(grid.name).toBe(name);
      expect(grid.cells[1][1]?.value).toBe('Chi thường xuyên');
      expect(warn).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });

  it('keeps a merge over the whole sheet as one rectangle, without creating its cells', async () => {
    const grid = await only(xlsxPackage(rows([['Tiêu đề']]), '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }]);
    expect(grid.cells).toEqual([[{ value: 'Tiêu đề' }]]);
  });

  it('says “damaged” for a truncated workbook, not “not a workbook”', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('S');
      for (let r = 1; r <= 200; r++) ws.getCell(r, 1).value = `dòng ${r}`;
    });
    expect(await reason(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe('damaged');
  });

  it('says “damaged” when a part’s compressed data is corrupt', async () => {
    const bytes = editPackage(xlsxPackage(rows([['TT', 'Nội dung']])), () => undefined);
    const broken = bytes.slice();
    // Scribble over the middle of the archive, where the sheet's deflated data lies.
    const middle = Math.floor(broken.length / 2);
    for (let i = middle - 40; i < middle + 40; i++) broken[i] = 0xff;
    expect(await reason(broken)).toBe('damaged');
  });

  it('says “encrypted” for a workbook protected by a password to open', async () => {
    // What Excel saves: an OLE2 container holding EncryptionInfo and the EncryptedPackage.
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, 'EncryptionInfo', Uint8Array.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(container, 'EncryptedPackage', new Uint8Array(4096).fill(0x5a));
    const bytes = CFB.write(container, { type: 'array' }) as unknown as ArrayBuffer;
    expect(await reason(new Uint8Array(bytes))).toBe('encrypted');
  });
});
