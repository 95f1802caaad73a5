#pragma once

#include "customers/customerundo.h"
#include "sales/deal.h"

#include <QHash>

namespace guanxi::ui {

// Moves deals to another funnel stage; undo moves each back where it was.
class MoveDealsCommand : public QUndoCommand {
public:
    MoveDealsCommand(Session &session, QList<qint64> ids, qint64 stageId, QString lostReason, const QString &stageName,
                     Status *failed, ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    Session &m_session;
    QList<qint64> m_ids;
    QList<Deal> m_before;   // as each deal was, for undo
    // deal id -> the version the last move (or move back) left: each passes
    // it, so none overwrites someone else's newer change.
    QHash<qint64, qint64> m_versions;
    qint64 m_stage;
    QString m_reason;
    bool m_first = true;
    Status *m_failed;
    ErrorHandler m_onError;
};

} // namespace guanxi::ui
