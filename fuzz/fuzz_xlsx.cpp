// libFuzzer target for XlsxReader: arbitrary bytes are opened from memory and
// every sheet is streamed. Build (outside the normal build, clang only):
//   clang++ -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined \
//     -Icore $(pkg-config --cflags Qt6Core minizip) fuzz/fuzz_xlsx.cpp \
//     core/formats/xlsxreader.cpp core/formats/xlsxcellvalue.cpp core/formats/xlsxpackage.cpp \
//     core/formats/xlsxsharedparts.cpp core/formats/xlsxsheetrows.cpp \
//     $(pkg-config --libs Qt6Core minizip) -o fuzz_xlsx
//   ./fuzz_xlsx -dict=fuzz/xlsx.dict fuzz/corpus/xlsx
// The corpus holds stored (uncompressed) copies of the golden workbooks so
// that mutations reach the XML, not just the deflate stream; rebuild it with
//   python3 tests/data/import/xlsx/make_fixtures.py --fuzz-corpus fuzz/corpus/xlsx
// (libxlsxwriter.xlsx there is a small file written by XlsxWriter).
#include "formats/xlsxreader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto reader = guanxi::XlsxReader::openBytes(bytes, QStringLiteral("fuzz.xlsx"));
    if (!reader)
        return 0;
    guanxi::XlsxReader &r = *reader.value();
    const qsizetype sheets = r.sheetNames().size();
    for (int i = 0; i < sheets; ++i) {
        qint64 cells = 0;
        (void)r.readSheet(i, [&](const guanxi::XlsxRow &row) {
            for (const QVariant &v : row.cells)
                cells += v.isValid() ? 1 : 0;
            return cells < 1000000;
        });
    }
    return 0;
}
