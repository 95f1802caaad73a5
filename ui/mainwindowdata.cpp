// MainWindow: data in and out — import, import history, duplicates, export,
// backups and restore.
#include "mainwindow.h"

#include "backgroundtask.h"
#include "backupencryption.h"
#include "customers/customerspage.h"
#include "customers/duplicatesdialog.h"
#include "exchange/importhistorydialog.h"
#include "exchange/importwizard.h"
#include "widgets/messagebar.h"
#include "widgets/passphrasedialog.h"
#include "settingsdialog.h"
#include "platform/auditstore.h"
#include "platform/db/backup.h"
#include "platform/db/database.h"
#include "exchange/customerexport.h"
#include "platform/session.h"
#include "customers/customerliststore.h"
#include "customers/duplicatestore.h"
#include "messagebox.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QStandardPaths>

namespace guanxi::ui {

namespace {
// The audit trail's line for a backup or restore of this file; an audit
// that cannot be written does not undo the backup, and the reason is returned.
QString auditFile(Session &session, AuditAction action, const QString &file, bool encrypted)
{
    AuditEvent e;
    e.action = action;
    e.entity = QStringLiteral("file");
    e.detail = {{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()}, {QStringLiteral("encrypted"), encrypted}};
    const Status s = AuditStore(session).record(e);
    return s ? QString() : s.error().message;
}

// For an encrypted backup, its passphrase, asked until it opens the file
// (each refusal said in the dialog); the file is checked with it meanwhile.
// For another one, the check alone. Nothing when cancelled or refused.
std::optional<std::optional<Passphrase>> unlockAndCheck(QWidget *parent, const QString &backup, QString *error)
{
    const QString title = MainWindow::tr("Restore from Backup");
    if (!BackupCrypto::isEncrypted(backup)) {
        const Status s = Backup::check(backup);
        if (!s)
            *error = s.error().message;
        return s ? std::optional<std::optional<Passphrase>>(std::optional<Passphrase>()) : std::nullopt;
    }
    QString problem;
    for (;;) {
        std::optional<Passphrase> passphrase = PassphraseDialog::ask(parent, title, backup, problem);
        if (!passphrase)
            return std::nullopt;
        Status s = Error{MainWindow::tr("The check of the backup did not run."), {}, {}};
        runInBackground(parent, MainWindow::tr("Checking the backup…"),
                        [&](TaskControl &) { s = Backup::check(backup, &*passphrase); });
        if (s)
            return passphrase;
        if (s.error().field != QStringLiteral("passphrase")) {
            *error = s.error().message;
            return std::nullopt;
        }
        problem = s.error().message;
    }
}
} // namespace

bool MainWindow::refuseReadOnly(const QString &what)
{
    if (!m_db || !m_session)
        return true;
    if (m_db->isReadOnly()) {
        showError(tr("This file is open read-only; %1 is not possible.").arg(what));
        return true;
    }
    return false;
}

void MainWindow::importCustomers()
{
    importFile(ImportTarget::Customers);
}

void MainWindow::importFile(ImportTarget target)
{
    if (refuseReadOnly(tr("importing")))
        return;
    ImportWizard wizard(*m_session, target, this);
    connect(&wizard, &ImportWizard::imported, this, [this] {
        emit m_session->lookupsChanged();
        emit m_session->customersChanged({});
        emit m_session->leadsChanged({});
        emit m_session->ordersChanged({});
    });
    wizard.exec();
    if (!wizard.report().written)
        return;
    if (wizard.target() == ImportWizard::Target::Orders) {
        m_notice->showMessage(tr("Imported %n order(s). Tools → Import History can revert it.", nullptr,
                                 int(wizard.report().created)),
                              MessageBar::Kind::Information);
        return;
    }
    if (wizard.target() == ImportWizard::Target::Leads) {
        m_notice->showMessage(tr("Imported %n lead(s). Tools → Import History can revert it.", nullptr, int(wizard.report().created)),
                              MessageBar::Kind::Information);
        return;
    }
    showCustomers();
    m_notice->showMessage(tr("Imported %1 new and %2 updated customers. Tools → Import History can revert it.")
                              .arg(wizard.report().created)
                              .arg(wizard.report().updated),
                          MessageBar::Kind::Information);
}

void MainWindow::showImportHistory()
{
    if (!m_session)
        return;
    ImportHistoryDialog dialog(*m_session, this);
    connect(&dialog, &ImportHistoryDialog::reverted, this, [this] {
        emit m_session->customersChanged({});
        emit m_session->leadsChanged({});
    });
    dialog.exec();
}

void MainWindow::findDuplicates()
{
    if (refuseReadOnly(tr("merging")))
        return;
    const WorkerSpec worker = m_session->worker();
    Result<QList<DuplicateGroup>> groups = Error{tr("The search for duplicates did not run."), {}, {}};
    const bool finished = runInBackground(this, tr("Looking for duplicate customers…"), [&](TaskControl &control) {
        auto opened = worker.open(true);
        if (!opened) {
            groups = opened.error();
            return;
        }
        Session &session = (*opened)->session();
        control.percent = 10;
        groups = DuplicateStore(session).find(&control.cancelled);
    });
    if (!finished)
        return;
    if (!groups) {
        showError(groups.error().message);
        return;
    }
    DuplicatesDialog dialog(*m_session, *groups, this);
    connect(&dialog, &DuplicatesDialog::merged, this, [this] { emit m_session->customersChanged({}); });
    dialog.exec();
}

void MainWindow::exportCustomers(bool currentView)
{
    if (!m_session)
        return;
    QList<qint64> ids;
    if (currentView && page<CustomersPage>()) {
        CustomerListStore list(*m_session);
        const CustomerListQuery query = page<CustomersPage>()->query();
        auto count = list.count(query);
        auto rows = count ? list.page(query, 0, int(*count)) : Result<QList<CustomerListRow>>(count.error());
        if (!rows) {
            showError(rows.error().message);
            return;
        }
        for (const CustomerListRow &r : *rows)
            ids << r.id;
        if (ids.isEmpty()) {
            showError(tr("No customers are in the current view; nothing to export."));
            return;
        }
    }
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV, UTF-8 for Excel (*.csv)");
    const QString vcf3 = tr("vCard 3.0 contacts (*.vcf)");
    const QString vcf4 = tr("vCard 4.0 contacts (*.vcf)");
    QString filter = xlsx;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
                              + tr("customers") + QStringLiteral(".xlsx");
    QString target = QFileDialog::getSaveFileName(this, currentView ? tr("Export Customers in View") : tr("Export All Customers"),
                                                  suggested, QStringList{xlsx, csv, vcf3, vcf4}.join(QStringLiteral(";;")),
                                                  &filter);
    if (target.isEmpty())
        return;
    ExportFormat format = filter == csv ? ExportFormat::Csv
                          : filter == vcf3 ? ExportFormat::VCard30
                          : filter == vcf4 ? ExportFormat::VCard40
                                           : ExportFormat::Xlsx;
    const QString suffix = format == ExportFormat::Csv ? QStringLiteral("csv")
                           : format == ExportFormat::Xlsx ? QStringLiteral("xlsx")
                                                          : QStringLiteral("vcf");
    if (QFileInfo(target).suffix().isEmpty())
        target += u'.' + suffix;
    const WorkerSpec worker = m_session->worker();
    Result<qint64> written = Error{tr("The export did not run."), {}, {}};
    runInBackground(this, tr("Exporting customers…"), [&](TaskControl &control) {
        auto opened = worker.open(true);
        if (!opened) {
            written = opened.error();
            return;
        }
        Session &session = (*opened)->session();
        written = CustomerExport::write(session, ids, target, format,
                                        [&](double f) { control.percent = int(f * 100); }, &control.cancelled);
    });
    if (!written) {
        showError(written.error().message);
        return;
    }
    m_notice->showMessage(tr("Exported %Ln customer(s) to “%1”.", nullptr, int(*written))
                              .arg(QDir::toNativeSeparators(target)),
                          MessageBar::Kind::Information);
}

void MainWindow::explainServerBackups()
{
    MessageBox::information(this, tr("Team Database"),
                            tr("A team database lives on its server and is backed up and restored there, with "
                               "PostgreSQL's pg_dump and pg_restore (see docs/TEAM.md). To keep a copy of it as a "
                               "Guanxi file, use guanxi-cli db copy."));
}

void MainWindow::backUpNow()
{
    if (!m_db)
        return;
    if (m_db->isServer()) {
        explainServerBackups();
        return;
    }
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
                              + QFileInfo(m_db->path()).completeBaseName() + u'-'
                              + QDate::currentDate().toString(QStringLiteral("yyyyMMdd")) + QStringLiteral(".guanxi");
    const QString target = QFileDialog::getSaveFileName(this, tr("Back Up Now"), suggested,
                                                        tr("Guanxi files (*.guanxi)"));
    if (target.isEmpty())
        return;
    const EncryptionChoice choice = PassphraseDialog::offer(this, tr("Back Up Now"), target);
    if (choice.cancelled)
        return;
    const WorkerSpec worker = m_session->worker();
    Status status = Error{tr("The backup did not run."), {}, {}};
    runInBackground(this, tr("Backing up…"), [&](TaskControl &control) {
        auto opened = worker.open(true);
        if (!opened) {
            status = opened.error();
            return;
        }
        status = Backup::write((*opened)->db(), target, [&](double f) { control.percent = int(f * 100); },
                               &control.cancelled, choice.secret());
    });
    if (!status) {
        showError(status.error().message);
        return;
    }
    if (const QString why = auditFile(*m_session, AuditAction::Backup, target, choice.secret()); !why.isEmpty()) {
        showError(tr("Backed up to “%1”, but the audit trail could not record it: %2")
                      .arg(QDir::toNativeSeparators(target), why));
        return;
    }
    m_notice->showMessage(choice.secret()
                              ? tr("Backed up to “%1”, checked and encrypted. Only you can read the file, and only "
                                   "with the passphrase.")
                                    .arg(QDir::toNativeSeparators(target))
                              : tr("Backed up to “%1” and checked. Only you can read the file.")
                                    .arg(QDir::toNativeSeparators(target)),
                          MessageBar::Kind::Information);
}

void MainWindow::restoreBackup()
{
    // Allowed on a file open read-only: restoring is how a damaged file is mended.
    if (!m_db)
        return;
    if (m_db->isServer()) {
        explainServerBackups();
        return;
    }
    const QString backup = QFileDialog::getOpenFileName(
        this, tr("Restore from Backup"), automaticBackupFolder(), tr("Guanxi files (*.guanxi *.db);;All files (*)"));
    if (backup.isEmpty())
        return;
    QString refused;
    const std::optional<std::optional<Passphrase>> unlocked = unlockAndCheck(this, backup, &refused);
    if (!unlocked) {
        if (!refused.isEmpty())
            showError(refused);
        return;
    }
    const Passphrase *passphrase = *unlocked ? &**unlocked : nullptr;
    const QString path = m_db->path();
    if (MessageBox::question(this, tr("Restore from Backup"),
                             tr("Replace everything in “%1” with the backup “%2”?\n\nThe current file is kept next to "
                                "it (its name ends in .before-restore-…), so nothing is lost.")
                                 .arg(QFileInfo(path).fileName(), QFileInfo(backup).fileName()))
        != QMessageBox::Yes)
        return;
    m_reclaimJob.wait();
    m_backupJob.wait();
    clearPages();
    m_session.reset();
    m_db.reset();
    Result<QString> aside = Error{tr("The restore did not run."), {}, {}};
    runInBackground(this, tr("Restoring…"), [&](TaskControl &) {
        aside = Backup::restore(backup, path, QDateTime::currentDateTimeUtc(), passphrase);
    });
    if (Status s = openDatabase(path, false); !s) {
        if (aside)
            showError(tr("The backup was restored but cannot be opened: %1 The previous file is kept as “%2”.")
                          .arg(s.error().message, QDir::toNativeSeparators(*aside)));
        return;
    }
    if (!aside) {
        showError(aside.error().message);
        return;
    }
    if (const QString why = auditFile(*m_session, AuditAction::Restore, backup, passphrase); !why.isEmpty()) {
        showError(tr("Restored “%1”, but the audit trail could not record it: %2").arg(QFileInfo(backup).fileName(), why));
        return;
    }
    m_notice->showMessage(tr("Restored “%1”. The file as it was before is kept as “%2”.")
                              .arg(QFileInfo(backup).fileName(), QDir::toNativeSeparators(*aside)),
                          MessageBar::Kind::Information);
}

QString MainWindow::automaticBackupFolder() const
{
    // One folder per database, so two files' backups never rotate each other away.
    const QString base = m_db ? QFileInfo(m_db->path()).completeBaseName() : QString();
    return SettingsDialog::backupFolderSetting() + u'/' + base;
}

void MainWindow::automaticBackupInBackground()
{
    // A team database is backed up on its server (docs/TEAM.md).
    if (!m_db || m_db->isServer() || !SettingsDialog::automaticBackupSetting())
        return;
    const QString folder = automaticBackupFolder();
    if (!Backup::isDue(folder, QDateTime::currentDateTimeUtc()))
        return;
    if (m_backupJob.isRunning())
        return;
    std::optional<Passphrase> passphrase;
    if (BackupEncryption::automaticSetting()) {
        bool declined = false;
        passphrase = BackupEncryption::forAutomaticBackups(this, &declined);
        if (declined)
            m_notice->showMessage(tr("No daily backup until Guanxi is started again: they are to be encrypted and no "
                                     "passphrase was given. Settings can turn encryption off."),
                                  MessageBar::Kind::Warning);
        if (!passphrase)
            return;
    }
    const WorkerSpec worker = m_session->worker();
    const int keep = SettingsDialog::backupKeepSetting();
    QPointer<MainWindow> window(this);
    m_backupJob.start([window, worker, folder, keep, passphrase] {
        QString warning;
        auto opened = worker.open(true);
        const Passphrase *secret = passphrase ? &*passphrase : nullptr;
        if (!opened)
            warning = tr("The daily backup failed: %1 Change the folder in Settings.").arg(opened.error().message);
        else if (auto written = Backup::rotate((*opened)->db(), folder, keep, QDateTime::currentDateTimeUtc(), secret);
                 !written)
            warning = tr("The daily backup failed: %1 Change the folder in Settings.").arg(written.error().message);
        else if (const QString why = auditFile((*opened)->session(), AuditAction::Backup, *written, secret);
                 !why.isEmpty())
            warning = tr("The daily backup was written, but the audit trail could not record it: %1").arg(why);
        if (warning.isEmpty())
            return;
        QMetaObject::invokeMethod(qApp, [window, warning] {
            if (window)
                window->m_notice->showMessage(warning, MessageBar::Kind::Warning);
        });
    });
}

} // namespace guanxi::ui
