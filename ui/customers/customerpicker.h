#pragma once

#include <QHash>
#include <QLineEdit>

class QStringListModel;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// A line edit that finds a customer as you type (name, pinyin or phone
// digits) and offers the first matches as completions.
class CustomerPicker : public QLineEdit {
    Q_OBJECT
public:
    explicit CustomerPicker(Session &session, QWidget *parent = nullptr);

    // Fixes the picker on one customer; the user cannot change it.
    void setFixedCustomer(qint64 customerId);
    // The customer whose completion is in the field; 0 when none was picked.
    qint64 customerId() const;

private:
    void updateCompletions(const QString &text);

    Session &m_session;
    QStringListModel *m_names;
    QHash<QString, qint64> m_ids;
};

} // namespace guanxi::ui
