#pragma once

#include "customers/customer.h"
#include "activities/interaction.h"
#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

struct FollowUpChannel {
    qint64 id = 0;
    QString code;
    QString name;
    bool archived = false;
};

// A customer whose next follow-up falls on or before a day: a row of the
// Today page, a reminder, an iCalendar event.
struct DueFollowUp {
    qint64 customerId = 0;   // 0 for a lead
    qint64 leadId = 0;       // set for a lead's follow-up
    QString name;
    QString companyName;
    QDate due;
    QString action;
    QString phone;
    Stage stage = Stage::Lead;
    qint64 ownerId = 0;
    QString ownerName;
};

// What logging a follow-up changed on its customer or lead, as stored before
// it: enough to take the follow-up back (undo).
struct LoggedFollowUp {
    qint64 interactionId = 0;
    QString lastContactBefore;
    QString nextFollowUpBefore;
    QString nextActionBefore;
};

// Follow-ups: logging an interaction (which moves the customer's last contact
// and next follow-up in the same transaction), the history per customer,
// snoozing, and what is due. Only about the customers and leads this session
// sees (another's is not there for it); changing the channels needs
// Permission::EditStagesChannels.
class FollowUpStore {
    Q_DECLARE_TR_FUNCTIONS(FollowUpStore)
public:
    explicit FollowUpStore(Session &session) : m_session(session) {}

    Result<QList<FollowUpChannel>> channels(bool includeArchived = false) const;
    static QString channelDisplayName(const FollowUpChannel &channel);
    Result<qint64> findChannel(const QString &codeOrName) const;
    Result<qint64> addChannel(const QString &name);
    Status archiveChannel(qint64 id);

    // `logged`, when given, receives what undo needs.
    Result<qint64> log(Interaction interaction, LoggedFollowUp *logged = nullptr);
    // Takes a logged follow-up back: the interaction is deleted and its
    // customer or lead gets back its last contact, next follow-up and action.
    Status unlog(const LoggedFollowUp &logged);
    Result<QList<Interaction>> forCustomer(qint64 customerId, int limit = 500) const;
    // Moves the next follow-up to another day (today or later).
    // `before`, when given, receives the day it had (null for none).
    Status snooze(qint64 customerId, const QDate &newDate, QDate *before = nullptr);
    // Puts back the next follow-up a snooze moved, past days included.
    Status unsnooze(qint64 customerId, const QDate &before);
    // Live customers owned by ownerId (0: everyone) whose next follow-up is on
    // or before `until`, earliest first.
    Result<QList<DueFollowUp>> due(qint64 ownerId, const QDate &until, int limit = 5000) const;
    // The same between two days (inclusive), for calendar export.
    Result<QList<DueFollowUp>> scheduled(qint64 ownerId, const QDate &from, const QDate &to) const;

private:
    Result<qint64> insertInteraction(const Interaction &i, qint64 user, const QString &name, const QString &now);
    // The change log of a logged follow-up: the interaction, and the record's
    // next follow-up when it moved.
    Status logChanges(qint64 id, const QString &summary, bool forLead, qint64 recordId, const QString &oldNext,
                      const QString &newNext);
    Status setNextFollowUp(qint64 customerId, const QDate &date, QDate *before, const QString &failure);
    Result<QList<DueFollowUp>> query(qint64 ownerId, const QDate &from, const QDate &to, int limit) const;
    Session &m_session;
};

} // namespace guanxi
