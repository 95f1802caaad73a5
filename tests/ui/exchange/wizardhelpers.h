#pragma once

// What the import wizard's tests share: waiting for a run, writing a file.
#include "exchange/importwizard.h"

#include <QAbstractButton>
#include <QFile>
#include <QTest>

#include <catch2/catch.hpp>

namespace guanxi::test {

// Waits for the run page to finish (the import runs on a worker thread).
inline void waitForRun(ui::ImportWizard &wizard)
{
    for (int i = 0; i < 500 && (wizard.isRunning() || !wizard.button(QWizard::FinishButton)->isEnabled()); ++i)
        QTest::qWait(20);
    REQUIRE_FALSE(wizard.isRunning());
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace guanxi::test
