#include "sales/productsdialog.h"

#include "reportrender/formatting.h"
#include "widgets/messagebar.h"
#include "sales/orderstore.h"
#include "text/money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi::ui {

ProductsDialog::ProductsDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("productsDialog"));
    setWindowTitle(tr("Products"));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("SKU"), tr("Name"), tr("Category"), tr("Unit price")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    auto *group = new QGroupBox(tr("New product"), this);
    auto *form = new QFormLayout(group);
    m_sku = new QLineEdit(group);
    m_name = new QLineEdit(group);
    m_category = new QLineEdit(group);
    m_price = new QLineEdit(group);
    m_price->setPlaceholderText(tr("In yuan, e.g. 1,980.00"));
    form->addRow(tr("&SKU:"), m_sku);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Unit price:"), m_price);
    auto *add = new QPushButton(tr("&Add product"), group);
    form->addRow(QString(), add);
    layout->addWidget(group);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ProductsDialog::add);
    reload();
    resize(520, 460);
}

void ProductsDialog::reload()
{
    auto products = OrderStore(m_session).products();
    m_table->setRowCount(0);
    if (!products)
        return;
    m_table->setRowCount(int(products->size()));
    for (int i = 0; i < products->size(); ++i) {
        const Product &p = products->at(i);
        const QStringList cells = {p.sku, p.name, p.category, formatMoney(p.unitPriceMinor, p.currency)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

void ProductsDialog::add()
{
    auto price = Money::parse(m_price->text());
    if (!price) {
        m_messages->showMessage(price.error().message, MessageBar::Kind::Error);
        return;
    }
    Product p;
    p.sku = m_sku->text();
    p.name = m_name->text();
    p.category = m_category->text();
    p.unitPriceMinor = *price;
    if (auto id = OrderStore(m_session).addProduct(p); !id) {
        m_messages->showMessage(id.error().message, MessageBar::Kind::Error);
        return;
    }
    m_messages->hide();
    for (QLineEdit *e : {m_sku, m_name, m_price})
        e->clear();
    reload();
}

} // namespace guanxi::ui
