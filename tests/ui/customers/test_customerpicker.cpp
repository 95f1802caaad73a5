// The customer picker in the deal and order dialogs: typing pinyin offers
// matching customers, and two customers of the same name stay apart.
#include "customers/customerpicker.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "testdb.h"
#include "typing.h"

#include <QAbstractItemModel>
#include <QCompleter>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::ui;

TEST_CASE("The customer picker finds customers by pinyin and tells namesakes apart", "[gui][picker]")
{
    guanxi::test::TestDb t;
    Session &session = *t.session;
    auto add = [&](const QString &name, CustomerKind kind, qint64 companyId) {
        Customer c;
        c.name = name;
        c.kind = kind;
        c.companyId = companyId;
        auto id = CustomerStore(session).create(c);
        REQUIRE(id);
        return *id;
    };
    const qint64 huaxin = add(QStringLiteral("华信科技"), CustomerKind::Company, 0);
    const qint64 dongfang = add(QStringLiteral("东方电子"), CustomerKind::Company, 0);
    const qint64 first = add(QStringLiteral("王伟"), CustomerKind::Person, huaxin);
    const qint64 second = add(QStringLiteral("王伟"), CustomerKind::Person, huaxin);
    const qint64 other = add(QStringLiteral("王伟"), CustomerKind::Person, dongfang);
    add(QStringLiteral("李娜"), CustomerKind::Person, 0);

    CustomerPicker picker(session);
    picker.show();
    guanxi::test::typeText(&picker, QStringLiteral("wangwei"));
    QAbstractItemModel *offered = picker.completer()->model();
    REQUIRE(offered->rowCount() == 3);
    QHash<qint64, QString> labels;
    for (int row = 0; row < offered->rowCount(); ++row) {
        const QString label = offered->index(row, 0).data().toString();
        picker.setText(label);
        labels.insert(picker.customerId(), label);
    }
    CHECK(labels.size() == 3); // three different labels for three customers
    CHECK(labels.value(other) == QStringLiteral("王伟 — 东方电子"));
    CHECK(labels.value(first) != labels.value(second));

    // Text that is not one of the offered completions picks no one.
    picker.setText(QStringLiteral("王"));
    CHECK(picker.customerId() == 0);

    CustomerPicker fixed(session);
    fixed.setFixedCustomer(other);
    CHECK_FALSE(fixed.isEnabled());
    CHECK(fixed.customerId() == other);
}
