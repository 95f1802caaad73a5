#include <catch2/catch.hpp>

#include "platform/enumtable.h"
#include "customers/customer.h"
#include "leads/assignmentrulestore.h"
#include "sales/deal.h"
#include "sales/order.h"

using namespace guanxi;

namespace {
enum class Colour { Red, Green, Blue };

constexpr auto colours = enumTable<Colour>("Test", {
    {Colour::Red, "red", QT_TRANSLATE_NOOP("Test", "Red")},
    {Colour::Green, "green", QT_TRANSLATE_NOOP("Test", "Green")},
    {Colour::Blue, "blue", nullptr},
});

constexpr BuiltInName names[] = {{"a", "Alpha"}, {"b", "Beta"}};
} // namespace

TEST_CASE("An enum table gives codes, values and labels from one list", "[enumtable]")
{
    CHECK(colours.code(Colour::Green) == QStringLiteral("green"));
    CHECK(colours.fromCode(QStringLiteral("blue")) == Colour::Blue);
    CHECK_FALSE(colours.fromCode(QStringLiteral("Blue")).has_value());
    CHECK_FALSE(colours.fromCode(QString()).has_value());
    CHECK(colours.label(Colour::Red) == QStringLiteral("Red"));
    CHECK(colours.label(Colour::Blue).isEmpty());   // codes only
    CHECK(colours.values() == QList<Colour>{Colour::Red, Colour::Green, Colour::Blue});

    CHECK(builtInName("Test", names, QStringLiteral("b"), QStringLiteral("mine")) == QStringLiteral("Beta"));
    CHECK(builtInName("Test", names, QStringLiteral("c"), QStringLiteral("mine")) == QStringLiteral("mine"));
}

TEST_CASE("Every enum's code reads back as the same value", "[enumtable]")
{
    for (Stage s : Customers::stages()) {
        CHECK(Customers::stageFromCode(Customers::stageCode(s)) == s);
        CHECK_FALSE(Customers::stageLabel(s).isEmpty());
    }
    for (CustomerKind k : {CustomerKind::Person, CustomerKind::Company})
        CHECK(Customers::kindFromCode(Customers::kindCode(k)) == k);
    for (OrderStatus s : Orders::statuses())
        CHECK(Orders::statusFromCode(Orders::statusCode(s)) == s);
    for (PaymentKind k : {PaymentKind::Received, PaymentKind::WriteOff, PaymentKind::MarkedPaid})
        CHECK(Orders::paymentKindFromCode(Orders::paymentKindCode(k)) == k);
    CHECK(Orders::paymentKindCode(PaymentKind::Received) == QStringLiteral("payment"));
    CHECK(Orders::paymentKindLabel(PaymentKind::MarkedPaid) == QStringLiteral("Marked paid (no payment details)"));
    CHECK(AssignmentRuleStore::methodCode(AssignMethod::RoundRobin) == QStringLiteral("round_robin"));
    CHECK(AssignmentRuleStore::methodFromCode(QStringLiteral("least_loaded")) == AssignMethod::LeastLoaded);
    DealStage proposal;
    proposal.code = QStringLiteral("proposal");
    proposal.name = QStringLiteral("ignored");
    CHECK(Deals::stageName(proposal) == QStringLiteral("Proposal and quote"));
    DealStage own;
    own.code = QStringLiteral("custom_1");
    own.name = QStringLiteral("试用");
    CHECK(Deals::stageName(own) == QStringLiteral("试用"));
}
