#include "settingsdialog.h"

#include "autostart.h"
#include "backupencryption.h"

#include "platform/db/database.h"
#include "platform/phoneregionsetting.h"
#include "platform/session.h"
#include "team/idlelock.h"
#include "team/login.h"
#include "team/userstore.h"
#include "text/phone.h"
#include "text/pinyin.h"
#include "messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QDir>
#include <QFileDialog>
#include <QSpinBox>

namespace guanxi::ui {

namespace {
QString userKey(const QString &databasePath)
{
    // One current user per file: a hash keeps the key short and valid.
    return QStringLiteral("currentUser/")
           + QString::fromLatin1(QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}
} // namespace

QString SettingsDialog::languageSetting()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

QString SettingsDialog::phoneRegionSetting()
{
    return guanxi::phoneRegionSetting();
}

qint64 SettingsDialog::currentUserSetting(const QString &databasePath)
{
    return QSettings().value(userKey(databasePath)).toLongLong();
}

void SettingsDialog::setCurrentUserSetting(const QString &databasePath, qint64 userId)
{
    QSettings().setValue(userKey(databasePath), userId);
}

bool SettingsDialog::automaticBackupSetting()
{
    return QSettings().value(QStringLiteral("backup/automatic"), true).toBool();
}

QString SettingsDialog::backupFolderSetting()
{
    const QString folder = QSettings().value(QStringLiteral("backup/folder")).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups")
                            : folder;
}

int SettingsDialog::backupKeepSetting()
{
    return std::clamp(QSettings().value(QStringLiteral("backup/keep"), 7).toInt(), 1, 365);
}

SettingsDialog::SettingsDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(languageSetting())));
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language shows after Guanxi restarts."), this);
    languageNote->setEnabled(false);
    form->addRow(QString(), languageNote);

    // A file that asks who is working switches with File > Switch User and
    // adds people in Tools > Team Members; the choice here is for a file
    // without login only.
    const bool loginRequired = Login(session).required().value_or(false);
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userCombo"));
    if (auto users = UserStore(session).list(); users && !loginRequired)
        for (const User &u : *users)
            m_user->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, Roles::label(u.role)), u.id);
    m_user->setCurrentIndex(qMax(0, m_user->findData(session.userId())));
    auto *userRow = new QHBoxLayout;
    userRow->addWidget(m_user, 1);
    auto *addUser = new QPushButton(tr("Add team member…"), this);
    addUser->setObjectName(QStringLiteral("addUserButton"));
    userRow->addWidget(addUser);
    // A row holding a layout gets a plain label from QFormLayout, which shows
    // "&" literally: give it a label whose mnemonic has a buddy.
    auto *userLabel = new QLabel(tr("&I am:"), this);
    userLabel->setObjectName(QStringLiteral("userLabel"));
    userLabel->setBuddy(m_user);
    form->addRow(userLabel, userRow);
    connect(addUser, &QPushButton::clicked, this, &SettingsDialog::addTeamMember);
    auto *userNote = new QLabel(tr("New records are owned by and stamped with this team member."), this);
    userNote->setEnabled(false);
    userNote->setWordWrap(true);
    form->addRow(QString(), userNote);
    for (QWidget *w : {static_cast<QWidget *>(m_user), static_cast<QWidget *>(addUser), static_cast<QWidget *>(userLabel),
                       static_cast<QWidget *>(userNote)})
        w->setVisible(!loginRequired);
    addLockRow(form, loginRequired);

    addRegionRow(form);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->hide();
    form->addRow(QString(), m_error);

    m_autostart = new QCheckBox(tr("Start Guanxi when I log in, in the tray, to remind me of follow-ups"), this);
    m_autostart->setObjectName(QStringLiteral("autostartCheck"));
    m_autostart->setChecked(Autostart::isEnabled());
    form->addRow(tr("Reminders:"), m_autostart);

    m_backup = new QCheckBox(tr("Back up this file every day, keeping the newest"), this);
    m_backup->setObjectName(QStringLiteral("automaticBackupCheck"));
    m_backup->setChecked(automaticBackupSetting());
    m_backupKeep = new QSpinBox(this);
    m_backupKeep->setObjectName(QStringLiteral("backupKeepSpin"));
    m_backupKeep->setRange(1, 365);
    m_backupKeep->setValue(backupKeepSetting());
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backup);
    backupRow->addWidget(m_backupKeep);
    backupRow->addStretch();
    form->addRow(tr("Backups:"), backupRow);
    m_backupFolder = new QLineEdit(backupFolderSetting(), this);
    m_backupFolder->setObjectName(QStringLiteral("backupFolderEdit"));
    auto *browseFolder = new QPushButton(tr("Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browseFolder);
    auto *folderLabel = new QLabel(tr("Backup &folder:"), this);
    folderLabel->setObjectName(QStringLiteral("backupFolderLabel"));
    folderLabel->setBuddy(m_backupFolder);
    form->addRow(folderLabel, folderRow);
    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), m_backupFolder->text());
        if (!dir.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(dir));
    });
    // Encrypted automatic backups (BackupEncryption), saved when the dialog is accepted.
    auto *encryptBackups = new QCheckBox(tr("Encrypt the daily backups with a passphrase (asked once each time "
                                            "Guanxi starts, kept in memory only)"),
                                         this);
    encryptBackups->setObjectName(QStringLiteral("encryptBackupsCheck"));
    encryptBackups->setChecked(BackupEncryption::automaticSetting());
    form->addRow(QString(), encryptBackups);
    connect(this, &QDialog::accepted, encryptBackups,
            [encryptBackups] { BackupEncryption::setAutomaticSetting(encryptBackups->isChecked()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

// Every region libphonenumber knows, by name in the user's language.
void SettingsDialog::addRegionRow(QFormLayout *form)
{
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("phoneRegionCombo"));
    for (const QString &code : PhoneNumber::regionsByName())
        m_region->addItem(tr("%1 (+%2)").arg(PhoneNumber::regionName(code)).arg(PhoneNumber::countryCode(code)), code);
    m_region->setCurrentIndex(qMax(0, m_region->findData(phoneRegionSetting())));
    form->addRow(tr("&Region for phone numbers without +:"), m_region);
    auto *note = new QLabel(tr("A number written with + or 00 takes its country from there. A number that does "
                               "not fit the region is kept as written and marked “not verified”."),
                            this);
    note->setEnabled(false);
    note->setWordWrap(true);
    form->addRow(QString(), note);
}

void SettingsDialog::addLockRow(QFormLayout *form, bool loginRequired)
{
    m_lockMinutes = new QSpinBox(this);
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutesSpin"));
    m_lockMinutes->setRange(0, 24 * 60);
    m_lockMinutes->setSpecialValueText(tr("Never"));
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setValue(IdleLock::minutesSetting());
    auto *label = new QLabel(tr("Loc&k after minutes without input:"), this);
    label->setBuddy(m_lockMinutes);
    form->addRow(label, m_lockMinutes);
    auto *note = new QLabel(loginRequired ? tr("Locked, the window hides the data until the password is typed again.")
                                          : tr("Applies once this file asks who is working (more than one team member, "
                                               "or a password)."),
                            this);
    note->setEnabled(false);
    note->setWordWrap(true);
    form->addRow(QString(), note);
}

void SettingsDialog::addTeamMember()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add team member"), tr("Display name (e.g. 王芳):"),
                                               QLineEdit::Normal, QString(), &ok).simplified();
    if (!ok || name.isEmpty())
        return;
    User u;
    u.displayName = name;
    QString login = Pinyin::full(name);
    if (login.isEmpty())
        login = QStringLiteral("user");
    // A login is unique: add a number when the pinyin is taken (two 王芳).
    UserStore users(m_session);
    for (int n = 2; users.byLogin(login); ++n)
        login = Pinyin::full(name) + QString::number(n);
    u.login = login;
    u.role = Role::Sales;
    auto id = users.create(u);
    if (!id) {
        MessageBox::warning(this, tr("Add team member"), id.error().message);
        return;
    }
    m_user->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, Roles::label(u.role)), *id);
}

