/**
 * A hand-written .xlsx package with what a submitted plan carries and exceljs drops on a round
 * trip: a Times New Roman 13 default font, workbook and sheet protection (with unlocked input
 * cells), a constant name and a sheet-scoped name, a cross-sheet dropdown, a chart, a note, a
 * sparkline, shared strings, a shared formula, a legacy array formula, a table and a calcChain.
 */
import { strToU8, zipSync } from 'fflate';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';
const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;

export const SHEET1 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${NS}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac"><dimension ref="A1:D7"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="16.5" x14ac:dyDescent="0.25"/><sheetData>` +
  `<row r="1" spans="1:4"><c r="A1" s="0" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>` +
  `<row r="2" spans="1:4"><c r="A2" t="s"><v>4</v></c><c r="B2" s="1"><v>100</v></c><c r="C2" s="1"><v>50</v></c><c r="D2" s="2"><f t="shared" ref="D2:D4" si="0">B2+C2</f><v>150</v></c></row>` +
  `<row r="3" spans="1:4"><c r="A3" t="s"><v>5</v></c><c r="B3" s="1"><v>200</v></c><c r="C3" s="1"><v>60</v></c><c r="D3" s="2"><f t="shared" si="0"/><v>260</v></c></row>` +
  `<row r="4" spans="1:4"><c r="A4" t="s"><v>6</v></c><c r="B4" s="1" t="s"><v>7</v></c><c r="C4" s="1"><v>20</v></c><c r="D4" s="2"><f t="shared" si="0"/><v>20</v></c></row>` +
  `<row r="5" spans="1:4"><c r="A5" t="s"><v>8</v></c><c r="B5" s="2"><f>SUM(B2:B3)</f><v>300</v></c><c r="C5" s="2"><v>110</v></c><c r="D5" s="2"><f>SUM(D2:D4)</f><v>430</v></c></row>` +
  `<row r="7"><c r="B7" s="2"><f t="array" ref="B7:C7">B2:C2*2</f><v>200</v></c><c r="C7" s="2"><v>100</v></c></row>` +
  `</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A2:A4"><formula1>'Danh mục'!$A$1:$A$3</formula1></dataValidation></dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/><legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId4"/></tableParts><extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>'Kinh phí'!B2:C2</xm:f><xm:sqref>E2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst></worksheet>`;

const SHEET2 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Dự án 1</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Dự án 2</t></is></c></row></sheetData></worksheet>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0"/></numFmts><fonts count="1"><font><sz val="13"/><name val="Times New Roman"/><family val="1"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyProtection="1"><protection locked="0"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyProtection="1"><protection locked="0"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${NS}" xmlns:r="${R}"><workbookPr defaultThemeVersion="124226"/><workbookProtection lockStructure="1"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="10000"/></bookViews><sheets><sheet name="Kinh phí" sheetId="1" r:id="rId1"/><sheet name="Danh mục" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="TyLe">0.1</definedName><definedName name="Tong" localSheetId="0">'Kinh phí'!$D$5</definedName></definedNames><calcPr calcId="191029" calcMode="manual"/></workbook>`;

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Kinh phí'!$B$2:$B$3</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<comments xmlns="${NS}"><authors><author>Chuyên viên</author></authors><commentList><comment ref="B5" authorId="0"><text><r><t>Số liệu Sở Tài chính gửi ngày 12/3</t></r></text></comment></commentList></comments>`;

const VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202" style="visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>4</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`;

const TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<table xmlns="${NS}" id="1" name="KinhPhi" displayName="KinhPhi" ref="A1:D4"><autoFilter ref="A1:D4"/><tableColumns count="4"><tableColumn id="1" name="Nội dung"/><tableColumn id="2" name="Năm 2013"/><tableColumn id="3" name="Năm 2014"/><tableColumn id="4" name="Tổng"/></tableColumns><tableStyleInfo name="TableStyleLight1" showRowStripes="1"/></table>`;

const STRINGS = ['Nội dung', 'Năm 2013', 'Năm 2014', 'Tổng', 'Dự án 1', 'Dự án 2', 'Hoạt động kiểm tra', '0012', 'Cộng'];

export function planPackageParts(): Record<string, string> {
  return {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PR}">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
    'xl/workbook.xml': WORKBOOK,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PR}">${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}${rel('rId2', 'worksheet', 'worksheets/sheet2.xml')}${rel('rId3', 'styles', 'styles.xml')}${rel('rId4', 'sharedStrings', 'sharedStrings.xml')}${rel('rId5', 'calcChain', 'calcChain.xml')}</Relationships>`,
    'xl/worksheets/sheet1.xml': SHEET1,
    'xl/worksheets/_rels/sheet1.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PR}">${rel('rId1', 'drawing', '../drawings/drawing1.xml')}${rel('rId2', 'vmlDrawing', '../drawings/vmlDrawing1.vml')}${rel('rId3', 'comments', '../comments1.xml')}${rel('rId4', 'table', '../tables/table1.xml')}</Relationships>`,
    'xl/worksheets/sheet2.xml': SHEET2,
    'xl/styles.xml': STYLES,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="${NS}" count="${STRINGS.length}" uniqueCount="${STRINGS.length}">${STRINGS.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    'xl/calcChain.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<calcChain xmlns="${NS}"><c r="D2" i="1"/><c r="D3"/><c r="D4"/><c r="B5"/><c r="D5"/></calcChain>`,
    'xl/drawings/drawing1.xml': DRAWING,
    'xl/drawings/_rels/drawing1.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PR}">${rel('rId1', 'chart', '../charts/chart1.xml')}</Relationships>`,
    'xl/charts/chart1.xml': CHART,
    'xl/comments1.xml': COMMENTS,
    'xl/drawings/vmlDrawing1.vml': VML,
    'xl/tables/table1.xml': TABLE,
  };
}

export function planPackage(parts = planPackageParts()): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([path, text]) => [path, strToU8(text)])));
}
