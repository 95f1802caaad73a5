#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace guanxi {

enum class StageKind { Open, Won, Lost };

struct DealStage {
    qint64 id = 0;
    QString code;            // built-in stages: first_contact ... won, lost
    QString name;
    int probability = 0;     // default win probability, percent
    StageKind kind = StageKind::Open;
    int position = 0;
    bool operator==(const DealStage &) const = default;
};

// An opportunity (商机): what a customer may buy, for how much, and when.
struct Deal {
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;    // filled when read back
    QString title;
    qint64 amountMinor = 0;  // fen / cents
    QString currency = QStringLiteral("CNY");
    qint64 stageId = 0;
    int probability = -1;    // -1: the stage's default
    QDate expectedClose;
    qint64 ownerId = 0;
    QString ownerName;       // filled when read back
    QString products;
    QString lostReason;
    QDateTime closedAt;
    QDateTime lastActivityAt;
    bool stale = false;      // filled when read back: no activity for the stale period
    // Its row version when read (see EditConflict in platform/changelogstore.h);
    // 0: do not check.
    qint64 version = 0;
};

struct Deals {
    Q_DECLARE_TR_FUNCTIONS(Deals)
public:
    static QString stageName(const DealStage &stage); // built-ins translated
    static QList<Error> validate(Deal &deal, const QDate &today);
};

} // namespace guanxi
