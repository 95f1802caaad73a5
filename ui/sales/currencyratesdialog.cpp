#include "sales/currencyratesdialog.h"

#include "platform/clock.h"
#include "platform/session.h"
#include "sales/currencyrateimport.h"
#include "widgets/messagebar.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}
} // namespace

CurrencyRatesDialog::CurrencyRatesDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("currencyRatesDialog"));
    setWindowTitle(tr("Currency Rates"));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    m_messages->hide();
    layout->addWidget(m_messages);

    auto *baseRow = new QHBoxLayout;
    auto *baseLabel = new QLabel(tr("&Base currency:"), this);
    m_base = new QLineEdit(this);
    m_base->setObjectName(QStringLiteral("baseCurrency"));
    m_base->setMaxLength(3);
    m_base->setToolTip(tr("Sums, the funnel and the reports show amounts in this currency."));
    baseLabel->setBuddy(m_base);
    auto *setBase = button(tr("&Use as base"), "setBase", this);
    baseRow->addWidget(baseLabel);
    baseRow->addWidget(m_base);
    baseRow->addWidget(setBase);
    baseRow->addStretch(1);
    layout->addLayout(baseRow);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("ratesTable"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missingRates"));
    m_missing->setWordWrap(true);
    layout->addWidget(m_missing);

    auto *group = new QGroupBox(tr("Rate"), this);
    auto *form = new QFormLayout(group);
    m_currency = new QLineEdit(group);
    m_currency->setObjectName(QStringLiteral("rateCurrency"));
    m_currency->setMaxLength(3);
    m_currency->setPlaceholderText(tr("e.g. USD"));
    m_rate = new QLineEdit(group);
    m_rate->setObjectName(QStringLiteral("rateValue"));
    m_rate->setPlaceholderText(tr("One unit in the base currency, e.g. 7.1234"));
    m_from = new QDateEdit(m_session.today(), group);
    m_from->setObjectName(QStringLiteral("rateFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Rate:"), m_rate);
    form->addRow(tr("&Valid from:"), m_from);
    auto *actions = new QHBoxLayout;
    auto *add = button(tr("&Add"), "addRate", group);
    m_save = button(tr("&Save changes"), "saveRate", group);
    m_remove = button(tr("Re&move"), "removeRate", group);
    auto *import = button(tr("&Import CSV…"), "importRates", group);
    for (QPushButton *b : {add, m_save, m_remove, import})
        actions->addWidget(b);
    form->addRow(actions);
    layout->addWidget(group);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(setBase, &QPushButton::clicked, this, &CurrencyRatesDialog::changeBase);
    connect(add, &QPushButton::clicked, this, &CurrencyRatesDialog::add);
    connect(m_save, &QPushButton::clicked, this, &CurrencyRatesDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &CurrencyRatesDialog::remove);
    connect(import, &QPushButton::clicked, this, &CurrencyRatesDialog::chooseFile);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CurrencyRatesDialog::showSelected);
    reload();
    resize(560, 520);
}

void CurrencyRatesDialog::reload()
{
    CurrencyRates rates(m_session);
    auto base = rates.baseCurrency();
    auto list = rates.list();
    auto missing = rates.missingRates();
    if (!base || !list || !missing) {
        m_messages->showMessage((!base ? base.error() : !list ? list.error() : missing.error()).message,
                                MessageBar::Kind::Error);
        return;
    }
    m_base->setText(*base);
    m_rates = *list;
    m_table->setHorizontalHeaderLabels({tr("Currency"), tr("Rate to %1").arg(*base), tr("Valid from")});
    m_table->setRowCount(int(m_rates.size()));
    for (int row = 0; row < m_rates.size(); ++row) {
        const CurrencyRate &r = m_rates.at(row);
        const QStringList cells{r.currency, CurrencyRates::rateText(r.rateMicros), toStoredDate(r.validFrom)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    QStringList lines;
    for (const MissingRate &m : *missing)
        lines << tr("%1: %n order(s) or deal(s) dated %2 to %3 without a rate, left out of sums.", nullptr,
                    int(m.records))
                     .arg(m.currency, toStoredDate(m.firstDate), toStoredDate(m.lastDate));
    m_missing->setText(lines.isEmpty() ? tr("Every order and deal has a rate for its day.") : lines.join(u'\n'));
    showSelected();
}

void CurrencyRatesDialog::showSelected()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < m_rates.size() && !m_table->selectedItems().isEmpty();
    m_save->setEnabled(selected);
    m_remove->setEnabled(selected);
    if (!selected)
        return;
    const CurrencyRate &r = m_rates.at(row);
    m_currency->setText(r.currency);
    m_rate->setText(CurrencyRates::rateText(r.rateMicros));
    m_from->setDate(r.validFrom);
}

std::optional<CurrencyRate> CurrencyRatesDialog::formRate()
{
    auto code = CurrencyRates::parseCode(m_currency->text());
    auto rate = CurrencyRates::parseRate(m_rate->text());
    if (!code || !rate) {
        m_messages->showMessage(!code ? code.error().message : rate.error().message, MessageBar::Kind::Error);
        (!code ? m_currency : m_rate)->setFocus();
        return std::nullopt;
    }
    return CurrencyRate{*code, *rate, m_from->date()};
}

void CurrencyRatesDialog::done(const Status &status, const QString &success)
{
    if (!status) {
        m_messages->showMessage(status.error().message, MessageBar::Kind::Error);
        return;
    }
    m_messages->showMessage(success, MessageBar::Kind::Information);
    reload();
    emit ratesChanged();
}

void CurrencyRatesDialog::add()
{
    if (const auto r = formRate())
        done(CurrencyRates(m_session).set(*r), tr("The rate of %1 from %2 is saved.").arg(r->currency, toStoredDate(r->validFrom)));
}

void CurrencyRatesDialog::save()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rates.size())
        return;
    if (const auto r = formRate())
        done(CurrencyRates(m_session).replace(m_rates.at(row), *r),
             tr("The rate of %1 from %2 is saved.").arg(r->currency, toStoredDate(r->validFrom)));
}

void CurrencyRatesDialog::remove()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rates.size())
        return;
    const CurrencyRate r = m_rates.at(row);
    done(CurrencyRates(m_session).remove(r.currency, r.validFrom),
         tr("The rate of %1 from %2 is removed.").arg(r.currency, toStoredDate(r.validFrom)));
}

void CurrencyRatesDialog::changeBase()
{
    const QString code = m_base->text().trimmed().toUpper();
    done(CurrencyRates(m_session).setBaseCurrency(code),
         tr("Amounts are now summed in %1. Rates to the old base currency are kept but not used; enter the rates to %1.")
             .arg(code));
}

bool CurrencyRatesDialog::importFile(const QString &path)
{
    auto n = CurrencyRateImport::importFile(m_session, path);
    if (!n) {
        m_messages->showMessage(n.error().message, MessageBar::Kind::Error);
        return false;
    }
    done({}, tr("%n rate(s) imported from %1.", nullptr, *n).arg(QDir::toNativeSeparators(path)));
    return true;
}

void CurrencyRatesDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Currency Rates"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

} // namespace guanxi::ui
