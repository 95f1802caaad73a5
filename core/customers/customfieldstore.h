#pragma once

#include "customers/customfield.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

class CustomFieldStore {
    Q_DECLARE_TR_FUNCTIONS(CustomFieldStore)
public:
    explicit CustomFieldStore(Session &session) : m_session(session) {}

    Result<QList<CustomField>> list() const;
    Result<qint64> add(const CustomField &field);
    Status update(const CustomField &field); // name and choices; the type stays
    Status remove(qint64 id);                // removes the values too

private:
    Status check(const CustomField &field) const;
    Session &m_session;
};

} // namespace guanxi
