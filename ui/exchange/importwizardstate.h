#pragma once

#include "exchange/customerimport.h"
#include "exchange/importreport.h"
#include "exchange/importsource.h"
#include "sales/order.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QLabel;
class QTableWidget;
class QWidget;

namespace guanxi::ui {

enum class ImportTarget { Customers, Leads, Orders };

// What the import wizard's pages share. The wizard owns it and hands it to
// every page; each page writes its own part and reads the earlier ones.
struct ImportWizardState {
    ImportTarget target = ImportTarget::Customers;   // the source page's choice
    std::unique_ptr<ImportSource> source;            // the file as read; null until it reads
    QByteArray encoding;                             // the user's choice; empty = detected
    int sheet = 0;
    QStringList mapping;             // the field for each column (the mapping page)
    CustomerImportOptions options;   // set as the options page is left; the mapping is added at run
    bool createCustomers = false;    // orders: unknown customers are added (the options page)
    std::optional<OrderStatus> defaultStatus;   // orders: the status of rows that give none (the options page)
    ImportReport report;             // the last run's

    bool leads() const { return target == ImportTarget::Leads; }
    bool orders() const { return target == ImportTarget::Orders; }
    QString entity() const;   // "customer", "lead" or "order", for saved mappings
};

// Widgets that several pages build alike.
QLabel *importErrorLabel(QWidget *parent, const QString &name);   // hidden until it has something to say
// A listTable whose cells are selected one by one.
QTableWidget *importTable(QWidget *parent, const QString &name, const QStringList &headers);
void setImportRow(QTableWidget *table, int row, const QStringList &cells);

} // namespace guanxi::ui