void SettingsDialog::accept()
{
    QSettings settings;
    const QString region = m_region->currentData().toString();
    const bool languageChanged = languageSetting() != m_language->currentData().toString();
    settings.setValue(QStringLiteral("language"), m_language->currentData().toString());
    setPhoneRegionSetting(region);
    settings.remove(QStringLiteral("defaultCountryCode"));
    m_session.setDefaultRegion(region);
    IdleLock::setMinutesSetting(m_lockMinutes->value());
    if (m_user->isVisibleTo(this) && m_user->currentIndex() >= 0) {
        m_session.setUserId(m_user->currentData().toLongLong());
        setCurrentUserSetting(m_session.db().path(), m_session.userId());
    }
    if (m_autostart->isChecked() != Autostart::isEnabled()) {
        const QString problem = Autostart::setEnabled(m_autostart->isChecked());
        if (!problem.isEmpty()) {
            m_error->setText(problem);
            m_error->show();
            return;
        }
    }
    settings.setValue(QStringLiteral("backup/automatic"), m_backup->isChecked());
    settings.setValue(QStringLiteral("backup/folder"), QDir::fromNativeSeparators(m_backupFolder->text().trimmed()));
    settings.setValue(QStringLiteral("backup/keep"), m_backupKeep->value());
    if (languageChanged)
        emit this->languageChanged();
    QDialog::accept();
}

} // namespace guanxi::ui
