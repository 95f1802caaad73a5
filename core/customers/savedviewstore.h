#pragma once

#include "customers/customerliststore.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

// A named customer-list view the user saved: filters, search and sort.
struct SavedView {
    qint64 id = 0;
    QString name;
    CustomerListQuery query;
};

class SavedViewStore {
    Q_DECLARE_TR_FUNCTIONS(SavedViewStore)
public:
    explicit SavedViewStore(Session &session) : m_session(session) {}

    // The current user's views, in the order they were saved.
    Result<QList<SavedView>> list() const;
    // Saves (or replaces, by name) a view for the current user.
    Result<qint64> save(const QString &name, const CustomerListQuery &query);
    Status remove(qint64 id);

    static QString encode(const CustomerListQuery &query);
    static CustomerListQuery decode(const QString &json);

private:
    Session &m_session;
};

} // namespace guanxi
