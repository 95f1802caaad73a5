#pragma once

// A file three people share: an administrator, and two salespeople with
// customers of their own, plus one customer in the public pool. Every one
// has a password, so the file asks who is working when it opens; the window
// opens it through the login dialog, as a person would.
#include "customers/customerstore.h"
#include "sales/orderstore.h"
#include "mainwindow.h"
#include "team/logindialog.h"
#include "dialogs.h"
#include "findwidget.h"
#include "testdb.h"
#include "typing.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

namespace guanxi::test {

struct LoginTeamFile {
    qint64 admin = 0, wang = 0, li = 0;
    QString path;
    QTemporaryDir dir;

    LoginTeamFile()
    {
        QSettings().clear();
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("team.guanxi"));
        auto db = Database::open(path);
        REQUIRE(db.ok());
        SystemClock clock;
        Session session(**db, clock);
        UserStore users(session);
        const auto add = [&](const QString &login, const QString &name, Role role) {
            User u;
            u.login = login;
            u.displayName = name;
            u.role = role;
            u.team = QStringLiteral("East");
            auto id = users.create(u, login + QStringLiteral("-password"));
            if (!id)
                FAIL(id.error().toString().toStdString());
            return *id;
        };
        admin = add(QStringLiteral("boss"), QStringLiteral("Boss"), Role::Admin);
        session.setUserId(admin);
        wang = add(QStringLiteral("wang"), QStringLiteral("王芳"), Role::Sales);
        li = add(QStringLiteral("li"), QStringLiteral("李强"), Role::Sales);
        const auto customer = [&](const QString &name, qint64 owner) {
            Customer c;
            c.name = name;
            c.ownerId = owner;
            auto id = CustomerStore(session).create(
                c, {}, owner ? CustomerStore::NoOwner::CurrentUser : CustomerStore::NoOwner::PublicPool);
            REQUIRE(id.ok());
            if (!owner)
                return;
            // Each owned customer bought once lately: a figure for the reports.
            Order o;
            o.customerId = *id;
            o.number = QStringLiteral("SO-%1").arg(*id);
            o.ownerId = owner;
            o.orderDate = session.today().addDays(-10);
            o.status = OrderStatus::Delivered;
            o.totalMinor = 100000;
            auto order = OrderStore(session).create(o);
            if (!order)
                FAIL(order.error().toString().toStdString());
        };
        customer(QStringLiteral("王芳的客户甲"), wang);
        customer(QStringLiteral("王芳的客户乙"), wang);
        customer(QStringLiteral("李强的客户甲"), li);
        customer(QStringLiteral("李强的客户乙"), li);
        customer(QStringLiteral("李强的客户丙"), li);
        customer(QStringLiteral("公海客户"), 0);
    }
};

// Types the password into the login dialog and presses Log In.
inline void logInWith(ui::LoginDialog *dialog, const QString &login, const QString &password)
{
    dialog->setLogin(login);
    auto *edit = child<QLineEdit>(dialog, "passwordEdit");
    edit->clear();
    typeText(edit, password);
    QTest::mouseClick(child<QPushButton>(dialog, "loginButton"), Qt::LeftButton);
}

// Opens the file in the window, logging in as `login` with their password.
inline void openAs(ui::MainWindow &w, const QString &path, const QString &login)
{
    answerDialog<ui::LoginDialog>([&] { REQUIRE(w.openDatabase(path, false).ok()); },
                                  [&](ui::LoginDialog *d) { logInWith(d, login, login + QStringLiteral("-password")); });
}

} // namespace guanxi::test
