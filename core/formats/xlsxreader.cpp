#include "formats/xlsxreaderparts.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QScopeGuard>

#include <new>

namespace guanxi {

XlsxReader::XlsxReader(std::unique_ptr<Private> d) : d(std::move(d)) {}

XlsxReader::~XlsxReader() = default;

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, const XlsxLimits &limits)
{
    auto d = std::make_unique<Private>();
    d->limits = limits;
    auto file = std::make_unique<QFile>(path);
    d->name = QDir::toNativeSeparators(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{tr("Cannot read “%1”: %2.").arg(d->name, file->errorString()), {}, {}};
    d->device = std::move(file);
    return openDevice(std::move(d));
}

Result<std::unique_ptr<XlsxReader>>
XlsxReader::openBytes(const QByteArray &bytes, const QString &name, const XlsxLimits &limits)
{
    auto d = std::make_unique<Private>();
    d->limits = limits;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    d->device = std::move(buffer);
    d->name = name.isEmpty() ? tr("workbook") : name;
    return openDevice(std::move(d));
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::openDevice(std::unique_ptr<Private> d)
{
    QIODevice *dev = d->device.get();
    if (dev->size() == 0)
        return Error{
            tr("“%1” is empty. Choose the workbook again; if it was downloaded, download it "
               "again.")
                .arg(d->name),
            {},
            {}};
    const QByteArray head = dev->peek(8);
    if (head == QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // An OLE compound file: an .xls, or an .xlsx encrypted with a password
        // (its package is then stored in a stream named "EncryptedPackage").
        const QByteArray start = dev->read(64 * 1024 * 1024);
        QByteArray stream; // the name in UTF-16LE
        for (char c : QByteArrayView("EncryptedPackage"))
            stream.append(c).append('\0');
        if (start.contains(stream))
            return Error{
                tr("“%1” is protected with a password. Open it in Excel or WPS, remove the "
                   "password (File ▸ Info ▸ Protect Workbook), save it and import it again.")
                    .arg(d->name),
                {},
                {}};
        return Error{
            tr("“%1” is an old Excel 97–2003 workbook (.xls). Open it in Excel or WPS, save it "
               "as an Excel workbook (.xlsx) and import it again.")
                .arg(d->name),
            {},
            {}};
    }
    const QString name = d->name;
    try {
        return openZip(std::move(d));
    } catch (const std::bad_alloc &) {
        return Error{tr("There is not enough memory to open “%1”. Close other programs and "
                        "retry, or split the workbook into smaller ones.")
                         .arg(name),
                     QStringLiteral("std::bad_alloc"),
                     {}};
    }
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::openZip(std::unique_ptr<Private> d)
{
    if (const Status st = d->openPackage(); !st)
        return st.error();
    const Status st = d->loadWorkbook();
    if (!st)
        return st.error();
    return std::unique_ptr<XlsxReader>(new XlsxReader(std::move(d)));
}

QStringList XlsxReader::sheetNames() const
{
    QStringList out;
    for (const Private::Sheet &s : std::as_const(d->sheets))
        out << s.name;
    return out;
}

int XlsxReader::sheetIndex(const QString &name) const
{
    for (int i = 0; i < d->sheets.size(); ++i)
        if (d->sheets.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

bool XlsxReader::uses1904Dates() const
{
    return d->date1904;
}

Status XlsxReader::readSheet(int index, const std::function<bool(const XlsxRow &)> &onRow,
                             const std::function<void(qint64, qint64)> &progress)
{
    if (index < 0 || index >= d->sheets.size())
        return Error{
            tr("“%1” has no sheet number %2; it has %3.")
                .arg(d->name, QString::number(index + 1), QString::number(d->sheets.size())),
            {},
            {}};
    // minizip has one current entry: a nested read would corrupt this one.
    if (d->busy)
        return Error{
            tr("“%1” is already being read; wait until that finishes.").arg(d->name), {}, {}};
    d->busy = true;
    const auto done = qScopeGuard([this] { d->busy = false; });
    try {
        if (Status st = d->loadSharedParts(); !st)
            return st;
        return d->readRows(d->sheets.at(index), onRow, progress);
    } catch (const std::bad_alloc &) {
        // The shared strings may be half loaded: the next attempt starts over.
        d->sharedLoaded = false;
        return Error{tr("There is not enough memory to read sheet “%2” of “%1”. Close other "
                        "programs and retry, or split the sheet into smaller workbooks.")
                         .arg(d->name, d->sheets.at(index).name),
                     QStringLiteral("std::bad_alloc"),
                     {}};
    }
}

} // namespace guanxi
