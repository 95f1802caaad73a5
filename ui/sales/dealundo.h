#pragma once

#include "customers/customerundo.h"
#include "sales/deal.h"

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
    qint64 m_stage;
    QString m_reason;
    bool m_first = true;
    Status *m_failed;
    ErrorHandler m_onError;
};

} // namespace guanxi::ui
