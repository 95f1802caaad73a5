#include "team/connectdialog.h"

#include "platform/systemaccount.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
constexpr int defaultPort = 5432;
QString sslmodeKey()
{
    return QStringLiteral("sslmode");
}

QString settingKey(const char *name)
{
    return QStringLiteral("teamDatabase/") + QLatin1String(name);
}
} // namespace

ConnectDialog::ConnectDialog(Connector connector, QWidget *parent) : QDialog(parent), m_connector(std::move(connector))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Team Database"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Your administrator set this up with guanxi-cli server init; see docs/TEAM.md."), this);
    hint->setObjectName(QStringLiteral("connectHint"));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    layout->addWidget(hint);

    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("This computer"));
    m_host->setToolTip(tr("The server's name or address, e.g. office-pc or 192.168.1.20. Leave it empty when the "
                          "server runs on this computer."));
    form->addRow(tr("&Server:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort);
    m_port->setToolTip(tr("The server's port: %1 unless the administrator says otherwise.").arg(defaultPort));
    form->addRow(tr("P&ort:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setPlaceholderText(tr("Your login on the server"));
    form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_encryption = new QComboBox(this);
    m_encryption->setObjectName(QStringLiteral("serverEncryption"));
    m_encryption->addItem(tr("Prefer (default)"), QStringLiteral("prefer"));
    m_encryption->setItemData(0, tr("Encrypted when the server offers it"), Qt::ToolTipRole);
    m_encryption->addItem(tr("Require"), QStringLiteral("require"));
    m_encryption->setItemData(1, tr("Only an encrypted connection; refused if the server offers none"), Qt::ToolTipRole);
    m_encryption->addItem(tr("Off"), QStringLiteral("disable"));
    m_encryption->setItemData(2, tr("Never encrypted: only on a network you trust"), Qt::ToolTipRole);
    form->addRow(tr("&Encryption:"), m_encryption);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setText(tr("&Connect"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    // Wrapped texts take the height they need, the message too when it shows.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    // The hint on one line where it fits (in either language), wrapped where it does not.
    const int chars = fontMetrics().averageCharWidth();
    hint->setMinimumWidth(qBound(chars * 56, hint->fontMetrics().horizontalAdvance(hint->text()) + 4, chars * 90));
    setAddress(lastAddress());
    if (m_database->text().isEmpty())
        m_database->setFocus();
    else if (m_host->text().isEmpty())
        m_host->setFocus();
    else
        m_password->setFocus();
}

void ConnectDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port ? address.port : defaultPort);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_password->setText(address.password);
    m_otherOptions.clear();
    QString sslmode = QStringLiteral("prefer");
    for (const auto &[key, value] : address.options) {
        if (key == sslmodeKey())
            sslmode = value;
        else
            m_otherOptions.append({key, value});
    }
    // A mode the dialog does not offer (verify-full, from a typed address) stays as it is.
    if (m_encryption->findData(sslmode) < 0)
        m_encryption->addItem(sslmode, sslmode);
    m_encryption->setCurrentIndex(m_encryption->findData(sslmode));
}

Result<ServerAddress> ConnectDialog::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value() == defaultPort ? 0 : m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.password = m_password->text();
    a.options = m_otherOptions;
    a.options.append({sslmodeKey(), m_encryption->currentData().toString()});
    if (a.database.isEmpty())
        return Error{tr("Type the name of the team database (usually guanxi). Your administrator can tell you."), {},
                     QStringLiteral("database"), ErrorKind::Invalid};
    return a;
}

void ConnectDialog::accept()
{
    const auto a = address();
    if (!a) {
        showError(a.error());
        return;
    }
    remember(*a);
    // Reaching the server may take a few seconds: say so while it does.
    m_message->setStyleSheet(QString());
    m_message->setToolTip(QString());
    m_message->setText(tr("Connecting to %1…").arg(a->display()));
    m_message->show();
    m_connect->setEnabled(false);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    const Status connected = m_connector(*a);
    m_connect->setEnabled(true);
    if (!connected) {
        showError(connected.error());
        return;
    }
    m_password->clear();
    m_message->hide();
    QDialog::accept();
}

void ConnectDialog::showError(const Error &error)
{
    m_message->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_message->setText(error.message);
    m_message->setToolTip(error.detail); // the server's own words, for the administrator
    m_message->show();
    adjustSize();
    QWidget *field = nullptr;
    if (error.field == u"password")
        field = m_password;
    else if (error.field == u"host")
        field = m_host;
    else if (error.field == u"database")
        field = m_database;
    else if (error.field == u"user")
        field = m_user;
    if (!field)
        return;
    field->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

ServerAddress ConnectDialog::lastAddress()
{
    const QSettings settings;
    ServerAddress a;
    a.host = settings.value(settingKey("host")).toString();
    a.port = settings.value(settingKey("port"), 0).toInt();
    a.database = settings.value(settingKey("database"), QStringLiteral("guanxi")).toString();
    a.user = settings.value(settingKey("user"), SystemAccount::current().login).toString();
    a.options.append({sslmodeKey(), settings.value(settingKey("sslmode"), QStringLiteral("prefer")).toString()});
    return a;
}

void ConnectDialog::remember(const ServerAddress &address)
{
    // Never the password: it would sit in a plain settings file.
    QSettings settings;
    settings.setValue(settingKey("host"), address.host);
    settings.setValue(settingKey("port"), address.port);
    settings.setValue(settingKey("database"), address.database);
    settings.setValue(settingKey("user"), address.user);
    settings.setValue(settingKey("sslmode"), address.option(sslmodeKey()));
}

} // namespace guanxi::ui
