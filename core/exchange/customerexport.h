#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <functional>

namespace guanxi {

class Session;

enum class ExportFormat { Csv, Xlsx, VCard30, VCard40 };

// Customers to the files people exchange. CSV (UTF-8 with BOM, formula-like
// cells neutralised) and XLSX carry every field, with headers the importer
// recognises, so exporting and importing again gives the same customers. In
// XLSX a text longer than Excel's 32,767 characters per cell goes on in
// "… (continued)" columns after its own, which the importer joins back.
// vCard carries what a contact has: name, company, title, phones, e-mails,
// address, birthday, notes and tags (as categories); a company is a card
// whose name is its organisation.
struct CustomerExport {
    Q_DECLARE_TR_FUNCTIONS(CustomerExport)
public:
    // From a file name's suffix: .csv, .xlsx, .vcf (vCard 3.0).
    static std::optional<ExportFormat> formatFor(const QString &path);

    // Writes the customers with these ids, in this order; all live customers
    // when ids is empty. Atomic: a failure leaves any earlier file as it was.
    // Returns how many were written. Needs the Export permission; customers
    // the session does not see are left out, a pool customer's contacts are
    // masked (PhoneMask), and the export is logged in the audit trail with
    // filter (what the list showed; "selection" all or chosen is added).
    static Result<qint64> write(Session &session, QList<qint64> ids, const QString &path, ExportFormat format,
                                const std::function<void(double)> &progress = {},
                                const std::atomic_bool *cancel = nullptr, const QJsonObject &filter = {});
};

} // namespace guanxi
