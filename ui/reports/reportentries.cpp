#include "reports/reportentries.h"

#include "widgets/dateedits.h"

#include "analytics/clusteranalysis.h"
#include "analytics/cohortanalysis.h"
#include "analytics/funnelanalysis.h"
#include "analytics/receivables.h"
#include "analytics/rfmanalysis.h"
#include "platform/session.h"
#include "analytics/trendanalysis.h"
#include "team/channelstore.h"
#include "team/userstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace guanxi::ui {

namespace {

using Work = std::function<Result<Report>(Session &, TaskControl &)>;

QHBoxLayout *row(QWidget *options)
{
    auto *layout = new QHBoxLayout(options);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

void addLabelled(QHBoxLayout *layout, const QString &label, QWidget *field)
{
    auto *l = new QLabel(label, field->parentWidget());
    l->setBuddy(field);
    layout->addWidget(l);
    layout->addWidget(field);
}

// Salesperson and source pickers shared by the sales reports.
struct SalesPickers {
    QComboBox *owner;
    QComboBox *source;
};

// The team and the sources as they are now, keeping the choice.
void fillPickers(Session &session, const SalesPickers &p)
{
    const qint64 owner = p.owner->currentData().toLongLong(), source = p.source->currentData().toLongLong();
    p.owner->clear();
    p.owner->addItem(ReportsPage::tr("Everyone"), 0);
    if (auto users = UserStore(session).list(true))
        for (const User &u : *users)
            p.owner->addItem(u.displayName, u.id);
    p.source->clear();
    p.source->addItem(ReportsPage::tr("Every source"), 0);
    if (auto channels = ChannelStore(session).list(true))
        for (const SourceChannel &c : *channels)
            p.source->addItem(c.name, c.id);
    p.owner->setCurrentIndex(std::max(0, p.owner->findData(owner)));
    p.source->setCurrentIndex(std::max(0, p.source->findData(source)));
}

SalesPickers salesPickers(Session &session, QWidget *options, QHBoxLayout *layout)
{
    SalesPickers p{new QComboBox(options), new QComboBox(options)};
    p.owner->setObjectName(QStringLiteral("owner"));
    p.source->setObjectName(QStringLiteral("source"));
    fillPickers(session, p);
    addLabelled(layout, ReportsPage::tr("&Salesperson:"), p.owner);
    addLabelled(layout, ReportsPage::tr("Sour&ce:"), p.source);
    return p;
}

SalesFilter salesFilter(const ReportWindow &w, const SalesPickers &p)
{
    SalesFilter f;
    f.from = w.from;
    f.to = w.to;
    f.currency = w.currency;
    f.ownerId = p.owner->currentData().toLongLong();
    f.sourceId = p.source->currentData().toLongLong();
    return f;
}

ReportEntry rfmEntry(QWidget *parent)
{
    auto *options = new QWidget(parent);
    QDateEdit *reference = makeOptionalDateEdit(options);
    reference->setObjectName(QStringLiteral("referenceDate"));
    reference->setToolTip(ReportsPage::tr("Recency is counted up to this day. Leave it empty for the day after the "
                                          "latest purchase in the window."));
    QHBoxLayout *layout = row(options);
    addLabelled(layout, ReportsPage::tr("Reference &date:"), reference);
    layout->addStretch(1);
    ReportEntry e;
    e.name = QStringLiteral("rfm");
    e.title = ReportsPage::tr("RFM analysis");
    e.help = ReportsPage::tr(
        "Who buys recently, often and for much? RFM scores every customer with signed, delivered or paid orders "
        "in the window from 1 to 5 on recency, frequency and money, and sorts them into eight segments, from "
        "important value customers to general win-back customers.");
    e.options = options;
    e.prepare = [reference](const ReportWindow &w) {
        RfmOptions o;
        o.window = PurchaseWindow{w.from, w.to, w.currency};
        o.referenceDate = optionalDate(reference);
        return Work([o](Session &session, TaskControl &control) -> Result<Report> {
            control.percent = 10;
            auto r = RfmAnalysis::run(session, o);
            if (!r)
                return r.error();
            control.percent = 90;
            return RfmAnalysis::toReport(*r, o, RfmAnalysis::SegmentNames::Translated);
        });
    };
    return e;
}

ReportEntry clusterEntry(QWidget *parent)
{
    auto *options = new QWidget(parent);
    QHBoxLayout *layout = row(options);
    auto *k = new QSpinBox(options);
    k->setObjectName(QStringLiteral("clusterCount"));
    k->setRange(0, 20);
    k->setSpecialValueText(ReportsPage::tr("Suggested"));
    k->setToolTip(ReportsPage::tr("How many groups to make. “Suggested” tries 2 to 8 and keeps the number whose "
                                  "groups are most clearly apart (the best silhouette)."));
    auto *features = new QComboBox(options);
    features->setObjectName(QStringLiteral("clusterFeatures"));
    features->addItem(RfmClusters::featuresLabel(ClusterFeatures::Log), int(ClusterFeatures::Log));
    features->addItem(RfmClusters::featuresLabel(ClusterFeatures::Scores), int(ClusterFeatures::Scores));
    auto *seed = new QSpinBox(options);
    seed->setRange(1, 999999);
    seed->setToolTip(ReportsPage::tr("The same seed gives the same groups every time; another seed may start the "
                                     "search elsewhere."));
    addLabelled(layout, ReportsPage::tr("&Clusters:"), k);
    addLabelled(layout, ReportsPage::tr("&Measures:"), features);
    addLabelled(layout, ReportsPage::tr("See&d:"), seed);
    layout->addStretch(1);
    ReportEntry e;
    e.name = QStringLiteral("clusters");
    e.title = ReportsPage::tr("Customer clusters");
    e.help = ReportsPage::tr(
        "Which customers are alike? k-means groups the customers with purchases by their recency, frequency and "
        "money, shows each group's profile and suggests how many groups the data holds.");
    e.options = options;
    e.prepare = [k, features, seed](const ReportWindow &w) {
        ClusterOptions o;
        o.window = PurchaseWindow{w.from, w.to, w.currency};
        o.k = k->value();
        o.features = ClusterFeatures(features->currentData().toInt());
        o.seed = quint64(seed->value());
        return Work([o](Session &session, TaskControl &control) -> Result<Report> {
            auto r = ClusterAnalysis::run(
                session, o, [&control](double f) { control.percent = int(f * 100); }, &control.cancelled);
            if (!r)
                return r.error();
            return r->report;
        });
    };
    return e;
}

template <typename Analysis>
ReportEntry salesEntry(Session &session, QWidget *parent, const QString &name, const QString &title,
                       const QString &help, bool withMonths = false)
{
    auto *options = new QWidget(parent);
    QHBoxLayout *layout = row(options);
    const SalesPickers pickers = salesPickers(session, options, layout);
    QSpinBox *months = nullptr;
    if (withMonths) {
        months = new QSpinBox(options);
        months->setRange(1, 36);
        months->setValue(CohortAnalysis::defaultOffsets);
        months->setToolTip(ReportsPage::tr("How many months after the first purchase to follow each cohort."));
        addLabelled(layout, ReportsPage::tr("Mo&nths:"), months);
    }
    layout->addStretch(1);
    ReportEntry e;
    e.name = name;
    e.title = title;
    e.help = help;
    e.options = options;
    e.refresh = [&session, pickers] { fillPickers(session, pickers); };
    e.prepare = [pickers, months](const ReportWindow &w) {
        const SalesFilter f = salesFilter(w, pickers);
        const int offsets = months ? months->value() : 0;
        return Work([f, offsets](Session &session, TaskControl &control) -> Result<Report> {
            control.percent = 10;
            if constexpr (std::is_same_v<Analysis, CohortAnalysis>) {
                auto r = CohortAnalysis::run(session, f, offsets);
                if (!r)
                    return r.error();
                return CohortAnalysis::toReport(*r);
            } else {
                auto r = Analysis::run(session, f);
                if (!r)
                    return r.error();
                return Analysis::toReport(*r);
            }
        });
    };
    return e;
}

} // namespace

QList<ReportEntry> standardReportEntries(Session &session, QWidget *parent)
{
    return {rfmEntry(parent), clusterEntry(parent),
            salesEntry<FunnelAnalysis>(
                session, parent, QStringLiteral("funnel"), ReportsPage::tr("Sales funnel"),
                ReportsPage::tr("Where do deals stall? For the deals that entered each stage in the window: how many "
                                "moved on, how long they stayed, how many were won or lost, by salesperson and "
                                "by source.")),
            salesEntry<TrendAnalysis>(
                session, parent, QStringLiteral("trend"), ReportsPage::tr("Monthly trends"),
                ReportsPage::tr("How is business going month by month? Revenue, new and purchasing customers, the "
                                "repeat purchase rate, follow-ups per salesperson and the follow-ups overdue now. "
                                "Without dates: the last twelve months.")),
            salesEntry<CohortAnalysis>(
                session, parent, QStringLiteral("cohort"), ReportsPage::tr("Retention by cohort"),
                ReportsPage::tr("Do customers come back? Customers are grouped by the month of their first purchase; "
                                "each column shows the share of a group buying again that many months later."),
                true),
            salesEntry<Receivables>(
                session, parent, QStringLiteral("receivables"), ReportsPage::tr("Receivables"),
                ReportsPage::tr("Who owes what, and for how long? What signed and delivered orders still owe after "
                                "payments and write-offs, by customer and by age (0–30, 31–60, 61–90 and over 90 "
                                "days from the order date). The dates pick orders by their order date.")),
    };
}

} // namespace guanxi::ui
