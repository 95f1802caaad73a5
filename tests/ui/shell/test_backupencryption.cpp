// Encrypted backups in the window: the passphrase dialog's rules, and File ›
// Restore from Backup asking for the passphrase of an encrypted backup,
// saying when it is wrong, and restoring with the right one.
#include "dialogs.h"
#include "findwidget.h"
#include "testwindow.h"

#include "backupencryption.h"
#include "customers/customerstore.h"
#include "platform/auditstore.h"
#include "platform/db/backup.h"
#include "settingsdialog.h"
#include "widgets/passphrasedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <utility>

using namespace guanxi;
using namespace guanxi::test;
using guanxi::ui::PassphraseDialog;

namespace {

void type(PassphraseDialog *d, const char *field, const QString &text)
{
    child<QLineEdit>(d, field)->setText(text);
}

QString problem(PassphraseDialog *d)
{
    auto *label = child<QLabel>(d, "passphraseProblem");
    return label->isVisible() ? label->text() : QString();
}

// Answers the modal dialogs an action opens, in turn, by their type: each
// handler is used once, in order. Fails when some were never asked for.
class DialogScript {
public:
    template <class T>
    DialogScript &then(std::function<void(T *)> answer)
    {
        m_steps.push_back([answer](QWidget *w) {
            auto *d = qobject_cast<T *>(w);
            if (d)
                answer(d);
            return d != nullptr;
        });
        return *this;
    }
    void run(const std::function<void()> &open)
    {
        QTimer poll;
        poll.setInterval(0);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || m_next >= m_steps.size() || modal == m_answered)
                return;
            if (m_steps.at(m_next)(modal)) {
                m_answered = modal;
                ++m_next;
            }
        });
        poll.start();
        open();
        poll.stop();
        INFO("dialogs answered: " << m_next << " of " << m_steps.size());
        REQUIRE(m_next == m_steps.size());
    }

private:
    std::vector<std::function<bool(QWidget *)>> m_steps;
    size_t m_next = 0;
    QPointer<QWidget> m_answered;
};

QAction *action(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->text() == text)
            return a;
    FAIL("no action " << text.toStdString());
    return nullptr;
}

qint64 customers(Session &session)
{
    auto n = CustomerStore(session).countLive();
    REQUIRE(n.ok());
    return *n;
}

} // namespace

TEST_CASE("The passphrase dialog wants a long enough passphrase typed the same twice", "[gui][backup]")
{
    PassphraseDialog d(PassphraseDialog::Mode::Offer, QStringLiteral("Back Up Now"), QStringLiteral("text"));
    auto *encrypt = child<QCheckBox>(&d, "encryptCheck");
    CHECK_FALSE(encrypt->isChecked());
    CHECK_FALSE(child<QLineEdit>(&d, "passphraseEdit")->isEnabled());
    CHECK(child<QLabel>(&d, "passphraseWarning")->text().contains(QStringLiteral("nobody can restore")));
    d.show();
    encrypt->setChecked(true);
    type(&d, "passphraseEdit", QStringLiteral("short"));
    type(&d, "confirmEdit", QStringLiteral("short"));
    d.accept();
    CHECK(d.result() != QDialog::Accepted);
    CHECK(problem(&d).contains(QStringLiteral("at least 8 characters")));
    type(&d, "passphraseEdit", QStringLiteral("long enough one"));
    type(&d, "confirmEdit", QStringLiteral("long enough 0ne"));
    d.accept();
    CHECK(d.result() != QDialog::Accepted);
    CHECK(problem(&d).contains(QStringLiteral("differ")));
    CHECK(child<QLineEdit>(&d, "confirmEdit")->text().isEmpty());
    type(&d, "confirmEdit", QStringLiteral("long enough one"));
    d.accept();
    CHECK(d.result() == QDialog::Accepted);
    CHECK(d.encrypt());
    CHECK(d.passphrase() == Passphrase(QStringLiteral("long enough one")));
}

