// Settings: the region for phone numbers written without +, chosen by the
// country's name; the country code older settings kept is read as its region.
#include "mainwindow.h"
#include "settingsdialog.h"
#include "platform/session.h"

#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace guanxi;
using namespace guanxi::ui;

TEST_CASE("The phone region is chosen by country, defaults to China, and follows an old country code",
          "[gui][shell][phone]")
{
    QSettings().clear();
    CHECK(SettingsDialog::phoneRegionSetting() == QStringLiteral("CN"));
    QSettings().setValue(QStringLiteral("defaultCountryCode"), QStringLiteral("44"));
    CHECK(SettingsDialog::phoneRegionSetting() == QStringLiteral("GB"));
    QSettings().setValue(QStringLiteral("defaultCountryCode"), QStringLiteral("852"));
    CHECK(SettingsDialog::phoneRegionSetting() == QStringLiteral("HK"));

    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("region.guanxi")), true).ok());
    CHECK(w.session()->defaultRegion() == QStringLiteral("HK")); // the old setting, read as its region
    SettingsDialog dialog(*w.session(), &w);
    dialog.show();
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("phoneRegionCombo"));
    REQUIRE(combo);
    CHECK(combo->count() > 200);
    CHECK(combo->currentData().toString() == QStringLiteral("HK"));
    const int uk = combo->findData(QStringLiteral("GB"));
    REQUIRE(uk >= 0);
    CHECK(combo->itemText(uk).contains(QStringLiteral("+44")));
    CHECK(combo->itemText(uk).contains(QStringLiteral("United Kingdom")));
    combo->setCurrentIndex(uk);
    dialog.accept();
    CHECK(w.session()->defaultRegion() == QStringLiteral("GB"));
    CHECK(QSettings().value(QStringLiteral("phoneRegion")).toString() == QStringLiteral("GB"));
    CHECK_FALSE(QSettings().contains(QStringLiteral("defaultCountryCode")));
    QSettings().clear();
}
