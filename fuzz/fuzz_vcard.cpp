// libFuzzer target for the vCard reader, and through it the writer: whatever
// the reader accepts must be written in a form that reads back without
// warnings and writes again byte for byte the same.
//
//   clang++ -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined \
//     -I core $(pkg-config --cflags Qt6Core) fuzz/fuzz_vcard.cpp core/formats/vcard.cpp \
//     core/formats/vcardcontact.cpp core/formats/vcardlines.cpp core/formats/vcardproperty.cpp \
//     core/formats/vcardwriter.cpp core/text/han.cpp \
//     $(pkg-config --libs Qt6Core) -o fuzz_vcard
//   ./fuzz_vcard -max_total_time=60 fuzz/corpus/vcard
#include "formats/vcard.h"

#include <cstdio>
#include <cstdlib>

using namespace guanxi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<VCardFile> read = VCardReader::parse(bytes);
    if (!read.ok())
        return 0;
    for (const VCardVersion version : {VCardVersion::V30, VCardVersion::V40}) {
        const QByteArray written = VCardWriter::write(read->contacts, version);
        const Result<VCardFile> again = VCardReader::parse(written);
        const bool same = again.ok() && again->warnings.isEmpty() &&
                          again->contacts.size() == read->contacts.size() &&
                          VCardWriter::write(again->contacts, version) == written;
        if (!same && !read->contacts.isEmpty()) {
            std::fprintf(stderr, "round trip failed (%s):\n%s\n",
                         again.ok() ? "differs" : qPrintable(again.error().message),
                         written.constData());
            std::abort();
        }
    }
    return 0;
}