TEST_CASE("Restoring an encrypted backup asks for its passphrase until it opens the file", "[gui][backup]")
{
    TestWindow t(QStringLiteral("live.guanxi"));
    Customer c;
    c.name = QStringLiteral("张伟");
    REQUIRE(CustomerStore(t.session()).create(c).ok());
    const QString sealed = t.path(QStringLiteral("sealed.guanxi"));
    const Passphrase secret(QStringLiteral("long enough 密码"));
    REQUIRE(Backup::write(t.session().db(), sealed, {}, nullptr, &secret).ok());
    c.name = QStringLiteral("李娜");
    REQUIRE(CustomerStore(t.session()).create(c).ok());
    REQUIRE(customers(t.session()) == 2);

    QString refusal;
    MessageBoxAnswers answers{QMessageBox::Yes};
    DialogScript()
        .then<QFileDialog>([&](QFileDialog *d) {
            d->selectFile(sealed);
            static_cast<QDialog *>(d)->accept(); // QFileDialog's own accept() is protected
        })
        .then<PassphraseDialog>([](PassphraseDialog *d) {
            type(d, "passphraseEdit", QStringLiteral("not the one"));
            d->accept();
        })
        .then<PassphraseDialog>([&](PassphraseDialog *d) {
            refusal = problem(d); // the wrong one is said in the dialog asked again
            type(d, "passphraseEdit", QStringLiteral("long enough 密码"));
            d->accept();
        })
        .run([&] { action(&t.w, QStringLiteral("Res&tore from Backup…"))->trigger(); });
    CHECK(refusal.contains(QStringLiteral("The passphrase does not open this backup")));
    CHECK(answers.allGiven());
    REQUIRE(t.w.session());
    CHECK(customers(t.session()) == 1);
}

TEST_CASE("Back Up Now and Save a Copy write encrypted files when asked, and the backup is audited",
          "[gui][backup]")
{
    TestWindow t(QStringLiteral("live.guanxi"));
    const QString backup = t.path(QStringLiteral("sealed-backup.guanxi"));
    const QString copy = t.path(QStringLiteral("sealed-copy.guanxi"));
    const Passphrase secret(QStringLiteral("long enough 密码"));
    for (const auto &[menu, file] : {std::pair{QStringLiteral("&Back Up Now…"), backup},
                                     std::pair{QStringLiteral("Save a &Copy…"), copy}}) {
        INFO(file.toStdString());
        DialogScript()
            .then<QFileDialog>([file = file](QFileDialog *d) {
                d->selectFile(file);
                static_cast<QDialog *>(d)->accept();
            })
            .then<PassphraseDialog>([](PassphraseDialog *d) {
                child<QCheckBox>(d, "encryptCheck")->setChecked(true);
                type(d, "passphraseEdit", QStringLiteral("long enough 密码"));
                type(d, "confirmEdit", QStringLiteral("long enough 密码"));
                d->accept();
            })
            .run([&, menu = menu] { action(&t.w, menu)->trigger(); });
        REQUIRE(QFile::exists(file));
        CHECK(BackupCrypto::isEncrypted(file));
        CHECK(Backup::check(file, &secret).ok());
        CHECK((QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == QFileDevice::Permissions());
    }
    AuditStore::Filter filter;
    filter.action = AuditAction::Backup;
    auto events = AuditStore(t.session()).list(filter);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    CHECK(events->first().detail.value(QStringLiteral("encrypted")).toBool());
    CHECK(events->first().detail.value(QStringLiteral("file")).toString() == QFileInfo(backup).absoluteFilePath());
}

TEST_CASE("The encrypted automatic backups setting is off until chosen in Settings", "[gui][backup]")
{
    TestWindow t(QStringLiteral("live.guanxi"));
    CHECK_FALSE(ui::BackupEncryption::automaticSetting());
    answerDialog<ui::SettingsDialog>([&] { action(&t.w, QStringLiteral("&Settings…"))->trigger(); },
                                     [](ui::SettingsDialog *d) {
        auto *check = child<QCheckBox>(d, "encryptBackupsCheck");
        CHECK_FALSE(check->isChecked());
        check->setChecked(true);
        d->accept();
    });
    CHECK(ui::BackupEncryption::automaticSetting());
}
