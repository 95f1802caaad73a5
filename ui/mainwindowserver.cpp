// MainWindow: a team database on a PostgreSQL server: File › Connect to
// Team Database, and opening one from File › Open Recent.
#include "mainwindow.h"

#include "platform/db/serveraddress.h"
#include "team/connectdialog.h"
#include "widgets/messagebar.h"

#include <QLineEdit>

namespace guanxi::ui {

Status MainWindow::openServer(const ServerAddress &address)
{
    // The recent list keeps the address without its password (addRecent).
    m_serverUrl = address.toUrl(false);
    const Status opened = openDatabase(address.toUrl(true), false);
    if (!opened)
        m_notice->hide(); // the dialog says why, next to the fields
    return opened;
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog([this](const ServerAddress &address) { return openServer(address); }, this);
    dialog.exec();
}

void MainWindow::askServerPassword(const ServerAddress &address)
{
    ConnectDialog dialog([this](const ServerAddress &a) { return openServer(a); }, this);
    dialog.setAddress(address);
    dialog.findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setFocus();
    dialog.exec();
}

void MainWindow::openRecentServer(const QString &url)
{
    auto parsed = ServerAddress::parse(url);
    if (!parsed) {
        showError(parsed.error().message);
        return;
    }
    ServerAddress address = std::move(parsed).value();
    // Without a password first: PGPASSWORD or ~/.pgpass may give one.
    address.password.clear();
    m_serverUrl = address.toUrl(false);
    const Status opened = openDatabase(address.toUrl(false), false);
    if (opened || opened.error().field != QStringLiteral("password"))
        return; // open, or the message bar says why
    m_notice->hide(); // the dialog asks for what is missing
    askServerPassword(address);
}

} // namespace guanxi::ui
