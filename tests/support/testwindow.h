#pragma once

// The main window on a fresh file in its own temporary folder, shown and
// active, as most GUI tests start. The settings are cleared before the window
// reads them, so no test sees another's window state or recent files.
#include "mainwindow.h"
#include "platform/session.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace guanxi::test {

struct TestWindow {
    struct ClearedSettings {
        ClearedSettings() { QSettings().clear(); }
    };

    ClearedSettings settings;
    QTemporaryDir dir;
    ui::MainWindow w;

    // `fileName` in the temporary folder; an empty `size` keeps the window's own.
    explicit TestWindow(const QString &fileName, QSize size = {})
    {
        REQUIRE(dir.isValid());
        if (size.isValid())
            w.resize(size);
        w.show();
        activate();
        REQUIRE(w.openDatabase(path(fileName), true).ok());
    }
    QString path(const QString &fileName) const { return dir.filePath(fileName); }
    Session &session() { return *w.session(); }
    // Makes the window active again (offscreen, nothing does when a dialog closes).
    void activate()
    {
        QApplication::setActiveWindow(&w);
        REQUIRE(QTest::qWaitForWindowActive(&w));
    }
};

} // namespace guanxi::test
