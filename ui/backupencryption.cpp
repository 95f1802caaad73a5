#include "backupencryption.h"

#include "widgets/passphrasedialog.h"

#include <QSettings>

namespace guanxi::ui {

namespace {
const QString settingKey = QStringLiteral("backup/encrypt");

struct RunState {
    std::optional<Passphrase> passphrase;
    bool declined = false;
};

RunState &state()
{
    static RunState s;
    return s;
}
} // namespace

bool BackupEncryption::automaticSetting()
{
    return QSettings().value(settingKey, false).toBool();
}

void BackupEncryption::setAutomaticSetting(bool on)
{
    QSettings().setValue(settingKey, on);
}

std::optional<Passphrase> BackupEncryption::forAutomaticBackups(QWidget *parent, bool *justDeclined)
{
    if (justDeclined)
        *justDeclined = false;
    RunState &s = state();
    if (s.passphrase || s.declined)
        return s.passphrase;
    PassphraseDialog dialog(PassphraseDialog::Mode::Choose, tr("Encrypted Automatic Backups"),
                            tr("The daily backups are to be encrypted. Type the passphrase for them; Guanxi keeps it "
                               "in memory until it is closed and asks again the next time."),
                            parent);
    if (dialog.exec() != QDialog::Accepted) {
        s.declined = true;
        if (justDeclined)
            *justDeclined = true;
        return std::nullopt;
    }
    s.passphrase = dialog.passphrase();
    return s.passphrase;
}

void BackupEncryption::forget()
{
    state() = RunState{};
}

} // namespace guanxi::ui
