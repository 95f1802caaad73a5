#include "widgets/passphrasedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace guanxi::ui {

PassphraseDialog::PassphraseDialog(Mode mode, const QString &title, const QString &text, QWidget *parent)
    : QDialog(parent), m_mode(mode)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(text, this);
    intro->setObjectName(QStringLiteral("passphraseIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (mode == Mode::Offer) {
        m_encrypt = new QCheckBox(tr("&Encrypt with a passphrase"), this);
        m_encrypt->setObjectName(QStringLiteral("encryptCheck"));
        layout->addWidget(m_encrypt);
        connect(m_encrypt, &QCheckBox::toggled, this, &PassphraseDialog::updateEnabled);
    }
    auto *form = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (mode != Mode::Ask) {
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("confirmEdit"));
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Again:"), m_confirm);
    }
    layout->addLayout(form);
    if (mode != Mode::Ask) {
        m_warning = new QLabel(tr("At least %n characters. Keep the passphrase somewhere safe: if it is lost, nobody "
                                  "can restore the backup, and Guanxi cannot recover it.",
                                  nullptr, BackupCrypto::minimumLength),
                               this);
        m_warning->setObjectName(QStringLiteral("passphraseWarning"));
        m_warning->setWordWrap(true);
        layout->addWidget(m_warning);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("passphraseProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#c62828;")); // as FieldErrors' lines
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateEnabled();
}

bool PassphraseDialog::encrypt() const
{
    return !m_encrypt || m_encrypt->isChecked();
}

Passphrase PassphraseDialog::passphrase() const
{
    return Passphrase(m_passphrase->text());
}

void PassphraseDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    adjustSize();
}

void PassphraseDialog::updateEnabled()
{
    const bool on = encrypt();
    m_passphrase->setEnabled(on);
    if (m_confirm)
        m_confirm->setEnabled(on);
    if (m_warning)
        m_warning->setEnabled(on);
    if (on)
        m_passphrase->setFocus();
}

void PassphraseDialog::accept()
{
    if (!encrypt()) {
        QDialog::accept();
        return;
    }
    const Passphrase typed = passphrase();
    if (m_mode == Mode::Ask) {
        if (typed.isEmpty()) {
            showProblem(tr("Type the passphrase the backup was encrypted with."));
            return;
        }
        QDialog::accept();
        return;
    }
    if (Status s = BackupCrypto::acceptable(typed); !s) {
        showProblem(s.error().message);
        m_passphrase->setFocus();
        return;
    }
    if (!(Passphrase(m_confirm->text()) == typed)) {
        showProblem(tr("The two passphrases differ; type them again."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    QDialog::accept();
}

EncryptionChoice PassphraseDialog::offer(QWidget *parent, const QString &title, const QString &file)
{
    PassphraseDialog dialog(Mode::Offer, title,
                            tr("Write “%1”. Only you will be able to read the file; encrypted, it can also be kept "
                               "where others can reach it (a USB stick, a shared folder).")
                                .arg(QDir::toNativeSeparators(file)),
                            parent);
    EncryptionChoice choice;
    if (dialog.exec() != QDialog::Accepted)
        return choice;
    choice.cancelled = false;
    if (dialog.encrypt())
        choice.passphrase = dialog.passphrase();
    return choice;
}

std::optional<Passphrase> PassphraseDialog::ask(QWidget *parent, const QString &title, const QString &file,
                                                const QString &problem)
{
    PassphraseDialog dialog(Mode::Ask, title,
                            tr("“%1” is encrypted. Type the passphrase it was encrypted with.")
                                .arg(QFileInfo(file).fileName()),
                            parent);
    dialog.showProblem(problem);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

} // namespace guanxi::ui
