// MainWindow: choosing the file to open: File › New Database, Open
// Database and Open Recent (files, and team databases on a server).
#include "mainwindow.h"

#include "platform/db/database.h"
#include "platform/db/serveraddress.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace guanxi::ui {

namespace {
const char *const fileFilter = QT_TRANSLATE_NOOP("MainWindow", "Guanxi databases (*.guanxi *.db *.sqlite);;All files (*)");
} // namespace

QString MainWindow::databaseFileFilter()
{
    return tr(fileFilter);
}

void MainWindow::addRecent(const QString &path)
{
    QString entry = path;
    if (m_db && m_db->isServer() && path == m_db->path()) {
        // A server database's path() is only its name for people: the list
        // keeps the address it was opened with, never its password. One
        // opened without the window knowing the address (the command line)
        // is not listed.
        const auto known = ServerAddress::parse(m_serverUrl);
        if (m_serverUrl.isEmpty() || !known || known->display() != path)
            return;
        entry = known->toUrl(false);
    }
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        if (Database::isServerAddress(path)) {
            const auto address = ServerAddress::parse(path);
            if (!address)
                continue;
            QAction *a = m_recentMenu->addAction(tr("Team: %1").arg(address->display()));
            a->setToolTip(address->toUrl(false));
            connect(a, &QAction::triggered, this, [this, path] { openRecentServer(path); });
            continue;
        }
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { (void)openDatabase(path, false); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"),
                                                      QDir::homePath() + QStringLiteral("/customers.guanxi"),
                                                      databaseFileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("“%1” exists already. To use it, choose File > Open Database.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    (void)openDatabase(path, true); // the window shows any error
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"),
                                                      m_db && !m_db->isServer() ? QFileInfo(m_db->path()).absolutePath()
                                                                                : QDir::homePath(),
                                                      databaseFileFilter());
    if (!path.isEmpty())
        (void)openDatabase(path, false); // the window shows any error
}

} // namespace guanxi::ui
