#!/usr/bin/env python3
"""Rebuilds the golden CSV inputs whose bytes are awkward to keep by hand:
legacy encodings (GBK, Big5, Shift_JIS, Windows-1252), UTF-16 with and without
BOM, BOMs, CR-only and mixed line ends, undecodable bytes. Each case writes
NAME.<ext> and NAME.expected.json next to this script (see README.md).

The expected records are written out below, not computed, so this script
contains no CSV parser that could share a bug with the one under test.

Run: python3 make_fixtures.py
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write_case(name, ext, data, expected):
    with open(os.path.join(HERE, name + "." + ext), "wb") as f:
        f.write(data)
    # One record per line, like the hand-written cases.
    head = {k: v for k, v in expected.items() if k != "records"}
    lines = ["  %s: %s" % (json.dumps(k), json.dumps(v, ensure_ascii=False)) for k, v in head.items()]
    rows = ",\n".join("    " + json.dumps(r, ensure_ascii=False) for r in expected["records"])
    lines.append('  "records": [\n' + rows + "\n  ]")
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
        f.write("{\n" + ",\n".join(lines) + "\n}\n")


def records(*rows):
    """rows: (line, [fields]) pairs."""
    return [{"line": line, "fields": fields} for line, fields in rows]


# -- Chinese simplified, GBK as Chinese Excel saves "CSV (comma delimited)" --
GBK_TEXT = (
    "客户名称,联系人,手机,地址,备注\n"
    "北京华远科技有限公司,张伟,13812345678,北京市朝阳区建国路88号,老客户，每月下单\n"
    "上海东方贸易有限公司,王芳,13987654321,上海市浦东新区世纪大道100号,\"需要发票，请寄到公司\"\n"
    "广州南方电子有限公司,李娜,13700001111,广东省广州市天河区体育西路2号,\n"
    "深圳创新网络技术有限公司,刘洋,13600002222,深圳市南山区科技园南区,下周二上午十点开会讨论价格\n"
)
GBK_RECORDS = records(
    (1, ["客户名称", "联系人", "手机", "地址", "备注"]),
    (2, ["北京华远科技有限公司", "张伟", "13812345678", "北京市朝阳区建国路88号", "老客户，每月下单"]),
    (3, ["上海东方贸易有限公司", "王芳", "13987654321", "上海市浦东新区世纪大道100号", "需要发票，请寄到公司"]),
    (4, ["广州南方电子有限公司", "李娜", "13700001111", "广东省广州市天河区体育西路2号"]),
    (5, ["深圳创新网络技术有限公司", "刘洋", "13600002222", "深圳市南山区科技园南区", "下周二上午十点开会讨论价格"]),
)

# Only short names: the hardest case, little text to judge by.
GBK_NAMES = "姓名,电话\n张伟,13812345678\n王芳,13987654321\n李娜,13700001111\n陈静,13600002222\n"
GBK_NAMES_RECORDS = records(
    (1, ["姓名", "电话"]),
    (2, ["张伟", "13812345678"]),
    (3, ["王芳", "13987654321"]),
    (4, ["李娜", "13700001111"]),
    (5, ["陈静", "13600002222"]),
)

BIG5_TEXT = (
    "客戶名稱,聯絡人,電話,地址,備註\n"
    "台灣精密工業股份有限公司,陳大文,0912-345-678,台北市信義區市府路45號,每月固定訂貨\n"
    "高雄海洋貿易有限公司,林美玲,0922-111-222,高雄市前鎮區中山二路2號,\"請開發票，寄到公司\"\n"
    "台中綠色農產行,黃志明,0933-444-555,台中市西屯區台灣大道三段99號,下週二上午十點開會討論價格\n"
)
BIG5_RECORDS = records(
    (1, ["客戶名稱", "聯絡人", "電話", "地址", "備註"]),
    (2, ["台灣精密工業股份有限公司", "陳大文", "0912-345-678", "台北市信義區市府路45號", "每月固定訂貨"]),
    (3, ["高雄海洋貿易有限公司", "林美玲", "0922-111-222", "高雄市前鎮區中山二路2號", "請開發票，寄到公司"]),
    (4, ["台中綠色農產行", "黃志明", "0933-444-555", "台中市西屯區台灣大道三段99號", "下週二上午十點開會討論價格"]),
)

SJIS_TEXT = (
    "会社名,氏名,電話番号,住所,メモ\n"
    "株式会社サンプル,山田太郎,03-1234-5678,東京都千代田区丸の内1-1-1,毎月の定期注文があります\n"
    "大阪商事株式会社,佐藤花子,06-9876-5432,大阪府大阪市北区梅田2-2-2,\"請求書は、本社へ送ってください\"\n"
    "北海道フーズ有限会社,鈴木一郎,011-222-3333,北海道札幌市中央区北一条西3丁目,来週の火曜日に価格について打ち合わせ\n"
)
SJIS_RECORDS = records(
    (1, ["会社名", "氏名", "電話番号", "住所", "メモ"]),
    (2, ["株式会社サンプル", "山田太郎", "03-1234-5678", "東京都千代田区丸の内1-1-1", "毎月の定期注文があります"]),
    (3, ["大阪商事株式会社", "佐藤花子", "06-9876-5432", "大阪府大阪市北区梅田2-2-2", "請求書は、本社へ送ってください"]),
    (4, ["北海道フーズ有限会社", "鈴木一郎", "011-222-3333", "北海道札幌市中央区北一条西3丁目", "来週の火曜日に価格について打ち合わせ"]),
)

UTF16_TEXT = "姓名\t电话\t城市\n张伟\t13812345678\t北京\n王芳\t13987654321\t上海\n"
UTF16_RECORDS = records(
    (1, ["姓名", "电话", "城市"]),
    (2, ["张伟", "13812345678", "北京"]),
    (3, ["王芳", "13987654321", "上海"]),
)


def crlf(text):
    return text.replace("\n", "\r\n")


def main():
    write_case("gbk-simplified", "csv", crlf(GBK_TEXT).encode("gbk"), {
        "about": "Simplified Chinese in GBK with CRLF, as Chinese Excel saves CSV; must be guessed GB18030.",
        "encoding": "GB18030", "bom": False, "delimiter": ",", "headerRow": 0, "records": GBK_RECORDS})

    write_case("gbk-names", "csv", crlf(GBK_NAMES).encode("gbk"), {
        "about": "A few short Chinese names in GBK: little text, still guessed GB18030.",
        "encoding": "GB18030", "bom": False, "delimiter": ",", "headerRow": 0, "records": GBK_NAMES_RECORDS})

    write_case("big5-traditional", "csv", crlf(BIG5_TEXT).encode("cp950"), {
        "about": "Traditional Chinese (Taiwan) in Big5 with CRLF; must be guessed Big5.",
        "encoding": "Big5", "bom": False, "delimiter": ",", "headerRow": 0, "records": BIG5_RECORDS})

    write_case("shift-jis", "csv", crlf(SJIS_TEXT).encode("cp932"), {
        "about": "Japanese in Shift_JIS with CRLF; must be guessed Shift_JIS.",
        "encoding": "Shift_JIS", "bom": False, "delimiter": ",", "headerRow": 0, "records": SJIS_RECORDS})

    # Excel's "Unicode Text": UTF-16LE with BOM, tab-separated, CRLF.
    write_case("utf16le-bom", "txt", b"\xff\xfe" + crlf(UTF16_TEXT).encode("utf-16-le"), {
        "about": "UTF-16LE with BOM, tab-separated, CRLF: Excel's \"Unicode Text\".",
        "encoding": "UTF-16LE", "bom": True, "delimiter": "\t", "headerRow": 0, "records": UTF16_RECORDS})

    write_case("utf16be-bom", "csv", b"\xfe\xff" + UTF16_TEXT.replace("\t", ",").encode("utf-16-be"), {
        "about": "UTF-16BE with BOM, comma-separated, LF.",
        "encoding": "UTF-16BE", "bom": True, "delimiter": ",", "headerRow": 0, "records": UTF16_RECORDS})

    write_case("utf16le-nobom", "csv", crlf(UTF16_TEXT.replace("\t", ",")).encode("utf-16-le"), {
        "about": "UTF-16LE without BOM: found by its NUL bytes in odd positions.",
        "encoding": "UTF-16LE", "bom": False, "delimiter": ",", "headerRow": 0, "records": UTF16_RECORDS})

    write_case("utf16be-nobom", "csv", UTF16_TEXT.encode("utf-16-be"), {
        "about": "UTF-16BE without BOM, tab-separated: found by its NUL bytes in even positions.",
        "encoding": "UTF-16BE", "bom": False, "delimiter": "\t", "headerRow": 0, "records": UTF16_RECORDS})

    write_case("utf8-bom-crlf", "csv", b"\xef\xbb\xbf" + crlf(GBK_NAMES).encode("utf-8"), {
        "about": "Excel's \"CSV UTF-8\": BOM and CRLF; the BOM is not part of the first header name.",
        "encoding": "UTF-8", "bom": True, "delimiter": ",", "headerRow": 0, "records": GBK_NAMES_RECORDS})

    cr_text = "Name,City\rZhang,Beijing\r\rLi,\"Shang\rhai\"\rWang,Xi'an\r"
    write_case("cr-only", "csv", cr_text.encode("utf-8"), {
        "about": "CR-only line ends (old Mac Excel), an empty line, a CR inside quotes read as a line break.",
        "encoding": "UTF-8", "bom": False, "delimiter": ",", "headerRow": 0, "records": records(
            (1, ["Name", "City"]), (2, ["Zhang", "Beijing"]), (4, ["Li", "Shang\nhai"]), (6, ["Wang", "Xi'an"]))})

    mixed = b"Name,Note\r\nZhang,a\nLi,\"one\r\ntwo\rthree\"\rWang,b\r\n\r\nChen,c\n"
    write_case("mixed-endings", "csv", mixed, {
        "about": "CRLF, LF and CR mixed, inside quotes too (each becomes \\n); a blank CRLF line counted once.",
        "encoding": "UTF-8", "bom": False, "delimiter": ",", "headerRow": 0, "records": records(
            (1, ["Name", "Note"]), (2, ["Zhang", "a"]), (3, ["Li", "one\ntwo\nthree"]), (6, ["Wang", "b"]),
            (8, ["Chen", "c"]))})

    western = "Name;Stadt;Notiz\r\nMüller;Köln;Größe M\r\nGarçon;Besançon;café crème\r\nØdegaard;Tromsø;“ok” – 5 €\r\n"
    write_case("windows-1252", "csv", western.encode("cp1252"), {
        "about": "German Excel: Windows-1252 and semicolons; accented letters inside Latin words.",
        "encoding": "windows-1252", "bom": False, "delimiter": ";", "headerRow": 0, "records": records(
            (1, ["Name", "Stadt", "Notiz"]), (2, ["Müller", "Köln", "Größe M"]),
            (3, ["Garçon", "Besançon", "café crème"]), (4, ["Ødegaard", "Tromsø", "“ok” – 5 €"]))})

    bad = "姓名,城市\n张伟,北京\n".encode("utf-8") + b"\xe7\x8e\x8b\xff,\xe4\xb8\x8a\xe6\xb5\xb7\n" + \
        "李娜,广州\n".encode("utf-8")
    write_case("invalid-utf8", "csv", bad, {
        "about": "UTF-8 chosen by the user, a byte 0xFF on line 3: an error naming line 3, no U+FFFD.",
        "encodingOverride": "UTF-8", "encoding": "UTF-8", "delimiter": ",", "headerRow": 0,
        "records": records((1, ["姓名", "城市"]), (2, ["张伟", "北京"])),
        "error": {"line": 3, "inPreview": True}})

    rows = [(1, ["编号", "姓名", "备注"])]
    lines = ["编号,姓名,备注\r\n".encode("gbk")]
    for i in range(2, 31):
        if i == 28:
            lines.append(f"{i - 1},客户{i - 1},\"第一行\r\n".encode("gbk") + b"\xff\xfe\"\r\n")
            break
        lines.append(f"{i - 1},客户{i - 1},正常\r\n".encode("gbk"))
        rows.append((i, [str(i - 1), f"客户{i - 1}", "正常"]))
    write_case("gbk-bad-late", "csv", b"".join(lines), {
        "about": "GB18030 chosen by the user; undecodable bytes on line 29, inside a quoted field that starts "
                 "on line 28: the preview works, the stream stops with an error naming line 29.",
        "encodingOverride": "GB18030", "encoding": "GB18030", "delimiter": ",", "headerRow": 0,
        "records": records(*rows), "error": {"line": 29, "inPreview": False}})


if __name__ == "__main__":
    main()
