#include "customerexport.h"
#include "db/databasefiles.h"

#include "io/csvwriter.h"
#include "io/vcard.h"
#include "io/xlsxwriter.h"
#include "services/session.h"
#include "stores/channelstore.h"
#include "stores/customerstore.h"
#include "stores/customfieldstore.h"
#include "stores/userstore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace guanxi {

namespace {
bool cjk(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF; });
}

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

VCardContact contact(const Customer &c)
{
    VCardContact v;
    v.formattedName = c.name;
    if (c.kind == CustomerKind::Company) {
        v.organization = c.name;
    } else {
        v.organization = c.companyName;
        const QString name = c.name.trimmed();
        if (cjk(name) && name.size() >= 2) {
            v.familyName = name.left(1);
            v.givenName = name.mid(1);
        } else if (const qsizetype space = name.lastIndexOf(u' '); space > 0) {
            v.givenName = name.left(space);
            v.familyName = name.mid(space + 1);
        } else {
            v.givenName = name;
        }
    }
    v.title = c.jobTitle;
    for (const Phone &p : c.phones)
        v.phones << VCardTyped{p.e164.isEmpty() ? p.raw : p.e164, {}, p.label};
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
                                     const std::function<void(double)> &progress, const std::atomic_bool *cancel)
{
    CustomerStore customers(session);
    if (ids.isEmpty()) {
        auto all = customers.liveIds();
        if (!all)
            return all.error();
        ids = *all;
    }
    Lookups lookups;
    if (Status s = lookups.load(session); !s)
        return s.error();
    const qsizetype total = std::max<qsizetype>(1, ids.size());
    const Error cancelled{tr("The export was cancelled; no file was written."), {}, {}};
    qint64 written = 0;   // customers purged since the ids were listed are left out
    auto each = [&](const std::function<Status(const Customer &)> &f) -> Status {
        // Read 500 at a time: a handful of queries instead of five per customer.
        constexpr qsizetype batch = 500;
        for (qsizetype i = 0; i < ids.size(); i += batch) {
            if (cancel && cancel->load())
                return cancelled;
            auto some = customers.getMany(ids.mid(i, batch));
            if (!some)
                return some.error();
            for (const Customer &c : std::as_const(*some)) {
                if (Status s = f(c); !s)
                    return s;
                ++written;
            }
            if (progress)
                progress(double(i) / double(total));
        }
        return {};
    };

    switch (format) {
    case ExportFormat::Csv: {
        CsvWriter csv(path);
        if (Status s = csv.open(); !s)
            return s.error();
        csv.writeRow(header(lookups));
        if (Status s = each([&](const Customer &c) {
                QStringList cells;
                for (const QVariant &v : row(c, lookups))
                    cells << (v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString());
                csv.writeRow(cells);
                return Status();
            });
            !s)
            return s.error();
        if (Status s = csv.commit(); !s)
            return s.error();
        break;
    }
    case ExportFormat::Xlsx: {
        auto xlsx = XlsxWriter::open(path);
        if (!xlsx)
            return xlsx.error();
        QList<XlsxColumn> kinds(header(lookups).size(), XlsxColumn::Text);
        kinds[0] = XlsxColumn::Number;
        kinds[16] = XlsxColumn::Date;
        kinds[17] = XlsxColumn::Date;
        if (Status s = (*xlsx)->addSheet(tr("Customers"), header(lookups), kinds); !s)
            return s.error();
        if (Status s = each([&](const Customer &c) { return (*xlsx)->addRow(row(c, lookups)); }); !s)
            return s.error();
        if (Status s = (*xlsx)->close(); !s)
            return s.error();
        break;
    }
    case ExportFormat::VCard30:
    case ExportFormat::VCard40: {
        // A card at a time: memory stays flat however many customers.
        const VCardVersion version = format == ExportFormat::VCard40 ? VCardVersion::V40 : VCardVersion::V30;
        if (Status guarded = DatabaseFiles::checkOutput(path); !guarded)
            return guarded.error();
        QSaveFile file(path);
        auto failed = [&] {
            return Error{tr("Could not write “%1”: %2. Any earlier file of that name is unchanged.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()),
                         {}, {}};
        };
        if (!file.open(QIODevice::WriteOnly))
            return failed();
        if (Status s = each([&](const Customer &c) {
                return file.write(VCardWriter::write({contact(c)}, version)) < 0 ? Status(failed()) : Status();
            });
            !s)
            return s.error();
        if (!file.commit())
            return failed();
        break;
    }
    }
    if (progress)
        progress(1.0);
    return written;
}

} // namespace guanxi
