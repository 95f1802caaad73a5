#pragma once

#include <QtGlobal>

namespace guanxi {

// The customer list's columns, shared by the list store, the model and the
// views. Custom fields follow the built-in columns.
enum class CustomerColumn : int {
    Name,
    Kind,
    Company,
    Phone,
    Email,
    Province,
    City,
    Industry,
    Source,
    Stage,
    Owner,
    Tags,
    NextFollowUp,
    Created,
    Updated,
    BuiltInCount
};

constexpr int builtInColumnCount = int(CustomerColumn::BuiltInCount);

// Roles beyond Qt's, for delegates and the views.
namespace CustomerRole {
enum : int {
    Id = Qt::UserRole + 1, // qint64 customer id
    Overdue,               // bool: next follow-up is before today
    StageCode,             // "lead", "prospect", ...
    Raw,                   // the stored value behind the display text
    LeadId,                // qint64 lead id (Today page rows for leads)
};
}

} // namespace guanxi
