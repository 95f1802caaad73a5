#pragma once

#include <QDate>

class QDateEdit;
class QWidget;

namespace guanxi::ui {

// A QDateEdit that can be empty: its minimum date stands for "not set" and
// shows as blank; Delete or Backspace on the whole text clears it.
QDateEdit *makeOptionalDateEdit(QWidget *parent);
QDate optionalDate(const QDateEdit *edit);
void setOptionalDate(QDateEdit *edit, const QDate &date);

} // namespace guanxi::ui
