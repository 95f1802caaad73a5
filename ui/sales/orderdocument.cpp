#include "sales/orderdocument.h"

#include "reportrender/formatting.h"
#include "platform/db/databasefiles.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "sales/orderstore.h"

#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace guanxi::ui {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString documentTitle(OrderKind kind)
{
    switch (kind) {
    case OrderKind::Quote: return OrderDocument::tr("Quotation");
    case OrderKind::Contract: return OrderDocument::tr("Contract");
    case OrderKind::Order: return OrderDocument::tr("Sales Order");
    }
    return {};
}

const char *styleSheet =
    "body { font-size: 10pt; } h1 { font-size: 18pt; margin-bottom: 2pt; } "
    "table.lines { border-collapse: collapse; } "
    "table.lines th { background: #e8ecf2; padding: 4px; text-align: left; } "
    "table.lines td { padding: 4px; border-bottom: 1px solid #d0d4da; } "
    ".muted { color: #666666; }";

void render(const QString &html, QPagedPaintDevice &device, const QString &title)
{
    QTextDocument doc;
    doc.setMetaInformation(QTextDocument::DocumentTitle, title);
    doc.setDefaultStyleSheet(QString::fromLatin1(styleSheet));
    doc.setHtml(html);
    doc.print(&device);
}

Status writeError(const QString &path, const QString &why)
{
    return Error{OrderDocument::tr("Could not write “%1”: %2. Choose another folder or file name.").arg(path, why), {}, {}};
}
} // namespace

QString OrderDocument::suggestedFileName(const QString &number)
{
    QString name = number;
    for (QChar &c : name)
        if (c == u'/' || c == u'\\' || c == u':')
            c = u'-';
    return name + QStringLiteral(".pdf");
}

Result<QString> OrderDocument::html(Session &session, qint64 orderId)
{
    OrderStore store(session);
    auto o = store.get(orderId);
    if (!o)
        return o.error();
    auto c = CustomerStore(session).read(o->customerId);   // a pool customer's contacts masked
    if (!c)
        return c.error();
    const QLocale locale;
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(documentTitle(o->kind)));
    h += QStringLiteral("<p><b>%1</b> %2<br>%3 %4</p>")
             .arg(esc(tr("No.")), esc(o->number), esc(tr("Date:")), esc(locale.toString(o->orderDate, QLocale::LongFormat)));
    QStringList to{QStringLiteral("<b>%1</b>").arg(esc(c->name))};
    if (!c->companyName.isEmpty())
        to << esc(c->companyName);
    const QString place = QStringList{c->province, c->city, c->address}.join(u' ').simplified();
    if (!place.isEmpty())
        to << esc(place);
    for (const Phone &p : c->phones)
        to << esc(p.raw);
    for (const Email &e : c->emails)
        to << esc(e.address);
    h += QStringLiteral("<p>%1<br>%2</p><p></p>").arg(esc(tr("For:")), to.join(QStringLiteral("<br>")));

    h += QStringLiteral("<table class=lines width=100% cellspacing=0><tr><th>%1</th><th align=right>%2</th>"
                        "<th align=right>%3</th><th align=right>%4</th><th align=right>%5</th></tr>")
             .arg(esc(tr("Product or service")), esc(tr("Quantity")), esc(tr("Unit price")), esc(tr("Discount")),
                  esc(tr("Amount")));
    for (const OrderLine &l : o->lines)
        h += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td>"
                            "<td align=right>%5</td></tr>")
                 .arg(esc(l.description), locale.toString(l.quantity), esc(formatMoney(l.unitPriceMinor, o->currency)),
                      l.discountMinor ? esc(formatMoney(l.discountMinor, o->currency)) : QString(),
                      esc(formatMoney(l.totalMinor, o->currency)));
    if (o->lines.isEmpty())
        h += QStringLiteral("<tr><td colspan=4>%1</td><td align=right>%2</td></tr>")
                 .arg(esc(tr("As agreed")), esc(formatMoney(o->totalMinor + o->discountMinor, o->currency)));
    h += QStringLiteral("</table><table width=100% cellspacing=0>");
    auto sumRow = [&](const QString &label, qint64 minor, bool bold = false) {
        const QString value = esc(formatMoney(minor, o->currency));
        h += QStringLiteral("<tr><td width=70%></td><td>%1</td><td align=right>%2</td></tr>")
                 .arg(bold ? QStringLiteral("<b>%1</b>").arg(esc(label)) : esc(label),
                      bold ? QStringLiteral("<b>%1</b>").arg(value) : value);
    };
    if (o->discountMinor)
        sumRow(tr("Order discount"), -o->discountMinor);
    sumRow(tr("Total (%1)").arg(o->currency), o->totalMinor, true);
    if (o->owes() || o->paidMinor) {
        sumRow(tr("Received"), o->paidMinor);
        if (o->writtenOffMinor)
            sumRow(tr("Written off"), o->writtenOffMinor);
        sumRow(tr("Still owed"), o->outstandingMinor(), true);
    }
    h += QStringLiteral("</table>");
    if (!o->notes.trimmed().isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(o->notes).replace(u'\n', QStringLiteral("<br>")));
    if (o->kind == OrderKind::Quote)
        h += QStringLiteral("<p class=muted>%1</p>").arg(esc(tr("Prices in %1. This quotation is not an invoice.").arg(o->currency)));
    h += QStringLiteral("</body></html>");
    return h;
}

Status OrderDocument::writePdf(Session &session, qint64 orderId, const QString &path)
{
    if (Status guarded = DatabaseFiles::checkOutput(path); !guarded)
        return guarded;
    auto h = html(session, orderId);
    if (!h)
        return h.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("Guanxi"));
        pdf.setTitle(OrderStore(session).get(orderId)->number);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                      QPageLayout::Millimeter));
        pdf.setResolution(300);
        render(*h, pdf, pdf.title());
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

Status OrderDocument::print(Session &session, qint64 orderId, QPrinter &printer)
{
    auto h = html(session, orderId);
    if (!h)
        return h.error();
    render(*h, printer, printer.docName());
    return {};
}

Result<QList<QImage>> OrderDocument::pageImages(Session &session, qint64 orderId, int dpi)
{
    auto h = html(session, orderId);
    if (!h)
        return h.error();
    // A4 less 18 mm margins, in pixels at `dpi`.
    const QSizeF page(210.0 / 25.4 * dpi, 297.0 / 25.4 * dpi);
    const qreal margin = 18.0 / 25.4 * dpi;
    QTextDocument doc;
    doc.setDefaultStyleSheet(QString::fromLatin1(styleSheet));
    doc.setHtml(*h);
    doc.setPageSize(QSizeF(page.width() - 2 * margin, page.height() - 2 * margin));
    QList<QImage> out;
    for (int i = 0; i < doc.pageCount(); ++i) {
        QImage image(page.toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(margin, margin - i * doc.pageSize().height());
        doc.drawContents(&painter, QRectF(0, i * doc.pageSize().height(), doc.pageSize().width(), doc.pageSize().height()));
        out << image;
    }
    return out;
}

} // namespace guanxi::ui
