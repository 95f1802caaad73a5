#include "sales/dealundo.h"

#include "platform/db/database.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "sales/dealstore.h"

#include <QCoreApplication>

namespace guanxi::ui {

MoveDealsCommand::MoveDealsCommand(Session &session, QList<qint64> ids, qint64 stageId, QString lostReason,
                                   const QString &stageName, Status *failed, ErrorHandler onError)
    : m_session(session), m_ids(std::move(ids)), m_stage(stageId), m_reason(std::move(lostReason)), m_failed(failed),
      m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("DealCommands", "Move to “%1”").arg(stageName));
    DealStore store(session);
    for (qint64 id : m_ids)
        if (auto d = store.get(id)) {
            m_before << *d;
            m_versions.insert(id, d->version);
        }
}

void MoveDealsCommand::redo()
{
    DealStore store(m_session);
    Transaction tx(m_session.db());
    Status s = tx.begin();
    QHash<qint64, qint64> saved;
    for (qint64 id : m_ids)
        if (s)
            s = store.move(id, m_stage, m_reason, m_versions.value(id), &saved[id]);
    if (s)
        s = tx.commit();
    if (s)
        m_versions.insert(saved);
    if (!s) {
        if (m_first && m_failed)
            *m_failed = s;
        else if (m_onError)
            m_onError(s.error());
        setObsolete(true);
    }
    m_first = false;
}

void MoveDealsCommand::undo()
{
    DealStore store(m_session);
    Transaction tx(m_session.db());
    Status s = tx.begin();
    QHash<qint64, qint64> saved;
    for (const Deal &d : std::as_const(m_before))
        if (s)
            s = store.restoreStage(d, m_versions.value(d.id), &saved[d.id]);
    if (s)
        s = tx.commit();
    if (s)
        m_versions.insert(saved);
    if (!s && m_onError)
        m_onError(s.error());
}

} // namespace guanxi::ui
