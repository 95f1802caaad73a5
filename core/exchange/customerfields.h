#pragma once

#include "customers/customfield.h"

#include <QCoreApplication>
#include <QStringList>

namespace guanxi {

// What a column of an import file can fill on a customer, by a stable key
// that saved mappings store: "name", "phone", "custom:7", ... "" ignores the
// column. "continuation" appends the cell, as it is, to the column before
// (an XLSX export splits text over Excel's cell limit that way).
struct ImportField {
    QString key;
    QString label;
    bool repeatable = false;   // several columns may feed it (phones, e-mails, tags)
};

struct CustomerFields {
    Q_DECLARE_TR_FUNCTIONS(CustomerFields)
public:
    static QList<ImportField> all(const QList<CustomField> &customFields);
    static QString label(const QString &key, const QList<CustomField> &customFields);
    // One field key per header: a best guess from Chinese and English
    // headers, including those of Google Contacts and Outlook CSV exports.
    // A field that is not repeatable goes to the first column that fits.
    // "Notes (continued)" or "备注（续）" right after "Notes" continues it.
    static QStringList guess(const QStringList &header, const QList<CustomField> &customFields);
    // What a mapping makes of each row when it adds people with their
    // companies, in one sentence for the mapping page; empty otherwise.
    static QString plan(const QStringList &mapping);
    // Splits a cell that holds several phones, e-mails or tags.
    static QStringList splitList(const QString &cell);
};

} // namespace guanxi
