// guanxi-cli links Qt Core and Sql only; a PDF report is drawn by
// guanxi-cli-pdf beside it, which guanxi-cli runs with the same arguments and
// streams and whose exit code it returns.
#include "clienv.h"

using namespace guanxi::test::cli;

TEST_CASE("guanxi-cli does not load Qt Widgets, Qt Gui, Charts or OpenGL", "[cli][pdf]")
{
#if defined(Q_OS_LINUX)
    CliEnv env;
    // glibc's loader lists the libraries it loads and exits (what ldd does).
    env.environment.insert(S("LD_TRACE_LOADED_OBJECTS"), S("1"));
    const Run r = env.run({S("--version")});
    INFO(str(r.out) << str(r.err));
    REQUIRE(r.out.contains(S("libQt6Core")));   // the listing is there
    for (const QString &gui : {S("Qt6Widgets"), S("Qt6Gui"), S("Qt6Charts"), S("Qt6OpenGL"), S("libGL"),
                               S("libEGL"), S("libOpenGL"), S("libxcb")})
        CHECK_FALSE(r.out.contains(gui));
#else
    SKIP("the loader's listing is read on Linux");
#endif
}

TEST_CASE("guanxi-cli without guanxi-cli-pdf beside it refuses PDF and says what to do", "[cli][pdf]")
{
    CliEnv env;
    env.seeded(20, 40);
    QTemporaryDir alone;
    REQUIRE(alone.isValid());
    const QString copy = alone.filePath(QFileInfo(env.program).fileName());
    REQUIRE(QFile::copy(env.program, copy));
    REQUIRE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    env.program = copy;
    const QString pdf = env.path(S("rfm.pdf"));
    const Run r = env.onDb({S("report"), S("rfm"), S("-o"), pdf});
    INFO(str(r.err));
    CHECK(r.code == 2);
    CHECK(r.err.contains(S("guanxi-cli-pdf")));
    CHECK(r.err.contains(S("--format xlsx or csv")));
    CHECK_FALSE(QFileInfo::exists(pdf));
    // Everything else works without it.
    const QString xlsx = env.path(S("rfm.xlsx"));
    CHECK(env.ok({S("report"), S("rfm"), S("-o"), xlsx}).trimmed().endsWith(S("rfm.xlsx")));
    CHECK(fileBytes(xlsx).startsWith("PK"));
}

#ifdef GUANXI_CLI_PDF
TEST_CASE("guanxi-cli hands PDF to guanxi-cli-pdf: its output, errors and exit code come through", "[cli][pdf]")
{
    CliEnv env;
    env.seeded(20, 40);
    const QString pdf = env.path(S("funnel.pdf"));
    const Run made = env.onDb({S("report"), S("funnel"), S("--format"), S("pdf"), S("-o"), pdf});
    INFO(str(made.err));
    CHECK(made.code == 0);
    CHECK(made.out.trimmed() == QDir::toNativeSeparators(QFileInfo(pdf).absoluteFilePath()));
    CHECK(fileBytes(pdf).startsWith("%PDF-"));
    // A usage error found by guanxi-cli-pdf: exit code 1 and its message.
    const Run bad = env.onDb({S("report"), S("rfm"), S("--from"), S("yesterday"), S("-o"), env.path(S("bad.pdf"))});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(S("--from “yesterday” is not a date")));
    // A data error (no such file): exit code 2, the file named.
    const Run missing = env.run({S("--database"), env.path(S("none.guanxi")), S("report"), S("rfm"), S("-o"),
                                 env.path(S("none.pdf"))});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(S("none.guanxi")));
}
#endif
