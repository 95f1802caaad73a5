#include "reportrender/formatting.h"

#include "customers/customer.h"
#include "text/money.h"

#include <QCoreApplication>
#include <QLocale>

namespace guanxi::ui {

namespace {
struct Formatting {
    Q_DECLARE_TR_FUNCTIONS(Formatting)
};
} // namespace

QString formatMoney(qint64 minor, const QString &currency)
{
    QString symbol = currency;
    if (currency == QStringLiteral("CNY"))
        symbol = QStringLiteral("¥");
    else if (currency == QStringLiteral("USD"))
        symbol = QStringLiteral("$");
    else if (currency == QStringLiteral("EUR"))
        symbol = QStringLiteral("€");
    // The sign goes before the symbol: -¥1,234.00.
    const QString amount = Money::grouped(minor);
    return minor < 0 ? u'-' + symbol + amount.mid(1) : symbol + amount;
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Formatting", "type")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Formatting", "name")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("Formatting", "company")},
        {QStringLiteral("job_title"), QT_TRANSLATE_NOOP("Formatting", "job title")},
        {QStringLiteral("province"), QT_TRANSLATE_NOOP("Formatting", "province")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("Formatting", "city")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("Formatting", "address")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("Formatting", "industry")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("Formatting", "source")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("Formatting", "stage")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("Formatting", "owner")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Formatting", "notes")},
        {QStringLiteral("birthday"), QT_TRANSLATE_NOOP("Formatting", "birthday")},
        {QStringLiteral("next_follow_up"), QT_TRANSLATE_NOOP("Formatting", "next follow-up")},
        {QStringLiteral("phones"), QT_TRANSLATE_NOOP("Formatting", "phones")},
        {QStringLiteral("emails"), QT_TRANSLATE_NOOP("Formatting", "e-mails")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("Formatting", "tags")},
    };
    const auto it = labels.constFind(field);
    if (it != labels.constEnd())
        return Formatting::tr(*it);
    if (field.startsWith(QStringLiteral("custom:")))
        return Formatting::tr("custom field");
    return field;
}

QString changeActionLabel(const Change &c)
{
    if (c.action == QStringLiteral("create")) return Formatting::tr("Created");
    if (c.action == QStringLiteral("update")) return Formatting::tr("Changed");
    if (c.action == QStringLiteral("delete")) return Formatting::tr("Moved to trash");
    if (c.action == QStringLiteral("restore")) return Formatting::tr("Restored");
    if (c.action == QStringLiteral("purge")) return Formatting::tr("Purged");
    return c.action;
}

QString changeDescription(const Change &c)
{
    if (c.action != QStringLiteral("update"))
        return c.newValue.isEmpty() ? c.oldValue : c.newValue;
    if (c.field == QStringLiteral("merged"))
        return Formatting::tr("Merged “%1” into this customer (Tools → Find Duplicates → Merges can undo it)")
            .arg(c.newValue);
    QString oldValue = c.oldValue, newValue = c.newValue;
    if (c.field == QStringLiteral("stage")) {
        if (auto s = Customers::stageFromCode(oldValue)) oldValue = Customers::stageLabel(*s);
        if (auto s = Customers::stageFromCode(newValue)) newValue = Customers::stageLabel(*s);
    } else if (c.field == QStringLiteral("kind")) {
        if (auto k = Customers::kindFromCode(oldValue)) oldValue = Customers::kindLabel(*k);
        if (auto k = Customers::kindFromCode(newValue)) newValue = Customers::kindLabel(*k);
    }
    const QString empty = Formatting::tr("(empty)");
    return Formatting::tr("%1: %2 → %3").arg(fieldLabel(c.field), oldValue.isEmpty() ? empty : oldValue,
                                 newValue.isEmpty() ? empty : newValue);
}

} // namespace guanxi::ui
