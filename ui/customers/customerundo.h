#pragma once

#include "customers/customer.h"
#include "platform/result.h"

#include <QUndoCommand>

#include <functional>

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// Every customer edit in the window is one of these on the window's undo
// stack. A command that fails when first done reports through `failed` and
// marks itself obsolete, so QUndoStack drops it; a later undo/redo failure
// goes to the error handler.
using ErrorHandler = std::function<void(const Error &)>;

class AddCustomerCommand : public QUndoCommand {
public:
    AddCustomerCommand(Session &session, Customer customer, Status *failed, ErrorHandler onError);
    void redo() override;
    void undo() override;
    qint64 customerId() const { return m_id; }

private:
    Session &m_session;
    Customer m_customer;
    qint64 m_id = 0;
    Status *m_failed;
    ErrorHandler m_onError;
};

class EditCustomerCommand : public QUndoCommand {
public:
    EditCustomerCommand(Session &session, Customer before, Customer after, Status *failed,
                        ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    Session &m_session;
    Customer m_before;
    Customer m_after;
    bool m_first = true;
    Status *m_failed;
    ErrorHandler m_onError;
};

// Moves customers to the trash (or, with restore, out of it).
class TrashCustomersCommand : public QUndoCommand {
public:
    TrashCustomersCommand(Session &session, QList<qint64> ids, const QString &label, bool restore,
                          Status *failed, ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    Status apply(bool toTrash);
    Session &m_session;
    QList<qint64> m_ids;
    bool m_restore;
    bool m_first = true;
    Status *m_failed;
    ErrorHandler m_onError;
};

} // namespace guanxi::ui
