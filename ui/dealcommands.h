#pragma once

#include "customercommands.h"

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
    QList<qint64> m_from;
    QList<QString> m_fromReasons;
    qint64 m_stage;
    QString m_reason;
    bool m_first = true;
    Status *m_failed;
    ErrorHandler m_onError;
};

} // namespace guanxi::ui
