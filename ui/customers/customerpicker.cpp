#include "customers/customerpicker.h"

#include "platform/session.h"
#include "customers/customerliststore.h"
#include "customers/customerstore.h"

#include <QCompleter>
#include <QStringListModel>

namespace guanxi::ui {

CustomerPicker::CustomerPicker(Session &session, QWidget *parent)
    : QLineEdit(parent), m_session(session), m_names(new QStringListModel(this))
{
    setPlaceholderText(tr("Type a name, pinyin or phone digits"));
    auto *completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(completer);
    connect(this, &QLineEdit::textEdited, this, &CustomerPicker::updateCompletions);
}

void CustomerPicker::setFixedCustomer(qint64 customerId)
{
    auto c = CustomerStore(m_session).get(customerId);
    if (!c)
        return;
    m_ids.insert(c->name, c->id);
    setText(c->name);
    setEnabled(false);
}

qint64 CustomerPicker::customerId() const
{
    return m_ids.value(text().trimmed());
}

void CustomerPicker::updateCompletions(const QString &text)
{
    CustomerListQuery q;
    q.search = text;
    auto rows = CustomerListStore(m_session).page(q, 0, 20);
    if (!rows)
        return;
    QStringList names;
    for (const CustomerListRow &r : *rows) {
        QString label = r.values.value(int(CustomerColumn::Name)).toString();
        const QString company = r.values.value(int(CustomerColumn::Company)).toString();
        if (!company.isEmpty())
            label += QStringLiteral(" — ") + company;
        // Two customers with one name and company still get two entries.
        if (m_ids.contains(label) && m_ids.value(label) != r.id)
            label += QStringLiteral(" (#%1)").arg(r.id);
        m_ids.insert(label, r.id);
        names << label;
    }
    m_names->setStringList(names);
}

} // namespace guanxi::ui
