#include "exchange/importsource.h"
#include "platform/db/databasefiles.h"

#include "exchange/contactlabels.h"
#include "exchange/customerfields.h"
#include "formats/csvstream.h"
#include "formats/textencoding.h"
#include "formats/vcard.h"
#include "formats/xlsxreader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cmath>

namespace guanxi {

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// How many leading rows to look at when finding the header below a title.
constexpr int headerSearchRows = 30;

// The header is the first row that is about as wide as the rows below it: a
// title ("客户名单 2026") or notes above it are narrower.
int headerIndex(const QList<QStringList> &rows)
{
    auto filled = [](const QStringList &r) {
        return int(std::count_if(r.begin(), r.end(), [](const QString &c) { return !c.trimmed().isEmpty(); }));
    };
    int widest = 0;
    for (const QStringList &r : rows)
        widest = std::max(widest, filled(r));
    for (int i = 0; i < rows.size(); ++i)
        if (filled(rows.at(i)) * 10 >= widest * 7)
            return i;
    return 0;
}

QStringList trimmedTrailing(QStringList cells)
{
    while (!cells.isEmpty() && cells.last().trimmed().isEmpty())
        cells.removeLast();
    return cells;
}

// The start of the file as text when it is UTF-8 or UTF-16 (with or without
// a byte order mark: the pattern of zero bytes tells); empty otherwise.
QString headText(const QByteArray &head, bool whole, QByteArray *utf16 = nullptr)
{
    const EncodingGuess guess = TextEncoding::detect(head, whole);
    if (guess.name == "UTF-16LE" || guess.name == "UTF-16BE") {
        if (utf16 && !guess.bom)
            *utf16 = guess.name;
        QStringDecoder decoder(guess.name == "UTF-16LE" ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return QString(decoder(QByteArrayView(head).sliced(guess.bomLength)));
    }
    return QString::fromUtf8(head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head);
}

// BEGIN:VCARD first, in any case, after blank lines and a byte order mark.
bool startsAsVcard(const QByteArray &head, bool whole)
{
    return headText(head, whole).trimmed().startsWith(QLatin1StringView("BEGIN:VCARD"), Qt::CaseInsensitive);
}

// What the file turned out to be when its name says otherwise.
QString kindOf(const QString &path, const QByteArray &head, bool whole)
{
    const QString name = QFileInfo(path).fileName();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool namedVcard = suffix == u"vcf" || suffix == u"vcard";
    const bool namedXlsx = suffix == u"xlsx" || suffix == u"xlsm";
    if (head.startsWith("PK\x03\x04"))
        return namedXlsx ? QString()
                         : ImportSource::tr("“%1” is an Excel workbook, whatever its name says; it is read as one.")
                               .arg(name);
    QByteArray utf16;
    const bool vcard = headText(head, whole, &utf16).trimmed().startsWith(QLatin1StringView("BEGIN:VCARD"),
                                                                          Qt::CaseInsensitive);
    QStringList out;
    if (vcard && !namedVcard)
        out << ImportSource::tr("“%1” holds vCard contact cards, not a table; it is read as vCards.").arg(name);
    else if (!vcard && namedVcard)
        out << ImportSource::tr("“%1” holds a table (CSV), not vCard contact cards; it is read as CSV.").arg(name);
    if (vcard && !utf16.isEmpty())
        out << ImportSource::tr("Its text is %1 without a byte order mark.").arg(QString::fromLatin1(utf16));
    return out.join(u' ');
}

// ---- CSV / TSV ------------------------------------------------------------

class CsvSource : public ImportSource {
public:
    explicit CsvSource(const QString &path) : ImportSource(path) {}

    Status start(const QByteArray &encodingOverride)
    {
        auto sniff = sniffCsv(m_path, encodingOverride);
        if (!sniff)
            return sniff.error();
        m_encoding = sniff->encoding.name;
        m_candidates = sniff->encoding.candidates;
        m_dialect = sniff->dialect;
        m_header = trimmedTrailing(sniff->header);
        return {};
    }
    QString format() const override { return QStringLiteral("csv"); }
    QByteArray encoding() const override { return m_encoding; }
    QList<QByteArray> encodingCandidates() const override { return m_candidates; }
    QString dialect() const override
    {
        return m_dialect.delimiter == u'\t' ? QStringLiteral("tab")
               : m_dialect.delimiter == u';' ? QStringLiteral("semicolon")
                                             : QStringLiteral("comma");
    }

    Status read(const std::function<bool(const ImportRow &)> &onRow,
                const std::function<void(double)> &progress) override
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ImportSource::tr("Cannot read “%1”: %2. Check that the file is still there and that you "
                                          "may read it, then import again.")
                                     .arg(native(m_path), file.errorString()), {}, {}};
        const qint64 size = std::max<qint64>(1, file.size());
        CsvStream stream(&file, m_encoding, m_dialect.delimiter);
        CsvRecord record;
        qint64 index = 0;
        qint64 number = 0;
        while (stream.next(record)) {
            if (index++ <= m_dialect.headerRow)
                continue;   // title rows and the header itself
            if (std::all_of(record.fields.begin(), record.fields.end(), [](const QString &f) { return f.trimmed().isEmpty(); }))
                continue;
            if (!onRow(ImportRow{++number, record.line, record.fields}))
                return {};
            if (progress && (number & 1023) == 0)
                progress(double(stream.bytesRead()) / size);
        }
        if (const std::optional<Error> &e = stream.error())
            return *e;
        return {};
    }

private:
    QByteArray m_encoding;
    QList<QByteArray> m_candidates;
    CsvDialect m_dialect;
};

