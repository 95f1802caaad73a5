#pragma once

#include <QStringList>

class QTableWidget;
class QWidget;

namespace guanxi::ui {

// A read-only list of rows for a page or dialog: no row numbers, a click
// selects the whole row, the last column takes the spare width.
QTableWidget *listTable(QWidget *parent, const QString &objectName, const QStringList &headers);

} // namespace guanxi::ui
