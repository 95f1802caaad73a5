#pragma once

#include "customers/customer.h"

#include <QByteArray>

namespace guanxi {

// A customer's editable fields as compact JSON: how an import keeps the record
// it is about to update, and a merge the survivor it is about to change, so
// either can be put back exactly later.
struct CustomerJson {
    static QByteArray write(const Customer &customer);
    // The id in the JSON is kept; bookkeeping fields are left empty.
    static std::optional<Customer> read(const QByteArray &json);
};

} // namespace guanxi
