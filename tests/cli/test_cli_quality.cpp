// guanxi-cli quality: the score with its formula and checks as text and JSON,
// per salesperson, and the customers a check lists.
#include "clienv.h"

#include <cmath>

using namespace guanxi::test::cli;

namespace {

const QString now = S("--now=2026-03-15T09:30:00Z");

// Three customers: a company, the same company written without its legal
// form and with no phone or e-mail, and a person with no company, city or source.
void threeCustomers(const CliEnv &env)
{
    env.ok({S("init")});
    env.ok({S("customers"), S("add"), S("--kind"), S("company"), S("--name"), S("深圳华创科技有限公司"), S("--city"),
            S("深圳"), S("--source"), S("website"), S("--phone"), S("0755 1234 5678"), S("--email"),
            S("info@huachuang.cn"), S("--next-follow-up"), S("2026-04-01"), now});
    env.ok({S("customers"), S("add"), S("--kind"), S("company"), S("--name"), S("深圳华创科技"), S("--city"), S("深圳"),
            S("--source"), S("website"), S("--next-follow-up"), S("2026-03-01"), now});
    env.ok({S("customers"), S("add"), S("--name"), S("张伟"), S("--phone"), S("138 1234 5678"), now});
}

QJsonObject checkIn(const QJsonArray &checks, const QString &key)
{
    for (const QJsonValue &c : checks)
        if (c.toObject().value(S("key")).toString() == key)
            return c.toObject();
    FAIL("no check " << str(key));
    return {};
}

} // namespace

TEST_CASE("guanxi-cli quality --format json: the score, its formula, the checks and the salespeople", "[cli][quality]")
{
    CliEnv env;
    threeCustomers(env);
    const QString out = env.ok({S("quality"), S("--format"), S("json"), now});
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8(), &error).object();
    INFO(str(out.left(2000)));
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(root.value(S("customers")).toInt() == 3);
    CHECK(root.value(S("date")).toString() == S("2026-03-15"));
    const QJsonArray checks = root.value(S("checks")).toArray();
    CHECK(checks.size() == 13);
    CHECK(checkIn(checks, S("contact")).value(S("failing")).toInt() == 1);
    CHECK(checkIn(checks, S("company")).value(S("applicable")).toInt() == 1);
    CHECK(checkIn(checks, S("company")).value(S("failing")).toInt() == 1);
    CHECK(checkIn(checks, S("duplicates")).value(S("failing")).toInt() == 1); // the group of two counts one
    CHECK(checkIn(checks, S("overdue")).value(S("failing")).toInt() == 1);
    CHECK(checkIn(checks, S("city")).value(S("rule")).toString().contains(S("city")));
    // The score is the formula over the dimensions the object gives.
    const QJsonObject weights = root.value(S("weights")).toObject();
    const QJsonObject dimensions = root.value(S("dimensions")).toObject();
    double score = 0;
    for (const QString &d : {S("completeness"), S("validity"), S("uniqueness"), S("timeliness")})
        score += weights.value(d).toDouble() * dimensions.value(d).toDouble();
    CHECK(root.value(S("score")).toDouble() == Approx(score));
    CHECK(score < 100);
    CHECK(root.value(S("formula")).toString().startsWith(S("Score = 30 × completeness")));
    // Every customer belongs to one salesperson's row (here all to the one user).
    qint64 perOwner = 0;
    for (const QJsonValue &o : root.value(S("owners")).toArray())
        perOwner += o.toObject().value(S("customers")).toInt();
    CHECK(perOwner == 3);
}

TEST_CASE("guanxi-cli quality: text, a salesperson, and the customers a check lists", "[cli][quality]")
{
    CliEnv env;
    threeCustomers(env);
    const QString text = env.ok({S("quality"), now});
    CHECK(text.startsWith(S("Data quality: ")));
    CHECK(text.contains(S("30 × completeness")));
    CHECK(text.contains(S("Phone or e-mail (contact)")));
    CHECK(text.contains(S("By salesperson")));

    const QJsonArray listed = parseJsonArray(env.ok({S("quality"), S("--list"), S("duplicates"), S("--format"), S("json"), now}));
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).toObject().value(S("name")).toString() == S("深圳华创科技"));
    CHECK(listed.at(0).toObject().value(S("detail")).toString().contains(S("深圳华创科技有限公司")));
    const QList<QStringList> overdue = parseCsv(env.ok({S("quality"), S("--list"), S("overdue"), S("--format"), S("csv"), now}));
    REQUIRE(overdue.size() == 2);
    CHECK(overdue.at(1).at(3) == S("Next follow-up 2026-03-01"));

    const Run unknownCheck = env.onDb({S("quality"), S("--list"), S("spelling"), now});
    CHECK(unknownCheck.code == 2);
    CHECK(unknownCheck.err.contains(S("duplicates")));
    const Run badMonths = env.onDb({S("quality"), S("--months"), S("0")});
    CHECK(badMonths.code == 1);
    const Run nobody = env.onDb({S("quality"), S("--owner"), S("nobody")});
    CHECK(nobody.code == 1);
    CHECK(nobody.err.contains(S("nobody")));
}
