#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// Language, who you are on this file, and the default country code for
// phone numbers typed without one. Stored with QSettings.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(Session &session, QWidget *parent = nullptr);
    void accept() override;

    static QString languageSetting();           // "", "en" or "zh_CN"
    static QString countryCodeSetting();        // digits, default "86"
    static qint64 currentUserSetting(const QString &databasePath);
    static void setCurrentUserSetting(const QString &databasePath, qint64 userId);
    // Daily backups of the open file into a folder, keeping the newest N.
    static bool automaticBackupSetting();       // default on
    static QString backupFolderSetting();       // default: "backups" in the data folder
    static int backupKeepSetting();             // default 7

signals:
    void languageChanged();

private:
    void addTeamMember();

    Session &m_session;
    QComboBox *m_language;
    QComboBox *m_user;
    QLineEdit *m_country;
    QLabel *m_countryError;
    QCheckBox *m_autostart;
    QCheckBox *m_backup;
    QLineEdit *m_backupFolder;
    QSpinBox *m_backupKeep;
};

} // namespace guanxi::ui
