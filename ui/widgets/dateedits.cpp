#include "widgets/dateedits.h"

#include <QDateEdit>

namespace guanxi::ui {

namespace {
const QDate notSet(1800, 1, 1);
}

QDateEdit *makeOptionalDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(notSet);
    edit->setSpecialValueText(QStringLiteral(" "));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(notSet);
    return edit;
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == notSet ? QDate() : edit->date();
}

void setOptionalDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : notSet);
}

} // namespace guanxi::ui
