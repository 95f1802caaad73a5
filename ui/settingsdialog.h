#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// Language, who you are on this file, and the region for phone numbers
// typed without +. Stored with QSettings.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(Session &session, QWidget *parent = nullptr);
    void accept() override;

    static QString languageSetting();           // "", "en" or "zh_CN"
    // ISO 3166 region for phone numbers without +, default "CN". Settings
    // from before it kept a country calling code; that code's region is used.
    static QString phoneRegionSetting();
    static qint64 currentUserSetting(const QString &databasePath);
    static void setCurrentUserSetting(const QString &databasePath, qint64 userId);
    // Daily backups of the open file into a folder, keeping the newest N.
    static bool automaticBackupSetting();       // default on
    static QString backupFolderSetting();       // default: "backups" in the data folder
    static int backupKeepSetting();             // default 7

signals:
    void languageChanged();

private:
    void addRegionRow(QFormLayout *form);
    void addLockRow(QFormLayout *form, bool loginRequired);
    void addTeamMember();

    Session &m_session;
    QComboBox *m_language;
    QComboBox *m_user;
    QComboBox *m_region;
    QLabel *m_error;
    QCheckBox *m_autostart;
    QCheckBox *m_backup;
    QLineEdit *m_backupFolder;
    QSpinBox *m_backupKeep;
    QSpinBox *m_lockMinutes;
};

} // namespace guanxi::ui
