#include "rfmanalysis.h"

#include "services/session.h"

#include <QLocale>

namespace guanxi {

Result<RfmReport> RfmAnalysis::run(Session &session, const RfmOptions &options)
{
    if (options.window.from.isValid() && options.window.to.isValid() && options.window.from > options.window.to)
        return Error{tr("The window starts after it ends (%1 to %2). Swap the dates.")
                         .arg(options.window.from.toString(Qt::ISODate), options.window.to.toString(Qt::ISODate)),
                     {}, {}};
    AnalyticsStore store(session);
    auto purchases = store.purchases(options.window);
    if (!purchases)
        return purchases.error();
    auto live = store.liveCustomers();
    if (!live)
        return live.error();
    QDate latest;
    for (const PurchaseSummary &p : *purchases)
        if (!latest.isValid() || p.lastPurchase > latest)
            latest = p.lastPurchase;
    const QDate reference = options.referenceDate.isValid() ? options.referenceDate : latest.addDays(1);
    if (options.referenceDate.isValid() && latest.isValid() && options.referenceDate <= latest)
        return Error{tr("The reference date %1 must come after the latest purchase in the window (%2). Choose a later "
                        "date, or leave it out to use the day after the latest purchase.")
                         .arg(reference.toString(Qt::ISODate), latest.toString(Qt::ISODate)),
                     {}, {}};
    RfmReport report;
    report.result = Rfm::compute(*purchases, reference);
    report.withoutPurchase = *live - purchases->size();
    for (const PurchaseSummary &p : *purchases)
        report.names << p.name;
    return report;
}

} // namespace guanxi
