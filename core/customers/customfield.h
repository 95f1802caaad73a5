#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace guanxi {

enum class CustomFieldType { Text, Number, Date, Choice, MultiChoice };

// A field the user added to customers. Values are stored as text: numbers in
// C locale, dates as YYYY-MM-DD, multi choices as a JSON array.
struct CustomField {
    Q_DECLARE_TR_FUNCTIONS(CustomField)
public:
    qint64 id = 0;
    QString name;
    CustomFieldType type = CustomFieldType::Text;
    QStringList choices;
    int position = 0;

    bool operator==(const CustomField &) const = default;

    // Checks what the user typed (or picked) and gives the stored form.
    // Empty input gives an empty value, which means "not set".
    Result<QString> normalise(const QString &input) const;
    Result<QString> normaliseChoices(const QStringList &picked) const;
    // The stored form shown to a person.
    QString display(const QString &stored, const QLocale &locale = QLocale()) const;
    static QStringList decodeMulti(const QString &stored);

    static QString typeCode(CustomFieldType type);
    static std::optional<CustomFieldType> typeFromCode(const QString &code);
    static QString typeLabel(CustomFieldType type);
    static QList<CustomFieldType> types();
};

} // namespace guanxi
