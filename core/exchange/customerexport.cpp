#include "exchange/customerexport.h"
#include "text/han.h"
#include "platform/db/databasefiles.h"

#include "formats/csvwriter.h"
#include "formats/vcard.h"
#include "formats/xlsxwriter.h"
#include "platform/session.h"
#include "team/channelstore.h"
#include "customers/customerstore.h"
#include "customers/phonemask.h"
#include "platform/auditstore.h"
#include "customers/customfieldstore.h"
#include "team/userstore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSaveFile>

namespace guanxi {

namespace {
// What every export needs besides the customer itself.
struct Lookups {
    QList<CustomField> customFields;
    QHash<qint64, QString> sources;
    QHash<qint64, QString> owners;

    Status load(Session &session)
    {
        auto fields = CustomFieldStore(session).list();
        if (!fields)
            return fields.error();
        customFields = *fields;
        auto channels = ChannelStore(session).list(true);
        if (!channels)
            return channels.error();
        for (const SourceChannel &c : *channels)
            sources.insert(c.id, c.name);
        auto users = UserStore(session).list(true);
        if (!users)
            return users.error();
        for (const User &u : *users)
            owners.insert(u.id, u.login);
        return {};
    }
};

QStringList header(const Lookups &l)
{
    QStringList h = {QStringLiteral("ID"),
                     CustomerExport::tr("Name"),
                     CustomerExport::tr("Kind"),
                     CustomerExport::tr("Company"),
                     CustomerExport::tr("Job title"),
                     CustomerExport::tr("Phone"),
                     CustomerExport::tr("E-mail"),
                     CustomerExport::tr("Province"),
                     CustomerExport::tr("City"),
                     CustomerExport::tr("Address"),
                     CustomerExport::tr("Industry"),
                     CustomerExport::tr("Source"),
                     CustomerExport::tr("Stage"),
                     CustomerExport::tr("Owner"),
                     CustomerExport::tr("Tags"),
                     CustomerExport::tr("Notes"),
                     CustomerExport::tr("Birthday"),
                     CustomerExport::tr("Next follow-up")};
    for (const CustomField &f : l.customFields)
        h << f.name;
    return h;
}

QList<QVariant> row(const Customer &c, const Lookups &l)
{
    QStringList phones, emails;
    // As typed: it reads back to the same number and looks as the user wrote it.
    for (const Phone &p : c.phones)
        phones << (p.raw.isEmpty() ? p.e164 : p.raw);
    for (const Email &e : c.emails)
        emails << e.address;
    QList<QVariant> out = {c.id,
                           c.name,
                           Customers::kindLabel(c.kind),
                           c.companyName,
                           c.jobTitle,
                           phones.join(QStringLiteral("; ")),
                           emails.join(QStringLiteral("; ")),
                           c.province,
                           c.city,
                           c.address,
                           c.industry,
                           l.sources.value(c.sourceId),
                           Customers::stageLabel(c.stage),
                           l.owners.value(c.ownerId),
                           c.tags.join(QStringLiteral(", ")),
                           c.notes,
                           c.birthday.isValid() ? QVariant(c.birthday) : QVariant(),
                           c.nextFollowUp.isValid() ? QVariant(c.nextFollowUp) : QVariant()};
    for (const CustomField &f : l.customFields) {
        const QString v = c.customValues.value(f.id);
        out << (f.type == CustomFieldType::MultiChoice ? CustomField::decodeMulti(v).join(QStringLiteral(", ")) : v);
    }
    return out;
}

// Excel holds at most 32,767 characters in a cell: a longer text goes on in
// "… (continued)" columns right after its own, which import joins back, so
// the round trip loses nothing. A column gets as many as its longest text
// needs, and none when everything fits.
class XlsxLayout {
public:
    XlsxLayout(const QStringList &header, const QList<XlsxColumn> &kinds)
        : m_header(header), m_kinds(kinds), m_cells(header.size(), 1)
    {
    }

    QStringList header() const
    {
        QStringList out;
        for (qsizetype i = 0; i < m_header.size(); ++i) {
            out << m_header.at(i);
            for (int more = 1; more < m_cells.at(i); ++more)
                out << CustomerExport::tr("%1 (continued)").arg(m_header.at(i));
        }
        return out;
    }

    QList<XlsxColumn> kinds() const
    {
        QList<XlsxColumn> out;
        for (qsizetype i = 0; i < m_kinds.size(); ++i)
            out << QList<XlsxColumn>(m_cells.at(i), m_kinds.at(i));
        return out;
    }

