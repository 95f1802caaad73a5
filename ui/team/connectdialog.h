#pragma once

#include "platform/db/serveraddress.h"
#include "platform/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace guanxi::ui {

// File › Connect to Team Database: where the team's database is on a
// PostgreSQL server (server, port, database, user, password, encryption).
// Connect hands the address to `connector` (the window opens it); a refusal
// is said under the fields, with the field it names focused, and the dialog
// stays open. The fields but the password are remembered for next time.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    using Connector = std::function<Status(const ServerAddress &)>;

    explicit ConnectDialog(Connector connector, QWidget *parent = nullptr);

    // Fills the fields from an address (a recent entry); the password box
    // takes the address's password, usually none.
    void setAddress(const ServerAddress &address);
    // What the fields name, the password included; an error for a field
    // that cannot be left as it is (no database name).
    Result<ServerAddress> address() const;
    void accept() override;

    // The fields of the last connection tried here (never a password): what
    // the dialog shows when it opens.
    static ServerAddress lastAddress();

private:
    void showError(const Error &error);
    static void remember(const ServerAddress &address);

    Connector m_connector;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_encryption;
    QLabel *m_message;
    QPushButton *m_connect;
    // Settings of the address the dialog has no field for (sslrootcert, …): kept as they were.
    QList<std::pair<QString, QString>> m_otherOptions;
};

} // namespace guanxi::ui
