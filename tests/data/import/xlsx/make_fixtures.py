#!/usr/bin/env python3
"""Builds the golden .xlsx inputs for tests/core/test_xlsx.cpp.

The XML is written by hand so each file exercises one thing a real writer
(Excel, WPS, LibreOffice, export libraries) does. Run it from anywhere:
    python3 tests/data/import/xlsx/make_fixtures.py [--fuzz-corpus fuzz/corpus/xlsx]
Output is deterministic (fixed zip timestamps), so rebuilding gives the same
bytes and git shows no change unless this script changed.
"""
import os
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2024, 1, 1, 0, 0, 0)

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def write_zip(name, parts):
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts:
            info = zipfile.ZipInfo(part, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)
    return path


def content_types(sheets, shared=True, styles=True):
    over = "".join(
        f'<Override PartName="/{s}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for s in sheets)
    if shared:
        over += '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    if styles:
        over += '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    return (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + over + '</Types>')


ROOT_RELS = (DECL + f'<Relationships xmlns="{PKG_REL}">'
             f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')


def workbook(sheets, date1904=False):
    """sheets: list of (name, rId)."""
    pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr defaultThemeVersion="124226"/>'
    items = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="{rid}"/>' for i, (n, rid) in enumerate(sheets))
    return DECL + f'<workbook {NS} {NS_R}>{pr}<sheets>{items}</sheets></workbook>'


def workbook_rels(targets, shared=True, styles=True):
    """targets: list of (rId, Target) for worksheets."""
    rels = "".join(f'<Relationship Id="{rid}" Type="{REL}/worksheet" Target="{t}"/>' for rid, t in targets)
    if shared:
        rels += f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    if styles:
        rels += f'<Relationship Id="rIdY" Type="{REL}/styles" Target="styles.xml"/>'
    return DECL + f'<Relationships xmlns="{PKG_REL}">{rels}</Relationships>'


def sheet(rows_xml):
    return DECL + f'<worksheet {NS} {NS_R}><dimension ref="A1"/><sheetData>{rows_xml}</sheetData>' \
                  '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>'


# cellXfs index -> numFmtId; the comment says what the reader should make of it.
STYLES = (DECL + f'<styleSheet {NS}>'
          '<numFmts count="9">'
          '<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
          '<numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
          '<numFmt numFmtId="166" formatCode="yyyy-mm-dd hh:mm:ss"/>'
          '<numFmt numFmtId="167" formatCode="#,##0.00_);[Red](#,##0.00)"/>'
          '<numFmt numFmtId="168" formatCode="hh:mm"/>'
          '<numFmt numFmtId="169" formatCode="[h]:mm:ss"/>'
          '<numFmt numFmtId="170" formatCode="[$-804]yyyy/m/d;@"/>'
          '<numFmt numFmtId="171" formatCode="0.00&quot;m&quot;"/>'
          '<numFmt numFmtId="172" formatCode="[Red]0.00"/>'
          '</numFmts>'
          '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
          '<borders count="1"><border/></borders>'
          # cellStyleXfs must not be mistaken for cellXfs.
          '<cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs>'
          '<cellXfs count="14">'
          '<xf numFmtId="0"/>'     # 0 general
          '<xf numFmtId="14"/>'    # 1 built-in date
          '<xf numFmtId="164"/>'   # 2 yyyy-mm-dd
          '<xf numFmtId="165"/>'   # 3 yyyy"年"m"月"d"日"
          '<xf numFmtId="166"/>'   # 4 date-time
          '<xf numFmtId="22"/>'    # 5 built-in date-time
          '<xf numFmtId="167"/>'   # 6 money, not a date despite [Red]
          '<xf numFmtId="168"/>'   # 7 time of day
          '<xf numFmtId="169"/>'   # 8 duration: stays a number
          '<xf numFmtId="170"/>'   # 9 locale prefix + date
          '<xf numFmtId="171"/>'   # 10 quoted "m": a number
          '<xf numFmtId="172"/>'   # 11 colour only: a number
          '<xf numFmtId="31"/>'    # 12 zh-CN built-in yyyy"年"m"月"d"日"
          '<xf numFmtId="20"/>'    # 13 built-in h:mm
          '</cellXfs>'
          # A dxf numFmt must not override the workbook's numFmt 164.
          '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.0"/></dxf></dxfs>'
          '</styleSheet>')

SHARED = (DECL + f'<sst {NS} count="6" uniqueCount="6">'
          '<si><t>名称</t></si>'                                          # 0
          '<si><r><rPr><b/></rPr><t>张</t></r><r><t>三</t></r>'          # 1 rich text
          '<rPh sb="0" eb="1"><t>ZHANG</t></rPh><phoneticPr fontId="1"/></si>'
          '<si><t xml:space="preserve">  padded  </t></si>'              # 2
          '<si><t>a_x000D_b_x005F_x0041_</t></si>'                        # 3 escapes
          '<si><t>Phone</t></si>'                                         # 4
          '<si><t></t></si>'                                              # 5 empty
          '</sst>')

CUSTOMERS = sheet(
    '<row r="1" spans="1:4">'
    '<c r="A1" t="s"><v>0</v></c>'
    '<c r="B1" t="inlineStr"><is><t>金额</t></is></c>'
    '<c r="C1" t="s"><v>4</v></c>'
    '<c r="D1" t="inlineStr"><is><r><t>Da</t></r><r><rPr><i/></rPr><t>te</t></r></is></c>'
    '</row>'
    '<row r="2">'
    '<c r="A2" t="s"><v>1</v></c>'
    '<c r="B2"><v>1234.5</v></c>'
    '<c r="C2" t="n"><v>13800138000</v></c>'
    '<c r="D2" s="1"><v>45292</v></c>'
    '<c r="E2" t="b"><v>1</v></c>'
    '<c r="F2" t="b"><v>0</v></c>'
    '</row>'
    '<row r="3">'
    '<c r="A3" t="s"><v>2</v></c>'
    '<c r="B3"><f>B2*2</f><v>2469</v></c>'
    '<c r="C3" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>'
    '<c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
    '<c r="E3" t="s"><v>3</v></c>'
    '<c r="F3" t="s"><v>5</v></c>'
    '<c r="G3"><f>NOW()</f></c>'
    '</row>'
    # Row 4 is missing; row 5 has cells without r= after one with r=.
    '<row r="5"><c><v>1</v></c><c><v>2</v></c><c r="E5"><v>5</v></c><c><v>6</v></c></row>'
    # A row without r= follows row 5; columns past Z.
    '<row><c r="AA6" t="inlineStr"><is><t>AA</t></is></c><c r="AB6"><v>28</v></c></row>'
    '<row r="7">'
    '<c r="A7" s="2"><v>45292</v></c>'
    '<c r="B7" s="3"><v>45322</v></c>'
    '<c r="C7" s="4"><v>45292.5</v></c>'
    '<c r="D7" s="5"><v>45292.75</v></c>'
    '<c r="E7" s="6"><v>1234.5</v></c>'
    '<c r="F7" s="7"><v>0.25</v></c>'
    '<c r="G7" s="8"><v>1.5</v></c>'
    '<c r="H7" s="9"><v>45292</v></c>'
    '<c r="I7" s="10"><v>3</v></c>'
    '<c r="J7" s="11"><v>-2</v></c>'
    '<c r="K7" s="12"><v>45292</v></c>'
    '<c r="L7" s="13"><v>0.5</v></c>'
    '</row>'
    # Formatting only: no values, so no row is reported.
    '<row r="8" ht="30" customHeight="1"><c r="A8" s="1"/><c r="B8" s="2"/></row>'
    '<row r="9">'
    '<c r="A9" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c>'
    '<c r="B9" t="n"><v>1E3</v></c>'
    '<c r="C9" t="d"><v>2024-02-03</v></c>'
    '<c r="D9" t="d"><v>2024-02-03T04:05:06</v></c>'
    '</row>'
    # Trailing styled empty cells are trimmed.
    '<row r="10"><c r="A10" t="s"><v>0</v></c><c r="B10" s="1"/><c r="C10" s="2"/></row>'
    # The 1900 leap-year bug: serial 60 is 1900-02-29, which never existed.
    '<row r="11">'
    '<c r="A11" s="1"><v>1</v></c><c r="B11" s="1"><v>59</v></c>'
    '<c r="C11" s="1"><v>60</v></c><c r="D11" s="1"><v>61</v></c>'
    '</row>'
)

ORDERS = sheet(
    '<row r="1" ht="20" customHeight="1"/>'
    '<row r="2"><c r="A2" s="2"/></row>'
    '<row r="4"><c r="B4" t="inlineStr"><is><t>Order</t></is></c><c r="C4" t="inlineStr"><is><t>Total</t></is></c></row>'
    '<row r="5"><c r="B5" t="inlineStr"><is><t>SO-1</t></is></c><c r="C5"><v>99.5</v></c></row>'
    '<row r="6"><c r="B6" t="inlineStr"><is><t>SO-2</t></is></c><c r="C6"><v>100</v></c></row>'
    '<row r="7"><c r="B7" t="inlineStr"><is><t>SO-3</t></is></c><c r="C7"><v>-1</v></c></row>'
)


def basic():
    # The first sheet lives at an absolute, oddly named target, and the
    # workbook lists the sheets in a different order from their rIds.
    write_zip("basic.xlsx", [
        ("[Content_Types].xml", content_types(["xl/worksheets/data.xml", "xl/worksheets/sheet1.xml"])),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook([("客户", "rId2"), ("Orders", "rId1")])),
        ("xl/_rels/workbook.xml.rels", workbook_rels([("rId1", "worksheets/sheet1.xml"),
                                                      ("rId2", "/xl/worksheets/data.xml")])),
        ("xl/styles.xml", STYLES),
        ("xl/sharedStrings.xml", SHARED),
        ("xl/worksheets/data.xml", CUSTOMERS),
        ("xl/worksheets/sheet1.xml", ORDERS),
    ])


def date1904():
    # No shared strings part and no root .rels: the reader falls back to
    # xl/workbook.xml. Styles use only built-in formats.
    styles = (DECL + f'<styleSheet {NS}><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/>'
              '<xf numFmtId="22"/></cellXfs></styleSheet>')
    rows = ('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43830</v></c>'
            '<c r="C1" s="2"><v>43830.25</v></c><c r="D1"><v>43830</v></c></row>')
    write_zip("date1904.xlsx", [
        ("[Content_Types].xml", content_types(["xl/worksheets/sheet1.xml"], shared=False)),
        ("xl/workbook.xml", workbook([("Mac", "rId1")], date1904=True)),
        ("xl/_rels/workbook.xml.rels", workbook_rels([("rId1", "worksheets/sheet1.xml")], shared=False)),
        ("xl/styles.xml", styles),
        ("xl/worksheets/sheet1.xml", sheet(rows)),
    ])


def broken():
    with open(os.path.join(HERE, "not_a_zip.xlsx"), "w", encoding="utf-8") as f:
        f.write("名称,电话\n张三,13800138000\n")
    write_zip("not_a_workbook.xlsx", [
        ("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ("word/document.xml", '<document/>'),
    ])
    # An encrypted OOXML file is an OLE compound file holding an
    # "EncryptedPackage" stream; the name is stored in UTF-16LE.
    cfb = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504
    cfb += "EncryptedPackage".encode("utf-16-le") + b"\0" * 64
    with open(os.path.join(HERE, "encrypted.xlsx"), "wb") as f:
        f.write(cfb)
    with open(os.path.join(HERE, "legacy.xls"), "wb") as f:
        f.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504 + "Workbook".encode("utf-16-le"))
    # The workbook names a sheet whose part is missing from the zip.
    write_zip("missing_sheet.xlsx", [
        ("[Content_Types].xml", content_types(["xl/worksheets/sheet1.xml"], shared=False, styles=False)),
        ("xl/workbook.xml", workbook([("Gone", "rId1")])),
        ("xl/_rels/workbook.xml.rels", workbook_rels([("rId1", "worksheets/sheet1.xml")], shared=False, styles=False)),
    ])
    # A sheet cut off in the middle of a cell.
    write_zip("truncated_sheet.xlsx", [
        ("[Content_Types].xml", content_types(["xl/worksheets/sheet1.xml"], shared=False, styles=False)),
        ("xl/workbook.xml", workbook([("Cut", "rId1")])),
        ("xl/_rels/workbook.xml.rels", workbook_rels([("rId1", "worksheets/sheet1.xml")], shared=False, styles=False)),
        ("xl/worksheets/sheet1.xml", DECL + f'<worksheet {NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
                                            '<row r="2"><c r="A2"><v>2'),
    ])
    # Zip-level (traditional PKWARE) encryption: set bit 0 of the general
    # purpose flags in every central directory record.
    path = write_zip("zip_encrypted.xlsx", [
        ("[Content_Types].xml", content_types(["xl/worksheets/sheet1.xml"], shared=False, styles=False)),
        ("xl/workbook.xml", workbook([("Locked", "rId1")])),
        ("xl/_rels/workbook.xml.rels", workbook_rels([("rId1", "worksheets/sheet1.xml")], shared=False, styles=False)),
        ("xl/worksheets/sheet1.xml", sheet('<row r="1"><c r="A1"><v>1</v></c></row>')),
    ])
    data = bytearray(open(path, "rb").read())
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        flags = struct.unpack_from("<H", data, pos + 8)[0]
        struct.pack_into("<H", data, pos + 8, flags | 1)
        pos = data.find(b"PK\x01\x02", pos + 4)
    open(path, "wb").write(bytes(data))


def fuzz_corpus(folder):
    """Seeds for fuzz/fuzz_xlsx.cpp: the fixtures as they are, plus stored
    (uncompressed) copies so that mutations reach the XML, not only deflate."""
    import shutil
    os.makedirs(folder, exist_ok=True)
    for name in ["basic.xlsx", "date1904.xlsx", "encrypted.xlsx", "zip_encrypted.xlsx", "legacy.xls"]:
        shutil.copy(os.path.join(HERE, name), os.path.join(folder, name))
    for name in ["basic.xlsx", "date1904.xlsx", "missing_sheet.xlsx", "truncated_sheet.xlsx",
                 "not_a_workbook.xlsx"]:
        with zipfile.ZipFile(os.path.join(HERE, name)) as zin, \
                zipfile.ZipFile(os.path.join(folder, name.replace(".xlsx", "_stored.xlsx")), "w",
                                zipfile.ZIP_STORED) as zout:
            for info in zin.infolist():
                zout.writestr(zipfile.ZipInfo(info.filename, STAMP), zin.read(info.filename))


if __name__ == "__main__":
    import sys
    basic()
    date1904()
    broken()
    if len(sys.argv) == 3 and sys.argv[1] == "--fuzz-corpus":
        fuzz_corpus(sys.argv[2])
