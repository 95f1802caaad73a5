#include "customers/customerundo.h"

#include "platform/session.h"
#include "customers/customerstore.h"

#include <QCoreApplication>

namespace guanxi::ui {

namespace {
// First execution reports to the caller; later ones to the window.
void report(const Status &s, bool first, Status *failed, const ErrorHandler &onError, QUndoCommand *cmd)
{
    if (s)
        return;
    if (first && failed)
        *failed = s;
    else if (onError)
        onError(s.error());
    cmd->setObsolete(true);
}
} // namespace

AddCustomerCommand::AddCustomerCommand(Session &session, Customer customer, Status *failed, ErrorHandler onError)
    : m_session(session), m_customer(std::move(customer)), m_failed(failed), m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("CustomerCommands", "Add “%1”").arg(m_customer.name));
}

void AddCustomerCommand::redo()
{
    CustomerStore store(m_session);
    if (m_id == 0) {
        auto id = store.create(m_customer);
        if (id)
            m_id = *id;
        report(id ? Status() : Status(id.error()), true, m_failed, m_onError, this);
    } else {
        report(store.restore({m_id}), false, m_failed, m_onError, this);
    }
}

void AddCustomerCommand::undo()
{
    // Undoing an add keeps the record in the trash rather than destroying it.
    report(CustomerStore(m_session).moveToTrash({m_id}), false, m_failed, m_onError, this);
}

EditCustomerCommand::EditCustomerCommand(Session &session, Customer before, Customer after, Status *failed,
                                         ErrorHandler onError)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after)), m_failed(failed),
      m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("CustomerCommands", "Edit “%1”").arg(m_after.name));
}

// Each save passes the version the last one left (the first: the version the
// dialog loaded), so neither the edit nor its undo overwrites someone else's
// newer change: CustomerStore refuses it and the error shows.
void EditCustomerCommand::redo()
{
    qint64 saved = 0;
    const Status s = CustomerStore(m_session).update(m_after, {}, nullptr, &saved);
    if (s)
        m_before.version = saved;
    report(s, m_first, m_failed, m_onError, this);
    m_first = false;
}

void EditCustomerCommand::undo()
{
    qint64 saved = 0;
    const Status s = CustomerStore(m_session).update(m_before, {}, nullptr, &saved);
    if (s)
        m_after.version = saved;
    report(s, false, m_failed, m_onError, this);
}

TrashCustomersCommand::TrashCustomersCommand(Session &session, QList<qint64> ids, const QString &label,
                                             bool restore, Status *failed, ErrorHandler onError)
    : m_session(session), m_ids(std::move(ids)), m_restore(restore), m_failed(failed), m_onError(std::move(onError))
{
    setText(label);
}

Status TrashCustomersCommand::apply(bool toTrash)
{
    CustomerStore store(m_session);
    return toTrash ? store.moveToTrash(m_ids) : store.restore(m_ids);
}

void TrashCustomersCommand::redo()
{
    report(apply(!m_restore), m_first, m_failed, m_onError, this);
    m_first = false;
}

void TrashCustomersCommand::undo()
{
    report(apply(m_restore), false, m_failed, m_onError, this);
}

} // namespace guanxi::ui
