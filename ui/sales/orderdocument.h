#pragma once

#include "platform/result.h"

#include <QCoreApplication>

class QImage;
class QPrinter;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// A quote, contract or order as the customer receives it: the document's
// title by kind, number and date, the customer's details, the lines, the
// discount and total, and for an order what is paid and still owed.
struct OrderDocument {
    Q_DECLARE_TR_FUNCTIONS(OrderDocument)
public:
    static Result<QString> html(Session &session, qint64 orderId);
    // A4 PDF, written atomically; never over the open database.
    static Status writePdf(Session &session, qint64 orderId, const QString &path);
    static Status print(Session &session, qint64 orderId, QPrinter &printer);
    // The A4 pages as pictures at `dpi`, for a person to look at (the tour).
    static Result<QList<QImage>> pageImages(Session &session, qint64 orderId, int dpi);
    // "SO-2026-00001.pdf": a file name to suggest.
    static QString suggestedFileName(const QString &number);
};

} // namespace guanxi::ui
