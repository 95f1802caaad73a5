// Pinyin as guanxi-cli reads it: with Rime's dictionary (surnames, phrases),
// and without it, ICU's one reading per character, said once on stderr.
#include "clienv.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace guanxi::test::cli;

namespace {

QStringList namesFound(const CliEnv &env, const QString &query)
{
    QStringList names;
    for (const QJsonValue &v : parseJsonArray(env.ok({S("customers"), S("search"), query, S("--format"), S("json")})))
        names << v.toObject().value(S("name")).toString();
    return names;
}

} // namespace

TEST_CASE("guanxi-cli reads names with the pinyin dictionary", "[cli][pinyin]")
{
    CliEnv env;
    env.ok({S("init")});
    env.ok({S("customers"), S("add"), S("--name"), S("曾国藩")});
    env.ok({S("customers"), S("add"), S("--name"), S("解晓东")});
    env.ok({S("customers"), S("add"), S("--name"), S("李行")});
    CHECK(namesFound(env, S("zengguofan")) == QStringList{S("曾国藩")});
    CHECK(namesFound(env, S("guofan")) == QStringList{S("曾国藩")});
    CHECK(namesFound(env, S("xd")) == QStringList{S("解晓东")});
    CHECK(namesFound(env, S("lihang")) == QStringList{S("李行")});   // either reading of 行
    CHECK(namesFound(env, S("lixing")) == QStringList{S("李行")});
    const Run listed = env.onDb({S("customers"), S("list"), S("--format"), S("json")});
    CHECK_FALSE(listed.err.contains(S("Pinyin")));
}

TEST_CASE("Without the pinyin dictionary guanxi-cli falls back to ICU and says so once", "[cli][pinyin]")
{
    CliEnv env;
    env.environment.insert(S("GUANXI_PINYIN_DICTIONARY"), env.path(S("missing/pinyin_simp.dict.yaml")));
    env.ok({S("init")});
    const Run added = env.onDb({S("customers"), S("add"), S("--name"), S("李行")});
    REQUIRE(added.code == 0);
    CHECK(added.err.count(S("Pinyin: no dictionary at")) == 1);
    CHECK(added.err.contains(S("rime-data-pinyin-simp")));
    // ICU reads 行 as xing only; the name is still found by it and by its characters.
    CHECK(namesFound(env, S("lixing")) == QStringList{S("李行")});
    CHECK(namesFound(env, S("李行")) == QStringList{S("李行")});
    CHECK(namesFound(env, S("lihang")).isEmpty());
    // The surname list needs no dictionary.
    env.ok({S("customers"), S("add"), S("--name"), S("曾国藩")});
    CHECK(namesFound(env, S("zengguofan")) == QStringList{S("曾国藩")});
}