// ---- XLSX -----------------------------------------------------------------

QString cellText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double: {
        const double d = v.toDouble();
        // Phone numbers and IDs typed into Excel arrive as numbers.
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QMetaType::Bool: return v.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::QDate: return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: return v.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case QMetaType::QTime: return v.toTime().toString(QStringLiteral("HH:mm:ss"));
    default: return v.toString();
    }
}

QStringList rowText(const QList<QVariant> &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QVariant &v : cells)
        out << cellText(v);
    return out;
}

class XlsxSource : public ImportSource {
public:
    explicit XlsxSource(const QString &path) : ImportSource(path) {}

    Status start(int sheet)
    {
        auto reader = XlsxReader::open(m_path);
        if (!reader)
            return reader.error();
        m_reader = std::move(reader).value();
        m_sheets = m_reader->sheetNames();
        if (m_sheets.isEmpty())
            return Error{ImportSource::tr("“%1” has no sheets.").arg(native(m_path)), {}, {}};
        if (sheet < 0 || sheet >= m_sheets.size())
            return Error{ImportSource::tr("“%1” has %n sheet(s); there is no sheet %2.", nullptr, int(m_sheets.size()))
                             .arg(native(m_path))
                             .arg(sheet + 1),
                         {}, {}};
        m_sheet = sheet;
        QList<QStringList> top;
        QList<int> numbers;
        if (Status s = m_reader->readSheet(m_sheet, [&](const XlsxRow &row) {
                top << rowText(row.cells);
                numbers << row.number;
                return top.size() < headerSearchRows;
            });
            !s)
            return s;
        if (top.isEmpty())
            return Error{ImportSource::tr("Sheet “%1” of “%2” is empty.").arg(m_sheets.at(m_sheet), native(m_path)), {}, {}};
        const int h = headerIndex(top);
        m_header = trimmedTrailing(top.at(h));
        m_headerRow = numbers.at(h);
        return {};
    }
    QString format() const override { return QStringLiteral("xlsx"); }
    QStringList sheets() const override { return m_sheets; }

    Status read(const std::function<bool(const ImportRow &)> &onRow,
                const std::function<void(double)> &progress) override
    {
        qint64 number = 0;
        return m_reader->readSheet(
            m_sheet,
            [&](const XlsxRow &row) {
                if (row.number <= m_headerRow)
                    return true;
                QStringList cells = rowText(row.cells);
                if (std::all_of(cells.begin(), cells.end(), [](const QString &c) { return c.trimmed().isEmpty(); }))
                    return true;
                return onRow(ImportRow{++number, row.number, cells});
            },
            [&](qint64 done, qint64 total) {
                if (progress && total > 0)
                    progress(double(done) / double(total));
            });
    }

private:
    std::unique_ptr<XlsxReader> m_reader;
    QStringList m_sheets;
    int m_sheet = 0;
    int m_headerRow = 0;
};

// ---- vCard ----------------------------------------------------------------

class VCardSource : public ImportSource {
public:
    explicit VCardSource(const QString &path) : ImportSource(path) {}

    // Reads the whole file once, a card at a time, so a damaged file is
    // refused when it is chosen rather than halfway through an import.
    Status start()
    {
        qint64 cards = 0;
        auto checked = VCardReader::read(m_path, [&cards](VCardContact &&) {
            ++cards;
            return true;
        });
        if (!checked)
            return checked.error();
        m_cards = cards;
        // The label columns carry the field's own label, which the mapping
        // guess knows in every language (see CustomerFields::guess).
        m_header = {ImportSource::tr("Name"),     ImportSource::tr("Given name"),
                    ImportSource::tr("Family name"), ImportSource::tr("Company"),
                    ImportSource::tr("Job title"), CustomerFields::label(QStringLiteral("phone_label"), {}),
                    ImportSource::tr("Phone"),    CustomerFields::label(QStringLiteral("email_label"), {}),
                    ImportSource::tr("E-mail"),   ImportSource::tr("Address"),
                    ImportSource::tr("City"),     ImportSource::tr("Province"),
                    ImportSource::tr("Birthday"), ImportSource::tr("Notes"),
                    ImportSource::tr("Categories")};
        return {};
    }
    QString format() const override { return QStringLiteral("vcard"); }