    // The row spread over the columns; false when a text needs more cells
    // than its column has (the layout then grows to fit it).
    bool place(const QList<QVariant> &row, QList<QVariant> &out)
    {
        bool fits = true;
        out.clear();
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QVariant &v = row.at(i);
            QList<QVariant> cells = {v};
            if (m_kinds.value(i) == XlsxColumn::Text) {
                cells.clear();
                // XLSX text never runs as a formula; only an apostrophe that
                // import would take for neutralising is doubled.
                for (const QString &piece : XlsxWriter::cellPieces(CsvWriter::apostropheKept(v.toString())))
                    cells << piece;
            }
            if (cells.size() > m_cells.at(i)) {
                m_cells[i] = int(cells.size());
                fits = false;
            }
            cells.resize(m_cells.at(i));
            out << cells;
        }
        return fits;
    }

private:
    QStringList m_header;
    QList<XlsxColumn> m_kinds;
    QList<int> m_cells; // per field, at least 1
};

VCardContact contact(const Customer &c)
{
    VCardContact v;
    v.formattedName = c.name;
    if (c.kind == CustomerKind::Company) {
        v.organization = c.name;
    } else {
        v.organization = c.companyName;
        const QString name = c.name.trimmed();
        // The family name is the first character, whole (an extension-plane
        // character is two UTF-16 units).
        const qsizetype first = name.size() >= 2 && name.at(0).isHighSurrogate() ? 2 : 1;
        if (Han::contains(name) && name.size() > first) {
            v.familyName = name.left(first);
            v.givenName = name.mid(first);
        } else if (const qsizetype space = name.lastIndexOf(u' '); space > 0) {
            v.givenName = name.left(space);
            v.familyName = name.mid(space + 1);
        } else {
            v.givenName = name;
        }
    }
    v.title = c.jobTitle;
    // "+442079460958;ext=5555" is RFC 3966's form, which a vCard's text
    // would escape into junk: address books read "+442079460958 ext. 5555".
    for (const Phone &p : c.phones)
        v.phones << VCardTyped{p.e164.isEmpty() ? p.raw : QString(p.e164).replace(QStringLiteral(";ext="), QStringLiteral(" ext. ")),
                               {}, p.label};
    for (const Email &e : c.emails)
        v.emails << VCardTyped{e.address, {}, e.label};
    if (!c.address.isEmpty() || !c.city.isEmpty() || !c.province.isEmpty()) {
        VCardAddress a;
        a.street = c.address;
        a.city = c.city;
        a.region = c.province;
        v.addresses << a;
    }
    v.birthday = c.birthday;
    v.note = c.notes;
    v.categories = c.tags;
    v.uid = QStringLiteral("guanxi-customer-%1").arg(c.id);
    return v;
}

// One export: the customers read in batches, written to one file in one
// format. Counts the customers written; those purged since the ids were
// listed are left out.
class ExportRun {
public:
    ExportRun(Session &session, const QList<qint64> &ids, const Lookups &lookups,
              const std::function<void(double)> &progress, const std::atomic_bool *cancel)
        : m_session(session), m_customers(session), m_ids(ids), m_lookups(lookups), m_progress(progress), m_cancel(cancel),
          m_cancelled{CustomerExport::tr("The export was cancelled; no file was written."), {}, {}}
    {
    }

    qint64 written() const { return m_written; }

    Status csv(const QString &path)
    {
        CsvWriter csv(path);
        if (Status s = csv.open(); !s)
            return s;
        csv.writeRow(header(m_lookups));
        if (Status s = each([&](const Customer &c) {
                QStringList cells;
                for (const QVariant &v : row(c, m_lookups))
                    cells << (v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString());
                csv.writeRow(cells);
                return Status();
            });
            !s)
            return s;
        return csv.commit();
    }

    Status xlsx(const QString &path)
    {
        QList<XlsxColumn> kinds(header(m_lookups).size(), XlsxColumn::Text);
        kinds[0] = XlsxColumn::Number;
        kinds[16] = XlsxColumn::Date;
        kinds[17] = XlsxColumn::Date;
        XlsxLayout layout(header(m_lookups), kinds);
        // Usually one pass. A text too long for its cells widens the layout
        // and the export starts over: a workbook never closed leaves no file.
        for (int pass = 1;; ++pass) {
            auto xlsx = XlsxWriter::open(path);
            if (!xlsx)
                return xlsx.error();
            if (Status s = (*xlsx)->addSheet(CustomerExport::tr("Customers"), layout.header(), layout.kinds()); !s)
                return s;
            bool fits = true;
            m_written = 0;
            QList<QVariant> cells;
            if (Status s = each([&](const Customer &c) {
                    fits = layout.place(row(c, m_lookups), cells) && fits;
                    return fits ? (*xlsx)->addRow(cells) : Status();
                });
                !s)
                return s;
            if (fits)
                return (*xlsx)->close();
            if (pass == 3) // texts that keep growing while we export: edited right now
                return Error{CustomerExport::tr("Could not write “%1”: some customers' texts kept growing while they "
                                                "were exported. Export again.")
                                 .arg(QDir::toNativeSeparators(path)),
                             {}, {}};
        }
    }

