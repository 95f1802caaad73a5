#include "exchange/importhistorydialog.h"

#include "backgroundtask.h"
#include "platform/db/database.h"
#include "exchange/importrevert.h"
#include "platform/session.h"
#include "exchange/importstore.h"
#include "messagebox.h"
#include "platform/clock.h"
#include "widgets/listtable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi::ui {

ImportHistoryDialog::ImportHistoryDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import History"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Reverting an import moves the customers it created to the trash and gives the ones it "
                                "updated their earlier values back. Imported leads not converted since are "
                                "disqualified; imported orders are cancelled."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = listTable(this, QStringLiteral("importHistoryTable"),
                        {tr("When"), tr("Of"), tr("File"), tr("By"), tr("Rows"), tr("Created"), tr("Updated"),
                         tr("Skipped"), tr("Rejected"), tr("Reverted")});
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_revert = buttons->addButton(tr("&Revert Import…"), QDialogButtonBox::ActionRole);
    m_revert->setObjectName(QStringLiteral("revertImportButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_revert, &QPushButton::clicked, this, &ImportHistoryDialog::revertSelected);
    resize(860, 420);
    reload();
}

void ImportHistoryDialog::reload()
{
    auto list = ImportStore(m_session).batches();
    m_table->setRowCount(0);
    if (!list) {
        MessageBox::warning(this, windowTitle(), list.error().message);
        return;
    }
    const QLocale locale;
    m_table->setRowCount(int(list->size()));
    for (int r = 0; r < list->size(); ++r) {
        const ImportBatch &b = list->at(r);
        const QString of = b.entity == u"lead" ? tr("Leads") : b.entity == u"order" ? tr("Orders") : tr("Customers");
        const QStringList cells = {locale.toString(b.importedAt.toLocalTime(), QLocale::ShortFormat),
                                   of,
                                   b.fileName,
                                   b.userName,
                                   locale.toString(b.rowsRead),
                                   locale.toString(b.created),
                                   locale.toString(b.updated),
                                   locale.toString(b.skipped),
                                   locale.toString(b.rejected),
                                   b.revertedAt.isValid() ? locale.toString(b.revertedAt.toLocalTime(), QLocale::ShortFormat)
                                                          : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, b.id);
            item->setData(Qt::UserRole + 1, b.entity);
            if (c >= 4 && c <= 8)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (list->isEmpty())
        m_revert->setEnabled(false);
    else
        m_table->selectRow(0);
}

void ImportHistoryDialog::revertSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    if (m_session.db().isReadOnly()) {
        // The revert writes on its own connection; a file open read-only
        // (damaged, locked, a damaged log) must not be written that way either.
        MessageBox::warning(this, tr("Revert Import"),
                            tr("This file is open read-only, so the import cannot be reverted: %1")
                                .arg(m_session.db().readOnlyReason()));
        return;
    }
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString file = m_table->item(row, 2)->text();
    const QString entity = m_table->item(row, 0)->data(Qt::UserRole + 1).toString();
    if (MessageBox::question(this, tr("Revert Import"), question(entity, file)) != QMessageBox::Yes)
        return;
    // A big import has a record per row: revert it off the UI thread, on the
    // worker's own connection.
    const WorkerSpec worker = m_session.worker();
    Result<ImportRevertReport> report = Error{tr("The revert did not run."), {}, {}};
    runInBackground(this, tr("Reverting the import…"), [&](TaskControl &) {
        auto opened = worker.open(false);
        if (!opened) {
            report = opened.error();
            return;
        }
        report = ImportRevert::run((*opened)->session(), id);
    });
    if (!report) {
        MessageBox::warning(this, tr("Revert Import"), report.error().message);
        return;
    }
    MessageBox::information(this, tr("Revert Import"), outcome(entity, *report));
    emit reverted();
    reload();
}

QString ImportHistoryDialog::question(const QString &entity, const QString &file) const
{
    if (entity == u"order")
        return tr("Revert the import of “%1”? The orders it added are cancelled; those with money received or "
                  "written off since are kept. Customers it added stay.")
            .arg(file);
    if (entity == u"lead")
        return tr("Revert the import of “%1”? The leads it added that were not converted since are disqualified.")
            .arg(file);
    return tr("Revert the import of “%1”? Customers it created go to the trash; customers it "
              "updated get back the values they had before, replacing any later edits.")
        .arg(file);
}

QString ImportHistoryDialog::outcome(const QString &entity, const ImportRevertReport &report) const
{
    if (entity == u"order")
        return tr("Reverted. Orders cancelled: %1. Orders kept because money was received or written off since: %2.")
            .arg(report.trashed)
            .arg(report.keptPaid);
    if (entity == u"lead")
        return tr("Reverted. Leads disqualified: %1.").arg(report.trashed);
    QString done = tr("Reverted. Created customers moved to the trash: %1. Updated customers restored: %2.")
                       .arg(report.trashed)
                       .arg(report.restored);
    if (report.keptMerged)
        done += u' ' + tr("%n created customer(s) were kept because other customers were merged into them.", nullptr,
                          int(report.keptMerged));
    return done;
}

} // namespace guanxi::ui
