#pragma once

#include "customers/customer.h"
#include "customers/customfield.h"
#include "exchange/importreport.h"
#include "platform/result.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace guanxi {

class Session;
struct ImportRow;

// One import row read into a customer (see CustomerImport): every mapped cell
// applied through the customer field table, then the name, the kind and the
// company's own phone and address settled. Matching and writing come after.
struct CustomerRow {
    Customer customer;             // companyName: the company the row names, if any
    QSet<QString> present;         // field keys the row gave a value
    qint64 idCell = 0;             // a Guanxi ID the row gave
    // The company's own phones and address, for the company a person's row
    // names (see CustomerFields: "company_phone"); empty otherwise.
    QList<Phone> companyPhones;
    QString companyAddress;
    QList<ImportProblem> problems;
    // What was wrong but did not refuse the row (a name taken from the
    // e-mail address); the row was read.
    QList<ImportProblem> warnings;
};

// What reading a row needs besides the row: look-ups for the whole file.
class CustomerRowReader {
public:
    CustomerRowReader(Session &session, const QStringList &header, const QStringList &mapping,
                      const QList<CustomField> &customFields, const QHash<QString, qint64> &ownerByName);

    CustomerRow read(const ImportRow &row, bool neutralised);
    // A failure that stops the whole import (a channel that could not be
    // added for a storage reason), set by read().
    const std::optional<Error> &fatal() const { return m_fatal; }

    // The problem of a row's field (the first column mapped to it), for
    // checks made after reading: validation, linking, saving.
    ImportProblem problemAt(const ImportRow &row, const QString &field, const QString &reason) const;
    bool maps(const QString &field) const { return m_columnOf.contains(field); }

    // Whether a field key (see CustomerFields::all) has a way into a customer.
    static bool applies(const QString &key);

    // The fields a cell is applied to before the row is settled.
    struct Draft;

private:
    QString apply(Draft &d, const QString &key, const QString &cell);
    QString applySource(Draft &d, const QString &cell);
    QString applyCustom(Draft &d, const QString &key, const QString &cell);
    void settle(const ImportRow &row, Draft &d, CustomerRow &out);
    // The labels for a phone or e-mail column: its label column's cell, else
    // what its header says ("Phone 1 - Value" under "Phone 1 - Type").
    QStringList labelsFor(const ImportRow &row, int column) const;
    QString withExtension(const ImportRow &row, int column, const QString &cell) const;
    void applyLabelled(Draft &d, const QString &key, const QString &cell, const QStringList &labels);
    void settleIdentity(const ImportRow &row, Draft &d, CustomerRow &out);

    Session &m_session;
    QStringList m_header;
    QStringList m_mapping;
    QHash<QString, int> m_columnOf;
    QList<CustomField> m_customFields;
    QHash<QString, qint64> m_ownerByName;
    QHash<QString, qint64> m_sourceByName;
    std::optional<Error> m_fatal;
    QHash<int, int> m_labelColumn;      // phone/e-mail column -> the label column before it
    QHash<int, QString> m_headerLabel;  // phone column -> the label its header gives
    QHash<int, int> m_extensionColumn;  // phone column -> the extension column after it
};

} // namespace guanxi