    // A card at a time: memory stays flat however many customers.
    Status vcards(const QString &path, VCardVersion version)
    {
        if (Status guarded = DatabaseFiles::checkOutput(path); !guarded)
            return guarded;
        // Unbuffered, in chunks of our own: with QFile's buffer a failed
        // flush reaches us as "Unknown error", losing the system's reason
        // (a full disk, say).
        QSaveFile file(path);
        auto failed = [&] {
            return Error{CustomerExport::tr("Could not write “%1”: %2. Any earlier file of that name is unchanged. "
                                            "Free some space on that disk or choose another folder, then export again.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()),
                         {}, {}};
        };
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return failed();
        QByteArray chunk;
        auto flush = [&] {
            // A short write (the disk filled up) says nothing; the next one
            // fails with the reason.
            for (qsizetype done = 0; done < chunk.size();) {
                const qint64 n = file.write(chunk.constData() + done, chunk.size() - done);
                if (n <= 0)
                    return false;
                done += n;
            }
            chunk.clear();
            return true;
        };
        if (Status s = each([&](const Customer &c) {
                chunk += VCardWriter::write({contact(c)}, version);
                return chunk.size() < (1 << 16) || flush() ? Status() : Status(failed());
            });
            !s)
            return s;
        if (!flush() || !file.commit())
            return failed();
        return {};
    }

private:
    // Calls f for each customer, reading 500 at a time: a handful of queries
    // instead of five per customer.
    Status each(const std::function<Status(const Customer &)> &f)
    {
        constexpr qsizetype batch = 500;
        const qsizetype total = std::max<qsizetype>(1, m_ids.size());
        for (qsizetype i = 0; i < m_ids.size(); i += batch) {
            if (m_cancel && m_cancel->load())
                return m_cancelled;
            auto some = m_customers.getMany(m_ids.mid(i, batch));
            if (!some)
                return some.error();
            for (Customer c : *some) {
                // A pool customer's numbers masked, its e-mails left out (PhoneMask).
                PhoneMask::apply(m_session, c);
                if (Status s = f(c); !s)
                    return s;
                ++m_written;
            }
            if (m_progress)
                m_progress(double(i) / double(total));
        }
        return {};
    }

    const Session &m_session;
    CustomerStore m_customers;
    const QList<qint64> &m_ids;
    const Lookups &m_lookups;
    const std::function<void(double)> &m_progress;
    const std::atomic_bool *m_cancel;
    const Error m_cancelled;
    qint64 m_written = 0;
};
} // namespace

std::optional<ExportFormat> CustomerExport::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv" || suffix == u"txt")
        return ExportFormat::Csv;
    if (suffix == u"xlsx")
        return ExportFormat::Xlsx;
    if (suffix == u"vcf" || suffix == u"vcard")
        return ExportFormat::VCard30;
    return std::nullopt;
}

Result<qint64> CustomerExport::write(Session &session, QList<qint64> ids, const QString &path, ExportFormat format,
                                     const std::function<void(double)> &progress, const std::atomic_bool *cancel,
                                     const QJsonObject &filter)
{
    if (Status s = session.require(Permission::Export); !s)
        return s.error();
    CustomerStore customers(session);
    QJsonObject what = filter;
    if (!what.contains(QStringLiteral("selection")))
        what.insert(QStringLiteral("selection"), ids.isEmpty() ? QStringLiteral("all") : QStringLiteral("chosen"));
    if (ids.isEmpty()) {
        auto all = customers.liveIds();
        if (!all)
            return all.error();
        ids = *all;
    }
    Lookups lookups;
    if (Status s = lookups.load(session); !s)
        return s.error();
    ExportRun run(session, ids, lookups, progress, cancel);
    Status s;
    switch (format) {
    case ExportFormat::Csv:
        s = run.csv(path);
        break;
    case ExportFormat::Xlsx:
        s = run.xlsx(path);
        break;
    case ExportFormat::VCard30:
    case ExportFormat::VCard40:
        s = run.vcards(path, format == ExportFormat::VCard40 ? VCardVersion::V40 : VCardVersion::V30);
        break;
    }
    if (!s)
        return s.error();
    // Who exported what, how many rows, and the written file's SHA-256.
    if (Status logged = AuditStore(session).recordExport(path, QStringLiteral("customers"), what, run.written()); !logged)
        return logged.error();
    if (progress)
        progress(1.0);
    return run.written();
}

} // namespace guanxi
