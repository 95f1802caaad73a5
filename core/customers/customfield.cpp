#include "customers/customfield.h"

#include "platform/enumtable.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace guanxi {

namespace {

constexpr auto typeTable = enumTable<CustomFieldType>("CustomField", {
    {CustomFieldType::Text, "text", QT_TRANSLATE_NOOP("CustomField", "Text")},
    {CustomFieldType::Number, "number", QT_TRANSLATE_NOOP("CustomField", "Number")},
    {CustomFieldType::Date, "date", QT_TRANSLATE_NOOP("CustomField", "Date")},
    {CustomFieldType::Choice, "choice", QT_TRANSLATE_NOOP("CustomField", "Single choice")},
    {CustomFieldType::MultiChoice, "multi_choice", QT_TRANSLATE_NOOP("CustomField", "Multiple choice")},
});

} // namespace

QList<CustomFieldType> CustomField::types() { return typeTable.values(); }
QString CustomField::typeCode(CustomFieldType type) { return typeTable.code(type); }
std::optional<CustomFieldType> CustomField::typeFromCode(const QString &code) { return typeTable.fromCode(code); }
QString CustomField::typeLabel(CustomFieldType type) { return typeTable.label(type); }

QStringList CustomField::decodeMulti(const QString &stored)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(stored.toUtf8()).array();
    for (const auto &v : array)
        out << v.toString();
    return out;
}

Result<QString> CustomField::normalise(const QString &input) const
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QString();
    switch (type) {
    case CustomFieldType::Text:
        if (text.size() > 2000)
            return Error{tr("“%1” is longer than 2,000 characters.").arg(name), {}, {}};
        return text;
    case CustomFieldType::Number: {
        bool ok = false;
        double value = QLocale().toDouble(text, &ok);
        if (!ok)
            value = QLocale::c().toDouble(text, &ok);
        if (!ok)
            return Error{tr("“%1” must be a number; “%2” is not.").arg(name, text), {}, {}};
        return QLocale::c().toString(value, 'g', 15);
    }
    case CustomFieldType::Date: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return Error{tr("“%1” must be a date like 2026-03-31; “%2” is not.").arg(name, text), {}, {}};
        return d.toString(Qt::ISODate);
    }
    case CustomFieldType::Choice:
        if (!choices.contains(text))
            return Error{tr("“%1” must be one of: %2.").arg(name, choices.join(QStringLiteral(", "))),
                         {}, {}};
        return text;
    case CustomFieldType::MultiChoice:
        return normaliseChoices(text.split(u',', Qt::SkipEmptyParts));
    }
    return text;
}

Result<QString> CustomField::normaliseChoices(const QStringList &picked) const
{
    QJsonArray array;
    for (const QString &p : picked) {
        const QString choice = p.trimmed();
        if (choice.isEmpty())
            continue;
        if (!choices.contains(choice))
            return Error{tr("“%1” is not a choice of “%2”; pick from: %3.")
                             .arg(choice, name, choices.join(QStringLiteral(", "))),
                         {}, {}};
        if (!array.contains(choice))
            array.append(choice);
    }
    if (array.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString CustomField::display(const QString &stored, const QLocale &locale) const
{
    if (stored.isEmpty())
        return {};
    switch (type) {
    case CustomFieldType::Number: {
        bool ok = false;
        const double v = stored.toDouble(&ok);
        return ok ? locale.toString(v, 'g', 15) : stored;
    }
    case CustomFieldType::Date:
        return locale.toString(QDate::fromString(stored, Qt::ISODate), QLocale::ShortFormat);
    case CustomFieldType::MultiChoice:
        return decodeMulti(stored).join(QStringLiteral(", "));
    default:
        return stored;
    }
}

} // namespace guanxi
