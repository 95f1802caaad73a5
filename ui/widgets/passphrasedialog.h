#pragma once

#include "platform/db/backupcrypto.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace guanxi::ui {

// What the user chose for a file about to be written: Cancel, or go on with
// or without a passphrase.
struct EncryptionChoice {
    bool cancelled = true;
    std::optional<Passphrase> passphrase;
    const Passphrase *secret() const { return passphrase ? &*passphrase : nullptr; }
};

// The passphrase of an encrypted backup. Offer: "Encrypt with a passphrase"
// for a backup or a copy about to be written (off by default), the
// passphrase typed twice. Choose: a passphrase typed twice, required (the
// automatic backups). Ask: the passphrase of an existing encrypted file.
// A new one must be long enough and both typings equal; a warning says a
// lost passphrase cannot be recovered.
class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Offer, Choose, Ask };
    PassphraseDialog(Mode mode, const QString &title, const QString &text, QWidget *parent = nullptr);

    bool encrypt() const;
    Passphrase passphrase() const;
    void showProblem(const QString &message);

    static EncryptionChoice offer(QWidget *parent, const QString &title, const QString &file);
    // Nothing when cancelled. problem: why the last one was refused, if any.
    static std::optional<Passphrase> ask(QWidget *parent, const QString &title, const QString &file,
                                         const QString &problem = {});

    void accept() override;

private:
    void updateEnabled();

    Mode m_mode;
    QCheckBox *m_encrypt = nullptr;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_problem;
};

} // namespace guanxi::ui
