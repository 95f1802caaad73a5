// The Data Quality page's tables: the checks, the salespeople, the customers
// a check lists, and opening one of them in the customer form.
#include "reports/dataqualitypage.h"

#include "customers/customerdialog.h"
#include "customers/customerstore.h"
#include "customers/customerundo.h"
#include "widgets/messagebar.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

namespace guanxi::ui {

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QTableWidgetItem *number(const QString &text)
{
    return cell(text, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

qint64 DataQualityPage::shownOwner() const
{
    return m_scope->currentIndex() < 0 ? -1 : m_scope->currentData().toLongLong();
}

const QualityFigures &DataQualityPage::shownFigures() const
{
    const qint64 owner = shownOwner();
    for (const OwnerQuality &o : m_report.owners)
        if (o.ownerId == owner)
            return o.figures;
    return m_report.team;
}

QString DataQualityPage::currentCheck() const
{
    const int row = m_checks->currentRow();
    const QTableWidgetItem *item = row < 0 ? nullptr : m_checks->item(row, 1);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void DataQualityPage::fillChecks()
{
    const QualityFigures &f = shownFigures();
    const QString selected = currentCheck();
    const QLocale locale;
    m_score->setText(locale.toString(f.score, 'f', 1));
    m_score->setAccessibleName(tr("Data-quality score %1 out of 100").arg(m_score->text()));
    m_formula->setText(DataQuality::formula() + u'\n' + DataQuality::formulaWithValues(f));
    m_status->setText(tr("Out of 100. %n customer(s) checked on %1.", nullptr, int(std::min<qint64>(f.customers, INT_MAX)))
                          .arg(locale.toString(m_report.today, QLocale::ShortFormat)));
    m_checks->setRowCount(int(f.checks.size()));
    for (int r = 0; r < f.checks.size(); ++r) {
        const QualityCheckResult &c = f.checks.at(r);
        m_checks->setItem(r, 0, cell(DataQuality::dimensionName(c.dimension)));
        auto *title = cell(DataQuality::checkTitle(c.key));
        title->setData(Qt::UserRole, c.key);
        m_checks->setItem(r, 1, title);
        m_checks->setItem(r, 2, number(DataQuality::percent(c.pass())));
        auto *failing = number(locale.toString(c.failing));
        if (c.failing > 0)
            failing->setForeground(QColor(0xc6, 0x28, 0x28));
        m_checks->setItem(r, 3, failing);
        m_checks->setItem(r, 4, number(locale.toString(c.applicable)));
        const QString rule = DataQuality::checkRule(c.key, m_report.staleMonths);
        m_checks->setItem(r, 5, cell(rule));
        m_checks->item(r, 5)->setToolTip(rule);
        if (c.key == selected)
            m_checks->selectRow(r);
    }
    m_checks->resizeColumnsToContents();
    m_showRecords->setEnabled(!currentCheck().isEmpty());
}

void DataQualityPage::fillOwners()
{
    const QLocale locale;
    m_owners->setRowCount(int(m_report.owners.size()));
    for (int r = 0; r < m_report.owners.size(); ++r) {
        const OwnerQuality &o = m_report.owners.at(r);
        m_owners->setItem(r, 0, cell(o.ownerId ? o.ownerName : tr("Public pool (no salesperson)")));
        m_owners->setItem(r, 1, number(locale.toString(o.figures.customers)));
        m_owners->setItem(r, 2, number(locale.toString(o.figures.score, 'f', 1)));
        for (int d = 0; d < qualityDimensionCount; ++d)
            m_owners->setItem(r, 3 + d, number(DataQuality::percent(o.figures.dimensionPass[d])));
    }
    m_owners->resizeColumnsToContents();
}

void DataQualityPage::fillRecords(const Result<QList<QualityRecord>> &result)
{
    m_recordTable->setRowCount(0);
    if (!result) {
        m_recordsTitle->setText(result.error().message);
        return;
    }
    m_records = *result;
    qint64 failing = 0;
    for (const QualityCheckResult &c : shownFigures().checks)
        if (c.key == m_recordsCheck)
            failing = c.failing;
    const QString title = DataQuality::checkTitle(m_recordsCheck);
    const QLocale locale;
    if (m_records.isEmpty())
        m_recordsTitle->setText(tr("No customer fails “%1”.").arg(title));
    else if (m_records.size() < failing)
        m_recordsTitle->setText(tr("The first %1 of %2 customers failing “%3”, oldest first. Double-click one to "
                                   "edit it; Alt+Down in the form moves to the next.")
                                    .arg(locale.toString(m_records.size()), locale.toString(failing), title));
    else
        m_recordsTitle->setText(tr("%n customer(s) failing “%1”. Double-click one to edit it; Alt+Down in the form "
                                   "moves to the next.",
                                   nullptr, int(m_records.size()))
                                    .arg(title));
    m_recordTable->setRowCount(int(m_records.size()));
    for (int r = 0; r < m_records.size(); ++r) {
        const QualityRecord &q = m_records.at(r);
        m_recordTable->setItem(r, 0, number(QString::number(q.id)));
        m_recordTable->setItem(r, 1, cell(q.name));
        m_recordTable->setItem(r, 2, cell(q.ownerName));
        m_recordTable->setItem(r, 3, cell(q.detail));
    }
    m_recordTable->resizeColumnsToContents();
    emit recordsShown();
}

void DataQualityPage::openRecord(int row)
{
    if (row < 0 || row >= m_records.size())
        return;
    // As the form shows it: a pool customer masked (see PhoneMask).
    auto customer = CustomerStore(m_session).read(m_records.at(row).id);
    if (!customer) {
        m_messages->showMessage(customer.error().message, MessageBar::Kind::Error);
        return;
    }
    auto saver = [this](const Customer &before, const Customer &after) -> Result<qint64> {
        Status failed;
        m_undo.push(new EditCustomerCommand(m_session, before, after, &failed, [this](const Error &e) {
            m_messages->showMessage(e.message, MessageBar::Kind::Error);
        }));
        if (!failed)
            return failed.error();
        return after.id;
    };
    CustomerDialog dialog(m_session, saver, this);
    // Alt+Up/Down in the form walks the customers this check lists.
    dialog.setNavigator([this](qint64 id, int delta) -> qint64 {
        for (int r = 0; r < m_records.size(); ++r)
            if (m_records.at(r).id == id) {
                const int next = r + delta;
                if (next < 0 || next >= m_records.size())
                    return 0;
                m_recordTable->selectRow(next);
                return m_records.at(next).id;
            }
        return 0;
    });
    m_recordTable->selectRow(row);
    dialog.load(*customer);
    dialog.exec();
}

} // namespace guanxi::ui