    Status read(const std::function<bool(const ImportRow &)> &onRow,
                const std::function<void(double)> &progress) override
    {
        qint64 number = 0;
        auto read = VCardReader::read(
            m_path,
            [&](VCardContact &&c) {
                ++number;
                if (progress && (number & 255) == 0 && m_cards > 0)
                    progress(double(number) / double(m_cards));
                return onRow(ImportRow{number, c.line, cells(c)});
            });
        if (!read)
            return read.error();
        m_notes = *read;
        return {};
    }
protected:
    QStringList readNotes() const override { return m_notes; }

private:
    static QStringList cells(const VCardContact &c)
    {
        // Values and their labels joined alike, so they pair by position.
        QStringList phones, phoneLabels, emails, emailLabels;
        for (const VCardTyped &p : c.phones) {
            phones << p.value;
            phoneLabels << ContactLabels::fromVcard(p.types, p.label);
        }
        for (const VCardTyped &e : c.emails) {
            emails << e.value;
            emailLabels << ContactLabels::fromVcard(e.types, e.label);
        }
        const VCardAddress a = c.addresses.value(0);
        const QString street = QStringList({a.street, a.extended, a.poBox}).join(u' ').simplified();
        // A card that is only an organisation is a company.
        const bool company = !c.organization.isEmpty() && c.givenName.isEmpty() && c.familyName.isEmpty()
                             && (c.formattedName.isEmpty() || c.formattedName == c.organization);
        return {company ? QString() : c.formattedName,
                c.givenName,
                c.familyName,
                c.organization,
                c.title,
                phoneLabels.join(QStringLiteral("; ")),
                phones.join(QStringLiteral("; ")),
                emailLabels.join(QStringLiteral("; ")),
                emails.join(QStringLiteral("; ")),
                street,
                a.city,
                a.region,
                c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : c.birthdayText,
                c.note,
                c.categories.join(QStringLiteral(", "))};
    }

    qint64 m_cards = 0;
    QStringList m_notes;
};
} // namespace

Result<std::unique_ptr<ImportSource>> ImportSource::open(const QString &path, const ImportSourceOptions &options)
{
    if (Status s = DatabaseFiles::checkInput(path); !s)
        return s.error();
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("There is no file “%1”. Check the name and the folder, or choose the file again; it may have "
                        "been moved or renamed.")
                         .arg(native(path)),
                     {}, {}};
    if (info.isDir())
        return Error{tr("“%1” is a folder, not a file. Choose a CSV, Excel or vCard file inside it.").arg(native(path)),
                     {}, {}};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read “%1”: %2. Check that you may read this file, or copy it to a folder of yours "
                        "and import the copy.")
                         .arg(native(path), file.errorString()),
                     {}, {}};
    const QByteArray head = file.read(4096);
    file.close();
    if (head.isEmpty())
        return Error{tr("“%1” is empty: there is nothing to import.").arg(native(path)), {}, {}};
    if (head.startsWith("PK\x03\x04")) {
        auto s = std::make_unique<XlsxSource>(path);
        if (Status st = s->start(options.sheet); !st)
            return st.error();
        s->m_kindNote = kindOf(path, head, false);
        return std::unique_ptr<ImportSource>(std::move(s));
    }
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return Error{tr("“%1” is an old Excel (.xls) workbook. Open it in Excel or LibreOffice and save it as .xlsx "
                        "or CSV, then import that.")
                         .arg(native(path)),
                     {}, {}};
    const QString kind = kindOf(path, head, info.size() <= head.size());
    if (startsAsVcard(head, info.size() <= head.size())) {
        auto s = std::make_unique<VCardSource>(path);
        if (Status st = s->start(); !st)
            return st.error();
        s->m_kindNote = kind;
        return std::unique_ptr<ImportSource>(std::move(s));
    }
    auto s = std::make_unique<CsvSource>(path);
    if (Status st = s->start(options.encoding); !st)
        return st.error();
    s->m_kindNote = kind;
    return std::unique_ptr<ImportSource>(std::move(s));
}

QStringList ImportSource::notes() const
{
    QStringList out = readNotes();
    if (!m_kindNote.isEmpty())
        out.prepend(m_kindNote);
    return out;
}

Result<QList<ImportRow>> ImportSource::preview(int count)
{
    QList<ImportRow> rows;
    const Status s = read([&](const ImportRow &row) {
        rows << row;
        return rows.size() < count;
    });
    if (!s)
        return s.error();
    return rows;
}

} // namespace guanxi
