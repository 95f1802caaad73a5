#pragma once

#include "platform/db/backupcrypto.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace guanxi::ui {

// Encrypting the automatic backups: a setting (off by default) and the
// passphrase, asked once per run of the program and kept in memory only
// (no keyring is used).
class BackupEncryption {
    Q_DECLARE_TR_FUNCTIONS(BackupEncryption)
public:
    static bool automaticSetting();
    static void setAutomaticSetting(bool on);

    // This run's passphrase for the automatic backups: asked (typed twice)
    // the first time, then the same one. Nothing when the user declined; the
    // question is then not asked again in this run, and justDeclined is set
    // only the time it was.
    static std::optional<Passphrase> forAutomaticBackups(QWidget *parent, bool *justDeclined);
    // Forgets it (tests; a new run asks again).
    static void forget();
};

} // namespace guanxi::ui
